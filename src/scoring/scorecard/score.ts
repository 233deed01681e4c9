import { GgzyError, parseWith } from "../../model/error";
import { compareUtf8 } from "../../model/compare-utf8";
import { epochDayToDate, requireEpochDay } from "./civil-date";
import type { ItemBreakdown, RecordContribution, ScoreResult } from "./result";
import { gradeFor } from "./grade";
import { parseScorecard } from "./schema";
import type { Scorecard, ScorecardItem } from "./schema";
import { ScoreSubjectSchema } from "./subject";
import type { ScoreRecord } from "./subject";

/** Options of `score`. `asOf` is required: scores never read the machine's clock. */
export interface ScoreOptions {
  /** The day the score is computed for (`YYYY-MM-DD`, Asia/Shanghai; a date-time is reduced to its Shanghai date). */
  readonly asOf: string;
}

interface Prepared {
  readonly index: number;
  readonly record: ScoreRecord;
  readonly day: number;
}

/** Rounds to 2 decimals; monotone, so it cannot make a penalty raise a score. */
function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r; // no -0 in JSON output
}

function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

// Canonical record order: summing floats in a fixed order makes the score independent of input order. Day and
// quantity come first because they fix each record's points; ids only order records of equal points.
function compareRecords(a: Prepared, b: Prepared): number {
  return (
    a.day - b.day ||
    (a.record.quantity ?? 1) - (b.record.quantity ?? 1) ||
    compareUtf8(a.record.id ?? "", b.record.id ?? "") ||
    compareUtf8(a.record.date, b.record.date) ||
    compareUtf8(a.record.note ?? "", b.record.note ?? "")
  );
}

function scoreItem(item: ScorecardItem, records: ReadonlyArray<Prepared>, asOfDay: number): ItemBreakdown {
  const sign = item.effect === "reward" ? 1 : -1;
  const decayOf = (ageDays: number): number =>
    item.windowDays !== undefined && ageDays > item.windowDays ? 0 : item.halfLifeDays === undefined ? 1 : Math.pow(0.5, ageDays / item.halfLifeDays);
  // Two passes (the total, then each record's share) instead of keeping an object per record in between.
  let total = 0;
  for (let k = 0; k < records.length; k++) {
    const p = records[k] as Prepared;
    total += item.weight * (p.record.quantity ?? 1) * decayOf(asOfDay - p.day);
  }
  const capped = item.cap !== undefined && total > item.cap;
  // Over the cap, every record keeps its share of the cap in proportion to its weight: the attribution does
  // not depend on which record came first.
  const scale = capped && total > 0 ? (item.cap as number) / total : 1;
  const contributions: RecordContribution[] = [];
  for (let k = 0; k < records.length; k++) {
    const p = records[k] as Prepared;
    const ageDays = asOfDay - p.day;
    const quantity = p.record.quantity ?? 1;
    const decay = decayOf(ageDays);
    const points = round6(sign * item.weight * quantity * decay * scale);
    const id = p.record.id;
    // Two literals rather than a spread: each contribution is born with its final layout.
    contributions.push(
      id !== undefined
        ? { index: p.index, id, kind: p.record.kind, date: p.record.date, ageDays, quantity, decay: round6(decay), points }
        : { index: p.index, kind: p.record.kind, date: p.record.date, ageDays, quantity, decay: round6(decay), points },
    );
  }
  const kept = capped ? (item.cap as number) : total;
  return {
    itemId: item.id,
    kind: item.kind,
    effect: item.effect,
    label: { zh: item.label.zh, en: item.label.en },
    points: round6(sign * kept),
    uncappedPoints: round6(sign * total),
    capped,
    records: contributions,
  };
}

/** A scorecard's items by kind and its ignored kinds, worked out once per (frozen, validated) scorecard. */
const lookups = new WeakMap<Scorecard, { readonly itemsByKind: ReadonlyMap<string, ScorecardItem>; readonly ignored: ReadonlySet<string> }>();
function lookupsOf(card: Scorecard): { readonly itemsByKind: ReadonlyMap<string, ScorecardItem>; readonly ignored: ReadonlySet<string> } {
  let l = lookups.get(card);
  if (l === undefined) {
    l = { itemsByKind: new Map(card.items.map((i) => [i.kind, i])), ignored: new Set(card.ignoredKinds ?? []) };
    if (Object.isFrozen(card)) lookups.set(card, l);
  }
  return l;
}

