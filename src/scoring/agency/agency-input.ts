import * as z from "../../model/zod";
import { AgencySchema } from "../../model/agency";
import { IdSchema, IsoDateSchema } from "../../model/common";
import { ComplaintOutcomeSchema } from "../../model/complaint";

/**
 * A complaint about an agency's conduct, as decided by the supervisor. Only `upheld` ones weigh (LC80-3.1
 * credit management); the model's `Complaint` does not name a respondent, so the platform attaches the decided
 * complaints to the agency they concern.
 */
export const AgencyComplaintSchema = z.object({
  id: z.optional(IdSchema),
  projectId: z.optional(IdSchema),
  decidedOn: IsoDateSchema,
  outcome: ComplaintOutcomeSchema,
});
/**
 * {@inheritDoc AgencyComplaintSchema}
 *
 * @interface
 */
export type AgencyComplaint = z.output<typeof AgencyComplaintSchema>;

/** A performance review of an agency's service (tenderer's evaluation, 双随机一抽查 finding…). */
export const AgencyPerformanceReviewSchema = z.object({
  id: z.optional(IdSchema),
  projectId: z.optional(IdSchema),
  reviewedOn: IsoDateSchema,
  outcome: z.enum(["good", "satisfactory", "poor"]),
  reviewer: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc AgencyPerformanceReviewSchema}
 *
 * @interface
 */
export type AgencyPerformanceReview = z.output<typeof AgencyPerformanceReviewSchema>;

/**
 * What the agency credit scorer reads: the model's `Agency` plus the decided complaints and performance reviews
 * that concern it (both optional, default empty). A plain `Agency` is a valid input.
 */
export const AgencyCreditInputSchema = z.extend(AgencySchema, {
  complaints: z._default(z.array(AgencyComplaintSchema), []),
  performanceReviews: z._default(z.array(AgencyPerformanceReviewSchema), []),
});
/**
 * {@inheritDoc AgencyCreditInputSchema}
 *
 * @interface
 */
export type AgencyCreditInput = z.output<typeof AgencyCreditInputSchema>;
/** The accepted input form (defaults not yet applied). */
export type AgencyCreditInputData = z.input<typeof AgencyCreditInputSchema>;
