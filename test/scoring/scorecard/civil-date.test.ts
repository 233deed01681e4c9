import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toEpochDay } from "../../../src/calendar/date";
import { toShanghaiDate } from "../../../src/calendar/shanghai";
import { shanghaiEpochDay } from "../../../src/scoring/scorecard/civil-date";

/** What `shanghaiEpochDay` answers by the calendar's own parsers: the epoch day, or undefined where they throw. */
function byTheCalendar(value: string): number | undefined {
  try {
    return toEpochDay(value.length === 10 ? value : toShanghaiDate(value));
  } catch {
    return undefined;
  }
}

describe("shanghaiEpochDay", () => {
  it("reads a civil date as the day it names", () => {
    expect(shanghaiEpochDay("1970-01-02")).toBe(1);
    expect(shanghaiEpochDay("2024-02-29")).toBe(19782);
    expect(shanghaiEpochDay("0001-01-01")).toBe(-719162);
  });

  it("reads a date-time as its day in Asia/Shanghai", () => {
    expect(shanghaiEpochDay("2024-03-01T23:30:00Z")).toBe(shanghaiEpochDay("2024-03-02"));
    expect(shanghaiEpochDay("2024-03-01T23:30")).toBe(shanghaiEpochDay("2024-03-01"));
  });

  it("refuses a day its month does not have, year 0000, and anything but ASCII digits", () => {
    for (const bad of ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "2024-1-011", "２０２４-01-01", "2024/01/01", "+024-01-01", "2024-01-0a"]) {
      expect(shanghaiEpochDay(bad), bad).toBeUndefined();
    }
  });

  it("agrees with the calendar's parser on any 10-character text made of digits and dashes", () => {
    const anyText = fc.string({ unit: fc.constantFrom(..."0123456789-"), minLength: 10, maxLength: 10 });
    // Mostly near-dates: months 00–19 and days 00–39 of any year, where the calendar's checks decide.
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((x) => String(x).padStart(n, "0"));
    const nearDate = fc.tuple(digits(4, 9999), digits(2, 19), digits(2, 39)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const text = fc.oneof(anyText, nearDate);
    fc.assert(
      fc.property(text, (value) => {
        expect(shanghaiEpochDay(value)).toBe(byTheCalendar(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the calendar's parser on every real date of years 0001–9999", () => {
    const day = fc.integer({ min: -719162, max: 2932896 });
    fc.assert(
      fc.property(day, (d) => {
        const value = new Date(d * 86_400_000).toISOString().slice(0, 10);
        expect(shanghaiEpochDay(value)).toBe(d);
        expect(byTheCalendar(value)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });
});
