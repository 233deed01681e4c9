import * as z from "../../model/zod";
import { compileAcceptor } from "../../model/acceptor";
import { GgzyError, parseWith } from "../../model/error";
import { assertRequiredOptions } from "../../model/guard";
import { compareUtf8 } from "../../model/compare-utf8";
import { scoreWithSources } from "../score-sourced";
import { BreakdownTimeSchema, ScoreDetailSchema } from "../scorecard/result";
import type { BreakdownTime, ItemBreakdown, ItemSummary, ScoreDetail, ScoreResult } from "../scorecard/result";
import { parseScorecard } from "../scorecard/schema";
import type { Scorecard } from "../scorecard/schema";
import { AgencyCreditInputSchema } from "./agency-input";
import type { AgencyCreditInput, AgencyCreditInputData } from "./agency-input";
import { agencyRecordContext, collectRecords } from "./agency-records";
import type { AgencyRecordContext } from "./agency-records";
import { AgencyOnReadScorer } from "./agency-on-read";
import { blacklistTest } from "./blacklist";
import type { BlacklistOptions, BlacklistStatus } from "./blacklist";
import { defaultAgencyScorecard } from "./default-scorecard";
import type { ScoreAgencyOptions } from "./score-agency";

/**
 * One agency's credit and blacklist status. `Item` is the credit breakdown's entry: `ItemBreakdown` (with each
 * record), or `ItemSummary` when `scoreAgencies` was asked for `detail: "items"`. The credit's `breakdown` is built on
 * first read (see `scoreAgencies`); everything else is computed when the agency is scored.
 */
export interface AgencyCredit<Item extends ItemBreakdown | ItemSummary = ItemBreakdown> {
  readonly agencyId: string;
  readonly name: string;
  readonly credit: ScoreResult<Item>;
  readonly blacklist: BlacklistStatus;
}

/** Options of `scoreAgencies`. */
export interface ScoreAgenciesOptions extends ScoreAgencyOptions {
  readonly blacklist?: BlacklistOptions;
  /**
   * The breakdown's level of detail: `"records"` (default) lists every record's contribution under its item;
   * `"items"` gives each item's points and record count only (`ItemSummary`) — scores, grades and item points are
   * the same. For scoring a whole registry: less time and memory than the default (with `breakdown: "onRead"` both
   * levels cost the same until a breakdown is read); ask for one agency's records separately.
   */
  readonly detail?: ScoreDetail;
  /**
   * When each result's `credit.breakdown` is built: `"now"` (default), or `"onRead"` when first read — for a registry
   * whose scores are read and whose breakdowns mostly are not (see `BreakdownTime`).
   */
  readonly breakdown?: BreakdownTime;
}

const AgencyListSchema = z.array(AgencyCreditInputSchema);
const DetailOptionSchema = z.object({ detail: z.optional(ScoreDetailSchema), breakdown: z.optional(BreakdownTimeSchema) });
const acceptsAgency = compileAcceptor(AgencyCreditInputSchema);

/**
 * An agency the acceptor passed, as zod would have parsed it for the scorer: the defaults filled in, nothing copied
 * that the scorer reads as is. (zod also drops unknown keys; the scorer never reads them.)
 */
function withDefaults(a: AgencyCreditInputData): AgencyFacts {
  const staff = a.staff ?? [];
  // Only the fields the scorer reads, in one fixed layout (a spread of the whole agency costs more than scoring it).
  return {
    id: a.id,
    name: a.name,
    disclosure: a.disclosure ?? {},
    staff: staff.every((m) => m.trainings !== undefined) ? (staff as AgencyCreditInput["staff"]) : staff.map((m) => ({ ...m, trainings: m.trainings ?? [] })),
    creditRecords: (a.creditRecords ?? []) as AgencyCreditInput["creditRecords"],
    penalties: (a.penalties ?? []) as AgencyCreditInput["penalties"],
    blacklist: a.blacklist ?? [],
    complaints: a.complaints ?? [],
    performanceReviews: a.performanceReviews ?? [],
  };
}

/** What the scorer reads of an agency. */
type AgencyFacts = Pick<AgencyCreditInput, "id" | "name" | "disclosure" | "staff" | "creditRecords" | "penalties" | "blacklist" | "complaints" | "performanceReviews">;

/**
 * The agencies as the scorer reads them. Validation as zod would do it, without zod's parsed copy of every record
 * (which a registry keeps alive to the end, and the garbage collector pays for): a compiled acceptor says "surely
 * valid" for each agency; only when it is unsure for one does zod parse the whole list, so errors stay zod's.
 */
/** Every element, holes included (`every` would skip a sparse array's holes, which zod refuses). */
function acceptsEvery(agencies: ReadonlyArray<unknown>): boolean {
  for (let i = 0; i < agencies.length; i++) if (!acceptsAgency(agencies[i])) return false;
  return true;
}

function readAgencies(agencies: ReadonlyArray<AgencyCreditInputData>): (i: number) => AgencyFacts {
  if (Array.isArray(agencies) && acceptsEvery(agencies)) return (i) => withDefaults(agencies[i] as AgencyCreditInputData);
  const parsed = parseWith(AgencyListSchema, agencies, "Agencies");
  return (i) => parsed[i] as AgencyCreditInput;
}

