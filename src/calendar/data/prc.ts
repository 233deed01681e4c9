import type { YearArrangement } from "../arrangement";
import { addCalendarDays, calendarDaysBetween } from "../date";

/**
 * The PRC national holiday arrangements (全国年节及纪念日放假办法 as applied each year), 2004–2026, transcribed
 * from the State Council General Office's annual notices 国务院办公厅关于<year>年部分节假日安排的通知.
 *
 * How the lists are read from a notice:
 * - `holidays`: every day the notice names as 放假 — each day of a "X日至Y日放假（调休）" range, weekend days in it
 *   included (written `span(X, Y)`, as the notice words it); for "X日放假，与周末连休" only the day X (the weekend next to it is a rest day anyway); for
 *   "X日放假，Y日补休" the days X and Y.
 * - `makeUpWorkdays`: the weekend days the notice names as 上班 (调休 make-up workdays).
 * - A notice may fix days of the previous December (New Year bridges, e.g. 2018-12-29 上班 in the 2019 notice):
 *   they are listed under the notice that fixed them.
 * - Amending notices (2015 anniversary day off, 2019 Labour Day, the 2020 Spring Festival extension) are applied:
 *   the lists are the arrangement as it finally stood, and `amendments` cites each amending notice.
 *
 * Sources and their limits. 2018–2026 were transcribed with each notice's number and date of issue. 2004–2017
 * were written in a session with no access to the notices' text (no network): the days come from the notices as
 * the author knows them and were then checked day by day against the `chinese-days` package (they agree on every
 * working/rest day; see `test/calendar/prc-data.test.ts`). Document numbers and dates of issue of 2004–2017 are
 * given only where the author is confident of them, and even then marked as not checked against the text; where
 * the number is not known, `number` is left out and `note` says so. Fill them in from the notices when you can.
 *
 * The law behind the notices changed over the period (全国年节及纪念日放假办法): 1999 version (国务院令第270号) for
 * 2004–2007 — 元旦 1 day, 春节 3, 劳动节 3, 国庆节 3; 2007 revision (国务院令第513号, from 2008-01-01) — 清明, 端午,
 * 中秋 added, 劳动节 1 day, 春节 除夕–初二; 2013 revision (国务院令第644号, from 2014-01-01) — 春节 初一–初三; 2024
 * revision (国务院令第795号, from 2025-01-01) — 春节 除夕–初三 (4 days), 劳动节 2 days. `statutory.ts` encodes them.
 *
 * Adding a year that the State Council has published: append one entry here (the notice's days, its number and
 * title). Nothing else changes; a provisional year (see `provisional.ts`) is then no longer needed for it.
 *
 * Kept as plain data so it can be audited line by line against the notices and overridden with
 * `createCalendar({ years, overrides })`. `test/calendar/prc-data.test.ts` compares it day by day with the
 * `chinese-days` package; the README's calendar section records the comparison.
 */
const UNVERIFIED_NUMBER = "文号未能核实，故未列出 / document number not verified, so not given";
const NUMBER_FROM_MEMORY = "文号未对照通知原文核实 / document number not checked against the notice's text";

/** Every day from `first` to `last`, both included: a notice's "X日至Y日放假" as it reads. */
function span(first: string, last: string): string[] {
  return Array.from({ length: calendarDaysBetween(first, last) + 1 }, (_, i) => addCalendarDays(first, i));
}

/** The title every year's notice bears: 国务院办公厅关于<year>年部分节假日安排的通知. */
const annualNotice = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;

