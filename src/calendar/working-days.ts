import { previewOf } from "../model/guard";
import { GgzyError } from "../model/error";
import { PRC_CALENDAR, WORK, calendarIndex, statusOf, yearNotCovered } from "./calendar";
import type { Calendar, CalendarIndex, DayReason } from "./calendar";
import type { NoticeCitation } from "./arrangement";
import { civilToEpochDay, epochDayToCivil, fromEpochDay, parseIsoDate, weekdayOfEpochDay } from "./date";
import type { IsoDate } from "./date";

function epochDayOf(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return civilToEpochDay(year, month, day);
}

/** Throws unless every year from `fromDay`'s to `toDay`'s is covered (a count must not run through a gap). */
function requireCoveredSpan(index: CalendarIndex, fromDay: number, toDay: number, name: string): void {
  const a = epochDayToCivil(Math.min(fromDay, toDay)).year;
  const b = epochDayToCivil(Math.max(fromDay, toDay)).year;
  for (let y = a; y <= b; y++) if (!index.coveredYears.has(y)) throw yearNotCovered(y, index.coveredYears, name);
}

/**
 * Whether `date` is a working day: Monday–Friday unless the notice gives it off, plus the weekend days it turns
 * into make-up workdays (调休上班), then the calendar's overrides. O(1).
 *
 * @throws GgzyError `INVALID_DATE`; `CALENDAR_YEAR_NOT_COVERED` for a year the calendar has no arrangement for.
 * @example
 * ```ts
 * isWorkingDay("2024-02-04"); // true  (Sunday, make-up workday for the Spring Festival)
 * isWorkingDay("2024-10-03"); // false (National Day)
 * ```
 */
export function isWorkingDay(date: IsoDate, calendar: Calendar = PRC_CALENDAR): boolean {
  const index = calendarIndex(calendar);
  return statusOf(index, epochDayOf(date), calendar.name) === WORK;
}

/**
 * Whether `date` is a rest day (weekend or holiday): the negation of {@link isWorkingDay}. This is what
 * 民法典 art. 203 calls a 法定休假日.
 *
 * @throws GgzyError `INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`
 * @example
 * ```ts
 * isRestDay("2024-10-07"); // true
 * ```
 */
export function isRestDay(date: IsoDate, calendar: Calendar = PRC_CALENDAR): boolean {
  return !isWorkingDay(date, calendar);
}

/** What {@link describeDay} says about a day. */
export interface DayDescription {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly reason: DayReason;
  /** Day of the week, 0 Sunday … 6 Saturday. */
  readonly weekday: number;
  /** The notice that made it a holiday or make-up workday (for a provisional year: the holiday rules). */
  readonly notice?: NoticeCitation;
  /** True in a provisional year: the status is a forecast from the statutory holidays, not a published notice. */
  readonly provisional?: true;
}

/**
 * Why a day is a working or rest day, with the notice that decided it — for findings that must show their basis.
 *
 * @throws GgzyError `INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`
 * @example
 * ```ts
 * describeDay("2024-02-18");
 * // { date: "2024-02-18", working: true, reason: "makeUpWorkday", weekday: 0,
 * //   notice: { number: "国办发明电〔2023〕7号", … } }
 * ```
 */
export function describeDay(date: IsoDate, calendar: Calendar = PRC_CALENDAR): DayDescription {
  const index = calendarIndex(calendar);
  const day = epochDayOf(date);
  const working = statusOf(index, day, calendar.name) === WORK;
  const weekday = weekdayOfEpochDay(day);
  const special = index.reason.get(day);
  const canonical = fromEpochDay(day);
  const provisional = index.provisionalYears.has(epochDayToCivil(day).year) ? { provisional: true as const } : {};
  if (special === undefined) {
    return { date: canonical, working, reason: working ? "workday" : "weekend", weekday, ...provisional };
  }
  return special.notice === undefined
    ? { date: canonical, working, reason: special.reason, weekday, ...provisional }
    : { date: canonical, working, reason: special.reason, weekday, notice: special.notice, ...provisional };
}

