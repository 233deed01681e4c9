import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { PRC_ARRANGEMENTS, PRC_CALENDAR, addCalendarDays, describeDay, isRestDay, isWorkingDay } from "../../src/calendar/index";
import { parseIsoDate } from "../../src/calendar/date";
import { GgzyError } from "../../src/model/error";

// Independent of the implementation's weekday arithmetic: Date's UTC accessors on an explicit-UTC instant.
const weekday = (d: string): number => new Date(`${d}T00:00:00Z`).getUTCDay();
const isWeekend = (d: string): boolean => weekday(d) === 0 || weekday(d) === 6;

function* everyDay(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) yield d;
}

const YEARS = Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i);

describe("the PRC table: one cited State Council notice per year, 2004–2026", () => {
  it("covers exactly 2004–2026, once each, in order", () => {
    expect(PRC_ARRANGEMENTS.map((a) => a.year)).toEqual(YEARS);
    expect(PRC_ARRANGEMENTS.some((a) => a.provisional)).toBe(false);
  });
  it("cites each year's notice by title, and by number where known — otherwise the note says why not", () => {
    for (const a of PRC_ARRANGEMENTS) {
      expect(a.notice.title).toBe(`国务院办公厅关于${a.year}年部分节假日安排的通知`);
      if (a.notice.number === undefined) {
        expect(a.notice.note).toMatch(/未能核实/);
        continue;
      }
      // Notices are issued in the year before and numbered in it: 国办发明电〔2017〕12号 for 2018.
      expect(a.notice.number).toMatch(new RegExp(`^国办发明电〔${a.year - 1}〕\\d+号$`));
      if (a.notice.issued !== undefined) expect(parseIsoDate(a.notice.issued).year).toBe(a.year - 1);
      else expect(a.notice.note).toMatch(/未对照/);
    }
    expect(PRC_ARRANGEMENTS.find((a) => a.year === 2018)?.notice.number).toBe("国办发明电〔2017〕12号");
    // Every year from 2018 carries its number and date of issue.
    for (const a of PRC_ARRANGEMENTS.filter((x) => x.year >= 2018)) {
      expect(a.notice.number).toBeDefined();
      expect(a.notice.issued).toBeDefined();
    }
  });
  it("lists real dates, sorted, in the notice year or the December before; make-up workdays on weekends", () => {
    for (const a of PRC_ARRANGEMENTS) {
      for (const list of [a.holidays, a.makeUpWorkdays]) {
        expect([...list].sort()).toEqual(list);
        expect(new Set(list).size).toBe(list.length);
        for (const d of list) {
          const { year, month } = parseIsoDate(d);
          expect(year === a.year || (year === a.year - 1 && month === 12)).toBe(true);
        }
      }
      for (const d of a.makeUpWorkdays) expect(isWeekend(d)).toBe(true);
      for (const d of a.makeUpWorkdays) expect(a.holidays).not.toContain(d);
    }
  });
  it("gives the built-in calendar the same data, frozen", () => {
    expect(PRC_CALENDAR.arrangements).toEqual(PRC_ARRANGEMENTS);
    expect(Object.isFrozen(PRC_CALENDAR)).toBe(true);
    expect(Object.isFrozen(PRC_CALENDAR.arrangements[0]?.holidays)).toBe(true);
  });
});

