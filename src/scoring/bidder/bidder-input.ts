import * as z from "zod";
import { IdSchema, IsoDateSchema } from "../../model/common";
import { ComplaintSchema } from "../../model/complaint";
import { BidderSchema } from "../../model/parties";
import { AbandonmentSchema } from "../../model/performance";

/**
 * A winning bidder's refusal to sign the contract (实施条例 art. 74: 中标人无正当理由不与招标人订立合同). Only a
 * refusal without a proper reason weighs.
 */
export const RefusalToSignSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  bidderId: IdSchema,
  refusedOn: IsoDateSchema,
  properReason: z.boolean().default(false),
  reason: z.string().optional(),
});
/**
 * {@inheritDoc RefusalToSignSchema}
 *
 * @interface
 */
export type RefusalToSign = z.infer<typeof RefusalToSignSchema>;

/** A supervisor's finding on collusive bidding (串通投标, 实施条例 art. 39–40, 67); weighs when `upheld`. */
export const CollusionFindingSchema = z.object({
  id: IdSchema,
  projectId: IdSchema.optional(),
  bidderIds: z.array(IdSchema).min(1),
  decidedOn: IsoDateSchema,
  upheld: z.boolean(),
  authority: z.string().min(1).optional(),
});
/**
 * {@inheritDoc CollusionFindingSchema}
 *
 * @interface
 */
export type CollusionFinding = z.infer<typeof CollusionFindingSchema>;

/**
 * What the bidder credit scorer reads: bidders (with their penalties and credit records) and the events about
 * them — abandonments (LC80-5.3), refusals to sign (art. 74), collusion findings and complaints (the bidder as
 * complainant: one decided `groundless` weighs). The `ggzy score bidders` file has this shape.
 */
export const BidderCreditDataSchema = z.object({
  bidders: z.array(BidderSchema),
  abandonments: z.array(AbandonmentSchema).default([]),
  refusalsToSign: z.array(RefusalToSignSchema).default([]),
  collusionFindings: z.array(CollusionFindingSchema).default([]),
  complaints: z.array(ComplaintSchema).default([]),
});
/**
 * {@inheritDoc BidderCreditDataSchema}
 *
 * @interface
 */
export type BidderCreditData = z.infer<typeof BidderCreditDataSchema>;
/**
 * {@inheritDoc BidderCreditDataSchema}
 *
 * @interface
 */
export type BidderCreditDataInput = z.input<typeof BidderCreditDataSchema>;
