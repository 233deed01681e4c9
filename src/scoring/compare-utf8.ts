/**
 * Compares two strings by their UTF-8 bytes (equivalently, by Unicode code points).
 *
 * Why not `a < b`: JavaScript compares UTF-16 code units, which puts U+FF5E after U+1F600's surrogates the
 * other way round from UTF-8; the draw protocol and every tie-break in this library use UTF-8 byte order so
 * that an independent implementation (Python `sorted(..., key=str.encode)`) gets the same order.
 *
 * @example
 * ```ts
 * ["b", "a", "中"].sort(compareUtf8); // ["a", "b", "中"]
 * ```
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++; // skip the low surrogate of an astral character, already compared whole
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}
