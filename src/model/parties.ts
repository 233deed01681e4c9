import * as z from "./zod";
import {
  BankAccountSchema,
  IdSchema,
  IsoDateSchema,
  PersonRefSchema,
  ProjectCategorySchema,
  RegionCodeSchema,
} from "./common";
import { BlacklistEntrySchema, CreditRecordSchema, PenaltySchema } from "./credit";

/*
 * The parties of a trading process other than experts and agencies (which have their own files):
 * bidders (投标人/供应商), tenderers (招标人/采购人), social supervisors (社会监督员), inspectors (for 双随机一抽查) and
 * supervising departments (行政监管部门).
 */

/** Unified social credit code (统一社会信用代码, GB 32100): 18 characters, digits and capital letters. */
export const CreditCodeSchema = z.string().check(z.regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, "expected an 18-character unified social credit code"));
/** {@inheritDoc CreditCodeSchema} */
export type CreditCode = z.output<typeof CreditCodeSchema>;

/**
 * A shareholder or controller of a company. Either a company (`partyId`) or a person (`person`) — at least one is
 * given in practice; both are optional so a platform can pass what it has. 实施条例 art. 34 (control relationship)
 * and the avoidance rule (controlling shareholding) read `controlling`.
 */
export const ShareholdingSchema = z.object({
  partyId: z.optional(IdSchema),
  person: z.optional(PersonRefSchema),
  /** Share of the capital in percent, 0..100. */
  sharePercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /** True for a controlling shareholder or actual controller (控股股东 / 实际控制人). */
  controlling: z._default(z.boolean(), false),
});
/**
 * {@inheritDoc ShareholdingSchema}
 *
 * @interface
 */
export type Shareholding = z.output<typeof ShareholdingSchema>;

/** A bidder (投标人 / 供应商). */
export const BidderSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  creditCode: z.optional(CreditCodeSchema),
  region: z.optional(RegionCodeSchema),
  /** 法定代表人: 实施条例 art. 34 forbids two bidders with the same legal representative on one lot. */
  legalRepresentative: z.optional(PersonRefSchema),
  /** Shareholders and controllers (控股 / 管理关系, 实施条例 art. 34). */
  shareholders: z._default(z.array(ShareholdingSchema), []),
  /** Accounts of the bidder (basic account first, if the platform knows which is basic). */
  bankAccounts: z._default(z.array(BankAccountSchema), []),
  creditRecords: z._default(z.array(CreditRecordSchema), []),
  penalties: z._default(z.array(PenaltySchema), []),
  blacklist: z._default(z.array(BlacklistEntrySchema), []),
});
/**
 * {@inheritDoc BidderSchema}
 *
 * @interface
 */
export type Bidder = z.output<typeof BidderSchema>;

/** A tenderer / procuring entity (招标人 / 采购人). */
export const TendererSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  creditCode: z.optional(CreditCodeSchema),
  region: z.optional(RegionCodeSchema),
  /** State-owned enterprise (国有企业): LC80-8 names their projects a supervision vacuum. */
  soe: z._default(z.boolean(), false),
  /** Government investment / financing company (投资公司): LC80-8 as well. */
  investmentCompany: z._default(z.boolean(), false),
  /** The department that supervises this tenderer's projects by default, if any (a project may name its own). */
  supervisingDepartmentId: z.optional(IdSchema),
});
/**
 * {@inheritDoc TendererSchema}
 *
 * @interface
 */
export type Tenderer = z.output<typeof TendererSchema>;

/** Status of a person or party in a pool the library draws from. */
export const PoolStatusSchema = z.enum(["active", "suspended", "removed"]);
/** {@inheritDoc PoolStatusSchema} */
export type PoolStatus = z.output<typeof PoolStatusSchema>;

/** A social supervisor (社会监督员), drawn 1–2 per major or public-impact project (LC80-6.3). */
export const SocialSupervisorSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  region: z.optional(RegionCodeSchema),
  /** Employer, for conflict checks against the tenderer and bidders. */
  employerId: z.optional(IdSchema),
  status: z._default(PoolStatusSchema, "active"),
});
/**
 * {@inheritDoc SocialSupervisorSchema}
 *
 * @interface
 */
export type SocialSupervisor = z.output<typeof SocialSupervisorSchema>;

