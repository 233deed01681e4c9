import { GgzyError } from "../../model/error";

/** An INI document: top-level keys under `""`, then one table per `[section]`, values as written (strings). */
export type IniDocument = Record<string, Record<string, string>>;

const ESCAPES: Readonly<Record<string, string>> = { "\\": "\\", "0": "\0", a: "\x07", b: "\b", t: "\t", r: "\r", n: "\n", ";": ";", "#": "#", "=": "=", ":": ":", '"': '"', "'": "'" };

function syntaxError(line: number, text: string, why: string): never {
  throw new GgzyError("INVALID_SETTINGS", {
    zh: `设置文件第 ${line} 行无法解析：${JSON.stringify(text.slice(0, 200))}（${why}）`,
    en: `Settings line ${line} cannot be parsed: ${JSON.stringify(text.slice(0, 200))} (${why})`,
    issues: [{ path: [line], message: why }],
    details: { line },
  });
}

/** Backslash escapes as rust-ini processes them (`\n`, `\t`, `\;`, `\x263A` …); an unknown escape is kept as written. */
function unescape(value: string, line: number): string {
  if (!value.includes("\\")) return value;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (c !== "\\" || i === value.length - 1) {
      out += c;
      continue;
    }
    const next = value[i + 1] as string;
    if (next === "x") {
      const hex = value.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) syntaxError(line, value, "\\x 后应为 4 位十六进制数 / \\x must be followed by 4 hex digits");
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
    } else if (Object.prototype.hasOwnProperty.call(ESCAPES, next)) {
      out += ESCAPES[next] as string;
      i++;
    } else out += c;
  }
  return out;
}

/**
 * Parses the INI dialect of the reference red-flag engine's settings files, as its INI reader (rust-ini 0.21)
 * does (CARDINAL.md §1.10): `key = value` lines (`:` also separates, as in rust-ini), keys and values trimmed,
 * `[section]` headers (dots are part of the name here, e.g. `[R003.procurement_method_details]`), `;` and `#`
 * comments **only at the start of a line** (so `threshold = 15 # default` is the value `15 # default`), values
 * optionally quoted, backslash escapes processed, a trailing `\` continuing the value on the next line. A key
 * repeated within a section keeps its last value, and a repeated section adds to the earlier one. A line that is
 * none of these is a `GgzyError("INVALID_SETTINGS")` naming its line number.
 *
 * Every table has a null prototype: a `[__proto__]` section or a `constructor` key is plain data (issue #19).
 *
 * @example
 * ```ts
 * parseIni("currency = USD\n[R024]\nthreshold = 0.05"); // { "": { currency: "USD" }, R024: { threshold: "0.05" } }
 * ```
 */
export function parseIni(text: string): IniDocument {
  const doc: IniDocument = Object.create(null) as IniDocument;
  doc[""] = Object.create(null) as Record<string, string>;
  let section = "";
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let raw = (lines[i] as string).replace(/\r$/, "");
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) continue;
    if (line.startsWith("[")) {
      const close = line.indexOf("]");
      if (close < 0 || line.slice(close + 1).trim() !== "") syntaxError(lineNo, line, "节名应写作 [name] / a section header is written [name]");
      section = line.slice(1, close).trim();
      doc[section] ??= Object.create(null) as Record<string, string>;
      continue;
    }
    // A value ending in an unescaped backslash continues on the next line.
    while (/(^|[^\\])(\\\\)*\\$/.test(raw) && i + 1 < lines.length) {
      raw = raw.slice(0, -1) + "\n" + (lines[++i] as string).replace(/\r$/, "");
    }
    const body = raw.trim();
    const eq = body.search(/[=:]/);
    if (eq <= 0) syntaxError(lineNo, body, "应为 key = value 或 [section] / expected key = value or [section]");
    const key = body.slice(0, eq).trim();
    let value = body.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
    const table = (doc[section] ??= Object.create(null) as Record<string, string>);
    table[key] = unescape(value, lineNo);
  }
  return doc;
}
