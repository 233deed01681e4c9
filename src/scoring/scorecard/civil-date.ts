import { GgzyError } from "../../model/error";
import { epochDayOfIsoDate, fromEpochDay, toEpochDay } from "../../calendar/date";
import { toShanghaiDate } from "../../calendar/shanghai";

/**
 * Epoch day (days since 1970-01-01) of the Asia/Shanghai civil date of `value`, which is a `YYYY-MM-DD` date
 * or an ISO-8601 date-time (no offset means +08:00). `undefined` when `value` is not such a string.
 * The calendar does the arithmetic on day numbers, so the machine's time zone cannot change the result.
 */
export function shanghaiEpochDay(value: string): number | undefined {
  // A civil date is read digit by digit, not looked up: cheaper than the cache, and a registry reads millions.
  if (value.length === 10) return epochDayOfIsoDate(value);
  const hit = epochDays.get(value);
  if (hit !== undefined) return hit;
  let day: number;
  try {
    day = toEpochDay(toShanghaiDate(value));
  } catch {
    return undefined;
  }
  if (epochDays.size >= EPOCH_DAY_CACHE_LIMIT) epochDays.clear();
  epochDays.set(value, day);
  return day;
}

/**
 * Date-times already read (a registry's records fall on a few thousand distinct days): each distinct one is parsed once.
 * Bounded, cleared whole when full; it only saves work, the same text always gives the same day.
 */
const epochDays = new Map<string, number>();
const EPOCH_DAY_CACHE_LIMIT = 8192;

/** The `YYYY-MM-DD` civil date of an epoch day. */
export function epochDayToDate(epochDay: number): string {
  // A batch asks for its as-of date once per subject: one string for all of them instead of a copy each that lives
  // as long as the results.
  if (epochDay !== lastDay) {
    lastDate = fromEpochDay(epochDay);
    lastDay = epochDay;
  }
  return lastDate;
}
let lastDay = Number.NaN;
let lastDate = "";

/** `shanghaiEpochDay`, or a `GgzyError("INVALID_DATE")` naming the path. */
export function requireEpochDay(value: string, path: ReadonlyArray<string | number>, what: string): number {
  const day = shanghaiEpochDay(value);
  if (day === undefined) {
    throw new GgzyError("INVALID_DATE", {
      zh: `${what} 日期无效：${JSON.stringify(value)}（应为 YYYY-MM-DD 或 ISO-8601 日期时间）`,
      en: `${what}: invalid date ${JSON.stringify(value)} (expected YYYY-MM-DD or an ISO-8601 date-time)`,
      issues: [{ path: [...path], message: "invalid date", code: "invalid_date" }],
    });
  }
  return day;
}
