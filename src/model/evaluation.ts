import * as z from "./zod";
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, RegionCodeSchema, YuanSchema } from "./common";

/*
 * An evaluation (评标 / 评审): the committee, the blind review, the per-event ratings of experts, what was
 * disclosed and when. Items (四) and (六) of the directive.
 */

/** Role on the committee: an expert drawn from a pool, or the tenderer's representative (招标人代表). */
export const CommitteeRoleSchema = z.enum(["expert", "tendererRepresentative"]);
/** {@inheritDoc CommitteeRoleSchema} */
export type CommitteeRole = z.output<typeof CommitteeRoleSchema>;

/**
 * What a payment to a member is: a `fee` (评审费 / 劳务报酬, remuneration) or the `reimbursement` of actual costs
 * (travel, board), which is not remuneration — LC80-4.4 forbids only paying a civil servant.
 */
export const MemberPaymentKindSchema = z.enum(["fee", "reimbursement"]);
/** {@inheritDoc MemberPaymentKindSchema} */
export type MemberPaymentKind = z.output<typeof MemberPaymentKindSchema>;

/** One payment to a member. */
export const MemberPaymentSchema = z.object({
  kind: MemberPaymentKindSchema,
  amountYuan: YuanSchema,
  note: z.optional(z.string()),
});
/**
 * {@inheritDoc MemberPaymentSchema}
 *
 * @interface
 */
export type MemberPayment = z.output<typeof MemberPaymentSchema>;

/**
 * A committee member. Whether the member is "local" is derived (the expert's `region` against the project's), so it
 * is not stored; `remote` says the member evaluated from another site (远程异地评标, LC80-4.3).
 */
export const CommitteeMemberSchema = z.object({
  expertId: IdSchema,
  role: CommitteeRoleSchema,
  chair: z._default(z.boolean(), false),
  /** Fee paid in yuan (评审费); a civil servant's must be absent or 0 (LC80-4.4, rule `CIVIL_SERVANT_UNPAID`). */
  feeYuan: z.optional(YuanSchema),
  /** Payments by kind; fees here add to `feeYuan`, reimbursements of actual costs are not a fee. */
  payments: z.optional(z.array(MemberPaymentSchema)),
  remote: z._default(z.boolean(), false),
  /** Site the member evaluated from, when remote. */
  siteRegion: z.optional(RegionCodeSchema),
});
/**
 * {@inheritDoc CommitteeMemberSchema}
 *
 * @interface
 */
export type CommitteeMember = z.output<typeof CommitteeMemberSchema>;

/** The anonymous code (暗标编号) given to one bid. */
export const BlindCodeSchema = z.object({
  bidId: IdSchema,
  code: z.string().check(z.minLength(1)),
});
/**
 * {@inheritDoc BlindCodeSchema}
 *
 * @interface
 */
export type BlindCode = z.output<typeof BlindCodeSchema>;

