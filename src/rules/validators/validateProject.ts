import { GgzyError, readWith } from "../../model/error";
import type { Project } from "../../model/project";
import type { Report } from "../engine/types";
import { agencyFacts, meritFacts, selectionFacts } from "../facts/agencyFacts";
import { complaintFacts } from "../facts/complaintFacts";
import { projectFacts } from "../facts/projectFacts";
import { projectTimelineFacts } from "../facts/timelineFacts";
import { ProjectRecordSchema } from "./inputs";
import { resolveOptions } from "./options";
import { projectScope, recordScope } from "./scope";
import type { ValidateOptions } from "./options";
import { evaluateSubject, mergeReports } from "./report";
import { awardContext, awardReports } from "./validateAward";
import { evaluationDay, evaluationReports } from "./validateEvaluation";
import type { ProjectInput } from "./inputs";

const byId = <T extends { id: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Checks everything that applies to a full project record: the project (supervisor named, LC80-8; fully
 * electronic, LC80-6.1), the agency selection (item 三), each evaluation and its committee (items 四, 六 and the
 * national committee rules), each award with its contract, cancellations and abandonments (item 五), and each
 * complaint (item 九, 实施条例 art. 60–61). One report, findings grouped in that order (records by id).
 *
 * @throws GgzyError `INVALID_INPUT` with the path of the first bad field (e.g. `evaluations[0].committee[2].expertId`).
 * @example
 * ```ts
 * const report = validateProject(JSON.parse(fs.readFileSync("examples/records/project.json", "utf8")), { asOf: "2024-07-01" });
 * report.ok; // false
 * ```
 */
export function validateProject(input: ProjectInput, options: ValidateOptions = {}): Report {
  const r = readWith(ProjectRecordSchema, input, { zh: "项目记录", en: "project record" });
  const o = resolveOptions(options);
  const p = r.project;
  const tenderer = r.parties.tenderers.find((t) => t.id === p.tendererId);
  const reports: Report[] = [];

  // Absent (not given) and [] (none on record) differ only for the award rules that read them (awardContext).
  const evaluations = r.evaluations ?? [];
  const firstEvaluation = byId(evaluations)[0];
  const projectDay = p.dates.evaluationOn ?? (firstEvaluation ? evaluationDay(firstEvaluation, p) : undefined) ?? p.dates.publishedOn ?? o.asOf;
  const scope = projectScope(p);
  reports.push(evaluateSubject("project", { project: projectFacts(p, o.params, tenderer), timeline: projectTimelineFacts(p, o.params, o.asOf, o.calendar) }, projectDay, o, scope));

  if (r.agencySelection) {
    const s = r.agencySelection;
    const agencies = r.agencyCredit ?? r.parties.agencies;
    const chosen = agencies.find((a) => a.id === s.chosenAgencyId);
    if (chosen === undefined) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `选定的代理机构 ${s.chosenAgencyId} 不在 parties.agencies（或 agencyCredit）中`,
        en: `The chosen agency ${s.chosenAgencyId} is not among parties.agencies (or agencyCredit)`,
        issues: [{ path: ["agencySelection", "chosenAgencyId"], message: "not among the agencies", code: "unknown_reference" }],
      });
    }
    {
      reports.push(
        evaluateSubject(
          "agencySelection",
          { selection: selectionFacts(s), agency: agencyFacts(chosen, s.selectedOn, o.params), merit: meritFacts(s, p, agencies, o.params) },
          s.selectedOn,
          o,
        ),
      );
    }
  }

  evaluations.forEach((e, i) => {
    reports.push(...evaluationReports({ project: p, evaluation: e, experts: r.experts, tenderer, bidders: r.parties.bidders, path: ["evaluations", i] }, o));
  });
  for (const award of byId(r.awards)) {
    const contract = byId(r.contracts).find((c) => c.awardId === award.id);
    reports.push(...awardReports({ award, contract, bidders: r.parties.bidders, scope, context: awardContext(p, award, contract, r.evaluations, o.params) }, o));
  }
  for (const cancellation of byId(r.cancellations)) reports.push(...awardReports({ cancellation, bidders: r.parties.bidders }, o));
  for (const abandonment of byId(r.abandonments)) reports.push(...awardReports({ abandonment, bidders: r.parties.bidders }, o));
  // A complaint is handled under the regime of its project unless it says otherwise (政府采购法实施条例 art. 7:
  // GP works procured by tendering are complained about under 招标投标法).
  for (const c of byId(r.complaints)) {
    const i = r.complaints.indexOf(c);
    const cs = c.regime !== undefined ? recordScope(c, ["complaints", i]) : recordScope({ regime: p.regime, procurementMethod: c.procurementMethod ?? p.procurementMethod }, ["project"]);
    // Facts read the regime too (94号令 art. 21(4) acceptance on receipt): the one the complaint is handled under.
    const handled = c.regime !== undefined || p.regime === undefined ? c : { ...c, regime: p.regime };
    reports.push(evaluateSubject("complaint", { complaint: complaintFacts(handled, o.params, o.asOf, o.calendar) }, c.filedOn, o, cs));
  }
  return mergeReports("project", o.ruleSet.version, reports, o.ruleSet.contentHash);
}