/**
 * The provisional years (see `createCalendar({ provisional: true })`) among the years from `a` to `b`, both
 * included, ascending; empty when every day between rests on a published notice. A count or a date computed over
 * those days depends on a forecast, and a finding built on it must say so.
 *
 * @throws GgzyError `INVALID_DATE`; `INVALID_INPUT` for a calendar not made by `createCalendar`.
 * @example
 * ```ts
 * const ahead = createCalendar({ provisional: true });
 * provisionalYearsBetween("2026-12-20", "2027-01-10", ahead); // [2027]
 * provisionalYearsBetween("2026-12-20", "2027-01-10");        // [] (no provisional years in the PRC calendar)
 * ```
 */
export function provisionalYearsBetween(a: IsoDate, b: IsoDate, calendar: Calendar = PRC_CALENDAR): number[] {
  const index = calendarIndex(calendar);
  const ya = parseIsoDate(a).year;
  const yb = parseIsoDate(b).year;
  if (index.provisionalYears.size === 0) return [];
  const out: number[] = [];
  for (let y = Math.min(ya, yb); y <= Math.max(ya, yb); y++) if (index.provisionalYears.has(y)) out.push(y);
  return out;
}

/**
 * The `n`-th working day after `date`. The period starts the day after the event (民法典 art. 201), so `date`
 * itself never counts: `addWorkingDays(d, 1)` is the first working day after `d`, whatever `d` is. `n = 0` gives
 * `date` back. A negative `n` counts backwards and returns the working day `r` with
 * `workingDaysBetween(r, date) === -n` (from a working day, `-1` is the previous working day).
 * O(1) with the calendar's prefix counts, even across years.
 *
 * Invariant: `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * @throws GgzyError `INVALID_DATE`; `INVALID_INPUT` for a non-integer `n`; `CALENDAR_YEAR_NOT_COVERED` if the count reaches
 *   or crosses a year the calendar does not cover.
 * @example
 * ```ts
 * addWorkingDays("2024-09-30", 1); // "2024-10-08" (National Day holiday 10-01…07)
 * addWorkingDays("2024-02-08", 1); // "2024-02-09" (除夕 2024 was a working day)
 * addWorkingDays("2024-10-08", -1); // "2024-09-30"
 * ```
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: Calendar = PRC_CALENDAR): IsoDate {
  if (!Number.isSafeInteger(n)) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `工作日数须为整数，收到 ${previewOf(n)}`,
      en: `The number of working days must be an integer, got ${previewOf(n)}`,
      details: { n },
    });
  }
  const index = calendarIndex(calendar);
  const day = epochDayOf(date);
  statusOf(index, day, calendar.name); // the start must be covered too
  if (n === 0) return fromEpochDay(day);
  // Working days on or before `day`; the target is the working day whose running count is that plus n.
  const upTo = index.workingBefore[day - index.firstDay + 1] ?? 0;
  const target = upTo + n - 1;
  const found = index.workingDays[target];
  if (target < 0 || found === undefined) {
    const year = target < 0 ? index.firstYear - 1 : index.lastYear + 1;
    throw yearNotCovered(year, index.coveredYears, calendar.name);
  }
  requireCoveredSpan(index, day, found, calendar.name);
  return fromEpochDay(found);
}

/**
 * Working days in the half-open interval (a, b]: `a` excluded (the event day), `b` included (the last day).
 * Negative when `b` is before `a` (then it is minus the working days in (b, a]). O(1).
 *
 * Invariant: `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * @throws GgzyError `INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED` (for either end or a year between them).
 * @example
 * ```ts
 * workingDaysBetween("2024-09-30", "2024-10-08"); // 1
 * workingDaysBetween("2024-02-02", "2024-02-05"); // 2 (Sunday 02-04 was a make-up workday)
 * ```
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: Calendar = PRC_CALENDAR): number {
  const index = calendarIndex(calendar);
  const da = epochDayOf(a);
  const db = epochDayOf(b);
  statusOf(index, da, calendar.name);
  statusOf(index, db, calendar.name);
  requireCoveredSpan(index, da, db, calendar.name);
  const before = (d: number): number => index.workingBefore[d - index.firstDay + 1] ?? 0;
  return before(db) - before(da);
}

