import { GgzyError } from "../model/error";

/**
 * What to do with a source record dated after `asOf`: `error` (the default: a score "as of" a day cannot see
 * the future, so such input is a mistake) or `ignore` (for historical questions such as "what was the ranking on
 * the day of selection", asked of today's data).
 */
export type LaterRecords = "error" | "ignore";

/** True when the record counts; throws for a later record under `error`. */
export function keepRecord(
  day: number,
  asOfDay: number,
  policy: LaterRecords,
  path: ReadonlyArray<string | number>,
  what: string,
  date: string,
  asOf: string,
): boolean {
  if (day <= asOfDay) return true;
  if (policy === "ignore") return false;
  throw new GgzyError("INVALID_INPUT", {
    zh: `${what}：记录日期 ${date} 晚于评分基准日 ${asOf}`,
    en: `${what}: record dated ${date}, after the as-of date ${asOf}`,
    issues: [{ path: [...path], message: "dated after asOf", code: "after_as_of" }],
  });
}
