import { previewOf } from "../model/guard";
import { GgzyError } from "../model/error";
import { addCalendarDays, formatIsoDate } from "./date";
import type { IsoDate } from "./date";
import { FESTIVALS_FIRST_YEAR, FESTIVAL_DATES } from "./data/festivals";

/** The holidays for all citizens (全体公民放假的节日) of 全国年节及纪念日放假办法. */
export type Festival = "newYear" | "springFestival" | "qingming" | "labourDay" | "dragonBoat" | "midAutumn" | "nationalDay";

/** A version of 全国年节及纪念日放假办法 and the years it governs. */
export interface HolidayLaw {
  /** e.g. "2024年修订". */
  readonly version: string;
  /** The State Council decree that made it, e.g. 国务院令第795号. */
  readonly decree: string;
  /** First day in force. */
  readonly effective: IsoDate;
  /** Days off per festival, as its article 2 lists them. */
  readonly days: Readonly<Record<Festival, number>>;
}

const TITLE = "全国年节及纪念日放假办法";

// Article 2 of each version. Versions are kept in order; a year is governed by the last one in force on 1 January
// (every revision took effect on a 1 January, except the 1999 text, in force from its promulgation).
const LAWS: readonly HolidayLaw[] = [
  {
    version: "1999年修订",
    decree: "国务院令第270号",
    effective: "1999-09-18",
    days: { newYear: 1, springFestival: 3, qingming: 0, labourDay: 3, dragonBoat: 0, midAutumn: 0, nationalDay: 3 },
  },
  {
    version: "2007年修订",
    decree: "国务院令第513号",
    effective: "2008-01-01",
    days: { newYear: 1, springFestival: 3, qingming: 1, labourDay: 1, dragonBoat: 1, midAutumn: 1, nationalDay: 3 },
  },
  {
    version: "2013年修订",
    decree: "国务院令第644号",
    effective: "2014-01-01",
    days: { newYear: 1, springFestival: 3, qingming: 1, labourDay: 1, dragonBoat: 1, midAutumn: 1, nationalDay: 3 },
  },
  {
    version: "2024年修订",
    decree: "国务院令第795号",
    effective: "2025-01-01",
    days: { newYear: 1, springFestival: 4, qingming: 1, labourDay: 2, dragonBoat: 1, midAutumn: 1, nationalDay: 3 },
  },
];

/** Last year the festival table (computed from the lunisolar calendar) reaches. */
export const STATUTORY_LAST_YEAR = FESTIVALS_FIRST_YEAR + FESTIVAL_DATES.length - 1;
/** First year the festival table reaches. */
export const STATUTORY_FIRST_YEAR = FESTIVALS_FIRST_YEAR;

/** One statutory holiday of a year. */
export interface StatutoryHoliday {
  readonly date: IsoDate;
  readonly festival: Festival;
  readonly name: { readonly zh: string; readonly en: string };
}

/** A year's statutory holidays under the version of the rules in force that year. */
export interface StatutoryYear {
  readonly year: number;
  /** Citation of the version applied, e.g. "全国年节及纪念日放假办法（2024年修订，国务院令第795号）第二条". */
  readonly basis: string;
  readonly law: HolidayLaw;
  /** Sorted by date; a day two festivals share (中秋 on 10月1日) appears once, under the first festival. */
  readonly holidays: readonly StatutoryHoliday[];
}

const NAMES: Readonly<Record<Festival, { zh: string; en: string }>> = {
  newYear: { zh: "元旦", en: "New Year's Day" },
  springFestival: { zh: "春节", en: "Spring Festival" },
  qingming: { zh: "清明节", en: "Qingming" },
  labourDay: { zh: "劳动节", en: "Labour Day" },
  dragonBoat: { zh: "端午节", en: "Dragon Boat Festival" },
  midAutumn: { zh: "中秋节", en: "Mid-Autumn Festival" },
  nationalDay: { zh: "国庆节", en: "National Day" },
};

/**
 * The version of 全国年节及纪念日放假办法 that governs `year` (the last one in force on its 1 January).
 *
 * @example
 * ```ts
 * holidayLawFor(2013).decree; // "国务院令第513号" (2007 revision: 除夕, 初一, 初二)
 * holidayLawFor(2025).days.labourDay; // 2 (2024 revision)
 * ```
 */
