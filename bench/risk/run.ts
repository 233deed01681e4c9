/**
 * Benchmark of the risk analysis over generated OCDS (all indicators and signals, default settings), at 10k,
 * 100k and 1m bids (≈ 5 bids per process, so 1m bids ≈ 200k processes).
 *
 *   npx tsx bench/risk/run.ts [--skip-largest] [--one-tender]
 *
 * Prints `BENCH risk <figure> <value>` lines: processes_per_s_<size>, seconds_<size>, peak_rss_mb_<size> and
 * parse_floor_ratio_<size> = analysis time / the time to read the same file and JSON.parse every line (the
 * floor, measured in the same run), plus growth_ratio_<size> = seconds per process against the smallest size
 * (1 means linear). At 1m (every size with --cardinal-all) the same for `--format cardinal` with Cardinal's
 * template settings (the eleven parity indicators only): cardinal_seconds_, cardinal_peak_rss_mb_,
 * cardinal_parse_floor_ratio_. Each measurement runs in a fresh child process, so peak RSS is the analysis's own.
 * kept_bytes_per_process_<size>: the live heap the analysis holds at the end of the input (after a forced GC, before
 * `finish`), less the heap before the first line, per process: what grows with the input (it includes the code
 * the run compiled, a few MB, so the smallest size reads high).
 * Then one_tender_us_per_bid_<n> and one_tender_per_bid_ratio_<n>: one tender of 10 … 10,000 bids (`--one-tender` alone).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJsonLines } from "../../cli/src/lines";
import { RiskAnalyzer, analyzeReleases, parseRiskSettings, riskSettingsTemplate } from "../../src/scoring/risk/index";
import { writeDataset } from "../../examples/risk/generate";

const SIZES: ReadonlyArray<[string, number]> = [
  ["10k", 10_000],
  ["100k", 100_000],
  ["1m", 1_000_000],
];

/** Live heap after a full GC (the child runs with --expose-gc), and the time the GC took. */
function liveHeap(): { bytes: number; ms: number } {
  const t = performance.now();
  (globalThis as { gc?: () => void }).gc?.();
  return { bytes: process.memoryUsage().heapUsed, ms: performance.now() - t };
}

async function child(mode: string, file: string): Promise<void> {
  const before = liveHeap();
  const t0 = performance.now();
  let processes = 0;
  let keptBytes = 0;
  let gcMs = 0;
  if (mode === "floor") {
    for await (const line of readJsonLines(file)) {
      if (typeof line === "string" ? line.trim() === "" : line.length === 0) continue;
      JSON.parse(typeof line === "string" ? line : new TextDecoder().decode(line));
      processes++;
    }
  } else if (mode === "cardinal") {
    // What `ggzy risk --format cardinal --settings <Cardinal's template>` runs: the eleven parity indicators only.
    const settings = { ...parseRiskSettings(riskSettingsTemplate(), "ini"), partB: {} };
    const a = new RiskAnalyzer({ settings });
    for await (const line of readJsonLines(file)) a.addLine(line);
    processes = a.finish().summary.processes;
  } else {
    const a = new RiskAnalyzer();
    for await (const line of readJsonLines(file)) a.addLine(line);
    const end = liveHeap();
    keptBytes = end.bytes - before.bytes;
    gcMs = end.ms;
    const r = a.finish();
    processes = r.summary.processes;
  }
  const seconds = (performance.now() - t0 - gcMs) / 1000;
  process.stdout.write(JSON.stringify({ seconds, processes, maxRssKb: process.resourceUsage().maxRSS, keptBytes }));
}

