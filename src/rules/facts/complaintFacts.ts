import type { Calendar } from "../../calendar/calendar";
import { COMPLAINT_STAGE_ORDER } from "../../model/complaint";
import type { Complaint, ComplaintPause, ComplaintStageName } from "../../model/complaint";
import { NATIONAL_EFFECTIVE } from "../catalogue/basis";
import { workingDaysBetween } from "../../calendar/working-days";
import { daysFromTo, plusDays } from "./dates";
import { deadlineFacts } from "./deadline";
import type { RuleParams } from "./params";
import { listEn, listZh } from "./text";

const STAGE_ZH: Record<ComplaintStageName, string> = {
  received: "收到",
  accepted: "受理",
  transferred: "转办",
  investigated: "查处",
  decided: "处理决定",
  published: "公开",
};

// A stage that needs an earlier one (transfer is optional, so nothing requires it).
const REQUIRES: Partial<Record<ComplaintStageName, ComplaintStageName>> = {
  transferred: "accepted",
  investigated: "accepted",
  decided: "accepted",
  published: "decided",
};

/** Working days of a pause, both ends included (the request's day to the answer's, 94号令 art. 27 para. 2). */
const pauseWorkingDays = (p: ComplaintPause, calendar?: Calendar): number =>
  Math.max(0, workingDaysBetween(plusDays(p.from, -1), p.to, ...(calendar ? [calendar] : [])));

/** The review of a GP complaint (94号令 art. 21) and how it ended, as `gpReviewFacts` judges it. */
interface GpReviewInput {
  readonly receivedOn: string;
  readonly pauses: readonly ComplaintPause[];
  /** The day the review ended on record: the acceptance, or the refusal of a complaint not accepted. */
  readonly endedOn: string | undefined;
  /** Outcome notAccepted: the refusal is notified within the refusal period after the review (art. 21(2)). */
  readonly refused: boolean;
  /** A later stage (a decision on the merits, an investigation…) shows the complaint was accepted, on a day not recorded. */
  readonly acceptanceShown: boolean;
}

/**
 * 财政部令第94号 art. 21: review within 5 working days of receipt; a refusal (不予受理) notified in writing within 3
 * working days after it (so by the 8th); a 补正 notice within the 5 working days, the time until the supplement
 * arrives not counted (art. 27) — only a notice sent in time extends the review. A complaint that meets arts. 18–19
 * is accepted from receipt (art. 21(4)): when a later stage shows it was accepted and no acceptance day is on
 * record, nothing is late.
 */
function gpReviewFacts(r: GpReviewInput, params: RuleParams, asOf: string | undefined, calendar?: Calendar) {
  const reviewDays = params.gpComplaintReviewWorkingDays;
  const noticeLastDay = deadlineFacts(r.receivedOn, { workingDays: reviewDays }, undefined, undefined, calendar).lastDay;
  const supplementDays = r.pauses
    .filter((p) => p.reason === "supplement" && p.from >= r.receivedOn && p.from <= noticeLastDay)
    .reduce((n, p) => n + pauseWorkingDays(p, calendar), 0);
  const workingDays = reviewDays + (r.refused ? params.gpComplaintRefusalWorkingDays : 0) + supplementDays;
  const judgedAsOf = r.endedOn === undefined && r.acceptanceShown ? undefined : asOf;
  const deadline = deadlineFacts(r.receivedOn, { workingDays }, r.endedOn, judgedAsOf, calendar);
  const refusalZh = r.refused ? `，不予受理的于其后 ${params.gpComplaintRefusalWorkingDays} 个工作日内书面告知` : "";
  const refusalEn = r.refused ? `, then ${params.gpComplaintRefusalWorkingDays} to notify the refusal in writing` : "";
  const supplementZh = supplementDays > 0 ? `，补正期间 ${supplementDays} 个工作日不计` : "";
  const supplementEn = supplementDays > 0 ? `, ${supplementDays} working day(s) awaiting the supplement not counted` : "";
  return {
    deadline,
    supplementDays,
    periodZh: `${reviewDays} 个工作日${refusalZh}${supplementZh}`,
    periodEn: `${reviewDays} working days${refusalEn}${supplementEn}`,
  };
}

const status = (done: string | undefined, asOf: string | undefined, zhVerb: string, enVerb: string): [string, string] =>
  done !== undefined
    ? [`实际于 ${done} ${zhVerb}`, `${enVerb} on ${done}`]
    : asOf !== undefined
      ? [`截至 ${asOf} 尚未${zhVerb}`, `not ${enVerb} as of ${asOf}`]
      : [`尚未${zhVerb}`, `not ${enVerb}`];

/**
 * The `complaint` fact: the art. 60 filing period (calendar days from knowing), the art. 61 acceptance (3 working
 * days from receipt) and decision (30 working days from acceptance) periods, and LC80-9's sequence — each stage
 * after the one it needs, on or after it, and publication within `complaintPublicationDays` of the decision.
 * Each stage is taken at its first occurrence; a repeated stage is a sequence problem.
 *
 * @example
 * ```ts
 * complaintFacts(c, params, "2024-12-31").acceptanceLastDay; // 3rd working day after receipt
 * ```
 */
