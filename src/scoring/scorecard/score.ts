import { GgzyError, parseWith } from "../../model/error";
import { compareUtf8 } from "../../model/compare-utf8";
import { epochDayToDate, requireEpochDay, shanghaiEpochDay } from "./civil-date";
import type { ItemAt, ItemBreakdown, ItemSummary, RecordContribution, ScoreDetail, ScoreResult } from "./result";
import { gradeFor } from "./grade";
import { parseScorecard } from "./schema";
import type { Scorecard, ScorecardItem } from "./schema";
import { ScoreSubjectSchema } from "./subject";
import { withBreakdownOnRead } from "./breakdown-on-read";
import type { Memo } from "./breakdown-on-read";
import type { ScoreRecord } from "./subject";

/** Options of `score`. `asOf` is required: scores never read the machine's clock. */
export interface ScoreOptions {
  /** The day the score is computed for (`YYYY-MM-DD`, Asia/Shanghai; a date-time is reduced to its Shanghai date). */
  readonly asOf: string;
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

/** `0.5^(ageDays / halfLifeDays)`, 1 without a half-life, 0 outside the item's window. */
export function decayOf(item: ScorecardItem, ageDays: number): number {
  return item.windowDays !== undefined && ageDays > item.windowDays ? 0 : item.halfLifeDays === undefined ? 1 : Math.pow(0.5, ageDays / item.halfLifeDays);
}

/** What one scoring works on: the records, their days, and the item that scores each (-1: an ignored kind). */
interface Work {
  readonly records: ReadonlyArray<ScoreRecord>;
  readonly days: number[];
  readonly items: number[];
  /** Each record's decay under its item (worked out once, used for the total and for the record's share). */
  readonly decays: number[];
}

// Canonical record order: summing floats in a fixed order makes the score independent of input order. Day and
// quantity come first because they fix each record's points; ids only order records of equal points. Records
// equal in all of these keep their input order.
function compareRecords(w: Work, a: number, b: number): number {
  const x = w.records[a] as ScoreRecord;
  const y = w.records[b] as ScoreRecord;
  return (
    (w.days[a] as number) - (w.days[b] as number) ||
    (x.quantity ?? 1) - (y.quantity ?? 1) ||
    compareUtf8(x.id ?? "", y.id ?? "") ||
    compareUtf8(x.date, y.date) ||
    compareUtf8(x.note ?? "", y.note ?? "") ||
    a - b
  );
}

/**
 * The decayed, weighted sum of one item's records (`order[from..to)`, in canonical order: summed in that order, so the
 * total does not depend on input order). Each record's decay is kept in `w.decays` for its share.
 */
function itemTotal(item: ScorecardItem, w: Work, order: ReadonlyArray<number>, from: number, to: number, asOfDay: number): number {
  let total = 0;
  for (let k = from; k < to; k++) {
    const r = order[k] as number;
    const decay = decayOf(item, asOfDay - (w.days[r] as number));
    w.decays[r] = decay;
    total += item.weight * ((w.records[r] as ScoreRecord).quantity ?? 1) * decay;
  }
  return total;
}

/** An item's signed points after its cap, from its total: what the score adds (the same figure as `points` in its breakdown). */
function itemPoints(item: ScorecardItem, total: number): number {
  const kept = item.cap !== undefined && total > item.cap ? item.cap : total;
  return round6((item.effect === "reward" ? 1 : -1) * kept);
}

/**
 * The breakdown of one item over its records (`order[from..to)`, in canonical order): with each record's contribution,
 * or (`detail: "items"`) with their count only.
 */
function scoreItem(
  item: ScorecardItem,
  w: Work,
  order: ReadonlyArray<number>,
  from: number,
  to: number,
  asOfDay: number,
  detail: ScoreDetail,
): ItemBreakdown | ItemSummary {
  const sign = item.effect === "reward" ? 1 : -1;
  // Two passes (the total, then each record's share) instead of keeping an object per record in between.
  const total = itemTotal(item, w, order, from, to, asOfDay);
  const capped = item.cap !== undefined && total > item.cap;
  // The label is the scorecard's own: frozen (parseScorecard), so every breakdown of a registry can share it.
  const { id: itemId, kind, effect, label } = item;
  const points = itemPoints(item, total);
  const uncappedPoints = round6(sign * total);
  // The two levels differ only in their last field (one literal each: every entry is born with its final layout).
  if (detail === "items") return { itemId, kind, effect, label, points, uncappedPoints, capped, recordCount: to - from };
  // Over the cap, every record keeps its share of the cap in proportion to its weight: the attribution does
  // not depend on which record came first.
  const scale = capped && total > 0 ? (item.cap as number) / total : 1;
  const contributions: RecordContribution[] = new Array(to - from);
  for (let k = from; k < to; k++) {
    const index = order[k] as number;
    const record = w.records[index] as ScoreRecord;
    const ageDays = asOfDay - (w.days[index] as number);
    const quantity = record.quantity ?? 1;
    const decay = w.decays[index] as number;
    const points = round6(sign * item.weight * quantity * decay * scale);
    const id = record.id;
    // Two literals rather than a spread: each contribution is born with its final layout.
    contributions[k - from] =
      id !== undefined
        ? { index, id, kind: record.kind, date: record.date, ageDays, quantity, decay: round6(decay), points }
        : { index, kind: record.kind, date: record.date, ageDays, quantity, decay: round6(decay), points };
  }
  return { itemId, kind, effect, label, points, uncappedPoints, capped, records: contributions };
}

/**
 * A scorecard's item positions by kind, its ignored kinds and the reference every result carries, worked out once per
 * (frozen, validated) scorecard.
 */
interface Lookups {
  readonly itemByKind: ReadonlyMap<string, number>;
  readonly ignored: ReadonlySet<string>;
  /** `{ id, version }`, frozen: one object for every result scored on the card. */
  readonly ref: ScoreResult["scorecard"];
}
const lookups = new WeakMap<Scorecard, Lookups>();
/** The card's `Lookups` (worked out on its first use). */
export function lookupsOf(card: Scorecard): Lookups {
  let l = lookups.get(card);
  if (l === undefined) {
    l = {
      itemByKind: new Map(card.items.map((i, k) => [i.kind, k])),
      ignored: new Set(card.ignoredKinds ?? []),
      ref: Object.freeze({ id: card.id, version: card.version }),
    };
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
 * `card` must come from `parseScorecard`. With `detail: "items"` the breakdown's items carry a record count instead
 * of the records (`ItemSummary`).
 *
 * @example
 * ```ts
 * scoreParsed(parseScorecard(json), "A1", [{ kind: "penalty.minor", date: "2026-01-05" }], "2026-06-30").score;
 * ```
 */
export function scoreParsed<D extends ScoreDetail = "records">(
  card: Scorecard,
  subjectId: string,
  records: ReadonlyArray<ScoreRecord>,
  asOfInput: string,
  detail: D = "records" as D,
): ScoreResult<ItemAt<D>> {
  const { w, order, asOfDay } = prepare(card, subjectId, records, asOfInput);
  const breakdown: Array<ItemAt<D>> = new Array(card.items.length);
  let sum = card.base;
  let k = 0;
  for (let i = 0; i < card.items.length; i++) {
    const from = k;
    while (k < order.length && w.items[order[k] as number] === i) k++;
    const b = scoreItem(card.items[i] as ScorecardItem, w, order, from, k, asOfDay, detail);
    sum += b.points;
    breakdown[i] = b as ItemAt<D>;
  }
  const result: Omit<ScoreResult<ItemAt<D>>, "breakdown"> & { breakdown?: ReadonlyArray<ItemAt<D>> } = headOf(card, subjectId, asOfDay, sum);
  result.breakdown = breakdown;
  return result as ScoreResult<ItemAt<D>>;
}

/** A subject's records checked against `asOf` and the scorecard, with their days and items, in scoring order. */
interface Prepared {
  readonly w: Work;
  /** Indices of the scored records, grouped by item (in the scorecard's order), each group in canonical order. */
  readonly order: ReadonlyArray<number>;
  readonly asOfDay: number;
}

/** Reads every record's day and item, and throws for a record dated after `asOf` or of a kind the card does not know. */
function prepare(card: Scorecard, subjectId: string, records: ReadonlyArray<ScoreRecord>, asOfInput: string): Prepared {
  const asOfDay = requireEpochDay(asOfInput, ["asOf"], "asOf");
  const { itemByKind, ignored } = lookupsOf(card);
  const w: Work = { records, days: new Array(records.length), items: new Array(records.length), decays: new Array(records.length) };
  const order: number[] = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as ScoreRecord;
    // The error's path and wording are built only for a bad date (a registry scores millions of good ones).
    const day = shanghaiEpochDay(record.date) ?? requireEpochDay(record.date, ["records", index, "date"], `Record ${index}`);
    if (day > asOfDay) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `记录 records[${index}] 的日期 ${record.date} 晚于评分基准日 ${asOfInput}`,
        en: `Record records[${index}] is dated ${record.date}, after the as-of date ${asOfInput}`,
        issues: [{ path: ["records", index, "date"], message: "dated after asOf", code: "after_as_of" }],
        details: { subjectId },
      });
    }
    const item = itemByKind.get(record.kind);
    if (item === undefined) {
      if (ignored.has(record.kind)) continue;
      throw new GgzyError("INVALID_INPUT", {
        zh: `记录 records[${index}] 的类型 ${JSON.stringify(record.kind)} 不在评分卡 ${card.id} 中`,
        en: `Record records[${index}] has kind ${JSON.stringify(record.kind)}, unknown to scorecard ${card.id}`,
        issues: [{ path: ["records", index, "kind"], message: "unknown record kind", code: "unknown_kind" }],
        details: { subjectId, known: card.items.map((i) => i.kind) },
      });
    }
    w.days[index] = day;
    w.items[index] = item;
    order.push(index);
  }
  order.sort((a, b) => (w.items[a] as number) - (w.items[b] as number) || compareRecords(w, a, b));
  return { w, order, asOfDay };
}

