import * as z from "./zod";
import { BankAccountSchema, IdSchema, IsoDateSchema, PersonRefSchema, ProjectCategorySchema, RegionCodeSchema } from "./common";
import type { ProjectCategory } from "./common";
import { AgencySchema } from "./agency";
import { DocumentFingerprintSchema } from "./bid";
import { BidderSchema, SupervisingDepartmentSchema, TendererSchema } from "./parties";
import { ProcurementMethodSchema, RegimeSchema } from "./project";
import type { ProcurementMethod } from "./project";

/*
 * Shared pieces of the OCDS mapping (Open Contracting Data Standard 1.1, compiled releases, with the bids
 * extension). Reading is in `ocdsRead.ts`, writing in `ocdsWrite.ts`.
 *
 * Round trip: the reader returns the model AND the source release; the writer starts from the source release and
 * sets or deletes exactly the fields the model covers, so every field we do not model (planning, documents,
 * milestones, amendments, addresses, contact points, identifiers, other parties…) comes back byte-for-byte.
 */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** The key of this library's OCDS extension blocks: `tender.ggzy`, `parties[].ggzy`, `bids.details[].ggzy`. */
export const OCDS_EXTENSION_KEY = "ggzy";

/**
 * OCDS extension `bids.details[].ggzy` — what 招标投标法实施条例 art. 40 compares between bids. Exact field names
 * (all optional; the risk indicators CN40-1/2/3/6 read them from raw OCDS):
 *
 * ```json
 * "ggzy": {
 *   "fingerprint":    { "fileHash": "sha256 hex of the bid file", "author": "document metadata author", "machineId": "MAC / hardware id / CA lock serial" },
 *   "agent":          { "id": "person id", "name": "委托代理人姓名", "idNumber": "身份证号" },
 *   "projectManager": { "id": "person id", "name": "项目负责人姓名", "idNumber": "身份证号" },
 *   "bondAccount":    { "bank": "开户行", "accountNumber": "账号", "accountName": "户名" }
 * }
 * ```
 *
 * `fingerprint` = who prepared the bid (art. 40(1)), `agent` = 40(2), `projectManager` = 40(3), `bondAccount` = 40(6).
 * See `docs/ocds-extension.md`.
 */
export const OcdsBidExtensionSchema = z.object({
  fingerprint: z.optional(DocumentFingerprintSchema),
  agent: z.optional(PersonRefSchema),
  projectManager: z.optional(PersonRefSchema),
  bondAccount: z.optional(BankAccountSchema),
});
/**
 * {@inheritDoc OcdsBidExtensionSchema}
 *
 * @interface
 */
export type OcdsBidExtension = z.output<typeof OcdsBidExtensionSchema>;

/**
 * OCDS extension `tender.ggzy` — project facts OCDS has no field for. All optional on read (see `readOcdsRelease`
 * for the fallbacks); the writer writes them all.
 */
export const OcdsTenderExtensionSchema = z.object({
  category: z.optional(ProjectCategorySchema),
  /** Written only when the model's method is finer than the OCDS code (e.g. `competitiveConsultation` → `limited`). */
  procurementMethod: z.optional(ProcurementMethodSchema),
  /** The legal regime (`tendering` | `governmentProcurement`): OCDS has no field for it, so it is always written here. */
  regime: z.optional(RegimeSchema),
  technicallyComplex: z.optional(z.boolean()),
  atTenderThreshold: z.optional(z.boolean()),
  noStatutorySupervisor: z.optional(z.boolean()),
  supervisingDepartmentId: z.optional(IdSchema),
  major: z.optional(z.boolean()),
  publicImpact: z.optional(z.boolean()),
  supportingWorks: z.optional(z.boolean()),
  electronic: z.optional(z.boolean()),
  region: z.optional(RegionCodeSchema),
  publishedOn: z.optional(IsoDateSchema),
  evaluationOn: z.optional(IsoDateSchema),
  /** The evaluation committee, for the risk signal EXP-CONC (expert concentration, LC80-4.3). Read-only: the model's evaluation is not mapped. */
  committee: z.optional(z.array(
      z.object({
        expertId: IdSchema,
        role: z.optional(z.string()),
        local: z.optional(z.boolean()),
        region: z.optional(RegionCodeSchema),
        remote: z.optional(z.boolean()),
      }),
    )),
});
/**
 * {@inheritDoc OcdsTenderExtensionSchema}
 *
 * @interface
 */
export type OcdsTenderExtension = z.output<typeof OcdsTenderExtensionSchema>;

/**
 * OCDS extension `parties[].ggzy` — the model's fields of a party beyond `id` and `name`, one block per model kind
 * the party is (`tenderer`, `bidder`, `agency`, `supervisingDepartment`). Defaults (empty lists, `false`) are left
 * out on write.
 */
export const OcdsPartyExtensionSchema = z.object({
  tenderer: z.optional(z.omit(TendererSchema, { id: true, name: true })),
  bidder: z.optional(z.omit(BidderSchema, { id: true, name: true })),
  agency: z.optional(z.omit(AgencySchema, { id: true, name: true })),
  supervisingDepartment: z.optional(z.omit(SupervisingDepartmentSchema, { id: true, name: true })),
});
/**
 * {@inheritDoc OcdsPartyExtensionSchema}
 *
 * @interface
 */
