import * as z from "zod";
import { IdSchema, IsoDateSchema, PersonRefSchema, ProjectCategorySchema, RegionCodeSchema } from "./common";
import { BlacklistEntrySchema, CreditRecordSchema, PenaltySchema } from "./credit";

/*
 * Procurement agencies (招标代理机构 / 采购代理机构), item (三) of the directive.
 */

/** One published part of an agency's disclosure (LC80-3.1). Absent part = not published. */
export const DisclosurePartSchema = z.object({
  publishedOn: IsoDateSchema,
  updatedOn: IsoDateSchema.optional(),
  /** Where it is published (URL or notice reference). */
  url: z.string().min(1).optional(),
});
/**
 * {@inheritDoc DisclosurePartSchema}
 *
 * @interface
 */
export type DisclosurePart = z.infer<typeof DisclosurePartSchema>;

/** The five parts supervisors publish per agency (LC80-3.1); rule `AGENCY_DISCLOSURE_COMPLETE` wants all five. */
export const AgencyDisclosureSchema = z.object({
  personnel: DisclosurePartSchema.optional(),
  practiceRecord: DisclosurePartSchema.optional(),
  internalControls: DisclosurePartSchema.optional(),
  inspectionAndPenaltyRecord: DisclosurePartSchema.optional(),
  creditRecord: DisclosurePartSchema.optional(),
});
/**
 * {@inheritDoc AgencyDisclosureSchema}
 *
 * @interface
 */
export type AgencyDisclosure = z.infer<typeof AgencyDisclosureSchema>;

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
  course: z.string().min(1),
  passed: z.boolean(),
});
/**
 * {@inheritDoc TrainingRecordSchema}
 *
 * @interface
 */
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;

/** A staff member of an agency, with training records. */
export const AgencyStaffSchema = z.object({
  person: PersonRefSchema,
  role: z.string().min(1).optional(),
  trainings: z.array(TrainingRecordSchema).default([]),
});
/**
 * {@inheritDoc AgencyStaffSchema}
 *
 * @interface
 */
export type AgencyStaff = z.infer<typeof AgencyStaffSchema>;

/** A procurement agency. */
export const AgencySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  region: RegionCodeSchema.optional(),
  disclosure: AgencyDisclosureSchema.default({}),
  staff: z.array(AgencyStaffSchema).default([]),
  /** Professional fields (专业领域), matched against the project's category (LC80-3.2). */
  professionalFields: z.array(ProjectCategorySchema).default([]),
  creditRecords: z.array(CreditRecordSchema).default([]),
  penalties: z.array(PenaltySchema).default([]),
  blacklist: z.array(BlacklistEntrySchema).default([]),
});
/**
 * {@inheritDoc AgencySchema}
 *
 * @interface
 */
export type Agency = z.infer<typeof AgencySchema>;
