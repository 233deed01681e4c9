import type { Calendar } from "../../calendar/calendar";
import { toShanghaiDate } from "../../calendar/shanghai";
import { workingDaysBetween } from "../../calendar/working-days";
import type { Award, Contract } from "../../model/award";
import type { Project } from "../../model/project";
import { daysFromTo, plusDays } from "./dates";
import { actBeforeAnswer, deadlineFacts, slowestAnswer } from "./deadline";
import type { Answerable, DeadlineFacts } from "./deadline";
import type { RuleParams } from "./params";

/*
 * The statutory timeline of a procedure, as derived facts the national rules compare (one fact object per subject:
 * `timeline` for the project's documents phase, `awardTimeline` for what follows the evaluation). Two kinds of
 * period occur in the texts:
 * - a MINIMUM between two acts ("自A之日起至B之日止不得少于N日", "B N日前"): counted from the day after A to B
 *   inclusive (民法典 art. 201), and never extended — the shortfall is N minus that count;
 * - a DEADLINE after an event ("自A之日起N日内"): `deadlineFacts`, with 民法典 art. 203's rest-day extension for
 *   calendar days and the PRC working-day calendar for working days.
 * A value is `undefined` (and its rule silent) when the record lacks a date it needs.
 */

/** Calendar days short of a minimum between `from` and `to` (0 when long enough or a date is missing). */
function shortfall(from: string | undefined, to: string | undefined, min: number): { days: number | undefined; short: number } {
  if (from === undefined || to === undefined) return { days: undefined, short: 0 };
  const days = daysFromTo(from, to);
  return { days, short: Math.max(0, min - days) };
}

/** Working days short of a minimum between `from` and `to`. */
function workingShortfall(from: string | undefined, to: string | undefined, min: number, calendar?: Calendar): { days: number | undefined; short: number } {
  if (from === undefined || to === undefined) return { days: undefined, short: 0 };
  const days = workingDaysBetween(from, to, ...(calendar ? [calendar] : []));
  return { days, short: Math.max(0, min - days) };
}

/** The minimum periods the timeline rules read: the pack parameters of the same names. */
export type TimelineParams = Pick<
  RuleParams,
  | "bidPeriodMinDays"
  | "documentsSaleMinDays"
  | "gpDocumentsMinWorkingDays"
  | "negotiationMinWorkingDays"
  | "consultationMinDays"
  | "clarificationMinDays"
  | "negotiationClarificationMinWorkingDays"
  | "consultationClarificationMinDays"
  | "consultationDocumentsMinWorkingDays"
  | "objectionMinDays"
  | "objectionAnswerDays"
  | "bidBondMaxShare"
>;

/**
 * The `timeline` fact of a project: document issue to bid deadline, the sale period, clarifications and objections
 * before the deadline, the bid bond's share of the estimated price (or budget). Independent of the order of the
 * clarification and objection lists (the worst one is reported, ties by date).
 *
 * @example
 * ```ts
 * projectTimelineFacts({ ...project, dates: { documentsIssuedOn: "2024-03-01", bidDeadline: "2024-03-20T09:00" } }, params, undefined)
 *   .bidPeriodShortDays; // 1 (19 days, 20 required)
 * ```
 */
