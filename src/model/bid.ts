import * as z from "./zod";
import { BankAccountSchema, IdSchema, IsoDateTimeSchema, PersonRefSchema, YuanSchema } from "./common";

/*
 * A bid (投标文件 / 响应文件) with what 实施条例 art. 40 compares between bidders: who prepared the document, the agent,
 * the project manager and the account the bid bond came from.
 */

/**
 * Status of a bid, as the OCDS bids extension `bids.details[].status` uses it. `pending` = not yet assessed (also
 * what an OCDS bid without a status, or with `invited`, reads as).
 */
export const BidStatusSchema = z.enum(["valid", "disqualified", "withdrawn", "pending"]);
/** {@inheritDoc BidStatusSchema} */
export type BidStatus = z.output<typeof BidStatusSchema>;

/** The electronic fingerprint of a bid document (art. 40(1): bids prepared by the same unit or person). */
export const DocumentFingerprintSchema = z.object({
  /** Hash of the bid file (algorithm prefix optional, e.g. `sha256:…`). */
  fileHash: z.optional(z.string().check(z.minLength(1))),
  /** Author recorded in the document's metadata. */
  author: z.optional(z.string().check(z.minLength(1))),
  /** Machine that produced or uploaded the file (MAC address, hardware id, CA lock serial). */
  machineId: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc DocumentFingerprintSchema}
 *
 * @interface
 */
export type DocumentFingerprint = z.output<typeof DocumentFingerprintSchema>;

/** A bid. */
export const BidSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  lotId: z.optional(IdSchema),
  /** The bidder (lead member for a consortium). */
  bidderId: IdSchema,
  /** Other members of a consortium (联合体), if any. */
  consortiumMemberIds: z._default(z.array(IdSchema), []),
  /** Bid price in yuan; absent when the price was not opened or not recorded. */
  priceYuan: z.optional(YuanSchema),
  status: BidStatusSchema,
  /** When the bid was received; optional because many platforms' OCDS bids carry no date (R030 then skips it). */
  receivedAt: z.optional(IsoDateTimeSchema),
  fingerprint: z.optional(DocumentFingerprintSchema),
  /** The bidder's authorised agent (委托代理人), art. 40(2). */
  agent: z.optional(PersonRefSchema),
  /** The proposed project manager (项目负责人 / 项目经理), art. 40(3). */
  projectManager: z.optional(PersonRefSchema),
  /** Account the bid bond (投标保证金) was paid from, art. 40(6). */
  bondAccount: z.optional(BankAccountSchema),
});
/**
 * {@inheritDoc BidSchema}
 *
 * @interface
 */
export type Bid = z.output<typeof BidSchema>;
