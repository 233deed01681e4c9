import * as z from "../../model/zod";

/*
 * What `toCardinalOutput` and `evaluateDetection` read of a `RiskResult`, as schemas: a result that came back
 * through JSON (a file, a service) is checked before use, so a wrong shape is a GgzyError with its path instead of
 * a TypeError deep inside.
 */

const FlagTableSchema = z.record(z.string(), z.record(z.string(), z.number()));

/** The part of a `RiskResult` that `toCardinalOutput` reads. */
export const CardinalInputSchema = z.object({
  partA: z.object({
    OCID: FlagTableSchema,
    Buyer: FlagTableSchema,
    ProcuringEntity: FlagTableSchema,
    Tenderer: FlagTableSchema,
    Meta: z.record(z.string(), z.unknown()),
  }),
  // Cardinal's eight Maps: ocid → a party id or a list of tenderer ids.
  maps: z.optional(z.record(z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string())])))),
});

/** The part of a `RiskResult` that `evaluateDetection` reads. */
export const DetectionInputSchema = z.object({
  processes: z.array(z.object({ ocid: z.string(), signals: z.array(z.string()) })),
});

/** A `DetectionQuality` as `meetsDetectionTargets` reads it. */
export const DetectionQualitySchema = z.object({
  cleanFlaggedAnyShare: z.number(),
  signals: z.array(z.object({ precision: z.number(), recall: z.number(), cleanFlaggedShare: z.number() })),
});

/** Detection targets. */
export const DetectionTargetsSchema = z.object({
  minimumPrecision: z.number(),
  minimumRecall: z.number(),
  maximumCleanFlaggedShare: z.number(),
});
