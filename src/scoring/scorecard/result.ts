import * as z from "../../model/zod";
import type { BilingualMessage } from "../../model/error";

/** How much one record moved the score. */
export interface RecordContribution {
  /** Position of the record in the subject's `records` as given (the only field that depends on input order). */
  readonly index: number;
  readonly id?: string;
  readonly kind: string;
  readonly date: string;
  readonly ageDays: number;
  readonly quantity: number;
  /** `0.5^(ageDays / halfLifeDays)`, 1 without a half-life, 0 outside the item's window. */
  readonly decay: number;
  /** Signed points this record added to the score, after the item's cap (shared pro rata). */
  readonly points: number;
}

/** One scorecard item's share of the score: what `ItemBreakdown` and `ItemSummary` both give. */
export interface ItemPoints {
  readonly itemId: string;
  readonly kind: string;
  readonly effect: "reward" | "penalty";
  /** The scorecard item's own label: frozen, and the same object in every result scored on that scorecard. */
  readonly label: BilingualMessage;
  /** Signed points after the cap. */
  readonly points: number;
  /** Signed points before the cap. */
  readonly uncappedPoints: number;
  readonly capped: boolean;
}

/** One scorecard item's share of the score, and the records behind it. */
export interface ItemBreakdown extends ItemPoints {
  /** Records in canonical order (date, then quantity, then id), so the list does not depend on input order. */
  readonly records: ReadonlyArray<RecordContribution>;
}

/**
 * One scorecard item's share of the score without the records behind it (`detail: "items"`): the item's points and
 * how many records made them. The same figures as the item's `ItemBreakdown`, whose `records` it replaces by their count.
 */
export interface ItemSummary extends ItemPoints {
  /** How many records the item scored (the length of `records` in the item's `ItemBreakdown`). */
  readonly recordCount: number;
}

/**
 * How much of the breakdown a batch scorer returns: `"records"` (the default) every item with every record's
 * contribution; `"items"` every item's points and record count without the per-record entries (`ItemSummary`) —
 * for scoring a whole registry, where one agency's record detail is asked for separately. Scores, grades and item
 * points are the same at both levels.
 */
export const ScoreDetailSchema = z.enum(["records", "items"]);
/** {@inheritDoc ScoreDetailSchema} */
export type ScoreDetail = z.output<typeof ScoreDetailSchema>;

/**
 * When a batch scorer builds each result's breakdown: `"now"` (the default), with the score — plain data; or
 * `"onRead"`, when the breakdown is first read — for a registry whose scores and grades are read and whose
 * breakdowns mostly are not. An `"onRead"` breakdown is an own enumerable accessor: JSON, spread, `structuredClone`
 * and deep equality see the same value, built once from the scorer's own copy of the records (Node's `console.log`
 * shows `[Getter/Setter]` until it is read). Scoring costs about half the CPU at 100k agencies × 20 records;
 * reading every breakdown afterwards costs about a quarter more than `"now"` (docs/performance.md, "Scoring").
 */
export const BreakdownTimeSchema = z.enum(["now", "onRead"]);
/** {@inheritDoc BreakdownTimeSchema} */
export type BreakdownTime = z.output<typeof BreakdownTimeSchema>;

/** The breakdown entry a level of detail gives: `ItemSummary` for `"items"`, `ItemBreakdown` otherwise. */
export type ItemAt<D extends ScoreDetail> = D extends "items" ? ItemSummary : ItemBreakdown;

/**
 * What `score` returns: the score, its grade and why. `Item` is the breakdown's entry: `ItemBreakdown` (with each
 * record's contribution) unless a scorer was asked for `detail: "items"` (`ItemSummary`).
 */
export interface ScoreResult<Item extends ItemBreakdown | ItemSummary = ItemBreakdown> {
  readonly subjectId: string;
  /** The scorecard's id and version: frozen, and the same object in every result scored on that scorecard. */
  readonly scorecard: { readonly id: string; readonly version: number };
  readonly asOf: string;
  /** Rounded to 2 decimals, within the scorecard's bounds. */
  readonly score: number;
  readonly grade: string;
  readonly base: number;
  /** Points removed (negative) or added (positive) to keep the score within bounds. */
  readonly boundsAdjustment: number;
  /**
   * Every scorecard item's points, in the scorecard's order. In `scoreAgencies`' results it is built on first read
   * (an own enumerable property all the same: JSON, spread and deep equality see it as a plain one).
   */
  readonly breakdown: ReadonlyArray<Item>;
}
