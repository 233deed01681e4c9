import { readWith } from "../../model/error";
import { SpotCheckQuarterSchema } from "../../model/spotCheck";
import type { Report } from "../engine/types";
import { quarterBounds, spotCheckFacts } from "../facts/performanceFacts";
import { resolveOptions } from "./options";
import type { ValidateOptions } from "./options";
import { evaluateSubject } from "./report";
import type { SpotCheckQuarterInput } from "./inputs";

/**
 * Checks a quarter's 双随机一抽查 (LC80-5.2): 5–10% of all trading projects checked (as whole projects: at least
 * ⌈5% × total⌉), drawn with a verifiable draw record, results published (within `spotCheckPublicationDays` of
 * the quarter's end, a pack parameter).
 *
 * @throws GgzyError `INVALID_INPUT` with the path of the first bad field.
 * @example
 * ```ts
 * // The rate is judged once the quarter is over: on `asOf` (else the publication day) after its last day.
 * validateSpotCheckQuarter({ id: "SC1", quarter: "2024-Q1", totalProjects: 120, checkedProjectIds: ["P1", "P2"] },
 *   { asOf: "2024-04-30" }).findings.map((f) => f.message.en);
 * // ["2024-Q1: the 2 checked projects have no verifiable draw record",
 * //  "2024-Q1: 2 of 120 projects checked (1.67%); 6–12 required (0.05–0.1)"]
 * ```
 */
export function validateSpotCheckQuarter(input: SpotCheckQuarterInput, options: ValidateOptions = {}): Report {
  const q = readWith(SpotCheckQuarterSchema, input, { zh: "季度抽查记录", en: "quarterly spot-check record" });
  const o = resolveOptions(options);
  return evaluateSubject("spotCheckQuarter", { spotCheck: spotCheckFacts(q, o.params, o.asOf, o.calendar) }, quarterBounds(q.quarter).first, o);
}
