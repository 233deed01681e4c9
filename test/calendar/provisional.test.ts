/// <reference path="../../node_modules/date-chinese/types/index.d.ts" />
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { CalendarChinese } from "date-chinese";
import { describe, expect, it } from "vitest";
import {
  PRC_ARRANGEMENTS,
  PRC_CALENDAR,
  addCalendarDays,
  addWorkingDays,
  createCalendar,
  describeDay,
  holidayLawFor,
  isRestDay,
  isWorkingDay,
  periodEnd,
  provisionalArrangement,
  provisionalYearsBetween,
  statutoryHolidays,
  workingDaysBetween,
} from "../../src/calendar/index";
import type { Calendar } from "../../src/calendar/index";
import { FESTIVALS_FIRST_YEAR, FESTIVAL_DATES } from "../../src/calendar/data/festivals";
import { GgzyError } from "../../src/model/error";

function errorOf(f: () => unknown): GgzyError {
  try {
    f();
  } catch (e) {
    if (e instanceof GgzyError) return e;
    throw e;
  }
  throw new Error("expected a GgzyError, nothing was thrown");
}

const weekday = (d: string): number => new Date(`${d}T00:00:00Z`).getUTCDay();
const isWeekend = (d: string): boolean => weekday(d) === 0 || weekday(d) === 6;
function* everyDay(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) yield d;
}

// Gregorian year y's Chinese year starts in y; 1984 was year 1 of cycle 78 (date-chinese counts in cycles).
function dateChineseRow(y: number): string {
  const n = y - 1984;
  const cycle = 78 + Math.floor(n / 60);
  const year = (((n % 60) + 60) % 60) + 1;
  const iso = (g: { year: number; month: number; day: number }): string =>
    `${g.year}-${String(g.month).padStart(2, "0")}-${String(g.day).padStart(2, "0")}`;
  const lunarDay = (month: number, day: number): string => iso(new CalendarChinese(cycle, year, month, 0, day).toGregorian(y));
  const cal = new CalendarChinese();
  cal.fromJDE(cal.qingming(y));
  return [lunarDay(1, 1), iso(cal.toGregorian(y)), lunarDay(5, 5), lunarDay(8, 15)].join(" ");
}

