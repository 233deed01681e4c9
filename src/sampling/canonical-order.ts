/**
 * Compares two strings by their UTF-8 bytes (the protocol's canonical order of ids). JavaScript's `<` compares UTF-16
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

/**
 * A copy of the list sorted by `id` in UTF-8 byte order (the input is not changed).
 *
 * @example
 * ```ts
 * sortById([{ id: "b" }, { id: "a" }]); // [{ id: "a" }, { id: "b" }]
 * ```
 */
export function sortById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => compareUtf8(x.id, y.id));
}

/**
 * The ids that occur more than once, sorted, each listed once.
 *
 * @example
 * ```ts
 * duplicateIds([{ id: "a" }, { id: "b" }, { id: "a" }]); // ["a"]
 * ```
 */
export function duplicateIds(items: ReadonlyArray<{ readonly id: string }>): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const { id } of items) (seen.has(id) ? dup : seen).add(id);
  return [...dup].sort(compareUtf8);
}
