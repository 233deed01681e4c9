import * as z from "zod";
import { GgzyError, parseWith } from "../../model/error";
import { compareUtf8 } from "../../model/compare-utf8";
import { scoreSourced } from "../score-sourced";
import type { ScoreResult } from "../scorecard/result";
import { parseScorecard } from "../scorecard/schema";
import { AgencyCreditInputSchema } from "./agency-input";
import type { AgencyCreditInputData } from "./agency-input";
import { agencySourcedRecords } from "./agency-records";
import { blacklistStatusOf } from "./blacklist";
import type { BlacklistOptions, BlacklistStatus } from "./blacklist";
import { defaultAgencyScorecard } from "./default-scorecard";
import type { ScoreAgencyOptions } from "./score-agency";

/** One agency's credit and blacklist status. */
export interface AgencyCredit {
  readonly agencyId: string;
  readonly name: string;
  readonly credit: ScoreResult;
  readonly blacklist: BlacklistStatus;
}

/** Options of `scoreAgencies`. */
export interface ScoreAgenciesOptions extends ScoreAgencyOptions {
  readonly blacklist?: BlacklistOptions;
}

const AgencyListSchema = z.array(AgencyCreditInputSchema);

/**
 * Credit score and blacklist status of every agency in a list, ordered by agency id (UTF-8 bytes): what a
 * supervisor publishes (LC80-3.1). Error paths start with the agency's index; duplicate ids are refused.
 *
 * @example
 * ```ts
 * for (const a of scoreAgencies(agencies, { asOf: "2026-06-30" })) console.log(a.agencyId, a.credit.score, a.blacklist.blacklisted);
 * ```
 */
export function scoreAgencies(agencies: ReadonlyArray<AgencyCreditInputData>, options: ScoreAgenciesOptions): AgencyCredit[] {
  const list = parseWith(AgencyListSchema, agencies, "Agencies");
  const card = parseScorecard(options.scorecard ?? defaultAgencyScorecard);
  const seen = new Set<string>();
  return list
    .map((a, i) => {
      if (seen.has(a.id)) {
        throw new GgzyError("INVALID_INPUT", {
          zh: `代理机构编号重复：${a.id}`,
          en: `Duplicate agency id ${a.id}`,
          issues: [{ path: [i, "id"], message: "duplicate agency id", code: "duplicate_id" }],
        });
      }
      seen.add(a.id);
      const credit = scoreSourced(card, a.id, agencySourcedRecords(a, { ...options, path: [i] }), options.asOf);
      return { agencyId: a.id, name: a.name, credit, blacklist: blacklistStatusOf(a, options.asOf, options.blacklist ?? {}) };
    })
    .sort((x, y) => compareUtf8(x.agencyId, y.agencyId));
}