function measure(mode: string, file: string): { seconds: number; processes: number; maxRssKb: number; keptBytes: number } {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", self, "--child", mode, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out) as { seconds: number; processes: number; maxRssKb: number; keptBytes: number };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ci = args.indexOf("--child");
  if (ci >= 0) return child(args[ci + 1] as string, args[ci + 2] as string);
  const skipLargest = args.includes("--skip-largest");
  if (args.includes("--one-tender")) return oneTender();
  const dir = join(tmpdir(), "ggzy-risk-bench");
  mkdirSync(dir, { recursive: true });
  let basePerProcess: number | undefined;
  for (const [label, bids] of SIZES) {
    if (skipLargest && label === "1m") continue;
    const file = join(dir, `risk-${label}.jsonl`);
    const truth = join(dir, `risk-${label}.truth.json`);
    // About 5 bids per process and 5 % planted processes; the generator is seeded, so the file is the same each run.
    if (!existsSync(file)) await writeDataset({ seed: `bench-${label}`, cleanProcesses: Math.round(bids / 5.45) }, file, truth);
    const floor = measure("floor", file);
    const run = measure("analyse", file);
    const perProcess = run.seconds / run.processes;
    basePerProcess ??= perProcess;
    const mb = (statSync(file).size / 1048576).toFixed(0);
    process.stdout.write(`# ${label}: ${run.processes} processes, ${mb} MB; floor ${floor.seconds.toFixed(2)} s\n`);
    process.stdout.write(`BENCH risk processes_per_s_${label} ${(run.processes / run.seconds).toFixed(0)}\n`);
    process.stdout.write(`BENCH risk seconds_${label} ${run.seconds.toFixed(2)}\n`);
    process.stdout.write(`BENCH risk peak_rss_mb_${label} ${(run.maxRssKb / 1024).toFixed(0)}\n`);
    process.stdout.write(`BENCH risk kept_bytes_per_process_${label} ${(run.keptBytes / run.processes).toFixed(0)}\n`);
    process.stdout.write(`BENCH risk parse_floor_ratio_${label} ${(run.seconds / floor.seconds).toFixed(2)}\n`);
    process.stdout.write(`BENCH risk growth_ratio_${label} ${(perProcess / basePerProcess).toFixed(2)}\n`);
    if (label === "1m" || args.includes("--cardinal-all")) {
      const card = measure("cardinal", file);
      process.stdout.write(`BENCH risk cardinal_seconds_${label} ${card.seconds.toFixed(2)}\n`);
      process.stdout.write(`BENCH risk cardinal_peak_rss_mb_${label} ${(card.maxRssKb / 1024).toFixed(0)}\n`);
      process.stdout.write(`BENCH risk cardinal_parse_floor_ratio_${label} ${(card.seconds / floor.seconds).toFixed(2)}\n`);
    }
  }
  oneTender();
}

/** One open tender with `n` valid bids from `n` firms and one award (the shape issue #19 found quadratic). */
function tenderWithBids(n: number): Record<string, unknown> {
  const firms = Array.from({ length: n }, (_, i) => ({ id: `F${i}`, name: `Firm ${i}`, roles: ["tenderer"] }));
  return {
    ocid: `ocds-bench-${n}`,
    id: "1",
    date: "2024-04-16T10:00:00+08:00",
    tag: ["compiled"],
    buyer: { id: "T-1", name: "Buyer" },
    parties: [{ id: "T-1", name: "Buyer", roles: ["buyer"] }, ...firms],
    tender: {
      id: "t",
      procurementMethod: "open",
      mainProcurementCategory: "works",
      value: { amount: 1e7, currency: "CNY" },
      tenderPeriod: { startDate: "2024-03-01T09:00:00+08:00", endDate: "2024-03-25T09:00:00+08:00" },
      numberOfTenderers: n,
    },
    bids: { details: firms.map((f, i) => ({ id: `b${i}`, status: "valid", date: "2024-03-20T09:00:00+08:00", tenderers: [{ id: f.id, name: f.name }], value: { amount: 9e6 + i * 137, currency: "CNY" } })) },
    awards: [{ id: "a", status: "active", date: "2024-04-01T09:00:00+08:00", suppliers: [{ id: "F0", name: "Firm 0" }], value: { amount: 9e6, currency: "CNY" } }],
  };
}

/**
 * Risk time per bid for ONE tender of 10 to 10,000 bids, as a ratio to the time per bid at 10 bids (median of
 * rounds; the fixed cost of an analysis is measured with an empty tender and taken off). Flat (≤ 1) means linear
 * in a tender's bids; issue #19 found ~2 s at 2,000 bids, growing with the square.
 */
function oneTender(): void {
  const timeOf = (release: Record<string, unknown>, rounds: number): number => {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      analyzeReleases([release]);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
  };
  const fixed = timeOf(tenderWithBids(0), 15);
  let base: number | undefined;
  for (const n of [10, 100, 1_000, 10_000]) {
    const rounds = n >= 10_000 ? 3 : n >= 1_000 ? 7 : 15;
    const perBid = Math.max(timeOf(tenderWithBids(n), rounds) - fixed, 0) / n;
    base ??= perBid;
    process.stdout.write(`BENCH risk one_tender_us_per_bid_${n} ${(perBid * 1000).toFixed(1)}\n`);
    process.stdout.write(`BENCH risk one_tender_per_bid_ratio_${n} ${(perBid / base).toFixed(2)}\n`);
  }
}

await main();
