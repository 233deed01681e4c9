import type { Calendar } from "../../calendar/calendar";
import { toShanghaiDate } from "../../calendar/shanghai";
import type { Expert } from "../../model/expert";
import type { Evaluation, ResultObjection } from "../../model/evaluation";
import { daysFromTo, plusDays } from "./dates";
import { deadlineFacts, slowestAnswer } from "./deadline";
import type { RuleParams } from "./params";
import { listEn, listZh, sortedStrings } from "./text";
import { valueZh } from "../../model/value-zh";

/** Derived facts of an evaluation (subject `evaluation`). */
export interface EvaluationFacts {
  readonly id: string;
  readonly status: string;
  readonly endedOn: string | undefined;
  /** Experts missing ratings from a required party (LC80-4.2), `name (missing: …)`. */
  readonly unratedCount: number;
  readonly unratedZh: string;
  readonly unratedEn: string;
  readonly ratingsPublishedOn: string | undefined;
  readonly ratingsPublicationLastDay: string | undefined;
  readonly ratingsPublicationDaysLate: number;
  readonly ratingsPublicationProvisionalYears: readonly number[];
  readonly blindReviewProblemCount: number;
  readonly blindReviewProblemsZh: string;
  readonly blindReviewProblemsEn: string;
  /** Distinct social supervisors who attended the whole evaluation (LC80-6.3). */
  readonly socialSupervisorCount: number;
  readonly reportOn: string | undefined;
  /** Day expert names AND total scores were both on the website (LC80-6.4). */
  readonly disclosedOn: string | undefined;
  readonly disclosureLastDay: string | undefined;
  /** Calendar days past `disclosureLastDay` (for GP too, where the last day is counted in working days). */
  readonly disclosureDaysLate: number;
  /** The statutory period the last day comes from, for the finding: art. 54's days, or GP's working-day chain. */
  readonly disclosurePeriodZh: string;
  readonly disclosurePeriodEn: string;
  readonly disclosureProvisionalYears: readonly number[];
  readonly disclosureStatusZh: string;
  readonly disclosureStatusEn: string;
  readonly candidatesStartOn: string | undefined;
  readonly candidatesEndOn: string | undefined;
  readonly candidatesLastDay: string | undefined;
  readonly candidatesDaysLate: number;
  readonly candidatesProvisionalYears: readonly number[];
  readonly candidatesStatusZh: string;
  readonly candidatesStatusEn: string;
  /** Days of the candidate publication, both end days counted; absent when not published. */
  readonly candidatesPublicationDays: number | undefined;
  /** The objection to the result answered latest past its last day (实施条例 art. 54 para. 2), if any. */
  readonly resultObjectionId: string | undefined;
  readonly resultObjectionFiledOn: string | undefined;
  readonly resultObjectionLastDay: string | undefined;
  /** Day answered, or `—` (with `asOf`) when not. */
  readonly resultObjectionAnsweredOn: string;
  readonly resultObjectionDaysLate: number;
  readonly resultObjectionProvisionalYears: readonly number[];
}

/**
 * The last day an objection to an evaluation's result counts as raised during the candidates' publication
 * (实施条例 art. 54 para. 2: "应当在中标候选人公示期间提出"): the later of the publication's recorded end and the end of
 * the shortest publication the law allows (`minDays` calendar days from the start, both end days counted, as
 * CANDIDATES_PUBLISHED_LONG_ENOUGH counts them). A publication cut short does not cut off the bidders' right to object.
 *
 * @example
 * ```ts
 * objectionPeriodEnd({ startOn: "2024-05-13", endOn: "2024-05-13" }, 3); // "2024-05-15"
 * objectionPeriodEnd({ startOn: "2024-05-13", endOn: "2024-05-17" }, 3); // "2024-05-17"
 * ```
 */
export function objectionPeriodEnd(pub: { readonly startOn: string; readonly endOn: string }, minDays: number): string {
  const shortest = plusDays(pub.startOn, Math.max(minDays, 1) - 1);
  return shortest > pub.endOn ? shortest : pub.endOn;
}

