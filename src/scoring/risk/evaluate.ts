import * as z from "../../model/zod";
import { DetectionInputSchema, DetectionQualitySchema, DetectionTargetsSchema } from "./result-schema";
import { parseWith } from "../../model/error";
import { compareUtf8 } from "../../model/compare-utf8";
import type { RiskResult } from "./analyzer";
import { PART_B_SIGNALS } from "./settings";

/**
 * Ground truth of a synthetic data set (written by examples/risk/generate.ts beside the data): for every
 * process, the signals planted in it (an empty list marks a clean control process).
 */
export const GroundTruthSchema = z.object({
  format: z.literal("ggzy-risk-ground-truth/1"),
  seed: z.optional(z.union([z.string(), z.number()])),
  processes: z.record(z.string(), z.array(z.string())),
});
/**
 * {@inheritDoc GroundTruthSchema}
 *
 * @interface
 */
export type GroundTruth = z.output<typeof GroundTruthSchema>;

/** Precision and recall of one signal, over processes. */
export interface SignalQuality {
  readonly signal: string;
  readonly planted: number;
  readonly flagged: number;
  readonly truePositives: number;
  readonly precision: number;
  readonly recall: number;
  /** Clean control processes the signal flagged, and their share of all clean processes. */
  readonly cleanFlagged: number;
  readonly cleanFlaggedShare: number;
}

/** What `evaluateDetection` reports. */
export interface DetectionQuality {
  readonly processes: number;
  readonly cleanProcesses: number;
  readonly signals: ReadonlyArray<SignalQuality>;
  /** Clean control processes flagged by ANY Part B signal, and their share of all clean processes. */
  readonly cleanFlaggedAny: number;
  readonly cleanFlaggedAnyShare: number;
}

/**
 * Compares Part B hits with ground truth, per signal: precision (hits that were planted), recall (planted
 * processes that were hit) and the share of clean control processes flagged. A signal with nothing planted
 * and nothing flagged has precision and recall 1 (nothing to miss, nothing wrong). Throws `INVALID_INPUT` for
 * ground truth of the wrong shape.
 *
 * @example
 * ```ts
 * const q = evaluateDetection(result, JSON.parse(groundTruthText));
 * q.signals.find((s) => s.signal === "NET-COBID")?.recall; // e.g. 1
 * ```
 */
export function evaluateDetection(result: RiskResult, groundTruth: unknown): DetectionQuality {
  parseWith(DetectionInputSchema, result, "RiskResult");
  const truth = parseWith(GroundTruthSchema, groundTruth, "Ground truth");
  const flagged = new Map<string, Set<string>>();
  for (const p of result.processes) for (const s of p.signals) (flagged.get(s) ?? flagged.set(s, new Set()).get(s))?.add(p.ocid);
  const clean = Object.entries(truth.processes).filter(([, s]) => s.length === 0).map(([o]) => o);
  const cleanSet = new Set(clean);
  const signals: SignalQuality[] = [];
  const cleanHitAny = new Set<string>();
  for (const signal of [...PART_B_SIGNALS].sort(compareUtf8)) {
    const planted = new Set(Object.entries(truth.processes).filter(([, s]) => s.includes(signal)).map(([o]) => o));
    const hits = flagged.get(signal) ?? new Set<string>();
    let tp = 0;
    let cleanHits = 0;
    for (const o of hits) {
      if (planted.has(o)) tp++;
      if (cleanSet.has(o)) {
        cleanHits++;
        cleanHitAny.add(o);
      }
    }
    signals.push({
      signal,
      planted: planted.size,
      flagged: hits.size,
      truePositives: tp,
      precision: hits.size === 0 ? (planted.size === 0 ? 1 : 0) : tp / hits.size,
      recall: planted.size === 0 ? 1 : tp / planted.size,
      cleanFlagged: cleanHits,
      cleanFlaggedShare: clean.length === 0 ? 0 : cleanHits / clean.length,
    });
  }
  return {
    processes: Object.keys(truth.processes).length,
    cleanProcesses: clean.length,
    signals,
    cleanFlaggedAny: cleanHitAny.size,
    cleanFlaggedAnyShare: clean.length === 0 ? 0 : cleanHitAny.size / clean.length,
  };
}

/** The detection targets of issue 6 for every Part B signal on a planted set. */
export const DETECTION_TARGETS = { minimumPrecision: 0.9, minimumRecall: 0.9, maximumCleanFlaggedShare: 0.01 } as const;

/**
 * True when every signal meets the targets (precision and recall ≥ 0.9, ≤ 1 % of clean processes flagged) and at
 * most 1 % of clean processes are flagged by any Part B signal at all.
 *
 * @example
 * ```ts
 * meetsDetectionTargets(evaluateDetection(result, truth)); // true on the generator's data
 * ```
 */
export function meetsDetectionTargets(q: DetectionQuality, targets: typeof DETECTION_TARGETS = DETECTION_TARGETS): boolean {
  parseWith(DetectionQualitySchema, q, "DetectionQuality");
  parseWith(DetectionTargetsSchema, targets, "Detection targets");
  return (
    q.cleanFlaggedAnyShare <= targets.maximumCleanFlaggedShare &&
    q.signals.every((s) => s.precision >= targets.minimumPrecision && s.recall >= targets.minimumRecall && s.cleanFlaggedShare <= targets.maximumCleanFlaggedShare)
  );
}