describe("known days", () => {
  it("2024: 02-04 and 02-18 (Sundays) were make-up workdays; 10-01…07 holidays", () => {
    expect(isWorkingDay("2024-02-04")).toBe(true);
    expect(isWorkingDay("2024-02-18")).toBe(true);
    expect(describeDay("2024-02-04").reason).toBe("makeUpWorkday");
    for (const d of everyDay("2024-10-01", "2024-10-07")) {
      expect(isRestDay(d)).toBe(true);
      expect(describeDay(d).reason).toBe("holiday");
    }
    expect(isWorkingDay("2024-10-08")).toBe(true);
    // An ordinary Sunday is still a rest day, with no notice behind it.
    expect(describeDay("2024-02-25")).toEqual({ date: "2024-02-25", working: false, reason: "weekend", weekday: 0 });
  });
  it("2024 除夕 (02-09) was a working day: the notice only encouraged giving it off", () => {
    expect(isWorkingDay("2024-02-09")).toBe(true);
  });
  it("2018: 02-11 and 02-24 were make-up workdays; the Spring Festival ran 02-15…21", () => {
    expect(isWorkingDay("2018-02-11")).toBe(true);
    expect(isWorkingDay("2018-02-24")).toBe(true);
    expect(describeDay("2018-02-24").notice?.number).toBe("国办发明电〔2017〕12号");
    for (const d of everyDay("2018-02-15", "2018-02-21")) expect(isWorkingDay(d)).toBe(false);
    expect(isWorkingDay("2018-02-22")).toBe(true);
  });
  it("2020: the Spring Festival extension (国办发明电〔2020〕1号) is included: 01-31…02-02 off, work from 02-03", () => {
    expect(isRestDay("2020-01-31")).toBe(true); // Friday
    expect(isRestDay("2020-02-01")).toBe(true); // Saturday: the original make-up workday, cancelled
    expect(isRestDay("2020-02-02")).toBe(true);
    expect(isWorkingDay("2020-02-03")).toBe(true);
    expect(describeDay("2020-02-01").reason).toBe("holiday");
    expect(PRC_ARRANGEMENTS.find((a) => a.year === 2020)?.amendments?.[0]?.number).toBe("国办发明电〔2020〕1号");
  });
  it("2019: the amended Labour Day (5月1日至4日, 04-28 and 05-05 上班) is applied", () => {
    for (const d of everyDay("2019-05-01", "2019-05-04")) expect(isRestDay(d)).toBe(true);
    expect(isWorkingDay("2019-04-28")).toBe(true);
    expect(isWorkingDay("2019-05-05")).toBe(true);
  });
  it("New Year bridges fixed by the next year's notice: 2018-12-29 上班, 2018-12-31 and 2022-12-31 off", () => {
    expect(isWorkingDay("2018-12-29")).toBe(true);
    expect(describeDay("2018-12-29").notice?.number).toBe("国办发明电〔2018〕15号");
    expect(isRestDay("2018-12-31")).toBe(true);
    expect(describeDay("2022-12-31").notice?.number).toBe("国办发明电〔2022〕16号");
  });
  it("2025 onwards: 除夕 and 05-02 are statutory holidays (2024 revision of the holiday rules)", () => {
    expect(isRestDay("2025-01-28")).toBe(true); // 除夕, Tuesday
    expect(isRestDay("2026-02-16")).toBe(true); // 除夕, Monday
  });
  it("2004–2007 under the 1999 rules: three golden weeks, no Qingming/Dragon Boat/Mid-Autumn", () => {
    for (const d of everyDay("2005-05-01", "2005-05-07")) expect(isRestDay(d)).toBe(true);
    expect(isWorkingDay("2005-04-30")).toBe(true); // Saturday make-up workday
    expect(isWorkingDay("2006-04-05")).toBe(true); // 清明 was not yet a holiday
    expect(isWorkingDay("2007-06-19")).toBe(true); // nor 端午 (2007-06-19)
  });
  it("2008: the 2007 revision — Labour Day one day (plus bridge), 清明/端午/中秋 off; New Year bridge from 2007-12-29", () => {
    expect(isRestDay("2008-04-04")).toBe(true); // 清明
    expect(isWorkingDay("2008-05-04")).toBe(true); // Sunday make-up workday
    expect(isWorkingDay("2008-05-05")).toBe(true); // no golden week any more
    expect(isWorkingDay("2007-12-29")).toBe(true);
    expect(describeDay("2007-12-29").notice?.title).toBe("国务院办公厅关于2008年部分节假日安排的通知");
    expect(isRestDay("2007-12-31")).toBe(true);
  });
  it("2015: the 70th anniversary of the victory (09-03…05 off, Sunday 09-06 上班) is applied as an amendment", () => {
    expect(isRestDay("2015-09-03")).toBe(true);
    expect(isRestDay("2015-09-04")).toBe(true);
    expect(isWorkingDay("2015-09-06")).toBe(true);
    expect(PRC_ARRANGEMENTS.find((a) => a.year === 2015)?.amendments?.[0]?.title).toContain("70周年纪念日");
  });
  it("refuses years outside 2004–2026 with CALENDAR_YEAR_NOT_COVERED naming the year and range", () => {
    for (const d of ["2003-12-29", "2027-01-04", "1999-10-01"]) {
      try {
        isWorkingDay(d);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(GgzyError);
        const err = e as GgzyError;
        expect(err.code).toBe("CALENDAR_YEAR_NOT_COVERED");
        expect(err.details["year"]).toBe(parseIsoDate(d).year);
        expect(err.details["covered"]).toEqual(YEARS);
        expect(err.zh).toContain("2004–2026");
        expect(err.en).toContain(String(parseIsoDate(d).year));
      }
    }
  });
});

