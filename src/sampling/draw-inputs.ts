import { canonicalJson } from "../model/canonical";
import { GgzyError } from "../model/error";
import { compareUtf8, duplicateIds } from "./canonical-order";

/**
 * Refuses a list with repeated ids (`GgzyError("DRAW_INVALID_REQUEST")`, every duplicate listed), else returns it
 * sorted by id in UTF-8 byte order — the canonical order the protocol hashes and draws from.
 *
 * @example
 * ```ts
 * uniqueSortedById([{ id: "b" }, { id: "a" }], "pool"); // [{ id: "a" }, { id: "b" }]
 * ```
 */
export function uniqueSortedById<T extends { readonly id: string }>(items: readonly T[], what: string): T[] {
  return applyOrder(items, canonicalOrder(items, what));
}

/**
 * The positions of a list in canonical order (ids in UTF-8 byte order), refusing repeated ids with
 * `GgzyError("DRAW_INVALID_REQUEST")`. Sorting positions once lets the parsed and the raw (hashed) copies of a list —
 * index-aligned — share one sort.
 *
 * @example
 * ```ts
 * canonicalOrder([{ id: "b" }, { id: "a" }], "pool"); // [1, 0]
 * ```
 */
export function canonicalOrder(items: ReadonlyArray<{ readonly id: string }>, what: string): number[] {
  const order = items.map((_, i) => i);
  order.sort((a, b) => compareUtf8((items[a] as { id: string }).id, (items[b] as { id: string }).id));
  let repeated = false;
  for (let i = 1; i < order.length && !repeated; i++) {
    repeated = (items[order[i] as number] as { id: string }).id === (items[order[i - 1] as number] as { id: string }).id;
  }
  const dups = repeated ? duplicateIds(items) : [];
  if (dups.length > 0) {
    throw new GgzyError("DRAW_INVALID_REQUEST", {
      zh: `${what} 中有重复的标识：${dups.join("、")}`,
      en: `Duplicate ids in ${what}: ${dups.join(", ")}`,
      details: { list: what, duplicates: dups },
    });
  }
  return order;
}

/** The items at the given positions, in that order. */
export function applyOrder<T>(items: readonly T[], order: readonly number[]): T[] {
  return order.map((i) => items[i] as T);
}

/**
 * A list whose order has no meaning, put in canonical order (by the canonical JSON of its items) so that hashes do
 * not depend on how a platform happened to list them. Short lists (the usual case) cost nothing.
 *
 * @example
 * ```ts
 * canonicalSet(["b", "a"]); // ["a", "b"]
 * ```
 */
export function canonicalSet<T>(items: readonly T[]): T[] {
  if (items.length < 2) return [...items];
  if (items.every((x) => typeof x === "string")) return [...items].sort((a, b) => compareUtf8(a as string, b as string));
  const keyed = items.map((x) => [canonicalJson(x), x] as const);
  keyed.sort((a, b) => compareUtf8(a[0], b[0]));
  return keyed.map((k) => k[1]);
}

/**
 * An object with its keys in UTF-8 order (for maps keyed by id such as `lastDrawnOn`; JCS sorts keys anyway, this
 * keeps the in-memory value tidy for records).
 *
 * @example
 * ```ts
 * sortedRecord({ b: 1, a: 2 }); // { a: 2, b: 1 }
 * ```
 */
export function sortedRecord<V>(rec: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(rec).sort(compareUtf8)) setOwn(out, k, rec[k] as V);
  return out;
}

/** Sets an own, enumerable property — also for a key such as `__proto__`, which plain assignment would not create. */
export function setOwn<V>(obj: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Adds one to `counts[key]`. */
export function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** A JSON object as it came in (already validated by its schema). */
export type RawObject = Record<string, unknown>;

/**
 * The inputs as HASHED: the caller's own JSON (unknown fields and all, no defaults filled in), with the lists whose
 * order has no meaning put in canonical order. Hashing what was given — not the library's parsed view of it —
 * lets an independent verifier recompute `inputHash` without knowing this library's schema defaults.
 * `byId` names the top-level lists sorted by id; `sets` the item fields (and top-level fields, under "") sorted as
 * sets.
 *
 * @example
 * ```ts
 * canonicalRawInputs({ pool: [{ id: "b" }, { id: "a" }] }, ["pool"], {}); // { pool: [{ id: "a" }, { id: "b" }] }
 * ```
 */
export function canonicalRawInputs(
  raw: RawObject,
  byId: readonly string[],
  sets: Readonly<Record<string, readonly string[]>>,
  orders: Readonly<Record<string, readonly number[]>> = {},
): RawObject {
  const out: RawObject = { ...raw };
  for (const key of sets[""] ?? []) {
    const v = out[key];
    if (Array.isArray(v)) out[key] = canonicalSet(v);
  }
  for (const key of byId) {
    const list = out[key];
    if (!Array.isArray(list)) continue;
    const itemSets = sets[key] ?? [];
    const order = orders[key] ?? canonicalOrder(list as { id: string }[], key);
    out[key] = order.map((i) => {
      const item = list[i] as RawObject;
      // Copy only items that have a list to sort (most have none or one element).
      if (!itemSets.some((f) => Array.isArray(item[f]) && (item[f] as unknown[]).length > 1)) return item;
      const copy: RawObject = { ...item };
      for (const f of itemSets) {
        const v = copy[f];
        if (Array.isArray(v)) copy[f] = canonicalSet(v);
      }
      return copy;
    });
  }
  return out;
}