/**
 * Scores a subject on a scorecard as of a date: `base` plus every item's capped, decayed points, kept within
 * the scorecard's bounds, rounded to 2 decimals and graded. The breakdown lists each item and each record
 * with the points it moved. Throws `GgzyError` for a bad scorecard (`INVALID_SCORECARD`), a malformed subject,
 * a record dated after `asOf` or of a kind the scorecard does not know (`INVALID_INPUT`, with the path).
 *
 * @example
 * ```ts
 * const r = score(defaultAgencyScorecard, { id: "ag-1", records: [{ kind: "penalty.minor", date: "2025-03-01" }] },
 *   { asOf: "2026-03-01" });
 * r.score; r.grade; // 36.46, "C"
 * r.breakdown.find((i) => i.kind === "penalty.minor")?.points; // -3.535534 (5 points, half-life 730 days, 365 days old)
 * ```
 */
export function score(scorecard: Scorecard, subject: unknown, options: ScoreOptions): ScoreResult {
  const card = parseScorecard(scorecard);
  const s = parseWith(ScoreSubjectSchema, subject, "Score subject");
  return scoreParsed(card, s.id, s.records, options.asOf);
}

/**
 * `score` without re-validating the subject: for records the library built itself from validated domain data.
 * `card` must come from `parseScorecard`.
 *
 * @example
 * ```ts
 * scoreParsed(parseScorecard(json), "A1", [{ kind: "penalty.minor", date: "2026-01-05" }], "2026-06-30").score;
 * ```
 */
export function scoreParsed(card: Scorecard, subjectId: string, records: ReadonlyArray<ScoreRecord>, asOfInput: string): ScoreResult {
  const s = { id: subjectId, records };
  const options = { asOf: asOfInput };

  const asOfDay = requireEpochDay(options.asOf, ["asOf"], "asOf");

  const { itemsByKind, ignored } = lookupsOf(card);
  const byKind = new Map<string, Prepared[]>();
  s.records.forEach((record, index) => {
    const day = requireEpochDay(record.date, ["records", index, "date"], `Record ${index}`);
    if (day > asOfDay) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `记录 records[${index}] 的日期 ${record.date} 晚于评分基准日 ${options.asOf}`,
        en: `Record records[${index}] is dated ${record.date}, after the as-of date ${options.asOf}`,
        issues: [{ path: ["records", index, "date"], message: "dated after asOf", code: "after_as_of" }],
        details: { subjectId: s.id },
      });
    }
    if (!itemsByKind.has(record.kind)) {
      if (ignored.has(record.kind)) return;
      throw new GgzyError("INVALID_INPUT", {
        zh: `记录 records[${index}] 的类型 ${JSON.stringify(record.kind)} 不在评分卡 ${card.id} 中`,
        en: `Record records[${index}] has kind ${JSON.stringify(record.kind)}, unknown to scorecard ${card.id}`,
        issues: [{ path: ["records", index, "kind"], message: "unknown record kind", code: "unknown_kind" }],
        details: { subjectId: s.id, known: card.items.map((i) => i.kind) },
      });
    }
    const list = byKind.get(record.kind) ?? [];
    list.push({ index, record, day });
    byKind.set(record.kind, list);
  });

  const breakdown: ItemBreakdown[] = [];
  let sum = card.base;
  for (const item of card.items) {
    const records = (byKind.get(item.kind) ?? []).sort(compareRecords);
    const b = scoreItem(item, records, asOfDay);
    sum += b.points;
    breakdown.push(b);
  }
  const bounded = Math.min(card.bounds.max, Math.max(card.bounds.min, sum));
  const final = round2(bounded);
  return {
    subjectId: s.id,
    scorecard: { id: card.id, version: card.version },
    asOf: epochDayToDate(asOfDay),
    score: final,
    grade: gradeFor(card, final),
    base: card.base,
    boundsAdjustment: round6(bounded - sum),
    breakdown,
  };
}