describe("agreement with the chinese-days package, every day of 2004–2026", () => {
  type Label = "holiday" | "makeUpWorkday" | "ordinary";
  const ours = new Map<string, Label>();
  for (const a of PRC_ARRANGEMENTS) {
    for (const d of a.holidays) ours.set(d, "holiday");
    for (const d of a.makeUpWorkdays) ours.set(d, "makeUpWorkday");
  }
  const theirs = (d: string): Label =>
    d in data.holidays ? "holiday" : d in data.workdays ? "makeUpWorkday" : "ordinary";

  // Its data, not its functions: chinese-days' isWorkday() tells weekends with local-time Date methods, so under
  // TZ=America/Los_Angeles it calls 2018-01-06 (a Saturday) a workday. Its published JSON has no such problem.
  it("agrees on working vs rest for every day", () => {
    const theirWorking = (d: string): boolean =>
      d in data.workdays || (!(d in data.holidays) && !isWeekend(d));
    const disagreements: string[] = [];
    for (const d of everyDay("2004-01-01", "2026-12-31")) {
      if (isWorkingDay(d) !== theirWorking(d)) disagreements.push(d);
    }
    expect(disagreements).toEqual([]);
  });
  it("agrees on make-up workdays exactly, and on every weekday holiday", () => {
    for (const d of everyDay("2004-01-01", "2026-12-31")) {
      const o = ours.get(d) ?? "ordinary";
      const t = theirs(d);
      if (o === "makeUpWorkday" || t === "makeUpWorkday" || !isWeekend(d)) expect([d, o]).toEqual([d, t]);
    }
  });
  it("differs only in labelling nine weekend days, all rest days either way (documented)", () => {
    // 2019 notice: 清明 “4月5日放假，与周末连休”, 端午 6月7日, 中秋 9月13日 — only the Friday is named; chinese-days
    // labels the joined weekend days holidays too. The other way round, three ranges that the notices name whole —
    // 2011 端午 “6月4日至6日”, 2012 端午 “6月22日至24日”, 2015 纪念日 “9月3日至5日” — chinese-days leaves out the
    // weekend day inside them. Both are rest days, so no count changes. See the README's calendar section. A new
    // difference makes this fail and must be checked against the notice.
    const differences: string[] = [];
    for (const d of everyDay("2004-01-01", "2026-12-31")) {
      const o = ours.get(d) ?? "ordinary";
      if (o !== theirs(d)) differences.push(`${d} ours=${o} theirs=${theirs(d)}`);
    }
    for (const line of differences) expect(isWeekend(line.slice(0, 10))).toBe(true);
    expect(differences).toEqual([
      "2011-06-05 ours=holiday theirs=ordinary",
      "2012-06-23 ours=holiday theirs=ordinary",
      "2015-09-05 ours=holiday theirs=ordinary",
      "2019-04-06 ours=ordinary theirs=holiday",
      "2019-04-07 ours=ordinary theirs=holiday",
      "2019-06-08 ours=ordinary theirs=holiday",
      "2019-06-09 ours=ordinary theirs=holiday",
      "2019-09-14 ours=ordinary theirs=holiday",
      "2019-09-15 ours=ordinary theirs=holiday",
    ]);
  });
});
