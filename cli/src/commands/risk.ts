import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { GgzyError } from "ggzy-rules/model";
import {
  RiskAnalyzer,
  coverageShare,
  evaluateDetection,
  indicatorCoverage,
  meetsDetectionTargets,
  parseRiskSettings,
  prepareIssuesCsv,
  prepareRelease,
  riskCoverageStream,
  riskSettingsTemplate,
  toCardinalOutput,
} from "ggzy-rules/scoring";
import type { CoverageResult, DetectionQuality, IndicatorCoverage, PrepareSettings, RiskResult } from "ggzy-rules/scoring";
import { EXIT, action, openStreamedFile, printJson, printJsonInParts, readJson, readText, writeFile } from "../io";
import type { StreamedFile } from "../io";
import { isoDate, positiveInteger } from "../options";
import { progressLayout, terminalColumns } from "../table";
import { readJsonLines } from "../lines";

interface RiskOptions {
  settings?: string;
  format?: string;
  meta?: boolean;
  map?: boolean;
  json?: boolean;
  quiet?: boolean;
  evaluate?: string;
  asOf?: string;
  top: number;
  count?: boolean;
}

function settingsFrom(path: string | undefined) {
  if (path === undefined) return undefined;
  const text = readText(path);
  const format = /\.json$/i.test(path) || text.trimStart().startsWith("{") ? "json" : "ini";
  return parseRiskSettings(text, format);
}

