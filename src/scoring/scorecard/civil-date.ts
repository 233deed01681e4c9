import { GgzyError } from "../../model/error";

// Private until the calendar module exports `parseIsoDate` / `toShanghaiDate`; the scoring code calls only
// the two functions below, so switching is a two-line change.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MIN = 8 * 60; // China has had no DST since 1991, so +08:00 fixed is exact

function validCivil(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Epoch day (days since 1970-01-01) of the Asia/Shanghai civil date of `value`, which is a `YYYY-MM-DD` date
 * or an ISO-8601 date-time (no offset means +08:00). `undefined` when `value` is not such a string.
 * Uses only UTC arithmetic, so the machine's time zone cannot change the result.
 */
export function shanghaiEpochDay(value: string): number | undefined {
  const d = DATE_RE.exec(value);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (!validCivil(y, m, day)) return undefined;
    return Date.UTC(y, m - 1, day) / MS_PER_DAY;
  }
  const t = DATE_TIME_RE.exec(value);
  if (!t) return undefined;
  const [y, m, day, hh, mm, ss] = [t[1], t[2], t[3], t[4], t[5], t[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  if (!validCivil(y, m, day) || hh > 24 || mm > 59 || ss > 60) return undefined;
  const zone = t[7];
  let offsetMin = SHANGHAI_OFFSET_MIN;
  if (zone === "Z") offsetMin = 0;
  else if (zone !== undefined) {
    const sign = zone.startsWith("-") ? -1 : 1;
    offsetMin = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  const utcMs = Date.UTC(y, m - 1, day, hh, mm, ss) - offsetMin * 60_000;
  return Math.floor((utcMs + SHANGHAI_OFFSET_MIN * 60_000) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` civil date of an epoch day. */
export function epochDayToDate(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `shanghaiEpochDay`, or a `GgzyError("INVALID_DATE")` naming the path. */
export function requireEpochDay(value: string, path: ReadonlyArray<string | number>, what: string): number {
  const day = shanghaiEpochDay(value);
  if (day === undefined) {
    throw new GgzyError("INVALID_DATE", {
      zh: `${what} 日期无效：${JSON.stringify(value)}（应为 YYYY-MM-DD 或 ISO-8601 日期时间）`,
      en: `${what}: invalid date ${JSON.stringify(value)} (expected YYYY-MM-DD or an ISO-8601 date-time)`,
      issues: [{ path: [...path], message: "invalid date", code: "invalid_date" }],
    });
  }
  return day;
}
