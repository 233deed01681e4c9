import { createReadStream, statSync } from "node:fs";
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { GgzyError } from "ggzy-rules/model";
import { RiskAnalyzer, evaluateDetection, meetsDetectionTargets, parseRiskSettings, toCardinalOutput } from "ggzy-rules/scoring";
import type { DetectionQuality, RiskResult } from "ggzy-rules/scoring";
import { EXIT, action, printJson, readJson, readText } from "../io";
import { isoDate, positiveInteger } from "../options";
import { progressLayout, terminalColumns } from "../table";

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
}

const NEWLINE = 0x0a;

/**
 * Reads a file (or standard input for `-`) as raw lines of bytes, without decoding: the analyzer decodes each
 * line strictly, so a line of invalid UTF-8 is reported by number instead of being silently repaired.
 * Whole chunks are decoded in one go when they are valid (the common case), line by line otherwise.
 */
export async function* readJsonLines(path: string, onBytes?: (n: number) => void): AsyncGenerator<string | Uint8Array> {
  const stream = path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes?.(chunk.length);
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      const last = buf.lastIndexOf(NEWLINE);
      if (last < 0) {
        rest = buf;
        continue;
      }
      const whole = buf.subarray(0, last);
      rest = Buffer.from(buf.subarray(last + 1));
      let text: string | undefined;
      try {
        text = decoder.decode(whole);
      } catch {
        text = undefined;
      }
      if (text !== undefined) {
        for (const line of text.split("\n")) yield line.endsWith("\r") ? line.slice(0, -1) : line;
      } else {
        let start = 0;
        for (let i = whole.indexOf(NEWLINE); ; i = whole.indexOf(NEWLINE, start)) {
          const end = i < 0 ? whole.length : i;
          yield whole.subarray(start, end > start && whole[end - 1] === 0x0d ? end - 1 : end);
          if (i < 0) break;
          start = i + 1;
        }
      }
    }
  } catch (e) {
    throw new GgzyError("IO_ERROR", {
      zh: `无法读取文件 ${path}：${(e as Error).message}`,
      en: `Cannot read file ${path}: ${(e as Error).message}`,
      details: { file: path },
    });
  }
  if (rest.length > 0) yield rest;
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
  out.push(`处理 / processes: ${s.processes}  行 / lines: ${s.lines}  跳过 / skipped: ${s.skipped}  币种 / currency: ${s.mainCurrency ?? "-"}  基准日 / as of: ${s.asOf}`);
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

/** `ggzy risk <file.jsonl|->`: bid-rigging risk indicators over OCDS compiled releases (JSON Lines). */
export function registerRisk(program: Command): void {
  program
    .command("risk <file>")
    .description("围标串标风险指标（OCDS JSON Lines，- 为标准输入） / bid-rigging risk indicators over OCDS JSON Lines (- for stdin)")
    .option("--settings <file>", "指标设置（参考工具的 INI 格式或 JSON） / indicator settings (the reference tool's INI format, or JSON)")
    .option("--format <format>", "输出格式 ggzy | cardinal / output format ggzy | cardinal", "ggzy")
    .option("--no-meta", "cardinal 格式不输出 Meta / omit Meta (quartiles and fences) in cardinal output")
    .option("--map", "cardinal 格式输出 Maps / add Maps (ocid → buyer, procuring entity, tenderers) in cardinal output")
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
        const settings = settingsFrom(opts.settings);
        const truth = opts.evaluate !== undefined ? readJson(opts.evaluate) : undefined;
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

        if (truth !== undefined) {
          const q = evaluateDetection(result, truth);
          if (opts.json) printJson(q);
          else printQuality(q);
          return meetsDetectionTargets(q) ? EXIT.ok : EXIT.findings;
        }
        if (result.summary.processes === 0) {
          const empty = result.summary.skipped === 0;
          throw new GgzyError("INVALID_INPUT", {
            zh: empty ? `${file} 中没有任何记录（空输入）` : `${file} 中没有可用的 OCDS 记录：全部 ${result.summary.skipped} 行都被跳过（见上方原因）`,
            en: empty ? `No record in ${file} (empty input)` : `No usable OCDS record in ${file}: all ${result.summary.skipped} line(s) were skipped (reasons above)`,
            details: { file, lines: result.summary.lines, skipped: result.summary.skipped },
          });
        }
        const flagged = result.processes.length > 0 || result.organisations.length > 0;
        if (format === "cardinal") {
          printJson(toCardinalOutput(result, { meta: opts.meta !== false, map: opts.map === true }));
        } else if (opts.json) {
          printJson({ summary: result.summary, processes: result.processes, organisations: result.organisations });
        } else printHuman(result, opts.top);
        return flagged ? EXIT.findings : EXIT.ok;
      }),
    );
}