function printHuman(result: RiskResult, top: number): void {
  const s = result.summary;
  const out: string[] = [];
  out.push(`处理 / processes: ${s.processes}  行 / lines: ${s.lines}  跳过 / skipped: ${s.skipped}  币种 / currency: ${s.mainCurrency ?? "-"}  基准日 / as of: ${s.asOf}${s.asOfFrom === "none" ? "（数据中没有日期，可用 --as-of 指定）/ (no date in the data; set with --as-of)" : ""}`);
  out.push(`命中 / hits by signal: ${Object.entries(s.hitsBySignal).sort().map(([k, v]) => `${k}=${v}`).join(" ") || "none"}`);
  out.push("");
  out.push(`风险最高的项目 / riskiest processes (top ${top}):`);
  for (const p of result.processes.slice(0, top)) out.push(`  ${p.score.toFixed(2).padStart(6)} ${p.grade.padEnd(6)} ${p.ocid}  ${p.signals.join(", ")}`);
  out.push("");
  out.push(`风险最高的主体 / riskiest organisations (top ${top}):`);
  for (const o of result.organisations.slice(0, top)) {
    out.push(`  ${o.score.toFixed(2).padStart(6)} ${o.grade.padEnd(6)} ${o.id}  ${Object.entries(o.signals).map(([k, v]) => `${k}×${v}`).join(", ")}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

function printQuality(q: DetectionQuality): void {
  const rows = [`signal       planted flagged  TP   precision recall  clean-flagged`];
  for (const s of q.signals) {
    rows.push(`${s.signal.padEnd(12)} ${String(s.planted).padStart(7)} ${String(s.flagged).padStart(7)} ${String(s.truePositives).padStart(4)}   ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)}  ${s.cleanFlagged} (${(100 * s.cleanFlaggedShare).toFixed(2)} %)`);
  }
  rows.push(`clean processes flagged by any signal: ${q.cleanFlaggedAny} of ${q.cleanProcesses} (${(100 * q.cleanFlaggedAnyShare).toFixed(2)} %)`);
  process.stdout.write(`${rows.join("\n")}\n`);
}

/**
 * Whether two output names write to one file or pipe, so their lines would interleave: the same path, or the same
 * file reached by another name (`-` and `/dev/stdout`, a link). Character devices (`/dev/null`, a terminal) may take
 * both.
 */
function sameDestination(a: string, b: string): boolean {
  const target = (name: string) => {
    try {
      return name === "-" ? fstatSync(1) : statSync(name);
    } catch {
      return undefined; // not there yet: a new file, which only its own path reaches
    }
  };
  const x = target(a);
  const y = target(b);
  if (x === undefined || y === undefined) return a !== "-" && b !== "-" && resolve(a) === resolve(b);
  return !x.isCharacterDevice() && x.dev === y.dev && x.ino === y.ino;
}

/** `ggzy risk <file.jsonl|->`: bid-rigging risk indicators over OCDS compiled releases (JSON Lines). */
export function registerRisk(program: Command): void {
  const risk = program.command("risk");
  risk
    .argument("<file>")
    .description("围标串标风险指标（OCDS JSON Lines，- 为标准输入） / bid-rigging risk indicators over OCDS JSON Lines (- for stdin)")
    .option("--settings <file>", "指标设置（参考工具的 INI 格式或 JSON；cardinal 格式无设置时不运行任何指标） / indicator settings (the reference tool's INI format, or JSON; without one, --format cardinal runs no indicator, as Cardinal)")
    .option("--format <format>", "输出格式 ggzy | cardinal / output format ggzy | cardinal", "ggzy")
    .option("--no-meta", "cardinal 格式不输出 Meta / omit Meta (quartiles and fences) in cardinal output")
    .option("--map", "cardinal 格式输出 Maps / add Maps (ocid → buyer, procuring entity, tenderers) in cardinal output")
    .option("--count", "cardinal 格式在标准错误输出每组数量 / print `Group: n` per group on stderr (cardinal format)")
    .option("--evaluate <groundTruth>", "按合成数据真值报告查准率与查全率 / report precision and recall against a ground-truth file")
    .option("--as-of <date>", "评分基准日 YYYY-MM-DD（默认：数据中最新日期） / score date (default: latest release date in the data)", isoDate)
    .option("--top <n>", "文本输出显示前 n 项 / how many to list in text output", positiveInteger, 20)
    .option("--json", "JSON output")
    .option("--quiet", "不显示进度条 / no progress bar")
    .action(
      action(async (file: string, opts: RiskOptions) => {
        const format = opts.format ?? "ggzy";
        if (format !== "ggzy" && format !== "cardinal") {
          throw new GgzyError("INVALID_INPUT", {
            zh: `未知输出格式 ${JSON.stringify(format)}（应为 ggzy 或 cardinal）`,
            en: `Unknown output format ${JSON.stringify(format)} (expected ggzy or cardinal)`,
          });
        }
        const truth = opts.evaluate !== undefined ? readJson(opts.evaluate) : undefined;
        // Without a settings file Cardinal runs no indicator (CARDINAL.md §1.9); our own format runs every one.
        const given = settingsFrom(opts.settings) ?? (format === "cardinal" ? parseRiskSettings("", "ini") : undefined);
        // The Cardinal format prints the parity set only: our own signals would be computed for nothing.
        const settings = given && format === "cardinal" && truth === undefined ? { ...given, partB: {} } : given;
        const analyzer = new RiskAnalyzer({ ...(settings ? { settings } : {}), ...(opts.asOf ? { asOf: opts.asOf } : {}), maps: opts.map === true });

        let size = 0;
        if (file !== "-") {
          try {
            size = statSync(file).size;
          } catch (e) {
            throw new GgzyError("IO_ERROR", { zh: `无法读取文件 ${file}：${(e as Error).message}`, en: `Cannot read file ${file}: ${(e as Error).message}`, details: { file } });
          }
        }
        const showBar = opts.quiet !== true && process.stderr.isTTY === true && size > 8 * 1024 * 1024;
        const layout = progressLayout("风险 / risk", 0, "{percentage}% | {value}/{total} MB", terminalColumns(process.stderr));
        const bar = showBar ? new cliProgress.SingleBar({ stream: process.stderr, ...layout }, cliProgress.Presets.shades_classic) : undefined;
        let read = 0;
        bar?.start(Math.ceil(size / 1048576), 0);
        for await (const line of readJsonLines(file, (n) => {
          read += n;
          bar?.update(Math.floor(read / 1048576));
        })) {
          analyzer.addLine(line);
        }
        bar?.stop();
        const result = analyzer.finish();

        for (const p of result.summary.problems.slice(0, 20)) process.stderr.write(`ggzy risk: ${file}:${p.line}: ${p.reason}: ${p.message}\n`);
        if (result.summary.skipped > 20) process.stderr.write(`ggzy risk: … ${result.summary.skipped - 20} more skipped lines (see summary)\n`);
        if (result.summary.processes === 0 && result.summary.skipped > 0) {
          // Every line was skipped: the file is not what the command reads. Say what it looks like (exit 2).
          const [zh, en] = describeInput(file, result);
          process.stderr.write(`ggzy risk: ${zh}\nggzy risk: ${en}\n`);
          return EXIT.badInput;
        }

        if (truth !== undefined) {
          const q = evaluateDetection(result, truth);
          if (opts.json) printJson(q);
          else printQuality(q);
          return meetsDetectionTargets(q) ? EXIT.ok : EXIT.findings;
        }
        if (result.summary.processes === 0) {
          // Nothing skipped and nothing read: an empty input (a wholly skipped one was answered above).
          throw new GgzyError("INVALID_INPUT", {
            zh: `${file} 中没有任何记录（空输入）`,
            en: `No record in ${file} (empty input)`,
            details: { file, lines: result.summary.lines },
          });
        }
        const flagged = result.processes.length > 0 || result.organisations.length > 0;
        if (format === "cardinal") {
          const out = toCardinalOutput(result, { meta: opts.meta !== false, map: opts.map === true });
          // One JSON object on one line, as Cardinal prints it; --count adds `Group: n` lines on stderr.
          process.stdout.write(`${JSON.stringify(out)}\n`);
          if (opts.count === true) for (const g of ["OCID", "Buyer", "ProcuringEntity", "Tenderer"]) if (out[g] !== undefined) process.stderr.write(`${g}: ${Object.keys(out[g] as object).length}\n`);
        } else if (opts.json) {
          printJsonInParts({ summary: result.summary, processes: result.processes, organisations: result.organisations });
        } else printHuman(result, opts.top);
        // In the Cardinal format a flagged result is Cardinal's output, not a failure: exit 0 as Cardinal does, so a
        // script that ran Cardinal runs this unchanged. Nothing to read stays exit 2 (above), as in every command.
        return flagged && format !== "cardinal" ? EXIT.findings : EXIT.ok;
      }),
    );
  registerRiskTools(risk);
}

/** The first bytes of a file, to say what it looks like when nothing in it could be read. */
function peek(file: string): string {
  if (file === "-") return "";
  try {
    const fd = openSync(file, "r");
    try {
      const buf = Buffer.alloc(4096);
      const n = readSync(fd, buf, 0, buf.length, 0);
      return buf.subarray(0, n).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return "";
  }
}

/** What a file looks like when every line was skipped (issue #18, "Bad input"). */
function describeInput(file: string, result: RiskResult): [string, string] {
  const by = result.summary.skippedByReason;
  const head = peek(file).trimStart();
  const n = result.summary.skipped;
  if (by["invalid-utf8"] === n) return ["没有一行是有效的 UTF-8：是否为二进制或其他编码（如 GBK）的文件？", "no line is valid UTF-8: is this a binary file, or text in another encoding (e.g. GBK)?"];
  if (head.startsWith("[")) return ["文件像是一个 JSON 数组：请每行写一个 compiled release（如 jq -c '.[]'）", "the file looks like one JSON array: write one compiled release per line (e.g. jq -c '.[]')"];
  if (/^\{\s*$/m.test(head.split("\n")[0] ?? "")) return ["文件像是多行排版的 JSON：请每行写一个 compiled release（如 jq -c .）", "the file looks like pretty-printed JSON: write one compiled release per line (e.g. jq -c .)"];
  if (/"releases"\s*:|"records"\s*:/.test(head)) return ["文件像是 OCDS 发布包（releases/records）：请先展开为每行一个 compiled release", "the file looks like an OCDS release or record package: extract one compiled release per line first"];
  if (by["no-ocid"] > 0 && by["no-ocid"] + by["invalid-json"] === n) return ["没有一行有 ocid：这是 OCDS compiled release 吗？", "no line has an ocid: is this OCDS?"];
  if (by["not-an-object"] > 0 && by["not-an-object"] + by["invalid-json"] === n) return ["各行是 JSON 但不是对象：每行应为一个 compiled release 对象", "the lines are JSON but not objects: each line must be one compiled release object"];
  return [`${n} 行全部无法读取（无效 JSON ${by["invalid-json"]}，缺少 ocid ${by["no-ocid"]}）：这是 OCDS JSON Lines 吗？`, `all ${n} lines were skipped (invalid JSON ${by["invalid-json"]}, no ocid ${by["no-ocid"]}): is this OCDS JSON Lines?`];
}

/**
 * `risk coverage` for a reader: per path, how often it is non-empty and its share of the lines or of the enclosing
 * array's elements (Cardinal's own counts, objects' `…/` paths included, are what `--json` prints); then which
 * indicators the data supports, and why not.
 */
function coverageText(coverage: CoverageResult, indicators: ReadonlyArray<IndicatorCoverage>): string {
  const paths = Object.keys(coverage.counts).filter((p) => p !== "" && !p.endsWith("/"));
  const width = Math.max(24, ...paths.map((p) => p.length));
  const out = [`行 / lines: ${coverage.lines}  有数据 / non-empty: ${coverage.counts[""] ?? 0}  跳过 / skipped: ${coverage.skipped}`, ""];
  out.push(`${"路径 / path".padEnd(width)}  ${"次数 / count".padStart(12)}  占比 / share`);
  for (const p of paths) {
    const n = coverage.counts[p] ?? 0;
    const { of, share } = coverageShare(coverage.counts, p);
    const pct = p.endsWith("[]") ? "" : `${(100 * share).toFixed(1).padStart(5)}% of ${of === "" ? "lines" : of}`;
    out.push(`${p.padEnd(width)}  ${String(n).padStart(12)}  ${pct}`);
  }
  out.push("", "指标 / indicators:");
  for (const c of indicators) out.push(`  ${c.computable ? "✓" : "✗"} ${c.indicator.padEnd(10)} ${c.why.zh} / ${c.why.en}`);
  return out.join("\n");
}

/** `ggzy risk init | coverage | prepare`: Cardinal's other commands (CARDINAL.md §3.2). */
function registerRiskTools(risk: Command): void {
  risk
    .command("init <file>")
    .description("写出 Cardinal 格式的设置模板（- 为标准输出） / write Cardinal's settings template (- for stdout)")
    .option("-f, --force", "覆盖已有文件 / overwrite an existing file")
    .action(
      action((file: string, opts: { force?: boolean }) => {
        if (file === "-") {
          process.stdout.write(riskSettingsTemplate());
          return EXIT.ok;
        }
        writeFile(file, riskSettingsTemplate(), { force: opts.force === true });
        process.stderr.write(`设置已写入 / Settings written to ${file}.\n`);
        return EXIT.ok;
      }),
    );

  risk
    .command("coverage <file>")
    .description("各 JSON 路径的非空次数（同 Cardinal coverage），以及数据能支撑哪些指标 / how often each JSON path is non-empty (as Cardinal's coverage), and which indicators the data supports")
    .option("--json", "JSON output")
    .action(
      action(async (file: string, _opts: unknown, cmd: Command) => {
        // `risk`'s own options (--json, --settings) are read anywhere on the line: take them from the merged set.
        const opts = cmd.optsWithGlobals<{ json?: boolean }>();
        // Read as a stream: an OCDS export of several gigabytes is never held whole.
        let blank = 0;
        async function* countingBlanks(lines: AsyncIterable<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
          for await (const l of lines) {
            if (typeof l === "string" ? l.trim() === "" : l.length === 0) blank++;
            yield l;
          }
        }
        const coverage = await riskCoverageStream(countingBlanks(readJsonLines(file)));
        for (const p of coverage.problems.slice(0, 20)) process.stderr.write(`ggzy risk coverage: ${file}:${p.line}: ${p.reason}\n`);
        const indicators = indicatorCoverage(coverage);
        if (opts.json) printJson({ coverage: coverage.counts, lines: coverage.lines, skipped: coverage.skipped, indicators });
        else {
          process.stdout.write(`${coverageText(coverage, indicators)}\n`);
        }
        const nonBlank = coverage.lines - blank;
        return nonBlank > 0 && coverage.skipped === nonBlank ? EXIT.badInput : EXIT.ok;
      }),
    );

  risk
    .command("prepare <file>")
    .description("Cardinal 的数据清洗：输出修正后的 JSON Lines 与数据质量问题 CSV / Cardinal's data cleaning: corrected JSON Lines and a CSV of data-quality issues")
    .requiredOption("-o, --output <file>", "修正后的 JSON Lines（- 为标准输出） / corrected JSON Lines (- for stdout)")
    .requiredOption("-e, --errors <file>", "数据质量问题 CSV / data-quality issues CSV")
    .option("-s, --settings <file>", "设置文件（[defaults] [redactions] [corrections] [modifications] [codelists.*]） / settings file")
    .action(
      action(async (file: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ output: string; errors: string; settings?: string }>();
        if (opts.output === "-" && opts.errors === "-") {
          throw new GgzyError("INVALID_INPUT", {
            zh: "--output 与 --errors 不能同时为标准输出（-）",
            en: "--output and --errors cannot both be standard output (-)",
          });
        }
        if (sameDestination(opts.output, opts.errors)) {
          throw new GgzyError("INVALID_INPUT", {
            zh: `--output 与 --errors 不能写入同一个文件：${opts.output} 与 ${opts.errors}`,
            en: `--output and --errors cannot write to the same file: ${opts.output} and ${opts.errors}`,
          });
        }
        const prepare: PrepareSettings | undefined = settingsFrom(opts.settings)?.prepare;
        // Written as they come (to temporary files, renamed at the end): the output is as large as the input.
        const opened: StreamedFile[] = [];
        try {
          const out = openStreamedFile(opts.output);
          opened.push(out);
          const csv = openStreamedFile(opts.errors);
          opened.push(csv);
          const kept = await prepareLines(file, prepare, out, csv);
          if (kept.nonBlank > 0 && kept.releases === 0) {
            for (const f of opened) f.abort();
            return EXIT.badInput;
          }
          // Both written out before either is renamed: a failure leaves both old files as they were.
          await out.flush();
          await csv.flush();
          await out.close();
          await csv.close();
          return EXIT.ok;
        } catch (e) {
          for (const f of opened) f.abort();
          throw e;
        }
      }),
    );
}

/** `risk prepare`'s loop: each line cleaned and written out; how many lines were not blank, and how many were kept. */
async function prepareLines(file: string, prepare: PrepareSettings | undefined, out: StreamedFile, csv: StreamedFile): Promise<{ nonBlank: number; releases: number }> {
  // ignoreBOM: the line reader drops the BOM at the start of the file; one at the start of a later line is kept.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let n = 0;
  let kept = 0;
  let nonBlank = 0;
  for await (const raw of readJsonLines(file)) {
    n++;
    let text: string;
    try {
      text = typeof raw === "string" ? raw : decoder.decode(raw);
    } catch {
      process.stderr.write(`ggzy risk prepare: ${file}:${n}: invalid-utf8\n`);
      nonBlank++;
      continue;
    }
    if (text.trim() === "") continue;
    nonBlank++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      process.stderr.write(`ggzy risk prepare: ${file}:${n}: invalid-json\n`);
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      process.stderr.write(`ggzy risk prepare: ${file}:${n}: not-an-object\n`);
      continue;
    }
    const p = prepareRelease(value, prepare, n);
    for (const w of p.warnings) process.stderr.write(`ggzy risk prepare: ${w}\n`);
    await out.write(`${JSON.stringify(p.release)}\n`);
    await csv.write(prepareIssuesCsv(p.issues));
    kept++;
  }
  return { nonBlank, releases: kept };
}
