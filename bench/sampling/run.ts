/**
 * Benchmark of a recorded committee draw (7 members + 3 alternates over 3 strata) from pools of 50 (a city's pool for
 * one project: what a platform draws every day), 1k, 10k, 100k and 1M experts. Prints, per size:
 *   BENCH sampling per_member_ns_<size>  <ns per pool member for the whole draw: validation, canonical order,
 *                                         eligibility, hashing, selection, record>
 *   BENCH sampling floor_ratio_<size>    <draw time / time to canonically hash the same pool alone (the floor)>
 * and at the end
 *   BENCH sampling growth_<first>_to_<last> <per-member cost at the largest size / at the smallest from 1k: 1 = linear>
 *   BENCH sampling floor_growth_<first>_to_<last> <the same for the floor (the machine's caches, not the draw)>
 *   BENCH sampling peak_rss_mb <the process's peak resident memory, pool data included>
 * Target: floor_ratio ≤ 1.5 and growth ≈ 1 (linear). Run: `npx tsx bench/sampling/run.ts [sizes…]` (~60–90 s).
 *
 * Method: a warm-up first (a 10k pool, so that even `run.ts 1000000` measures optimised code, then a few rounds at
 * each size); then, per size, repeated samples in which floor and draw ALTERNATE (same machine load, same collector
 * state), each sample timing enough back-to-back runs to last ~100 ms; the figure is the median of the samples. The
 * floor is the SHA-256 of the pool's JCS text, each item serialised and encoded to UTF-8 in turn into a 1 MB buffer
 * that is fed to SHA-256 whenever full, in the order given — the least any draw must do to commit to the pool
 * (checked against `hashCanonical(pool)` on the small pools). It never holds the whole text (hundreds of megabytes
 * for 1M), and neither does the draw.
 */
import { performance } from "node:perf_hooks";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import { drawCommittee } from "../../src/sampling/committee";
import { canonicalJson, hashCanonical } from "../../src/model/canonical";
import { median } from "../median";

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

/**
 * The floor: SHA-256(JCS(pool)) — each item's JCS text encoded to UTF-8 straight into one reusable 1 MB buffer,
 * in the order given (memory order, the fastest), and the buffer hashed whenever it is full (whole SHA-256 blocks,
 * no copy per item). The least any draw must do to commit to the pool.
 */
function floorHash(pool: readonly unknown[]): string {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1 << 20);
  let used = 0;
  // `text` preceded by `prefix` (one ASCII byte, or none), as UTF-8.
  const feed = (prefix: number, text: string): void => {
    const room = text.length * 3 + 1;
    if (used + room > bytes.length) {
      hash.update(bytes.subarray(0, used));
      used = 0;
      if (room > bytes.length) bytes = new Uint8Array(room);
    }
    if (prefix >= 0) bytes[used++] = prefix;
    used += encoder.encodeInto(text, bytes.subarray(used)).written;
  };
  feed(-1, "[");
  for (let i = 0; i < pool.length; i++) feed(i === 0 ? -1 : 0x2c, canonicalJson(pool[i]));
  feed(-1, "]");
  hash.update(bytes.subarray(0, used));
  return bytesToHex(hash.digest());
}

let sink = "";
/** Milliseconds per run of `f`, over `runs` back-to-back runs. */
function timePerRun(f: () => string, runs: number): number {
  const t = performance.now();
  for (let r = 0; r < runs; r++) sink = f();
  return (performance.now() - t) / runs;
}

const LABEL: Record<number, string> = { 50: "50", 1_000: "1k", 10_000: "10k", 100_000: "100k", 1_000_000: "1m" };
const label = (n: number): string => LABEL[n] ?? String(n);
const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [50, 1_000, 10_000, 100_000, 1_000_000];

// Samples per size: more where a sample is cheap and noisy, fewer where one pair of runs takes tens of seconds
// (1M: two pairs, ~25 s each, to stay within ~90 s; the median of two is their mean).
const samplesFor = (n: number): number => (n <= 10_000 ? 11 : n <= 100_000 ? 3 : 2);
const SAMPLE_MS = 100;

const draw = (req: unknown) => (): string => drawCommittee(req as never).record.resultHash;
const floor = (pool: readonly unknown[]) => (): string => floorHash(pool);

{
  // Global warm-up on a 10k pool: the JIT optimises the draw, the serialiser and the hash before any figure.
  const pool = makePool(10_000);
  if (floorHash(pool) !== hashCanonical(pool)) throw new Error("the streamed floor does not hash the pool's JCS text");
  const req = request(pool);
  for (let w = 0; w < 5; w++) {
    timePerRun(draw(req), 1);
    timePerRun(floor(pool), 1);
  }
}

const perMember = new Map<number, number>();
const floorPerMember = new Map<number, number>();
for (const n of sizes) {
  const pool = makePool(n);
  if (n <= 10_000 && floorHash(pool) !== hashCanonical(pool)) throw new Error("the streamed floor does not hash the pool's JCS text");
  const req = request(pool);
  const d = draw(req);
  const f = floor(pool);
  // Warm-up at this size (one pair for large pools), which also sizes the samples.
  const warm = n >= 1_000_000 ? 0 : n >= 100_000 ? 1 : 3;
  let estimate = Infinity;
  for (let w = 0; w < warm; w++) {
    estimate = timePerRun(d, 1);
    timePerRun(f, 1);
  }
  const runs = Number.isFinite(estimate) ? Math.max(1, Math.ceil(SAMPLE_MS / Math.max(estimate, 0.01))) : 1;
  const draws: number[] = [];
  const floors: number[] = [];
  for (let s = 0; s < samplesFor(n); s++) {
    // Alternate which side goes first, so neither always meets the garbage the other left.
    if (s % 2 === 0) {
      floors.push(timePerRun(f, runs));
      draws.push(timePerRun(d, runs));
    } else {
      draws.push(timePerRun(d, runs));
      floors.push(timePerRun(f, runs));
    }
  }
  const drawMs = median(draws);
  const floorMs = median(floors);
  perMember.set(n, (drawMs * 1e6) / n);
  floorPerMember.set(n, (floorMs * 1e6) / n);
  console.log(`BENCH sampling per_member_ns_${label(n)} ${((drawMs * 1e6) / n).toFixed(0)}`);
  console.log(`BENCH sampling floor_ratio_${label(n)} ${(drawMs / floorMs).toFixed(2)}`);
  console.log(`# ${label(n)}: ${samplesFor(n)} samples × ${runs} run(s); draw median ${drawMs.toFixed(1)} ms, floor median ${floorMs.toFixed(1)} ms`);
}
// Growth from 1k up: at 50 members the fixed cost of a draw (request, record, hashes) is most of it, by nature.
const grown = sizes.filter((n) => n >= 1_000);
if (grown.length > 1) {
  const first = grown[0] as number;
  const last = grown[grown.length - 1] as number;
  const growth = (perMember.get(last) as number) / (perMember.get(first) as number);
  console.log(`BENCH sampling growth_${label(first)}_to_${label(last)} ${growth.toFixed(2)}`);
  // The floor's own growth over the same sizes: what the machine's caches add per member when the pool outgrows
  // them. A draw that grows like its floor adds nothing super-linear of its own.
  const floorGrowth = (floorPerMember.get(last) as number) / (floorPerMember.get(first) as number);
  console.log(`BENCH sampling floor_growth_${label(first)}_to_${label(last)} ${floorGrowth.toFixed(2)}`);
}
console.log(`BENCH sampling peak_rss_mb ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
if (sink.length !== 64) throw new Error("unexpected hash");
