import * as z from "zod";
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
import { AgencyCreditInputSchema } from "../../scoring/agency/agency-input";

/*
 * What each validator takes: the model's schemas, composed. A validator parses its whole input first, so nothing is
 * evaluated on bad input and the GgzyError names the path (`committee[2].expertId`).
 */

/** Input of `validateAgencySelection`: the selection, its project, and the agencies considered (the chosen one included). */
export const AgencySelectionCheckSchema = z.object({
  selection: AgencySelectionSchema,
  project: ProjectSchema,
  agencies: z.array(AgencyCreditInputSchema).min(1),
  /** Staff on the project (person id or name); absent = every staff member of the agency (LC80-3.3). */
  projectStaff: z.array(z.string().min(1)).optional(),
});
/**
 * {@inheritDoc AgencySelectionCheckSchema}
 *
 * @interface
 */
export type AgencySelectionCheck = z.input<typeof AgencySelectionCheckSchema>;

/** Input of `validateCommittee`. */
export const CommitteeCheckSchema = z.object({
  project: ProjectSchema,
  committee: z.array(CommitteeMemberSchema),
  /** Every expert the committee names. */
  experts: z.array(ExpertSchema),
  tenderer: TendererSchema.optional(),
  bidders: z.array(BidderSchema).default([]),
  /** Day of the evaluation; default `project.dates.evaluationOn`, then `options.asOf`. */
  evaluationOn: IsoDateSchema.optional(),
});
/**
 * {@inheritDoc CommitteeCheckSchema}
 *
 * @interface
 */
export type CommitteeCheck = z.input<typeof CommitteeCheckSchema>;

/** Input of `validateEvaluation`: with `experts`, the committee is checked too. */
export const EvaluationCheckSchema = z.object({
  project: ProjectSchema,
  evaluation: EvaluationSchema,
  experts: z.array(ExpertSchema).optional(),
  tenderer: TendererSchema.optional(),
  bidders: z.array(BidderSchema).default([]),
});
/**
 * {@inheritDoc EvaluationCheckSchema}
 *
 * @interface
 */
export type EvaluationCheck = z.input<typeof EvaluationCheckSchema>;

/** Input of `validateAward`: any of the award (with its contract), a cancellation, an abandonment. */
export const AwardCheckSchema = z.object({
  award: AwardSchema.optional(),
  contract: ContractSchema.optional(),
  cancellation: PlanCancellationSchema.optional(),
  abandonment: AbandonmentSchema.optional(),
  /** To name the winner in messages. */
  bidders: z.array(BidderSchema).default([]),
  /** The project: its regime and method decide which national rules apply (required where one does). */
  project: ProjectSchema.optional(),
});
/**
 * {@inheritDoc AwardCheckSchema}
 *
 * @interface
 */
export type AwardCheck = z.input<typeof AwardCheckSchema>;

/**
 * Input of `validateProject`: a contracting process (the OCDS-shaped record of the model) plus what the directive
 * checks around it: the agency selection, evaluations with their experts, cancellations, abandonments, complaints.
 */
export const ProjectRecordSchema = ContractingProcessSchema.extend({
  agencySelection: AgencySelectionSchema.optional(),
  /** Agencies with credit data for the merit ranking (default: `parties.agencies`). */
  agencyCredit: z.array(AgencyCreditInputSchema).optional(),
  evaluations: z.array(EvaluationSchema).default([]),
  experts: z.array(ExpertSchema).default([]),
  cancellations: z.array(PlanCancellationSchema).default([]),
  abandonments: z.array(AbandonmentSchema).default([]),
  complaints: z.array(ComplaintSchema).default([]),
});
/**
 * {@inheritDoc ProjectRecordSchema}
 *
 * @interface
 */
export type ProjectRecord = z.input<typeof ProjectRecordSchema>;
