/*
 * Strict RFC 3339 date-times, as chrono's `DateTime::parse_from_rfc3339` reads them for R003 (CARDINAL.md §2 R003):
 * `YYYY-MM-DD`, then `T`, `t` or a space, `HH:MM:SS`, an optional `.` and 1+ digits (the first 9 used), then
 * `Z`, `z` or `±HH:MM` (the sign may be U+2212). A date alone, a time without an offset, `+0800` without a colon,
 * hour 24 or a day the calendar lacks do not parse. Second 60 (a leap second) does.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+\-\u2212])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An instant as whole seconds since the epoch plus nanoseconds (0 ≤ nanos < 2·10⁹; a leap second runs over). */
export interface PreciseInstant {
  readonly seconds: number;
  readonly nanos: number;
}

/**
 * Parses a strict RFC 3339 date-time; `undefined` when it is not one.
 *
 * @example
 * ```ts
 * parseRfc3339("2024-01-01T08:00:00+08:00"); // { seconds: 1704067200, nanos: 0 }
 * parseRfc3339("2024-01-01");                // undefined
 * ```
 */
export function parseRfc3339(value: string): PreciseInstant | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const [y, mo, d, hh, mi, ss] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > (DAYS_IN_MONTH[mo - 1] as number) + leap) return undefined;
  if (hh > 23 || mi > 59 || ss > 60) return undefined;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === "+" ? 1 : -1) * (oh * 3600 + om * 60);
  }
  const nanos = m[7] === undefined ? 0 : Number(m[7].slice(0, 9).padEnd(9, "0"));
  // Second 60 is one second past :59 (chrono keeps it as :59 with a nanosecond field over 10⁹).
  const base = Date.UTC(y, mo - 1, d, hh, mi, Math.min(ss, 59)) / 1000 - offset;
  return { seconds: base, nanos: ss === 60 ? nanos + 1_000_000_000 : nanos };
}

/**
 * Whole days from `start` to `end`, truncated toward zero (chrono's `Duration::num_days`); negative when `end`
 * is earlier.
 *
 * @example
 * ```ts
 * wholeDaysBetween(parseRfc3339("2024-01-01T00:00:00Z")!, parseRfc3339("2024-01-15T23:59:59Z")!); // 14
 * ```
 */
export function wholeDaysBetween(start: PreciseInstant, end: PreciseInstant): number {
  let secs = end.seconds - start.seconds;
  let nanos = end.nanos - start.nanos;
  // Normalise to secs + nanos/1e9 with 0 ≤ nanos < 1e9, then truncate toward zero as chrono's num_seconds does.
  while (nanos < 0) {
    nanos += 1_000_000_000;
    secs -= 1;
  }
  while (nanos >= 1_000_000_000) {
    nanos -= 1_000_000_000;
    secs += 1;
  }
  const wholeSeconds = secs < 0 && nanos > 0 ? secs + 1 : secs;
  return Math.trunc(wholeSeconds / 86_400) || 0; // no −0
}
