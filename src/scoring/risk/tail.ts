/*
 * Upper-tail probabilities for "far more often than chance": how likely a count at least this large is when
 * nothing but chance is at work. Computed in log space so small probabilities (1e-30) do not underflow early.
 */

const LANCZOS = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];

/**
 * ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits).
 *
 * @example
 * ```ts
 * Math.exp(lnGamma(5)); // 24
 * ```
 */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = 0.99999999999980993;
  const t = z + 7.5;
  for (let i = 0; i < LANCZOS.length; i++) a += (LANCZOS[i] as number) / (z + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * P(X ≥ k) for X ~ Poisson(λ).
 *
 * @example
 * ```ts
 * poissonUpperTail(1, 1); // 0.6321… (1 − e⁻¹)
 * ```
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (!(lambda > 0)) return 0;
  let sum = 0;
  for (let i = Math.ceil(k); i < k + 1000; i++) {
    const term = Math.exp(-lambda + i * Math.log(lambda) - lnGamma(i + 1));
    sum += term;
    if (i > lambda && term < sum * 1e-16) break;
  }
  return Math.min(1, sum);
}

/**
 * P(X ≥ k) for X ~ Binomial(n, q).
 *
 * @example
 * ```ts
 * binomialUpperTail(3, 3, 0.5); // 0.125
 * ```
 */
export function binomialUpperTail(k: number, n: number, q: number): number {
  if (k <= 0) return 1;
  if (k > n || !(q > 0)) return 0;
  if (q >= 1) return 1;
  const lq = Math.log(q);
  const l1q = Math.log1p(-q);
  const lnN = lnGamma(n + 1);
  let sum = 0;
  for (let i = Math.ceil(k); i <= n; i++) {
    const term = Math.exp(lnN - lnGamma(i + 1) - lnGamma(n - i + 1) + i * lq + (n - i) * l1q);
    sum += term;
    if (i > n * q && term < sum * 1e-16) break;
  }
  return Math.min(1, sum);
}
