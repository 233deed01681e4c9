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
  requireDaysOption(options.trainingPeriodDays, "trainingPeriodDays");
  const base = options.path ?? [];
  const asOfDay = requireEpochDay(options.asOf, ["asOf"], "asOf");
  const asOf = epochDayToDate(asOfDay);
  const policy = options.laterRecords ?? "error";
  const what = `Agency ${agency.id}`;
  // Each date is read once; the path of a record is built only for an error (most records never need one).
  const keep = (date: string, ...path: ReadonlyArray<string | number>): boolean => {
    const day = shanghaiEpochDay(date) ?? requireEpochDay(date, [...base, ...path], what);
    return day <= asOfDay || keepRecord(day, asOfDay, policy, [...base, ...path], what, date, asOf);
  };

  const records: SourcedRecord[] = [];
  const add = (record: ScoreRecord, ...source: ReadonlyArray<string | number>) => records.push({ record, source: base.length === 0 ? source : [...base, ...source] });

  // LC80-3.1: a part counts once it is published; one published after asOf did not exist yet on asOf.
  let published = 0;
  for (const part of AGENCY_DISCLOSURE_PARTS) {
    const p = agency.disclosure[part];
    if (p !== undefined && keep(p.publishedOn, "disclosure", part, "publishedOn")) published++;
  }
  add({ id: "disclosure", kind: "disclosure.completeness", date: asOf, quantity: published / AGENCY_DISCLOSURE_PARTS.length }, "disclosure");

  // LC80-3.3: no staff on file means no evidence of training, so no points (not a vacuous 100%).
  const period = options.trainingPeriodDays ?? DEFAULT_TRAINING_PERIOD_DAYS;
  let trained = 0;
  agency.staff.forEach((member, i) => {
    let ok = false;
    member.trainings.forEach((t, j) => {
      if (!keep(t.date, "staff", i, "trainings", j, "date")) return;
      const age = asOfDay - (shanghaiEpochDay(t.date) as number);
      if (t.passed && age <= period) ok = true;
    });
    if (ok) trained++;
  });
  add({ id: "training", kind: "training.compliance", date: asOf, quantity: agency.staff.length === 0 ? 0 : trained / agency.staff.length }, "staff");

  agency.creditRecords.forEach((r, i) => {
    if (keep(r.date, "creditRecords", i, "date")) add({ id: `creditRecords[${i}]`, kind: `credit.${r.kind}`, date: r.date }, "creditRecords", i);
  });
  agency.penalties.forEach((p, i) => {
    if (keep(p.date, "penalties", i, "date")) add({ id: `penalties[${i}]`, kind: `penalty.${p.severity}`, date: p.date }, "penalties", i);
  });
  agency.complaints.forEach((c, i) => {
    if (keep(c.decidedOn, "complaints", i, "decidedOn") && c.outcome === "upheld") {
      add({ id: `complaints[${i}]`, kind: "complaint.upheld", date: c.decidedOn }, "complaints", i);
    }
  });
  agency.performanceReviews.forEach((r, i) => {
    if (keep(r.reviewedOn, "performanceReviews", i, "reviewedOn") && r.outcome !== "satisfactory") {
      add({ id: `performanceReviews[${i}]`, kind: `performance.${r.outcome}`, date: r.reviewedOn }, "performanceReviews", i);
    }
  });
  return records;
}
