import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { shippedVerifierPage } from "../verifier/shipped";
import { join, resolve } from "node:path";
import { GgzyError } from "ggzy-rules/model";
import type { Evaluation, SpotCheckQuarter } from "ggzy-rules/model";
import { UNASSIGNED_STRATUM } from "ggzy-rules/sampling";
import { defaultRuleSet } from "ggzy-rules/rules";
import { bundleProjects } from "./bundle";
import type { ProjectBundle } from "./bundle";
import { comingWeek, countDraws, runDraws } from "./draws";
import type { DrawsResult, DrawSummary } from "./draws";
import { loadCity } from "./load";
import type { FileSummary, InputProblem, CityManifest } from "./load";
import pkg from "../../package.json";
import { reportContext } from "./context";
import type { ReportContext } from "./context";
import { findingsCsv, organisationsCsv, riskCsv, riskJson, scoresCsv } from "./exports";
import { chartJsSource } from "./paths";
import { silentProgress } from "./progress";
import type { Progress } from "./progress";
import { renderHtmlReport } from "./report-html";
import { renderMarkdownReport } from "./report-md";
import { runRisk } from "./risk";
import type { RiskStageResult } from "./risk";
import { runScores, scoreInputs } from "./scores";
import type { ScoresResult } from "./scores";
import { selfCheck } from "./self-check";
import type { SelfCheck } from "./self-check";
import { validateBundle, validateExpert, validateSpotCheck } from "./validate";
import type { DemoFinding } from "./validate";

/*
 * The demo end to end: read the city, draw the coming week, validate every record, score, run the risk indicators,
 * check the result against the ground truth, write the report. Presentation and orchestration only: every decision
 * is made by the library's public API (rules, sampling, scoring).
 */

/** Options of `runDemo`. */
export interface DemoOptions {
  /** The city directory (see examples/demo-city). */
  readonly dataDir: string;
  /** The report directory. */
  readonly outDir: string;
  /** Overwrite an existing report directory. */
  readonly force?: boolean;
  readonly progress?: Progress;
  /** `bilingual` (default): Chinese with English beside it; `zh`: Chinese only. */
  readonly locale?: ReportLocale;
  /** Time of generation printed in the report (ISO 8601); default: the clock, read here (the application may). */
  readonly generatedAt?: string;
}

/** Languages of the report. */
export type ReportLocale = "bilingual" | "zh";

/** Everything the demo found, as written to the report files. */
export interface DemoResult {
  readonly city: { readonly dir: string; readonly manifest: CityManifest; readonly files: ReadonlyArray<FileSummary> };
  readonly asOf: string;
  readonly rulesetVersion: string;
  /** Content hash of the rule set (RFC 8785 + SHA-256), as the decision log records it. */
  readonly rulesetHash: string;
  /** Version of ggzy-cli that wrote the report. */
  readonly toolVersion: string;
  /** When the report was written (ISO 8601, from the clock unless given). */
  readonly generatedAt: string;
  /** Lookups for the breakdowns (department, agency, district, date of each project; names). */
  readonly context: ReportContext;
  readonly problems: ReadonlyArray<InputProblem>;
  readonly orphans: ReadonlyArray<{ readonly kind: string; readonly id: string; readonly projectId: string }>;
  readonly validation: {
    readonly checked: Readonly<Record<string, number>>;
    readonly findings: ReadonlyArray<DemoFinding>;
    readonly evaluated: ReadonlyArray<string>;
  };
  readonly draws: ReadonlyArray<DrawSummary>;
  readonly scores: ScoresResult;
  readonly risk: RiskStageResult;
  readonly selfCheck: SelfCheck;
  /** 0 when every planted case was found and every draw verified, else 1. */
  readonly exitCode: 0 | 1;
  /** Report files written, relative to `outDir`. */
  readonly written: ReadonlyArray<string>;
}

/** Files and folders the demo writes into the report directory (and removes before rewriting with `force`). */
const OUTPUTS = [
  "report.html",
  "report.md",
  "findings.json",
  "scores.json",
  "risk.json",
  "self-check.json",
  "findings.csv",
  "risk.csv",
  "organisations.csv",
  "scores.csv",
  "releases.jsonl",
  "score-inputs",
  "draws",
];

