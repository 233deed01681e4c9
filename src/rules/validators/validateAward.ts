import { GgzyError, readWith } from "../../model/error";
import type { Award, Contract } from "../../model/award";
import type { Bidder } from "../../model/parties";
import type { Project } from "../../model/project";
import type { Abandonment, PlanCancellation } from "../../model/performance";
import type { Report } from "../engine/types";
import { abandonmentFacts, awardFacts, cancellationFacts } from "../facts/performanceFacts";
import { awardTimelineFacts } from "../facts/timelineFacts";
import type { AwardTimelineContext } from "../facts/timelineFacts";
import type { Evaluation } from "../../model/evaluation";
import type { RuleParams } from "../facts/params";
import { AwardCheckSchema } from "./inputs";
import { resolveOptions } from "./options";
import type { ResolvedOptions, ValidateOptions } from "./options";
import { evaluateSubject, mergeReports } from "./report";
import type { RecordScope } from "../engine/types";
import { projectScope } from "./scope";
import { resultObjectionsFor, reviewEndedOn } from "./validateEvaluation";
import type { AwardInput } from "./inputs";

/**
 * What the award's timeline needs from its project and evaluations: bonds asked for, an agency engaged, the review's
 * end ({@link reviewEndedOn}) and the objections to the result the award had to wait for ({@link resultObjectionsFor}).
 * With evaluations given but none of the award's lot, the review's end is the project's evaluationOn; with
 * `evaluations` not given (`undefined`), the review's end and the objections are unknown: left absent, with the
 * `evaluations` fact, so the rules that require it are skipped (noData) rather than judged on "no objection".
 * `validateProject` and `validateAward` both read them here.
 */
export function awardContext(
  project: Project,
  award: Award | undefined,
  contract: Contract | undefined,
  evaluations: readonly Evaluation[] | undefined,
  params: Pick<RuleParams, "candidatePublicationMinDays">,
): AwardTimelineContext {
  const base = { bondsHeld: (project.bidBondYuan ?? 0) > 0, agencyRun: project.agencyId !== undefined };
  if (evaluations === undefined) return base;
  const resultObjections = award !== undefined ? resultObjectionsFor(evaluations, award, contract, params.candidatePublicationMinDays) : [];
  return {
    ...base,
    evaluationEndedOn: reviewEndedOn(evaluations, award?.lotId, project),
    resultObjections,
    evaluations: { count: evaluations.length, resultObjectionCount: resultObjections.length },
  };
}

/** Reports for the parts of an award record that are present (shared with `validateProject`). */
export function awardReports(
  parts: {
    award?: Award | undefined;
    contract?: Contract | undefined;
    cancellation?: PlanCancellation | undefined;
    abandonment?: Abandonment | undefined;
    bidders: readonly Bidder[];
    scope?: RecordScope | undefined;
    context?: AwardTimelineContext | undefined;
  },
  o: ResolvedOptions,
): Report[] {
  const reports: Report[] = [];
  if (parts.award) {
    const facts = {
      ...awardFacts(parts.award, parts.contract, o.params, o.asOf, o.calendar),
      awardTimeline: awardTimelineFacts(parts.award, parts.contract, o.params, o.asOf, o.calendar, { ...parts.context, regime: parts.scope?.regime }),
      evaluations: parts.context?.evaluations,
    };
    reports.push(evaluateSubject("award", facts, parts.award.noticeOn ?? parts.award.decidedOn ?? parts.award.reportReceivedOn ?? o.asOf, o, parts.scope));
  }
  if (parts.cancellation) {
    reports.push(evaluateSubject("cancellation", { cancellation: cancellationFacts(parts.cancellation) }, parts.cancellation.cancelledOn, o, parts.scope));
  }
  if (parts.abandonment) {
    const a = parts.abandonment;
    const name = parts.bidders.find((b) => b.id === a.winnerId)?.name;
    reports.push(evaluateSubject("abandonment", { abandonment: abandonmentFacts(a, name) }, a.abandonedOn, o, parts.scope));
  }
  return reports;
}

/**
 * Checks what follows an award: the contract signed within 30 days of the notice (招标投标法 art. 46, LC80-5.1), a
 * cancellation or refusal after award decided collectively and reported (LC80-5.1), an abandonment explained,
 * filed and for a proper reason (LC80-5.3). Give any of `award` (+ `contract`), `cancellation`, `abandonment`.
 *
 * Give the project's `evaluations` (optional) and they are read as `validateProject` reads them: 政府采购法实施条例
 * art. 43's report delivery (GP_REPORT_DELIVERED_IN_TIME) is counted from the end of the award lot's review, and
 * RESULT_OBJECTION_ANSWERED_BEFORE_AWARD (实施条例 art. 54 para. 2) judges the award against the objections to the
 * result of the round that produced its candidates. Without them neither rule can be judged: both are listed in the
 * report's `skipped` as `{ reason: "noData", missing: ["evaluations"] }`, not in `evaluated`. `evaluations: []` says
 * there were none on record: both are judged (the delivery counted from the project's evaluationOn).
 *
 * Typed by {@link AwardInput} (the schema's input type), so `validateAward({})` does not compile; the input is still
 * parsed at run time. Data held as `unknown` (parsed JSON) goes to `validateRecord(data, "award")` instead of a cast.
 *
 * @throws GgzyError `INVALID_INPUT` (bad record, or none of the three parts).
 * @example
 * ```ts
 * const project = { id: "P1", name: "道路改造工程", category: "construction", budgetYuan: 5_000_000, regime: "tendering",
 *   procurementMethod: "open", tendererId: "T1", electronic: true, region: "371502",
 *   dates: { publishedOn: "2024-02-01", bidDeadline: "2024-02-22T09:30:00", evaluationOn: "2024-02-22" } } as const;
 * const report = validateAward({ project, award: { id: "AW1", projectId: "P1", bidderId: "B1", noticeOn: "2024-03-01", status: "active" } },
 *   { asOf: "2024-04-15" });
 * report.findings[0]?.evidence["contract.lastDay"]; // "2024-04-01" (03-31 is a Sunday, art. 203)
 * ```
 */
export function validateAward(input: AwardInput, options: ValidateOptions = {}): Report {
  const data = readWith(AwardCheckSchema, input, { zh: "中标后记录", en: "award record" });
  if (data.award === undefined && data.cancellation === undefined && data.abandonment === undefined) {
    throw new GgzyError("INVALID_INPUT", {
      zh: "中标后记录数据无效：award、cancellation、abandonment 至少给出一项",
      en: "Invalid award record: give at least one of award, cancellation, abandonment",
      issues: [{ path: [], message: "nothing to check", code: "custom" }],
    });
  }
  const o = resolveOptions(options);
  const scope = data.project !== undefined ? projectScope(data.project) : { path: ["project"] };
  // Without evaluations the review's end and the objections are unknown (their rules are skipped, noData); with
  // them, the same reading as validateProject's.
  const context = data.project !== undefined ? awardContext(data.project, data.award, data.contract, data.evaluations, o.params) : {};
  return mergeReports("award", o.ruleSet.version, awardReports({ ...data, scope, context }, o), o.ruleSet.contentHash);
}