/**
 * Every field of a result but its breakdown, from each item's total (`totals[i]`: the decayed, weighted sum of item
 * i's records, summed in canonical order as `itemTotal` does): what `scoreParsedOnRead` works out, for a scorer that
 * summed the records itself. `card` must come from `parseScorecard`.
 *
 * @example
 * ```ts
 * scoreHeadOfTotals(card, "A1", 20634, new Float64Array(card.items.length)).score; // the base, within the bounds
 * ```
 */
export function scoreHeadOfTotals(card: Scorecard, subjectId: string, asOfDay: number, totals: ArrayLike<number>): Omit<ScoreResult, "breakdown"> {
  let sum = card.base;
  for (let i = 0; i < card.items.length; i++) sum += itemPoints(card.items[i] as ScorecardItem, totals[i] as number);
  return headOf(card, subjectId, asOfDay, sum);
}

/** Every field of a result but its breakdown, from the sum of base and item points (in the breakdown's key order). */
function headOf(card: Scorecard, subjectId: string, asOfDay: number, sum: number): Omit<ScoreResult, "breakdown"> {
  const bounded = Math.min(card.bounds.max, Math.max(card.bounds.min, sum));
  const final = round2(bounded);
  return {
    subjectId,
    scorecard: lookupsOf(card).ref,
    asOf: epochDayToDate(asOfDay),
    score: final,
    grade: gradeFor(card, final),
    base: card.base,
    boundsAdjustment: round6(bounded - sum),
  };
}

