import * as z from "../../model/zod";
import { AwardSchema, ContractSchema } from "../../model/award";
import { AgencySelectionSchema } from "../../model/agencySelection";
import { IsoDateSchema } from "../../model/common";
import { ComplaintSchema } from "../../model/complaint";
import { CommitteeMemberSchema, EvaluationSchema } from "../../model/evaluation";
import { ExpertSchema } from "../../model/expert";
import { BidderSchema, TendererSchema } from "../../model/parties";
import { AbandonmentSchema, PlanCancellationSchema } from "../../model/performance";
import { ContractingProcessSchema } from "../../model/process";
import { ProjectSchema } from "../../model/project";
import { SpotCheckQuarterSchema } from "../../model/spotCheck";
import { AgencyCreditInputSchema } from "../../scoring/agency/agency-input";

/*
 * What each validator takes: the model's schemas, composed. A validator parses its whole input first, so nothing is
 * evaluated on bad input and the GgzyError names the path (`committee[2].expertId`).
 *
 * Each validator's parameter is typed by its schema's *input* type (`z.input`: optional fields, defaults not yet
 * applied, dates as strings), named after the validator: `validateAward(input: AwardInput)`. A platform gets
 * completion and compile-time errors; the runtime check stays, so a JavaScript caller (or a cast) still gets the
 * typed GgzyError. Code that holds untyped JSON calls `validateRecord(json, kind)` (it takes `unknown`).
 */

/** Input of `validateExpertAdmission`: one expert record. */
export type ExpertAdmissionInput = z.input<typeof ExpertSchema>;

/** Input of `validateSpotCheckQuarter`: one quarter's spot-check record. */
export type SpotCheckQuarterInput = z.input<typeof SpotCheckQuarterSchema>;

/** Input of `validateComplaint`: one complaint record. */
export type ComplaintInput = z.input<typeof ComplaintSchema>;

/** Input of `validateAgencySelection`: the selection, its project, and the agencies considered (the chosen one included). */
export const AgencySelectionCheckSchema = z.object({
  selection: AgencySelectionSchema,
  project: ProjectSchema,
  agencies: z.array(AgencyCreditInputSchema).check(z.minLength(1)),
  /** Staff on the project (person id or name); absent = every staff member of the agency (LC80-3.3). */
  projectStaff: z.optional(z.array(z.string().check(z.minLength(1)))),
});
/**
 * Input of `validateAgencySelection` (see {@link AgencySelectionCheckSchema}).
 *
 * @interface
 */
export type AgencySelectionInput = z.input<typeof AgencySelectionCheckSchema>;

/** Input of `validateCommittee`. */
export const CommitteeCheckSchema = z.object({
  project: ProjectSchema,
  committee: z.array(CommitteeMemberSchema),
  /** Every expert the committee names. */
  experts: z.array(ExpertSchema),
  tenderer: z.optional(TendererSchema),
  bidders: z._default(z.array(BidderSchema), []),
  /** Day of the evaluation; default `project.dates.evaluationOn`, then `options.asOf`. */
  evaluationOn: z.optional(IsoDateSchema),
});
/**
 * Input of `validateCommittee` (see {@link CommitteeCheckSchema}). Not the data a committee is *drawn* from: that is
 * `CommitteeRequest["inputs"]` in `ggzy-rules/sampling`.
 */
export type CommitteeInput = z.input<typeof CommitteeCheckSchema>;

/** Input of `validateEvaluation`: with `experts`, the committee is checked too. */
export const EvaluationCheckSchema = z.object({
  project: ProjectSchema,
  evaluation: EvaluationSchema,
  experts: z.optional(z.array(ExpertSchema)),
  tenderer: z.optional(TendererSchema),
  bidders: z._default(z.array(BidderSchema), []),
});
/**
 * Input of `validateEvaluation` (see {@link EvaluationCheckSchema}).
 *
 * @interface
 */
export type EvaluationInput = z.input<typeof EvaluationCheckSchema>;

/** Input of `validateAward`: any of the award (with its contract), a cancellation, an abandonment. */
export const AwardCheckSchema = z.object({
  award: z.optional(AwardSchema),
  contract: z.optional(ContractSchema),
  cancellation: z.optional(PlanCancellationSchema),
  abandonment: z.optional(AbandonmentSchema),
  /** To name the winner in messages. */
  bidders: z._default(z.array(BidderSchema), []),
  /** The project: its regime and method decide which national rules apply (required where one does). */
  project: z.optional(ProjectSchema),
  /**
   * The project's evaluations, optional: when given (`[]` included: none on record), the review's end
   * (GP_REPORT_DELIVERED_IN_TIME) and the objections to the result (RESULT_OBJECTION_ANSWERED_BEFORE_AWARD) are read
   * from them as `validateProject` reads them; when absent, those two rules are not judged (skipped, `noData`).
   */
  evaluations: z.optional(z.array(EvaluationSchema)),
});
type AwardCheckFields = z.input<typeof AwardCheckSchema>;

/**
 * Input of `validateAward` (see {@link AwardCheckSchema}): the schema's input type, with the one constraint its
 * fields cannot say on their own — at least one of `award`, `cancellation`, `abandonment` — so `validateAward({})`
 * does not compile (at run time it is the same `INVALID_INPUT` as before).
 */
export type AwardInput = AwardCheckFields &
  (
    | { award: NonNullable<AwardCheckFields["award"]> }
    | { cancellation: NonNullable<AwardCheckFields["cancellation"]> }
    | { abandonment: NonNullable<AwardCheckFields["abandonment"]> }
  );

/**
 * Input of `validateProject`: a contracting process (the OCDS-shaped record of the model) plus what the directive
 * checks around it: the agency selection, evaluations with their experts, cancellations, abandonments, complaints.
 */
export const ProjectRecordSchema = z.extend(ContractingProcessSchema, {
  agencySelection: z.optional(AgencySelectionSchema),
  /** Agencies with credit data for the merit ranking (default: `parties.agencies`). */
  agencyCredit: z.optional(z.array(AgencyCreditInputSchema)),
  /**
   * The project's evaluations. Absent = not given: the award rules read from them (the review's end, the objections
   * to the result) are skipped, `noData`; `[]` = none on record, and they are judged.
   */
  evaluations: z.optional(z.array(EvaluationSchema)),
  experts: z._default(z.array(ExpertSchema), []),
  cancellations: z._default(z.array(PlanCancellationSchema), []),
  abandonments: z._default(z.array(AbandonmentSchema), []),
  complaints: z._default(z.array(ComplaintSchema), []),
});
/**
 * Input of `validateProject` (see {@link ProjectRecordSchema}).
 *
 * @interface
 */
export type ProjectInput = z.input<typeof ProjectRecordSchema>;
