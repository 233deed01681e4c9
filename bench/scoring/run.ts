/*
 * Benchmark of agency credit scoring: agencies with 20 records each (penalties, credit records, complaints,
 * performance reviews), at 10k, 100k, 1m and 2m records (500, 5k, 50k, 100k agencies), through `scoreAgencies` (zod
 * validation + records + scorecard with its full breakdown + blacklist). Baseline, measured in the same run: a plain
 * loop over the same records doing the scorecard's arithmetic (decayed weights summed per item, caps, bounds, rounding,
 * grade, blacklist window), without validation or breakdown objects. 3 rounds each time the floor loop and the engine
 * in turn, per call over at least 0.2 s; a ratio is the median of the rounds' own ratios, a time the median time (see
 * `ROUNDS`, `timePerCall`; the read-all and copy figures at 2m are one run, in the first round).
 * Prints `BENCH scoring <figure> <value>` lines:
 *   agencies_per_s_<size>         engine throughput
 *   baseline_agencies_per_s_<size>
 *   ratio_vs_baseline_<size>      engine time / baseline time (how much the validation and breakdown cost)
 *   seconds_<size>                engine time (issue 14: 100k agencies × 20 records, the 2m size, within 2 s)
 *   growth_per_agency_1m_vs_10k   engine time per agency at 1m records / at 10k (≈ 1 when growth is linear)
 *   agencies_per_s_items_<size>, ratio_vs_baseline_items_<size>, seconds_items_<size>
 *                                 the same at `detail: "items"` (each item's points and record count, no per-record
 *                                 entries), timed after the default level in the same run, against the same baseline
 *   agencies_per_s_onread_<size>, ratio_vs_baseline_onread_<size>, seconds_onread_<size>
 *                                 the same with `breakdown: "onRead"` (each breakdown built when first read; none is
 *                                 read here: a registry that reads scores and grades)
 *   seconds_onread_read_all_2m    at 2m only: `breakdown: "onRead"`, then every result's breakdown read once (what a
 *   ratio_vs_baseline_onread_read_all_2m  caller that reads or serializes every breakdown would pay with that option)
 *   output_copy_seconds_2m        a second floor, at 2m only: a copy of the engine's result, object by object in the
 *   ratio_vs_output_copy_2m       same shapes (what building the breakdown costs by itself, with no arithmetic or
 *                                 validation); engine time / copy time. Printed beside the first floor, not instead.
 * Measures the built package (dist/; SCORING_DIST=/abs/path/to/another/dist measures that build instead, for before /
 * after runs alternating). Run: npm run bench -- scoring, or npm run build, then
 * node --import tsx --expose-gc bench/scoring/run.ts (without --expose-gc each run
 * also collects the garbage of the run before it). About two minutes on a quiet machine; several on a loaded one.
 */
import { performance } from "node:perf_hooks";
import { existsSync } from "node:fs";
import type { AgencyCredit } from "../../src/scoring/index";
import { AS_OF, RECORDS_PER_AGENCY, floorLoop, makeAgencies } from "./agencies";
import { median } from "../median";

// The built package, as a platform runs it (`npm run bench` builds first). Run from src under tsx, the figures would
// also count tsx's keepNames helper, which names every closure a call creates: 6% of a cold 2m run in a CPU profile.
const built = process.env.SCORING_DIST !== undefined ? new URL(`file://${process.env.SCORING_DIST}/scoring/index.js`) : new URL("../../dist/scoring/index.js", import.meta.url);
if (!existsSync(built)) throw new Error("bench/scoring measures the built package: run `npm run build` first");
const { defaultAgencyScorecard, scoreAgencies } = (await import(built.href)) as typeof import("../../src/scoring/index");

// The generator and the floor loop (bench/scoring/agencies.ts), the floor on the built package's default scorecard.
const baseline = floorLoop(defaultAgencyScorecard);

// The second floor: the result rebuilt object by object in the same shapes and key order, while
// the original stays alive as the engine's own output does. It shows what the breakdown costs by itself: about
// 60 objects per agency that live to the end of the call, which the garbage collector copies and marks.
function copyOfOutput(out: ReadonlyArray<AgencyCredit>): unknown[] {
  return out.map((a) => ({
    agencyId: a.agencyId,
    name: a.name,
    credit: {
      subjectId: a.credit.subjectId,
      scorecard: { id: a.credit.scorecard.id, version: a.credit.scorecard.version },
      asOf: a.credit.asOf,
      score: a.credit.score,
      grade: a.credit.grade,
      base: a.credit.base,
      boundsAdjustment: a.credit.boundsAdjustment,
      breakdown: a.credit.breakdown.map((b) => ({
        itemId: b.itemId,
        kind: b.kind,
        effect: b.effect,
        label: { zh: b.label.zh, en: b.label.en },
        points: b.points,
        uncappedPoints: b.uncappedPoints,
        capped: b.capped,
        records: b.records.map((r) => ({ index: r.index, id: r.id, kind: r.kind, date: r.date, ageDays: r.ageDays, quantity: r.quantity, decay: r.decay, points: r.points })),
      })),
    },
    blacklist: { ...a.blacklist, reasons: a.blacklist.reasons.map((r) => ({ ...r })) },
  }));
}

// With --expose-gc (as `npm run bench` runs it), each engine run starts from a collected heap, so a run does not pay
// for the garbage of the one before (at 2m, the default level's result and its copy are 1–2 GB).
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Seconds of one call of `f`. */
function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
}

