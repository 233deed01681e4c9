import { GgzyError } from "../model/error";
import { previewOf } from "../model/guard";

/** Lowest and highest spot-check rate the directive allows (LC80-5.2: 5–10% of all trading projects per quarter). */
export const SPOT_CHECK_RATE_MIN = 0.05;
/** Highest spot-check rate the directive allows: 10% (LC80-5.2). */
export const SPOT_CHECK_RATE_MAX = 0.1;

/**
 * The rate as an exact fraction: the decimal the number prints as (0.07 → 7/100). Binary floating point would make
 * 0.07 × 100 = 7.000000000000001 and ⌈…⌉ = 8 — one project too many.
 */
function rateFraction(rate: number): { num: bigint; den: bigint } {
  const m = /^0\.(\d{1,15})$/.exec(String(rate));
  if (m === null || m[1] === undefined) return { num: 0n, den: 1n };
  return { num: BigInt(m[1]), den: 10n ** BigInt(m[1].length) };
}

/**
 * Checks a spot-check rate: 5% ≤ rate ≤ 10% (LC80-5.2), at most 15 decimals. Throws
 * `GgzyError("DRAW_INVALID_REQUEST")` otherwise.
 *
 * @example
 * ```ts
 * checkSpotCheckRate(0.07); // ok
 * checkSpotCheckRate(0.2);  // throws DRAW_INVALID_REQUEST
 * ```
 */
export function checkSpotCheckRate(rate: number): void {
  const { num, den } = rateFraction(rate);
  if (num === 0n || num * 100n < 5n * den || num * 10n > den) {
    throw new GgzyError("DRAW_INVALID_REQUEST", {
      zh: `抽查比例须在 5% 至 10% 之间（聊政办字〔2018〕80号 五、二），实为 ${rate}`,
      en: `The spot-check rate must be between 5% and 10% (LC80-5.2), got ${rate}`,
      details: { rate, min: SPOT_CHECK_RATE_MIN, max: SPOT_CHECK_RATE_MAX },
    });
  }
}

/**
 * How many of N projects a quarter's spot check draws (per stratum when stratified): k = ⌈rate × N⌉, capped at
 * max(⌈5% × N⌉, ⌊10% × N⌋) — computed exactly on the rate's decimal fraction, integers only. Rounding up keeps the
 * share at or above the rate; the cap keeps small populations within the directive's 10% where any whole number
 * can be (17 projects at 6%: ⌈1.02⌉ = 2 would be 11.8%, so 1), which is exactly what the rule `SPOT_CHECK_RATE`
 * accepts. For N ≥ 1 at least one project is checked.
 *
 * @example
 * ```ts
 * spotCheckSize(0.07, 100); // 7
 * spotCheckSize(0.05, 41);  // 3 (2.05 rounded up)
 * spotCheckSize(0.06, 17);  // 1 (⌈1.02⌉ = 2 would exceed 10%)
 * ```
 */
export function spotCheckSize(rate: number, n: number): number {
  if (typeof rate !== "number" || !Number.isFinite(rate)) {
    throw new GgzyError("INVALID_INPUT", { zh: `抽查比例须为有限数，收到 ${previewOf(rate)}`, en: `The spot-check rate must be a finite number, got ${previewOf(rate)}` });
  }
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new GgzyError("INVALID_INPUT", { zh: `项目数须为非负整数，收到 ${previewOf(n)}`, en: `The number of projects must be a non-negative integer, got ${previewOf(n)}` });
  }
  checkSpotCheckRate(rate);
  const { num, den } = rateFraction(rate);
  const big = BigInt(n);
  const wanted = (big * num + den - 1n) / den;
  const least = (big * 5n + 99n) / 100n; // ⌈5% × N⌉
  const most = (big * 10n) / 100n; // ⌊10% × N⌋
  const cap = least > most ? least : most;
  return Number(wanted < cap ? wanted : cap);
}
