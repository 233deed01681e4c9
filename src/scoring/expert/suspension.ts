import * as z from "../../model/zod";
import { parseWith } from "../../model/error";
import type { Evaluation, EvaluationSchema } from "../../model/evaluation";
import { ExpertSchema } from "../../model/expert";
import type { Expert } from "../../model/expert";
import type { Reason } from "../reason";
import { epochDayToDate, requireEpochDay } from "../scorecard/civil-date";
import { defaultExpertRatingPolicy } from "./rating-policy";
import { indexEvaluationsByExpert, parseEvaluations, rateExpert } from "./score-expert";
import type { ExpertRatingOptions, ExpertRatingResult } from "./score-expert";

/** Whether an expert may be drawn on a day, and why not. */
export interface ExpertSuspension {
  readonly expertId: string;
  readonly suspended: boolean;
  /** Last suspended day when every reason has an end; absent when not suspended or open-ended. */
  readonly until?: string;
  readonly reasons: ReadonlyArray<Reason>;
  readonly rating: ExpertRatingResult;
}

/** `expertSuspension` over an already parsed expert and evaluations. */
export function suspensionOf(
  expert: Expert,
  evaluations: ReadonlyArray<Evaluation>,
  options: ExpertRatingOptions,
  evaluationPath: ReadonlyArray<string | number> = [],
  only?: ReadonlyArray<number>,
): ExpertSuspension {
  const policy = options.policy ?? defaultExpertRatingPolicy;
  const rating = rateExpert(expert.id, evaluations, options, evaluationPath, only);
  const asOfDay = requireEpochDay(rating.asOf, ["asOf"], "asOf");
  const reasons: Reason[] = [];
  let untilDay = -Infinity;
  let openEnded = false;

  if (expert.status === "removed" && (expert.removedOn === undefined || requireEpochDay(expert.removedOn, ["removedOn"], "Expert") <= asOfDay)) {
    openEnded = true;
    reasons.push({ code: "REMOVED", zh: "已从专家库除名", en: "Removed from the pool" });
  }
  if (expert.status === "suspended") {
    const until = expert.suspendedUntil === undefined ? undefined : requireEpochDay(expert.suspendedUntil, ["suspendedUntil"], "Expert");
    if (until === undefined || until >= asOfDay) {
      if (until === undefined) openEnded = true;
      else untilDay = Math.max(untilDay, until);
      reasons.push({
        code: "STATUS_SUSPENDED",
        zh: `专家库状态为暂停${expert.suspendedUntil ? `（至 ${expert.suspendedUntil}）` : ""}`,
        en: `Suspended in the pool${expert.suspendedUntil ? ` (through ${expert.suspendedUntil})` : ""}`,
      });
    }
  }
  const s = policy.suspension;
  if (rating.score !== null && rating.events >= s.minEvents && rating.score < s.threshold) {
    openEnded = true; // lasts until new ratings lift the score
    reasons.push({
      code: "LOW_ROLLING_SCORE",
      zh: `一事一评滚动得分 ${rating.score} 低于 ${s.threshold}（${rating.events} 次评价）`,
      en: `Rolling per-event score ${rating.score} is below ${s.threshold} (${rating.events} rated events)`,
    });
  }
  for (const e of rating.eventScores) {
    if (e.decay === 0 || e.score >= s.severeEventBelow || e.ageDays > s.severeSuspensionDays) continue;
    const endDay = asOfDay - e.ageDays + s.severeSuspensionDays;
    untilDay = Math.max(untilDay, endDay);
    reasons.push({
      code: "SEVERE_EVENT",
      zh: `评标 ${e.evaluationId} 得分 ${e.score} 低于 ${s.severeEventBelow}，暂停至 ${epochDayToDate(endDay)}`,
      en: `Evaluation ${e.evaluationId} scored ${e.score}, below ${s.severeEventBelow}; suspended through ${epochDayToDate(endDay)}`,
    });
  }
  const suspended = reasons.length > 0;
  return {
    expertId: expert.id,
    suspended,
    ...(suspended && !openEnded ? { until: epochDayToDate(untilDay) } : {}),
    reasons,
    rating,
  };
}

/**
 * Whether an expert is suspended on `asOf` — the test committee-draw eligibility uses (LC80-4.2 ratings feeding
 * LC80-4.3 draws). Suspended when the pool status says so (`suspended` through `suspendedUntil`, or `removed`), when
 * the rolling per-event score is below the policy's threshold over at least `minEvents` events, or for
 * `severeSuspensionDays` after a single event scored below `severeEventBelow`.
 *
 * @example
 * ```ts
 * const s = expertSuspension(expert, evaluations, { asOf: "2026-06-30" });
 * if (s.suspended) console.log(s.reasons.map((r) => r.en));
 * ```
 */
export function expertSuspension(
  expert: z.input<typeof ExpertSchema>,
  evaluations: ReadonlyArray<z.input<typeof EvaluationSchema>>,
  options: ExpertRatingOptions,
): ExpertSuspension {
  return suspensionOf(parseWith(ExpertSchema, expert, "Expert"), parseEvaluations(evaluations), options);
}

/**
 * The pool as a committee draw should see it on `asOf`: each active expert whom the per-event ratings suspend
 * (`expertSuspension`) comes back with `status: "suspended"` and `suspendedUntil` (absent when open-ended), so the
 * draw's eligibility — which reads the pool status, LC80-4.4 / 4.3 — leaves them out, and the draw record, which
 * hashes the pool as given, shows why. Experts already suspended or removed, and everyone else, come back unchanged;
 * the input is not mutated and keeps its order.
 *
 * @example
 * ```ts
 * const pool = applyRatingSuspensions(experts, evaluations, { asOf: "2025-12-22" });
 * drawCommittee({ ...request, inputs: { ...request.inputs, pool } });
 * ```
 */
export function applyRatingSuspensions<E extends z.input<typeof ExpertSchema>>(
  experts: ReadonlyArray<E>,
  evaluations: ReadonlyArray<z.input<typeof EvaluationSchema>>,
  options: ExpertRatingOptions,
): E[] {
  parseWith(z.array(z.unknown()), experts, { zh: "专家名单", en: "Experts" });
  const parsed = parseEvaluations(evaluations);
  const byExpert = indexEvaluationsByExpert(parsed);
  return experts.map((input) => {
    const expert = parseWith(ExpertSchema, input, "Expert");
    if (expert.status !== "active") return input;
    const s = suspensionOf(expert, parsed, options, [], byExpert.get(expert.id) ?? []);
    if (!s.suspended) return input;
    return { ...input, status: "suspended", ...(s.until !== undefined ? { suspendedUntil: s.until } : {}) };
  });
}
