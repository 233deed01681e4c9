import { GgzyError, readWith } from "../../model/error";
import type { Report } from "../engine/types";
import { agencyFacts, meritFacts, selectionFacts } from "../facts/agencyFacts";
import { AgencySelectionCheckSchema } from "./inputs";
import { resolveOptions } from "./options";
import type { ValidateOptions } from "./options";
import { evaluateSubject } from "./report";
import type { AgencySelectionInput } from "./inputs";

/**
 * Checks a tenderer's choice of agency (item (三)): disclosure complete (LC80-3.1), not blacklisted on the day
 * (LC80-3.1), top of the merit ranking or justified in writing (LC80-3.2), filed with the discipline inspection
 * group as a collective decision (LC80-3.2), staff trained (LC80-3.3). The merit rank (`merit.rank`, from the
 * recorded candidates or from `rankAgencies`) appears in the evidence.
 *
 * @throws GgzyError `INVALID_INPUT` (bad record; chosen agency not among `agencies`).
 * @example
 * ```ts
 * const report = validateAgencySelection({ selection, project, agencies });
 * report.findings.find((f) => f.ruleId === "AGENCY_MERIT_OR_JUSTIFIED")?.evidence["merit.rank"]; // 2
 * ```
 */
export function validateAgencySelection(input: AgencySelectionInput, options: ValidateOptions = {}): Report {
  const data = readWith(AgencySelectionCheckSchema, input, { zh: "代理机构选取记录", en: "agency-selection record" });
  const o = resolveOptions(options);
  const chosen = data.agencies.find((a) => a.id === data.selection.chosenAgencyId);
  if (chosen === undefined) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `选定的代理机构 ${data.selection.chosenAgencyId} 不在 agencies 中`,
      en: `The chosen agency ${data.selection.chosenAgencyId} is not among the agencies given`,
      issues: [{ path: ["selection", "chosenAgencyId"], message: "not among agencies", code: "unknown_reference" }],
    });
  }
  const facts = {
    selection: selectionFacts(data.selection),
    agency: agencyFacts(chosen, data.selection.selectedOn, o.params, data.projectStaff),
    merit: meritFacts(data.selection, data.project, data.agencies, o.params),
  };
  return evaluateSubject("agencySelection", facts, data.selection.selectedOn, o);
}
