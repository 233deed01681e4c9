import { AGENCY_DISCLOSURE_PARTS } from "../../model/agency";
import { epochDayToDate, requireEpochDay, shanghaiEpochDay } from "../scorecard/civil-date";
import type { ScoreRecord } from "../scorecard/subject";
import type { SourcedRecord } from "../score-sourced";
import { keepRecord } from "../later-records";
import { requireDaysOption } from "../options";
import type { LaterRecords } from "../later-records";
import type { AgencyCreditInput } from "./agency-input";

/** Options of the agency → scorecard records mapping. */
export interface AgencyRecordOptions {
  readonly asOf: string;
  /** A staff member counts as trained with a passed training within this many days before `asOf` (LC80-3.3). Default 365. */
  readonly trainingPeriodDays?: number;
  readonly laterRecords?: LaterRecords;
  /** Path of the agency in the caller's input, prefixed to error paths. */
  readonly path?: ReadonlyArray<string | number>;
}

/** The default training period: once a year (our assumption; the directive says "periodically"). */
export const DEFAULT_TRAINING_PERIOD_DAYS = 365;

/**
 * Turns a (parsed) agency into the dated records the agency scorecard scores. Each record's `id` is the path of
 * its source in the agency (`penalties[2]`), so a breakdown points back at the fact. Disclosure and training are
 * states, recorded on `asOf` with `quantity` = the share that is complete (0..1).
 *
 * @example
 * ```ts
 * agencyCreditRecords(parseAgency(json), { asOf: "2026-06-30" });
 * // [{ id: "disclosure", kind: "disclosure.completeness", date: "2026-06-30", quantity: 0.8 }, …]
 * ```
 */
export function agencyCreditRecords(agency: AgencyCreditInput, options: AgencyRecordOptions): ScoreRecord[] {
  return agencySourcedRecords(agency, options).map((s) => s.record);
}

/** `agencyCreditRecords` with the path of each record's source fact, for error messages. */
export function agencySourcedRecords(agency: AgencyCreditInput, options: AgencyRecordOptions): SourcedRecord[] {
  const sources: Array<ReadonlyArray<string | number>> = [];
  return collectAgencyRecords(agency, options, sources).map((record, k) => ({ record, source: sources[k] ?? [] }));
}

// Record kinds and ids as constants: a registry's breakdowns keep millions of them, one shared string each.
const KIND = {
  credit: { positive: "credit.positive", negative: "credit.negative" },
  penalty: { warning: "penalty.warning", minor: "penalty.minor", serious: "penalty.serious", grave: "penalty.grave" },
  performance: { good: "performance.good", poor: "performance.poor" },
} as const;
const ids = new Map<string, string[]>();
/** `field[i]`, the id of the record from the i-th fact of a field (interned: ids repeat across agencies). */
export function idOf(field: string, i: number): string {
  let list = ids.get(field);
  if (list === undefined) ids.set(field, (list = []));
  if (i >= 1024) return `${field}[${i}]`;
  return (list[i] ??= `${field}[${i}]`);
}

/** What the records of every agency in a batch share, worked out once from the options. */
export interface AgencyRecordContext {
  readonly asOfDay: number;
  /** `asOf` as a `YYYY-MM-DD` date: the date of the disclosure and training records. */
  readonly asOf: string;
  readonly policy: LaterRecords;
  readonly period: number;
}

/**
 * The part of the options that every agency shares, validated (a bad option throws here, as for the first agency).
 *
 * @example
 * ```ts
 * agencyRecordContext({ asOf: "2026-06-30T10:00:00" }); // { asOfDay: 20634, asOf: "2026-06-30", policy: "error", period: 365 }
 * ```
 */
export function agencyRecordContext(options: AgencyRecordOptions): AgencyRecordContext {
  requireDaysOption(options.trainingPeriodDays, "trainingPeriodDays");
  const asOfDay = requireEpochDay(options.asOf, ["asOf"], "asOf");
  return { asOfDay, asOf: epochDayToDate(asOfDay), policy: options.laterRecords ?? "error", period: options.trainingPeriodDays ?? DEFAULT_TRAINING_PERIOD_DAYS };
}

/**
 * The records of an agency; with `sources`, the path of each record's source fact is pushed there too (only
 * error messages need them, so the scorer asks for them only then).
 *
 * @example
 * ```ts
 * const sources: Array<ReadonlyArray<string | number>> = [];
 * collectAgencyRecords(parsedAgency, { asOf: "2026-06-30" }, sources); // records; sources[2] = ["creditRecords", 0]
 * ```
 */
export function collectAgencyRecords(
  agency: RecordFacts, options: AgencyRecordOptions, sources?: Array<ReadonlyArray<string | number>>): ScoreRecord[] {
  return collectRecords(agency, agencyRecordContext(options), options.path ?? [], sources);
}

/** What an agency's records are made of. */
type RecordFacts = Pick<AgencyCreditInput, "id" | "disclosure" | "staff" | "creditRecords" | "penalties" | "complaints" | "performanceReviews">;

