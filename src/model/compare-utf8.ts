/**
 * Compares two strings by their UTF-8 bytes (equivalently, by code points): the canonical order of ids in the draw
 * protocol and of every tie-break in the library, so that an independent implementation (Python
 * `sorted(..., key=str.encode)`) gets the same order. JavaScript's `<` compares UTF-16
 * units, which agrees with UTF-8 byte order except when one side has a surrogate pair (U+10000 and above) and the
 * other a unit in U+E000..U+FFFF (UTF-8 puts every supplementary character, F0…, after the BMP); only then is the
 * answer flipped.
 *
 * @example
 * ```ts
 * compareUtf8("\uFF21", "\u{1F600}"); // -1 (UTF-8 EF… before F0…), although "\uFF21" > "\u{1F600}" in UTF-16
 * ```
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800 && isSurrogate(x) !== isSurrogate(y)) return isSurrogate(x) ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function isSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdfff;
}
