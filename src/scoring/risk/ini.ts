import { GgzyError } from "../../model/error";

/** An INI document: top-level keys under `""`, then one table per `[section]`, values as written (strings). */
export type IniDocument = Record<string, Record<string, string>>;

/**
 * Parses the INI dialect of the reference red-flag engine's settings files: `key = value` lines, `[section]`
 * headers (dots are part of the name, e.g. `[R003.procurement_method_details]`), `;` and `#` comment lines,
 * optional quotes around values. A line that is none of these is a `GgzyError("INVALID_SETTINGS")` naming
 * its line number, as is a key repeated within a section (the later one would silently win otherwise).
 *
 * @example
 * ```ts
 * parseIni("currency = USD\n[R024]\nthreshold = 0.05"); // { "": { currency: "USD" }, R024: { threshold: "0.05" } }
 * ```
 */
export function parseIni(text: string): IniDocument {
  // Null-prototype tables: a `[__proto__]` section or a `constructor` key is data, never Object.prototype (#19).
  const doc: IniDocument = Object.create(null) as IniDocument;
  doc[""] = Object.create(null) as Record<string, string>;
  let section = "";
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) return;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = (header[1] as string).trim();
      doc[section] ??= Object.create(null) as Record<string, string>;
      return;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) {
      throw new GgzyError("INVALID_SETTINGS", {
        zh: `设置文件第 ${i + 1} 行无法解析：${JSON.stringify(line)}（应为 key = value 或 [section]）`,
        en: `Settings line ${i + 1} cannot be parsed: ${JSON.stringify(line)} (expected key = value or [section])`,
        issues: [{ path: [i + 1], message: "not a key = value line or a [section] header" }],
        details: { line: i + 1 },
      });
    }
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
    const table = (doc[section] ??= Object.create(null) as Record<string, string>);
    if (Object.prototype.hasOwnProperty.call(table, key)) {
      const where = section === "" ? key : `${section}.${key}`;
      throw new GgzyError("INVALID_SETTINGS", {
        zh: `设置项 ${where} 重复（第 ${i + 1} 行）`,
        en: `Setting ${where} is repeated (line ${i + 1})`,
        issues: [{ path: section === "" ? [key] : [section, key], message: "duplicate key" }],
        details: { key: where, line: i + 1 },
      });
    }
    table[key] = value;
  });
  return doc;
}