/**
 * Credit score and blacklist status of every agency in a list, ordered by agency id (UTF-8 bytes): what a
 * supervisor publishes (LC80-3.1). Error paths start with the agency's index; duplicate ids are refused.
 * With `detail: "items"`, each breakdown item carries its record count instead of the records.
 *
 * With `breakdown: "onRead"`, each result's `credit.breakdown` is built when it is first read, not when the agency
 * is scored: a registry that only publishes scores and grades never pays for its millions of record entries. It is an
 * own enumerable property, so `JSON.stringify`, object spread, `structuredClone`, `Object.keys` and deep equality see
 * the same value as by default; a second read returns the same array, and it is built from the scorer's own copy of
 * the records, so editing the input after scoring changes nothing. Errors are all thrown by the call either way.
 *
 * @example
 * ```ts
 * for (const a of scoreAgencies(agencies, { asOf: "2026-06-30" })) console.log(a.agencyId, a.credit.score, a.blacklist.blacklisted);
 *
 * // A whole registry, item points only; then one agency's records when an auditor asks
 * const all = scoreAgencies(registry, { asOf: "2026-06-30", detail: "items" });
 * all[0]?.credit.breakdown[0]?.recordCount; // 1
 * const one = scoreAgencies(registry.filter((a) => a.id === "AG-000007"), { asOf: "2026-06-30" })[0]?.credit.breakdown;
 *
 * // A registry ranked by score; a breakdown is built only for the agencies whose breakdown is read
 * const ranked = scoreAgencies(registry, { asOf: "2026-06-30", breakdown: "onRead" }).sort((a, b) => b.credit.score - a.credit.score);
 * ```
 */
export function scoreAgencies(agencies: ReadonlyArray<AgencyCreditInputData>, options: ScoreAgenciesOptions & { readonly detail: "items" }): AgencyCredit<ItemSummary>[];
export function scoreAgencies(agencies: ReadonlyArray<AgencyCreditInputData>, options: ScoreAgenciesOptions & { readonly detail?: "records" }): AgencyCredit[];
export function scoreAgencies(agencies: ReadonlyArray<AgencyCreditInputData>, options: ScoreAgenciesOptions): AgencyCredit<ItemBreakdown | ItemSummary>[];
export function scoreAgencies(agencies: ReadonlyArray<AgencyCreditInputData>, options: ScoreAgenciesOptions): AgencyCredit<ItemBreakdown | ItemSummary>[] {
  assertRequiredOptions(options, "scoreAgencies options");
  const { detail = "records", breakdown = "now" } = parseWith(DetailOptionSchema, { detail: options.detail, breakdown: options.breakdown }, { zh: "scoreAgencies 选项", en: "scoreAgencies options" });
  const agencyAt = readAgencies(agencies);
  const card = parseScorecard(options.scorecard ?? defaultAgencyScorecard);
  // The options every agency shares are read once, when the first agency needs them (so the first error is the same
  // as when each agency read them: its records' options, then its records, then the blacklist's options).
  let context: AgencyRecordContext | undefined;
  let statusOf: ((a: AgencyFacts) => BlacklistStatus) | undefined;
  // With `breakdown: "onRead"`, agencies are scored in one pass each (`AgencyOnReadScorer`); the general path scores
  // the rest, and any agency the one pass cannot (it throws the errors).
  let onRead: AgencyOnReadScorer<ScoreDetail> | undefined;
  const seen = new Set<string>();
  const results: AgencyCredit<ItemBreakdown | ItemSummary>[] = [];
  // The length read once, as validated: an array that grows while it is scored (a getter) adds nothing unvalidated.
  const count = agencies.length;
  for (let i = 0; i < count; i++) {
    const a = agencyAt(i);
    if (seen.has(a.id)) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `代理机构编号重复：${a.id}`,
        en: `Duplicate agency id ${a.id}`,
        issues: [{ path: [i, "id"], message: "duplicate agency id", code: "duplicate_id" }],
      });
    }
    seen.add(a.id);
    const ctx = (context ??= agencyRecordContext(options));
    if (breakdown === "onRead") onRead ??= new AgencyOnReadScorer(card, ctx, options.asOf, detail);
    const credit = onRead?.score(a) ?? scoreGeneral(a, i, ctx, card, options.asOf, detail, breakdown);
    statusOf ??= blacklistTest(options.asOf, options.blacklist ?? {});
    results.push({ agencyId: a.id, name: a.name, credit, blacklist: statusOf(a) });
  }
  return results.sort((x, y) => compareUtf8(x.agencyId, y.agencyId));
}

/** `scoreAgencies`' general path for one agency: its records, then the scorecard (any detail, any breakdown time). */
function scoreGeneral(
  a: AgencyFacts, i: number, ctx: AgencyRecordContext, card: Scorecard, asOf: string, detail: ScoreDetail, breakdown: BreakdownTime,
): ScoreResult<ItemBreakdown | ItemSummary> {
  const records = collectRecords(a, ctx, [i]);
  const sourcesOf = (): Array<ReadonlyArray<string | number>> => {
    const sources: Array<ReadonlyArray<string | number>> = [];
    collectRecords(a, ctx, [i], sources);
    return sources;
  };
  return scoreWithSources(card, a.id, records, asOf, sourcesOf, detail, breakdown);
}
