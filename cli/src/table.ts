/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

/** Pads `s` with spaces to `columns` terminal columns (never cuts it). */
export function padColumns(s: string, columns: number): string {
  return s + " ".repeat(Math.max(0, columns - displayWidth(s)));
}

/** Prints rows as an aligned text table, the first row being the header. */
export function printTable(rows: ReadonlyArray<ReadonlyArray<string>>): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const line = (row: ReadonlyArray<string>) => row.map((cell, i) => padColumns(cell, widths[i] ?? 0)).join("  ").trimEnd();
  const out = rows.map(line);
  if (out.length > 0) out.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  process.stdout.write(`${out.join("\n")}\n`);
}
