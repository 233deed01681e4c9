import * as z from "../../model/zod";
import { GgzyError, parseWith } from "../../model/error";
import { ProjectSchema } from "../../model/project";
import { compareUtf8 } from "../../model/compare-utf8";
import { AgencyCreditInputSchema } from "../agency/agency-input";
import type { AgencyCreditInput, AgencyCreditInputData } from "../agency/agency-input";
import type { Project } from "../../model/project";
import { agencySourcedRecords } from "../agency/agency-records";
import { blacklistStatusOf } from "../agency/blacklist";
import type { BlacklistOptions } from "../agency/blacklist";
import { defaultAgencyScorecard } from "../agency/default-scorecard";
import type { LaterRecords } from "../later-records";
import type { Reason } from "../reason";
import { scoreSourced } from "../score-sourced";
import type { ScoreResult } from "../scorecard/result";
import { parseScorecard } from "../scorecard/schema";
import type { Scorecard } from "../scorecard/schema";
import { epochDayToDate, requireEpochDay } from "../scorecard/civil-date";
import { valueZh } from "../../model/value-zh";

/** Options of `rankAgencies`. */
export interface RankAgenciesOptions {
  /** The day of the ranking (usually the day of selection). */
  readonly asOf: string;
  /** Replaces the default agency scorecard. */
  readonly scorecard?: Scorecard;
  readonly blacklist?: BlacklistOptions;
  readonly trainingPeriodDays?: number;
  /** `ignore` ranks today's data as it stood on `asOf`; default `error`. */
  readonly laterRecords?: LaterRecords;
}

/** One eligible agency in the merit ranking. */
export interface RankedAgency {
  readonly agencyId: string;
  /** 1 = best; ranks are 1..n with no ties (see the tie-break). */
  readonly rank: number;
  readonly score: number;
  readonly grade: string;
  readonly reasons: ReadonlyArray<Reason>;
}

/** One agency left out of the ranking, with every reason that applies. */
export interface ExcludedAgency {
  readonly agencyId: string;
  readonly reasons: ReadonlyArray<Reason>;
}

/** The merit ranking of agencies for a project (LC80-3.2). */
export interface AgencyRanking {
  readonly projectId: string;
  readonly asOf: string;
  readonly scorecard: { readonly id: string; readonly version: number };
  readonly ranked: ReadonlyArray<RankedAgency>;
  readonly excluded: ReadonlyArray<ExcludedAgency>;
}

const AgencyListSchema = z.array(AgencyCreditInputSchema);

function topContributions(result: ScoreResult): Reason[] {
  return result.breakdown
    .filter((b) => b.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || compareUtf8(a.itemId, b.itemId))
    .slice(0, 3)
    .map((b) => {
      const pts = `${b.points > 0 ? "+" : ""}${b.points.toFixed(2)}`;
      return { code: "SCORE_ITEM", zh: `${b.label.zh} ${pts} 分`, en: `${b.label.en} ${pts} points` };
    });
}

/**
 * The merit ranking of agencies for a project (LC80-3.2): an agency is eligible when it is not blacklisted on
 * `asOf` (LC80-3.1) and its professional fields include the project's category; eligible agencies are ordered
 * by credit score, highest first, and **ties are broken by agency id in UTF-8 byte order** (ascending), so the
 * ranking is total, deterministic and independent of the input order. Each entry carries its reasons (field
 * match, score and grade, the three items that moved the score most, a tie-break note); each excluded agency
 * carries every reason for its exclusion. Rule `AGENCY_MERIT_OR_JUSTIFIED` reads the chosen agency's `rank`.
 *
 * Every agency is validated and scored, excluded ones too, so bad input never hides behind an exclusion.
 *
 * @example
 * ```ts
 * const { ranked, excluded } = rankAgencies(project, agencies, { asOf: "2026-06-30" });
 * ranked[0]?.agencyId; // the top-ranked eligible agency
 * excluded.find((e) => e.agencyId === "A9")?.reasons[0]?.code; // "BLACKLISTED"
 * ```
 */
