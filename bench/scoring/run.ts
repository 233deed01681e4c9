/*
 * Benchmark of agency credit scoring: agencies with 20 records each (penalties, credit records, complaints,
 * performance reviews), at 10k, 100k, 1m and 2m records (500, 5k, 50k, 100k agencies), through `scoreAgencies` (zod
 * validation + records + scorecard + blacklist). Baseline, measured in the same run: a plain loop over the same
 * records summing weight × 0.5^(age / half-life). Prints `BENCH scoring <figure> <value>` lines:
 *   agencies_per_s_<size>         engine throughput
 *   baseline_agencies_per_s_<size>
 *   ratio_vs_baseline_<size>      engine time / baseline time (how much the validation and breakdown cost)
 *   seconds_<size>                engine time (issue 14: 100k agencies × 20 records, the 2m size, within 2 s)
 *   growth_per_agency_1m_vs_10k   engine time per agency at 1m records / at 10k (≈ 1 when growth is linear)
 * Run: npx tsx bench/scoring/run.ts   (well under 60 s)
 */
import { performance } from "node:perf_hooks";
import type { AgencyCreditInputData } from "../../src/scoring/agency/agency-input";
import { scoreAgencies } from "../../src/scoring/agency/score-agencies";

const AS_OF = "2026-06-30";
const AS_OF_DAY = Date.UTC(2026, 5, 30) / 86_400_000;
const RECORDS_PER_AGENCY = 20;

// A small deterministic generator (no Math.random: runs are comparable).
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function dayToDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function makeAgencies(count: number): AgencyCreditInputData[] {
  const rnd = lcg(count);
  const date = () => dayToDate(AS_OF_DAY - Math.floor(rnd() * 1500));
  const severities = ["warning", "minor", "serious", "grave"] as const;
  const out: AgencyCreditInputData[] = [];
  for (let i = 0; i < count; i++) {
    const part = { publishedOn: "2026-01-10" };
    out.push({
      id: `AG-${String(i).padStart(6, "0")}`,
      name: `代理机构 ${i}`,
      professionalFields: ["construction"],
      disclosure: { personnel: part, practiceRecord: part, internalControls: part, inspectionAndPenaltyRecord: part, creditRecord: part },
      // 20 dated records: 6 penalties, 8 credit records, 3 complaints, 3 performance reviews
      penalties: Array.from({ length: 6 }, () => ({ date: date(), severity: severities[Math.floor(rnd() * 2)] ?? "minor", authority: "局" })),
      creditRecords: Array.from({ length: 8 }, () => ({ date: date(), kind: rnd() < 0.5 ? ("positive" as const) : ("negative" as const), category: "c" })),
      complaints: Array.from({ length: 3 }, () => ({ decidedOn: date(), outcome: rnd() < 0.5 ? ("upheld" as const) : ("groundless" as const) })),
      performanceReviews: Array.from({ length: 3 }, () => ({ reviewedOn: date(), outcome: rnd() < 0.5 ? ("good" as const) : ("poor" as const) })),
    });
  }
  return out;
}

const WEIGHT: Record<string, [number, number]> = { warning: [2, 365], minor: [5, 730], positive: [3, 730], negative: [5, 730], upheld: [5, 730], good: [2, 730], poor: [5, 730] };

function baseline(agencies: ReadonlyArray<AgencyCreditInputData>): number {
  let total = 0;
  const add = (key: string, date: string) => {
    const [w, h] = WEIGHT[key] ?? [0, 1];
    total += w * Math.pow(0.5, (AS_OF_DAY - Date.parse(date) / 86_400_000) / h);
  };
  for (const a of agencies) {
    for (const p of a.penalties ?? []) add(p.severity, p.date);
    for (const c of a.creditRecords ?? []) add(c.kind, c.date);
    for (const c of a.complaints ?? []) add(c.outcome, c.decidedOn);
    for (const r of a.performanceReviews ?? []) add(r.outcome, r.reviewedOn);
  }
  return total;
}

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
}

function bench(records: number, report = true): { perAgency: number } {
  const count = records / RECORDS_PER_AGENCY;
  const agencies = makeAgencies(count);
  let sink = 0;
  const base = time(() => (sink += baseline(agencies)));
  let results = 0;
  const engine = time(() => (results = scoreAgencies(agencies, { asOf: AS_OF }).length));
  if (results !== count || !Number.isFinite(sink)) throw new Error("benchmark did not score every agency");
  if (!report) return { perAgency: engine / count };
  const label = records >= 1_000_000 ? `${records / 1_000_000}m` : `${records / 1000}k`;
  console.log(`BENCH scoring agencies_per_s_${label} ${Math.round(count / engine)}`);
  console.log(`BENCH scoring baseline_agencies_per_s_${label} ${Math.round(count / base)}`);
  console.log(`BENCH scoring ratio_vs_baseline_${label} ${(engine / base).toFixed(2)}`);
  console.log(`BENCH scoring seconds_${label} ${engine.toFixed(2)}`);
  return { perAgency: engine / count };
}

bench(100_000, false); // warm-up (JIT) on 5k agencies, not reported
const small = bench(10_000);
bench(100_000);
const large = bench(1_000_000);
bench(2_000_000);
console.log(`BENCH scoring growth_per_agency_1m_vs_10k ${(large.perAgency / small.perAgency).toFixed(2)}`);