export function complaintFacts(c: Complaint, params: RuleParams, asOf: string | undefined, calendar?: Calendar): Record<string, unknown> {
  const first = new Map<ComplaintStageName, string>();
  const problems: Array<[string, string]> = [];
  const counts = new Map<ComplaintStageName, number>();
  for (const s of c.stages) {
    counts.set(s.stage, (counts.get(s.stage) ?? 0) + 1);
    const prior = first.get(s.stage);
    if (prior === undefined || s.on < prior) first.set(s.stage, s.on);
  }
  for (const stage of COMPLAINT_STAGE_ORDER) {
    if ((counts.get(stage) ?? 0) > 1) problems.push([`“${STAGE_ZH[stage]}”环节重复记录`, `stage '${stage}' recorded more than once`]);
  }
  const receivedOn = first.get("received") ?? c.filedOn;
  // Order: each present stage on or after every earlier present stage.
  const present = COMPLAINT_STAGE_ORDER.filter((s) => first.has(s));
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const a = present[i] as ComplaintStageName;
      const b = present[j] as ComplaintStageName;
      const da = first.get(a) as string;
      const db = first.get(b) as string;
      if (db < da) problems.push([`“${STAGE_ZH[b]}”（${db}）早于“${STAGE_ZH[a]}”（${da}）`, `'${b}' (${db}) came before '${a}' (${da})`]);
    }
  }
  if (c.filedOn < c.knownOn) problems.push([`投诉日 ${c.filedOn} 早于知道日 ${c.knownOn}`, `filed ${c.filedOn} before the day known ${c.knownOn}`]);
  // A complaint not accepted (不予受理) ends with that decision: no acceptance precedes it, no decision on the merits follows.
  const notAccepted = c.outcome === "notAccepted";
  const acceptedOn = first.get("accepted");
  const acceptanceShown = !notAccepted && acceptedOn === undefined && (["transferred", "investigated", "decided"] as const).some((s) => first.has(s));
  // 94号令 art. 21(4): a GP complaint that meets arts. 18–19 "自收到投诉书之日起即为受理" — acceptance is no act of its
  // own, so a later stage needs no "accepted" stage before it (it was accepted on receipt). Only for a complaint known
  // to be GP: under 实施条例 art. 61 acceptance is a decision (决定是否受理) and must be on record.
  const acceptedOnReceipt = c.regime === "governmentProcurement" && acceptanceShown;
  for (const stage of present) {
    const need = REQUIRES[stage];
    if (notAccepted && stage === "decided") continue;
    if (need === "accepted" && acceptedOnReceipt) continue;
    if (need !== undefined && !first.has(need)) problems.push([`有“${STAGE_ZH[stage]}”而无“${STAGE_ZH[need]}”`, `'${stage}' without '${need}'`]);
  }
  const decidedOn = first.get("decided");
  const publishedOn = first.get("published");
  const publication = decidedOn !== undefined ? deadlineFacts(decidedOn, { days: params.complaintPublicationDays }, publishedOn, asOf, calendar) : undefined;
  if (publication !== undefined && publication.daysLate > 0) {
    problems.push(
      publishedOn !== undefined
        ? [`处理决定最迟应于 ${publication.lastDay} 公开，实际 ${publishedOn}`, `the decision was due for publication by ${publication.lastDay}, published ${publishedOn}`]
        : [`处理决定最迟应于 ${publication.lastDay} 公开，截至 ${asOf ?? "?"} 尚未公开`, `the decision was due for publication by ${publication.lastDay}, not published as of ${asOf ?? "?"}`],
    );
  }

  // 实施条例 art. 60(2): the time the tenderer took to answer the objection is not counted (from the day after
  // the objection to the day of the answer); an unanswered objection extends nothing here.
  const objection = c.objection;
  const objectionDays = objection?.answeredOn !== undefined ? Math.max(0, daysFromTo(objection.filedOn, objection.answeredOn)) : 0;
  const filing = deadlineFacts(c.knownOn, { days: params.complaintFilingDays + objectionDays }, c.filedOn, asOf, calendar);
  // The acceptance period (实施条例 art. 61: 决定是否受理; 94号令 art. 21: 审查) ends with either decision.
  const acceptanceDecidedOn = notAccepted ? acceptedOn ?? decidedOn : acceptedOn;
  const acceptance = deadlineFacts(receivedOn, { workingDays: params.complaintAcceptanceWorkingDays }, acceptanceDecidedOn, asOf, calendar);
  // 实施条例 art. 61 / 94号令: inspection, testing, appraisal, expert review (and, under 94号令, supplementing
  // materials) are not counted: the period is extended by the working days of each pause (both ends included).
  const pausedWorkingDays = (c.pauses ?? []).reduce((n, p) => n + pauseWorkingDays(p, calendar), 0);
  const decision = acceptedOn !== undefined && !notAccepted ? deadlineFacts(acceptedOn, { workingDays: params.complaintDecisionWorkingDays + pausedWorkingDays }, decidedOn, asOf, calendar) : undefined;
  // Government procurement: 政府采购法 arts. 52, 53, 55, 56 (decision 30 working days from receipt, since 2003);
  // 财政部令第94号 (from 2018-03-01: review art. 21, pauses not counted art. 27 — before it the law has no such pause).
  // Not worked out for a complaint under tendering: no rule in scope reads them, and counting their working days could
  // refuse the record for a year the working-day calendar lacks.
  const gp = c.regime !== "tendering";
  const challengeKnownOn = objection?.knownOn ?? c.knownOn;
  const challenge = gp && objection !== undefined ? deadlineFacts(challengeKnownOn, { workingDays: params.gpChallengeWorkingDays }, objection.filedOn, asOf, calendar) : undefined;
  const answer = gp && objection !== undefined ? deadlineFacts(objection.filedOn, { workingDays: params.gpChallengeAnswerWorkingDays }, objection.answeredOn, asOf, calendar) : undefined;
  const gpFiling = answer !== undefined ? deadlineFacts(answer.lastDay, { workingDays: params.gpComplaintWorkingDays }, c.filedOn, asOf, calendar) : undefined;
  const gpReview = gp ? gpReviewFacts({ receivedOn, pauses: c.pauses ?? [], endedOn: acceptanceDecidedOn, refused: notAccepted, acceptanceShown }, params, asOf, calendar) : undefined;
  const gpPausedWorkingDays = receivedOn >= NATIONAL_EFFECTIVE.mof94 ? pausedWorkingDays : 0;
  const gpDecision = !gp || notAccepted ? undefined : deadlineFacts(receivedOn, { workingDays: params.gpComplaintDecisionWorkingDays + gpPausedWorkingDays }, decidedOn, asOf, calendar);
  const [accZh, accEn] = notAccepted ? status(acceptanceDecidedOn, asOf, "决定不予受理", "decided not to accept it") : status(acceptedOn, asOf, "受理", "accepted");
  const [decZh, decEn] = status(decidedOn, asOf, "作出决定", "decided");
  return {
    id: c.id,
    complainantName: c.complainantName ?? c.complainantId,
    knownOn: c.knownOn,
    filedOn: c.filedOn,
    filingLastDay: filing.lastDay,
    filingDaysLate: filing.daysLate,
    filingProvisionalYears: filing.provisionalYears,
    receivedOn,
    acceptedOn,
    acceptanceLastDay: acceptance.lastDay,
    acceptanceWorkingDaysLate: acceptance.daysLate,
    acceptanceProvisionalYears: acceptance.provisionalYears,
    acceptanceStatusZh: accZh,
    acceptanceStatusEn: accEn,
    decidedOn,
    decisionLastDay: decision?.lastDay,
    decisionWorkingDaysLate: decision?.daysLate ?? 0,
    decisionProvisionalYears: decision?.provisionalYears ?? [],
    decisionStatusZh: decZh,
    decisionStatusEn: decEn,
    publishedOn,
    publicationLastDay: publication?.lastDay,
    publicationProvisionalYears: publication?.provisionalYears ?? [],
    objectionFiledOn: objection?.filedOn,
    objectionAnsweredOn: objection?.answeredOn ?? "—",
    objectionDaysExcluded: objectionDays,
    pausedWorkingDays,
    challengeKnownOn,
    challengeLastDay: challenge?.lastDay,
    challengeWorkingDaysLate: challenge?.daysLate ?? 0,
    challengeAnswerLastDay: answer?.lastDay,
    challengeAnswerWorkingDaysLate: answer?.daysLate ?? 0,
    hasChallenge: objection !== undefined,
    // 94号令 arts. 19(1), 21(2): accepted (on record, or shown by a later stage) with no challenge before it.
    gpAcceptedWithoutChallenge: gp && objection === undefined && !notAccepted && (acceptedOn !== undefined || acceptanceShown),
    gpFilingLastDay: gpFiling?.lastDay,
    gpFilingWorkingDaysLate: gpFiling?.daysLate ?? 0,
    gpReviewLastDay: gpReview?.deadline.lastDay,
    gpReviewWorkingDaysLate: gpReview?.deadline.daysLate ?? 0,
    gpReviewSupplementWorkingDays: gpReview?.supplementDays ?? 0,
    gpReviewPeriodZh: gpReview?.periodZh,
    gpReviewPeriodEn: gpReview?.periodEn,
    gpDecisionPausedWorkingDays: gpPausedWorkingDays,
    gpDecisionLastDay: gpDecision?.lastDay,
    gpDecisionWorkingDaysLate: gpDecision?.daysLate ?? 0,
    stageList: present.map((s) => `${s} ${first.get(s) ?? ""}`).join(" → "),
    sequenceProblemCount: problems.length,
    sequenceProblemsZh: listZh(problems.map((p) => p[0])),
    sequenceProblemsEn: listEn(problems.map((p) => p[1])),
  };
}