export function rankAgencies(
  project: z.input<typeof ProjectSchema>,
  agencies: ReadonlyArray<AgencyCreditInputData>,
  options: RankAgenciesOptions,
): AgencyRanking {
  const p = parseWith(ProjectSchema, project, "Project");
  const list = parseWith(AgencyListSchema, agencies, "Agencies");
  return rankParsedAgencies(p, list, options);
}

/**
 * {@link rankAgencies} on a project and agencies already parsed by their schemas (a validator that parsed the whole
 * record ranks without parsing its parts again). Same checks on ids, dates and options; same result.
 */
export function rankParsedAgencies(p: Project, list: ReadonlyArray<AgencyCreditInput>, options: RankAgenciesOptions): AgencyRanking {
  const card = parseScorecard(options.scorecard ?? defaultAgencyScorecard);
  const asOf = epochDayToDate(requireEpochDay(options.asOf, ["asOf"], "asOf"));

  const seen = new Map<string, number>();
  list.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first !== undefined) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `代理机构编号重复：${a.id}（第 ${first} 与第 ${i} 项）`,
        en: `Duplicate agency id ${a.id} (entries ${first} and ${i})`,
        issues: [{ path: [i, "id"], message: "duplicate agency id", code: "duplicate_id" }],
      });
    }
    seen.set(a.id, i);
  });

  const eligible: Array<{ id: string; result: ScoreResult; reasons: Reason[] }> = [];
  const excluded: ExcludedAgency[] = [];
  list.forEach((a, i) => {
    const records = agencySourcedRecords(a, {
      asOf,
      path: [i],
      ...(options.trainingPeriodDays !== undefined ? { trainingPeriodDays: options.trainingPeriodDays } : {}),
      ...(options.laterRecords !== undefined ? { laterRecords: options.laterRecords } : {}),
    });
    const result = scoreSourced(card, a.id, records, asOf);
    const reasons: Reason[] = [];
    const status = blacklistStatusOf(a, asOf, options.blacklist ?? {});
    if (status.blacklisted) {
      const until = status.indefinite ? "无期限 / indefinitely" : status.until ?? "";
      reasons.push({ code: "BLACKLISTED", zh: `已列入黑名单（至 ${until}）`, en: `Blacklisted (through ${until})` });
      reasons.push(...status.reasons);
    }
    if (!a.professionalFields.includes(p.category)) {
      reasons.push({
        code: "FIELD_MISMATCH",
        zh: `专业领域（${a.professionalFields.join("、") || "未登记"}）不含项目类别 ${valueZh(p.category)}`,
        en: `Professional fields (${a.professionalFields.join(", ") || "none recorded"}) do not include the project's category ${p.category}`,
      });
    }
    if (reasons.length > 0) excluded.push({ agencyId: a.id, reasons });
    else {
      eligible.push({
        id: a.id,
        result,
        reasons: [
          { code: "FIELD_MATCH", zh: `专业领域含项目类别 ${valueZh(p.category)}`, en: `Professional field matches the project's category ${p.category}` },
          { code: "CREDIT_SCORE", zh: `信用分 ${result.score.toFixed(2)}，等级 ${result.grade}`, en: `Credit score ${result.score.toFixed(2)}, grade ${result.grade}` },
          ...topContributions(result),
        ],
      });
    }
  });

  eligible.sort((a, b) => b.result.score - a.result.score || compareUtf8(a.id, b.id));
  const ranked: RankedAgency[] = eligible.map((e, i) => {
    const reasons = [...e.reasons];
    const prev = eligible[i - 1];
    const next = eligible[i + 1];
    if ((prev && prev.result.score === e.result.score) || (next && next.result.score === e.result.score)) {
      reasons.push({
        code: "TIE_BROKEN_BY_ID",
        zh: "与其他机构同分，按机构编号（UTF-8 字节序）排序",
        en: "Same score as another agency; ordered by agency id (UTF-8 byte order)",
      });
    }
    return { agencyId: e.id, rank: i + 1, score: e.result.score, grade: e.result.grade, reasons };
  });
  excluded.sort((a, b) => compareUtf8(a.agencyId, b.agencyId));
  return { projectId: p.id, asOf, scorecard: { id: card.id, version: card.version }, ranked, excluded };
}
