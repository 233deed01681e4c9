import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toShanghaiDate } from "../../src/calendar/index";
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

describe("toShanghaiDate: the Asia/Shanghai civil date of an instant", () => {
  it("reads a date-time without offset as +08:00", () => {
    expect(toShanghaiDate("2024-09-30T23:59:59")).toBe("2024-09-30");
    expect(toShanghaiDate("2024-10-01T00:00")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-10-01 08:00:00")).toBe("2024-10-01");
  });
  it("converts Z and other offsets", () => {
    expect(toShanghaiDate("2024-09-30T15:59:59Z")).toBe("2024-09-30");
    expect(toShanghaiDate("2024-09-30T16:00:00Z")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-09-30T16:00:00.123Z")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-10-01T01:00:00-05:00")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-09-30T11:00:00-05:00")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-09-30T10:59:00-0500")).toBe("2024-09-30");
    expect(toShanghaiDate("2024-10-01T07:59:59+08:00")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-10-01T00:30:00+09:00")).toBe("2024-09-30");
    expect(toShanghaiDate("2024-12-31T20:00:00+00:00")).toBe("2025-01-01");
    expect(toShanghaiDate("2024-02-28T16:00:00Z")).toBe("2024-02-29");
  });
  it("returns a bare civil date unchanged", () => {
    expect(toShanghaiDate("2024-10-01")).toBe("2024-10-01");
  });
  it.each([
    "2024-02-30T10:00:00", // no such day
    "2024-10-01T24:00:00",
    "2024-10-01T12:60:00",
    "2024-10-01T12:00:61",
    "2024-10-01T12:00:00+25:00",
    "2024-10-01T12",
    "yesterday",
    "2024-10-01T12:00:00 +08:00",
  ])("refuses %j with INVALID_DATE", (s) => {
    expect(codeOf(() => toShanghaiDate(s))).toBe("INVALID_DATE");
  });
  it("agrees with Date's own UTC parsing shifted by eight hours", () => {
    // Date.parse of a string WITH an offset is TZ-independent; it is the reference here, not the implementation.
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
    const offset = fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15); // minutes, quarter hours
    fc.assert(
      fc.property(instant, offset, (ms, off) => {
        const ms0 = ms - (ms % 60_000);
        const local = new Date(ms0 + off * 60_000).toISOString().slice(0, 19);
        const sign = off < 0 ? "-" : "+";
        const abs = Math.abs(off);
        const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        const expected = new Date(Date.parse(text) + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(toShanghaiDate(text)).toBe(expected);
      }),
      { seed: 88, numRuns: 500 },
    );
  });
  it("for a date-time without offset, is the date part", () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay("1990-01-01"), max: toEpochDay("2060-12-31") }), fc.integer({ min: 0, max: 1439 }), (d, m) => {
        const date = fromEpochDay(d);
        const hh = String(Math.floor(m / 60)).padStart(2, "0");
        const mm = String(m % 60).padStart(2, "0");
        expect(toShanghaiDate(`${date}T${hh}:${mm}:00`)).toBe(date);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
