import * as z from "zod";
import { IdSchema, IsoDateSchema } from "./common";

/*
 * Complaints (投诉), LC80-9: acceptance, transfer, investigation and publication in sequence, within the national
 * periods (招标投标法实施条例 art. 60–61).
 */

/** The stages of handling, in their required order. */
export const ComplaintStageNameSchema = z.enum(["received", "accepted", "transferred", "investigated", "decided", "published"]);
export type ComplaintStageName = z.infer<typeof ComplaintStageNameSchema>;

/** The stage names in order (a complaint's stages must follow it; `transferred` may be skipped). */
export const COMPLAINT_STAGE_ORDER = [
  "received",
  "accepted",
  "transferred",
  "investigated",
  "decided",
  "published",
] as const satisfies ReadonlyArray<ComplaintStageName>;

/** One stage reached, with its day. */
export const ComplaintStageSchema = z.object({
  stage: ComplaintStageNameSchema,
  on: IsoDateSchema,
  /** Department handling at this stage (changes on transfer). */
  departmentId: IdSchema.optional(),
});
export type ComplaintStage = z.infer<typeof ComplaintStageSchema>;

/** Outcome of a complaint. */
export const ComplaintOutcomeSchema = z.enum(["upheld", "rejected", "groundless"]);
export type ComplaintOutcome = z.infer<typeof ComplaintOutcomeSchema>;

/** A complaint. */
export const ComplaintSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  complainantId: IdSchema,
  complainantName: z.string().min(1).optional(),
  /** Day the complainant knew or should have known of the matter (art. 60: complain within 10 days). */
  knownOn: IsoDateSchema,
  filedOn: IsoDateSchema,
  stages: z.array(ComplaintStageSchema).default([]),
  outcome: ComplaintOutcomeSchema.optional(),
  subject: z.string().optional(),
});
export type Complaint = z.infer<typeof ComplaintSchema>;
