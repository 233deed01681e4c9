import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { canonicalJson } from "../model/canonical";
import { GgzyError } from "../model/error";
import { duplicateIds, sortUtf8, utf8Order } from "./canonical-order";

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
  const ids = items.map((x) => x.id);
  const order = utf8Order(ids);
  let repeated = false;
  for (let i = 1; i < order.length && !repeated; i++) repeated = ids[order[i] as number] === ids[order[i - 1] as number];
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

/**
 * The items at the given positions, in that order.
 *
 * @example
 * ```ts
 * applyOrder(["b", "a"], [1, 0]); // ["a", "b"]
 * ```
 */
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
  if (items.every((x) => typeof x === "string")) return sortUtf8(items as readonly string[]) as T[];
  return utf8Order(items.map((x) => canonicalJson(x))).map((i) => items[i] as T);
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
  for (const k of sortUtf8(Object.keys(rec))) setOwn(out, k, rec[k] as V);
  return out;
}

/**
 * Sets an own, enumerable property — also for a key such as `__proto__`, which plain assignment would not create
 * (ids come from outside and may be anything).
 *
 * @example
 * ```ts
 * const o: Record<string, number> = {};
 * setOwn(o, "__proto__", 1); // Object.keys(o) → ["__proto__"]
 * ```
 */
export function setOwn<V>(obj: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Adds `by` (default 1) to `counts[key]`.
 *
 * @example
 * ```ts
 * const c: Record<string, number> = {};
 * bump(c, "official"); // c → { official: 1 }
 * ```
 */
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
    out[key] = order.map((i) => withSortedSets(list[i] as RawObject, itemSets));
  }
  return out;
}

/**
 * Inputs ready for hashing: `fixed` is the inputs object with its lists already in canonical order, except the big
 * lists in `lists`, which are given in INPUT order with the canonical `order` of their positions.
 */
export interface HashedInputs {
  readonly fixed: RawObject;
  readonly lists?: Readonly<Record<string, { readonly items: readonly unknown[]; readonly order: readonly number[] }>>;
}

/**
 * `inputHash = SHA-256(JCS({ createdAt, params, inputs }))`, computed as a stream: a big list (an expert pool of a
 * million) is serialised item by item in canonical order and fed to SHA-256 in chunks, so the draw never holds the
 * whole canonical text (hundreds of megabytes) in memory. The bytes hashed are exactly JCS's: an array's JCS is
 * "[" + its items' JCS joined by "," + "]", and object keys are sorted by UTF-16 code units (JavaScript's default
 * string order).
 *
 * @example
 * ```ts
 * inputHashOf("2024-05-06T09:00:00+08:00", params, { fixed: { project }, lists: { pool: { items: pool, order } } });
 * // === hashCanonical({ createdAt, params, inputs: { project, pool: order.map((i) => pool[i]) } })
 * ```
 */
export function inputHashOf(createdAt: string, params: unknown, inputs: HashedInputs): string {
  const lists = inputs.lists ?? {};
  const hash = sha256.create();
  let buffer = "";
  const flush = (): void => {
    hash.update(utf8ToBytes(buffer));
    buffer = "";
  };
  const write = (text: string): void => {
    buffer += text;
    if (buffer.length >= 1 << 16) flush();
  };
  write(`{"createdAt":${canonicalJson(createdAt)},"inputs":{`);
  const keys = [...new Set([...Object.keys(inputs.fixed), ...Object.keys(lists)])].sort();
  keys.forEach((key, k) => {
    write(`${k === 0 ? "" : ","}${canonicalJson(key)}:`);
    const list = lists[key];
    if (list === undefined) {
      write(canonicalJson(inputs.fixed[key]));
      return;
    }
    write("[");
    flush();
    hashInCanonicalOrder(list.items, list.order, hash);
    write("]");
  });
  write(`},"params":${canonicalJson(params)}}`);
  hash.update(utf8ToBytes(buffer));
  return bytesToHex(hash.digest());
}

// Items serialised per sweep of `hashInCanonicalOrder` (~20 MB of UTF-8 at most, whatever the size of the list).
const SERIALISE_CHUNK = 1 << 16;

/**
 * Feeds `hash` the UTF-8 JCS of `items[order[0]]`, `items[order[1]]`, … joined by ",". The canonical order is a
 * random walk through memory: serialising straight in that order visits the objects at random and, for a pool of
 * 100k or more, spends a third of its time waiting on memory. So the canonical positions are taken in chunks; for
 * each chunk, one sweep in INPUT (memory) order serialises the chunk's items straight to UTF-8 into one buffer, and
 * their bytes are then hashed in canonical order. Nothing of the text outlives its chunk; the bytes are the same.
 */
function hashInCanonicalOrder(items: readonly unknown[], order: readonly number[], hash: { update(b: Uint8Array): unknown }): void {
  const n = order.length;
  const rank = new Uint32Array(items.length);
  for (let j = 0; j < n; j++) rank[order[j] as number] = j;
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1 << 20);
  const from = new Float64Array(Math.min(n, SERIALISE_CHUNK));
  const to = new Float64Array(from.length);
  for (let start = 0; start < n; start += SERIALISE_CHUNK) {
    const end = Math.min(n, start + SERIALISE_CHUNK);
    let used = 0;
    for (let i = 0; i < items.length; i++) {
      const r = rank[i] as number;
      if (r < start || r >= end) continue;
      // Each item with the "," that precedes it in the array's text (none before the first).
      const text = r === 0 ? canonicalJson(items[i]) : `,${canonicalJson(items[i])}`;
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (used + text.length * 3 > bytes.length) {
        const bigger = new Uint8Array(Math.max(bytes.length * 2, used + text.length * 3));
        bigger.set(bytes.subarray(0, used));
        bytes = bigger;
      }
      from[r - start] = used;
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
      to[r - start] = used;
    }
    for (let k = 0; k < end - start; k++) hash.update(bytes.subarray(from[k] as number, to[k] as number));
  }
}

/**
 * A copy of an item with the listed fields sorted as sets — or the item itself when none has two or more elements.
 *
 * @example
 * ```ts
 * withSortedSets({ id: "E1", specialties: ["b", "a"] }, ["specialties"]); // { id: "E1", specialties: ["a", "b"] }
 * ```
 */
export function withSortedSets(item: RawObject, fields: readonly string[]): RawObject {
  if (!fields.some((f) => Array.isArray(item[f]) && (item[f] as unknown[]).length > 1)) return item;
  const copy: RawObject = { ...item };
  for (const f of fields) {
    const v = copy[f];
    if (Array.isArray(v)) copy[f] = canonicalSet(v);
  }
  return copy;
}