/**
 * Seconds per call of `f`, called again until 0.2 s have passed (a 2m-record call is timed once). At 10k records a
 * call takes a few milliseconds, where one young-generation collection, or the moment the JIT optimizes a function,
 * weighs as much as the work: one such call gave ratios from 1.4 to 6.7 between runs of one build (session 13).
 */
function timePerCall(f: () => unknown): number {
  const t0 = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    f();
    calls++;
    elapsed = performance.now() - t0;
  } while (elapsed < 200);
  return elapsed / 1000 / calls;
}

/**
 * At 2m only, once (the first round's floor loop and default run): with breakdown: "onRead", what a caller that reads
 * every breakdown pays — scoring, then every result's breakdown read once; and the copy floor, which copies the
 * default output (all built).
 */
function floorsAt2m(agencies: ReturnType<typeof makeAgencies>, out: ReadonlyArray<AgencyCredit>, base: number, engine: number): void {
  let onReadOut: AgencyCredit[] = [];
  collect();
  let read = 0;
  const readAll = time(() => {
    onReadOut = scoreAgencies(agencies, { asOf: AS_OF, breakdown: "onRead" });
    for (const a of onReadOut) read += a.credit.breakdown.length;
  });
  onReadOut = [];
  if (read === 0) throw new Error("read-all run read no breakdown");
  console.log(`BENCH scoring seconds_onread_read_all_2m ${readAll.toFixed(2)}`);
  console.log(`BENCH scoring ratio_vs_baseline_onread_read_all_2m ${(readAll / base).toFixed(2)}`);
  let copied = 0;
  const copy = time(() => (copied = copyOfOutput(out).length));
  if (copied !== out.length) throw new Error("copy floor did not copy every agency");
  console.log(`BENCH scoring output_copy_seconds_2m ${copy.toFixed(2)}`);
  console.log(`BENCH scoring ratio_vs_output_copy_2m ${(engine / copy).toFixed(2)}`);
}

// Each round times the floor loop and the engine in turn, and each ratio is the MEDIAN over the rounds of the
// round's own engine / floor (paired: both measured at about the same moment), each seconds figure the median of the
// rounds too. On a shared machine another tenant's load can double one run: one run of each, the floor loop right
// after the agencies were generated and the engine later, gave the 2m ratio of `"onRead"` from 2.7 to 4.4 over five
// runs of one build (session 13).
const ROUNDS = 3;

function bench(records: number, report = true, copyFloor = false): { perAgency: number } {
  const count = records / RECORDS_PER_AGENCY;
  const agencies = makeAgencies(count);
  let sink = 0;
  const rounds: Array<{ base: number; engine: number; items: number; onRead: number }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    collect();
    const base = timePerCall(() => (sink += baseline(agencies)));
    let out: AgencyCredit[] = [];
    collect();
    const engine = timePerCall(() => (out = scoreAgencies(agencies, { asOf: AS_OF })));
    if (out.length !== count || !Number.isFinite(sink)) throw new Error("benchmark did not score every agency");
    if (copyFloor && round === 0) floorsAt2m(agencies, out, base, engine);
    out = [];
    let items: unknown[] = [];
    collect();
    const itemsEngine = timePerCall(() => (items = scoreAgencies(agencies, { asOf: AS_OF, detail: "items" })));
    if (items.length !== count) throw new Error("benchmark did not score every agency at the items level");
    items = [];
    collect();
    const onRead = timePerCall(() => (items = scoreAgencies(agencies, { asOf: AS_OF, breakdown: "onRead" })));
    if (items.length !== count) throw new Error("benchmark did not score every agency with breakdown: onRead");
    rounds.push({ base, engine, items: itemsEngine, onRead });
  }
  const seconds = (key: "base" | "engine" | "items" | "onRead"): number => median(rounds.map((r) => r[key]));
  const ratio = (key: "engine" | "items" | "onRead"): string => median(rounds.map((r) => r[key] / r.base)).toFixed(2);
  const [base, engine, itemsEngine, onReadEngine] = [seconds("base"), seconds("engine"), seconds("items"), seconds("onRead")];
  if (!report) return { perAgency: engine / count };
  const label = records >= 1_000_000 ? `${records / 1_000_000}m` : `${records / 1000}k`;
  console.log(`BENCH scoring agencies_per_s_${label} ${Math.round(count / engine)}`);
  console.log(`BENCH scoring baseline_agencies_per_s_${label} ${Math.round(count / base)}`);
  console.log(`BENCH scoring ratio_vs_baseline_${label} ${ratio("engine")}`);
  console.log(`BENCH scoring seconds_${label} ${engine.toFixed(3)}`);
  console.log(`BENCH scoring agencies_per_s_items_${label} ${Math.round(count / itemsEngine)}`);
  console.log(`BENCH scoring ratio_vs_baseline_items_${label} ${ratio("items")}`);
  console.log(`BENCH scoring seconds_items_${label} ${itemsEngine.toFixed(3)}`);
  console.log(`BENCH scoring agencies_per_s_onread_${label} ${Math.round(count / onReadEngine)}`);
  console.log(`BENCH scoring ratio_vs_baseline_onread_${label} ${ratio("onRead")}`);
  console.log(`BENCH scoring seconds_onread_${label} ${onReadEngine.toFixed(3)}`);
  return { perAgency: engine / count };
}

bench(100_000, false); // warm-up (JIT) on 5k agencies, not reported
const small = bench(10_000);
bench(100_000);
const large = bench(1_000_000);
bench(2_000_000, true, true);
console.log(`BENCH scoring growth_per_agency_1m_vs_10k ${(large.perAgency / small.perAgency).toFixed(2)}`);