export function projectTimelineFacts(project: Project, p: TimelineParams, asOf: string | undefined, calendar?: Calendar): Record<string, unknown> {
  const d = project.dates;
  const deadline = d.bidDeadline !== undefined ? toShanghaiDate(d.bidDeadline) : undefined;
  const issued = d.documentsIssuedOn;
  const bid = shortfall(issued, deadline, p.bidPeriodMinDays);
  const consultation = shortfall(issued, deadline, p.consultationMinDays);
  // Each working-day count is made only for the methods whose rule reads it, so a record of another method is not
  // refused for a year the working-day calendar lacks (CALENDAR_YEAR_NOT_COVERED).
  const gp = project.regime === "governmentProcurement";
  const method = project.procurementMethod;
  const negotiationOrInquiry = gp && (method === "competitiveNegotiation" || method === "inquiry");
  const isConsultation = gp && method === "competitiveConsultation";
  const gpTender = gp && (method === "open" || method === "selective");
  const negotiation = negotiationOrInquiry ? workingShortfall(issued, deadline, p.negotiationMinWorkingDays, calendar) : { days: undefined, short: 0 };
  // The sale period counts both its first and its last day (发售期 of N days = N days on sale).
  const saleDays = issued !== undefined && d.documentsAvailableUntil !== undefined ? daysFromTo(issued, d.documentsAvailableUntil) + 1 : undefined;
  // 87号令 art. 18: the provision period "自招标公告、资格预审公告发布之日起计算" — from the notice's publication
  // (dates.publishedOn) when the record has it, not from the first day the documents were handed out. Both ends
  // counted: a minimum from the day before the first day.
  const gpSaleFrom = d.publishedOn ?? issued;
  const gpSale = gpTender && gpSaleFrom !== undefined ? workingShortfall(plusDays(gpSaleFrom, -1), d.documentsAvailableUntil, p.gpDocumentsMinWorkingDays, calendar) : { days: undefined, short: 0 };
  // 214号 art. 10: "磋商文件的发售期限自开始之日起不得少于5个工作日" — from the first day of sale (documentsIssuedOn),
  // that day counted, to the last day on sale.
  const consultationSale =
    isConsultation && issued !== undefined ? workingShortfall(plusDays(issued, -1), d.documentsAvailableUntil, p.consultationDocumentsMinWorkingDays, calendar) : { days: undefined, short: 0 };

  // Changes a negotiation or consultation makes after the first response deadline, during the negotiation itself
  // (74号令 art. 31, 214号 art. 22), are not the clarifications of 74号令 arts. 29, 45 or 214号 art. 10: skipped.
  const duringTalksExcluded = negotiationOrInquiry || isConsultation;
  let clar: { on: string; days: number } | undefined;
  for (const c of project.clarifications ?? []) {
    if (!c.affectsPreparation || deadline === undefined) continue;
    if (duringTalksExcluded && c.issuedOn > deadline) continue;
    const days = daysFromTo(c.issuedOn, deadline);
    if (clar === undefined || days < clar.days || (days === clar.days && c.issuedOn < clar.on)) clar = { on: c.issuedOn, days };
  }
  // 74号令 arts. 29, 45 count the same clarification in working days ("截止之日3个工作日前"): the working days from
  // the issue day to the day before the deadline day, both included (issued Monday, Thursday is enough: Monday is
  // the third working day before it). The one closest to the deadline in calendar days is also the closest in
  // working days.
  const clarWorkingDays =
    clar !== undefined && deadline !== undefined && negotiationOrInquiry ? workingDaysBetween(plusDays(clar.on, -1), plusDays(deadline, -1), ...(calendar ? [calendar] : [])) : undefined;
  let lateObjection: { id: string; on: string; days: number } | undefined;
  const objections = [...(project.documentObjections ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const o of objections) {
    if (deadline === undefined) break;
    const days = daysFromTo(o.filedOn, deadline);
    if (days < p.objectionMinDays && (lateObjection === undefined || days < lateObjection.days)) lateObjection = { id: o.id, on: o.filedOn, days };
  }
  const slow = slowestAnswer(objections, p.objectionAnswerDays, asOf, calendar);
  // 实施条例 art. 22: "作出答复前，应当暂停招标投标活动" — the bids' deadline (and their opening, 招标投标法 art. 34)
  // not held before the answer. Only an objection raised in time (objectionMinDays before the deadline) obliges the
  // tenderer to suspend; a late one is the objector's loss (OBJECTION_TO_DOCUMENTS_IN_TIME).
  const inTime = deadline === undefined ? [] : objections.filter((o) => daysFromTo(o.filedOn, deadline) >= p.objectionMinDays);
  const held = deadline !== undefined ? actBeforeAnswer(inTime, [{ day: deadline, zh: "投标截止", en: "the bid deadline" }], asOf) : undefined;
  const slowAnswer = slow === undefined ? undefined : { id: slow.id, filedOn: slow.filedOn, lastDay: slow.facts.lastDay, answeredOn: slow.answeredOn, daysLate: slow.facts.daysLate };
  const base = project.regime === "governmentProcurement" ? project.budgetYuan : project.estimatedPriceYuan ?? project.budgetYuan;
  const bondCap = base !== undefined ? Math.round(base * p.bidBondMaxShare * 100) / 100 : undefined;
  return {
    documentsIssuedOn: issued,
    bidDeadlineDay: deadline,
    bidPeriodDays: bid.days,
    bidPeriodShortDays: bid.short,
    consultationShortDays: consultation.short,
    negotiationWorkingDays: negotiation.days,
    negotiationShortWorkingDays: negotiation.short,
    documentsAvailableUntil: d.documentsAvailableUntil,
    saleDays,
    saleShortDays: saleDays === undefined ? 0 : Math.max(0, p.documentsSaleMinDays - saleDays),
    gpSaleFrom,
    gpSaleWorkingDays: gpSale.days,
    gpSaleShortWorkingDays: gpSale.short,
    consultationSaleWorkingDays: consultationSale.days,
    consultationSaleShortWorkingDays: consultationSale.short,
    clarificationOn: clar?.on,
    clarificationDaysBeforeDeadline: clar?.days,
    clarificationShortDays: clar === undefined ? 0 : Math.max(0, p.clarificationMinDays - clar.days),
    consultationClarificationShortDays: clar === undefined ? 0 : Math.max(0, p.consultationClarificationMinDays - clar.days),
    clarificationWorkingDaysBeforeDeadline: clarWorkingDays,
    negotiationClarificationShortWorkingDays: clarWorkingDays === undefined ? 0 : Math.max(0, p.negotiationClarificationMinWorkingDays - clarWorkingDays),
    lateObjectionId: lateObjection?.id,
    lateObjectionOn: lateObjection?.on,
    lateObjectionDaysBeforeDeadline: lateObjection?.days,
    lateObjectionShortDays: lateObjection === undefined ? 0 : p.objectionMinDays - lateObjection.days,
    slowAnswerObjectionId: slowAnswer?.id,
    slowAnswerFiledOn: slowAnswer?.filedOn,
    slowAnswerLastDay: slowAnswer?.lastDay,
    slowAnswerAnsweredOn: slowAnswer?.answeredOn ?? "—",
    slowAnswerDaysLate: slowAnswer?.daysLate ?? 0,
    deadlineBeforeAnswer: held !== undefined,
    pendingObjectionId: held?.id,
    pendingObjectionFiledOn: held?.filedOn,
    // "—" when nothing is held, as the award timeline shows it; "— (asOf)" when an objection is still unanswered.
    pendingObjectionAnsweredOn: held === undefined ? "—" : (held.answeredOn ?? (asOf !== undefined ? `— (${asOf})` : "—")),
    bidBondYuan: project.bidBondYuan,
    bidBondBaseYuan: base,
    bidBondCapYuan: bondCap,
    bidBondOverCap: project.bidBondYuan !== undefined && bondCap !== undefined && project.bidBondYuan > bondCap,
  };
}

/** The periods after the evaluation the award rules read: the pack parameters of the same names. */
export type AwardTimelineParams = Pick<
  RuleParams,
  "bondReturnDays" | "gpBondReturnWorkingDays" | "supervisorReportDays" | "gpReportDeliveryWorkingDays" | "gpConfirmWorkingDays" | "gpResultWorkingDays" | "gpContractPublicationWorkingDays"
  | "gpNoticeWorkingDays" | "gpContractFilingWorkingDays"
>;

/** What the award's own record does not say: from the project and its evaluation. */
export interface AwardTimelineContext {
  /** The documents asked for a bid bond (the project's bidBondYuan > 0). */
  readonly bondsHeld?: boolean;
  /** An agency runs the procedure (the project's agencyId): only an agency owes the report's delivery. */
  readonly agencyRun?: boolean;
  /** Day the evaluation (review) ended: see `reviewEndedOn` (the lot's latest endedAt, else evaluationOn when no evaluation is on record). */
  readonly evaluationEndedOn?: string | undefined;
  /** Objections to the result filed during the candidates' publication of the round that produced the award (see `resultObjectionsFor`). */
  readonly resultObjections?: readonly Answerable[];
  /**
   * The record's regime. Under `"tendering"` the government-procurement deadlines counted in working days are not
   * worked out: no rule in scope reads them, and counting them could refuse the record for a year the working-day
   * calendar lacks (a contract never announced, judged as of a year past the calendar).
   */
  readonly regime?: string | undefined;
  /**
   * The award subject's `evaluations` fact: what the record's evaluations say, or absent when the record does not
   * give them — then the rules that `require` it (the review's end, the objections to the result) are not judged.
   */
  readonly evaluations?: EvaluationsOnRecord | undefined;
}

/** The `evaluations` fact of the award subject: present only when the record gives the project's evaluations (`[]` included). */
export interface EvaluationsOnRecord {
  /** Evaluations on record (every lot, every status). */
  readonly count: number;
  /** Objections to the result the award had to wait for (those of the round that produced it). */
  readonly resultObjectionCount: number;
}

/**
 * 政府采购法实施条例 art. 33 (87号令 art. 38): losers' bonds within 5 working days of the award notice, the winner's
 * within 5 working days of the contract. The record has one date, the day the LAST bond went back: only a return
 * after both last days proves a bond late (before that, the last one may be the winner's, in time).
 */
function gpBondFacts(award: Award, signedOn: string, workingDays: number, asOf: string | undefined, calendar?: Calendar): DeadlineFacts {
  const winner = deadlineFacts(signedOn, { workingDays }, award.bondsReturnedOn, asOf, calendar);
  if (award.noticeOn === undefined) return winner;
  const losers = deadlineFacts(award.noticeOn, { workingDays }, award.bondsReturnedOn, asOf, calendar);
  return losers.lastDay > winner.lastDay ? losers : winner;
}

/**
 * The `awardTimeline` fact: bid bonds returned after the contract (实施条例 art. 57) or after the notice and the
 * contract (政府采购法实施条例 art. 33), the report to the supervisor (招标投标法 art. 47), the GP review report sent
 * to the purchaser, the winner confirmed and the result announced (政府采购法实施条例 art. 43, 87号令 arts. 68–69),
 * the GP contract announced (政府采购法实施条例 art. 50), the GP award notice issued (政府采购法实施条例 art. 43) and
 * the GP contract's copy filed (政府采购法 art. 47). An act not yet done is late only once `asOf` is past its
 * last day.
 *
 * @example
 * ```ts
 * awardTimelineFacts(award, contract, params, "2024-09-01").bondReturnDaysLate; // 0 when returned in time
 * ```
 */
export function awardTimelineFacts(
  award: Award,
  contract: Contract | undefined,
  p: AwardTimelineParams,
  asOf: string | undefined,
  calendar?: Calendar,
  context: AwardTimelineContext = {},
): Record<string, unknown> {
  const active = award.status === "active";
  const signedOn = contract?.signedOn;
  // Bonds are judged only where the documents asked for one (the project's bidBondYuan) or a return is on record.
  const bondsJudged = active && signedOn !== undefined && (context.bondsHeld === true || award.bondsReturnedOn !== undefined);
  const gp = context.regime !== "tendering";
  const bond = bondsJudged ? deadlineFacts(signedOn, { days: p.bondReturnDays }, award.bondsReturnedOn, asOf, calendar) : undefined;
  const gpBond = gp && bondsJudged ? gpBondFacts(award, signedOn, p.gpBondReturnWorkingDays, asOf, calendar) : undefined;
  // 政府采购法实施条例 art. 43: the agency (采购代理机构) sends the report within 2 working days of the end of the
  // review; a purchaser that runs the procedure itself has no one to send it to. Judged on the recorded receipt only:
  // an award exists because a report was received, so a missing day is unknown, not a report still awaited.
  const delivery =
    gp && context.agencyRun === true && context.evaluationEndedOn !== undefined && award.reportReceivedOn !== undefined
      ? deadlineFacts(context.evaluationEndedOn, { workingDays: p.gpReportDeliveryWorkingDays }, award.reportReceivedOn, undefined, calendar)
      : undefined;
  const report = active && award.decidedOn !== undefined ? deadlineFacts(award.decidedOn, { days: p.supervisorReportDays }, award.supervisorReportOn, asOf, calendar) : undefined;
  // 政府采购法实施条例 art. 43, 87号令 art. 68: 5 working days from receiving the report; a purchaser that runs its
  // own tender has no report delivered, and art. 68 counts from the end of the evaluation instead.
  const selfRunFrom = award.reportReceivedOn === undefined && context.agencyRun === false ? context.evaluationEndedOn : undefined;
  const confirmFrom = award.reportReceivedOn ?? selfRunFrom;
  const confirm = gp && confirmFrom !== undefined ? deadlineFacts(confirmFrom, { workingDays: p.gpConfirmWorkingDays }, award.decidedOn, asOf, calendar) : undefined;
  const result = gp && award.decidedOn !== undefined ? deadlineFacts(award.decidedOn, { workingDays: p.gpResultWorkingDays }, award.resultPublishedOn, asOf, calendar) : undefined;
  const contractPub = gp && signedOn !== undefined ? deadlineFacts(signedOn, { workingDays: p.gpContractPublicationWorkingDays }, contract?.publishedOn, asOf, calendar) : undefined;
  // 政府采购法实施条例 art. 43 para. 2: the award notice within 2 working days of determining the winner, as the result.
  const notice = gp && award.decidedOn !== undefined ? deadlineFacts(award.decidedOn, { workingDays: p.gpNoticeWorkingDays }, award.noticeOn, asOf, calendar) : undefined;
  // 政府采购法 art. 47: a copy of the contract filed with the finance department within 7 working days of signing. A
  // filing not on record is pending, judged on asOf, as every other act in this fact (see the rule's notes).
  const filing = gp && signedOn !== undefined ? deadlineFacts(signedOn, { workingDays: p.gpContractFilingWorkingDays }, contract?.filedOn, asOf, calendar) : undefined;
  // 实施条例 art. 54 para. 2: "作出答复前，应当暂停招标投标活动" — the winner determined, the notice issued or the
  // contract signed before an objection to the result was answered. (The candidates' publication itself is not a
  // step: the objection is raised during it.)
  const pending = actBeforeAnswer(
    context.resultObjections ?? [],
    [
      award.decidedOn !== undefined ? { day: award.decidedOn, zh: "定标", en: "the winner was determined" } : undefined,
      award.noticeOn !== undefined ? { day: award.noticeOn, zh: "发出中标通知书", en: "the award notice was issued" } : undefined,
      signedOn !== undefined ? { day: signedOn, zh: "签订合同", en: "the contract was signed" } : undefined,
    ],
    asOf,
  );
  const shown = (v: string | undefined): string => v ?? (asOf !== undefined ? `— (${asOf})` : "—");
  return {
    awardId: award.id,
    signedOn,
    bondsReturnedOn: shown(award.bondsReturnedOn),
    bondReturnLastDay: bond?.lastDay,
    bondReturnDaysLate: bond?.daysLate ?? 0,
    gpBondReturnLastDay: gpBond?.lastDay,
    gpBondReturnWorkingDaysLate: gpBond?.daysLate ?? 0,
    noticeOn: award.noticeOn,
    evaluationEndedOn: context.evaluationEndedOn,
    reportDeliveryLastDay: delivery?.lastDay,
    reportDeliveryWorkingDaysLate: delivery?.daysLate ?? 0,
    decidedOn: award.decidedOn,
    supervisorReportOn: shown(award.supervisorReportOn),
    supervisorReportLastDay: report?.lastDay,
    supervisorReportDaysLate: report?.daysLate ?? 0,
    reportReceivedOn: award.reportReceivedOn,
    confirmFrom,
    confirmFromZh: selfRunFrom !== undefined ? `采购人自行组织采购，评审于 ${selfRunFrom} 结束` : `采购人 ${award.reportReceivedOn ?? "—"} 收到评审报告`,
    confirmFromEn: selfRunFrom !== undefined ? `The purchaser ran the procedure itself; the review ended on ${selfRunFrom}` : `The purchaser received the evaluation report on ${award.reportReceivedOn ?? "—"}`,
    confirmLastDay: confirm?.lastDay,
    confirmWorkingDaysLate: confirm?.daysLate ?? 0,
    resultPublishedOn: shown(award.resultPublishedOn),
    resultLastDay: result?.lastDay,
    resultWorkingDaysLate: result?.daysLate ?? 0,
    contractPublishedOn: shown(contract?.publishedOn),
    contractPublicationLastDay: contractPub?.lastDay,
    contractPublicationWorkingDaysLate: contractPub?.daysLate ?? 0,
    noticeIssuedOn: shown(award.noticeOn),
    noticeLastDay: notice?.lastDay,
    noticeProvisionalYears: notice?.provisionalYears ?? [],
    noticeWorkingDaysLate: notice?.daysLate ?? 0,
    contractFiledOn: shown(contract?.filedOn),
    contractFilingLastDay: filing?.lastDay,
    contractFilingProvisionalYears: filing?.provisionalYears ?? [],
    contractFilingWorkingDaysLate: filing?.daysLate ?? 0,
    awardBeforeAnswer: pending !== undefined,
    pendingObjectionId: pending?.id,
    pendingObjectionFiledOn: pending?.filedOn,
    pendingObjectionAnsweredOn: pending === undefined ? "—" : shown(pending.answeredOn),
    actBeforeAnswerOn: pending?.act.day,
    actBeforeAnswerZh: pending?.act.zh,
    actBeforeAnswerEn: pending?.act.en,
  };
}
