import * as z from "./zod";
import { CollectiveDecisionSchema, IdSchema, IsoDateSchema } from "./common";

/*
 * The tenderer's choice of an agency (LC80-3.2): on merit (professional field, then comprehensive credit), otherwise
 * with a written explanation; method and result filed with the resident discipline inspection group (派驻纪检监察组)
 * as a “三重一大” matter.
 */

/** How the agency was chosen. */
export const AgencySelectionMethodSchema = z.enum(["merit", "randomDraw", "competitive", "direct", "other"]);
/** {@inheritDoc AgencySelectionMethodSchema} */
export type AgencySelectionMethod = z.output<typeof AgencySelectionMethodSchema>;

/** One agency the tenderer considered, with the rank of the merit ranking it used (1 = best). */
export const AgencyCandidateSchema = z.object({
  agencyId: IdSchema,
  rank: z.number().check(z.int(), z.gte(1)),
  /** Credit score the ranking used, if recorded. */
  creditScore: z.optional(z.number()),
});
/**
 * {@inheritDoc AgencyCandidateSchema}
 *
 * @interface
 */
export type AgencyCandidate = z.output<typeof AgencyCandidateSchema>;

/** The written explanation (书面说明) for not choosing the top-ranked agency. */
export const WrittenJustificationSchema = z.object({
  text: z.string().check(z.minLength(1)),
  date: IsoDateSchema,
  documentRef: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc WrittenJustificationSchema}
 *
 * @interface
 */
export type WrittenJustification = z.output<typeof WrittenJustificationSchema>;

/** The filing of the selection with the discipline inspection group (rule `AGENCY_SELECTION_FILED`). */
export const SelectionFilingSchema = z.object({
  /** Selection method as filed. */
  method: z.string().check(z.minLength(1)),
  /** Selection result as filed (usually the chosen agency's name). */
  result: z.string().check(z.minLength(1)),
  filedOn: IsoDateSchema,
  /** True when the filing records a collective (“三重一大”) decision. */
  collectiveDecision: z.boolean(),
  decision: z.optional(CollectiveDecisionSchema),
  /** The group filed with (派驻纪检监察组). */
  filedWith: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc SelectionFilingSchema}
 *
 * @interface
 */
export type SelectionFiling = z.output<typeof SelectionFilingSchema>;

/** A tenderer's selection of an agency for a project. */
export const AgencySelectionSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  tendererId: IdSchema,
  selectedOn: IsoDateSchema,
  method: AgencySelectionMethodSchema,
  /** The ranking used; empty when none was made (the merit rule then ranks the candidates itself, if given). */
  candidates: z._default(z.array(AgencyCandidateSchema), []),
  chosenAgencyId: IdSchema,
  justification: z.optional(WrittenJustificationSchema),
  filing: z.optional(SelectionFilingSchema),
});
/**
 * {@inheritDoc AgencySelectionSchema}
 *
 * @interface
 */
export type AgencySelection = z.output<typeof AgencySelectionSchema>;