export function holidayLawFor(year: number): HolidayLaw {
  requireYear(year);
  const jan1 = formatIsoDate(year, 1, 1);
  let law = LAWS[0] as HolidayLaw;
  for (const l of LAWS) if (l.effective <= jan1) law = l;
  return law;
}

/** A year the library can name dates in (0001–9999), else GgzyError("INVALID_INPUT"). */
function requireYear(year: unknown): void {
  if (typeof year !== "number" || !Number.isSafeInteger(year) || year < 1 || year > 9999) {
    throw new GgzyError("INVALID_INPUT", { zh: `年份须为 1–9999 的整数，收到 ${previewOf(year)}`, en: `The year must be a whole number 1–9999, got ${previewOf(year)}` });
  }
}

function festivalDates(year: number): { springFestival: IsoDate; qingming: IsoDate; dragonBoat: IsoDate; midAutumn: IsoDate } {
  const row = FESTIVAL_DATES[year - FESTIVALS_FIRST_YEAR];
  if (row === undefined || !Number.isInteger(year)) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `法定节日只能推算 ${STATUTORY_FIRST_YEAR}–${STATUTORY_LAST_YEAR} 年，收到 ${String(year)}`,
      en: `Statutory holidays can be computed for ${STATUTORY_FIRST_YEAR}–${STATUTORY_LAST_YEAR} only, got ${String(year)}`,
      details: { year, from: STATUTORY_FIRST_YEAR, to: STATUTORY_LAST_YEAR },
    });
  }
  const [sf, qm, db, ma] = row.split(" ").map((md) => `${year}-${md}`);
  return { springFestival: sf as IsoDate, qingming: qm as IsoDate, dragonBoat: db as IsoDate, midAutumn: ma as IsoDate };
}

/**
 * The statutory holidays of a year under 全国年节及纪念日放假办法 art. 2 in the version in force that year: the
 * fixed days (元旦, 劳动节, 国庆节) and the lunar ones — 春节 from 正月初一 (with 除夕 where the version includes it),
 * 端午 (五月初五), 中秋 (八月十五) — and 清明 on the day of the solar term. The lunar and solar-term dates come from a
 * table computed astronomically (`data/festivals.ts`, generated with `date-chinese`, checked against
 * `lunar-javascript`), never from a guess. These are only the statutory days: the State Council's notice adds
 * bridges and make-up workdays, and 补假 for a holiday on a weekend (art. 6), which no rule fixes in advance.
 *
 * @throws GgzyError `INVALID_INPUT` for a year outside the table (2004–2100).
 * @example
 * ```ts
 * statutoryHolidays(2027).holidays.map((h) => h.date);
 * // ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05", "2027-05-01",
 * //  "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"]
 * statutoryHolidays(2027).law.decree; // "国务院令第795号"
 * ```
 */
export function statutoryHolidays(year: number): StatutoryYear {
  requireYear(year);
  const f = festivalDates(year);
  const law = holidayLawFor(year);
  const out: StatutoryHoliday[] = [];
  const add = (festival: Festival, first: IsoDate, count: number): void => {
    for (let i = 0; i < count; i++) out.push({ date: addCalendarDays(first, i), festival, name: NAMES[festival] });
  };
  add("newYear", `${year}-01-01`, law.days.newYear);
  // 4 days = 除夕 + 初一…初三 (2024); the 2007 text's 3 days are 除夕, 初一, 初二; the 1999 and 2013 texts' are 初一…初三.
  const springFrom = law.days.springFestival === 4 || law.version === "2007年修订" ? addCalendarDays(f.springFestival, -1) : f.springFestival;
  add("springFestival", springFrom, law.days.springFestival);
  add("qingming", f.qingming, law.days.qingming);
  add("labourDay", `${year}-05-01`, law.days.labourDay);
  add("dragonBoat", f.dragonBoat, law.days.dragonBoat);
  add("midAutumn", f.midAutumn, law.days.midAutumn);
  add("nationalDay", `${year}-10-01`, law.days.nationalDay);
  const seen = new Set<string>();
  const holidays = out
    .filter((h) => (seen.has(h.date) ? false : (seen.add(h.date), true)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, basis: `${TITLE}（${law.version}，${law.decree}）第二条`, law, holidays };
}
