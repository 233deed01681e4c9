/*
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF line
 * ends, every field quoted when it holds a comma, quote or line break (RFC 4180).
 */

function field(v: unknown): string {
  const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV text with a BOM from a header and rows.
 *
 * @example
 * ```ts
 * toCsv(["编号", "说明"], [["F1", 'a "b", c']]); // "\uFEFF编号,说明\r\nF1,\"a \"\"b\"\", c\"\r\n"
 * ```
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(",")).join("\r\n")}\r\n`;
}
