import * as z from "./zod";
import { IdSchema, IsoDateSchema, PersonRefSchema, ProjectCategorySchema, RegionCodeSchema } from "./common";
import { BlacklistEntrySchema, CreditRecordSchema, PenaltySchema } from "./credit";

/*
 * Procurement agencies (招标代理机构 / 采购代理机构), item (三) of the directive.
 */

/** One published part of an agency's disclosure (LC80-3.1). Absent part = not published. */
export const DisclosurePartSchema = z.object({
  publishedOn: IsoDateSchema,
  updatedOn: z.optional(IsoDateSchema),
  /** Where it is published (URL or notice reference). */
  url: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc DisclosurePartSchema}
 *
 * @interface
 */
export type DisclosurePart = z.output<typeof DisclosurePartSchema>;

/** The five parts supervisors publish per agency (LC80-3.1); rule `AGENCY_DISCLOSURE_COMPLETE` wants all five. */
export const AgencyDisclosureSchema = z.object({
  personnel: z.optional(DisclosurePartSchema),
  practiceRecord: z.optional(DisclosurePartSchema),
  internalControls: z.optional(DisclosurePartSchema),
  inspectionAndPenaltyRecord: z.optional(DisclosurePartSchema),
  creditRecord: z.optional(DisclosurePartSchema),
});
/**
 * {@inheritDoc AgencyDisclosureSchema}
 *
 * @interface
 */
export type AgencyDisclosure = z.output<typeof AgencyDisclosureSchema>;

/** The disclosure part names, in the order the directive lists them. */
export const AGENCY_DISCLOSURE_PARTS = [
  "personnel",
  "practiceRecord",
  "internalControls",
  "inspectionAndPenaltyRecord",
  "creditRecord",
] as const satisfies ReadonlyArray<keyof AgencyDisclosure>;

/** A training attended by an agency staff member (LC80-3.3). */
export const TrainingRecordSchema = z.object({
  date: IsoDateSchema,
  course: z.string().check(z.minLength(1)),
  passed: z.boolean(),
});
/**
 * {@inheritDoc TrainingRecordSchema}
 *
 * @interface
 */
export type TrainingRecord = z.output<typeof TrainingRecordSchema>;

/** A staff member of an agency, with training records. */
export const AgencyStaffSchema = z.object({
  person: PersonRefSchema,
  role: z.optional(z.string().check(z.minLength(1))),
  trainings: z._default(z.array(TrainingRecordSchema), []),
});
/**
 * {@inheritDoc AgencyStaffSchema}
 *
 * @interface
 */
export type AgencyStaff = z.output<typeof AgencyStaffSchema>;

/** A procurement agency. */
export const AgencySchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  region: z.optional(RegionCodeSchema),
  disclosure: z._default(AgencyDisclosureSchema, {}),
  staff: z._default(z.array(AgencyStaffSchema), []),
  /** Professional fields (专业领域), matched against the project's category (LC80-3.2). */
  professionalFields: z._default(z.array(ProjectCategorySchema), []),
  creditRecords: z._default(z.array(CreditRecordSchema), []),
  penalties: z._default(z.array(PenaltySchema), []),
  blacklist: z._default(z.array(BlacklistEntrySchema), []),
});
/**
 * {@inheritDoc AgencySchema}
 *
 * @interface
 */
export type Agency = z.output<typeof AgencySchema>;