export type OcdsPartyExtension = z.output<typeof OcdsPartyExtensionSchema>;

/** Party roles the mapping derives from the model; any other role on a party is kept as the source had it. */
export const DERIVED_PARTY_ROLES = ["buyer", "procuringEntity", "tenderer", "supplier", "reviewBody"] as const;

/** OCDS `tender.procurementMethod` codes. */
export type OcdsProcurementMethod = "open" | "selective" | "limited" | "direct";

/** Options of `readOcdsRelease`. */
export interface OcdsReadOptions {
  /**
   * Division code for projects whose release carries no `tender.ggzy.region` (OCDS has no division code). Without
   * either, reading fails with `INVALID_OCDS` at `tender.ggzy.region`.
   */
  readonly region?: string;
  /** `electronic` for projects without `tender.ggzy.electronic` (default: derived from `tender.submissionMethod`). */
  readonly electronic?: boolean;
}

/** Options of `writeOcdsRelease`. */
export interface OcdsWriteOptions {
  /** `id` of a release written without a source (default: the ocid). */
  readonly releaseId?: string;
  /** `date` of a release written without a source (no default: the library never reads the clock). */
  readonly releaseDate?: string;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/**
 * The Asia/Shanghai civil date of an ISO-8601 date-time (or date). A value without an offset is +08:00 already.
 * Pure arithmetic on UTC epoch milliseconds, so the machine's time zone never matters.
 *
 * @example
 * ```ts
 * shanghaiDateOf("2024-04-14T17:30:00Z"); // "2024-04-15"
 * ```
 */
export function shanghaiDateOf(value: string): string | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = "00", mi = "00", s = "00", offset] = m;
  if (!IsoDateSchema.safeParse(`${y}-${mo}-${d}`).success) return undefined;
  let offsetMinutes = SHANGHAI_OFFSET_MINUTES;
  if (offset === "Z") offsetMinutes = 0;
  else if (offset !== undefined) {
    const sign = offset.startsWith("-") ? -1 : 1;
    offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  }
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  at.setUTCHours(Number(h), Number(mi) - offsetMinutes + SHANGHAI_OFFSET_MINUTES, Number(s), 0);
  return at.toISOString().slice(0, 10);
}

/**
 * Model method → OCDS `tender.procurementMethod` code: the Chinese government-procurement methods are OCDS
 * `limited`; `frameworkAgreement` and `other` have no code (`undefined`).
 *
 * @example
 * ```ts
 * toOcdsProcurementMethod("inquiry"); // "limited"
 * ```
 */
export function toOcdsProcurementMethod(method: ProcurementMethod): OcdsProcurementMethod | undefined {
  switch (method) {
    case "open":
    case "selective":
    case "limited":
    case "direct":
      return method;
    case "competitiveNegotiation":
    case "competitiveConsultation":
    case "inquiry":
      return "limited";
    case "frameworkAgreement":
    case "other":
      return undefined;
  }
}

/** Chinese method names (procurementMethodDetails) that refine an OCDS code. */
export const METHOD_DETAILS: ReadonlyArray<readonly [RegExp, ProcurementMethod]> = [
  [/竞争性谈判/, "competitiveNegotiation"],
  [/竞争性磋商/, "competitiveConsultation"],
  [/询价/, "inquiry"],
  [/单一来源/, "direct"],
  [/邀请招标/, "selective"],
  [/公开招标/, "open"],
  [/框架协议/, "frameworkAgreement"],
];

/**
 * The model method an OCDS code and a method name imply: a Chinese name in `procurementMethodDetails` wins, then
 * the code. `undefined` for a code OCDS does not define.
 *
 * @example
 * ```ts
 * inferProcurementMethod("limited", "竞争性磋商"); // "competitiveConsultation"
 * ```
 */
export function inferProcurementMethod(code: string | undefined, details: string | undefined): ProcurementMethod | undefined {
  if (details !== undefined) for (const [pattern, method] of METHOD_DETAILS) if (pattern.test(details)) return method;
  switch (code) {
    case "open":
    case "selective":
    case "limited":
    case "direct":
      return code;
    case undefined:
      return "other";
    default:
      return undefined;
  }
}

/**
 * The model category an OCDS `mainProcurementCategory` implies: works → construction, goods and services →
 * governmentProcurement, otherwise other. The `tender.ggzy.category` extension overrides it.
 *
 * @example
 * ```ts
 * categoryFromOcds("works"); // "construction"
 * ```
 */
export function categoryFromOcds(main: unknown): ProjectCategory {
  if (main === "works") return "construction";
  if (main === "goods" || main === "services") return "governmentProcurement";
  return "other";
}

/**
 * `electronic` as OCDS `tender.submissionMethod` implies it: every listed method is `electronicSubmission`.
 *
 * @example
 * ```ts
 * electronicFromOcds(["electronicSubmission"]); // true
 * electronicFromOcds(["electronicSubmission", "written"]); // false (dual track, LC80-6.1)
 * ```
 */
export function electronicFromOcds(submissionMethod: unknown): boolean {
  return Array.isArray(submissionMethod) && submissionMethod.length > 0 && submissionMethod.every((m) => m === "electronicSubmission");
}

