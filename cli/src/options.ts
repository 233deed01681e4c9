import { InvalidArgumentError } from "commander";
import { toShanghaiDate } from "ggzy-rules/calendar";

/*
 * Parsers for option values: a bad value is a usage error (exit 2) before anything runs. Each reason is written
 * "中文 / English"; program.ts turns commander's error into one bilingual line.
 */

/** `--top 20`, `--workers 4`: a whole number ≥ 1. */
export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError("应为正整数 / expected a whole number of at least 1");
  }
  return Number(value);
}

/** `--stream-max-ms 0`: a whole number ≥ 0 (0: none). */
export function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError("应为非负整数 / expected a whole number of at least 0");
  }
  return Number(value);
}

/** `--port 8080`: a TCP port, 0 (any free port) to 65535. */
export function portNumber(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 65535) throw new InvalidArgumentError("应为端口号 0–65535 / expected a port number from 0 to 65535");
  return Number(value);
}

/** `--as-of 2024-12-31`: a calendar date YYYY-MM-DD that exists. */
export function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok = m !== null && (() => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  })();
  if (!ok) throw new InvalidArgumentError("应为日期 YYYY-MM-DD / expected a date YYYY-MM-DD");
  return value;
}

/** The day a command judges on: `--as-of`, or today in Asia/Shanghai, and which of the two it was. */
export interface AsOf {
  readonly asOf: string;
  readonly asOfSource: "option" | "today";
}

/** `--as-of` or today in Asia/Shanghai (the CLI may read the clock; the library never does). */
export function asOfOrToday(asOf: string | undefined, now: Date = new Date()): AsOf {
  return asOf !== undefined ? { asOf, asOfSource: "option" } : { asOf: toShanghaiDate(now.toISOString()), asOfSource: "today" };
}

/** How an `AsOf` is printed: `2026-12-06（今天，北京时间）/ 2026-12-06 (today, Asia/Shanghai; --as-of to change)`. */
export function describeAsOf(a: AsOf): string {
  return a.asOfSource === "today"
    ? `${a.asOf}（今天，北京时间；可用 --as-of 指定）/ ${a.asOf} (today in Asia/Shanghai; set with --as-of)`
    : `${a.asOf}（--as-of）/ ${a.asOf} (--as-of)`;
}
