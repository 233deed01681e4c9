/**
 * Benchmark of a recorded committee draw (7 members + 3 alternates over 3 strata) from pools of 1k, 10k, 100k and 1M
 * experts. Prints, per size:
 *   BENCH sampling per_member_ns_<size> <ns per pool member for the whole draw: validation, canonical order,
 *                                        eligibility, hashing, selection, record>
 *   BENCH sampling floor_ratio_<size>   <draw time / time to canonically hash the same pool alone (the floor)>
 * Target: floor_ratio ≤ 1.5 and per-member cost flat (linear growth). Run: `npx tsx bench/sampling/run.ts [sizes…]`.
 */
import { performance } from "node:perf_hooks";
import { drawCommittee } from "../../src/sampling/committee";
import { hashCanonical } from "../../src/model/canonical";

const SPECIALTIES = ["A01", "B02", "C03"];

// A realistic expert record as a platform sends it (admission review, specialties, employer, history).
function makePool(n: number): Record<string, unknown>[] {
  const pool: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    // Ids in a scrambled order, so the draw has to sort them (a real export is not sorted by id).
    const k = (i * 2654435761) % 4294967296;
    pool.push({
      id: `EXP-${k.toString(16).padStart(8, "0")}-${i}`,
      name: `专家${i}`,
      region: i % 4 === 0 ? "370102" : "371502",
      pools: [{ pool: "construction", admission: { reviewedBy: "市公管办", reviewedOn: "2021-03-01", approved: true } }],
      specialties: [SPECIALTIES[i % 3] as string],
      employer: { id: `ORG-${i % 5000}`, name: `单位${i % 5000}` },
      employmentKind: i % 97 === 0 ? "industrySupervisor" : "private",
      ...(i % 101 === 0 ? { status: "suspended" } : {}),
      ...(i % 50 === 0 ? { employments: [{ employerId: "BID-1", from: "2020-01-01", to: "2023-06-30" }] } : {}),
    });
  }
  return pool;
}

function request(pool: Record<string, unknown>[]) {
  return {
    drawId: "BENCH-1",
    createdAt: "2024-05-06T09:00:00+08:00",
    seedMaterial: { kind: "hex", value: "c0ffee".repeat(11) },
    salt: "5f1c2a9e0b7d4c3e8a6f1b2d3c4e5f60",
    params: {
      strata: [
        { specialty: "A01", count: 3, alternates: 1 },
        { specialty: "B02", count: 2, alternates: 1 },
        { specialty: "C03", count: 2, alternates: 1 },
      ],
      maxPerEmployer: 1,
      nonLocalMinPercent: 30,
    },
    inputs: {
      project: { id: "P1", name: "项目", category: "construction", procurementMethod: "open", supervisingDepartmentId: "D1", tendererId: "T1", electronic: true, region: "371502" },
      bidders: [{ id: "BID-1", name: "甲" }, { id: "BID-2", name: "乙" }],
      pool,
    },
  };
}

// No forced gc() between timings: measured, it made the small pools slower and noisier (a cold young generation).
function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const LABEL: Record<number, string> = { 1_000: "1k", 10_000: "10k", 100_000: "100k", 1_000_000: "1m" };
const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [1_000, 10_000, 100_000, 1_000_000];
for (const n of sizes) {
  const pool = makePool(n);
  const req = request(pool);
  const runs = n >= 1_000_000 ? 1 : n >= 100_000 ? 3 : n >= 10_000 ? 7 : 25;
  // Warm the JIT up on both sides (small pools need many rounds before the code is optimised).
  const warmups = n <= 1_000 ? 30 : n <= 10_000 ? 5 : n < 1_000_000 ? 1 : 0;
  for (let w = 0; w < warmups; w++) {
    drawCommittee(req as never);
    hashCanonical(pool);
  }
  // Floor and draw alternate, so both meet the same machine load and garbage-collector state; best of each.
  let floor = Infinity;
  let draw = Infinity;
  for (let r = 0; r < runs; r++) {
    floor = Math.min(floor, time(() => hashCanonical(pool)));
    draw = Math.min(draw, time(() => drawCommittee(req as never)));
  }
  const label = LABEL[n] ?? String(n);
  console.log(`BENCH sampling per_member_ns_${label} ${((draw * 1e6) / n).toFixed(0)}`);
  console.log(`BENCH sampling floor_ratio_${label} ${(draw / floor).toFixed(2)}`);
}
