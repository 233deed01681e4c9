/**
 * True when two administrative division codes share their first `digits` digits (4 = same prefecture-level city),
 * the library's default reading of "local" for LC80-4.3.
 *
 * @example
 * ```ts
 * sameLocality("371502", "371521", 4); // true  — both in Liaocheng (3715)
 * sameLocality("371502", "370102", 4); // false — Jinan
 * ```
 */
export function sameLocality(a: string, b: string, digits = 4): boolean {
  return a.slice(0, digits) === b.slice(0, digits);
}
