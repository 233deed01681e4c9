import { AGENCY_DISCLOSURE_PARTS } from "../../model/agency";
import type { Agency } from "../../model/agency";
import type { AgencySelection } from "../../model/agencySelection";
import type { Project } from "../../model/project";
import type { AgencyCreditInput } from "../../scoring/agency/agency-input";
import { rankParsedAgencies } from "../../scoring/ranking/rank-agencies";
import { daysFromTo } from "./dates";
import type { RuleParams } from "./params";
import { listEn, listZh } from "./text";

const PART_ZH: Record<(typeof AGENCY_DISCLOSURE_PARTS)[number], string> = {
  personnel: "人员情况",
  practiceRecord: "执业情况",
  internalControls: "内控制度",
  inspectionAndPenaltyRecord: "检查处理处罚情况",
  creditRecord: "信用记录",
};

/** The merit rank of the chosen agency (LC80-3.2) and where it came from. */
export interface MeritFacts {
  /** 1 = top; absent when there was nothing to rank. An agency the ranking excludes ranks after every eligible one. */
  readonly rank: number | undefined;
  readonly rankedCount: number;
  readonly topAgencyId: string | undefined;
  readonly topAgencyName: string | undefined;
  /** `candidates`: the tenderer's recorded ranking; `rankAgencies`: the library's ranking (field, then credit). */
  readonly source: "candidates" | "rankAgencies" | "none";
  /** Why the ranking left the chosen agency out, if it did. */
  readonly excludedReasons: readonly string[];
}

/**
 * The chosen agency's merit rank: the tenderer's own ranking when the selection records one (model:
 * `candidates`), otherwise `rankAgencies` from the scoring module over the agencies given (eligible = not
 * blacklisted and in the project's field; then credit score), as of the selection day.
 *
 * @example
 * ```ts
 * meritFacts(selection, project, agencies, params).rank; // 1 when the chosen agency tops the ranking
 * ```
 */
export function meritFacts(selection: AgencySelection, project: Project, agencies: ReadonlyArray<AgencyCreditInput | Agency>, params: RuleParams): MeritFacts {
  const nameOf = (id: string | undefined): string | undefined => (id === undefined ? undefined : (agencies.find((a) => a.id === id)?.name ?? id));
  if (selection.candidates.length > 0) {
    const sorted = [...selection.candidates].sort((a, b) => a.rank - b.rank || (a.agencyId < b.agencyId ? -1 : 1));
    const chosen = sorted.find((c) => c.agencyId === selection.chosenAgencyId);
    const top = sorted[0]?.agencyId;
    return {
      rank: chosen?.rank ?? sorted.length + 1,
      rankedCount: sorted.length,
      topAgencyId: top,
      topAgencyName: nameOf(top),
      source: "candidates",
      excludedReasons: chosen ? [] : ["not among the recorded candidates"],
    };
  }
  if (agencies.length < 2) return { rank: undefined, rankedCount: agencies.length, topAgencyId: undefined, topAgencyName: undefined, source: "none", excludedReasons: [] };
  // The validator parsed the record already: rank without parsing the project and the agencies again. A plain
  // `Agency` (from `parties.agencies`) has no complaints or reviews: empty, as the credit input's defaults say.
  const credit = agencies.map((a): AgencyCreditInput => ("complaints" in a ? a : { ...a, complaints: [], performanceReviews: [] }));
  const ranking = rankParsedAgencies(project, credit, { asOf: selection.selectedOn, laterRecords: "ignore", trainingPeriodDays: params.trainingPeriodDays });
  const top = ranking.ranked[0]?.agencyId;
  const mine = ranking.ranked.find((r) => r.agencyId === selection.chosenAgencyId);
  const excluded = ranking.excluded.find((e) => e.agencyId === selection.chosenAgencyId);
  return {
    rank: mine?.rank ?? (ranking.ranked.length === 0 ? undefined : ranking.ranked.length + 1),
    rankedCount: ranking.ranked.length,
    topAgencyId: top,
    topAgencyName: nameOf(top),
    source: "rankAgencies",
    excludedReasons: excluded ? excluded.reasons.map((r) => r.en) : [],
  };
}

/**
 * The `agency` fact of a selection: disclosure parts published by the selection day (LC80-3.1), blacklist status
 * on that day (LC80-3.1), staff without a passed training within `trainingPeriodDays` (LC80-3.3; only
 * `projectStaff` when given, matched by person id or name).
 *
 * @example
 * ```ts
 * agencyFacts(agency, "2024-03-01", params).disclosureMissingCount; // 0 when all five parts were published
 * ```
 */
export function agencyFacts(agency: Agency, selectedOn: string, params: RuleParams, projectStaff?: readonly string[]): Record<string, unknown> {
  const missing = AGENCY_DISCLOSURE_PARTS.filter((p) => {
    const part = agency.disclosure[p];
    return part === undefined || part.publishedOn > selectedOn;
  });
  const active = agency.blacklist
    .filter((b) => b.from <= selectedOn && (b.until === undefined || b.until >= selectedOn))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const entry = active[0];
  const staff = agency.staff.filter(
    (s) => projectStaff === undefined || projectStaff.some((p) => p === s.person.id || p === s.person.name),
  );
  const untrained = staff
    .filter(
      (s) =>
        !s.trainings.some((t) => {
          if (!t.passed || t.date > selectedOn) return false;
          return daysFromTo(t.date, selectedOn) < params.trainingPeriodDays;
        }),
    )
    .map((s) => s.person.name)
    .sort();
  return {
    id: agency.id,
    name: agency.name,
    disclosureMissingCount: missing.length,
    disclosureMissingZh: listZh(missing.map((p) => PART_ZH[p])),
    disclosureMissingEn: listEn(missing),
    blacklisted: entry !== undefined,
    blacklistedFrom: entry?.from,
    blacklistedUntil: entry?.until,
    blacklistReason: entry?.reason,
    untrainedStaff: listZh(untrained),
    untrainedStaffCount: untrained.length,
  };
}

/**
 * The `selection` fact (LC80-3.2): justification and filing with the discipline inspection group.
 *
 * @example
 * ```ts
 * selectionFacts(selection).filedCollectively; // true when filed as a collective (“三重一大”) decision
 * ```
 */
export function selectionFacts(selection: AgencySelection): Record<string, unknown> {
  return {
    id: selection.id,
    selectedOn: selection.selectedOn,
    method: selection.method,
    chosenAgencyId: selection.chosenAgencyId,
    hasJustification: selection.justification !== undefined,
    filed: selection.filing !== undefined,
    filedCollectively: selection.filing?.collectiveDecision === true,
    filedOn: selection.filing?.filedOn,
    filingStatusZh: selection.filing === undefined ? "未报备" : selection.filing.collectiveDecision ? "已作为集体决策报备" : "已报备但未记录为集体决策",
    filingStatusEn: selection.filing === undefined ? "not filed" : selection.filing.collectiveDecision ? "filed as a collective decision" : "filed, but not as a collective decision",
  };
}