function prepareOut(outDir: string, force: boolean): void {
  if (existsSync(outDir)) {
    if (!force) {
      throw new GgzyError("IO_ERROR", {
        zh: `输出目录 ${outDir} 已存在（使用 --force 覆盖）`,
        en: `Output directory ${outDir} exists (use --force to overwrite)`,
        details: { outDir },
      });
    }
    // Only what the demo wrote is removed: pointing --out at a folder with other files never deletes them.
    for (const name of readdirSync(outDir)) if (OUTPUTS.includes(name)) rmSync(join(outDir, name), { recursive: true, force: true });
  }
  mkdirSync(join(outDir, "draws"), { recursive: true });
  mkdirSync(join(outDir, "score-inputs"), { recursive: true });
}

/** The scheduled evaluation of a coming-week project with its drawn committee and supervisors, for validation. */
function withDraws(b: ProjectBundle, draws: DrawsResult): ProjectBundle {
  const committee = draws.committees.get(b.project.id);
  const supervisors = draws.supervisors.get(b.project.id);
  if (committee === undefined && supervisors === undefined) return b;
  const evaluations: Evaluation[] = b.evaluations.map((e) => {
    if (e.status !== "scheduled") return e;
    return {
      ...e,
      ...(committee !== undefined
        ? {
            committee: committee.strata.flatMap((s) =>
              s.members.map((m) => ({ expertId: m.expertId, role: "expert" as const, chair: false, remote: m.remote, ...(m.remote ? { siteRegion: m.region } : {}) })),
            ),
            committeeDrawRef: `CMT-${b.project.id}`,
          }
        : {}),
      ...(supervisors !== undefined ? { socialSupervisors: supervisors.supervisors.map((s) => ({ supervisorId: s.supervisorId, wholeEvaluation: true })) } : {}),
    };
  });
  return { ...b, evaluations };
}

/**
 * This quarter's drawn spot checks as the records a department keeps (one per supervising department), so the rules
 * check the library's own draw too (LC80-5.2: rate, verifiable draw record; publication is not due yet).
 */
