import * as z from "./zod";
import { IsoDateSchema } from "./common";

/*
 * Credit data shared by agencies and bidders: credit records (信用记录), administrative penalties, blacklist entries.
 */

/** Direction of a credit record: good conduct adds, bad conduct subtracts. */
export const CreditRecordKindSchema = z.enum(["positive", "negative"]);
/** {@inheritDoc CreditRecordKindSchema} */
export type CreditRecordKind = z.output<typeof CreditRecordKindSchema>;

/** A credit record (信用记录) entry, as a credit platform publishes it. Scorers weigh them; the model keeps them. */
export const CreditRecordSchema = z.object({
  date: IsoDateSchema,
  kind: CreditRecordKindSchema,
  /** The record's category on the source platform (e.g. 表彰, 不良行为). */
  category: z.string().check(z.minLength(1)),
  authority: z.optional(z.string().check(z.minLength(1))),
  description: z._default(z.string(), ""),
});
/**
 * {@inheritDoc CreditRecordSchema}
 *
 * @interface
 */
export type CreditRecord = z.output<typeof CreditRecordSchema>;

/** Severity of an administrative penalty, lightest first. */
export const PenaltySeveritySchema = z.enum(["warning", "minor", "serious", "grave"]);
/** {@inheritDoc PenaltySeveritySchema} */
export type PenaltySeverity = z.output<typeof PenaltySeveritySchema>;

/** An administrative penalty (行政处罚) on an agency or a bidder. */
export const PenaltySchema = z.object({
  date: IsoDateSchema,
  severity: PenaltySeveritySchema,
  authority: z.string().check(z.minLength(1)),
  description: z._default(z.string(), ""),
  /** Fine in yuan, if any. */
  fineYuan: z.optional(z.number().check(z.gte(0))),
});
/**
 * {@inheritDoc PenaltySchema}
 *
 * @interface
 */
export type Penalty = z.output<typeof PenaltySchema>;

/** A blacklist entry (黑名单). `until` is the last day; absent = indefinite. A blacklisted agency may not be engaged. */
export const BlacklistEntrySchema = z.object({
  from: IsoDateSchema,
  until: z.optional(IsoDateSchema),
  reason: z.string().check(z.minLength(1)),
  authority: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc BlacklistEntrySchema}
 *
 * @interface
 */
export type BlacklistEntry = z.output<typeof BlacklistEntrySchema>;
