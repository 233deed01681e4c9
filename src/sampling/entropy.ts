/**
 * log2 of the binomial coefficient C(n, k): how many bits of randomness it takes to pick any k-subset of n with
 * equal chance. A sum of logs, so it stays finite for pools of a million.
 *
 * @example
 * ```ts
 * log2Binomial(10, 3); // 6.906890595608519 (C(10,3) = 120)
 * ```
 */
export function log2Binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const m = Math.min(k, n - k);
  let bits = 0;
  for (let i = 0; i < m; i++) bits += Math.log2((n - i) / (i + 1));
  return bits;
}

/**
 * log2 of the number of ordered selections n·(n−1)·…·(n−k+1): the bits an ordered draw (members then alternates,
 * or a shuffle) can consume.
 *
 * @example
 * ```ts
 * log2Arrangements(4, 4); // log2(24)
 * ```
 */
export function log2Arrangements(n: number, k: number): number {
  let bits = 0;
  for (let i = 0; i < k && i < n; i++) bits += Math.log2(n - i);
  return bits;
}
