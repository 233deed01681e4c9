import * as z from "../model/zod";
import { parseWith } from "../model/error";
import { PRC_CALENDAR } from "./calendar";
import type { Calendar } from "./calendar";
import { addCalendarDays, daysInMonth, formatIsoDate, parseIsoDate } from "./date";
import type { IsoDate } from "./date";
import { toShanghaiDate } from "./shanghai";
import { addWorkingDays, isWorkingDay, provisionalYearsBetween } from "./working-days";

/** A period length: calendar days, working days, or months (exactly one). */
export type PeriodLength = { readonly days: number } | { readonly workingDays: number } | { readonly months: number };

/** The computed end of a period, with what a finding needs to show how it was counted. */
export interface PeriodEnd {
  /** The Asia/Shanghai date of the triggering event. */
  readonly event: IsoDate;
  readonly unit: "days" | "workingDays" | "months";
  readonly length: number;
  /** The day the period starts: the day after the event (民法典 art. 201). */
  readonly firstDay: IsoDate;
  /** The last day before the rest-day extension (equal to `lastDay` for working-day periods). */
  readonly nominalLastDay: IsoDate;
  /** The last day of the period, inclusive: an act on this day is in time. */
  readonly lastDay: IsoDate;
  /** Whether art. 203 moved the last day off a rest day or holiday. */
  readonly extended: boolean;
  /** The articles applied, for findings. */
  readonly basis: readonly string[];
  /**
   * Provisional years (no published notice yet) whose days decided `lastDay`: for working days every day counted,
   * for days and months the days from `nominalLastDay` to `lastDay`. Empty when the result rests on published
   * notices only; otherwise a finding built on it must say it is provisional.
   */
  readonly provisionalYears: readonly number[];
}

const positiveInt = z.number().check(z.int(), z.gte(1), z.lte(100_000));
const PeriodLengthSchema = z.union([
  z.strictObject({ days: positiveInt }),
  z.strictObject({ workingDays: positiveInt }),
  z.strictObject({ months: positiveInt.check(z.lte(12_000)) }),
]);

/** Whether `length` is a plain object the schema accepts as it is: one key, a whole number in its range. */
function isPlainLength(length: unknown): length is PeriodLength {
  if (length === null || typeof length !== "object" || Object.getPrototypeOf(length) !== Object.prototype) return false;
  const keys = Object.keys(length);
  const key = keys[0];
  if (keys.length !== 1 || (key !== "days" && key !== "workingDays" && key !== "months")) return false;
  const n = (length as Record<string, unknown>)[key];
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= (key === "months" ? 12_000 : 100_000);
}

const ART_201 = "民法典 第二百零一条（开始的当日不计入，自下一日开始计算）";
const ART_202 = "民法典 第二百零二条（到期月的对应日为最后一日，无对应日的为月末日）";
const ART_203 = "民法典 第二百零三条（最后一日是法定休假日的，以法定休假日结束的次日为最后一日）";

function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The last day of a period that runs from an event, counted as the Civil Code counts it:
 * - `{ days: n }`: starts the day after the event (art. 201), so the nominal last day is event + n; if that is a
 *   rest day or holiday, the period ends on the next working day (art. 203).
 * - `{ months: n }`: the corresponding day n months on, or the month's last day if there is none (art. 202),
 *   then extended like days (art. 203).
 * - `{ workingDays: n }`: the n-th working day after the event (实施条例 art. 61 style periods); make-up
 *   workdays count, and the last day is a working day by construction, so never extended.
 *
 * `event` is a `YYYY-MM-DD` date or an ISO-8601 date-time (no offset = +08:00), reduced to its Shanghai date.
 *
 * @throws GgzyError `INVALID_DATE`, `INVALID_INPUT` (length not a positive integer, or not exactly one unit),
 *   `CALENDAR_YEAR_NOT_COVERED` (the last day falls in, or the count crosses, a year without an arrangement).
 * @example
 * ```ts
 * periodEnd("2024-09-24", { days: 10 }).lastDay;       // "2024-10-08" (10-04 falls in the National Day holiday)
 * periodEnd("2024-09-27T18:00:00", { workingDays: 3 }).lastDay; // "2024-10-08"
 * periodEnd("2024-01-31", { months: 1 }).lastDay;      // "2024-02-29"
 * periodEnd("2026-12-25", { workingDays: 5 }, createCalendar({ provisional: true })).provisionalYears; // [2027]
 * ```
 */
export function periodEnd(event: string, length: PeriodLength, calendar: Calendar = PRC_CALENDAR): PeriodEnd {
  const eventDate = toShanghaiDate(event);
  // The validators ask for several periods per record, always as plain `{ days: n }` objects: those skip the
  // schema, which for anything else gives the result or the error.
  const spec = isPlainLength(length) ? length : parseWith(PeriodLengthSchema, length, "PeriodLength");
  const firstDay = addCalendarDays(eventDate, 1);

  if ("workingDays" in spec) {
    const lastDay = addWorkingDays(eventDate, spec.workingDays, calendar);
    return {
      event: eventDate,
      unit: "workingDays",
      length: spec.workingDays,
      firstDay,
      nominalLastDay: lastDay,
      lastDay,
      extended: false,
      basis: [ART_201],
      provisionalYears: provisionalYearsBetween(firstDay, lastDay, calendar),
    };
  }

  const unit = "days" in spec ? "days" : "months";
  const n = "days" in spec ? spec.days : spec.months;
  const nominalLastDay = unit === "days" ? addCalendarDays(eventDate, n) : addMonthsClamped(eventDate, n);
  const extended = !isWorkingDay(nominalLastDay, calendar);
  const lastDay = extended ? addWorkingDays(nominalLastDay, 1, calendar) : nominalLastDay;
  const basis = unit === "days" ? [ART_201] : [ART_201, ART_202];
  return {
    event: eventDate,
    unit,
    length: n,
    firstDay,
    nominalLastDay,
    lastDay,
    extended,
    basis: extended ? [...basis, ART_203] : basis,
    provisionalYears: provisionalYearsBetween(nominalLastDay, lastDay, calendar),
  };
}
