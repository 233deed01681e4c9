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
function idOf(field: string, i: number): string {
  let list = ids.get(field);
  if (list === undefined) ids.set(field, (list = []));
  if (i >= 1024) return `${field}[${i}]`;
  return (list[i] ??= `${field}[${i}]`);
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
  agency: Pick<AgencyCreditInput, "id" | "disclosure" | "staff" | "creditRecords" | "penalties" | "complaints" | "performanceReviews">, options: AgencyRecordOptions, sources?: Array<ReadonlyArray<string | number>>): ScoreRecord[] {
  requireDaysOption(options.trainingPeriodDays, "trainingPeriodDays");
  const base = options.path ?? [];
  const asOfDay = requireEpochDay(options.asOf, ["asOf"], "asOf");
  const asOf = epochDayToDate(asOfDay);
  const policy = options.laterRecords ?? "error";
  const what = `Agency ${agency.id}`;
  // Each date is read once; the path of a record is built only for an error (most records never need one): `keep` is
  // called only when `fits` fails, and a path is an array literal, not a closure (a closure over the loop's index
  // would give every iteration a context of its own).
  function keep(date: string, path: ReadonlyArray<string | number>): boolean {
    const day = shanghaiEpochDay(date);
    if (day !== undefined && day <= asOfDay) return true;
    return keepRecord(day ?? requireEpochDay(date, [...base, ...path], what), asOfDay, policy, [...base, ...path], what, date, asOf);
  }
  const fits = (date: string): boolean => {
    const day = shanghaiEpochDay(date);
    return day !== undefined && day <= asOfDay;
  };
  const records: ScoreRecord[] = [];
  // The source of a record is `[...base, field]` or `[...base, field, i]`: passed as parts, not as a closure, which
  // every record would allocate although only an error reads it.
  function add(record: ScoreRecord, field: string, i?: number): void {
    records.push(record);
    sources?.push(i === undefined ? [...base, field] : [...base, field, i]);
  }

  // LC80-3.1: a part counts once it is published; one published after asOf did not exist yet on asOf.
  let published = 0;
  for (const part of AGENCY_DISCLOSURE_PARTS) {
    const p = agency.disclosure[part];
    if (p !== undefined && (fits(p.publishedOn) || keep(p.publishedOn, ["disclosure", part, "publishedOn"]))) published++;
  }
  add({ id: "disclosure", kind: "disclosure.completeness", date: asOf, quantity: published / AGENCY_DISCLOSURE_PARTS.length }, "disclosure");

  // LC80-3.3: no staff on file means no evidence of training, so no points (not a vacuous 100%).
  const period = options.trainingPeriodDays ?? DEFAULT_TRAINING_PERIOD_DAYS;
  let trained = 0;
  for (let i = 0; i < agency.staff.length; i++) {
    const member = agency.staff[i] as AgencyCreditInput["staff"][number];
    let ok = false;
    for (let j = 0; j < member.trainings.length; j++) {
      const t = member.trainings[j] as AgencyCreditInput["staff"][number]["trainings"][number];
      if (!(fits(t.date) || keep(t.date, ["staff", i, "trainings", j, "date"]))) continue;
      const age = asOfDay - (shanghaiEpochDay(t.date) as number);
      if (t.passed && age <= period) ok = true;
    }
    if (ok) trained++;
  }
  add({ id: "training", kind: "training.compliance", date: asOf, quantity: agency.staff.length === 0 ? 0 : trained / agency.staff.length }, "staff");

  for (let i = 0; i < agency.creditRecords.length; i++) {
    const r = agency.creditRecords[i] as AgencyCreditInput["creditRecords"][number];
    if (fits(r.date) || keep(r.date, ["creditRecords", i, "date"])) add({ id: idOf("creditRecords", i), kind: KIND.credit[r.kind], date: r.date }, "creditRecords", i);
  }
  for (let i = 0; i < agency.penalties.length; i++) {
    const p = agency.penalties[i] as AgencyCreditInput["penalties"][number];
    if (fits(p.date) || keep(p.date, ["penalties", i, "date"])) add({ id: idOf("penalties", i), kind: KIND.penalty[p.severity], date: p.date }, "penalties", i);
  }
  for (let i = 0; i < agency.complaints.length; i++) {
    const c = agency.complaints[i] as AgencyCreditInput["complaints"][number];
    if ((fits(c.decidedOn) || keep(c.decidedOn, ["complaints", i, "decidedOn"])) && c.outcome === "upheld") {
      add({ id: idOf("complaints", i), kind: "complaint.upheld", date: c.decidedOn }, "complaints", i);
    }
  }
  for (let i = 0; i < agency.performanceReviews.length; i++) {
    const r = agency.performanceReviews[i] as AgencyCreditInput["performanceReviews"][number];
    if ((fits(r.reviewedOn) || keep(r.reviewedOn, ["performanceReviews", i, "reviewedOn"])) && r.outcome !== "satisfactory") {
      add({ id: idOf("performanceReviews", i), kind: KIND.performance[r.outcome], date: r.reviewedOn }, "performanceReviews", i);
    }
  }
  return records;
}
