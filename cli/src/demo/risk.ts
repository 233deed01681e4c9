import { RiskAnalyzer, SIGNAL_INFO } from "ggzy-rules/scoring";
import type { ProcessRisk, RiskResult, RiskSignalId } from "ggzy-rules/scoring";
import type { ProjectBundle } from "./bundle";
import { ocdsContext, projectRelease } from "./ocds";
import type { CityData } from "./load";

/*
 * Stage 4 of the demo: the risk indicators (LC80-6.5; 招标投标法实施条例 art. 40; the Cardinal parity set) over the
 * city's projects as OCDS compiled releases. Hits are flags with evidence, not verdicts.
 */

/** A ranked process with what the report shows of it. */
export interface RiskRow {
  readonly ocid: string;
  readonly projectName: string;
  readonly score: number;
  readonly grade: string;
  readonly signals: ReadonlyArray<RiskSignalId>;
  readonly hits: ProcessRisk["hits"];
}

export interface RiskStageResult {
  readonly result: RiskResult;
  /** Processes with at least one hit, riskiest first. */
  readonly ranked: RiskRow[];
  /** Hits per signal, with the signal's title. */
  readonly bySignal: ReadonlyArray<{ readonly signal: string; readonly title: { readonly zh: string; readonly en: string }; readonly basis: string; readonly processes: number }>;
  /**
   * The OCDS compiled releases analysed, one JSON text per project (the report writes them as `releases.jsonl`, so
   * `ggzy risk`, `risk coverage` and `risk prepare` — or Cardinal itself — can be run on what the demo saw).
   */
  readonly releases: ReadonlyArray<string>;
}

/**
 * Converts every project to an OCDS release and runs the risk analysis over them, as of `asOf`.
 *
 * @example
 * ```ts
 * const risk = runRisk(bundles, city.data, "2025-12-22");
 * risk.ranked[0]?.signals; // e.g. ["CN40-2", "NET-COBID"]
 * ```
 */
export function runRisk(bundles: readonly ProjectBundle[], data: CityData, asOf: string, tick?: () => void): RiskStageResult {
  const ctx = ocdsContext(data);
  const analyzer = new RiskAnalyzer({ asOf });
  const releases: string[] = [];
  for (const b of bundles) {
    const release = projectRelease(b, ctx, asOf);
    releases.push(JSON.stringify(release));
    analyzer.addRelease(release);
    tick?.();
  }
  const result = analyzer.finish();
  const names = new Map(bundles.map((b) => [b.project.id, b.project.name]));
  const ranked = result.processes
    .filter((p) => p.hits.length > 0)
    .map((p) => ({ ocid: p.ocid, projectName: names.get(p.ocid) ?? p.ocid, score: p.score, grade: p.grade, signals: p.signals, hits: p.hits }))
    // Same score: more distinct signals first (a supervisor reads the top of the list).
    .sort((a, b) => b.score - a.score || new Set(b.signals).size - new Set(a.signals).size || (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
  const counts = new Map<string, number>();
  for (const p of result.processes) for (const s of new Set(p.signals)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const bySignal = [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([signal, processes]) => {
      const info = SIGNAL_INFO[signal as RiskSignalId];
      return { signal, title: info?.title ?? { zh: signal, en: signal }, basis: info?.basis ?? "", processes };
    });
  return { result, ranked, bySignal, releases };
}
