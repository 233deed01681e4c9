import * as z from "./zod";
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, ProjectCategorySchema, RegionCodeSchema, YuanSchema } from "./common";

/*
 * A trading project (交易项目): one tender / procurement, possibly in lots.
 */

/**
 * Procurement method. Tendering law: `open` (公开招标), `selective` (邀请招标). Government procurement adds
 * `competitiveNegotiation` (竞争性谈判), `competitiveConsultation` (竞争性磋商), `inquiry` (询价), `direct`
 * (单一来源). `limited` follows the OCDS code of the same name (a restricted procedure other than invitation).
 */
export const ProcurementMethodSchema = z.enum([
  "open",
  "selective",
  "limited",
  "direct",
  "competitiveNegotiation",
  "competitiveConsultation",
  "inquiry",
  "frameworkAgreement",
  "other",
]);
/** {@inheritDoc ProcurementMethodSchema} */
export type ProcurementMethod = z.output<typeof ProcurementMethodSchema>;

/**
 * The legal regime a procedure runs under: `tendering` (招标投标法 and its 实施条例 — every 招标, including
 * government-procurement works tendered under 政府采购法实施条例 art. 7) or `governmentProcurement` (政府采购法, its
 * 实施条例 and the 财政部 orders 87, 74, 94, 财库〔2014〕214号 — goods and services, and works procured other than
 * by tendering). National rules apply only under the regime their article belongs to; `category` is what is
 * procured and says nothing about the regime — except that the validators refuse a works project (`construction`,
 * `transport`, `waterResources`) recorded as `governmentProcurement` with a tendering method (`open`, `selective`),
 * which art. 7 puts under 招标投标法. Goods and
 * services tied to works (tendered under 招标投标法 too) cannot be told from the category and are not checked.
 */
export const RegimeSchema = z.enum(["tendering", "governmentProcurement"]);
/** {@inheritDoc RegimeSchema} */
export type Regime = z.output<typeof RegimeSchema>;

/** The methods each regime knows: 招标投标法 art. 10 has only open and invited tendering. */
export const METHODS_BY_REGIME = {
  tendering: ["open", "selective"],
  governmentProcurement: ["open", "selective", "competitiveNegotiation", "competitiveConsultation", "inquiry", "direct", "frameworkAgreement", "limited", "other"],
} as const satisfies Record<Regime, ReadonlyArray<ProcurementMethod>>;

/** A lot (标段 / 包). */
export const LotSchema = z.object({
  id: IdSchema,
  name: z.optional(z.string().check(z.minLength(1))),
  budgetYuan: z.optional(YuanSchema),
});
/**
 * {@inheritDoc LotSchema}
 *
 * @interface
 */
export type Lot = z.output<typeof LotSchema>;

