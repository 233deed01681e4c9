/**
 * Benchmark of the risk analysis over generated OCDS (all indicators and signals, default settings), at 10k,
 * 100k and 1m bids (≈ 5 bids per process, so 1m bids ≈ 200k processes).
 *
 *   npx tsx bench/risk/run.ts [--skip-largest]
 *
 * Prints `BENCH risk <figure> <value>` lines: processes_per_s_<size>, seconds_<size>, peak_rss_mb_<size> and
 * parse_floor_ratio_<size> = analysis time / the time to read the same file and JSON.parse every line (the
 * floor, measured in the same run), plus growth_ratio_<size> = seconds per process against the smallest size
 * (1 means linear). At 1m (every size with --cardinal-all) the same for `--format cardinal` with Cardinal's
 * template settings (the eleven parity indicators only): cardinal_seconds_, cardinal_peak_rss_mb_,
 * cardinal_parse_floor_ratio_. Each measurement runs in a fresh child process, so peak RSS is the analysis's own.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJsonLines } from "../../cli/src/commands/risk";
import { RiskAnalyzer, parseRiskSettings, riskSettingsTemplate } from "../../src/scoring/risk/index";
import { writeDataset } from "../../examples/risk/generate";

const SIZES: ReadonlyArray<[string, number]> = [
  ["10k", 10_000],
  ["100k", 100_000],
  ["1m", 1_000_000],
];

async function child(mode: string, file: string): Promise<void> {
  const t0 = performance.now();
  let processes = 0;
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
    const r = a.finish();
    processes = r.summary.processes;
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ seconds, processes, maxRssKb: process.resourceUsage().maxRSS }));
}

function measure(mode: string, file: string): { seconds: number; processes: number; maxRssKb: number } {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ["--import", "tsx", self, "--child", mode, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out) as { seconds: number; processes: number; maxRssKb: number };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ci = args.indexOf("--child");
  if (ci >= 0) return child(args[ci + 1] as string, args[ci + 2] as string);
  const skipLargest = args.includes("--skip-largest");
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
    process.stdout.write(`BENCH risk parse_floor_ratio_${label} ${(run.seconds / floor.seconds).toFixed(2)}\n`);
    process.stdout.write(`BENCH risk growth_ratio_${label} ${(perProcess / basePerProcess).toFixed(2)}\n`);
    if (label === "1m" || args.includes("--cardinal-all")) {
      const card = measure("cardinal", file);
      process.stdout.write(`BENCH risk cardinal_seconds_${label} ${card.seconds.toFixed(2)}\n`);
      process.stdout.write(`BENCH risk cardinal_peak_rss_mb_${label} ${(card.maxRssKb / 1024).toFixed(0)}\n`);
      process.stdout.write(`BENCH risk cardinal_parse_floor_ratio_${label} ${(card.seconds / floor.seconds).toFixed(2)}\n`);
    }
  }
}

await main();
