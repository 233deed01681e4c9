import { GgzyError } from "../model/error";
import type { DrawStream } from "./stream";

/**
 * Forward partial Fisher–Yates over positions 0..n-1: step i swaps position i with a uniform position in [i, n)
 * (j = i + nextBelow(n − i)) and emits what lands at i. The first k emitted positions are the draw; continuing gives
 * the ordered alternates, and the whole draw is one prefix of a uniform random permutation.
 * Displaced positions are kept in a map, so the cost is O(count), not O(n).
 *
 * @example
 * ```ts
 * selectPositions(10, 3, stream); // e.g. [7, 2, 9]
 * ```
 */
export function selectPositions(n: number, count: number, stream: DrawStream): number[] {
  if (!Number.isInteger(n) || !Number.isInteger(count) || count < 0 || count > n) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `无法从 ${n} 个中抽取 ${count} 个`,
      en: `Cannot select ${count} of ${n}`,
    });
  }
  const walk = fisherYatesWalk(n, stream);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(walk.next() as number);
  return out;
}

/** A forward Fisher–Yates walk, one position at a time (see `fisherYatesWalk`). */
export interface FisherYatesWalk {
  /** The next position of the permutation, or `undefined` once all n were emitted. */
  next(): number | undefined;
}

/**
 * Walks a uniform random permutation of 0..n-1 lazily, by forward Fisher–Yates: step i draws
 * j = i + nextBelow(n − i), swaps positions i and j, and emits the position now at i. A draw with constraints (an
 * employer cap) walks on and passes over candidates it cannot take; the walk itself never changes.
 *
 * @example
 * ```ts
 * const walk = fisherYatesWalk(5, stream);
 * walk.next(); // e.g. 3
 * ```
 */
export function fisherYatesWalk(n: number, stream: DrawStream): FisherYatesWalk {
  const moved = new Map<number, number>();
  let i = 0;
  return {
    next(): number | undefined {
      if (i >= n) return undefined;
      const j = i + stream.nextBelow(n - i);
      const atJ = moved.get(j) ?? j;
      const atI = moved.get(i) ?? i;
      moved.set(j, atI);
      moved.delete(i);
      i++;
      return atJ;
    },
  };
}

/**
 * Selects `count` items of an already canonically sorted list, in draw order (see `selectPositions`).
 *
 * @example
 * ```ts
 * selectOrdered(["a", "b", "c"], 2, stream); // e.g. ["c", "a"]
 * ```
 */
export function selectOrdered<T>(items: readonly T[], count: number, stream: DrawStream): T[] {
  return selectPositions(items.length, count, stream).map((p) => items[p] as T);
}

/**
 * A uniform random permutation of a list (a full forward Fisher–Yates).
 *
 * @example
 * ```ts
 * shuffled([1, 2, 3], stream); // e.g. [2, 3, 1]
 * ```
 */
export function shuffled<T>(items: readonly T[], stream: DrawStream): T[] {
  return selectOrdered(items, items.length, stream);
}
