import type { GgzyIssue } from "../../model/error";

/** The fields of a grade band the tiling check reads. */
export interface GradeBandLike {
  readonly grade: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Problems with a list of grade bands that must tile `[min, max]` exactly: bands may come in any order, but each
 * needs `from < to`, a unique grade, and together they may neither overlap nor leave a gap. Paths are
 * `["grades", index, field]` (prefix them when the bands sit elsewhere).
 *
 * @example
 * ```ts
 * gradeBandIssues([{ grade: "A", from: 50, to: 100 }, { grade: "B", from: 0, to: 40 }], 0, 100);
 * // [{ path: ["grades", 0, "from"], message: "gap in grade bands: nothing covers [40, 50)" }]
 * ```
 */
export function gradeBandIssues(bands: ReadonlyArray<GradeBandLike>, min: number, max: number): GgzyIssue[] {
  const issues: GgzyIssue[] = [];
  const grades = new Set<string>();
  bands.forEach((band, i) => {
    if (grades.has(band.grade)) issues.push({ path: ["grades", i, "grade"], message: `duplicate grade ${JSON.stringify(band.grade)}` });
    grades.add(band.grade);
    if (!(band.from < band.to)) issues.push({ path: ["grades", i, "to"], message: "a grade band needs from < to" });
  });
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.from - b.band.from || a.band.to - b.band.to);
  let expected = min;
  for (const { band, index } of order) {
    if (band.from < expected) {
      issues.push({ path: ["grades", index, "from"], message: `grade band ${band.grade} overlaps the band below it (starts at ${band.from}, previous ends at ${expected})` });
    } else if (band.from > expected) {
      issues.push({ path: ["grades", index, "from"], message: `gap in grade bands: nothing covers [${expected}, ${band.from})` });
    }
    expected = Math.max(expected, band.to);
  }
  const last = order[order.length - 1];
  if (last && expected !== max) {
    issues.push({ path: ["grades", last.index, "to"], message: `grade bands must end exactly at bounds.max (${max}), they end at ${expected}` });
  }
  return issues;
}