describe("the festival table (generated with lunar-javascript) agrees with two other implementations", () => {
  const ours = (i: number): string => (FESTIVAL_DATES[i] ?? "").split(" ").map((md) => `${FESTIVALS_FIRST_YEAR + i}-${md}`).join(" ");

  it("covers 2004–2100 and is exactly what tools/gen-festivals.mjs generates (never edited by hand)", () => {
    expect(FESTIVALS_FIRST_YEAR).toBe(2004);
    expect(FESTIVAL_DATES.length).toBe(2100 - 2004 + 1);
    const run = spawnSync(process.execPath, [fileURLToPath(new URL("../../tools/gen-festivals.mjs", import.meta.url)), "--check"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect([run.status, run.stdout.trim()]).toEqual([0, "festivals.ts is up to date"]);
  });
  it("date-chinese (astronomical): every year 2004–2100 but 2033, the known leap-month case", () => {
    // GB/T 33661-2017 puts 2033's leap month after the 11th month; date-chinese puts it after the 7th, so its 中秋
    // is a month late. lunar-javascript and chinese-days follow the standard.
    const disagreements: string[] = [];
    FESTIVAL_DATES.forEach((_, i) => {
      const theirs = dateChineseRow(FESTIVALS_FIRST_YEAR + i);
      if (ours(i) !== theirs) disagreements.push(`ours ${ours(i)} | date-chinese ${theirs}`);
    });
    expect(disagreements).toEqual(["ours 2033-01-31 2033-04-04 2033-06-01 2033-09-08 | date-chinese 2033-01-31 2033-04-04 2033-06-01 2033-10-07"]);
  });
  it("chinese-days (lunar table): 春节, 端午 and 中秋 of every year 2004–2100", () => {
    // chinese-days converts through local-time Dates: under TZ=America/Los_Angeles its getSolarDateFromLunar gives
    // the day before (2027-02-05 for 正月初一). So it is asked in a child process pinned to Asia/Shanghai.
    const script = `const { getSolarDateFromLunar: s } = require("chinese-days");
      const rows = [];
      for (let y = 2004; y <= 2100; y++) rows.push([s(y + "-01-01").date, s(y + "-05-05").date, s(y + "-08-15").date].join(" "));
      process.stdout.write(JSON.stringify(rows));`;
    const run = spawnSync(process.execPath, ["-e", script], { env: { ...process.env, TZ: "Asia/Shanghai" }, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    const theirs = JSON.parse(run.stdout) as string[];
    const disagreements: string[] = [];
    FESTIVAL_DATES.forEach((_, i) => {
      const [sf, , db, ma] = ours(i).split(" ");
      if (theirs[i] !== [sf, db, ma].join(" ")) disagreements.push(`${FESTIVALS_FIRST_YEAR + i}: ${theirs[i] ?? "missing"}`);
    });
    expect(theirs).toHaveLength(FESTIVAL_DATES.length);
    expect(disagreements).toEqual([]);
  });
});

describe("statutoryHolidays: article 2 of 全国年节及纪念日放假办法 in the version in force", () => {
  it("picks the version by year: 1999 text to 2007, 2007 revision 2008–2013, 2013 revision 2014–2024, 2024 revision from 2025", () => {
    expect(holidayLawFor(2007).decree).toBe("国务院令第270号");
    expect(holidayLawFor(2008).decree).toBe("国务院令第513号");
    expect(holidayLawFor(2013).decree).toBe("国务院令第513号");
    expect(holidayLawFor(2014).decree).toBe("国务院令第644号");
    expect(holidayLawFor(2024).decree).toBe("国务院令第644号");
    expect(holidayLawFor(2025).decree).toBe("国务院令第795号");
    expect(holidayLawFor(2027).decree).toBe("国务院令第795号");
  });
  it("counts 10 days under the 1999 text, 11 under the 2007 and 2013 revisions, 13 under the 2024 revision", () => {
    expect(statutoryHolidays(2006).holidays).toHaveLength(10);
    expect(statutoryHolidays(2010).holidays).toHaveLength(11);
    expect(statutoryHolidays(2019).holidays).toHaveLength(11);
    expect(statutoryHolidays(2027).holidays).toHaveLength(13);
  });
  it("2020: 中秋 fell on 10月1日, so the day is listed once", () => {
    const days = statutoryHolidays(2020).holidays;
    expect(days.filter((h) => h.date === "2020-10-01")).toHaveLength(1);
    expect(days).toHaveLength(10);
  });
  it("places 除夕 by the version: in 2008–2013 and from 2025, not in 2004–2007 or 2014–2024", () => {
    const spring = (y: number): string[] => statutoryHolidays(y).holidays.filter((h) => h.festival === "springFestival").map((h) => h.date);
    expect(spring(2008)).toEqual(["2008-02-06", "2008-02-07", "2008-02-08"]); // 除夕 02-06, 初一 02-07
    expect(spring(2014)).toEqual(["2014-01-31", "2014-02-01", "2014-02-02"]); // 初一 01-31
    expect(spring(2024)).toEqual(["2024-02-10", "2024-02-11", "2024-02-12"]); // 除夕 02-09 was a working day
    expect(spring(2025)).toEqual(["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]);
    expect(spring(2027)).toEqual(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]);
  });
  it("every statutory holiday of 2004–2026 is a rest day in the published arrangement of its year", () => {
    // The strongest check of both the computed festival dates and the transcribed notices: a notice may add days
    // off and make-up workdays, but never makes a statutory holiday a working day.
    const wrong: string[] = [];
    for (let y = 2004; y <= 2026; y++) {
      for (const h of statutoryHolidays(y).holidays) if (isWorkingDay(h.date)) wrong.push(`${h.date} ${h.name.zh}`);
    }
    expect(wrong).toEqual([]);
  });
  it("2025 and 2026: the provisional computation falls on the actual holiday days, each named by the notice", () => {
    for (const year of [2025, 2026]) {
      const published = PRC_ARRANGEMENTS.find((a) => a.year === year);
      const named = new Set(published?.holidays);
      for (const h of statutoryHolidays(year).holidays) {
        expect(isRestDay(h.date)).toBe(true);
        // Every statutory day is named 放假 by the notice itself, weekend or not — except a weekend day the
        // notice joins with "与周末连休", which 2025 and 2026 do not have.
        expect([h.date, named.has(h.date)]).toEqual([h.date, true]);
      }
    }
  });
  it("refuses a year outside the table", () => {
    expect(errorOf(() => statutoryHolidays(2003)).code).toBe("INVALID_INPUT");
    expect(errorOf(() => statutoryHolidays(2101)).code).toBe("INVALID_INPUT");
    expect(errorOf(() => statutoryHolidays(2027.5)).code).toBe("INVALID_INPUT");
  });
});

describe("the provisional calendar: statutory holidays, weekends, no make-up days — on request only", () => {
  const ahead = createCalendar({ provisional: true });

  it("without the option, 2027 is a clear error that says how to ask for a provisional count", () => {
    const err = errorOf(() => isWorkingDay("2027-03-01"));
    expect(err.code).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(err.zh).toContain("provisional: true");
    expect(err.en).toContain("provisionalCalendar: true");
    expect(errorOf(() => periodEnd("2026-12-25", { workingDays: 5 })).code).toBe("CALENDAR_YEAR_NOT_COVERED");
  });
  it("with it, 2027–2100 are covered provisionally and 2004–2026 stay as published", () => {
    const years = ahead.arrangements.map((a) => a.year);
    expect(years[0]).toBe(2004);
    expect(years[years.length - 1]).toBe(2100);
    expect(ahead.arrangements.filter((a) => a.provisional).map((a) => a.year)[0]).toBe(2027);
    expect(ahead.arrangements.filter((a) => a.year <= 2026)).toEqual(PRC_CALENDAR.arrangements);
    expect(ahead.name).toBe("PRC+");
  });
  it("2027: 除夕 to 初三 (02-05…08), 清明 04-05, 05-01/02, 端午 06-09, 中秋 09-15, 10-01…03 off; nothing else changes", () => {
    const arrangement = provisionalArrangement(2027);
    expect(arrangement.makeUpWorkdays).toEqual([]);
    for (const d of arrangement.holidays) expect(isRestDay(d, ahead)).toBe(true);
    for (const d of everyDay("2027-01-01", "2027-12-31")) {
      const expected = arrangement.holidays.includes(d) || isWeekend(d);
      if (isRestDay(d, ahead) !== expected) expect.unreachable(d);
    }
    expect(isWorkingDay("2027-10-04", ahead)).toBe(true); // no golden week is guessed
    expect(isWorkingDay("2027-02-09", ahead)).toBe(true);
  });
  it("describes a provisional day with the holiday rules as its basis", () => {
    const d = describeDay("2027-02-05", ahead);
    expect(d).toMatchObject({ working: false, reason: "holiday", provisional: true });
    expect(d.notice?.number).toBe("国务院令第795号");
    expect(d.notice?.note).toContain("暂定");
    expect(describeDay("2027-03-01", ahead).provisional).toBe(true); // an ordinary Monday is a forecast too
    expect(describeDay("2026-03-02", ahead).provisional).toBeUndefined();
  });
  it("marks results that depend on a provisional day, and only those", () => {
    expect(periodEnd("2026-12-25", { workingDays: 5 }, ahead).provisionalYears).toEqual([2027]);
    expect(periodEnd("2026-12-01", { workingDays: 5 }, ahead).provisionalYears).toEqual([]);
    // A calendar-day period depends on the calendar only at its end.
    expect(periodEnd("2026-12-20", { days: 15 }, ahead).provisionalYears).toEqual([2027]);
    expect(periodEnd("2026-12-01", { days: 15 }, ahead).provisionalYears).toEqual([]);
    expect(provisionalYearsBetween("2026-06-01", "2029-01-01", ahead)).toEqual([2027, 2028, 2029]);
    expect(provisionalYearsBetween("2029-01-01", "2026-06-01", ahead)).toEqual([2027, 2028, 2029]);
  });
  it("a published year added later replaces the provisional one; provisional years after it remain", () => {
    const real2027 = { ...provisionalArrangement(2027), notice: { title: "国务院办公厅关于2027年部分节假日安排的通知" } };
    delete (real2027 as { provisional?: true }).provisional;
    const cal = createCalendar({ base: ahead, years: [{ ...real2027, makeUpWorkdays: ["2027-02-20"] }] });
    expect(isWorkingDay("2027-02-20", cal)).toBe(true);
    expect(describeDay("2027-02-20", cal).provisional).toBeUndefined();
    expect(describeDay("2028-02-21", cal).provisional).toBe(true);
    // And with the option on a calendar that now covers 2027, provisional years start at 2028.
    const again = createCalendar({ years: [real2027], provisional: true });
    expect(again.arrangements.find((a) => a.provisional)?.year).toBe(2028);
  });
  it("round-trips through JSON like any calendar", () => {
    const json = JSON.parse(JSON.stringify(ahead)) as Calendar;
    const rebuilt = createCalendar({ base: null, name: json.name, years: json.arrangements, overrides: json.overrides });
    expect(rebuilt).toEqual(ahead);
    expect(describeDay("2027-02-05", rebuilt).provisional).toBe(true);
  });
});

describe("period arithmetic across 2004–2100 (properties)", () => {
  const ahead = createCalendar({ provisional: true });
  const first = Date.UTC(2004, 0, 1) / 86_400_000;
  const last = Date.UTC(2098, 0, 1) / 86_400_000; // leaves room for 400 working days before 2100 ends
  const day = fc.integer({ min: first, max: last }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const props = { numRuns: 300, seed: 20261206 };

  it("workingDaysBetween(d, addWorkingDays(d, n)) === n, and the result is a working day", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const end = addWorkingDays(d, n, ahead);
        expect(workingDaysBetween(d, end, ahead)).toBe(n);
        expect(isWorkingDay(end, ahead)).toBe(true);
      }),
      props,
    );
  });
  it("a working-day period is provisional exactly when it reaches 2027", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const end = periodEnd(d, { workingDays: n }, ahead);
        expect(end.provisionalYears.length > 0).toBe(end.lastDay >= "2027-01-01");
      }),
      props,
    );
  });
  it("a calendar-day period ends on a working day, on or after its nominal end, and only rest days lie between", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 90 }), (d, n) => {
        const end = periodEnd(d, { days: n }, ahead);
        expect(end.lastDay >= end.nominalLastDay).toBe(true);
        expect(isWorkingDay(end.lastDay, ahead)).toBe(true);
        for (let x = end.nominalLastDay; x < end.lastDay; x = addCalendarDays(x, 1)) expect(isRestDay(x, ahead)).toBe(true);
      }),
      props,
    );
  });
  it("the provisional calendar never has more working days than weekdays, nor a working weekend", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2100 }), (y) => {
        const a = provisionalArrangement(y);
        expect(a.makeUpWorkdays).toEqual([]);
        // 2024 revision: 13 days, fewer only when two festivals share a day.
        expect(a.holidays.length).toBeGreaterThanOrEqual(12);
        expect(a.holidays.length).toBeLessThanOrEqual(13);
        for (const d of a.holidays) expect(d.slice(0, 4)).toBe(String(y));
      }),
      { numRuns: 74, seed: 7 },
    );
  });
});