/** A classification code of an item (OCDS `Classification`), e.g. scheme `CPV` or the Chinese `GB/T 4754`. */
export const ClassificationSchema = z.object({
  scheme: z.string().check(z.minLength(1)),
  id: z.string().check(z.minLength(1)),
  description: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc ClassificationSchema}
 *
 * @interface
 */
export type Classification = z.output<typeof ClassificationSchema>;

/** A line item of what is procured or awarded (OCDS `Item`); R048 compares awarded items' classifications. */
export const ItemSchema = z.object({
  id: IdSchema,
  description: z.optional(z.string().check(z.minLength(1))),
  classification: z.optional(ClassificationSchema),
  quantity: z.optional(z.number().check(z.gte(0))),
  lotId: z.optional(IdSchema),
});
/**
 * {@inheritDoc ItemSchema}
 *
 * @interface
 */
export type Item = z.output<typeof ItemSchema>;

/** The dates of a project's tender. */
export const ProjectDatesSchema = z.object({
  /** Tender notice published (招标公告发布). */
  publishedOn: z.optional(IsoDateSchema),
  /** Start of the bid submission period (tender documents available). */
  bidPeriodStart: z.optional(IsoDateTimeSchema),
  /** Bid submission deadline (投标截止时间). */
  bidDeadline: z.optional(IsoDateTimeSchema),
  /**
   * Day of evaluation (评标): its first day. Where no evaluation record says when the review ended, the rules that count
   * from the end (政府采购法实施条例 art. 43) take this day as the end too — a one-day review.
   */
  evaluationOn: z.optional(IsoDateSchema),
  /**
   * First day the tender (procurement) documents were issued or provided (招标文件开始发出之日); the minimum
   * periods to the bid deadline run from it (招标投标法 art. 24, 政府采购法 art. 35, 74号令 arts. 29/45, 214号 art. 10).
   */
  documentsIssuedOn: z.optional(IsoDateSchema),
  /** Last day the documents were on sale / provided (实施条例 art. 16, 87号令 art. 18). */
  documentsAvailableUntil: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc ProjectDatesSchema}
 *
 * @interface
 */
export type ProjectDates = z.output<typeof ProjectDatesSchema>;

/** A clarification or change of issued documents (澄清或者修改), 实施条例 art. 21, 87号令 art. 27. */
export const ClarificationSchema = z.object({
  issuedOn: IsoDateSchema,
  /** It may affect how bids are prepared (可能影响投标文件编制): only then does the 15-day rule apply. */
  affectsPreparation: z.boolean(),
});
/**
 * {@inheritDoc ClarificationSchema}
 *
 * @interface
 */
export type Clarification = z.output<typeof ClarificationSchema>;

/** An objection to the tender documents (对招标文件的异议), 实施条例 art. 22. */
export const DocumentObjectionSchema = z.object({
  id: IdSchema,
  filedOn: IsoDateSchema,
  answeredOn: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc DocumentObjectionSchema}
 *
 * @interface
 */
export type DocumentObjection = z.output<typeof DocumentObjectionSchema>;

/** Status of the tender, as in OCDS `tender.status`. */
export const TenderStatusSchema = z.enum(["planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"]);
/** {@inheritDoc TenderStatusSchema} */
export type TenderStatus = z.output<typeof TenderStatusSchema>;

/** A trading project. */
export const ProjectSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  category: ProjectCategorySchema,
  budgetYuan: z.optional(YuanSchema),
  /**
   * The legal regime (see {@link RegimeSchema}). Optional in the schema, but every national rule needs it: a record
   * without it is refused (naming the rule) wherever such a rule applies — the library never guesses it.
   */
  regime: z.optional(RegimeSchema),
  /** The procedure (the issue's `method`): OCDS `procurementMethod` plus the Chinese procedures, see docs/ocds-extension.md. */
  procurementMethod: ProcurementMethodSchema,
  /** Free-text local method name (OCDS `procurementMethodDetails`), e.g. 公开招标 / 竞争性磋商. */
  procurementMethodDetails: z.optional(z.string().check(z.minLength(1))),
  /** Optional on purpose: rule `PROJECT_HAS_SUPERVISOR` (LC80-8) reports a project without one. */
  supervisingDepartmentId: z.optional(IdSchema),
  tendererId: IdSchema,
  agencyId: z.optional(IdSchema),
  /** Major project (重大项目), LC80-6.3. */
  major: z._default(z.boolean(), false),
  /** Public-service project of wide social impact (社会影响较大的民生工程), LC80-6.3. */
  publicImpact: z._default(z.boolean(), false),
  /** Supporting municipal, pipeline or greening works of a construction project (配套工程), LC80-8. */
  supportingWorks: z._default(z.boolean(), false),
  /** Technically complex (技术复杂), 87号令 art. 47(2). */
  technicallyComplex: z.optional(z.boolean()),
  /**
   * Goods or services at or above the open-tender threshold (达到公开招标数额标准), or works at the tendering scale
   * (达到招标规模标准): 74号令 art. 7 then wants 5 or more in a negotiation or inquiry group.
   */
  atTenderThreshold: z.optional(z.boolean()),
  /** No supervising department is designated by law or regulation for this matter (LC80-8's fourth category). */
  noStatutorySupervisor: z.optional(z.boolean()),
  /** Bid bond asked for in the documents (投标保证金), yuan. */
  bidBondYuan: z.optional(YuanSchema),
  /** Estimated price of the tendered project (招标项目估算价), 实施条例 art. 26; GP compares the budget. */
  estimatedPriceYuan: z.optional(YuanSchema),
  clarifications: z.optional(z.array(ClarificationSchema)),
  documentObjections: z.optional(z.array(DocumentObjectionSchema)),
  /** Fully electronic (全流程电子化) rather than paper or dual-track (LC80-6.1). */
  electronic: z.boolean(),
  lots: z._default(z.array(LotSchema), []),
  /** What is procured (OCDS `tender.items`); absent when the source lists none. */
  items: z.optional(z.array(ItemSchema)),
  /** Where the project is (administrative division code); "local" experts are judged against it. */
  region: RegionCodeSchema,
  status: z.optional(TenderStatusSchema),
  dates: z._default(ProjectDatesSchema, {}),
});
/**
 * {@inheritDoc ProjectSchema}
 *
 * @interface
 */
export type Project = z.output<typeof ProjectSchema>;
