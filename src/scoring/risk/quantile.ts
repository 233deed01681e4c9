/**
 * Hyndman–Fan type 8 sample quantile ("approximately median-unbiased", R's `quantile(type = 8)`, and the
 * estimator Rust's statrs uses — the reference red-flag engine takes its quartiles from there, so fences only
 * match when we use the same one). `sorted` must be in ascending order; `undefined` for an empty sample.
 *
 * h = (n + 1/3)·p + 1/3; Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋), clamped to x1 below 1 and to xn from n on.
 *
 * @example
 * ```ts
 * quantileType8([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25); // 2.9166…
 * ```
 */
export function quantileType8(sorted: ReadonlyArray<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return undefined;
  const h = (n + 1 / 3) * p + 1 / 3;
  if (h <= 1) return sorted[0];
  if (h >= n) return sorted[n - 1];
  const lo = Math.floor(h);
  const a = sorted[lo - 1] as number;
  const b = sorted[lo] as number;
  return a + (h - lo) * (b - a);
}

/** Quartiles and Tukey fences (1.5 × IQR) of a sample. */
export interface Fences {
  readonly q1: number;
  readonly q3: number;
  readonly lowerFence: number;
  readonly upperFence: number;
}

/**
 * Q1, Q3 (type 8) and the fences Q1 − 1.5·IQR and Q3 + 1.5·IQR of `values` (any order; not modified).
 * `undefined` for an empty sample: with nothing to compare, no outlier can be called.
 *
 * @example
 * ```ts
 * tukeyFences([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // { q1: 2.9166…, q3: 8.0833…, lowerFence: -4.83…, upperFence: 15.83… }
 * ```
 */
export function tukeyFences(values: ReadonlyArray<number>): Fences | undefined {
  const sorted = Float64Array.from(values).sort();
  const arr = Array.from(sorted);
  const q1 = quantileType8(arr, 0.25);
  const q3 = quantileType8(arr, 0.75);
  if (q1 === undefined || q3 === undefined) return undefined;
  const iqr = q3 - q1;
  return { q1, q3, lowerFence: q1 - 1.5 * iqr, upperFence: q3 + 1.5 * iqr };
}
