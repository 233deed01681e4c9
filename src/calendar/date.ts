import type { IsoDate } from "../model/common";
import { GgzyError } from "../model/error";
import { previewOf } from "../model/guard";

// The model's civil-date type (`YYYY-MM-DD`, Asia/Shanghai); re-exported for the calendar's own files only.
export type { IsoDate };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// A bounded text of any value (never throws: cycles, BigInt, null-prototype objects, megabyte strings).
const showValue = previewOf;

/** The `INVALID_DATE` error, with the offending input and why (shared by the calendar's parsers). */
export function invalidDate(input: unknown, why: { zh: string; en: string }): GgzyError {
  const shown = showValue(input);
  return new GgzyError("INVALID_DATE", {
    zh: `日期无效：“${shown}”（${why.zh}）`,
    en: `Invalid date: "${shown}" (${why.en})`,
    details: { input: shown },
  });
}

/** The parts of a validated civil date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Validates a civil date string and returns its parts. The date must exist: 2023-02-29 is an error.
 *
 * @throws GgzyError `INVALID_DATE` for anything but a real `YYYY-MM-DD` date in years 0001–9999.
 * @example
 * ```ts
 * parseIsoDate("2024-02-29"); // { year: 2024, month: 2, day: 29 }
 * parseIsoDate("2023-02-29"); // throws GgzyError INVALID_DATE
 * ```
 */
export function parseIsoDate(input: unknown): CivilDate {
  if (typeof input !== "string") throw invalidDate(input, { zh: "须为 YYYY-MM-DD 字符串", en: "expected a YYYY-MM-DD string" });
  const m = ISO_DATE.exec(input);
  if (!m) throw invalidDate(input, { zh: "须为 YYYY-MM-DD 格式", en: "expected the form YYYY-MM-DD" });
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1) throw invalidDate(input, { zh: "年份须在 0001–9999 之间", en: "year must be 0001–9999" });
  if (month < 1 || month > 12) throw invalidDate(input, { zh: "月份须在 01–12 之间", en: "month must be 01–12" });
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw invalidDate(input, { zh: `该月只有 ${last} 天`, en: `that month has ${last} days` });
  }
  return { year, month, day };
}

/**
 * Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil: integer arithmetic only, so no
 * machine time zone can leak in, unlike `new Date(y, m, d)`).
 */
export function civilToEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of an epoch day (inverse of {@link civilToEpochDay}). */
export function epochDayToCivil(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Formats civil date parts as `YYYY-MM-DD`. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

// Epoch days of 0001-01-01 and 9999-12-31: the range an IsoDate can name.
const MIN_EPOCH_DAY = civilToEpochDay(1, 1, 1);
const MAX_EPOCH_DAY = civilToEpochDay(9999, 12, 31);

/**
 * Days since 1970-01-01 (UTC, which for a civil date is just a day number) of a `YYYY-MM-DD` date.
 *
 * @throws GgzyError `INVALID_DATE`
 * @example
 * ```ts
 * toEpochDay("1970-01-02"); // 1
 * ```
 */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return civilToEpochDay(year, month, day);
}

/**
 * `toEpochDay`, or `undefined` where it would throw: the same dates (years 0001–9999, real calendar dates), read
 * digit by digit without a regular expression or an error object — for callers that read millions of dates, such as
 * the scorers (a cache keyed by the text cost more: `shanghaiEpochDay` was a tenth of a 2m-record scoring call).
 *
 * @example
 * ```ts
 * epochDayOfIsoDate("1970-01-02"); // 1
 * epochDayOfIsoDate("2023-02-29"); // undefined
 * ```
 */
export function epochDayOfIsoDate(value: string): number | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
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
 * The `YYYY-MM-DD` date of an epoch day.
 *
 * @throws GgzyError `INVALID_DATE` if the day is not an integer or falls outside years 0001–9999.
 * @example
 * ```ts
 * fromEpochDay(19723); // "2024-01-01"
 * ```
 */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isSafeInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw invalidDate(epochDay, { zh: "日序号须为 0001–9999 年内的整数", en: "epoch day must be an integer within years 0001–9999" });
  }
  const { year, month, day } = epochDayToCivil(epochDay);
  return formatIsoDate(year, month, day);
}

/**
 * Day of the week of an epoch day: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday).
 */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/**
 * The date `n` calendar days after `date` (before it if `n` is negative). Any machine time zone gives the same
 * answer: the arithmetic is on day numbers, not on local-time `Date`s.
 *
 * @throws GgzyError `INVALID_DATE` for a bad date or a result outside years 0001–9999; `INVALID_INPUT` for a
 *   non-integer `n`.
 * @example
 * ```ts
 * addCalendarDays("2024-02-28", 2); // "2024-03-01"
 * addCalendarDays("2024-01-01", -1); // "2023-12-31"
 * ```
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `天数须为整数，收到 ${showValue(n)}`,
      en: `The number of days must be an integer, got ${showValue(n)}`,
      details: { n: showValue(n) },
    });
  }
  return fromEpochDay(toEpochDay(date) + n);
}

/**
 * Calendar days from `a` to `b`: `b − a`, negative if `b` is earlier. So `addCalendarDays(a, calendarDaysBetween(a, b)) === b`.
 *
 * @throws GgzyError `INVALID_DATE`
 * @example
 * ```ts
 * calendarDaysBetween("2024-02-28", "2024-03-01"); // 2
 * ```
 */
export function calendarDaysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}
