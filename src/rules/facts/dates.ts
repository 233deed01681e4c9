import { addCalendarDays, calendarDaysBetween, toEpochDay } from "../../calendar/date";

/*
 * Small civil-date helpers the derived facts share. All arithmetic is on epoch days (UTC day numbers) through the
 * calendar module, so no machine time zone can leak in.
 */

/**
 * The same month and day `years` years before `date` (29 February falls back to 28 February). Used for the
 * "within the last 3 years" window of the avoidance rule (政府采购法实施条例 art. 9).
 *
 * @example
 * ```ts
 * yearsBefore("2024-02-29", 3); // "2021-02-28"
 * ```
 */
export function yearsBefore(date: string, years: number): string {
  toEpochDay(date); // validates: throws GgzyError INVALID_DATE
  const year = Number(date.slice(0, 4)) - years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const md = monthDay === "02-29" && !leap ? "02-28" : monthDay;
  return `${String(year).padStart(4, "0")}-${md}`;
}

/**
 * Calendar days from `a` to `b` (positive when `b` is later).
 *
 * @example
 * ```ts
 * daysFromTo("2024-01-01", "2024-01-31"); // 30
 * ```
 */
export function daysFromTo(a: string, b: string): number {
  return calendarDaysBetween(a, b);
}

/**
 * The day `n` calendar days after `date`.
 *
 * @example
 * ```ts
 * plusDays("2024-01-31", 1); // "2024-02-01"
 * ```
 */
export function plusDays(date: string, n: number): string {
  return addCalendarDays(date, n);
}

/** True when the period `[from, to]` (`to` absent = still running) touches the window `[windowStart, asOf]`. */
export function periodTouches(from: string | undefined, to: string | undefined, windowStart: string, asOf: string): boolean {
  if (from !== undefined && from > asOf) return false;
  if (to !== undefined && to < windowStart) return false;
  return true;
}
