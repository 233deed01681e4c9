import { resolve } from "node:path";
import { Option } from "commander";
import type { Command } from "commander";
import { bundledCityDir } from "../demo/paths";
import { barProgress, silentProgress } from "../demo/progress";
import { runDemo } from "../demo/run";
import type { DemoResult } from "../demo/run";
import { headline } from "../demo/summary";
import { action, printJson } from "../io";
import { padColumns } from "../table";

interface DemoCliOptions {
  data?: string;
  out: string;
  force?: boolean;
  json?: boolean;
  quiet?: boolean;
  locale?: string;
}

function printSummary(r: DemoResult, outDir: string, seconds: number): void {
  const h = headline(r);
  const lines: string[] = [];
  lines.push("");
  lines.push(`ggzy demo — ${r.city.manifest.name?.zh ?? r.city.dir} (as of ${r.asOf}, ${r.rulesetVersion})`);
  lines.push("");
  const rows: Array<[string, string]> = [
    ["项目 / projects", String(h.projects)],
    ["记录 / records read (rejected)", `${h.recordsRead} (${h.recordsRejected})`],
    ["问题 / findings: error·warning·info", `${h.findings}: ${h.errors}·${h.warnings}·${h.infos} in ${h.rulesWithFindings} rules`],
    ["抽取（含预告核对）/ draws verified (announcements checked)", `${h.drawsVerified}/${h.draws}${h.drawsRefused > 0 ? ` (${h.drawsRefused} refused)` : ""}`],
    ["评分 / scored agencies·experts·bidders", `${h.agencies}·${h.experts}·${h.bidders}`],
    ["代理机构等级 / agency grades", Object.entries(r.scores.agencyGrades).map(([g, n]) => `${g} ${n}`).join(", ")],
    ["风险预警 / processes flagged (hits)", `${h.riskProcesses} (${h.riskHits})`],
  ];
  for (const [k, v] of rows) lines.push(`  ${padColumns(k, 40)} ${v}`);
  if (r.selfCheck.available) {
    lines.push("");
    lines.push(`自检 / self-check: planted cases found per rule and risk signal`);
    lines.push(`  ${padColumns("rule / signal", 48)} ${"planted".padStart(7)} ${"found".padStart(6)} ${"missed".padStart(6)} ${"also".padStart(5)}`);
    for (const c of [...r.selfCheck.rules, ...r.selfCheck.risk]) {
      const flag = c.missed.length > 0 ? `  ✘ ${c.missed.slice(0, 4).join(", ")}` : "";
      lines.push(`  ${padColumns(c.id, 48)} ${String(c.planted).padStart(7)} ${String(c.found).padStart(6)} ${String(c.missed.length).padStart(6)} ${String(c.alsoFound).padStart(5)}${flag}`);
    }
    lines.push(`  ${padColumns("total", 48)} ${String(h.planted).padStart(7)} ${String(h.planted - h.missed).padStart(6)} ${String(h.missed).padStart(6)}`);
  }
  if (r.problems.length > 0) {
    lines.push("");
    lines.push(`无法读取的记录 / records that could not be read: ${r.problems.length}`);
    for (const p of r.problems.slice(0, 10)) lines.push(`  ${p.file}:${p.line}${p.recordId ? ` (${p.recordId})` : ""}: ${p.message}`);
    if (r.problems.length > 10) lines.push(`  … ${r.problems.length - 10} more in findings.json`);
  }
  lines.push("");
  lines.push(`报告 / report: ${resolve(outDir, "report.html")} (and report.md, findings.json/.csv, scores.json/.csv, risk.json/.csv, organisations.csv, releases.jsonl, score-inputs/, draws/) in ${seconds.toFixed(1)} s`);
  lines.push(r.exitCode === 0 ? "✔ every planted case found, every draw verified" : "✘ planted cases missed or a draw not verified (exit 1)");
  process.stdout.write(`${lines.join("\n")}\n`);
}

/**
 * `ggzy demo [--data <dir>] [--out <dir>] [--force] [--json] [--quiet] [--locale bilingual|zh]`: runs the library end to end over a city's data
 * (default: the bundled demo city) and writes a report. Exit 0 when every planted case was found and every draw
 * verified, 1 otherwise, 2 on bad input or usage (e.g. an existing output directory without --force).
 *
 * @example
 * ```ts
 * const program = new Command("ggzy");
 * registerDemo(program);
 * await program.parseAsync(["demo", "--out", "ggzy-report", "--force"], { from: "user" });
 * ```
 */
export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("演示：校验、抽取、评分、风险预警并生成报告 / run the library end to end over a city's data and write a report")
    .option("--data <dir>", "城市数据目录（默认：内置演示城市）/ city data directory (default: the bundled demo city)")
    .option("--out <dir>", "报告目录 / report directory", "ggzy-report")
    .option("--force", "覆盖已有报告目录 / overwrite an existing report directory")
    .option("--json", "JSON output")
    .option("--quiet", "不显示进度 / no progress on stderr")
    .addOption(new Option("--locale <locale>", "报告语言：bilingual 中英对照，zh 仅中文 / report language: bilingual, or zh (Chinese only)").choices(["bilingual", "zh"]).default("bilingual"))
    .action(
      action((opts: DemoCliOptions) => {
        // The clock is read here, in the CLI, only to tell the user how long the run took; no result depends on it.
        const started = performance.now();
        const progress = opts.quiet || opts.json || !process.stderr.isTTY ? silentProgress : barProgress();
        const result = runDemo({ dataDir: opts.data ?? bundledCityDir(), outDir: opts.out, force: opts.force === true, progress, locale: opts.locale === "zh" ? "zh" : "bilingual" });
        const seconds = (performance.now() - started) / 1000;
        if (opts.json) {
          printJson({
            asOf: result.asOf,
            rulesetVersion: result.rulesetVersion,
            headline: headline(result),
            selfCheck: result.selfCheck,
            // A draw not verified says why, as `ggzy verify --json` does: the first difference and what it was checked against.
            draws: result.draws.map((d) => ({ drawId: d.drawId, kind: d.kind, status: d.status, verified: d.verified ?? null, ...(d.verified === false ? { firstDifference: d.firstDifference, against: d.against } : {}) })),
            problems: result.problems,
            report: resolve(opts.out),
            exitCode: result.exitCode,
          });
        } else printSummary(result, opts.out, seconds);
        return result.exitCode;
      }),
    );
}
