import { GgzyError, readWith } from "../../model/error";
import type { Expert } from "../../model/expert";
import type { CommitteeMember } from "../../model/evaluation";
import type { Bidder, Tenderer } from "../../model/parties";
import type { Project } from "../../model/project";
import type { Report } from "../engine/types";
import { committeeFacts, committeeMemberFacts } from "../facts/committeeFacts";
import { projectFacts } from "../facts/projectFacts";
import { CommitteeCheckSchema } from "./inputs";
import { resolveOptions } from "./options";
import { projectScope } from "./scope";
import type { ResolvedOptions, ValidateOptions } from "./options";
import { evaluateSubject, mergeReports } from "./report";
import type { CommitteeInput } from "./inputs";

/** A committee with what it is judged against (already parsed). */
export interface CommitteeParts {
  readonly project: Project;
  readonly committee: readonly CommitteeMember[];
  readonly experts: readonly Expert[];
  readonly tenderer: Tenderer | undefined;
  readonly bidders: readonly Bidder[];
  readonly on: string | undefined;
  /** Where the committee sits in the input, for error paths. */
  readonly path: ReadonlyArray<string | number>;
  /** Where the project sits in the input (default `["project"]`). */
  readonly projectPath?: ReadonlyArray<string | number>;
}

function bad(zh: string, en: string, path: ReadonlyArray<string | number>): GgzyError {
  return new GgzyError("INVALID_INPUT", { zh, en, issues: [{ path: [...path], message: en, code: "invalid_reference" }] });
}

/** Committee-level and member-level reports of a parsed committee (shared by the evaluation and project validators). */
export function committeeReports(parts: CommitteeParts, o: ResolvedOptions): Report[] {
  const expertsById = new Map<string, Expert>();
  for (const e of parts.experts) expertsById.set(e.id, e);
  const seen = new Set<string>();
  parts.committee.forEach((m, i) => {
    if (!expertsById.has(m.expertId)) {
      throw bad(`评标委员会成员 ${m.expertId} 不在 experts 中`, `Committee member ${m.expertId} is not among the experts given`, [...parts.path, i, "expertId"]);
    }
    if (seen.has(m.expertId)) throw bad(`评标委员会成员 ${m.expertId} 重复`, `Committee member ${m.expertId} appears twice`, [...parts.path, i, "expertId"]);
    seen.add(m.expertId);
  });
  const on = parts.on;
  if (on === undefined) {
    throw bad("缺少评标日期（evaluationOn、project.dates.evaluationOn 或 options.asOf）", "The evaluation day is missing (evaluationOn, project.dates.evaluationOn or options.asOf)", ["evaluationOn"]);
  }
  const project = projectFacts(parts.project, o.params, parts.tenderer);
  const scope = projectScope(parts.project, parts.projectPath ?? ["project"]);
  const reports = [evaluateSubject("committee", { committee: committeeFacts(parts.project, parts.committee, expertsById, o.params), project }, on, o, scope)];
  // One evaluation per member, in expert-id order, so each finding names its expert and the input order plays no part.
  const members = [...parts.committee].sort((a, b) => (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0));
  for (const m of members) {
    const expert = expertsById.get(m.expertId) as Expert;
    const member = committeeMemberFacts(m, expert, { project: parts.project, tenderer: parts.tenderer, bidders: parts.bidders, on, params: o.params });
    reports.push(evaluateSubject("committeeMember", { member, project }, on, o, scope));
  }
  return reports;
}

/**
 * Checks an evaluation committee: 5 or more, odd, experts ≥ 2/3 (招标投标法 art. 37); 7 or more for government
 * procurement of 10 million yuan or more (财政部令第87号 art. 47); not concentrated (LC80-4.3); and per member:
 * no conflict of interest with the tenderer or a bidder (实施条例 art. 46, 政府采购法实施条例 art. 9), no staff of
 * the project's supervising department (实施条例 art. 46), no supervisor or trading-centre staff and no fee for a
 * civil servant (LC80-4.4). The verdict does not depend on the order of the members.
 *
 * @throws GgzyError `INVALID_INPUT` (bad record; a member not among `experts`; a member twice; no evaluation day).
 * @example
 * ```ts
 * const report = validateCommittee({ project, committee, experts, bidders, evaluationOn: "2024-05-10" });
 * report.findings[0]?.message.en; // "Expert 李四 has an interest in a party to this project and should have withdrawn: employment with bidder …"
 * ```
 */
export function validateCommittee(input: CommitteeInput, options: ValidateOptions = {}): Report {
  const data = readWith(CommitteeCheckSchema, input, { zh: "评标委员会记录", en: "committee record" });
  const o = resolveOptions(options);
  const reports = committeeReports(
    {
      project: data.project,
      committee: data.committee,
      experts: data.experts,
      tenderer: data.tenderer,
      bidders: data.bidders,
      on: data.evaluationOn ?? data.project.dates.evaluationOn ?? o.asOf,
      path: ["committee"],
    },
    o,
  );
  return mergeReports("committee", o.ruleSet.version, reports, o.ruleSet.contentHash);
}
