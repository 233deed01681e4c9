import * as z from "../model/zod";
import { GgzyError, parseWith } from "../model/error";
import { YearArrangementSchema } from "./arrangement";
import type { NoticeCitation, YearArrangement } from "./arrangement";
import { civilToEpochDay, fromEpochDay, parseIsoDate, weekdayOfEpochDay } from "./date";
import type { IsoDate } from "./date";
import { PRC_ARRANGEMENTS } from "./data/prc";
import { provisionalArrangement } from "./provisional";
import { STATUTORY_LAST_YEAR } from "./statutory";

/** What an override makes of a day. */
export type DayOverride = "work" | "rest";

/**
 * A working-day calendar: official arrangements per year plus user overrides. Plain, frozen data; build one with
 * {@link createCalendar} (the functions refuse look-alike objects, whose data nobody validated).
 */
export interface Calendar {
  readonly name: string;
  /** One arrangement per covered year, sorted by year. A year without an arrangement is not covered. */
  readonly arrangements: readonly YearArrangement[];
  /** Days whose status the user fixed, e.g. a local holiday: `{ "2024-03-15": "rest" }`. */
  readonly overrides: Readonly<Record<IsoDate, DayOverride>>;
}

/** Why a day is a working day or a rest day. */
export type DayReason = "workday" | "weekend" | "holiday" | "makeUpWorkday" | "override";

/** Status codes in the per-day table (one byte per day). */
const UNCOVERED = 0;
const WORK = 1;
const REST = 2;

/** Precomputed lookups of a calendar: O(1) status, O(1) counts, O(1) n-th working day. */
export interface CalendarIndex {
  readonly firstDay: number; // epoch day of 1 January of the first covered year
  readonly lastDay: number; // epoch day of 31 December of the last covered year
  readonly firstYear: number;
  readonly lastYear: number;
  readonly coveredYears: ReadonlySet<number>;
  /** Covered years whose arrangement is provisional (no published notice yet). */
  readonly provisionalYears: ReadonlySet<number>;
  readonly status: Uint8Array; // per day from firstDay: UNCOVERED / WORK / REST
  readonly reason: ReadonlyMap<number, { reason: DayReason; notice?: NoticeCitation }>; // non-ordinary days only
  /** workingBefore[i] = working days in [firstDay, firstDay + i) */
  readonly workingBefore: Int32Array;
  /** Epoch days of all working days, ascending. */
  readonly workingDays: Int32Array;
}

const indexes = new WeakMap<Calendar, CalendarIndex>();

function deepFreezeArrangement(a: YearArrangement): YearArrangement {
  const freezeNotice = (n: NoticeCitation): NoticeCitation => Object.freeze({ ...n });
  return Object.freeze({
    year: a.year,
    notice: freezeNotice(a.notice),
    ...(a.amendments === undefined ? {} : { amendments: Object.freeze(a.amendments.map(freezeNotice)) }),
    holidays: Object.freeze([...a.holidays].sort()),
    makeUpWorkdays: Object.freeze([...a.makeUpWorkdays].sort()),
    ...(a.provisional === true ? { provisional: true as const } : {}),
  });
}

/** "2018–2026" or "2018–2026, 2030": how messages name the covered years. */
export function describeCoveredYears(years: Iterable<number>): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.length === 0 ? "无 / none" : parts.join(", ");
}

/** The `CALENDAR_YEAR_NOT_COVERED` error: names the year and the years the calendar does cover. */
export function yearNotCovered(year: number, covered: Iterable<number>, calendarName: string): GgzyError {
  const coveredYears = [...covered].sort((a, b) => a - b);
  const range = describeCoveredYears(coveredYears);
  // A year after the last one covered usually has no published notice yet: say how to count on a provisional one.
  const future = year > (coveredYears[coveredYears.length - 1] ?? Infinity) && year <= STATUTORY_LAST_YEAR;
  return new GgzyError("CALENDAR_YEAR_NOT_COVERED", {
    zh:
      `工作日历“${calendarName}”未收录 ${year} 年的节假日安排（已收录：${range}）；请用 createCalendar({ years }) 补充该年` +
      (future ? "，或用 createCalendar({ provisional: true })（校验选项 provisionalCalendar: true）按法定节日暂定计算" : ""),
    en:
      `Working-day calendar "${calendarName}" has no holiday arrangement for ${year} (covered: ${range}); add it with createCalendar({ years })` +
      (future ? ", or count on a provisional calendar of statutory holidays with createCalendar({ provisional: true }) (validator option provisionalCalendar: true)" : ""),
    // provisional: whether a provisional calendar (statutory holidays, no notice) can count the year.
    details: { year, covered: coveredYears, calendar: calendarName, provisional: future },
  });
}

