import { readWith } from "../../model/error";
import { ComplaintSchema } from "../../model/complaint";
import type { Report } from "../engine/types";
import { complaintFacts } from "../facts/complaintFacts";
import { resolveOptions } from "./options";
import type { ValidateOptions } from "./options";
import { evaluateSubject } from "./report";
import { recordScope } from "./scope";
import type { ComplaintInput } from "./inputs";

/**
 * Checks a complaint against 实施条例 art. 60–61 (filed within 10 days of knowing; acceptance decided within 3
 * working days; decision within 30 working days of acceptance — PRC working-day calendar, make-up workdays
 * counted) and LC80-9 (acceptance, transfer, investigation, decision, publication in sequence and in time). Every
 * finding shows the computed last day. Note: art. 61 leaves out time spent on tests, appraisals and expert
 * reviews; a platform that records such pauses should extend the decision period itself.
 *
 * @throws GgzyError `INVALID_INPUT`; `CALENDAR_YEAR_NOT_COVERED` for dates outside the working-day table.
 * @example
 * ```ts
 * validateComplaint({ id: "C1", projectId: "P1", regime: "tendering", complainantId: "B2", knownOn: "2024-09-20", filedOn: "2024-09-27",
 *   stages: [{ stage: "received", on: "2024-09-27" }, { stage: "accepted", on: "2024-10-09" }] })
 *   .findings[0]?.evidence["complaint.acceptanceLastDay"]; // "2024-10-08" (National Day holiday skipped)
 * ```
 */
export function validateComplaint(input: ComplaintInput, options: ValidateOptions = {}): Report {
  const c = readWith(ComplaintSchema, input, { zh: "投诉记录", en: "complaint record" });
  const o = resolveOptions(options);
  return evaluateSubject("complaint", { complaint: complaintFacts(c, o.params, o.asOf, o.calendar) }, c.filedOn, o, recordScope(c, []));
}
