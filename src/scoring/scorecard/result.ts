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

/** One scorecard item's share of the score, and the records behind it. */
export interface ItemBreakdown {
  readonly itemId: string;
  readonly kind: string;
  readonly effect: "reward" | "penalty";
  readonly label: BilingualMessage;
  /** Signed points after the cap. */
  readonly points: number;
  /** Signed points before the cap. */
  readonly uncappedPoints: number;
  readonly capped: boolean;
  /** Records in canonical order (date, then quantity, then id), so the list does not depend on input order. */
  readonly records: ReadonlyArray<RecordContribution>;
}

/** What `score` returns: the score, its grade and why. */
export interface ScoreResult {
  readonly subjectId: string;
  readonly scorecard: { readonly id: string; readonly version: number };
  readonly asOf: string;
  /** Rounded to 2 decimals, within the scorecard's bounds. */
  readonly score: number;
  readonly grade: string;
  readonly base: number;
  /** Points removed (negative) or added (positive) to keep the score within bounds. */
  readonly boundsAdjustment: number;
  readonly breakdown: ReadonlyArray<ItemBreakdown>;
}
