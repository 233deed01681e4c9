import type { Scorecard } from "./schema";

/**
 * The grade of a score on a (validated) scorecard: the band with `from <= score < to`, or the top band when
 * the score equals the scorecard's maximum.
 *
 * @example
 * ```ts
 * gradeFor(defaultAgencyScorecard, 91); // "AAA"
 * ```
 */
export function gradeFor(card: Scorecard, score: number): string {
  let top = card.grades[0];
  for (const band of card.grades) {
    if (score >= band.from && score < band.to) return band.grade;
    if (top === undefined || band.to > top.to) top = band;
  }
  // Only the maximum itself falls through, because validated bands tile [min, max).
  return top?.grade ?? "";
}