/**
 * The objections to an evaluation's result filed during its candidates' publication, first and last day included
 * (实施条例 art. 54 para. 2: "应当在中标候选人公示期间提出"), the publication taken to last at least `minDays`
 * (see {@link objectionPeriodEnd}); none when no publication is on record (CANDIDATES_PUBLISHED_IN_TIME reports a
 * missing one). Only these oblige the tenderer to answer and to suspend the procedure until it does.
 *
 * @example
 * ```ts
 * resultObjectionsInPublication({ ...evaluation, candidatePublication: { startOn: "2024-05-13", endOn: "2024-05-15" },
 *   resultObjections: [{ id: "RO1", filedOn: "2024-05-15" }, { id: "RO2", filedOn: "2024-05-16" }] }, 3).map((o) => o.id); // ["RO1"]
 * ```
 */
export function resultObjectionsInPublication(evaluation: Evaluation, minDays: number): ResultObjection[] {
  const pub = evaluation.candidatePublication;
  if (pub === undefined) return [];
  const end = objectionPeriodEnd(pub, minDays);
  return (evaluation.resultObjections ?? []).filter((o) => o.filedOn >= pub.startOn && o.filedOn <= end);
}

/** Instant of an ISO-8601 date-time (no offset = +08:00), in ms; machine time zone plays no part. */
function instant(dt: string): number {
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(dt);
  return Date.parse(hasOffset ? dt : `${dt}+08:00`);
}

function factorialAtLeast(n: number, cap: number): number {
  let f = 1;
  for (let i = 2; i <= n && f < cap; i++) f *= i;
  return Math.min(f, cap);
}

/** Problems of a blind dislocated review (LC80-6.1), each as [zh, en]; sorted so input order plays no part. */
export function blindReviewProblems(evaluation: Evaluation): Array<[string, string]> {
  const br = evaluation.blindReview;
  if (br === undefined) return [];
  const out: Array<[string, string]> = [];
  const codeCount = new Map<string, number>();
  const bidCount = new Map<string, number>();
  for (const c of br.codes) {
    codeCount.set(c.code, (codeCount.get(c.code) ?? 0) + 1);
    bidCount.set(c.bidId, (bidCount.get(c.bidId) ?? 0) + 1);
  }
  for (const code of sortedStrings(codeCount.keys())) {
    if ((codeCount.get(code) ?? 0) > 1) out.push([`暗标编号 ${code} 重复使用`, `code ${code} is used twice`]);
  }
  for (const bid of sortedStrings(bidCount.keys())) {
    if ((bidCount.get(bid) ?? 0) > 1) out.push([`投标 ${bid} 有多个暗标编号`, `bid ${bid} has several codes`]);
  }
  const all = sortedStrings(codeCount.keys());
  const reviewers = new Set(evaluation.committee.filter((m) => m.role === "expert").map((m) => m.expertId));
  const seenOrders = new Map<string, number>();
  const orderOf = new Set<string>();
  for (const o of [...br.orders].sort((a, b) => (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0))) {
    orderOf.add(o.expertId);
    if (!reviewers.has(o.expertId)) out.push([`评审顺序属于非评标委员会专家 ${o.expertId}`, `an order belongs to ${o.expertId}, not an expert of the committee`]);
    const sorted = sortedStrings(o.codes);
    const isPermutation = sorted.length === all.length && sorted.every((c, i) => c === all[i]);
    if (!isPermutation) out.push([`专家 ${o.expertId} 的评审顺序不是全部暗标编号的一个排列`, `the order of ${o.expertId} is not a permutation of all codes`]);
    const key = o.codes.join("\u0000");
    seenOrders.set(key, (seenOrders.get(key) ?? 0) + 1);
  }
  for (const r of sortedStrings(reviewers)) {
    if (!orderOf.has(r)) out.push([`专家 ${r} 没有评审顺序`, `expert ${r} has no review order`]);
  }
  // 错位评审: orders differ between reviewers, as far as the number of bids allows.
  const possible = factorialAtLeast(all.length, br.orders.length);
  if (br.orders.length > 1 && seenOrders.size < possible) {
    out.push([`${br.orders.length} 个评审顺序中只有 ${seenOrders.size} 种不同顺序（未错位）`, `only ${seenOrders.size} distinct orders among ${br.orders.length} reviewers (not dislocated)`]);
  }
  if (br.drawRecordRef === undefined) out.push(["暗标编号与评审顺序无可验证的抽取记录", "codes and orders have no verifiable draw record"]);
  if (br.sealedUntil !== undefined && evaluation.endedAt !== undefined && instant(br.sealedUntil) < instant(evaluation.endedAt)) {
    out.push([`暗标编号仅封存至 ${br.sealedUntil}，早于评标结束 ${evaluation.endedAt}`, `codes were sealed only until ${br.sealedUntil}, before the evaluation ended at ${evaluation.endedAt}`]);
  }
  return out;
}

