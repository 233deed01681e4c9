import * as z from "../../model/zod";
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
  properReason: z._default(z.boolean(), false),
  reason: z.optional(z.string()),
});
/**
 * {@inheritDoc RefusalToSignSchema}
 *
 * @interface
 */
export type RefusalToSign = z.output<typeof RefusalToSignSchema>;

/** A supervisor's finding on collusive bidding (串通投标, 实施条例 art. 39–40, 67); weighs when `upheld`. */
export const CollusionFindingSchema = z.object({
  id: IdSchema,
  projectId: z.optional(IdSchema),
  bidderIds: z.array(IdSchema).check(z.minLength(1)),
  decidedOn: IsoDateSchema,
  upheld: z.boolean(),
  authority: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc CollusionFindingSchema}
 *
 * @interface
 */
export type CollusionFinding = z.output<typeof CollusionFindingSchema>;

/**
 * What the bidder credit scorer reads: bidders (with their penalties and credit records) and the events about
 * them — abandonments (LC80-5.3), refusals to sign (art. 74), collusion findings and complaints (the bidder as
 * complainant: one decided `groundless` weighs). The `ggzy score bidders` file has this shape.
 */
export const BidderCreditDataSchema = z.object({
  bidders: z.array(BidderSchema),
  abandonments: z._default(z.array(AbandonmentSchema), []),
  refusalsToSign: z._default(z.array(RefusalToSignSchema), []),
  collusionFindings: z._default(z.array(CollusionFindingSchema), []),
  complaints: z._default(z.array(ComplaintSchema), []),
});
/**
 * {@inheritDoc BidderCreditDataSchema}
 *
 * @interface
 */
export type BidderCreditData = z.output<typeof BidderCreditDataSchema>;
/**
 * {@inheritDoc BidderCreditDataSchema}
 *
 * @interface
 */
export type BidderCreditDataInput = z.input<typeof BidderCreditDataSchema>;
