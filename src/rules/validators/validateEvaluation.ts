import { toShanghaiDate } from "../../calendar/shanghai";
import { readWith } from "../../model/error";
import type { Expert } from "../../model/expert";
import type { Award, Contract } from "../../model/award";
import type { Evaluation } from "../../model/evaluation";
import type { Bidder, Tenderer } from "../../model/parties";
import type { Project } from "../../model/project";
import type { Report } from "../engine/types";
import { evaluationFacts, resultObjectionsInPublication } from "../facts/evaluationFacts";
import type { Answerable } from "../facts/deadline";
import { projectFacts } from "../facts/projectFacts";
import { EvaluationCheckSchema } from "./inputs";
import { resolveOptions } from "./options";
import { projectScope } from "./scope";
import type { ResolvedOptions, ValidateOptions } from "./options";
import { evaluateSubject, mergeReports } from "./report";
import { committeeReports } from "./validateCommittee";
import type { EvaluationInput } from "./inputs";

/** The day an evaluation took place: its start, else the project's evaluation day. */
export function evaluationDay(evaluation: Evaluation, project: Project): string | undefined {
  if (evaluation.startedAt !== undefined) return toShanghaiDate(evaluation.startedAt);
  if (evaluation.endedAt !== undefined) return toShanghaiDate(evaluation.endedAt);
  return project.dates.evaluationOn;
}

/** An evaluation serves an award's lot when either has no lot or the lots are the same. */
function servesLot(evaluation: Evaluation, lotId: string | undefined): boolean {
  return evaluation.lotId === undefined || lotId === undefined || evaluation.lotId === lotId;
}

/**
 * The day the review of an award's lot ended, for 政府采购法实施条例 art. 43 ("自评审结束之日起"): the latest endedAt
 * of the evaluations not cancelled that match the lot — one without a lot, on either side, matches any. Only when no
 * such evaluation is on record does the project's evaluationOn stand in (taken as a one-day review); evaluations on
 * record that do not say when they ended leave the day unknown (`undefined`), so nothing is counted from a start.
 *
 * @example
 * ```ts
 * reviewEndedOn([{ ...evaluation, lotId: undefined, endedAt: "2024-03-04T17:00:00" }], "L1", project); // "2024-03-04"
 * reviewEndedOn([], "L1", { ...project, dates: { evaluationOn: "2024-03-01" } }); // "2024-03-01"
 * ```
 */
export function reviewEndedOn(evaluations: readonly Evaluation[], lotId: string | undefined, project: Project): string | undefined {
  const mine = evaluations.filter((e) => e.status !== "cancelled" && servesLot(e, lotId));
  if (mine.length === 0) return project.dates.evaluationOn;
  const ended = mine.map((e) => e.endedAt).filter((t): t is string => t !== undefined).map(toShanghaiDate).sort();
  return ended[ended.length - 1];
}

/** The day of an award's first step: the earliest of the winner determined, the notice, the contract signed. */
function firstStepOn(award: Award, contract: Contract | undefined): string | undefined {
  const days = [award.decidedOn, award.noticeOn, contract?.signedOn].filter((d): d is string => d !== undefined).sort();
  return days[0];
}

/**
 * The objections to the result an award must wait for (实施条例 art. 54 para. 2): those of the evaluation round that
 * produced the award's candidates — of the evaluations matching the award's lot (as {@link reviewEndedOn} matches
 * them, whatever their status), the one whose candidates' publication started latest on or before the award's first
 * step (winner determined, notice or contract) — filed during that publication ({@link resultObjectionsInPublication}).
 * A round cancelled after the award (an objection upheld, the result redone) still binds the award that went on
 * before the answer; an earlier round of a re-tender recorded in the same project does not bind the later award.
 * Several evaluations whose publication started that same day all count. A round with no publication on record that
 * began (`startedAt`) after that publication and by the award's first step supersedes it: the award waits for none
 * (a re-tender's second publication missing from the record); without `startedAt` such a round cannot be placed.
 * An award with no step yet waits for none.
 *
 * @example
 * ```ts
 * resultObjectionsFor([{ ...evaluation, candidatePublication: { startOn: "2024-05-13", endOn: "2024-05-15" },
 *   resultObjections: [{ id: "RO1", filedOn: "2024-05-14" }] }], { ...award, decidedOn: "2024-05-20" }, undefined, 3).map((o) => o.id); // ["RO1"]
 * ```
 */