/**
 * `scoreParsed` whose breakdown is built when it is first read, not now: the score, grade, base, bounds adjustment
 * and every error are worked out as `scoreParsed` does; the result keeps a copy of the records' fields (one array,
 * so the caller's later edits cannot reach it) and builds the breakdown from them, with `scoreParsed`, on first read.
 * The breakdown is an own enumerable accessor, so JSON, spread, `structuredClone` and deep equality see what
 * `scoreParsed` gives; it is built once (a second read returns the same array) and can be assigned as before.
 *
 * @example
 * ```ts
 * const r = scoreParsedOnRead(card, "A1", records, "2026-06-30"); // score and grade now
 * JSON.stringify(r) === JSON.stringify(scoreParsed(card, "A1", records, "2026-06-30")); // true: the breakdown is built here
 * ```
 */
export function scoreParsedOnRead<D extends ScoreDetail = "records">(
  card: Scorecard,
  subjectId: string,
  records: ReadonlyArray<ScoreRecord>,
  asOfInput: string,
  detail: D = "records" as D,
): ScoreResult<ItemAt<D>> {
  const { w, order, asOfDay } = prepare(card, subjectId, records, asOfInput);
  let sum = card.base;
  let k = 0;
  for (let i = 0; i < card.items.length; i++) {
    const from = k;
    while (k < order.length && w.items[order[k] as number] === i) k++;
    const item = card.items[i] as ScorecardItem;
    sum += itemPoints(item, itemTotal(item, w, order, from, k, asOfDay));
  }
  return withBreakdownOnRead(headOf(card, subjectId, asOfDay, sum), new PendingBreakdown(card, subjectId, records, asOfInput, detail));
}

