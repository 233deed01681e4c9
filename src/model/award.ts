import * as z from "./zod";
import { IdSchema, IsoDateSchema, YuanSchema } from "./common";
import { ItemSchema } from "./project";

/*
 * Awards (中标 / 成交) and contracts. National law: the written contract follows within 30 days of the award notice
 * (招标投标法 art. 46, 政府采购法 art. 46) — rule `CONTRACT_SIGNED_IN_TIME`.
 */

/** Status of an award, as OCDS `awards[].status`. */
export const AwardStatusSchema = z.enum(["pending", "active", "cancelled", "unsuccessful"]);
/** {@inheritDoc AwardStatusSchema} */
export type AwardStatus = z.output<typeof AwardStatusSchema>;

/** An award. */
export const AwardSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  lotId: z.optional(IdSchema),
  /** The winning bidder (the supplier). */
  bidderId: IdSchema,
  /** Further suppliers when a consortium or several suppliers share the award. */
  otherSupplierIds: z._default(z.array(IdSchema), []),
  /** Date of the award notice (中标通知书 / 成交通知书). */
  noticeOn: z.optional(IsoDateSchema),
  /** Day the purchaser received the evaluation report (GP, 87号令 art. 68). */
  reportReceivedOn: z.optional(IsoDateSchema),
  /** Day the winner was determined (确定中标人): 87号令 art. 68, 招标投标法 art. 47 count from it. */
  decidedOn: z.optional(IsoDateSchema),
  /** Day the result was announced (中标结果公告), 87号令 art. 69. */
  resultPublishedOn: z.optional(IsoDateSchema),
  /** Day the written report reached the supervising department (招标投标法 art. 47). */
  supervisorReportOn: z.optional(IsoDateSchema),
  /** Day the last bid bond was returned (实施条例 art. 57). */
  bondsReturnedOn: z.optional(IsoDateSchema),
  status: AwardStatusSchema,
  valueYuan: z.optional(YuanSchema),
  /** What was awarded (OCDS `awards[].items`); absent when the source lists none. */
  items: z.optional(z.array(ItemSchema)),
});
/**
 * {@inheritDoc AwardSchema}
 *
 * @interface
 */
export type Award = z.output<typeof AwardSchema>;

/** Status of a contract, as OCDS `contracts[].status`. */
export const ContractStatusSchema = z.enum(["pending", "active", "cancelled", "terminated"]);
/** {@inheritDoc ContractStatusSchema} */
export type ContractStatus = z.output<typeof ContractStatusSchema>;

/** A contract. */
export const ContractSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  awardId: IdSchema,
  signedOn: z.optional(IsoDateSchema),
  /** Day the contract was announced in the designated media (政府采购法实施条例 art. 50). */
  publishedOn: z.optional(IsoDateSchema),
  /** Day a copy of the contract was filed with the finance department (合同副本备案, 政府采购法 art. 47). */
  filedOn: z.optional(IsoDateSchema),
  amountYuan: z.optional(YuanSchema),
  status: z.optional(ContractStatusSchema),
});
/**
 * {@inheritDoc ContractSchema}
 *
 * @interface
 */
export type Contract = z.output<typeof ContractSchema>;