/** The order in which one reviewer sees the blind codes (错位评审: orders differ between reviewers). */
export const ReviewOrderSchema = z.object({
  expertId: IdSchema,
  codes: z.array(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc ReviewOrderSchema}
 *
 * @interface
 */
export type ReviewOrder = z.output<typeof ReviewOrderSchema>;

/** A blind (暗标) technical review with dislocated orders (LC80-6.1). */
export const BlindReviewSchema = z.object({
  codes: z.array(BlindCodeSchema),
  orders: z.array(ReviewOrderSchema),
  /** The id of the draw record that produced the codes and orders (see sampling), if any. */
  drawRecordRef: z.optional(z.string().check(z.minLength(1))),
  /** Codes stay sealed until this moment (the end of evaluation). */
  sealedUntil: z.optional(IsoDateTimeSchema),
});
/**
 * {@inheritDoc BlindReviewSchema}
 *
 * @interface
 */
export type BlindReview = z.output<typeof BlindReviewSchema>;

/** Who rates an expert after an evaluation (一事一评, LC80-4.2). */
export const RaterPartySchema = z.enum(["tenderer", "agency", "supervisor"]);
/** {@inheritDoc RaterPartySchema} */
export type RaterParty = z.output<typeof RaterPartySchema>;

/** One party's rating of one expert for this evaluation: a score (0..100) per dimension, e.g. `{ fairness: 90 }`. */
export const ExpertRatingSchema = z.object({
  expertId: IdSchema,
  rater: RaterPartySchema,
  raterId: z.optional(IdSchema),
  ratedOn: IsoDateSchema,
  scores: z.record(z.string().check(z.minLength(1)), z.number().check(z.gte(0), z.lte(100))),
  comment: z.optional(z.string()),
});
/**
 * {@inheritDoc ExpertRatingSchema}
 *
 * @interface
 */
export type ExpertRating = z.output<typeof ExpertRatingSchema>;

/** Where something was published (LC80-4.2: on site, website, WeChat; LC80-6.4: public screen and website). */
export const DisclosureChannelSchema = z.enum(["screen", "website", "wechat"]);
/** {@inheritDoc DisclosureChannelSchema} */
export type DisclosureChannel = z.output<typeof DisclosureChannelSchema>;

/** What was published. */
export const DisclosureContentSchema = z.enum(["expertNames", "totalScores", "candidates", "expertRatings", "result"]);
/** {@inheritDoc DisclosureContentSchema} */
export type DisclosureContent = z.output<typeof DisclosureContentSchema>;

/** One publication. */
export const EvaluationDisclosureSchema = z.object({
  channel: DisclosureChannelSchema,
  contents: z.array(DisclosureContentSchema).check(z.minLength(1)),
  publishedOn: IsoDateSchema,
  url: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc EvaluationDisclosureSchema}
 *
 * @interface
 */
export type EvaluationDisclosure = z.output<typeof EvaluationDisclosureSchema>;

/** Publication period of the winning candidates (中标候选人公示), 实施条例 art. 54: within 3 days, ≥ 3 days. */
export const CandidatePublicationSchema = z.object({
  startOn: IsoDateSchema,
  endOn: IsoDateSchema,
});
/**
 * {@inheritDoc CandidatePublicationSchema}
 *
 * @interface
 */
export type CandidatePublication = z.output<typeof CandidatePublicationSchema>;

/**
 * An objection to the evaluation result (对评标结果的异议), 招标投标法实施条例 art. 54 para. 2: raised by a bidder or
 * another interested party during the candidates' publication; the tenderer answers within 3 days of receiving it.
 */
export const ResultObjectionSchema = z.object({
  id: IdSchema,
  /** Day the tenderer received it (the period to answer runs from it). */
  filedOn: IsoDateSchema,
  answeredOn: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc ResultObjectionSchema}
 *
 * @interface
 */
export type ResultObjection = z.output<typeof ResultObjectionSchema>;

/** A social supervisor's attendance (LC80-6.3: attends the whole evaluation). */
export const SupervisorAttendanceSchema = z.object({
  supervisorId: IdSchema,
  wholeEvaluation: z._default(z.boolean(), true),
});
/**
 * {@inheritDoc SupervisorAttendanceSchema}
 *
 * @interface
 */
export type SupervisorAttendance = z.output<typeof SupervisorAttendanceSchema>;

/** Status of an evaluation. */
export const EvaluationStatusSchema = z.enum(["scheduled", "inProgress", "finished", "cancelled"]);
/** {@inheritDoc EvaluationStatusSchema} */
export type EvaluationStatus = z.output<typeof EvaluationStatusSchema>;

/** An evaluation of a project (or one lot of it). */
export const EvaluationSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  lotId: z.optional(IdSchema),
  status: EvaluationStatusSchema,
  startedAt: z.optional(IsoDateTimeSchema),
  endedAt: z.optional(IsoDateTimeSchema),
  /** Where the evaluation took place (main site). */
  siteRegion: z.optional(RegionCodeSchema),
  committee: z._default(z.array(CommitteeMemberSchema), []),
  /** The id of the committee draw record (see sampling), if the committee was drawn. */
  committeeDrawRef: z.optional(z.string().check(z.minLength(1))),
  blindReview: z.optional(BlindReviewSchema),
  ratings: z._default(z.array(ExpertRatingSchema), []),
  disclosures: z._default(z.array(EvaluationDisclosureSchema), []),
  /** Day the tenderer received the evaluation report (评标报告); art. 54 counts from it. */
  reportOn: z.optional(IsoDateSchema),
  candidatePublication: z.optional(CandidatePublicationSchema),
  /** Objections to the evaluation result (招标投标法实施条例 art. 54 para. 2); optional, absent when none were recorded. */
  resultObjections: z.optional(z.array(ResultObjectionSchema)),
  socialSupervisors: z._default(z.array(SupervisorAttendanceSchema), []),
});
/**
 * {@inheritDoc EvaluationSchema}
 *
 * @interface
 */
export type Evaluation = z.output<typeof EvaluationSchema>;
