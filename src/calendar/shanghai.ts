import { civilToEpochDay, fromEpochDay, invalidDate, parseIsoDate } from "./date";
import type { IsoDate } from "./date";

// ISO-8601 / RFC 3339 date-time: date, 'T' (or a space), hh:mm[:ss[.fraction]], optional Z or ±hh:mm / ±hhmm / ±hh.
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/** Asia/Shanghai is UTC+08:00 all year: China has had no daylight-saving time since 1991. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MINUTES_PER_DAY = 24 * 60;

/**
 * The Asia/Shanghai civil date of an instant. A date-time without an offset is read as +08:00 (the library's
 * convention); `Z` and other offsets are converted, so `2024-09-30T16:00:00Z` is already 2024-10-01 in Shanghai.
 * A bare `YYYY-MM-DD` is taken to be a Shanghai civil date already and returned unchanged.
 *
 * Pure arithmetic on day and minute numbers: the machine's time zone never enters.
 *
 * @throws GgzyError `INVALID_DATE` for anything that is not a real ISO-8601 date or date-time.
 * @example
 * ```ts
 * toShanghaiDate("2024-09-30T23:30:00");        // "2024-09-30" (no offset = +08:00)
 * toShanghaiDate("2024-09-30T16:00:00Z");       // "2024-10-01"
 * toShanghaiDate("2024-10-01T07:59:59+08:00");  // "2024-10-01"
 * toShanghaiDate("2024-10-01T01:00:00-05:00");  // "2024-10-01" (06:00 UTC = 14:00 Shanghai)
 * ```
 */
export function toShanghaiDate(isoDateTime: string): IsoDate {
  if (typeof isoDateTime !== "string") {
    throw invalidDate(isoDateTime, { zh: "须为 ISO-8601 日期时间字符串", en: "expected an ISO-8601 date-time string" });
  }
  if (isoDateTime.length === 10) {
    parseIsoDate(isoDateTime);
    return isoDateTime;
  }
  const m = ISO_DATE_TIME.exec(isoDateTime);
  if (!m) {
    throw invalidDate(isoDateTime, {
      zh: "须为 ISO-8601 日期时间，如 2024-10-01T09:30:00+08:00",
      en: "expected an ISO-8601 date-time such as 2024-10-01T09:30:00+08:00",
    });
  }
  const [, datePart, hh, mm, ss, zulu, sign, oh, om] = m;
  const hour = Number(hh);
  const minute = Number(mm);
  const second = ss === undefined ? 0 : Number(ss);
  // 24:00 and leap seconds are refused rather than guessed at: platforms send neither in practice.
  if (hour > 23 || minute > 59 || second > 59) {
    throw invalidDate(isoDateTime, { zh: "时间须在 00:00:00–23:59:59 之间", en: "time must be within 00:00:00–23:59:59" });
  }
  let offsetMinutes = SHANGHAI_OFFSET_MINUTES;
  if (zulu !== undefined) offsetMinutes = 0;
  else if (sign !== undefined) {
    const offHours = Number(oh);
    const offMins = om === undefined ? 0 : Number(om);
    if (offHours > 23 || offMins > 59) {
      throw invalidDate(isoDateTime, { zh: "时区偏移无效", en: "invalid UTC offset" });
    }
    offsetMinutes = (sign === "-" ? -1 : 1) * (offHours * 60 + offMins);
  }
  const { year, month, day } = parseIsoDate(datePart);
  // Seconds never move the date: every offset is a whole number of minutes.
  const localMinutes = civilToEpochDay(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute;
  const shanghaiMinutes = localMinutes - offsetMinutes + SHANGHAI_OFFSET_MINUTES;
  return fromEpochDay(Math.floor(shanghaiMinutes / MINUTES_PER_DAY));
}