function drawnSpotChecks(draws: DrawsResult): SpotCheckQuarter[] {
  const sc = draws.spotChecks;
  if (sc === undefined) return [];
  return sc.result.strata.map((stratum) => {
    const checks = sc.result.checks.filter((c) => c.stratum === stratum.key);
    const department = stratum.key === UNASSIGNED_STRATUM ? undefined : stratum.key;
    return {
      id: `${sc.drawId}-${stratum.key}`,
      quarter: sc.result.quarter,
      ...(department !== undefined ? { supervisingDepartmentId: department } : {}),
      totalProjects: stratum.population,
      checkedProjectIds: checks.map((c) => c.projectId),
      inspectorIds: [...new Set(checks.flatMap((c) => c.inspectorIds))].sort(),
      drawRecordRef: sc.drawId,
      results: [],
    };
  });
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A JSON array with one element per line: valid JSON, and a diff between two runs shows the records that changed. */
function jsonList(values: ReadonlyArray<unknown>): string {
  return values.length === 0 ? "[]" : `[\n${values.map((v) => JSON.stringify(v)).join(",\n")}\n]`;
}

/** An object of lists, each list written as {@link jsonList}. */
function jsonLists(lists: Readonly<Record<string, ReadonlyArray<unknown>>>): string {
  return `{\n${Object.entries(lists).map(([k, v]) => `${JSON.stringify(k)}: ${jsonList(v)}`).join(",\n")}\n}\n`;
}

/**
 * Runs the demo over a city directory and writes the report. Throws `GgzyError` for bad usage (an existing output
 * directory without `force`, a directory that is not a city); bad records are listed in `problems` and skipped.
 *
 * @example
 * ```ts
 * const result = runDemo({ dataDir: "examples/demo-city", outDir: "ggzy-report", force: true });
 * result.selfCheck.missedTotal; // 0
 * result.exitCode; // 0
 * ```
 */
export function runDemo(options: DemoOptions): DemoResult {
  const progress = options.progress ?? silentProgress;
  const outDir = resolve(options.outDir);
  const dataDir = resolve(options.dataDir);
  if (!existsSync(dataDir)) {
    throw new GgzyError("IO_ERROR", { zh: `数据目录 ${dataDir} 不存在`, en: `Data directory ${dataDir} does not exist`, details: { dataDir } });
  }
  const chartJs = chartJsSource();
  progress.stage("读取数据 / reading the city", 1);
  const city = loadCity(dataDir);
  prepareOut(outDir, options.force === true);
  progress.done();
  const today = city.manifest.today;
  const seed = city.manifest.seed ?? "demo";
  const { bundles, orphans } = bundleProjects(city.data);

  progress.stage("抽取与复核 / draws and verification", countDraws(bundles, today));
  const draws = runDraws(bundles, city.data, { outDir, today, seed, onDraw: () => progress.tick() });
  progress.done();

  const ruleSet = defaultRuleSet();
  const findings: DemoFinding[] = [];
  const evaluated = new Set<string>();
  const checked: Record<string, number> = { projects: 0, experts: 0, spotChecks: 0 };
  const maps = {
    tenderers: new Map(city.data.tenderers.map((t) => [t.id, t])),
    bidders: new Map(city.data.bidders.map((t) => [t.id, t])),
    agencies: new Map(city.data.agencies.map((t) => [t.id, t])),
    experts: new Map(city.data.experts.map((t) => [t.id, t])),
  };
  progress.stage("规则校验 / validating records", bundles.length + city.data.experts.length + city.data.spotChecks.length);
  const record = (r: { report: { evaluated: ReadonlyArray<string> }; findings: DemoFinding[] }): void => {
    findings.push(...r.findings);
    for (const id of r.report.evaluated) evaluated.add(id);
    progress.tick();
  };
  for (const b of bundles) {
    record(validateBundle(withDraws(b, draws), maps, today));
    checked.projects = (checked.projects ?? 0) + 1;
  }
  for (const e of city.data.experts) {
    record(validateExpert(e, today));
    checked.experts = (checked.experts ?? 0) + 1;
  }
  for (const s of [...city.data.spotChecks, ...drawnSpotChecks(draws)]) {
    record(validateSpotCheck(s, today));
    checked.spotChecks = (checked.spotChecks ?? 0) + 1;
  }
  progress.done();

  const open = comingWeek(bundles, today);
  progress.stage("信用评分 / credit scores", city.data.agencies.length + 2 + open.length);
  const inputs = scoreInputs(city.data, bundles, today);
  const scores = runScores(inputs, open, today, () => progress.tick());
  progress.done();

  progress.stage("风险预警 / risk indicators", bundles.length);
  const risk = runRisk(bundles, city.data, today, () => progress.tick());
  progress.done();

  const ruleIds = ruleSet.rules.filter((e) => !e.disabled).map((e) => e.rule.id);
  const check = selfCheck(city.groundTruth, findings, risk.result, ruleIds);
  const drawsFailed = draws.draws.some((d) => d.verified === false);
  const exitCode: 0 | 1 = check.missedTotal > 0 || drawsFailed ? 1 : 0;

  const result: DemoResult = {
    city: { dir: dataDir, manifest: city.manifest, files: city.files },
    asOf: today,
    rulesetVersion: ruleSet.version,
    rulesetHash: ruleSet.contentHash,
    toolVersion: pkg.version,
    // The one clock read of the demo: printed in the report's footer, no result depends on it.
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    context: reportContext(city.data),
    problems: city.problems,
    orphans,
    validation: { checked, findings, evaluated: [...evaluated].sort() },
    draws: draws.draws,
    scores,
    risk,
    selfCheck: check,
    exitCode,
    written: [],
  };

  progress.stage("写出报告 / writing the report", 15);
  const written: string[] = [];
  const write = (name: string, text: string): void => {
    writeFileSync(join(outDir, name), text);
    written.push(name);
    progress.tick();
  };
  write("findings.json", json({ asOf: today, rulesetVersion: ruleSet.version, checked, problems: city.problems, findings }));
  write("scores.json", json(scores));
  // What was scored, exactly, in the file forms of `ggzy score agencies|experts|bidders` (docs/risk.md).
  write("score-inputs/agencies.json", `${jsonList(inputs.agencies)}\n`);
  write("score-inputs/experts.json", jsonLists(inputs.experts));
  write("score-inputs/bidders.json", jsonLists(inputs.bidders));
  write("risk.json", json(riskJson(result)));
  if (check.available) write("self-check.json", json(check));
  write("findings.csv", findingsCsv(result));
  write("risk.csv", riskCsv(result));
  write("organisations.csv", organisationsCsv(result));
  write("scores.csv", scoresCsv(result));
  write("releases.jsonl", risk.releases.map((r) => `${r}\n`).join(""));
  write("report.md", renderMarkdownReport(result));
  write("report.html", renderHtmlReport(result, chartJs, { locale: options.locale ?? "bilingual" }));
  const verifier = shippedVerifierPage(); // the built CLI ships it; a run from the sources has none
  if (verifier !== undefined) write("verify.html", verifier);
  progress.done();
  for (const d of draws.draws) if (d.files) written.push(...Object.values(d.files).map((f) => `draws/${f}`));
  return { ...result, written };
}
