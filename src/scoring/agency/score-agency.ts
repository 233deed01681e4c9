import { parseWith } from "../../model/error";
import { scoreSourced } from "../score-sourced";
import type { ScoreResult } from "../scorecard/result";
import type { Scorecard } from "../scorecard/schema";
import { AgencyCreditInputSchema } from "./agency-input";
import type { AgencyCreditInputData } from "./agency-input";
import { agencySourcedRecords } from "./agency-records";
import type { AgencyRecordOptions } from "./agency-records";
import { defaultAgencyScorecard } from "./default-scorecard";

/** Options of `scoreAgency`. */
export interface ScoreAgencyOptions extends Omit<AgencyRecordOptions, "path"> {
  /** Replaces the default agency scorecard. */
  readonly scorecard?: Scorecard;
}

/**
 * The credit score of a procurement agency (LC80-3.1/3.2/3.3) as of a day: disclosure completeness, training
 * compliance, credit records, penalties, upheld complaints and performance, on the default agency scorecard or
 * yours. Throws `GgzyError` for a malformed agency, a record dated after `asOf` (unless `laterRecords: "ignore"`)
 * or a record kind the scorecard does not know.
 *
 * @example
 * ```ts
 * const r = scoreAgency({ id: "A1", name: "聊城某招标代理有限公司", penalties: [{ date: "2025-05-01", severity: "minor", authority: "市财政局" }] },
 *   { asOf: "2026-06-30" });
 * r.score; r.grade; // 36.66, "C" (base 40, nothing disclosed, no trained staff, a minor penalty 425 days old)
 * ```
 */
export function scoreAgency(agency: AgencyCreditInputData, options: ScoreAgencyOptions): ScoreResult {
  const parsed = parseWith(AgencyCreditInputSchema, agency, "Agency");
  return scoreSourced(options.scorecard ?? defaultAgencyScorecard, parsed.id, agencySourcedRecords(parsed, options), options.asOf);
}
