import stringWidth from "string-width";

/**
 * Columns a string takes in a terminal, measured by `string-width` (East Asian Wide and Fullwidth characters take
 * two, combining marks and ANSI colour codes none), so Chinese text lines up in tables, help and progress bars.
 */
export function displayWidth(s: string): number {
  return stringWidth(s);
}

/** Pads `s` with spaces to `columns` terminal columns (never cuts it). */
export function padColumns(s: string, columns: number): string {
  return s + " ".repeat(Math.max(0, columns - displayWidth(s)));
}

/** Pads `s` on the left to `columns` terminal columns (numbers in tables). */
export function padColumnsStart(s: string, columns: number): string {
  return " ".repeat(Math.max(0, columns - displayWidth(s))) + s;
}

/**
 * Wraps text to `width` terminal columns: breaks at spaces, and between any two CJK characters (Chinese has no
 * spaces between words); a word wider than the line is cut by columns rather than overflowing.
 */
export function wrapColumns(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    // Tokens: a run of spaces, a single wide character, or a run of other non-space characters.
    const tokens = para.match(/\s+|[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu) ?? [];
    let line = "";
    for (const token of tokens) {
      if (/^\s+$/.test(token)) {
        if (line !== "") line += token;
        continue;
      }
      if (displayWidth(line + token) <= width) {
        line += token;
        continue;
      }
      if (line.trim() !== "") out.push(line.trimEnd());
      line = "";
      for (const ch of token) {
        if (displayWidth(line + ch) > width && line !== "") {
          out.push(line);
          line = "";
        }
        line += ch;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** Terminal columns of standard output (80 when it is not a terminal). */
export function terminalColumns(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return stream.isTTY === true && typeof stream.columns === "number" && stream.columns > 0 ? stream.columns : 80;
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

/**
 * A cli-progress format whose label is padded by terminal columns and whose bar fits the terminal: the label,
 * the bar and the counters never exceed `columns`, with Chinese labels counted as two columns per character.
 */
export function progressLayout(label: string, labelColumns: number, suffix: string, columns: number): { format: string; barsize: number } {
  const head = padColumns(label, labelColumns);
  // " [" + bar + "] " + suffix (the counters take at most the suffix's width with its placeholders filled).
  const barsize = Math.max(10, Math.min(40, columns - 1 - displayWidth(head) - 4 - suffix.length));
  return { format: `${head} [{bar}] ${suffix}`, barsize };
}