function invalidCalendar(zh: string, en: string, details: Record<string, unknown>): GgzyError {
  return new GgzyError("INVALID_INPUT", { zh: `工作日历无效：${zh}`, en: `Invalid calendar: ${en}`, details });
}

function buildIndex(calendar: Calendar): CalendarIndex {
  const years = calendar.arrangements.map((a) => a.year);
  const coveredYears = new Set(years);
  const provisionalYears = new Set(calendar.arrangements.filter((a) => a.provisional === true).map((a) => a.year));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const firstDay = civilToEpochDay(firstYear, 1, 1);
  const lastDay = civilToEpochDay(lastYear, 12, 31);
  const size = lastDay - firstDay + 1;
  const status = new Uint8Array(size);
  const reason = new Map<number, { reason: DayReason; notice?: NoticeCitation }>();

  for (let y = firstYear; y <= lastYear; y++) {
    if (!coveredYears.has(y)) continue;
    const from = civilToEpochDay(y, 1, 1);
    const to = civilToEpochDay(y, 12, 31);
    for (let d = from; d <= to; d++) {
      const wd = weekdayOfEpochDay(d);
      status[d - firstDay] = wd === 0 || wd === 6 ? REST : WORK;
    }
  }
  // Arrangement days may lie in a year the calendar does not cover (2017-12-30 in the 2018 notice): skipped.
  const inRange = (d: number): boolean => d >= firstDay && d <= lastDay && status[d - firstDay] !== UNCOVERED;
  for (const a of calendar.arrangements) {
    for (const h of a.holidays) {
      const { year, month, day } = parseIsoDate(h);
      const d = civilToEpochDay(year, month, day);
      if (!inRange(d)) continue;
      status[d - firstDay] = REST;
      reason.set(d, { reason: "holiday", notice: a.notice });
    }
    for (const w of a.makeUpWorkdays) {
      const { year, month, day } = parseIsoDate(w);
      const d = civilToEpochDay(year, month, day);
      if (!inRange(d)) continue;
      status[d - firstDay] = WORK;
      reason.set(d, { reason: "makeUpWorkday", notice: a.notice });
    }
  }
  for (const [date, kind] of Object.entries(calendar.overrides)) {
    const { year, month, day } = parseIsoDate(date);
    const d = civilToEpochDay(year, month, day);
    status[d - firstDay] = kind === "work" ? WORK : REST;
    reason.set(d, { reason: "override" });
  }

  const workingBefore = new Int32Array(size + 1);
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (status[i] === WORK) count++;
    workingBefore[i + 1] = count;
  }
  const workingDays = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < size; i++) if (status[i] === WORK) workingDays[k++] = firstDay + i;

  return { firstDay, lastDay, firstYear, lastYear, coveredYears, provisionalYears, status, reason, workingBefore, workingDays };
}

/**
 * The index of a calendar made by {@link createCalendar}.
 *
 * @throws GgzyError `INVALID_INPUT` for an object that did not come from `createCalendar`.
 */
export function calendarIndex(calendar: Calendar): CalendarIndex {
  const index = indexes.get(calendar);
  if (index === undefined) {
    throw invalidCalendar(
      "须由 createCalendar() 创建（可用 createCalendar({ base: null, years, overrides }) 从 JSON 重建）",
      "it must come from createCalendar() (rebuild one from JSON with createCalendar({ base: null, years, overrides }))",
      {},
    );
  }
  return index;
}

