import * as z from "./zod";
import { IdSchema, IsoDateSchema, OrganisationRefSchema, RegionCodeSchema } from "./common";
import { DirectorshipSchema, EmploymentSchema, FamilyTieSchema, PersonalShareholdingSchema, PoolStatusSchema } from "./parties";

/*
 * Evaluation experts (评标专家 / 评审专家), item (四) of the directive.
 */

/** Expert pools in use in Liaocheng (LC80-4.1), plus `other` for any further pool. */
export const ExpertPoolSchema = z.enum(["governmentProcurement", "transport", "waterResources", "construction", "other"]);
/** {@inheritDoc ExpertPoolSchema} */
export type ExpertPool = z.output<typeof ExpertPoolSchema>;

/**
 * What kind of employer the expert works for. LC80-4.4: `industrySupervisor` and `tradingCentreStaff` may not enter
 * a pool; a `civilServant` who evaluates may not be paid.
 */
export const EmploymentKindSchema = z.enum([
  "industrySupervisor",
  "tradingCentreStaff",
  "civilServant",
  "publicInstitution",
  "soe",
  "private",
  "university",
  "retired",
  "other",
]);
/** {@inheritDoc EmploymentKindSchema} */
export type EmploymentKind = z.output<typeof EmploymentKindSchema>;

/** The admission review (审核入库) of an expert into a pool (LC80-4.1). */
export const AdmissionReviewSchema = z.object({
  /** Who reviewed (person or department id / name). */
  reviewedBy: z.string().check(z.minLength(1)),
  reviewedOn: IsoDateSchema,
  approved: z.boolean(),
});
/**
 * {@inheritDoc AdmissionReviewSchema}
 *
 * @interface
 */
export type AdmissionReview = z.output<typeof AdmissionReviewSchema>;

/** Membership of one pool. `admission` is absent when no review is on file (rule `EXPERT_ADMITTED` flags it). */
export const PoolMembershipSchema = z.object({
  pool: ExpertPoolSchema,
  admission: z.optional(AdmissionReviewSchema),
});
/**
 * {@inheritDoc PoolMembershipSchema}
 *
 * @interface
 */
export type PoolMembership = z.output<typeof PoolMembershipSchema>;

/** A specialty code of the expert classification (评标专家专业分类), e.g. `A010101`; the model does not fix the scheme. */
export const SpecialtyCodeSchema = z.string().check(z.minLength(1), z.maxLength(64));
/** {@inheritDoc SpecialtyCodeSchema} */
export type SpecialtyCode = z.output<typeof SpecialtyCodeSchema>;

/**
 * An evaluation expert.
 *
 * `status` is `active`, `suspended` (then `suspendedUntil` gives the last day of the suspension) or `removed`.
 * Locality is kept as the division code `region`; whether the expert is "local" to a project is a comparison of
 * codes that the rules and the sampler make (same prefecture-level city = same first four digits by default).
 * The relationships (`employments`, `directorships`, `shareholdings`, `familyTies`) feed the avoidance rule:
 * employment, directorship or control within 3 years, close family, or the same employer as the tenderer.
 */
export const ExpertSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  region: RegionCodeSchema,
  pools: z._default(z.array(PoolMembershipSchema), []),
  specialties: z._default(z.array(SpecialtyCodeSchema), []),
  employer: OrganisationRefSchema,
  employmentKind: EmploymentKindSchema,
  /** Set when the expert is staff of a supervising department (行政监管部门): the department's id. */
  supervisingDepartmentId: z.optional(IdSchema),
  status: z._default(PoolStatusSchema, "active"),
  /** Last day of a suspension; meaningful when `status` is `suspended`. */
  suspendedUntil: z.optional(IsoDateSchema),
  /** Day of removal from the pool; meaningful when `status` is `removed`. */
  removedOn: z.optional(IsoDateSchema),
  employments: z._default(z.array(EmploymentSchema), []),
  directorships: z._default(z.array(DirectorshipSchema), []),
  shareholdings: z._default(z.array(PersonalShareholdingSchema), []),
  familyTies: z._default(z.array(FamilyTieSchema), []),
});
/**
 * {@inheritDoc ExpertSchema}
 *
 * @interface
 */
export type Expert = z.output<typeof ExpertSchema>;
