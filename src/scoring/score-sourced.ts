import { GgzyError, formatPath } from "../model/error";
import type { GgzyIssue } from "../model/error";
import { scoreParsed, scoreParsedOnRead } from "./scorecard/score";
import { parseScorecard } from "./scorecard/schema";
import type { BreakdownTime, ItemAt, ScoreDetail, ScoreResult } from "./scorecard/result";
import type { Scorecard } from "./scorecard/schema";
import type { ScoreRecord } from "./scorecard/subject";

/** A scorecard record and the path of the domain fact it came from (`["penalties", 2]`). */
export interface SourcedRecord {
  readonly record: ScoreRecord;
  readonly source: ReadonlyArray<string | number>;
}

/**
 * `score` over records derived from a domain object, with errors that point at the domain fact
 * (`penalties[2].kind`) instead of the derived record list (`records[4].kind`), which the caller never saw.
 */
export function scoreSourced(card: Scorecard, subjectId: string, sourced: ReadonlyArray<SourcedRecord>, asOf: string): ScoreResult {
  return scoreWithSources(
    card,
    subjectId,
    sourced.map((s) => s.record),
    asOf,
    () => sourced.map((s) => s.source),
  );
}

/**
 * `scoreSourced` for records whose sources are worked out only when an error needs them (`sourcesOf` gives the
 * path of each record's source fact, in the order of `records`), at a level of detail (default `"records"`). With
 * `breakdown: "onRead"` the breakdown is built when it is first read (`scoreParsedOnRead`, from its own copy of the
 * records' fields); by default now.
 */
export function scoreWithSources<D extends ScoreDetail = "records">(
  card: Scorecard,
  subjectId: string,
  records: ReadonlyArray<ScoreRecord>,
  asOf: string,
  sourcesOf: () => ReadonlyArray<ReadonlyArray<string | number>>,
  detail: D = "records" as D,
  breakdown: BreakdownTime = "now",
): ScoreResult<ItemAt<D>> {
  try {
    const parsed = parseScorecard(card);
    return breakdown === "onRead" ? scoreParsedOnRead(parsed, subjectId, records, asOf, detail) : scoreParsed(parsed, subjectId, records, asOf, detail);
  } catch (e) {
    throw atSource(e, sourcesOf);
  }
}

/** A scoring error whose path names a derived record (`records[4].kind`), re-pointed at its source fact (`penalties[2].kind`). */
function atSource(e: unknown, sourcesOf: () => ReadonlyArray<ReadonlyArray<string | number>>): unknown {
  const first = e instanceof GgzyError ? e.issues[0] : undefined;
  const index = first?.path[1];
  const src = e instanceof GgzyError && first?.path[0] === "records" && typeof index === "number" ? sourcesOf()[index] : undefined;
  if (!(e instanceof GgzyError) || src === undefined) return e;
  const issues: GgzyIssue[] = e.issues.map((i) => ({ ...i, path: [...src, ...i.path.slice(2)] }));
  const where = formatPath(issues[0]?.path ?? []);
  return new GgzyError(e.code, { zh: `${where}：${e.zh}`, en: `${where}: ${e.en}`, issues, details: { ...e.details, recordPath: first?.path ?? [] } });
}
