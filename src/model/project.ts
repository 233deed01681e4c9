import * as z from "zod";
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
export type ProcurementMethod = z.infer<typeof ProcurementMethodSchema>;

/** A lot (标段 / 包). */
export const LotSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).optional(),
  budgetYuan: YuanSchema.optional(),
});
export type Lot = z.infer<typeof LotSchema>;

/** A classification code of an item (OCDS `Classification`), e.g. scheme `CPV` or the Chinese `GB/T 4754`. */
export const ClassificationSchema = z.object({
  scheme: z.string().min(1),
  id: z.string().min(1),
  description: z.string().min(1).optional(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** A line item of what is procured or awarded (OCDS `Item`); R048 compares awarded items' classifications. */
export const ItemSchema = z.object({
  id: IdSchema,
  description: z.string().min(1).optional(),
  classification: ClassificationSchema.optional(),
  quantity: z.number().finite().min(0).optional(),
  lotId: IdSchema.optional(),
});
export type Item = z.infer<typeof ItemSchema>;

/** The dates of a project's tender. */
export const ProjectDatesSchema = z.object({
  /** Tender notice published (招标公告发布). */
  publishedOn: IsoDateSchema.optional(),
  /** Start of the bid submission period (tender documents available). */
  bidPeriodStart: IsoDateTimeSchema.optional(),
  /** Bid submission deadline (投标截止时间). */
  bidDeadline: IsoDateTimeSchema.optional(),
  /** Day of evaluation (评标). */
  evaluationOn: IsoDateSchema.optional(),
});
export type ProjectDates = z.infer<typeof ProjectDatesSchema>;

/** Status of the tender, as in OCDS `tender.status`. */
export const TenderStatusSchema = z.enum(["planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"]);
export type TenderStatus = z.infer<typeof TenderStatusSchema>;

/** A trading project. */
export const ProjectSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  category: ProjectCategorySchema,
  budgetYuan: YuanSchema.optional(),
  procurementMethod: ProcurementMethodSchema,
  /** Free-text local method name (OCDS `procurementMethodDetails`), e.g. 公开招标 / 竞争性磋商. */
  procurementMethodDetails: z.string().min(1).optional(),
  /** Optional on purpose: rule `PROJECT_HAS_SUPERVISOR` (LC80-8) reports a project without one. */
  supervisingDepartmentId: IdSchema.optional(),
  tendererId: IdSchema,
  agencyId: IdSchema.optional(),
  /** Major project (重大项目), LC80-6.3. */
  major: z.boolean().default(false),
  /** Public-service project of wide social impact (社会影响较大的民生工程), LC80-6.3. */
  publicImpact: z.boolean().default(false),
  /** Supporting municipal, pipeline or greening works of a construction project (配套工程), LC80-8. */
  supportingWorks: z.boolean().default(false),
  /** Fully electronic (全流程电子化) rather than paper or dual-track (LC80-6.1). */
  electronic: z.boolean(),
  lots: z.array(LotSchema).default([]),
  /** What is procured (OCDS `tender.items`); absent when the source lists none. */
  items: z.array(ItemSchema).optional(),
  /** Where the project is (administrative division code); "local" experts are judged against it. */
  region: RegionCodeSchema,
  status: TenderStatusSchema.optional(),
  dates: ProjectDatesSchema.default({}),
});
export type Project = z.infer<typeof ProjectSchema>;
