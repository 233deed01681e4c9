import { GgzyError, formatPath, parseWith } from "../../model/error";
import type { AbandonmentReasonCategory } from "../../model/performance";
import { compareUtf8 } from "../../model/compare-utf8";
import { keepRecord } from "../later-records";
import type { LaterRecords } from "../later-records";
import { scoreSourced } from "../score-sourced";
import type { SourcedRecord } from "../score-sourced";
import { epochDayToDate, requireEpochDay } from "../scorecard/civil-date";
import type { ScoreResult } from "../scorecard/result";
import { parseScorecard } from "../scorecard/schema";
import type { Scorecard } from "../scorecard/schema";
import { BidderCreditDataSchema } from "./bidder-input";
import type { BidderCreditData, BidderCreditDataInput } from "./bidder-input";
import { defaultBidderScorecard } from "./default-scorecard";

/** Options of the bidder credit scorer. */
export interface ScoreBiddersOptions {
  readonly asOf: string;
  /** Replaces the default bidder scorecard. */
  readonly scorecard?: Scorecard;
  /**
   * Abandonment reason categories that are proper (正当理由, LC80-5.3) and so do not weigh. Default, as the model
   * documents: `forceMajeure`, `tendererFault`, `lawfulChange`.
   */
  readonly properAbandonmentReasons?: ReadonlyArray<AbandonmentReasonCategory>;
  readonly laterRecords?: LaterRecords;
}

/** Abandonment reasons counted as proper by default (the `properAbandonmentReasons` parameter's default). */
export const DEFAULT_PROPER_ABANDONMENT_REASONS: ReadonlyArray<AbandonmentReasonCategory> = ["forceMajeure", "tendererFault", "lawfulChange"];

/** The day a complaint was decided: its `decided` stage, else (no stage recorded) the day it was filed. */
function complaintDecidedOn(c: BidderCreditData["complaints"][number]): { date: string; field: ReadonlyArray<string | number> } {
  const i = c.stages.findIndex((s) => s.stage === "decided");
  const stage = c.stages[i];
  return stage ? { date: stage.on, field: ["stages", i, "on"] } : { date: c.filedOn, field: ["filedOn"] };
}

/**
 * The scorecard records of every bidder in a (parsed) data set, keyed by bidder id, each with the path of its
 * source. Events naming a bidder that is not in `bidders` are left aside (they belong to someone not scored).
 */
export function bidderSourcedRecords(data: BidderCreditData, options: ScoreBiddersOptions): Map<string, SourcedRecord[]> {
  const asOfDay = requireEpochDay(options.asOf, ["asOf"], "asOf");
  const asOf = epochDayToDate(asOfDay);
  const policy = options.laterRecords ?? "error";
  const proper = new Set(options.properAbandonmentReasons ?? DEFAULT_PROPER_ABANDONMENT_REASONS);
  const out = new Map<string, SourcedRecord[]>();
  data.bidders.forEach((b, i) => {
    if (out.has(b.id)) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `投标人编号重复：${b.id}`,
        en: `Duplicate bidder id ${b.id}`,
        issues: [{ path: ["bidders", i, "id"], message: "duplicate bidder id", code: "duplicate_id" }],
      });
    }
    out.set(b.id, []);
  });
  const keep = (date: string, path: ReadonlyArray<string | number>) =>
    keepRecord(requireEpochDay(date, path, "Bidder data"), asOfDay, policy, path, "Bidder data", date, asOf);
  const add = (bidderId: string, kind: string, date: string, source: ReadonlyArray<string | number>) => {
    out.get(bidderId)?.push({ record: { id: formatPath(source), kind, date }, source });
  };

  data.bidders.forEach((b, i) => {
    b.creditRecords.forEach((r, j) => {
      if (keep(r.date, ["bidders", i, "creditRecords", j, "date"])) add(b.id, `credit.${r.kind}`, r.date, ["bidders", i, "creditRecords", j]);
    });
    b.penalties.forEach((p, j) => {
      if (keep(p.date, ["bidders", i, "penalties", j, "date"])) add(b.id, `penalty.${p.severity}`, p.date, ["bidders", i, "penalties", j]);
    });
  });
  data.abandonments.forEach((a, i) => {
    if (!out.has(a.winnerId) || !keep(a.abandonedOn, ["abandonments", i, "abandonedOn"])) return;
    if (!proper.has(a.reasonCategory)) add(a.winnerId, "abandonment.improper", a.abandonedOn, ["abandonments", i]);
  });
  data.refusalsToSign.forEach((r, i) => {
    if (!out.has(r.bidderId) || !keep(r.refusedOn, ["refusalsToSign", i, "refusedOn"])) return;
    if (!r.properReason) add(r.bidderId, "refusal.improper", r.refusedOn, ["refusalsToSign", i]);
  });
  data.collusionFindings.forEach((f, i) => {
    if (!f.upheld || !keep(f.decidedOn, ["collusionFindings", i, "decidedOn"])) return;
    for (const id of new Set(f.bidderIds)) add(id, "collusion.upheld", f.decidedOn, ["collusionFindings", i]);
  });
  data.complaints.forEach((c, i) => {
    if (c.outcome !== "groundless" || !out.has(c.complainantId)) return;
    const { date, field } = complaintDecidedOn(c);
    if (keep(date, ["complaints", i, ...field])) add(c.complainantId, "complaint.groundless", date, ["complaints", i]);
  });
  return out;
}

/**
 * The credit scores of every bidder in a data set as of a day, ordered by bidder id (UTF-8 bytes): abandonment
 * without a proper reason (LC80-5.3), refusal to sign (实施条例 art. 74), upheld collusion findings, complaints
 * rejected as groundless, penalties and credit records, each decaying with its half-life. Throws `GgzyError` for
 * malformed data, duplicate bidder ids, records after `asOf` (unless `laterRecords: "ignore"`) or record kinds the
 * scorecard does not know — each with the path of the offending fact.
 *
 * @example
 * ```ts
 * const [r] = scoreBidders({ bidders: [{ id: "B1", name: "某建设公司" }],
 *   abandonments: [{ id: "X1", projectId: "P1", winnerId: "B1", abandonedOn: "2026-01-05", reasonCategory: "commercial" }] },
 *   { asOf: "2026-06-30" });
 * r?.score; // 77.31 (90 − 15 × 0.5^(176/730))
 * ```
 */
export function scoreBidders(data: BidderCreditDataInput, options: ScoreBiddersOptions): ScoreResult[] {
  const parsed = parseWith(BidderCreditDataSchema, data, "Bidder data");
  const card = parseScorecard(options.scorecard ?? defaultBidderScorecard);
  const records = bidderSourcedRecords(parsed, options);
  return [...records.entries()]
    .sort(([a], [b]) => compareUtf8(a, b))
    .map(([id, sourced]) => scoreSourced(card, id, sourced, options.asOf));
}

/**
 * The credit score of one bidder of a data set (see `scoreBidders`).
 *
 * @example
 * ```ts
 * scoreBidder("B1", data, { asOf: "2026-06-30" }).grade; // "AA"
 * ```
 */
export function scoreBidder(bidderId: string, data: BidderCreditDataInput, options: ScoreBiddersOptions): ScoreResult {
  const result = scoreBidders(data, options).find((r) => r.subjectId === bidderId);
  if (result === undefined) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `数据中没有投标人 ${bidderId}`,
      en: `No bidder ${bidderId} in the data`,
      issues: [{ path: ["bidders"], message: "bidder not found", code: "not_found" }],
    });
  }
  return result;
}
