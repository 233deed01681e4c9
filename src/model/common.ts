import * as z from "./zod";
import { described } from "./zod";

/*
 * Small validated primitives shared by every aggregate.
 *
 * Conventions (read once, they hold everywhere in the model):
 * - Money is a plain JSON number of yuan (人民币元), never fen and never a string. Every money field says so in its
 *   name: `budgetYuan`, `priceYuan`, `feeYuan`, `amountYuan`, `valueYuan`. Amounts are finite and non-negative.
 * - A civil date is `YYYY-MM-DD` in Asia/Shanghai (`IsoDate`), checked to be a real calendar date (no 2023-02-29).
 * - A date-time is ISO-8601 (`IsoDateTime`); one WITHOUT an offset means +08:00 (China has had no DST since 1991).
 * - Object schemas strip unknown keys (`z.object`), so a platform payload with extra fields parses to exactly the
 *   model; the OCDS mapping is the one place that keeps unknown fields (see `ocds.ts`).
 * - No object schema carries a cross-field refinement, so callers may `.pick()`, `.omit()` and `.extend()` them
 *   (zod 4 forbids `.pick()` on refined objects). Cross-field obligations are rules, and rules report findings.
 */

/** An identifier as the platform issues it: any non-empty string (trimmed, at most 200 characters). */
export const IdSchema = described(
  z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^\S(?:.*\S)?$/, "identifier must not start or end with white space")),
  "Identifier issued by the platform (non-empty, no surrounding white space)",
);
/** {@inheritDoc IdSchema} */
export type Id = z.output<typeof IdSchema>;

/**
 * A civil date `YYYY-MM-DD` (Asia/Shanghai), validated as a real calendar date (leap years included).
 * Lexicographic order of two `IsoDate`s is their chronological order.
 */
export const IsoDateSchema = described(z.iso.date(), "Civil date YYYY-MM-DD (Asia/Shanghai), a real calendar date");
/** {@inheritDoc IsoDateSchema} */
export type IsoDate = z.output<typeof IsoDateSchema>;

/**
 * An ISO-8601 date-time `YYYY-MM-DDTHH:mm[:ss[.fff]][Z|±HH:mm]`. Without an offset it means +08:00 (Asia/Shanghai).
 * Compare date-times through a parser that applies that default, not as strings.
 */
export const IsoDateTimeSchema = described(z.iso.datetime({ offset: true, local: true }), "ISO-8601 date-time; no offset means +08:00 (Asia/Shanghai)");
/** {@inheritDoc IsoDateTimeSchema} */
export type IsoDateTime = z.output<typeof IsoDateTimeSchema>;

/** A quarter `YYYY-Qn` (n = 1..4), the period of a 双随机一抽查 spot check (LC80-5.2). */
export const QuarterSchema = described(z.string().check(z.regex(/^\d{4}-Q[1-4]$/, "expected a quarter YYYY-Qn")), "Quarter YYYY-Qn");
/** {@inheritDoc QuarterSchema} */
export type Quarter = z.output<typeof QuarterSchema>;

/** An amount of money in yuan (人民币元): a finite, non-negative JSON number. Fields holding it end in `Yuan`. */
export const YuanSchema = described(z.number().check(z.gte(0)), "Amount in yuan (RMB), a non-negative number");
/** {@inheritDoc YuanSchema} */
export type Yuan = z.output<typeof YuanSchema>;

/**
 * An administrative division code (行政区划代码, GB/T 2260): six digits, e.g. `371500` for Liaocheng city,
 * `371502` for Dongchangfu district. The first four digits name the prefecture-level city, so "local" (relative to
 * a project's city) is a comparison the rules make; the model only keeps the code.
 */
export const RegionCodeSchema = described(
  z.string().check(z.regex(/^\d{6}$/, "expected a six-digit administrative division code")),
  "Administrative division code (GB/T 2260), six digits",
);
/** {@inheritDoc RegionCodeSchema} */
export type RegionCode = z.output<typeof RegionCodeSchema>;

/** A text in Chinese, with an optional English rendering (Chinese first, as in every message of the library). */
export const BilingualTextSchema = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc BilingualTextSchema}
 *
 * @interface
 */
export type BilingualText = z.output<typeof BilingualTextSchema>;

/** Kinds of project, which are also the professional fields of agencies (LC80-3.2 merit by field). */
export const ProjectCategorySchema = z.enum(["construction", "transport", "waterResources", "governmentProcurement", "other"]);
/** {@inheritDoc ProjectCategorySchema} */
export type ProjectCategory = z.output<typeof ProjectCategorySchema>;

/** A reference to an organisation: its id, and its name when the source gave one. */
export const OrganisationRefSchema = z.object({
  id: IdSchema,
  name: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc OrganisationRefSchema}
 *
 * @interface
 */
export type OrganisationRef = z.output<typeof OrganisationRefSchema>;

/**
 * A natural person named in a record (agent, project manager, legal representative). `id` is the platform's
 * person id when known; the risk indicators compare ids first and fall back to `idNumber`, then `name`.
 */
export const PersonRefSchema = z.object({
  id: z.optional(IdSchema),
  name: z.string().check(z.minLength(1)),
  /** Resident identity card number (居民身份证号) or other document number, when the platform holds it. */
  idNumber: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc PersonRefSchema}
 *
 * @interface
 */
export type PersonRef = z.output<typeof PersonRefSchema>;

/** A bank account (bid-bond account, 实施条例 art. 40(6) compares these). */
export const BankAccountSchema = z.object({
  bank: z.string().check(z.minLength(1)),
  accountNumber: z.string().check(z.minLength(1)),
  accountName: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc BankAccountSchema}
 *
 * @interface
 */
export type BankAccount = z.output<typeof BankAccountSchema>;

/** A reference to a document kept outside the model (a file, a meeting minute, a URL, a draw record id). */
export const DocumentRefSchema = z.object({
  ref: z.string().check(z.minLength(1)),
  title: z.optional(z.string().check(z.minLength(1))),
  date: z.optional(IsoDateSchema),
});
/**
 * {@inheritDoc DocumentRefSchema}
 *
 * @interface
 */
export type DocumentRef = z.output<typeof DocumentRefSchema>;

/**
 * A “三重一大” collective decision (集体决策) by a leadership team: the directive asks for one when an agency is
 * selected (LC80-3.2) and when a plan is cancelled or performance refused after award (LC80-5.1).
 */
export const CollectiveDecisionSchema = z.object({
  decidedOn: IsoDateSchema,
  /** Body that decided (e.g. 党组会 / 办公会). */
  body: z.optional(z.string().check(z.minLength(1))),
  /** Minutes or resolution reference. */
  recordRef: z.optional(z.string().check(z.minLength(1))),
});
/**
 * {@inheritDoc CollectiveDecisionSchema}
 *
 * @interface
 */
export type CollectiveDecision = z.output<typeof CollectiveDecisionSchema>;
