import * as z from "../../model/zod";
import { GgzyError, parseWith } from "../../model/error";
import { assertRequiredOptions } from "../../model/guard";
import { EvaluationSchema } from "../../model/evaluation";
import type { Evaluation, RaterParty } from "../../model/evaluation";
import { compareUtf8 } from "../../model/compare-utf8";
import { keepRecord } from "../later-records";
import type { LaterRecords } from "../later-records";
import { epochDayToDate, requireEpochDay, shanghaiEpochDay } from "../scorecard/civil-date";
import { gradeFor } from "../scorecard/grade";
import { defaultExpertRatingPolicy, parseExpertRatingPolicy } from "./rating-policy";
import type { ExpertRatingPolicy } from "./rating-policy";

/** Options of the expert rating functions. */
export interface ExpertRatingOptions {
  readonly asOf: string;
  /** Replaces the default rating policy. */
  readonly policy?: ExpertRatingPolicy;
  readonly laterRecords?: LaterRecords;
}

/** One party's share of an event score. */
export interface PartyScore {
  readonly party: RaterParty;
  readonly ratings: number;
  readonly score: number;
}

/** One evaluation (event) an expert was rated for, and what it contributes. */
export interface ExpertEventScore {
  readonly evaluationId: string;
  /** The last rating day of the event. */
  readonly date: string;
  readonly ageDays: number;
  /** 0..100, the party-weighted mean of the parties' dimension-weighted means. */
  readonly score: number;
  readonly parties: ReadonlyArray<PartyScore>;
  /** Weight of the event in the rolling score: `0.5^(age / halfLifeDays)`, 0 outside the window. */
  readonly decay: number;
}

/** The rolling per-event rating of one expert (LC80-4.2). */
export interface ExpertRatingResult {
  readonly expertId: string;
  readonly asOf: string;
  readonly policy: { readonly id: string; readonly version: number };
  /** Rated events that count (inside the window). */
  readonly events: number;
  /** Finished evaluations the expert sat on as an expert without any rating of them (rule `EXPERT_RATED_PER_EVENT`). */
  readonly unratedEvents: number;
  /** Decay-weighted mean of event scores, 2 decimals; `null` with no rated event. */
  readonly score: number | null;
  readonly grade: string | null;
  /** Events in date order, then evaluation id. */
  readonly eventScores: ReadonlyArray<ExpertEventScore>;
}

const EvaluationListSchema = z.array(EvaluationSchema);
const PARTIES: ReadonlyArray<RaterParty> = ["tenderer", "agency", "supervisor"];

function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
}

/** Evaluations validated once, with duplicate ids refused. */
export function parseEvaluations(evaluations: unknown, path: ReadonlyArray<string | number> = []): Evaluation[] {
  const list = parseWith(EvaluationListSchema, evaluations, "Evaluations");
  const seen = new Map<string, number>();
  list.forEach((e, i) => {
    if (seen.has(e.id)) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `评标编号重复：${e.id}`,
        en: `Duplicate evaluation id ${e.id}`,
        issues: [{ path: [...path, i, "id"], message: "duplicate evaluation id", code: "duplicate_id" }],
      });
    }
    seen.set(e.id, i);
  });
  return list;
}

/**
 * For each expert id, the indices of the evaluations that rate it or seat it on the committee, in input order:
 * lets a summary over many experts visit each evaluation once instead of once per expert.
 */
export function indexEvaluationsByExpert(evaluations: ReadonlyArray<Evaluation>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  evaluations.forEach((ev, i) => {
    const ids = new Set<string>([...ev.ratings.map((r) => r.expertId), ...ev.committee.map((m) => m.expertId)]);
    for (const id of ids) {
      const list = index.get(id) ?? [];
      list.push(i);
      index.set(id, list);
    }
  });
  return index;
}

