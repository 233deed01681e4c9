import type { Calendar } from "../../calendar/calendar";
import { formatIsoDate, daysInMonth } from "../../calendar/date";
import type { Award, Contract } from "../../model/award";
import type { Abandonment, PlanCancellation } from "../../model/performance";
import type { SpotCheckQuarter } from "../../model/spotCheck";
import { deadlineFacts } from "./deadline";
import type { RuleParams } from "./params";

/** Facts of an award and its contract (subject `award`). */
export interface AwardFacts {
  readonly award: { readonly id: string; readonly noticeOn: string | undefined; readonly bidderId: string; readonly status: string };
  readonly contract: {
    readonly signedOn: string | undefined;
    readonly nominalLastDay: string | undefined;
    readonly lastDay: string | undefined;
    readonly daysLate: number;
    readonly provisionalYears: readonly number[];
    readonly statusZh: string;
    readonly statusEn: string;
  };
}

/**
 * Contract timing (招标投标法 art. 46): due `contractDays` after the award notice, counted from the next day, a
 * last day on a rest day moved to the next working day. Judged only for an active award with a notice date.
 *
 * @example
 * ```ts
 * awardFacts(award, contract, params, "2024-08-01").contract.lastDay; // notice + 30 days (art. 203 applied)
 * ```
 */
export function awardFacts(award: Award, contract: Contract | undefined, params: RuleParams, asOf: string | undefined, calendar?: Calendar): AwardFacts {
  const signedOn = contract?.signedOn;
  const judged = award.status === "active" && award.noticeOn !== undefined && contract?.status !== "cancelled";
  const d = judged && award.noticeOn !== undefined ? deadlineFacts(award.noticeOn, { days: params.contractDays }, signedOn, asOf, calendar) : undefined;
  return {
    award: { id: award.id, noticeOn: award.noticeOn, bidderId: award.bidderId, status: award.status },
    contract: {
      signedOn,
      nominalLastDay: d?.nominalLastDay,
      lastDay: d?.lastDay,
      daysLate: d?.daysLate ?? 0,
      provisionalYears: d?.provisionalYears ?? [],
      statusZh: signedOn !== undefined ? `实际于 ${signedOn} 签订` : asOf !== undefined ? `截至 ${asOf} 尚未签订` : "尚未签订",
      statusEn: signedOn !== undefined ? `signed on ${signedOn}` : asOf !== undefined ? `not signed as of ${asOf}` : "not signed",
    },
  };
}

const CANCEL_ZH: Record<PlanCancellation["kind"], string> = { cancelPlan: "取消采购计划", delayPerformance: "拖延履行中标合同", refusePerformance: "拒不执行中标合同" };
const CANCEL_EN: Record<PlanCancellation["kind"], string> = { cancelPlan: "cancel the plan", delayPerformance: "delay performance", refusePerformance: "refuse performance" };

/**
 * The `cancellation` fact (LC80-5.1): a collective decision counts when taken on or before the cancellation.
 *
 * @example
 * ```ts
 * cancellationFacts(c).collectivelyDecided; // false when the decision is missing or came afterwards
 * ```
 */
export function cancellationFacts(c: PlanCancellation): Record<string, unknown> {
  const decided = c.collectiveDecision !== undefined && c.collectiveDecision.decidedOn <= c.cancelledOn;
  const reported = c.reportedToSupervisorOn !== undefined;
  const missingZh = [...(decided ? [] : ["未经“三重一大”集体决策"]), ...(reported ? [] : ["未报告行政监管部门"])];
  const missingEn = [...(decided ? [] : ["no prior collective decision"]), ...(reported ? [] : ["not reported to the supervisor"])];
  return {
    missingZh: missingZh.join("，") || "—",
    missingEn: missingEn.join(", ") || "—",
    id: c.id,
    tendererId: c.tendererId,
    kind: c.kind,
    kindZh: CANCEL_ZH[c.kind],
    kindEn: CANCEL_EN[c.kind],
    cancelledOn: c.cancelledOn,
    afterAward: c.afterAward,
    decidedOn: c.collectiveDecision?.decidedOn,
    collectivelyDecided: decided,
    reportedOn: c.reportedToSupervisorOn,
    reported,
  };
}

/**
 * The `abandonment` fact (LC80-5.3).
 *
 * @example
 * ```ts
 * abandonmentFacts(a, "甲公司").filed; // true once filed with the supervisor
 * ```
 */
export function abandonmentFacts(a: Abandonment, winnerName: string | undefined): Record<string, unknown> {
  const explained = a.explainedToTendererOn !== undefined;
  const filed = a.filedWithSupervisorOn !== undefined;
  return {
    missingZh: [...(explained ? [] : ["未向招标人详细说明理由"]), ...(filed ? [] : ["未报行政监管部门备案"])].join("，") || "—",
    missingEn: [...(explained ? [] : ["reason not explained to the tenderer"]), ...(filed ? [] : ["not filed with the supervisor"])].join(", ") || "—",
    id: a.id,
    winnerId: a.winnerId,
    winnerName: winnerName ?? a.winnerId,
    abandonedOn: a.abandonedOn,
    reason: a.reason,
    reasonCategory: a.reasonCategory,
    explained,
    filed,
  };
}

/** First and last day of a quarter `YYYY-Qn`. */
export function quarterBounds(quarter: string): { first: string; last: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const lastMonth = q * 3;
  return { first: formatIsoDate(year, lastMonth - 2, 1), last: formatIsoDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

// Rates times counts, rounded away from binary noise before ceil/floor (0.05 × 60 must be exactly 3).
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * The `spotCheck` fact (LC80-5.2): the 5–10% band as whole projects — at least ⌈min × total⌉, at most
 * max(⌈min × total⌉, ⌊max × total⌋) (a small population still has to check one) — and publication timing.
 *
 * @example
 * ```ts
 * spotCheckFacts({ ...q, totalProjects: 60 }, params, undefined).minRequired; // 3
 * ```
 */
export function spotCheckFacts(q: SpotCheckQuarter, params: RuleParams, asOf: string | undefined, calendar?: Calendar): Record<string, unknown> {
  const checked = new Set(q.checkedProjectIds).size;
  const minRequired = Math.ceil(clean(params.spotCheckMinRate * q.totalProjects));
  const maxAllowed = Math.max(minRequired, Math.floor(clean(params.spotCheckMaxRate * q.totalProjects)));
  const { last } = quarterBounds(q.quarter);
  const pub = deadlineFacts(last, { days: params.spotCheckPublicationDays }, q.publishedOn, asOf, calendar);
  return {
    id: q.id,
    quarter: q.quarter,
    totalProjects: q.totalProjects,
    checkedCount: checked,
    ratePercent: q.totalProjects === 0 ? 0 : Math.round((checked / q.totalProjects) * 10000) / 100,
    minRequired,
    maxAllowed,
    drawRecordRef: q.drawRecordRef,
    quarterEnd: last,
    // The quota is a quarter's: judged once the quarter is over (asOf, else the publication day, past its end).
    quarterEnded: (asOf ?? q.publishedOn ?? "") > last,
    publishedOn: q.publishedOn,
    publicationLastDay: pub.lastDay,
    publicationDaysLate: pub.daysLate,
    publicationProvisionalYears: pub.provisionalYears,
  };
}
