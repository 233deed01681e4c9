import type { Agency } from "ggzy-rules/model";
import { expertRatingSummaries, rankAgencies, scoreAgency, scoreBidders } from "ggzy-rules/scoring";
import type { ExpertRatingSummary } from "ggzy-rules/scoring";
import type { ProjectBundle } from "./bundle";
import type { CityData } from "./load";

/*
 * Stage 3 of the demo: credit scores of agencies (LC80-3.1–3.3), experts (一事一评, LC80-4.2) and bidders
 * (LC80-5.3), and the merit ranking of agencies (LC80-3.2) for the projects that pick an agency next.
 */

export interface AgencyScore {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly grade: string;
  /** The three largest contributions, for "why this grade". */
  readonly top: ReadonlyArray<{ readonly label: string; readonly points: number }>;
}

export interface BidderScore {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly grade: string;
}

export interface AgencyRankingSummary {
  readonly projectId: string;
  readonly projectName: string;
  readonly category: string;
  readonly chosenAgencyId: string | undefined;
  readonly ranked: ReadonlyArray<{ readonly agencyId: string; readonly name: string; readonly rank: number; readonly score: number; readonly grade: string }>;
  readonly excluded: number;
}

export interface ScoresResult {
  readonly asOf: string;
  readonly agencies: AgencyScore[];
  readonly agencyGrades: Readonly<Record<string, number>>;
  readonly experts: ExpertRatingSummary[];
  readonly expertGrades: Readonly<Record<string, number>>;
  readonly bidders: BidderScore[];
  readonly bidderGrades: Readonly<Record<string, number>>;
  readonly rankings: AgencyRankingSummary[];
}

const GRADE_ORDER = ["AAA", "AA", "A", "B", "C", "D", "E"];

function tally(grades: Iterable<string | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of grades) {
    const key = g ?? "—";
    out[key] = (out[key] ?? 0) + 1;
  }
  // Best grade first (the scorecards' bands run AAA, AA, A, B, C…); unknown grades after, "—" (unrated) last.
  const rank = (g: string): number => {
    const i = GRADE_ORDER.indexOf(g);
    return i >= 0 ? i : g === "—" ? 1000 : 100;
  };
  return Object.fromEntries(Object.entries(out).sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

const byScore = <T extends { score: number; id: string }>(a: T, b: T): number => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Scores the city's agencies, experts and bidders as of `asOf`, and ranks the agencies for each project of `open`.
 *
 * @example
 * ```ts
 * const scores = runScores(city.data, bundles, comingWeekBundles, "2025-12-22");
 * scores.agencyGrades; // { A: 97, B: 40, … }
 * ```
 */
export function runScores(data: CityData, bundles: readonly ProjectBundle[], open: readonly ProjectBundle[], asOf: string, tick?: () => void): ScoresResult {
  // An agency's upheld complaints count against it (scoring/agency): the complaints on projects it ran.
  const agencyOf = new Map(bundles.map((b) => [b.project.id, b.project.agencyId]));
  const complaintsOf = new Map<string, Array<{ id: string; projectId: string; decidedOn: string; outcome: "upheld" | "rejected" | "groundless" }>>();
  for (const c of data.complaints) {
    const agencyId = agencyOf.get(c.projectId);
    const decided = c.stages.find((s) => s.stage === "decided")?.on;
    if (agencyId === undefined || decided === undefined || c.outcome === undefined || decided > asOf) continue;
    const list = complaintsOf.get(agencyId) ?? [];
    list.push({ id: c.id, projectId: c.projectId, decidedOn: decided, outcome: c.outcome });
    complaintsOf.set(agencyId, list);
  }
  const withComplaints = (a: Agency) => ({ ...a, complaints: complaintsOf.get(a.id) ?? [] });

  const agencies: AgencyScore[] = data.agencies
    .map((a) => {
      const r = scoreAgency(withComplaints(a), { asOf, laterRecords: "ignore" });
      tick?.();
      const top = [...r.breakdown]
        .filter((x) => x.points !== 0)
        .sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || (x.itemId < y.itemId ? -1 : 1))
        .slice(0, 3)
        .map((x) => ({ label: `${x.label.zh} / ${x.label.en}`, points: Math.round(x.points * 100) / 100 }));
      return { id: a.id, name: a.name, score: r.score, grade: r.grade, top };
    })
    .sort(byScore);

  const finished = data.evaluations.filter((e) => e.status === "finished");
  const experts = expertRatingSummaries(data.experts, finished, { asOf, laterRecords: "ignore" });
  tick?.();

  const names = new Map(data.bidders.map((b) => [b.id, b.name]));
  const bidderResults = scoreBidders(
    { bidders: data.bidders, abandonments: data.abandonments.filter((a) => a.abandonedOn <= asOf), complaints: data.complaints.filter((c) => c.filedOn <= asOf) },
    { asOf, laterRecords: "ignore" },
  );
  tick?.();
  const bidders: BidderScore[] = bidderResults.map((r) => ({ id: r.subjectId, name: names.get(r.subjectId) ?? r.subjectId, score: r.score, grade: r.grade })).sort(byScore);

  const agencyNames = new Map(data.agencies.map((a) => [a.id, a.name]));
  const allAgencies = data.agencies.map(withComplaints);
  const rankings: AgencyRankingSummary[] = open.map((b) => {
    const r = rankAgencies(b.project, allAgencies, { asOf, laterRecords: "ignore" });
    tick?.();
    return {
      projectId: b.project.id,
      projectName: b.project.name,
      category: b.project.category,
      chosenAgencyId: b.project.agencyId,
      ranked: r.ranked.slice(0, 5).map((x) => ({ agencyId: x.agencyId, name: agencyNames.get(x.agencyId) ?? x.agencyId, rank: x.rank, score: x.score, grade: x.grade })),
      excluded: r.excluded.length,
    };
  });

  return {
    asOf,
    agencies,
    agencyGrades: tally(agencies.map((a) => a.grade)),
    experts,
    expertGrades: tally(experts.map((e) => e.grade)),
    bidders,
    bidderGrades: tally(bidders.map((b) => b.grade)),
    rankings,
  };
}