/** The published PRC holiday arrangements, one per year from 2004, as transcribed from the State Council notices. */
export const PRC_ARRANGEMENTS: readonly YearArrangement[] = [
  {
    year: 2004,
    notice: { title: annualNotice(2004), note: UNVERIFIED_NUMBER },
    holidays: [
      "2004-01-01", // 元旦：1月1日放假
      ...span("2004-01-22", "2004-01-28"), // 春节 1月22日至28日
      ...span("2004-05-01", "2004-05-07"), // 劳动节 5月1日至7日
      ...span("2004-10-01", "2004-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2004-01-17", "2004-01-18", "2004-05-08", "2004-05-09", "2004-10-09", "2004-10-10"],
  },
  {
    year: 2005,
    notice: { title: annualNotice(2005), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2005-01-01", "2005-01-03"), // 元旦 1月1日至3日
      ...span("2005-02-09", "2005-02-15"), // 春节 2月9日至15日
      ...span("2005-05-01", "2005-05-07"), // 劳动节 5月1日至7日
      ...span("2005-10-01", "2005-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2005-02-05", "2005-02-06", "2005-04-30", "2005-05-08", "2005-10-08", "2005-10-09"],
  },
  {
    year: 2006,
    notice: { title: annualNotice(2006), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2006-01-01", "2006-01-03"), // 元旦 1月1日至3日
      ...span("2006-01-29", "2006-02-04"), // 春节 1月29日至2月4日
      ...span("2006-05-01", "2006-05-07"), // 劳动节 5月1日至7日
      ...span("2006-10-01", "2006-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2006-01-28", "2006-02-05", "2006-04-29", "2006-04-30", "2006-09-30", "2006-10-08"],
  },
  {
    year: 2007,
    notice: { title: annualNotice(2007), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2007-01-01", "2007-01-03"), // 元旦 1月1日至3日
      ...span("2007-02-18", "2007-02-24"), // 春节 2月18日至24日
      ...span("2007-05-01", "2007-05-07"), // 劳动节 5月1日至7日
      ...span("2007-10-01", "2007-10-07"), // 国庆节 10月1日至7日
    ],
    // 元旦：2006年12月30日（星期六）、31日（星期日）上班
    makeUpWorkdays: ["2006-12-30", "2006-12-31", "2007-02-17", "2007-02-25", "2007-04-28", "2007-04-29", "2007-09-29", "2007-09-30"],
  },
  {
    // First year under the 2007 revision of 全国年节及纪念日放假办法 (国务院令第513号): Qingming, Dragon Boat and
    // Mid-Autumn become holidays, Labour Day goes from three days to one, Spring Festival is 除夕 to 初二.
    year: 2008,
    notice: { title: annualNotice(2008), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2007-12-30", "2008-01-01"), // 元旦：2007年12月30日至2008年1月1日
      ...span("2008-02-06", "2008-02-12"), // 春节 2月6日至12日
      ...span("2008-04-04", "2008-04-06"), // 清明节 4月4日至6日
      ...span("2008-05-01", "2008-05-03"), // 劳动节 5月1日至3日
      ...span("2008-06-07", "2008-06-09"), // 端午节 6月7日至9日
      ...span("2008-09-13", "2008-09-15"), // 中秋节 9月13日至15日
      ...span("2008-09-29", "2008-10-05"), // 国庆节 9月29日至10月5日
    ],
    makeUpWorkdays: ["2007-12-29", "2008-02-02", "2008-02-03", "2008-05-04", "2008-09-27", "2008-09-28"],
  },
  {
    year: 2009,
    notice: { title: annualNotice(2009), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2009-01-01", "2009-01-03"), // 元旦 1月1日至3日
      ...span("2009-01-25", "2009-01-31"), // 春节 1月25日至31日
      ...span("2009-04-04", "2009-04-06"), // 清明节 4月4日至6日
      ...span("2009-05-01", "2009-05-03"), // 劳动节 5月1日至3日
      ...span("2009-05-28", "2009-05-30"), // 端午节 5月28日至30日
      ...span("2009-10-01", "2009-10-08"), // 国庆节、中秋节 10月1日至8日
    ],
    makeUpWorkdays: ["2009-01-04", "2009-01-24", "2009-02-01", "2009-05-31", "2009-09-27", "2009-10-10"],
  },
  {
    year: 2010,
    notice: { title: annualNotice(2010), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2010-01-01", "2010-01-03"), // 元旦 1月1日至3日
      ...span("2010-02-13", "2010-02-19"), // 春节 2月13日至19日
      ...span("2010-04-03", "2010-04-05"), // 清明节 4月3日至5日
      ...span("2010-05-01", "2010-05-03"), // 劳动节 5月1日至3日
      ...span("2010-06-14", "2010-06-16"), // 端午节 6月14日至16日
      ...span("2010-09-22", "2010-09-24"), // 中秋节 9月22日至24日
      ...span("2010-10-01", "2010-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2010-02-20", "2010-02-21", "2010-06-12", "2010-06-13", "2010-09-19", "2010-09-25", "2010-09-26", "2010-10-09"],
  },
  {
    year: 2011,
    notice: { title: annualNotice(2011), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2011-01-01", "2011-01-03"), // 元旦 1月1日至3日
      ...span("2011-02-02", "2011-02-08"), // 春节 2月2日至8日
      ...span("2011-04-03", "2011-04-05"), // 清明节 4月3日至5日
      ...span("2011-04-30", "2011-05-02"), // 劳动节 4月30日至5月2日
      ...span("2011-06-04", "2011-06-06"), // 端午节 6月4日至6日
      ...span("2011-09-10", "2011-09-12"), // 中秋节 9月10日至12日
      ...span("2011-10-01", "2011-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2011-01-30", "2011-02-12", "2011-04-02", "2011-10-08", "2011-10-09"],
  },
  {
    year: 2012,
    notice: { title: annualNotice(2012), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2012-01-01", "2012-01-03"), // 元旦 1月1日至3日
      ...span("2012-01-22", "2012-01-28"), // 春节 1月22日至28日
      ...span("2012-04-02", "2012-04-04"), // 清明节 4月2日至4日
      ...span("2012-04-29", "2012-05-01"), // 劳动节 4月29日至5月1日
      ...span("2012-06-22", "2012-06-24"), // 端午节 6月22日至24日
      ...span("2012-09-30", "2012-10-07"), // 中秋节、国庆节 9月30日至10月7日
    ],
    // 元旦：2011年12月31日（星期六）上班
    makeUpWorkdays: ["2011-12-31", "2012-01-21", "2012-01-29", "2012-03-31", "2012-04-01", "2012-04-28", "2012-09-29"],
  },
  {
    year: 2013,
    notice: { title: annualNotice(2013), note: UNVERIFIED_NUMBER },
    holidays: [
      ...span("2013-01-01", "2013-01-03"), // 元旦 1月1日至3日
      ...span("2013-02-09", "2013-02-15"), // 春节 2月9日至15日
      ...span("2013-04-04", "2013-04-06"), // 清明节 4月4日至6日
      ...span("2013-04-29", "2013-05-01"), // 劳动节 4月29日至5月1日
      ...span("2013-06-10", "2013-06-12"), // 端午节 6月10日至12日
      ...span("2013-09-19", "2013-09-21"), // 中秋节 9月19日至21日
      ...span("2013-10-01", "2013-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: [
      "2013-01-05", "2013-01-06", "2013-02-16", "2013-02-17", "2013-04-07", "2013-04-27", "2013-04-28",
      "2013-06-08", "2013-06-09", "2013-09-22", "2013-09-29", "2013-10-12",
    ],
  },
  {
    // First year under the 2013 revision (国务院令第644号): Spring Festival is 初一 to 初三; 除夕 is no longer a holiday.
    year: 2014,
    notice: { number: "国办发明电〔2013〕28号", title: annualNotice(2014), note: NUMBER_FROM_MEMORY },
    holidays: [
      "2014-01-01", // 元旦：1月1日放假
      ...span("2014-01-31", "2014-02-06"), // 春节 1月31日至2月6日
      ...span("2014-04-05", "2014-04-07"), // 清明节 4月5日至7日
      ...span("2014-05-01", "2014-05-03"), // 劳动节 5月1日至3日
      "2014-06-02", // 端午节：6月2日放假，与周末连休
      "2014-09-08", // 中秋节：9月8日放假，与周末连休
      ...span("2014-10-01", "2014-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2014-01-26", "2014-02-08", "2014-05-04", "2014-09-28", "2014-10-11"],
  },
  {
    year: 2015,
    notice: { number: "国办发明电〔2014〕28号", title: annualNotice(2015), note: NUMBER_FROM_MEMORY },
    amendments: [
      {
        title: "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
        note: `9月3日至5日调休放假，共3天；9月6日（星期日）上班。${UNVERIFIED_NUMBER}`,
      },
    ],
    holidays: [
      ...span("2015-01-01", "2015-01-03"), // 元旦 1月1日至3日
      ...span("2015-02-18", "2015-02-24"), // 春节 2月18日至24日
      "2015-04-05", "2015-04-06", // 清明节：4月5日放假，4月6日（星期一）补休
      "2015-05-01", // 劳动节：5月1日放假，与周末连休
      "2015-06-20", "2015-06-22", // 端午节：6月20日放假，6月22日（星期一）补休
      ...span("2015-09-03", "2015-09-05"), // 抗战胜利70周年纪念日 9月3日至5日
      "2015-09-27", // 中秋节：9月27日放假
      ...span("2015-10-01", "2015-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2015-01-04", "2015-02-15", "2015-02-28", "2015-09-06", "2015-10-10"],
  },
  {
    year: 2016,
    notice: { number: "国办发明电〔2015〕18号", title: annualNotice(2016), note: NUMBER_FROM_MEMORY },
    holidays: [
      "2016-01-01", // 元旦：1月1日放假，与周末连休
      ...span("2016-02-07", "2016-02-13"), // 春节 2月7日至13日
      "2016-04-04", // 清明节：4月4日放假，与周末连休
      "2016-05-01", "2016-05-02", // 劳动节：5月1日放假，5月2日（星期一）补休
      ...span("2016-06-09", "2016-06-11"), // 端午节 6月9日至11日
      ...span("2016-09-15", "2016-09-17"), // 中秋节 9月15日至17日
      ...span("2016-10-01", "2016-10-07"), // 国庆节 10月1日至7日
    ],
    makeUpWorkdays: ["2016-02-06", "2016-02-14", "2016-06-12", "2016-09-18", "2016-10-08", "2016-10-09"],
  },
  {
    year: 2017,
    notice: { number: "国办发明电〔2016〕17号", title: annualNotice(2017), note: NUMBER_FROM_MEMORY },
    holidays: [
      "2017-01-01", "2017-01-02", // 元旦：1月1日放假，1月2日（星期一）补休
      ...span("2017-01-27", "2017-02-02"), // 春节 1月27日至2月2日
      ...span("2017-04-02", "2017-04-04"), // 清明节 4月2日至4日
      "2017-05-01", // 劳动节：5月1日放假，与周末连休
      ...span("2017-05-28", "2017-05-30"), // 端午节 5月28日至30日
      ...span("2017-10-01", "2017-10-08"), // 国庆节、中秋节 10月1日至8日
    ],
    makeUpWorkdays: ["2017-01-22", "2017-02-04", "2017-04-01", "2017-05-27", "2017-09-30"],
  },
  {
    year: 2018,
    notice: { number: "国办发明电〔2017〕12号", title: annualNotice(2018), issued: "2017-11-30" },
    holidays: [
      "2018-01-01", // 元旦：1月1日放假，与周末连休
      ...span("2018-02-15", "2018-02-21"), // 春节 2月15日至21日
      ...span("2018-04-05", "2018-04-07"), // 清明节 4月5日至7日
      ...span("2018-04-29", "2018-05-01"), // 劳动节 4月29日至5月1日
      "2018-06-18", // 端午节：6月18日放假，与周末连休
      "2018-09-24", // 中秋节：9月24日放假，与周末连休
      ...span("2018-10-01", "2018-10-07"), // 国庆节
    ],
    makeUpWorkdays: ["2018-02-11", "2018-02-24", "2018-04-08", "2018-04-28", "2018-09-29", "2018-09-30"],
  },
  {
    year: 2019,
    notice: { number: "国办发明电〔2018〕15号", title: annualNotice(2019), issued: "2018-12-06" },
    amendments: [
      {
        number: "国办发明电〔2019〕2号",
        title: "国务院办公厅关于调整2019年劳动节假期安排的通知",
        issued: "2019-03-22",
        note: "劳动节改为5月1日至4日放假调休，共4天；4月28日（星期日）、5月5日（星期日）上班（原为5月1日放假1天）",
      },
    ],
    holidays: [
      ...span("2018-12-30", "2019-01-01"), // 元旦：2018年12月30日至2019年1月1日
      ...span("2019-02-04", "2019-02-10"), // 春节
      "2019-04-05", // 清明节：4月5日放假，与周末连休
      ...span("2019-05-01", "2019-05-04"), // 劳动节（调整后）5月1日至4日
      "2019-06-07", // 端午节：6月7日放假，与周末连休
      "2019-09-13", // 中秋节：9月13日放假，与周末连休
      ...span("2019-10-01", "2019-10-07"), // 国庆节
    ],
    makeUpWorkdays: ["2018-12-29", "2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12"],
  },
  {
    year: 2020,
    notice: { number: "国办发明电〔2019〕16号", title: annualNotice(2020), issued: "2019-11-21" },
    amendments: [
      {
        number: "国办发明电〔2020〕1号",
        title: "国务院办公厅关于延长2020年春节假期的通知",
        issued: "2020-01-26",
        note: "春节假期延长至2月2日（星期日），2月3日起正常上班：1月31日至2月2日放假，原定2月1日（星期六）上班取消",
      },
    ],
    holidays: [
      "2020-01-01", // 元旦
      // 春节 1月24日至30日，延长至2月2日（国办发明电〔2020〕1号）
      ...span("2020-01-24", "2020-01-30"),
      ...span("2020-01-31", "2020-02-02"),
      ...span("2020-04-04", "2020-04-06"), // 清明节
      ...span("2020-05-01", "2020-05-05"), // 劳动节
      ...span("2020-06-25", "2020-06-27"), // 端午节
      ...span("2020-10-01", "2020-10-08"), // 国庆节、中秋节
    ],
    // 2020-02-01 (星期六) was a make-up workday in the original notice; the extension made it a holiday.
    makeUpWorkdays: ["2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"],
  },
  {
    year: 2021,
    notice: { number: "国办发明电〔2020〕27号", title: annualNotice(2021), issued: "2020-11-25" },
    holidays: [
      ...span("2021-01-01", "2021-01-03"), // 元旦
      ...span("2021-02-11", "2021-02-17"), // 春节
      ...span("2021-04-03", "2021-04-05"), // 清明节
      ...span("2021-05-01", "2021-05-05"), // 劳动节
      ...span("2021-06-12", "2021-06-14"), // 端午节
      ...span("2021-09-19", "2021-09-21"), // 中秋节
      ...span("2021-10-01", "2021-10-07"), // 国庆节
    ],
    makeUpWorkdays: ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"],
  },
  {
    year: 2022,
    notice: { number: "国办发明电〔2021〕11号", title: annualNotice(2022), issued: "2021-10-25" },
    holidays: [
      ...span("2022-01-01", "2022-01-03"), // 元旦
      ...span("2022-01-31", "2022-02-06"), // 春节
      ...span("2022-04-03", "2022-04-05"), // 清明节
      ...span("2022-04-30", "2022-05-04"), // 劳动节
      ...span("2022-06-03", "2022-06-05"), // 端午节
      ...span("2022-09-10", "2022-09-12"), // 中秋节
      ...span("2022-10-01", "2022-10-07"), // 国庆节
    ],
    makeUpWorkdays: ["2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"],
  },
  {
    year: 2023,
    notice: { number: "国办发明电〔2022〕16号", title: annualNotice(2023), issued: "2022-12-08" },
    holidays: [
      ...span("2022-12-31", "2023-01-02"), // 元旦：2022年12月31日至2023年1月2日
      ...span("2023-01-21", "2023-01-27"), // 春节
      "2023-04-05", // 清明节：4月5日放假，共1天
      ...span("2023-04-29", "2023-05-03"), // 劳动节
      ...span("2023-06-22", "2023-06-24"), // 端午节
      ...span("2023-09-29", "2023-10-06"), // 中秋节、国庆节
    ],
    makeUpWorkdays: ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"],
  },
  {
    year: 2024,
    notice: { number: "国办发明电〔2023〕7号", title: annualNotice(2024), issued: "2023-10-25" },
    holidays: [
      "2024-01-01", // 元旦：1月1日放假，与周末连休
      // 春节 2月10日至17日（除夕2月9日只是“鼓励安排职工休息”，不是放假日）
      ...span("2024-02-10", "2024-02-17"),
      ...span("2024-04-04", "2024-04-06"), // 清明节
      ...span("2024-05-01", "2024-05-05"), // 劳动节
      "2024-06-10", // 端午节：6月10日放假，与周末连休
      ...span("2024-09-15", "2024-09-17"), // 中秋节
      ...span("2024-10-01", "2024-10-07"), // 国庆节
    ],
    makeUpWorkdays: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"],
  },
  {
    year: 2025,
    notice: { number: "国办发明电〔2024〕12号", title: annualNotice(2025), issued: "2024-11-12" },
    holidays: [
      "2025-01-01", // 元旦：1月1日（周三）放假1天，不调休
      ...span("2025-01-28", "2025-02-04"), // 春节（除夕起，共8天）
      ...span("2025-04-04", "2025-04-06"), // 清明节
      ...span("2025-05-01", "2025-05-05"), // 劳动节
      ...span("2025-05-31", "2025-06-02"), // 端午节
      ...span("2025-10-01", "2025-10-08"), // 国庆节、中秋节
    ],
    makeUpWorkdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  },
  {
    year: 2026,
    notice: { number: "国办发明电〔2025〕7号", title: annualNotice(2026), issued: "2025-11-04" },
    holidays: [
      ...span("2026-01-01", "2026-01-03"), // 元旦
      ...span("2026-02-15", "2026-02-23"), // 春节
      ...span("2026-04-04", "2026-04-06"), // 清明节
      ...span("2026-05-01", "2026-05-05"), // 劳动节
      ...span("2026-06-19", "2026-06-21"), // 端午节
      ...span("2026-09-25", "2026-09-27"), // 中秋节
      ...span("2026-10-01", "2026-10-07"), // 国庆节
    ],
    makeUpWorkdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
];
