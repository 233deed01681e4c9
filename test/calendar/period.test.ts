import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, createCalendar, isRestDay, isWorkingDay, periodEnd, workingDaysBetween } from "../../src/calendar/index";
import { fromEpochDay, toEpochDay } from "../../src/calendar/date";
import { GgzyError } from "../../src/model/error";

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof GgzyError ? e.code : `not a GgzyError: ${String(e)}`;
  }
  return undefined;
}

const dayIn = (from: string, to: string): fc.Arbitrary<string> =>
  fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);
const props = { seed: 203, numRuns: 300 };

describe("periodEnd in calendar days (民法典 arts. 201, 203)", () => {
  it("starts the day after the event and ends on event + n when that is a working day", () => {
    const p = periodEnd("2024-03-01", { days: 10 });
    expect(p).toMatchObject({ event: "2024-03-01", firstDay: "2024-03-02", nominalLastDay: "2024-03-11", lastDay: "2024-03-11" });
    expect(p.extended).toBe(false);
    expect(p.basis).toHaveLength(1);
  });
  it("moves a last day that falls on a holiday to the first working day after it", () => {
    const p = periodEnd("2024-09-24", { days: 10 });
    expect(p.nominalLastDay).toBe("2024-10-04");
    expect(p.lastDay).toBe("2024-10-08");
    expect(p.extended).toBe(true);
    expect(p.basis.some((b) => b.includes("第二百零三条"))).toBe(true);
  });
  it("moves a last day on an ordinary weekend to Monday, but not one on a make-up workday", () => {
    expect(periodEnd("2024-03-06", { days: 3 }).lastDay).toBe("2024-03-11"); // Saturday 03-09 → Monday
    expect(periodEnd("2024-02-01", { days: 3 }).lastDay).toBe("2024-02-04"); // Sunday, but a make-up workday
  });
  it("takes the event's Shanghai date from a date-time", () => {
    // 16:30 UTC on 09-23 is 00:30 on 09-24 in Shanghai.
    expect(periodEnd("2024-09-23T16:30:00Z", { days: 10 }).event).toBe("2024-09-24");
    expect(periodEnd("2024-09-23T16:30:00Z", { days: 10 }).lastDay).toBe("2024-10-08");
  });
  it("ends on a working day, never before event + n, with only rest days skipped (property)", () => {
    fc.assert(
      fc.property(dayIn("2004-01-01", "2026-10-31"), fc.integer({ min: 1, max: 60 }), (event, n) => {
        const p = periodEnd(event, { days: n });
        expect(p.nominalLastDay).toBe(addCalendarDays(event, n));
        expect(isWorkingDay(p.lastDay)).toBe(true);
        expect(p.lastDay >= p.nominalLastDay).toBe(true);
        for (let d = p.nominalLastDay; d < p.lastDay; d = addCalendarDays(d, 1)) expect(isRestDay(d)).toBe(true);
        expect(p.extended).toBe(p.lastDay !== p.nominalLastDay);
      }),
      props,
    );
  });
  it("uses the calendar it is given", () => {
    const local = createCalendar({ overrides: { "2024-03-11": "rest" } });
    expect(periodEnd("2024-03-01", { days: 10 }, local).lastDay).toBe("2024-03-12");
  });
});

describe("periodEnd in working days (实施条例 art. 61)", () => {
  it("counts working days only, make-up workdays included", () => {
    // Complaint accepted Friday 2024-09-27: decide within 3 working days → 09-29 (Sun, make-up), 09-30, 10-08.
    const p = periodEnd("2024-09-27", { workingDays: 3 });
    expect(p).toMatchObject({ unit: "workingDays", length: 3, lastDay: "2024-10-08", nominalLastDay: "2024-10-08" });
    expect(p.extended).toBe(false);
  });
  it("has exactly n working days in (event, lastDay] (property)", () => {
    fc.assert(
      fc.property(dayIn("2004-01-01", "2026-06-30"), fc.integer({ min: 1, max: 30 }), (event, n) => {
        const p = periodEnd(event, { workingDays: n });
        expect(workingDaysBetween(event, p.lastDay)).toBe(n);
        expect(isWorkingDay(p.lastDay)).toBe(true);
      }),
      props,
    );
  });
});

describe("periodEnd in months (民法典 art. 202)", () => {
  it("ends on the corresponding day, or the month's last day", () => {
    expect(periodEnd("2024-01-15", { months: 1 }).nominalLastDay).toBe("2024-02-15");
    expect(periodEnd("2024-01-31", { months: 1 }).lastDay).toBe("2024-02-29");
    expect(periodEnd("2023-01-31", { months: 1 }).nominalLastDay).toBe("2023-02-28");
    expect(periodEnd("2023-11-30", { months: 3 }).nominalLastDay).toBe("2024-02-29");
    // 2024-09-01 + 1 month = 10-01, National Day → 10-08.
    const p = periodEnd("2024-09-01", { months: 1 });
    expect([p.nominalLastDay, p.lastDay, p.extended]).toEqual(["2024-10-01", "2024-10-08", true]);
  });
});

describe("periodEnd refuses bad input", () => {
  it.each([
    [{ days: 0 }],
    [{ days: -3 }],
    [{ days: 1.5 }],
    [{ days: 3, workingDays: 3 }],
    [{}],
    [{ weeks: 2 }],
  ])("length %j → INVALID_INPUT", (length) => {
    expect(codeOf(() => periodEnd("2024-03-01", length as never))).toBe("INVALID_INPUT");
  });
  it("an invalid event → INVALID_DATE; a last day outside the table → CALENDAR_YEAR_NOT_COVERED", () => {
    expect(codeOf(() => periodEnd("2024-02-30", { days: 3 }))).toBe("INVALID_DATE");
    expect(codeOf(() => periodEnd("2026-12-20", { days: 30 }))).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(codeOf(() => periodEnd("2026-12-20", { workingDays: 30 }))).toBe("CALENDAR_YEAR_NOT_COVERED");
  });
});
