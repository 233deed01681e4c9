import type { GradeBandLike } from "./grade-bands";

/**
 * The grade of a score under (validated) grade bands: the band with `from <= score < to`, or the top band when
 * the score equals the maximum.
 *
 * @example
 * ```ts
 * gradeFor(defaultAgencyScorecard, 91); // "AAA"
 * ```
 */
export function gradeFor(card: { readonly grades: ReadonlyArray<GradeBandLike> }, score: number): string {
  let top = card.grades[0];
  for (const band of card.grades) {
    if (score >= band.from && score < band.to) return band.grade;
    if (top === undefined || band.to > top.to) top = band;
  }
  // Only the maximum itself falls through, because validated bands tile [min, max).
  return top?.grade ?? "";
}