/** The rating core over evaluations that are already parsed (shared by the per-expert and summary functions). */
export function rateExpert(
  expertId: string,
  evaluations: ReadonlyArray<Evaluation>,
  options: ExpertRatingOptions,
  path: ReadonlyArray<string | number> = [],
  /** Indices of the evaluations that mention the expert (see `indexEvaluationsByExpert`); all when absent. */
  only?: ReadonlyArray<number>,
): ExpertRatingResult {
  const policy = options.policy === undefined ? defaultExpertRatingPolicy : parseExpertRatingPolicy(options.policy);
  const asOfDay = requireEpochDay(options.asOf, ["asOf"], "asOf");
  const asOf = epochDayToDate(asOfDay);
  const laterRecords = options.laterRecords ?? "error";
  const dimensionWeight = new Map(policy.dimensions.map((d) => [d.id, d.weight]));

  const events: ExpertEventScore[] = [];
  let unrated = 0;
  const indices = only ?? evaluations.map((_, i) => i);
  indices.forEach((i) => {
    const ev = evaluations[i];
    if (ev === undefined) return;
    const byParty = new Map<RaterParty, number[]>();
    let lastDay = -Infinity;
    let rated = false;
    ev.ratings.forEach((r, j) => {
      if (r.expertId !== expertId) return;
      const at = [...path, i, "ratings", j];
      const day = requireEpochDay(r.ratedOn, [...at, "ratedOn"], `Evaluation ${ev.id}`);
      if (!keepRecord(day, asOfDay, laterRecords, [...at, "ratedOn"], `Evaluation ${ev.id}`, r.ratedOn, asOf)) return;
      rated = true;
      let sum = 0;
      let weights = 0;
      // Dimensions in a fixed order (the policy's), so the float sum does not depend on the rating's key order.
      for (const dim of Object.keys(r.scores)) {
        if (!dimensionWeight.has(dim)) {
          throw new GgzyError("INVALID_INPUT", {
            zh: `评价维度 ${JSON.stringify(dim)} 不在专家评价规则 ${policy.id} 中`,
            en: `Rating dimension ${JSON.stringify(dim)} is unknown to the rating policy ${policy.id}`,
            issues: [{ path: [...at, "scores", dim], message: "unknown rating dimension", code: "unknown_kind" }],
            details: { known: policy.dimensions.map((d) => d.id) },
          });
        }
      }
      for (const d of policy.dimensions) {
        const s = r.scores[d.id];
        if (s === undefined || d.weight === 0) continue;
        sum += d.weight * s;
        weights += d.weight;
      }
      if (weights === 0) return; // nothing weighed was rated
      lastDay = Math.max(lastDay, day);
      const list = byParty.get(r.rater) ?? [];
      list.push(sum / weights);
      byParty.set(r.rater, list);
    });
    if (!rated) {
      const sat = ev.committee.some((m) => m.expertId === expertId && m.role === "expert");
      const ended = ev.endedAt === undefined ? undefined : shanghaiEpochDay(ev.endedAt);
      if (sat && ev.status === "finished" && (ended === undefined || ended <= asOfDay)) unrated++;
      return;
    }
    const parties: PartyScore[] = [];
    let num = 0;
    let den = 0;
    for (const party of PARTIES) {
      const list = byParty.get(party);
      if (list === undefined) continue;
      // Sorted before summing: the same ratings in another order give the same float.
      const mean = [...list].sort((a, b) => a - b).reduce((a, b) => a + b, 0) / list.length;
      parties.push({ party, ratings: list.length, score: round2(mean) });
      const w = policy.parties[party];
      num += w * mean;
      den += w;
    }
    if (den === 0) return; // only parties of weight 0 rated
    const score = num / den;
    const ageDays = asOfDay - lastDay;
    const inWindow = policy.windowDays === undefined || ageDays <= policy.windowDays;
    events.push({
      evaluationId: ev.id,
      date: epochDayToDate(lastDay),
      ageDays,
      score: round2(score),
      parties,
      decay: inWindow ? Math.pow(0.5, ageDays / policy.halfLifeDays) : 0,
    });
  });

  events.sort((a, b) => a.ageDays - b.ageDays || compareUtf8(a.evaluationId, b.evaluationId));
  let num = 0;
  let den = 0;
  let counted = 0;
  for (const e of events) {
    if (e.decay === 0) continue;
    num += e.decay * e.score;
    den += e.decay;
    counted++;
  }
  const score = den > 0 ? round2(Math.min(100, Math.max(0, num / den))) : null;
  return {
    expertId,
    asOf,
    policy: { id: policy.id, version: policy.version },
    events: counted,
    unratedEvents: unrated,
    score,
    grade: score === null ? null : gradeFor(policy, score),
    eventScores: events.map((e) => ({ ...e, decay: Math.round(e.decay * 1e6) / 1e6 })),
  };
}

/**
 * The rolling per-event rating (一事一评, LC80-4.2) of one expert over the evaluations given: each rating is the
 * dimension-weighted mean of its scores (0..100); each party's ratings are averaged; an event's score is the
 * party-weighted mean; the rolling score is the mean of event scores weighted by `0.5^(age / halfLifeDays)`.
 * Throws `GgzyError` for malformed evaluations, a rating after `asOf` (unless `laterRecords: "ignore"`) or a
 * dimension the policy does not know (path `[i, "ratings", j, "scores", dim]`).
 *
 * @example
 * ```ts
 * const r = scoreExpert("E1", evaluations, { asOf: "2026-06-30" });
 * r.score; r.grade; r.events; // e.g. 86.4, "B", 5
 * ```
 */
export function scoreExpert(expertId: string, evaluations: ReadonlyArray<z.input<typeof EvaluationSchema>>, options: ExpertRatingOptions): ExpertRatingResult {
  assertRequiredOptions(options, "scoreExpert options");
  return rateExpert(expertId, parseEvaluations(evaluations), options);
}
