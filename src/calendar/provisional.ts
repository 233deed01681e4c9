import type { YearArrangement } from "./arrangement";
import { statutoryHolidays } from "./statutory";

/**
 * A provisional arrangement for a year the State Council has not yet published (its notice usually comes out in
 * November or December of the year before): the statutory holidays of 全国年节及纪念日放假办法 in the version in force
 * that year, weekends as usual, and nothing else — no bridges, no make-up workdays (调休上班), no 补假 for a holiday
 * on a weekend. It is a forecast, not law: the published notice will differ (a make-up Saturday, a bridge day), so
 * every date counted through it is marked provisional (`PeriodEnd.provisionalYears`, findings' evidence).
 *
 * Use it through `createCalendar({ provisional: true })`, or the validators' `provisionalCalendar: true` option.
 *
 * @throws GgzyError `INVALID_INPUT` for a year outside 2004–2100.
 * @example
 * ```ts
 * const y = provisionalArrangement(2027);
 * y.provisional;      // true
 * y.makeUpWorkdays;   // []
 * y.holidays.slice(1, 5); // ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"] (除夕 to 初三)
 * y.notice.number;    // "国务院令第795号"
 * ```
 */
export function provisionalArrangement(year: number): YearArrangement {
  const s = statutoryHolidays(year);
  return {
    year,
    provisional: true,
    notice: {
      number: s.law.decree,
      title: `全国年节及纪念日放假办法（${s.law.version}）`,
      note:
        `暂定：国务院办公厅尚未公布${year}年部分节假日安排，仅按${s.basis}的法定节日推算，不含调休上班日和补假 / ` +
        `provisional: the ${year} arrangement is not yet published; statutory holidays only (art. 2), ` +
        `no make-up workdays or substitute days`,
    },
    holidays: s.holidays.map((h) => h.date),
    makeUpWorkdays: [],
  };
}