/** Options of {@link createCalendar}. */
export interface CreateCalendarOptions {
  /** The calendar to start from: the built-in PRC calendar by default; `null` starts empty. */
  readonly base?: Calendar | null;
  /** A name for messages; defaults to the base's name (with "+" when something was added). */
  readonly name?: string;
  /** Year arrangements to add; one for a year the base covers replaces the base's arrangement of that year. */
  readonly years?: readonly YearArrangement[];
  /** Days to force to working or rest days (a local holiday, a day off by order); later ones win over the base's. */
  readonly overrides?: Readonly<Record<IsoDate, DayOverride>>;
  /**
   * Also cover the years after the last published one, through 2100, with provisional arrangements (statutory
   * holidays of 全国年节及纪念日放假办法 only, no make-up workdays; see `provisionalArrangement`). Counts through them
   * are marked provisional. Off by default: an unpublished year is then an error, never a silent guess.
   */
  readonly provisional?: boolean;
}

const CreateCalendarOptionsSchema = z.strictObject({
    base: z.optional(z.unknown()),
    name: z.optional(z.string().check(z.minLength(1))),
    years: z.optional(z.array(YearArrangementSchema)),
    overrides: z.optional(z.record(z.string(), z.enum(["work", "rest"]))),
    provisional: z.optional(z.boolean()),
  });

