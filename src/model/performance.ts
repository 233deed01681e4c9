import * as z from "./zod";
import { CollectiveDecisionSchema, IdSchema, IsoDateSchema } from "./common";

/*
 * Performance of tenderers and bidders, item (五): cancellation or non-performance by the tenderer (LC80-5.1) and
 * abandonment by the winner (弃标, LC80-5.3).
 */

/** What the tenderer did (LC80-5.1: 取消采购计划, 拖延或拒绝履行合同). */
export const CancellationKindSchema = z.enum(["cancelPlan", "delayPerformance", "refusePerformance"]);
/** {@inheritDoc CancellationKindSchema} */
export type CancellationKind = z.output<typeof CancellationKindSchema>;

/** A cancellation of the procurement plan (or delay / refusal of performance) by the tenderer. */
export const PlanCancellationSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  tendererId: IdSchema,
  kind: CancellationKindSchema,
  cancelledOn: IsoDateSchema,
  /** True when it happened after the award (the directive's case). */
  afterAward: z.boolean(),
  reason: z.optional(z.string()),
  /** The “三重一大” collective decision; absent = none on record. */
  collectiveDecision: z.optional(CollectiveDecisionSchema),
  /** Day it was reported to the supervising department; absent = not reported. */
  reportedToSupervisorOn: z.optional(IsoDateSchema),
  supervisingDepartmentId: z.optional(IdSchema),
});
/**
 * {@inheritDoc PlanCancellationSchema}
 *
 * @interface
 */
export type PlanCancellation = z.output<typeof PlanCancellationSchema>;

/**
 * Category of the winner's reason for abandoning. Which categories count as a proper (正当) reason is policy, set in
 * the rule pack; by default `forceMajeure`, `tendererFault` and `lawfulChange` are proper.
 */
export const AbandonmentReasonCategorySchema = z.enum([
  "forceMajeure",
  "tendererFault",
  "lawfulChange",
  "priceError",
  "capacity",
  "commercial",
  "none",
  "other",
]);
/** {@inheritDoc AbandonmentReasonCategorySchema} */
export type AbandonmentReasonCategory = z.output<typeof AbandonmentReasonCategorySchema>;

/** An abandonment of an award by the winning bidder (弃标, LC80-5.3). */
export const AbandonmentSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  lotId: z.optional(IdSchema),
  awardId: z.optional(IdSchema),
  winnerId: IdSchema,
  abandonedOn: IsoDateSchema,
  reason: z._default(z.string(), ""),
  reasonCategory: AbandonmentReasonCategorySchema,
  /** Day the detailed explanation reached the tenderer; absent = none. */
  explainedToTendererOn: z.optional(IsoDateSchema),
  /** Day it was filed with the supervising department; absent = not filed. */
  filedWithSupervisorOn: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc AbandonmentSchema}
 *
 * @interface
 */
export type Abandonment = z.output<typeof AbandonmentSchema>;
