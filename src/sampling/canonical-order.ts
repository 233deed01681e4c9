import { compareUtf8 } from "../model/compare-utf8";

// Any UTF-16 surrogate unit (half of a character at U+10000 or above, or a lone one). Without one, UTF-16 code-unit
// order — the engine's default string order — IS UTF-8 byte order: they differ only when a surrogate meets a unit in
// U+E000..U+FFFF (see `compareUtf8`).
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Whether the engine's default string order (UTF-16 code units, `[...strings].sort()`) equals UTF-8 byte order for
 * these strings: true when none of them holds a surrogate unit.
 *
 * @example
 * ```ts
 * defaultOrderIsUtf8(["\uFF21", "专家"]); // true
 * defaultOrderIsUtf8(["\uFF21", "\u{1F600}"]); // false (UTF-16 and UTF-8 order disagree on this pair)
 * ```
 */
export function defaultOrderIsUtf8(strings: readonly string[]): boolean {
  for (let i = 0; i < strings.length; i++) if (SURROGATE.test(strings[i] as string)) return false;
  return true;
}

/**
 * A copy of the strings sorted in UTF-8 byte order. The common case (no surrogate anywhere) uses the engine's
 * native comparator-less sort, which is about twice as fast on a million ids as any JavaScript comparator.
 *
 * @example
 * ```ts
 * sortUtf8(["\u{1F600}", "\uFF21", "a"]); // ["a", "\uFF21", "\u{1F600}"]
 * ```
 */
export function sortUtf8(strings: readonly string[]): string[] {
  return defaultOrderIsUtf8(strings) ? [...strings].sort() : [...strings].sort(compareUtf8);
}

/**
 * The positions of `keys` in UTF-8 byte order of the keys (equal keys keep their input order). When the keys are
 * unique and hold no surrogate, the keys themselves are sorted natively and mapped back to their positions; else
 * the positions are sorted with a comparator.
 *
 * @example
 * ```ts
 * utf8Order(["b", "\u{1F600}", "\uFF21", "a"]); // [3, 0, 2, 1]
 * ```
 */
export function utf8Order(keys: readonly string[]): number[] {
  const n = keys.length;
  const order: number[] = new Array<number>(n);
  if (defaultOrderIsUtf8(keys)) {
    const position = new Map<string, number>();
    for (let i = 0; i < n; i++) position.set(keys[i] as string, i);
    if (position.size === n) {
      const sorted = keys.slice().sort();
      for (let j = 0; j < n; j++) order[j] = position.get(sorted[j] as string) as number;
      return order;
    }
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => {
      const x = keys[a] as string;
      const y = keys[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => compareUtf8(keys[a] as string, keys[b] as string));
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
  return utf8Order(items.map((x) => x.id)).map((i) => items[i] as T);
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
  return sortUtf8([...dup]);
}