export function resultObjectionsFor(evaluations: readonly Evaluation[], award: Award, contract: Contract | undefined, minDays: number): Answerable[] {
  const first = firstStepOn(award, contract);
  if (first === undefined) return [];
  const lot = evaluations.filter((e) => servesLot(e, award.lotId));
  const before = lot.filter((e) => e.candidatePublication !== undefined && e.candidatePublication.startOn <= first);
  const latest = before.map((e) => e.candidatePublication?.startOn ?? "").sort().pop();
  if (latest === undefined) return [];
  // A later round that began after that publication and by the award's first step (its own publication not on
  // record) produced the award's candidates: the earlier round's objections are not the award's.
  const startedOn = (e: Evaluation): string | undefined => (e.startedAt !== undefined ? toShanghaiDate(e.startedAt) : undefined);
  if (lot.some((e) => e.candidatePublication === undefined && (startedOn(e) ?? "") > latest && (startedOn(e) ?? "") <= first)) return [];
  return before.filter((e) => e.candidatePublication?.startOn === latest).flatMap((e) => resultObjectionsInPublication(e, minDays));
}

/** Reports of one parsed evaluation (and its committee when `experts` are given). */
export function evaluationReports(
  parts: { project: Project; evaluation: Evaluation; experts: readonly Expert[] | undefined; tenderer: Tenderer | undefined; bidders: readonly Bidder[]; path: ReadonlyArray<string | number> },
  o: ResolvedOptions,
): Report[] {
  const expertsById = new Map<string, Expert>();
  for (const e of parts.experts ?? []) expertsById.set(e.id, e);
  const day = evaluationDay(parts.evaluation, parts.project) ?? o.asOf;
  const facts = {
    evaluation: evaluationFacts(parts.evaluation, expertsById, o.params, o.asOf, o.calendar, parts.project.procurementMethod, {
      agency: parts.project.agencyId !== undefined,
      supervisor: parts.project.supervisingDepartmentId !== undefined,
    }, parts.project.regime),
    project: projectFacts(parts.project, o.params, parts.tenderer),
  };
  const reports = [evaluateSubject("evaluation", facts, day, o, projectScope(parts.project))];
  if (parts.experts !== undefined && parts.evaluation.committee.length > 0) {
    reports.push(
      ...committeeReports(
        { project: parts.project, committee: parts.evaluation.committee, experts: parts.experts, tenderer: parts.tenderer, bidders: parts.bidders, on: day, path: [...parts.path, "committee"] },
        o,
      ),
    );
  }
  return reports;
}

/**
 * Checks an evaluation: every expert rated by the required parties (LC80-4.2) and the ratings published
 * (LC80-4.2), the blind dislocated review (LC80-6.1), social supervisors on major projects (LC80-6.3), names and
 * scores disclosed in time (LC80-6.4) and candidates published within 3 days for at least 3 days (实施条例
 * art. 54). With `experts`, the committee is checked as by `validateCommittee`.
 *
 * @throws GgzyError `INVALID_INPUT` with the path of the first bad field.
 * @example
 * ```ts
 * validateEvaluation({ project, evaluation }, { asOf: "2024-06-01" }).findings.map((f) => f.ruleId);
 * // ["EVALUATION_DISCLOSED_IN_TIME"] when names and scores went online a day late
 * ```
 */
export function validateEvaluation(input: EvaluationInput, options: ValidateOptions = {}): Report {
  const data = readWith(EvaluationCheckSchema, input, { zh: "评标记录", en: "evaluation record" });
  const o = resolveOptions(options);
  const reports = evaluationReports(
    { project: data.project, evaluation: data.evaluation, experts: data.experts, tenderer: data.tenderer, bidders: data.bidders, path: ["evaluation"] },
    o,
  );
  return mergeReports("evaluation", o.ruleSet.version, reports, o.ruleSet.contentHash);
}
