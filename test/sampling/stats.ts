/** Chi-square statistic of observed counts against equal expected counts. */
export function chiSquareUniform(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const e = total / counts.length;
  return counts.reduce((a, c) => a + (c - e) ** 2 / e, 0);
}

/** Upper critical value of chi-square with `df` degrees of freedom at p = 0.001 (Wilson–Hilferty). */
export function chiSquareCritical(df: number, z = 3.09): number {
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}
