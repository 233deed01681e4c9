import { fusedMultiplyAdd } from "./fma";

/**
 * Hyndman–Fan type 8 sample quantile ("approximately median-unbiased", R's `quantile(type = 8)`), exactly as
 * statrs 0.16 `Data::quantile`, which the reference red-flag engine uses (CARDINAL.md §1.8). `sorted` must be in
 * ascending order. NaN for an empty sample or a p outside [0, 1], as statrs.
 *
 * h = (n + 1/3)·p + 1/3, k = ⌊h⌋; x1 when k ≤ 0 or p = 0, xn when k ≥ n or p = 1, else x_k + (h − k)(x_k+1 − x_k).
 *
 * @example
 * ```ts
 * quantileType8([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25); // 2.9166…
 * quantileType8([], 0.25); // NaN
 * ```
 */
export function quantileType8(sorted: ReadonlyArray<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  const h = (n + 1 / 3) * p + 1 / 3;
  const k = Math.floor(h);
  if (k <= 0 || p === 0) return sorted[0] as number;
  if (k >= n || p === 1) return sorted[n - 1] as number;
  const a = sorted[k - 1] as number;
  const b = sorted[k] as number;
  return a + (h - k) * (b - a);
}

/** Quartiles and Tukey fences (1.5 × IQR) of a sample; all NaN for an empty sample. */
export interface Fences {
  readonly q1: number;
  readonly q3: number;
  readonly lowerFence: number;
  readonly upperFence: number;
}

/**
 * Q1, Q3 (type 8) and the fences fma(Q3 − Q1, −1.5, Q1) and fma(Q3 − Q1, 1.5, Q3) of `values` (any order; not
 * modified). The fused multiply-add (one rounding) is what the reference engine computes; plain arithmetic
 * differs in the last bit for a good share of samples (CARDINAL.md §1.8). NaN everywhere for an empty sample.
 *
 * @example
 * ```ts
 * tukeyFences([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // { q1: 2.9166…, q3: 8.0833…, lowerFence: -4.83…, upperFence: 15.83… }
 * ```
 */
export function tukeyFences(values: ReadonlyArray<number>): Fences {
  const sorted = Array.from(Float64Array.from(values).sort());
  const q1 = quantileType8(sorted, 0.25);
  const q3 = quantileType8(sorted, 0.75);
  const iqr = q3 - q1;
  return { q1, q3, lowerFence: fusedMultiplyAdd(iqr, -1.5, q1), upperFence: fusedMultiplyAdd(iqr, 1.5, q3) };
}
