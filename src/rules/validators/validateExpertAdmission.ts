import { readWith } from "../../model/error";
import { ExpertSchema } from "../../model/expert";
import type { Report } from "../engine/types";
import { expertAdmissionFacts } from "../facts/expertFacts";
import { resolveOptions } from "./options";
import type { ValidateOptions } from "./options";
import { evaluateSubject } from "./report";
import type { ExpertAdmissionInput } from "./inputs";

/**
 * Checks an expert's pool admission: an approved review for every pool (LC80-4.1), and no supervisor or
 * trading-centre staff (LC80-4.4). Call it when an expert is admitted, and in batch over a pool.
 *
 * @throws GgzyError `INVALID_INPUT` with the path of the first bad field; nothing is evaluated on bad input.
 * @example
 * ```ts
 * const report = validateExpertAdmission({ id: "E9", name: "王五", region: "371502", employer: { id: "GGZY", name: "市公共资源交易中心" },
 *   employmentKind: "tradingCentreStaff", pools: [] }, { asOf: "2024-05-01" });
 * report.findings.map((f) => f.ruleId); // ["EXPERT_ADMITTED", "EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF"]
 * ```
 */
export function validateExpertAdmission(input: ExpertAdmissionInput, options: ValidateOptions = {}): Report {
  const expert = readWith(ExpertSchema, input, { zh: "专家记录", en: "expert record" });
  const o = resolveOptions(options);
  return evaluateSubject("expertAdmission", { expert: expertAdmissionFacts(expert, o.asOf) }, o.asOf, o);
}