/**
 * Builds a calendar: the built-in PRC calendar (or `base`) plus added years and day overrides. Pure: the base is
 * not changed, and the result is frozen. Everything is validated up front, so a calendar that exists is usable.
 *
 * @throws GgzyError `INVALID_INPUT` (bad shape, a date both holiday and make-up workday, a make-up workday on a
 *   weekday, a year given twice), `INVALID_DATE` (a date that does not exist), `CALENDAR_YEAR_NOT_COVERED` (an
 *   override in a year the calendar does not cover: add the year's arrangement first).
 * @example
 * ```ts
 * // A city's own day off, on top of the national calendar:
 * const local = createCalendar({ name: "PRC+聊城", overrides: { "2024-03-15": "rest" } });
 * isWorkingDay("2024-03-15", local); // false
 * isWorkingDay("2024-03-15");        // true (national calendar)
 * // Years not yet published, counted on statutory holidays alone (marked provisional):
 * const ahead = createCalendar({ provisional: true });
 * isWorkingDay("2027-02-05", ahead);  // false (除夕, 2024 revision)
 * periodEnd("2027-02-01", { workingDays: 5 }, ahead).provisionalYears; // [2027]
 * ```
 */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  const opts = parseWith(CreateCalendarOptionsSchema, options, "CreateCalendarOptions");
  const base: Calendar | null = opts.base === undefined ? PRC_CALENDAR : (opts.base as Calendar | null);
  if (base !== null && !indexes.has(base)) calendarIndex(base); // throws the explanatory error

  const added = (opts.years ?? []) as readonly YearArrangement[];
  const seen = new Set<number>();
  for (const a of added) {
    if (seen.has(a.year)) throw invalidCalendar(`${a.year} 年重复给出`, `year ${a.year} is given twice`, { year: a.year });
    seen.add(a.year);
  }
  const byYear = new Map<number, YearArrangement>();
  for (const a of base?.arrangements ?? []) byYear.set(a.year, a);
  for (const a of added) byYear.set(a.year, deepFreezeArrangement(a));
  if (opts.provisional === true) {
    const published = [...byYear.values()].filter((a) => a.provisional !== true).map((a) => a.year);
    for (let y = Math.max(...published) + 1; published.length > 0 && y <= STATUTORY_LAST_YEAR; y++) {
      if (!byYear.has(y)) byYear.set(y, deepFreezeArrangement(provisionalArrangement(y)));
    }
  }
  const arrangements = [...byYear.values()].sort((a, b) => a.year - b.year);
  if (arrangements.length === 0) {
    throw invalidCalendar("至少需要一年的节假日安排", "at least one year's arrangement is needed", {});
  }

  // Validate every date of the added years: real dates, in the notice's year or the December before it,
  // make-up workdays on weekends, and no day both off and on.
  const holidayOf = new Map<IsoDate, number>();
  const makeUpOf = new Map<IsoDate, number>();
  for (const a of arrangements) {
    for (const h of a.holidays) holidayOf.set(h, a.year);
    for (const w of a.makeUpWorkdays) makeUpOf.set(w, a.year);
  }
  for (const a of added) {
    for (const n of [a.notice, ...(a.amendments ?? [])]) if (n.issued !== undefined) parseIsoDate(n.issued);
    for (const [list, dates] of [["holidays", a.holidays], ["makeUpWorkdays", a.makeUpWorkdays]] as const) {
      for (const date of dates) {
        const { year, month, day } = parseIsoDate(date);
        if (year !== a.year && !(year === a.year - 1 && month === 12)) {
          throw invalidCalendar(
            `${a.year} 年安排中的 ${date} 不在该年（或上一年 12 月）内`,
            `${date} in the ${a.year} arrangement is outside that year (or the December before)`,
            { year: a.year, list, date },
          );
        }
        if (list === "makeUpWorkdays") {
          const wd = weekdayOfEpochDay(civilToEpochDay(year, month, day));
          if (wd !== 0 && wd !== 6) {
            throw invalidCalendar(
              `调休上班日 ${date} 不是周末`,
              `make-up workday ${date} is not a Saturday or Sunday`,
              { year: a.year, date },
            );
          }
        }
      }
    }
  }
  for (const [date, year] of makeUpOf) {
    const hYear = holidayOf.get(date);
    if (hYear !== undefined) {
      throw invalidCalendar(
        `${date} 同时是放假日（${hYear} 年安排）和调休上班日（${year} 年安排）`,
        `${date} is both a holiday (${hYear} arrangement) and a make-up workday (${year} arrangement)`,
        { date, holidayYear: hYear, makeUpYear: year },
      );
    }
  }

  const covered = new Set(arrangements.map((a) => a.year));
  const overrides: Record<IsoDate, DayOverride> = {};
  const mergedOverrides = { ...(base?.overrides ?? {}), ...(opts.overrides ?? {}) };
  for (const date of Object.keys(mergedOverrides).sort()) {
    const { year } = parseIsoDate(date);
    const name = opts.name ?? base?.name ?? "custom";
    if (!covered.has(year)) throw yearNotCovered(year, covered, name);
    const kind = mergedOverrides[date];
    if (kind !== undefined) overrides[date] = kind;
  }

  const changed = added.length > 0 || Object.keys(opts.overrides ?? {}).length > 0 || opts.provisional === true;
  const name = opts.name ?? (base === null ? "custom" : changed ? `${base.name}+` : base.name);
  const calendar: Calendar = Object.freeze({
    name,
    arrangements: Object.freeze(arrangements),
    overrides: Object.freeze(overrides),
  });
  indexes.set(calendar, buildIndex(calendar));
  return calendar;
}

function makePrcCalendar(): Calendar {
  const calendar: Calendar = Object.freeze({
    name: "PRC",
    arrangements: Object.freeze(PRC_ARRANGEMENTS.map(deepFreezeArrangement)),
    overrides: Object.freeze({}),
  });
  indexes.set(calendar, buildIndex(calendar));
  return calendar;
}

/**
 * The built-in national calendar: State Council holiday arrangements 2004–2026 (see `data/prc.ts` for the notices).
 *
 * @example
 * ```ts
 * PRC_CALENDAR.arrangements.map((a) => a.year); // [2004, 2005, …, 2026]
 * ```
 */
export const PRC_CALENDAR: Calendar = /* @__PURE__ */ makePrcCalendar();

/** Epoch day → status lookup that throws for an uncovered year. */
export function statusOf(index: CalendarIndex, epochDay: number, calendarName: string): typeof WORK | typeof REST {
  const s = epochDay < index.firstDay || epochDay > index.lastDay ? UNCOVERED : index.status[epochDay - index.firstDay];
  if (s === WORK || s === REST) return s;
  const { year } = parseIsoDate(fromEpochDay(epochDay));
  throw yearNotCovered(year, index.coveredYears, calendarName);
}

export { WORK, REST };
