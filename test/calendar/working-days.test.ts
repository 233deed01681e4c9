import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, addWorkingDays, isRestDay, isWorkingDay, workingDaysBetween } from "../../src/calendar/index";
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

// Reference implementations: one day at a time, using only isWorkingDay.
function slowAddWorkingDays(d: string, n: number): string {
  let day = d;
  let left = Math.abs(n);
  if (n > 0) {
    while (left > 0) {
      day = addCalendarDays(day, 1);
      if (isWorkingDay(day)) left--;
    }
    return day;
  }
  // Backwards: the working day r with exactly |n| working days in (r, d].
  while (left > 0) {
    if (isWorkingDay(day)) left--;
    day = addCalendarDays(day, -1);
  }
  while (!isWorkingDay(day)) day = addCalendarDays(day, -1);
  return n === 0 ? d : day;
}
function slowWorkingDaysBetween(a: string, b: string): number {
  if (b < a) return 0 - slowWorkingDaysBetween(b, a);
  let count = 0;
  for (let d = addCalendarDays(a, 1); d <= b; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

const props = { seed: 20241001, numRuns: 300 };

describe("addWorkingDays: the n-th working day after a date (the date itself never counts)", () => {
  it("skips holidays and counts make-up workdays", () => {
    expect(addWorkingDays("2024-09-30", 1)).toBe("2024-10-08");
    expect(addWorkingDays("2024-09-27", 1)).toBe("2024-09-29"); // Sunday make-up workday
    expect(addWorkingDays("2024-02-08", 2)).toBe("2024-02-18"); // 02-09 除夕 works, then 02-10…17 off, Sunday 02-18 works
    expect(addWorkingDays("2024-10-03", 1)).toBe("2024-10-08"); // from inside a holiday
    expect(addWorkingDays("2024-10-08", 0)).toBe("2024-10-08");
    expect(addWorkingDays("2024-10-05", 0)).toBe("2024-10-05"); // n = 0 gives the date back, rest day or not
  });
  it("counts backwards with a negative n", () => {
    expect(addWorkingDays("2024-10-08", -1)).toBe("2024-09-30");
    expect(addWorkingDays("2024-10-07", -1)).toBe("2024-09-29"); // (09-29, 10-07] holds one working day: 09-30
    expect(addWorkingDays("2024-02-19", -1)).toBe("2024-02-18");
  });
  it("crosses years", () => {
    expect(addWorkingDays("2018-12-28", 1)).toBe("2018-12-29"); // Saturday make-up workday from the 2019 notice
    expect(addWorkingDays("2018-12-29", 1)).toBe("2019-01-02");
    expect(workingDaysBetween("2004-01-01", "2026-12-31")).toBe(slowWorkingDaysBetween("2004-01-01", "2026-12-31"));
  });
  it("lands on a working day (property)", () => {
    fc.assert(
      fc.property(dayIn("2004-01-01", "2025-06-30"), fc.integer({ min: 1, max: 250 }), (d, n) => {
        expect(isWorkingDay(addWorkingDays(d, n))).toBe(true);
      }),
      props,
    );
  });
  it("is inverted by workingDaysBetween: workingDaysBetween(d, addWorkingDays(d, n)) === n (property)", () => {
    fc.assert(
      fc.property(dayIn("2019-01-01", "2025-12-31"), fc.integer({ min: -240, max: 240 }), (d, n) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
      }),
      props,
    );
  });
  it("returns the first such day: every day strictly between is fewer working days away (property)", () => {
    fc.assert(
      fc.property(dayIn("2004-01-01", "2025-06-30"), fc.integer({ min: 1, max: 60 }), (d, n) => {
        const r = addWorkingDays(d, n);
        expect(workingDaysBetween(d, addCalendarDays(r, -1))).toBe(n - 1);
      }),
      props,
    );
  });
  it("matches day-by-day counting (property)", () => {
    fc.assert(
      fc.property(dayIn("2019-01-01", "2025-12-31"), fc.integer({ min: -40, max: 40 }), (d, n) => {
        expect(addWorkingDays(d, n)).toBe(slowAddWorkingDays(d, n));
      }),
      props,
    );
  });
  it("round-trips from a working day: addWorkingDays(addWorkingDays(d, n), -n) === d (property)", () => {
    fc.assert(
      fc.property(dayIn("2019-01-01", "2025-12-31"), fc.integer({ min: -200, max: 200 }), (d0, n) => {
        const d = addWorkingDays(d0, 1); // a working day
        expect(addWorkingDays(addWorkingDays(d, n), -n)).toBe(d);
      }),
      props,
    );
  });
  it("refuses a count that runs out of the covered years, and a non-integer n", () => {
    expect(codeOf(() => addWorkingDays("2026-12-30", 5))).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(codeOf(() => addWorkingDays("2004-01-05", -5))).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(codeOf(() => addWorkingDays("2027-01-04", 0))).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(codeOf(() => addWorkingDays("2024-01-01", 1.5))).toBe("INVALID_INPUT");
    expect(codeOf(() => addWorkingDays("2024-02-30", 1))).toBe("INVALID_DATE");
  });
});

describe("workingDaysBetween: working days in (a, b]", () => {
  it("excludes a, includes b", () => {
    expect(workingDaysBetween("2024-10-08", "2024-10-08")).toBe(0);
    expect(workingDaysBetween("2024-10-07", "2024-10-08")).toBe(1);
    expect(workingDaysBetween("2024-10-08", "2024-10-09")).toBe(1);
    expect(workingDaysBetween("2024-09-30", "2024-10-07")).toBe(0);
    expect(workingDaysBetween("2024-02-02", "2024-02-05")).toBe(2);
  });
  it("is antisymmetric and additive (property)", () => {
    const d = dayIn("2004-01-01", "2026-12-31");
    fc.assert(
      fc.property(d, d, d, (a, b, c) => {
        expect(workingDaysBetween(b, a)).toBe(0 - workingDaysBetween(a, b));
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
      props,
    );
  });
  it("matches day-by-day counting (property)", () => {
    const d = dayIn("2004-01-01", "2026-12-31");
    fc.assert(
      fc.property(d, fc.integer({ min: -90, max: 90 }), (a, k) => {
        const b = addCalendarDays(a, k);
        fc.pre(b >= "2004-01-01" && b <= "2026-12-31");
        expect(workingDaysBetween(a, b)).toBe(slowWorkingDaysBetween(a, b));
      }),
      props,
    );
  });
  it("refuses an end outside the covered years", () => {
    expect(codeOf(() => workingDaysBetween("2026-12-01", "2027-01-10"))).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(codeOf(() => workingDaysBetween("2003-12-01", "2004-01-10"))).toBe("CALENDAR_YEAR_NOT_COVERED");
  });
});

describe("isWorkingDay / isRestDay", () => {
  it("are each other's negation (property)", () => {
    fc.assert(
      fc.property(dayIn("2004-01-01", "2026-12-31"), (d) => isWorkingDay(d) !== isRestDay(d)),
      props,
    );
  });
  it("treat an ordinary week as Monday–Friday", () => {
    const week = ["2024-03-10", "2024-03-11", "2024-03-12", "2024-03-13", "2024-03-14", "2024-03-15", "2024-03-16"];
    expect(week.map((d) => isWorkingDay(d))).toEqual([false, true, true, true, true, true, false]);
  });
  it("refuse an invalid date", () => {
    expect(codeOf(() => isWorkingDay("2024-02-30"))).toBe("INVALID_DATE");
    expect(codeOf(() => isRestDay("not a date"))).toBe("INVALID_DATE");
  });
});
