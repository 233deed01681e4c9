/*
 * Date reading for the date operators, without throwing (a value that is not a date makes the comparison false, the
 * way json-rules-engine's numeric operators are false for non-numbers). Day arithmetic is on epoch days (UTC);
 * the machine's time zone is never consulted. A date-time without an offset means +08:00 (Asia/Shanghai, no DST
 * since 1991).
 */

import { civilToEpochDay, daysInMonth, fromEpochDay } from "../../calendar/date";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** A moment read from a rule value or a fact: a civil date, or an instant. */
export type ReadDate = { readonly kind: "date"; readonly day: number } | { readonly kind: "instant"; readonly ms: number; readonly day: number };

// The calendar's day arithmetic, without its throwing: a value that is not a real date is simply not a date here.
function epochDay(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return civilToEpochDay(y, m, d);
}

/**
 * Reads `YYYY-MM-DD` (a civil date in Asia/Shanghai) or an ISO-8601 date-time (an instant; `day` is its Shanghai
 * civil date). Anything else gives `undefined`.
 */
export function readDate(value: unknown): ReadDate | undefined {
  if (typeof value !== "string") return undefined;
  if (value.length === 10) {
    const m = DATE.exec(value);
    if (m === null) return undefined;
    const day = epochDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === undefined ? undefined : { kind: "date", day };
  }
  const m = DATE_TIME.exec(value);
  if (m === null) return undefined;
  const day = epochDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  if (day === undefined || hh > 23 || mm > 59 || ss > 59) return undefined;
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMs = SHANGHAI_OFFSET_MS;
  const z = m[8];
  if (z === "Z") offsetMs = 0;
  else if (z !== undefined) {
    const oh = Number(z.slice(1, 3));
    const om = Number(z.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMs = (z[0] === "-" ? -1 : 1) * (oh * 3_600_000 + om * 60_000);
  }
  const ms = day * MS_PER_DAY + hh * 3_600_000 + mm * 60_000 + ss * 1000 + frac - offsetMs;
  return { kind: "instant", ms, day: Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY) };
}

/**
 * Compares two read dates: instants by instant; as soon as one side is a civil date, by Shanghai civil date
 * (`2024-05-01T23:00+08:00` is on 2024-05-01, neither before nor after it). Negative, zero or positive.
 */
export function compareDates(a: ReadDate, b: ReadDate): number {
  if (a.kind === "instant" && b.kind === "instant") return a.ms - b.ms;
  return a.day - b.day;
}



/** The Shanghai civil date of a date or date-time string, or `undefined` if it is not one. */
export function toCivilDate(value: unknown): string | undefined {
  const d = readDate(value);
  return d === undefined ? undefined : fromEpochDay(d.day);
}
