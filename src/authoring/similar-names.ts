import * as z from "../model/zod";
import { parseWith } from "../model/error";
import { assertString } from "../model/guard";
/*
 * "Did you mean …?" for a misspelt name: a subject on the command line, a fact path in a rule. Here, in the library,
 * because loading a pack answers a misspelt fact path with it (`budgetYaun` → `budgetYuan`), and the CLI answers a
 * misspelt subject or record kind with the same helper.
 */

/** Levenshtein distance between two strings, by UTF-16 code unit (names here are ASCII identifiers). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The known names closest in spelling to `given` (case aside): those at the least edit distance, if it is small
 * for the name's length (at most 2, or a quarter of the longer name). `[]` when none is close.
 *
 * @example
 * ```ts
 * similarNames("budgetYaun", ["budgetYuan", "category", "major"]); // ["budgetYuan"]
 * similarNames("tender", ["award", "committee"]); // []
 * ```
 * @throws GgzyError `INVALID_INPUT` when `given` is not a string or `known` not a list of strings.
 */
export function similarNames(given: string, known: readonly string[]): string[] {
  assertString(given, "similarNames given");
  parseWith(z.array(z.string()), known, { zh: "已知名称列表", en: "list of known names" });
  const g = given.toLowerCase();
  let best = Infinity;
  let out: string[] = [];
  for (const k of known) {
    const d = editDistance(g, k.toLowerCase());
    if (d > Math.max(2, Math.floor(Math.max(g.length, k.length) / 4)) || d > best) continue;
    if (d < best) out = [];
    best = d;
    out.push(k);
  }
  return out;
}