/**
 * The breakdown of a result scored by `scoreParsedOnRead`: `scoreParsed` again on the same records when first read
 * (the same code, so the same objects as an eager result), kept from then on; the records' copy is let go. The copy is
 * one flat array rather than the record objects: 22 objects per agency that outlive the call cost the garbage
 * collector about a quarter of a 2m-record registry's scoring (CPU time, alternating runs, 100k agencies).
 */
class PendingBreakdown<D extends ScoreDetail> implements Memo<ReadonlyArray<ItemAt<D>>> {
  /** Each record's id, kind, date, quantity and note in a row: one array lives on, not an object per record. */
  private fields: Array<string | number | undefined> | undefined;
  private value: ReadonlyArray<ItemAt<D>> | undefined = undefined;
  constructor(
    private readonly card: Scorecard,
    private readonly subjectId: string,
    records: ReadonlyArray<ScoreRecord>,
    private readonly asOf: string,
    private readonly detail: D,
  ) {
    const fields: Array<string | number | undefined> = new Array(records.length * 5);
    for (let i = 0; i < records.length; i++) {
      const r = records[i] as ScoreRecord;
      fields[5 * i] = r.id;
      fields[5 * i + 1] = r.kind;
      fields[5 * i + 2] = r.date;
      fields[5 * i + 3] = r.quantity;
      fields[5 * i + 4] = r.note;
    }
    this.fields = fields;
  }
  get(): ReadonlyArray<ItemAt<D>> {
    const f = this.fields;
    if (f !== undefined) {
      const records: ScoreRecord[] = new Array(f.length / 5);
      for (let i = 0; i < records.length; i++) {
        records[i] = { id: f[5 * i] as string, kind: f[5 * i + 1] as string, date: f[5 * i + 2] as string, quantity: f[5 * i + 3] as number, note: f[5 * i + 4] as string };
      }
      this.value = scoreParsed(this.card, this.subjectId, records, this.asOf, this.detail).breakdown;
      this.fields = undefined;
    }
    return this.value as ReadonlyArray<ItemAt<D>>;
  }
  set(value: ReadonlyArray<ItemAt<D>>): void {
    this.value = value;
    this.fields = undefined;
  }
}
