import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, calendarDaysBetween } from "../../src/calendar/index";
import { epochDayOfIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from "../../src/calendar/date";
import { GgzyError } from "../../src/model/error";

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof GgzyError ? e.code : `not a GgzyError: ${String(e)}`;
  }
  return undefined;
}

// Any day of years 0001–9999, as an epoch day.
const epochDay = fc.integer({ min: toEpochDay("0001-01-01"), max: toEpochDay("9999-12-31") });

describe("parseIsoDate validates real civil dates", () => {
  it("accepts real dates, leap days included", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate("2026-12-31")).toEqual({ year: 2026, month: 12, day: 31 });
  });
  it.each([
    "2023-02-29", // not a leap year
    "1900-02-29", // century, not a leap year
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "0000-01-01",
    "2024-1-5",
    "2024/01/05",
    "2024-01-05T00:00:00",
    " 2024-01-05",
    "",
  ])("refuses %j with INVALID_DATE", (s) => {
    expect(codeOf(() => parseIsoDate(s))).toBe("INVALID_DATE");
  });
  it("refuses non-strings with INVALID_DATE", () => {
    expect(codeOf(() => parseIsoDate(20240105))).toBe("INVALID_DATE");
    expect(codeOf(() => parseIsoDate(null))).toBe("INVALID_DATE");
  });
  it("names the bad date in both languages", () => {
    try {
      parseIsoDate("2023-02-29");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GgzyError);
      const err = e as GgzyError;
      expect(err.zh).toContain("2023-02-29");
      expect(err.en).toContain("2023-02-29");
      expect(err.details).toEqual({ input: "2023-02-29" });
    }
  });
});

describe("epoch days", () => {
  it("anchors at 1970-01-01 and known dates", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("1969-12-31")).toBe(-1);
    expect(toEpochDay("2024-01-01")).toBe(19723);
    expect(fromEpochDay(19723)).toBe("2024-01-01");
  });
  it("agrees with Date.UTC (a reference that is TZ-independent too)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay("1600-01-01"), max: toEpochDay("9999-12-31") }), (d) => {
        const iso = fromEpochDay(d);
        expect(new Date(d * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
      { seed: 20240101, numRuns: 500 },
    );
  });
  it("round-trips every day", () => {
    fc.assert(
      fc.property(epochDay, (d) => toEpochDay(fromEpochDay(d)) === d),
      { seed: 1, numRuns: 1000 },
    );
  });
  it("refuses days outside years 0001–9999 and non-integers", () => {
    expect(codeOf(() => fromEpochDay(toEpochDay("9999-12-31") + 1))).toBe("INVALID_DATE");
    expect(codeOf(() => fromEpochDay(1.5))).toBe("INVALID_DATE");
  });
});

describe("calendar-day arithmetic", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addCalendarDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addCalendarDays("2024-01-01", -1)).toBe("2023-12-31");
    expect(addCalendarDays("2024-03-10", 0)).toBe("2024-03-10");
    expect(calendarDaysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(calendarDaysBetween("2025-01-01", "2024-01-01")).toBe(-366);
  });
  it("addCalendarDays and calendarDaysBetween are inverse", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay("1900-01-01"), max: toEpochDay("2100-12-31") }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (d, n) => {
          const a = fromEpochDay(d);
          const b = addCalendarDays(a, n);
          expect(calendarDaysBetween(a, b)).toBe(n);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
  it("refuses a non-integer count with INVALID_INPUT and a bad date with INVALID_DATE", () => {
    expect(codeOf(() => addCalendarDays("2024-01-01", 0.5))).toBe("INVALID_INPUT");
    expect(codeOf(() => addCalendarDays("2024-01-01", Number.NaN))).toBe("INVALID_INPUT");
    expect(codeOf(() => addCalendarDays("2023-02-29", 1))).toBe("INVALID_DATE");
    expect(codeOf(() => calendarDaysBetween("2024-01-01", "2024-02-30"))).toBe("INVALID_DATE");
  });
});

describe("epochDayOfIsoDate", () => {
  const byToEpochDay = (value: string): number | undefined => {
    try {
      return toEpochDay(value);
    } catch {
      return undefined;
    }
  };

  it("gives toEpochDay's day, or undefined where toEpochDay throws, on any text of digits and dashes", () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((x) => String(x).padStart(n, "0"));
    const nearDate = fc.tuple(digits(4, 9999), digits(2, 19), digits(2, 39)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const anyText = fc.string({ unit: fc.constantFrom(..."0123456789-"), minLength: 8, maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(nearDate, anyText), (value) => {
        expect(epochDayOfIsoDate(value)).toBe(byToEpochDay(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses what is not ASCII digits where digits belong", () => {
    for (const bad of ["２０２４-01-01", "2024-0a-01", "+024-01-01", "2024/01/01", " 024-01-01"]) expect(epochDayOfIsoDate(bad), bad).toBeUndefined();
  });
});
