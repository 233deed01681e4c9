import * as z from "./zod";
import { IdSchema, IsoDateSchema } from "./common";
import { ProcurementMethodSchema, RegimeSchema } from "./project";

/*
 * Complaints (投诉), LC80-9: acceptance, transfer, investigation and publication in sequence, within the national
 * periods (招标投标法实施条例 art. 60–61).
 */

/** The stages of handling, in their required order. */
export const ComplaintStageNameSchema = z.enum(["received", "accepted", "transferred", "investigated", "decided", "published"]);
/** {@inheritDoc ComplaintStageNameSchema} */
export type ComplaintStageName = z.output<typeof ComplaintStageNameSchema>;

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
  departmentId: z.optional(IdSchema),
});
/**
 * {@inheritDoc ComplaintStageSchema}
 *
 * @interface
 */
export type ComplaintStage = z.output<typeof ComplaintStageSchema>;

/**
 * Outcome of a complaint. `notAccepted` (不予受理): the supervisor decided not to accept it (实施条例 art. 61, 94号令
 * art. 21) — record that decision as the `decided` stage, with no `accepted` stage; the acceptance (review) period is
 * then judged against it and no decision on the merits is due.
 */
export const ComplaintOutcomeSchema = z.enum(["upheld", "rejected", "groundless", "notAccepted"]);
/** {@inheritDoc ComplaintOutcomeSchema} */
export type ComplaintOutcome = z.output<typeof ComplaintOutcomeSchema>;

/**
 * The objection (异议, tendering) or challenge (质疑, government procurement) put to the tenderer / purchaser first.
 * 实施条例 art. 60(2): the time taken to answer an objection is not counted in the complaint period. 政府采购法
 * arts. 52–53: a challenge within 7 working days of knowing, answered within 7 working days.
 */
export const ComplaintObjectionSchema = z.object({
  /** Day the complainant knew or should have known of the harm (GP: the 7 working days run from it). */
  knownOn: z.optional(IsoDateSchema),
  filedOn: IsoDateSchema,
  answeredOn: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc ComplaintObjectionSchema}
 *
 * @interface
 */
export type ComplaintObjection = z.output<typeof ComplaintObjectionSchema>;

/** Why the handling period paused: inspection, testing, appraisal, expert review (实施条例 art. 61), or supplementing materials (94号令). */
export const ComplaintPauseReasonSchema = z.enum(["inspection", "testing", "appraisal", "expertReview", "supplement"]);
/** {@inheritDoc ComplaintPauseReasonSchema} */
export type ComplaintPauseReason = z.output<typeof ComplaintPauseReasonSchema>;

/**
 * A pause of the handling, first and last day inclusive (the day the request goes out to the day the answer comes
 * back): it extends the decision period; a `supplement` (补正) asked for within a GP complaint's 5-day review extends
 * the review too (财政部令第94号 arts. 21(1), 27), and before 2018-03-01 no pause extends a GP decision.
 */
export const ComplaintPauseSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  reason: ComplaintPauseReasonSchema,
});
/**
 * {@inheritDoc ComplaintPauseSchema}
 *
 * @interface
 */
export type ComplaintPause = z.output<typeof ComplaintPauseSchema>;

/** A complaint. */
export const ComplaintSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  complainantId: IdSchema,
  complainantName: z.optional(z.string().check(z.minLength(1))),
  /** Day the complainant knew or should have known of the matter (art. 60: complain within 10 days). */
  knownOn: IsoDateSchema,
  filedOn: IsoDateSchema,
  stages: z._default(z.array(ComplaintStageSchema), []),
  outcome: z.optional(ComplaintOutcomeSchema),
  subject: z.optional(z.string()),
  objection: z.optional(ComplaintObjectionSchema),
  pauses: z.optional(z.array(ComplaintPauseSchema)),
  /**
   * The regime the complaint is handled under (招标投标法实施条例 arts. 60–61 or 财政部令第94号): its project's,
   * unless given here. A complaint checked on its own needs it wherever a national rule applies.
   */
  regime: z.optional(RegimeSchema),
  /** The procedure of the project complained about (the project's `procurementMethod`). */
  procurementMethod: z.optional(ProcurementMethodSchema),
});
/**
 * {@inheritDoc ComplaintSchema}
 *
 * @interface
 */
export type Complaint = z.output<typeof ComplaintSchema>;
