import * as z from "../../model/zod";
import { parseWith } from "../../model/error";
/** A regular pattern found in a set of bid prices (实施条例 art. 40(4): 投标报价呈规律性差异). */
export interface PricePattern {
  readonly kind: "identical" | "arithmetic" | "geometric" | "cluster";
  /** The prices that form the pattern, ascending. */
  readonly prices: ReadonlyArray<number>;
  /** Common difference (arithmetic), common ratio (geometric), relative spread (max − min) / min (cluster). */
  readonly parameter: number;
}

const share = z.number().check(z.gte(0), z.lte(1));
const PricesSchema = z.array(z.number());
// The bounds parseRiskSettings puts on the CN40-4 settings; other fields (a whole settings entry) are let through.
const PricePatternOptionsSchema = z.looseObject({
  clusterTolerance: share,
  progressionTolerance: share,
  minimumProgressionBids: z.number().check(z.int(), z.gte(3)),
  minimumClusterBids: z.number().check(z.int(), z.gte(2)),
});

/** Tolerances of `findPricePattern`; defaults in `defaultRiskSettings().partB["CN40-4"]`. */
export interface PricePatternOptions {
  /** A cluster is `(max − min) / min ≤ clusterTolerance`. */
  readonly clusterTolerance: number;
  /** Steps of a progression may differ from their mean by this share of it. */
  readonly progressionTolerance: number;
  /** Fewest prices that make a progression: three random prices fall near one too often. */
  readonly minimumProgressionBids: number;
  /** Fewest prices that make a cluster: three honest prices fall within 0.3 % about once in a thousand processes. */
  readonly minimumClusterBids: number;
}

function progression(steps: ReadonlyArray<number>, tolerance: number): number | undefined {
  if (steps.length === 0) return undefined;
  let mean = 0;
  for (const s of steps) mean += s;
  mean /= steps.length;
  if (!(mean > 0)) return undefined;
  for (const s of steps) if (Math.abs(s - mean) > tolerance * mean) return undefined;
  return mean;
}

/**
 * Looks for a regular pattern in the prices of different bidders: identical prices, an arithmetic
 * progression (equal steps), a geometric progression (a fixed ratio between neighbours, e.g. each bid 2 %
 * above the last), or a cluster tighter than honest independent pricing gives. Order of `prices` does not
 * matter. Returns the first pattern found in that order of strength, or `undefined`.
 *
 * @throws GgzyError `INVALID_INPUT` when `prices` is not an array of numbers or a tolerance is outside its bounds
 *   (those of `parseRiskSettings`: tolerances 0–1, at least 3 bids for a progression and 2 for a cluster).
 * @example
 * ```ts
 * findPricePattern([1_030_000, 1_000_000, 1_090_000, 1_060_000], defaultRiskSettings().partB["CN40-4"])?.kind;
 * // "arithmetic" (step 30 000)
 * ```
 */
export function findPricePattern(prices: ReadonlyArray<number>, o: PricePatternOptions): PricePattern | undefined {
  // Checked on every call, the analyzer's too: about 2 µs, some 1 % of the risk stage's time per process.
  parseWith(PricesSchema, prices, { zh: "投标报价", en: "bid prices" });
  parseWith(PricePatternOptionsSchema, o, { zh: "报价规律选项", en: "price pattern options" });
  const sorted = prices.filter((p) => Number.isFinite(p) && p > 0).sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) return { kind: "identical", prices: sorted.filter((p) => p === sorted[i]), parameter: 0 };
  }
  const n = sorted.length;
  if (n >= o.minimumProgressionBids) {
    const steps: number[] = [];
    const ratios: number[] = [];
    for (let i = 1; i < n; i++) {
      steps.push((sorted[i] as number) - (sorted[i - 1] as number));
      ratios.push((sorted[i] as number) / (sorted[i - 1] as number) - 1);
    }
    const d = progression(steps, o.progressionTolerance);
    if (d !== undefined) return { kind: "arithmetic", prices: sorted, parameter: d };
    const r = progression(ratios, o.progressionTolerance);
    if (r !== undefined) return { kind: "geometric", prices: sorted, parameter: 1 + r };
  }
  if (n >= o.minimumClusterBids) {
    const spread = ((sorted[n - 1] as number) - (sorted[0] as number)) / (sorted[0] as number);
    if (spread <= o.clusterTolerance) return { kind: "cluster", prices: sorted, parameter: spread };
  }
  return undefined;
}
