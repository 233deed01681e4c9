import { GgzyError } from "../../model/error";
import { civilToEpochDay, daysInMonth, fromEpochDay, toEpochDay } from "../../calendar/date";
import { toShanghaiDate } from "../../calendar/shanghai";

/**
 * Epoch day (days since 1970-01-01) of the Asia/Shanghai civil date of `value`, which is a `YYYY-MM-DD` date
 * or an ISO-8601 date-time (no offset means +08:00). `undefined` when `value` is not such a string.
 * The calendar does the arithmetic on day numbers, so the machine's time zone cannot change the result.
 */
export function shanghaiEpochDay(value: string): number | undefined {
  if (value.length === 10) return epochDayOfCivilDate(value);
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
 * The epoch day of a `YYYY-MM-DD` date, as `toEpochDay` reads it (years 0001–9999, a real calendar date), or
 * `undefined`. Read digit by digit: a scored registry reads millions of dates, and this is cheaper than
 * looking each one up in a cache (`shanghaiEpochDay` was a tenth of a 2m-record call, CPU profile).
 */
function epochDayOfCivilDate(value: string): number | undefined {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH || year < 1 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return civilToEpochDay(year, month, day);
}
const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by `count` ASCII digits at `from`, or -1 if one of them is not a digit. */
function digitsAt(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = value.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
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