/** An inspector of a supervising department, drawn at random for quarterly spot checks (双随机, LC80-5.2). */
export const InspectorSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  departmentId: IdSchema,
  region: z.optional(RegionCodeSchema),
  status: z._default(PoolStatusSchema, "active"),
});
/**
 * {@inheritDoc InspectorSchema}
 *
 * @interface
 */
export type Inspector = z.output<typeof InspectorSchema>;

/** An administrative supervising department (行政监管部门), e.g. housing and construction, transport, water, finance. */
export const SupervisingDepartmentSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  region: z.optional(RegionCodeSchema),
  /** Project categories this department supervises. */
  sectors: z._default(z.array(ProjectCategorySchema), []),
});
/**
 * {@inheritDoc SupervisingDepartmentSchema}
 *
 * @interface
 */
export type SupervisingDepartment = z.output<typeof SupervisingDepartmentSchema>;

/** Relationship of a close family member (近亲属), for the avoidance rule. */
export const FamilyRelationSchema = z.enum([
  // 配偶
  "spouse",
  // 直系血亲 (lineal blood relatives, every generation)
  "parent",
  "child",
  "grandparent",
  "grandchild",
  "greatGrandparent",
  "greatGrandchild",
  // 三代以内旁系血亲 (collateral blood relatives within three generations)
  "sibling",
  "uncleOrAunt",
  "nephewOrNiece",
  "cousin",
  // 近姻亲 (close in-laws): the spouse's parents and siblings, a child's or sibling's spouse
  "parentInLaw",
  "childInLaw",
  "siblingInLaw",
]);

/**
 * The relations by degree. 民法典 art. 1045 (近亲属: spouse, parents, children, siblings, grandparents,
 * grandchildren) is what the tendering texts' 近亲属 means; 政府采购法实施条例 art. 9(4) reaches further: spouse, lineal
 * blood relatives, collateral blood relatives within three generations and close in-laws. There is no `other`: a
 * tie the platform cannot place is refused, with the list of known relations, rather than silently not counted.
 */
export const CLOSE_RELATIVES_CIVIL_CODE: ReadonlyArray<z.output<typeof FamilyRelationSchema>> = ["spouse", "parent", "child", "sibling", "grandparent", "grandchild"];
/** 政府采购法实施条例 art. 9(4): every relation the model knows. */
export const RELATIVES_GP_ARTICLE_9: ReadonlyArray<z.output<typeof FamilyRelationSchema>> = FamilyRelationSchema.options;
/** {@inheritDoc FamilyRelationSchema} */
export type FamilyRelation = z.output<typeof FamilyRelationSchema>;

/** A close-family tie to a person (who may be a bidder's legal representative, controller, agent or staff). */
export const FamilyTieSchema = z.object({
  person: PersonRefSchema,
  relation: FamilyRelationSchema,
});
/**
 * {@inheritDoc FamilyTieSchema}
 *
 * @interface
 */
export type FamilyTie = z.output<typeof FamilyTieSchema>;

/** A period of a relationship: `from` the first day, `to` the last day (inclusive); no `to` = still running. */
const periodShape = {
  from: IsoDateSchema,
  /** Last day, inclusive. Absent: still current. */
  to: z.optional(IsoDateSchema),
};

/** An employment with an organisation over a period (avoidance: within the last 3 years). */
export const EmploymentSchema = z.object({
  employerId: IdSchema,
  employerName: z.optional(z.string().check(z.minLength(1))),
  ...periodShape,
});
/**
 * {@inheritDoc EmploymentSchema}
 *
 * @interface
 */
export type Employment = z.output<typeof EmploymentSchema>;

/** A directorship or senior-management post (董事、监事、高级管理人员) in a company over a period. */
export const DirectorshipSchema = z.object({
  companyId: IdSchema,
  companyName: z.optional(z.string().check(z.minLength(1))),
  role: z.optional(z.string().check(z.minLength(1))),
  ...periodShape,
});
/**
 * {@inheritDoc DirectorshipSchema}
 *
 * @interface
 */
export type Directorship = z.output<typeof DirectorshipSchema>;

/** A shareholding held by a person in a company over a period (avoidance: control within the last 3 years). */
export const PersonalShareholdingSchema = z.object({
  companyId: IdSchema,
  companyName: z.optional(z.string().check(z.minLength(1))),
  sharePercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
  controlling: z._default(z.boolean(), false),
  from: z.optional(IsoDateSchema),
  to: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc PersonalShareholdingSchema}
 *
 * @interface
 */
export type PersonalShareholding = z.output<typeof PersonalShareholdingSchema>;
