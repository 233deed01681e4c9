import * as z from "./zod";
import { IdSchema, IsoDateSchema, QuarterSchema, RegionCodeSchema } from "./common";

/*
 * Quarterly spot checks of contract performance (双随机一抽查, LC80-5.2): 5–10% of all trading projects, drawn at
 * random with randomly drawn inspectors, results published.
 */

/** Outcome of checking one project. */
export const SpotCheckOutcomeSchema = z.enum(["compliant", "issuesFound", "pending"]);
/** {@inheritDoc SpotCheckOutcomeSchema} */
export type SpotCheckOutcome = z.output<typeof SpotCheckOutcomeSchema>;

/** The result of checking one project. */
export const SpotCheckResultSchema = z.object({
  projectId: IdSchema,
  outcome: SpotCheckOutcomeSchema,
  note: z.optional(z.string()),
});
/**
 * {@inheritDoc SpotCheckResultSchema}
 *
 * @interface
 */
export type SpotCheckResult = z.output<typeof SpotCheckResultSchema>;

/** One quarter's spot check by one supervising department (or region). */
export const SpotCheckQuarterSchema = z.object({
  id: IdSchema,
  quarter: QuarterSchema,
  supervisingDepartmentId: z.optional(IdSchema),
  region: z.optional(RegionCodeSchema),
  /** Number of trading projects in the population the draw was made from. */
  totalProjects: z.number().check(z.int(), z.gte(0)),
  checkedProjectIds: z._default(z.array(IdSchema), []),
  inspectorIds: z._default(z.array(IdSchema), []),
  /** Reference to the verifiable draw record (its `drawId` or `resultHash`); absent = no record. */
  drawRecordRef: z.optional(z.string().check(z.minLength(1))),
  results: z._default(z.array(SpotCheckResultSchema), []),
  /** Day the results were published; absent = not published. */
  publishedOn: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc SpotCheckQuarterSchema}
 *
 * @interface
 */
export type SpotCheckQuarter = z.output<typeof SpotCheckQuarterSchema>;
