import { describe, expect, it } from "vitest";
import {
  PRC_CALENDAR,
  addWorkingDays,
  createCalendar,
  describeDay,
  isWorkingDay,
  workingDaysBetween,
} from "../../src/calendar/index";
import type { Calendar, YearArrangement } from "../../src/calendar/index";
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

// A made-up 2027 arrangement for tests only (not an official notice).
const year2027: YearArrangement = {
  year: 2027,
  notice: { number: "TEST〔2026〕1号", title: "测试用 2027 年安排" },
  holidays: ["2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"],
  makeUpWorkdays: ["2027-01-09"],
};

describe("createCalendar: the PRC calendar plus years and overrides", () => {
  it("overrides a single day to rest (a local holiday) without touching the national calendar", () => {
    const local = createCalendar({ name: "PRC+聊城", overrides: { "2024-03-15": "rest" } });
    expect(isWorkingDay("2024-03-15", local)).toBe(false);
    expect(describeDay("2024-03-15", local).reason).toBe("override");
    expect(isWorkingDay("2024-03-15")).toBe(true);
    expect(isWorkingDay("2024-03-15", PRC_CALENDAR)).toBe(true);
    expect(addWorkingDays("2024-03-14", 1, local)).toBe("2024-03-18");
    expect(workingDaysBetween("2024-03-14", "2024-03-18", local)).toBe(1);
    expect(workingDaysBetween("2024-03-14", "2024-03-18")).toBe(2);
  });
  it("overrides a holiday to work, and later overrides win over the base's", () => {
    const a = createCalendar({ overrides: { "2024-10-07": "work", "2024-03-15": "rest" } });
    expect(isWorkingDay("2024-10-07", a)).toBe(true);
    const b = createCalendar({ base: a, overrides: { "2024-03-15": "work" } });
    expect(isWorkingDay("2024-03-15", b)).toBe(true);
    expect(isWorkingDay("2024-10-07", b)).toBe(true); // inherited
    expect(isWorkingDay("2024-03-15", a)).toBe(false); // a unchanged
  });
  it("adds a year, extending coverage", () => {
    expect(errorOf(() => isWorkingDay("2027-01-04")).code).toBe("CALENDAR_YEAR_NOT_COVERED");
    const cal = createCalendar({ years: [year2027] });
    expect(isWorkingDay("2026-12-31", cal)).toBe(false); // bridged by the 2027 arrangement
    expect(isWorkingDay("2026-12-31")).toBe(true);
    expect(isWorkingDay("2027-01-09", cal)).toBe(true); // Saturday make-up workday
    expect(addWorkingDays("2026-12-30", 1, cal)).toBe("2027-01-04");
    expect(errorOf(() => isWorkingDay("2028-01-03", cal)).details["covered"]).toEqual([
      ...Array.from({ length: 2027 - 2004 + 1 }, (_, i) => 2004 + i),
    ]);
  });
  it("replaces a year the base covers", () => {
    const cal = createCalendar({ years: [{ ...year2027, year: 2024, holidays: ["2024-03-15"], makeUpWorkdays: [] }] });
    expect(isWorkingDay("2024-03-15", cal)).toBe(false);
    expect(isWorkingDay("2024-10-07", cal)).toBe(true); // the 2024 notice is no longer in this calendar
  });
  it("refuses to count across a year it does not cover", () => {
    const gap = createCalendar({ years: [{ ...year2027, year: 2030, holidays: [], makeUpWorkdays: [] }] });
    expect(isWorkingDay("2030-01-02", gap)).toBe(true);
    const err = errorOf(() => workingDaysBetween("2026-06-01", "2030-01-02", gap));
    expect(err.code).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(err.details["year"]).toBe(2027);
    expect(err.zh).toContain("2004–2026, 2030");
    expect(errorOf(() => addWorkingDays("2026-12-30", 10, gap)).code).toBe("CALENDAR_YEAR_NOT_COVERED");
  });
  it("is pure and immutable: the result is frozen and the options are not kept by reference", () => {
    const overrides: Record<string, "work" | "rest"> = { "2024-03-15": "rest" };
    const cal = createCalendar({ overrides });
    overrides["2024-03-15"] = "work";
    expect(isWorkingDay("2024-03-15", cal)).toBe(false);
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.isFrozen(cal.overrides)).toBe(true);
    expect(() => {
      (cal.overrides as Record<string, string>)["2024-03-18"] = "rest";
    }).toThrow(TypeError);
  });
  it("rebuilds from its JSON with base: null", () => {
    const cal = createCalendar({ overrides: { "2024-03-15": "rest" } });
    const json = JSON.parse(JSON.stringify(cal)) as Calendar;
    const again = createCalendar({ base: null, name: json.name, years: json.arrangements, overrides: json.overrides });
    expect(again).toEqual(cal);
    expect(isWorkingDay("2024-03-15", again)).toBe(false);
  });
  it("refuses bad input before building anything", () => {
    expect(errorOf(() => createCalendar({ overrides: { "2024-02-30": "rest" } })).code).toBe("INVALID_DATE");
    expect(errorOf(() => createCalendar({ overrides: { "2024-03-15": "off" as "rest" } })).code).toBe("INVALID_INPUT");
    expect(errorOf(() => createCalendar({ overrides: { "2030-03-15": "rest" } })).code).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(errorOf(() => createCalendar({ years: [year2027, year2027] })).code).toBe("INVALID_INPUT");
    expect(errorOf(() => createCalendar({ years: [{ ...year2027, makeUpWorkdays: ["2027-01-08"] }] })).code).toBe(
      "INVALID_INPUT",
    ); // a Friday cannot be a make-up workday
    expect(errorOf(() => createCalendar({ years: [{ ...year2027, makeUpWorkdays: ["2027-01-02"] }] })).code).toBe(
      "INVALID_INPUT",
    ); // both off and on
    expect(errorOf(() => createCalendar({ years: [{ ...year2027, holidays: ["2025-05-01"] }] })).code).toBe(
      "INVALID_INPUT",
    ); // outside the notice year
    expect(
      errorOf(() => createCalendar({ years: [{ ...year2027, notice: { ...year2027.notice, issued: "2026-11-31" } }] })).code,
    ).toBe("INVALID_DATE");
    expect(errorOf(() => createCalendar({ base: null })).code).toBe("INVALID_INPUT"); // empty
    expect(errorOf(() => createCalendar({ surprise: 1 } as never)).code).toBe("INVALID_INPUT");
  });
  it("refuses a look-alike calendar that createCalendar did not validate", () => {
    const fake = { name: "fake", arrangements: [], overrides: {} } as Calendar;
    expect(errorOf(() => isWorkingDay("2024-03-15", fake)).code).toBe("INVALID_INPUT");
    expect(errorOf(() => createCalendar({ base: fake })).code).toBe("INVALID_INPUT");
  });
});