// Each date is read once; the path of a record is built only for an error (most records never need one): `keep` is
// called only when `fits` fails, and a path is an array literal, not a closure. These are plain functions, not
// closures over the agency: a batch would allocate them, and their context, for every agency.
function fits(ctx: AgencyRecordContext, date: string): boolean {
  const day = shanghaiEpochDay(date);
  return day !== undefined && day <= ctx.asOfDay;
}
function keep(ctx: AgencyRecordContext, agencyId: string, base: ReadonlyArray<string | number>, date: string, path: ReadonlyArray<string | number>): boolean {
  const day = shanghaiEpochDay(date);
  if (day !== undefined && day <= ctx.asOfDay) return true;
  const what = `Agency ${agencyId}`;
  return keepRecord(day ?? requireEpochDay(date, [...base, ...path], what), ctx.asOfDay, ctx.policy, [...base, ...path], what, date, ctx.asOf);
}
// The source of a record is `[...base, field]` or `[...base, field, i]`: passed as parts, not as a closure, which
// every record would allocate although only an error reads it.
function add(records: ScoreRecord[], sources: Array<ReadonlyArray<string | number>> | undefined, base: ReadonlyArray<string | number>, record: ScoreRecord, field: string, i?: number): void {
  records.push(record);
  sources?.push(i === undefined ? [...base, field] : [...base, field, i]);
}

/**
 * `collectAgencyRecords` with the options' shared part worked out (`agencyRecordContext`) and the agency's path in the
 * caller's input (`base`, for error paths): what a batch calls for each agency.
 *
 * @example
 * ```ts
 * const ctx = agencyRecordContext({ asOf: "2026-06-30" });
 * agencies.map((a, i) => collectRecords(a, ctx, [i]));
 * ```
 */
export function collectRecords(agency: RecordFacts, ctx: AgencyRecordContext, base: ReadonlyArray<string | number>, sources?: Array<ReadonlyArray<string | number>>): ScoreRecord[] {
  const { asOfDay, asOf } = ctx;
  const id = agency.id;
  const records: ScoreRecord[] = [];

  // LC80-3.1: a part counts once it is published; one published after asOf did not exist yet on asOf.
  let published = 0;
  for (const part of AGENCY_DISCLOSURE_PARTS) {
    const p = agency.disclosure[part];
    if (p !== undefined && (fits(ctx, p.publishedOn) || keep(ctx, id, base, p.publishedOn, ["disclosure", part, "publishedOn"]))) published++;
  }
  add(records, sources, base, { id: "disclosure", kind: "disclosure.completeness", date: asOf, quantity: published / AGENCY_DISCLOSURE_PARTS.length }, "disclosure");

  // LC80-3.3: no staff on file means no evidence of training, so no points (not a vacuous 100%).
  let trained = 0;
  for (let i = 0; i < agency.staff.length; i++) {
    const member = agency.staff[i] as AgencyCreditInput["staff"][number];
    let ok = false;
    for (let j = 0; j < member.trainings.length; j++) {
      const t = member.trainings[j] as AgencyCreditInput["staff"][number]["trainings"][number];
      if (!(fits(ctx, t.date) || keep(ctx, id, base, t.date, ["staff", i, "trainings", j, "date"]))) continue;
      const age = asOfDay - (shanghaiEpochDay(t.date) as number);
      if (t.passed && age <= ctx.period) ok = true;
    }
    if (ok) trained++;
  }
  add(records, sources, base, { id: "training", kind: "training.compliance", date: asOf, quantity: agency.staff.length === 0 ? 0 : trained / agency.staff.length }, "staff");

  for (let i = 0; i < agency.creditRecords.length; i++) {
    const r = agency.creditRecords[i] as AgencyCreditInput["creditRecords"][number];
    if (fits(ctx, r.date) || keep(ctx, id, base, r.date, ["creditRecords", i, "date"])) add(records, sources, base, { id: idOf("creditRecords", i), kind: KIND.credit[r.kind], date: r.date }, "creditRecords", i);
  }
  for (let i = 0; i < agency.penalties.length; i++) {
    const p = agency.penalties[i] as AgencyCreditInput["penalties"][number];
    if (fits(ctx, p.date) || keep(ctx, id, base, p.date, ["penalties", i, "date"])) add(records, sources, base, { id: idOf("penalties", i), kind: KIND.penalty[p.severity], date: p.date }, "penalties", i);
  }
  for (let i = 0; i < agency.complaints.length; i++) {
    const c = agency.complaints[i] as AgencyCreditInput["complaints"][number];
    if ((fits(ctx, c.decidedOn) || keep(ctx, id, base, c.decidedOn, ["complaints", i, "decidedOn"])) && c.outcome === "upheld") {
      add(records, sources, base, { id: idOf("complaints", i), kind: "complaint.upheld", date: c.decidedOn }, "complaints", i);
    }
  }
  for (let i = 0; i < agency.performanceReviews.length; i++) {
    const r = agency.performanceReviews[i] as AgencyCreditInput["performanceReviews"][number];
    if ((fits(ctx, r.reviewedOn) || keep(ctx, id, base, r.reviewedOn, ["performanceReviews", i, "reviewedOn"])) && r.outcome !== "satisfactory") {
      add(records, sources, base, { id: idOf("performanceReviews", i), kind: KIND.performance[r.outcome], date: r.reviewedOn }, "performanceReviews", i);
    }
  }
  return records;
}
