/*
 * Lists in messages: Chinese joins with 、, English with a comma; an empty list shows as —.
 */

/** Joins items for a Chinese message. */
export function listZh(items: readonly string[]): string {
  return items.length === 0 ? "—" : items.join("、");
}

/** Joins items for an English message. */
export function listEn(items: readonly string[]): string {
  return items.length === 0 ? "—" : items.join(", ");
}

/** Sorts strings by UTF-16 code units — stable across machines and locales (no localeCompare). */
export function sortedStrings(items: Iterable<string>): string[] {
  return [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
