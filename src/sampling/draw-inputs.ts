import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { canonicalJson, canonicalJsonOfChecked } from "../model/canonical";
import { GgzyError } from "../model/error";
import { setOwn } from "../model/own";

export { setOwn };
import { duplicateIds, sortUtf8, utf8Order, utf8Positions } from "./canonical-order";

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
 * canonicalOrder([{ id: "b" }, { id: "a" }], "pool"); // Uint32Array [1, 0]
 * ```
 */
export function canonicalOrder(items: ReadonlyArray<{ readonly id: string }>, what: string): Uint32Array {
  const ids = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) ids[i] = (items[i] as { readonly id: string }).id;
  const { order, repeated } = utf8Positions(ids);
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
export function applyOrder<T>(items: readonly T[], order: ArrayLike<number>): T[] {
  const out = new Array<T>(order.length);
  for (let j = 0; j < order.length; j++) out[j] = items[order[j] as number] as T;
  return out;
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
  orders: Readonly<Record<string, ArrayLike<number>>> = {},
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
    out[key] = applyOrder(list, order).map((item) => withSortedSets(item as RawObject, itemSets));
  }
  return out;
}

/** A big list to hash: its items in INPUT order, their canonical `order`, and the item fields sorted as sets. */
export interface HashedList {
  readonly items: readonly unknown[];
  readonly order: ArrayLike<number>;
  /** Fields of each item whose order has no meaning (sorted as sets, as `withSortedSets` does, when serialised). */
  readonly sets?: readonly string[];
}

/**
 * Inputs ready for hashing: `fixed` is the inputs object with its lists already in canonical order, except the big
 * lists in `lists`, which are hashed straight from the caller's list (no sorted copy of a million items is made).
 */
export interface HashedInputs {
  readonly fixed: RawObject;
  readonly lists?: Readonly<Record<string, HashedList>>;
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
  // A key whose value is `undefined` is no key at all in JSON (JCS leaves it out, as JSON.stringify does).
  const fixedKeys = Object.keys(inputs.fixed).filter((k) => inputs.fixed[k] !== undefined);
  const keys = [...new Set([...fixedKeys, ...Object.keys(lists)])].sort();
  keys.forEach((key, k) => {
    write(`${k === 0 ? "" : ","}${canonicalJson(key)}:`);
    // Own keys only: an input named `valueOf` or `constructor` is data, not the prototype's method.
    const list = Object.hasOwn(lists, key) ? lists[key] : undefined;
    if (list === undefined) {
      write(canonicalJson(inputs.fixed[key]));
      return;
    }
    write("[");
    flush();
    hashInCanonicalOrder(list, hash);
    write("]");
  });
  write(`},"params":${canonicalJson(params)}}`);
  hash.update(utf8ToBytes(buffer));
  return bytesToHex(hash.digest());
}

// Items serialised per sweep of `hashInCanonicalOrder`: a pool of up to 131,072 in one sweep, a million in eight.
// (Measured on a million: 262,144 per sweep was no faster and held twice the memory.)
const SERIALISE_CHUNK = 1 << 17;
// The chunk's UTF-8 is kept in segments of this size, allocated as needed and reused by every chunk: ~40 MB for a
// chunk of realistic expert records, allocated once per draw. (Growing one buffer by doubling allocated several
// times that, and each further ~64 MB of buffers made V8 run a full collection: ~0.45 s with a million experts live.)
const SEGMENT_BYTES = 1 << 22;
const COMMA = 0x2c;
// Bytes handed to SHA-256 per call: whole blocks, instead of a call (and a partial block copied) per item.
const HASH_BATCH = 1 << 20;

/**
 * Feeds `hash` the UTF-8 JCS of `items[order[0]]`, `items[order[1]]`, … joined by ",". The canonical order is a
 * random walk through memory: serialising straight in that order visits the objects at random and, for a pool of
 * 100k or more, spends much of its time waiting on memory. So the canonical positions are taken in large chunks;
 * for each chunk, one sweep in INPUT (memory) order serialises the chunk's items straight to UTF-8, and their bytes
 * are then copied in canonical order into a small batch that is hashed when full. Nothing of the text outlives its
 * chunk; the bytes hashed are the same.
 */
function hashInCanonicalOrder(list: HashedList, hash: { update(b: Uint8Array): unknown }): void {
  const { items, order } = list;
  const sets = list.sets ?? [];
  const n = order.length;
  const rank = new Uint32Array(items.length);
  for (let j = 0; j < n; j++) rank[order[j] as number] = j;
  const encoder = new TextEncoder();
  const segments: Uint8Array[] = [];
  // Allocated once the first chunk's size is known: a list of a few dozen needs kilobytes, not the full batch.
  let batch: Uint8Array | undefined;
  let batched = 0;
  // Where each item of the chunk went: segment, start and end.
  const segmentOf = new Uint32Array(Math.min(n, SERIALISE_CHUNK));
  const from = new Uint32Array(segmentOf.length);
  const to = new Uint32Array(segmentOf.length);
  for (let start = 0; start < n; start += SERIALISE_CHUNK) {
    const end = Math.min(n, start + SERIALISE_CHUNK);
    let segment = 0;
    let used = 0;
    for (let i = 0; i < items.length; i++) {
      const r = rank[i] as number;
      if (r < start || r >= end) continue;
      const item = sets.length > 0 ? withSortedSets(items[i] as RawObject, sets) : items[i];
      const text = canonicalJsonOfChecked(item, "list item");
      // UTF-8 takes at most 3 bytes per UTF-16 unit; one more for the "," that precedes every item but the first.
      const room = text.length * 3 + 1;
      if (segments.length === 0 || used + room > (segments[segment] as Uint8Array).length) {
        if (segments.length > 0) segment++;
        used = 0;
        // Sized for the chunk if its items are like this one, at most SEGMENT_BYTES (more segments follow if needed).
        if (segment === segments.length) segments.push(new Uint8Array(Math.max(Math.min(SEGMENT_BYTES, room * (end - start)), room)));
        else if ((segments[segment] as Uint8Array).length < room) segments[segment] = new Uint8Array(room);
      }
      const k = r - start;
      const bytes = segments[segment] as Uint8Array;
      segmentOf[k] = segment;
      from[k] = used;
      // Each item with the "," that precedes it in the array's text (none before the first).
      if (r > 0) bytes[used++] = COMMA;
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
      to[k] = used;
    }
    batch ??= new Uint8Array(Math.min(HASH_BATCH, Math.max(64, segments.reduce((sum, s) => sum + s.length, 0))));
    for (let k = 0; k < end - start; k++) {
      const bytes = (segments[segmentOf[k] as number] as Uint8Array).subarray(from[k] as number, to[k] as number);
      if (batched + bytes.length > batch.length) {
        hash.update(batch.subarray(0, batched));
        batched = 0;
      }
      if (bytes.length > batch.length) hash.update(bytes);
      else {
        batch.set(bytes, batched);
        batched += bytes.length;
      }
    }
  }
  if (batch !== undefined) hash.update(batch.subarray(0, batched));
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
  let copy: RawObject | undefined;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as string;
    const v = item[f];
    if (!Array.isArray(v) || v.length < 2) continue;
    copy ??= { ...item };
    copy[f] = canonicalSet(v);
  }
  return copy ?? item;
}
