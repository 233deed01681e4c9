import { compareUtf8 } from "../model/compare-utf8";

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
