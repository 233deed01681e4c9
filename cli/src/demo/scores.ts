import type { Abandonment, Agency, Bidder, Complaint, Evaluation, Expert } from "ggzy-rules/model";
import { expertRatingSummaries, rankAgencies, scoreAgency, scoreBidders } from "ggzy-rules/scoring";
import type { AgencyComplaint, ExpertRatingSummary } from "ggzy-rules/scoring";
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
 * Exactly what the demo scores, in the file forms of `ggzy score agencies|experts|bidders` (the report writes them
 * to `score-inputs/`, so anyone can reproduce every published score with the CLI or the library).
 */
export interface ScoreInputs {
  /** Every agency, with `complaints`: the decided complaints on the projects it ran (see {@link scoreInputs}). */
  readonly agencies: Array<Agency & { complaints: AgencyComplaint[] }>;
  /** The experts and the finished evaluations that rated them. */
  readonly experts: { experts: Expert[]; evaluations: Evaluation[] };
  /** The bidders, the abandonments up to `asOf` and the complaints filed up to `asOf`. */
  readonly bidders: { bidders: Bidder[]; abandonments: Abandonment[]; complaints: Complaint[] };
}

/**
 * The scorers' inputs as of `asOf`. The one join the demo makes: the model's `Complaint` names a project, not a
 * respondent, so every complaint on a project that was decided (a `decided` stage on or before `asOf`, with an
 * outcome) is attached to the agency that ran the project (`project.agencyId`); the agency scorecard weighs the
 * upheld ones (LC80-3.1 credit management). A platform that knows the respondent attaches only those.
 *
 * @example
 * ```ts
 * const inputs = scoreInputs(city.data, bundles, "2025-12-22");
 * inputs.agencies[0]?.complaints; // e.g. [{ id: "C0007", projectId: "P0123", decidedOn: "2025-04-30", outcome: "upheld" }]
 * ```
 */
export function scoreInputs(data: CityData, bundles: readonly ProjectBundle[], asOf: string): ScoreInputs {
  const agencyOf = new Map(bundles.map((b) => [b.project.id, b.project.agencyId]));
  const complaintsOf = new Map<string, AgencyComplaint[]>();
  for (const c of data.complaints) {
    const agencyId = agencyOf.get(c.projectId);
    const decided = c.stages.find((s) => s.stage === "decided")?.on;
    if (agencyId === undefined || decided === undefined || c.outcome === undefined || decided > asOf) continue;
    const list = complaintsOf.get(agencyId) ?? [];
    list.push({ id: c.id, projectId: c.projectId, decidedOn: decided, outcome: c.outcome });
    complaintsOf.set(agencyId, list);
  }
  return {
    agencies: data.agencies.map((a) => ({ ...a, complaints: complaintsOf.get(a.id) ?? [] })),
    experts: { experts: data.experts, evaluations: data.evaluations.filter((e) => e.status === "finished") },
    bidders: {
      bidders: data.bidders,
      abandonments: data.abandonments.filter((a) => a.abandonedOn <= asOf),
      complaints: data.complaints.filter((c) => c.filedOn <= asOf),
    },
  };
}

/**
 * Scores the agencies, experts and bidders of `inputs` as of `asOf` (records dated later are ignored, as
 * `--ignore-later-records` does), and ranks the agencies for each project of `open`.
 *
 * @example
 * ```ts
 * const scores = runScores(scoreInputs(city.data, bundles, "2025-12-22"), comingWeekBundles, "2025-12-22");
 * scores.agencyGrades; // { A: 97, B: 40, … }
 * ```
 */
export function runScores(inputs: ScoreInputs, open: readonly ProjectBundle[], asOf: string, tick?: () => void): ScoresResult {
  const agencies: AgencyScore[] = inputs.agencies
    .map((a) => {
      const r = scoreAgency(a, { asOf, laterRecords: "ignore" });
      tick?.();
      const top = [...r.breakdown]
        .filter((x) => x.points !== 0)
        .sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || (x.itemId < y.itemId ? -1 : 1))
        .slice(0, 3)
        .map((x) => ({ label: `${x.label.zh} / ${x.label.en}`, points: Math.round(x.points * 100) / 100 }));
      return { id: a.id, name: a.name, score: r.score, grade: r.grade, top };
    })
    .sort(byScore);

  const experts = expertRatingSummaries(inputs.experts.experts, inputs.experts.evaluations, { asOf, laterRecords: "ignore" });
  tick?.();

  const names = new Map(inputs.bidders.bidders.map((b) => [b.id, b.name]));
  const bidderResults = scoreBidders(inputs.bidders, { asOf, laterRecords: "ignore" });
  tick?.();
  const bidders: BidderScore[] = bidderResults.map((r) => ({ id: r.subjectId, name: names.get(r.subjectId) ?? r.subjectId, score: r.score, grade: r.grade })).sort(byScore);

  const agencyNames = new Map(inputs.agencies.map((a) => [a.id, a.name]));
  const allAgencies = inputs.agencies;
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