const TENDERING_METHODS: ReadonlySet<string> = new Set(["open", "selective"]);

function earliest(dates: readonly string[]): string | undefined {
  return dates.length === 0 ? undefined : sortedStrings(dates)[0];
}

const statusZh = (done: string | undefined, lateOrPending: string): string => (done !== undefined ? `实际于 ${done}` : lateOrPending);

/**
 * The `evaluation` fact: per-event ratings (LC80-4.2), blind review (LC80-6.1), social supervisors (LC80-6.3),
 * disclosure of names and scores (LC80-6.4) and of candidates (实施条例 art. 54), with every computed last day.
 *
 * @example
 * ```ts
 * evaluationFacts(evaluation, expertsById, params, "2024-06-01").disclosureLastDay; // report day + 3, art. 203 applied
 * ```
 */
export function evaluationFacts(
  evaluation: Evaluation,
  expertsById: ReadonlyMap<string, Expert>,
  params: RuleParams,
  asOf: string | undefined,
  calendar?: Calendar,
  procurementMethod?: string,
  /** Which rating parties took part in the procedure: an agency rates only where one ran it (LC80-4.2 "相关方"). */
  present: { readonly agency: boolean; readonly supervisor: boolean } = { agency: true, supervisor: true },
  /** The project's regime: under government procurement the names are published with the result (see below). */
  regime?: string,
): EvaluationFacts {
  const endedOn = evaluation.endedAt !== undefined ? toShanghaiDate(evaluation.endedAt) : undefined;
  const finished = evaluation.status === "finished";

  const unrated: Array<{ id: string; zh: string; en: string }> = [];
  for (const m of evaluation.committee) {
    if (m.role !== "expert") continue;
    const raters = new Set(evaluation.ratings.filter((r) => r.expertId === m.expertId).map((r) => r.rater));
    const missing = params.requiredRaters.filter((r) => !raters.has(r as never) && (r === "agency" ? present.agency : r === "supervisor" ? present.supervisor : true));
    if (missing.length > 0) {
      const name = expertsById.get(m.expertId)?.name ?? m.expertId;
      unrated.push({ id: m.expertId, zh: `${name}（缺${missing.map(valueZh).join("、")}评议）`, en: `${name} (missing: ${missing.join(", ")})` });
    }
  }
  unrated.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const ratingsPublishedOn = earliest(evaluation.disclosures.filter((d) => d.contents.includes("expertRatings")).map((d) => d.publishedOn));
  const ratings =
    finished && endedOn !== undefined && evaluation.ratings.length > 0
      ? deadlineFacts(endedOn, { days: params.ratingsPublicationDays }, ratingsPublishedOn, asOf, calendar)
      : undefined;

  const problems = blindReviewProblems(evaluation);
  const supervisors = new Set(evaluation.socialSupervisors.filter((s) => s.wholeEvaluation).map((s) => s.supervisorId));

  const website = evaluation.disclosures.filter((d) => d.channel === "website");
  const namesOn = earliest(website.filter((d) => d.contents.includes("expertNames")).map((d) => d.publishedOn));
  const scoresOn = earliest(website.filter((d) => d.contents.includes("totalScores")).map((d) => d.publishedOn));
  const disclosedOn = namesOn !== undefined && scoresOn !== undefined ? (namesOn > scoresOn ? namesOn : scoresOn) : undefined;
  const report = evaluation.reportOn;
  // LC80-6.4's "statutory limit". Tendering: 实施条例 art. 54's days from the report (disclosureDays). Government
  // procurement has no such period: the experts' names go out with the result announcement (政府采购法实施条例
  // art. 43, 87号令 art. 69), due 2 working days after a winner the purchaser must pick within 5 working days of
  // receiving the report — so at the latest gpConfirmWorkingDays + gpResultWorkingDays working days after it.
  const gp = regime === "governmentProcurement";
  const gpWorkingDays = params.gpConfirmWorkingDays + params.gpResultWorkingDays;
  const disclosureRaw =
    report === undefined ? undefined : deadlineFacts(report, gp ? { workingDays: gpWorkingDays } : { days: params.disclosureDays }, disclosedOn, asOf, calendar);
  // Lateness in calendar days either way, as the message says ("N day(s) late").
  const disclosure =
    disclosureRaw !== undefined && gp && disclosureRaw.daysLate > 0
      ? { ...disclosureRaw, daysLate: Math.max(1, daysFromTo(disclosureRaw.lastDay, disclosedOn ?? asOf ?? disclosureRaw.lastDay)) }
      : disclosureRaw;

  const pub = evaluation.candidatePublication;
  // Art. 54 binds tenders under the Tendering Law (open and selective tendering); other methods are judged only
  // when they did publish candidates.
  const candidatesRequired = pub !== undefined || procurementMethod === undefined || TENDERING_METHODS.has(procurementMethod);
  const candidates = report !== undefined && candidatesRequired ? deadlineFacts(report, { days: params.candidatePublicationDeadlineDays }, pub?.startOn, asOf, calendar) : undefined;

  // 实施条例 art. 54 para. 2: the objection "应当在中标候选人公示期间提出" and "招标人应当自收到异议之日起3日内作出答复".
  // Only an objection filed within the publication starts the 3 days (one filed outside it is the objector's loss);
  // a publication cut short still counts for its minimum days; with no publication on record none is judged. The
  // latest answer is reported.
  const slow = slowestAnswer(resultObjectionsInPublication(evaluation, params.candidatePublicationMinDays), params.resultObjectionAnswerDays, asOf, calendar);

  return {
    id: evaluation.id,
    status: evaluation.status,
    endedOn,
    unratedCount: finished ? unrated.length : 0,
    unratedZh: listZh(unrated.map((u) => u.zh)),
    unratedEn: listEn(unrated.map((u) => u.en)),
    ratingsPublishedOn,
    ratingsPublicationLastDay: ratings?.lastDay,
    ratingsPublicationDaysLate: ratings?.daysLate ?? 0,
    ratingsPublicationProvisionalYears: ratings?.provisionalYears ?? [],
    blindReviewProblemCount: problems.length,
    blindReviewProblemsZh: listZh(problems.map((p) => p[0])),
    blindReviewProblemsEn: listEn(problems.map((p) => p[1])),
    socialSupervisorCount: supervisors.size,
    reportOn: report,
    disclosedOn,
    disclosureLastDay: disclosure?.lastDay,
    disclosureDaysLate: disclosure?.daysLate ?? 0,
    disclosurePeriodZh: gp
      ? `${gpWorkingDays} 个工作日（政府采购法实施条例第四十三条：收到评审报告后 ${params.gpConfirmWorkingDays} 个工作日内确定中标、成交供应商，其后 ${params.gpResultWorkingDays} 个工作日内公告结果及评审专家名单）`
      : `${params.disclosureDays} 日（参照招标投标法实施条例第五十四条）`,
    disclosurePeriodEn: gp
      ? `${gpWorkingDays} working days (GP regulation art. 43: winner within ${params.gpConfirmWorkingDays} working days of the report, result with the experts' names within ${params.gpResultWorkingDays} more)`
      : `${params.disclosureDays} days (regulation art. 54 by analogy)`,
    disclosureProvisionalYears: disclosure?.provisionalYears ?? [],
    disclosureStatusZh: statusZh(disclosedOn, asOf !== undefined ? `截至 ${asOf} 尚未公开` : "尚未公开"),
    disclosureStatusEn: disclosedOn !== undefined ? `published on ${disclosedOn}` : asOf !== undefined ? `not published as of ${asOf}` : "not published",
    candidatesStartOn: pub?.startOn,
    candidatesEndOn: pub?.endOn,
    candidatesLastDay: candidates?.lastDay,
    candidatesDaysLate: candidates?.daysLate ?? 0,
    candidatesProvisionalYears: candidates?.provisionalYears ?? [],
    candidatesStatusZh: statusZh(pub?.startOn, asOf !== undefined ? `截至 ${asOf} 尚未公示` : "尚未公示"),
    candidatesStatusEn: pub !== undefined ? `published from ${pub.startOn}` : asOf !== undefined ? `not published as of ${asOf}` : "not published",
    candidatesPublicationDays: pub !== undefined ? daysFromTo(pub.startOn, pub.endOn) + 1 : undefined,
    resultObjectionId: slow?.id,
    resultObjectionFiledOn: slow?.filedOn,
    resultObjectionLastDay: slow?.facts.lastDay,
    resultObjectionAnsweredOn: slow?.answeredOn ?? (asOf !== undefined ? `— (${asOf})` : "—"),
    resultObjectionDaysLate: slow?.facts.daysLate ?? 0,
    resultObjectionProvisionalYears: slow?.facts.provisionalYears ?? [],
  };
}
