import { InvalidArgumentError, Option } from "commander";
import type { Command } from "commander";
import { GgzyError, formatPath, isGgzyError } from "ggzy-rules/model";
import { RECORD_KINDS, detectRecordKind, validateRecord } from "ggzy-rules/rules";
import type { ExplanationNode, Finding, Report, RuleSet, SkippedRule } from "ggzy-rules/rules";
import { EXIT, action, printJson } from "../io";
import { kindOfSubject, nameHint } from "../names";
import { recordKindOf } from "../subjects";
import { asOfOrToday, describeAsOf, isoDate } from "../options";
import type { AsOf } from "../options";
import { inputFiles, streamSourcedRecords } from "../records";
import type { SourcedRecord } from "../records";
import { readPackArgs, ruleSetOf } from "../rule-files";

type Severity = Finding["severity"];
type FailOn = "error" | "warning" | "never";
type Locale = "zh" | "en" | "both";

interface CheckOptions {
  subject?: string;
  asOf?: string;
  provisionalCalendar?: boolean;
  pack?: string;
  trustedKey?: string[];
  failOn: FailOn;
  format: "table" | "json" | "jsonl";
  json?: boolean;
  explain?: boolean;
  locale: Locale;
}

/** A record that was checked. */
interface Checked {
  readonly file: string;
  readonly line: number;
  readonly index: number;
  readonly kind: string;
  readonly report: Report;
}

/** A record that could not be checked (not JSON, or refused by its schema), with why. */
interface Rejected {
  readonly file: string;
  readonly line: number;
  readonly index: number;
  readonly error: ReturnType<GgzyError["toJSON"]>;
}

/** The end of every `ggzy check` run, in every format. */
export interface CheckSummary extends AsOf {
  readonly rulesetVersion: string;
  readonly files: number;
  readonly records: number;
  readonly checked: number;
  readonly rejected: number;
  /** Checked records with no finding of severity error. */
  readonly ok: number;
  readonly findings: Record<Severity, number>;
  /**
   * Rules not judged for lack of data (skipped with reason `noData`), summed over the checked records: a record
   * without them is not "checked and passed" on those rules. Listed per record with the facts missing.
   */
  readonly notJudged: number;
  /** Whether years with no published holiday notice were counted on statutory holidays (`--provisional-calendar`). */
  readonly provisionalCalendar: boolean;
  /** Findings that rest on such a year (evidence `calendar.provisionalYears`): provisional until its notice is out. */
  readonly provisionalFindings: number;
  readonly failOn: FailOn;
  readonly exitCode: number;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? "undefined";
}

function exitCodeOf(rejected: number, findings: Record<Severity, number>, failOn: FailOn): number {
  if (rejected > 0) return EXIT.badInput;
  if (failOn === "error" && findings.error > 0) return EXIT.findings;
  if (failOn === "warning" && findings.error + findings.warning > 0) return EXIT.findings;
  return EXIT.ok;
}

function explanationLines(node: ExplanationNode, indent: string): string[] {
  const mark = node.result === null ? "·" : node.result ? "✓" : "✗";
  if (node.kind === "condition") {
    const fact = node.path !== undefined ? `${node.fact}.${node.path}` : node.fact;
    const computed = node.computed ? ` ${JSON.stringify(node.computed)}` : "";
    return [`${indent}${mark} ${node.name ?? fact} ${node.operator} ${show(node.expected)} (实际 / actual: ${show(node.actual)})${computed}`];
  }
  return [`${indent}${mark} ${node.kind}${node.name !== undefined ? ` ${node.name}` : ""}`, ...node.children.flatMap((c) => explanationLines(c, `${indent}  `))];
}

function findingLines(f: Finding, locale: Locale, explain: boolean): string[] {
  const out = [`  ${f.severity.toUpperCase().padEnd(7)} ${f.ruleId} [${f.clause}] ${f.basis.join("；")}`];
  if (locale !== "en") out.push(`          ${f.message.zh}`);
  if (locale !== "zh") out.push(`          ${f.message.en}`);
  const ev = Object.entries(f.evidence).map(([k, v]) => `${k}=${show(v)}`);
  if (ev.length > 0) out.push(`          ${locale === "zh" ? "证据" : locale === "en" ? "evidence" : "证据 / evidence"}: ${ev.join(", ")}`);
  if (explain && f.explanation) out.push(...explanationLines(f.explanation, "          "));
  return out;
}

/** The rules a report could not judge for lack of data, each with the facts missing. */
function noDataOf(report: Report): ReadonlyArray<SkippedRule> {
  return report.skipped.filter((s) => s.reason === "noData");
}

function noDataLine(s: SkippedRule, locale: Locale): string {
  const missing = (s.missing ?? []).join(", ");
  const label = locale === "zh" ? `缺少数据，未判断：${missing}` : locale === "en" ? `not judged, no data: ${missing}` : `缺少数据，未判断 / not judged, no data: ${missing}`;
  return `  ${"NO DATA".padEnd(7)} ${s.ruleId} — ${label}`;
}

function summaryLines(s: CheckSummary): string[] {
  const f = s.findings;
  return [
    "",
    "汇总 / summary",
    `  记录 / records:    ${s.records}（已检查 ${s.checked}，拒收 ${s.rejected}）/ ${s.records} (${s.checked} checked, ${s.rejected} rejected) in ${s.files} file(s)`,
    `  发现 / findings:   error ${f.error}, warning ${f.warning}, info ${f.info}; ${s.ok} of ${s.checked} record(s) ok`,
    ...(s.notJudged > 0 ? [`  未判断 / not judged: ${s.notJudged} rule(s) for lack of data（记录缺少规则所需的数据 / the records lack what the rules need）`] : []),
    `  基准日 / as of:    ${describeAsOf(s)}`,
    ...(s.provisionalCalendar
      ? [`  日历 / calendar:   未发布放假通知的年份按法定节日暂定计算，${s.provisionalFindings} 条发现为暂定 / years with no holiday notice counted on statutory holidays (--provisional-calendar); ${s.provisionalFindings} finding(s) provisional`]
      : []),
    `  规则集 / rules:    ${s.rulesetVersion}`,
    `  退出码 / exit:     ${s.exitCode} (--fail-on ${s.failOn}${s.rejected > 0 ? "; rejected records make it 2" : ""})`,
  ];
}

/** Keys only a rule pack or a pack override has beside its `name` and `version`. */
const PACK_KEYS = ["rules", "extends", "add", "disable", "override", "params", "signature"];

/**
 * A value whose kind could not be detected but that has the shape of a rule pack or override (`name`, `version` and
 * a pack's own keys): a pack left among the records, which `check` names as such and points to `--pack`.
 */
function packNamed(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v["name"] !== "string" || typeof v["version"] !== "string" || !PACK_KEYS.some((k) => Object.hasOwn(v, k))) return undefined;
  return `${v["name"]}@${v["version"]}`;
}

/** The error for a record that is a rule pack: what it is and how to load it, instead of "cannot tell the kind". */
function packAsRecord(file: string, pack: string, e: GgzyError): GgzyError {
  const arg = file === "-" ? "<file>" : file;
  return new GgzyError("UNKNOWN_SUBJECT", {
    zh: `这是规则包（${pack}），不是记录：请用 --pack ${arg} 加载`,
    en: `This is a rule pack (${pack}), not a record: load it with --pack ${arg}`,
    details: { ...e.details, pack },
  });
}

/**
 * `--subject`: one of the record kinds (commander's choices, listed in the help), or the subject a report names for
 * one (`spotCheckQuarter` for `spotCheck`, `expertAdmission` for `expert`), taken for its kind as the service's batch
 * takes it. A misspelt kind or another rule subject is answered with the kind meant.
 */
function recordKindArg(value: string): string {
  const kind = recordKindOf(value);
  if (kind !== undefined) return kind;
  const hint = nameHint(value, RECORD_KINDS, kindOfSubject(value, RECORD_KINDS));
  const allowed = RECORD_KINDS.join(", ");
  throw new InvalidArgumentError(hint.suggestions.length > 0 ? `${hint.zh}可选值：${allowed} / ${hint.en} Allowed: ${allowed}` : `Allowed choices are ${allowed}.`);
}

/** One line for a rejected record: where it is, and why (with the field's path when there is one). */
function rejectedLine(r: Rejected): string {
  const issue = r.error.issues[0];
  const where = issue !== undefined && !r.error.message.en.includes(formatPath(issue.path)) ? ` [${formatPath(issue.path)}]` : "";
  return `ggzy check: ${r.file}:${r.line}: 拒收 / rejected: ${r.error.message.zh} / ${r.error.message.en}${where}${calendarHint(r.error)}`;
}

/** A year past the calendar's last (its holiday notice not published yet, or not in this version): the flag to use. */
function calendarHint(error: Rejected["error"]): string {
  if (error.code !== "CALENDAR_YEAR_NOT_COVERED" || error.details["provisional"] !== true) return "";
  return `\n  提示：加 --provisional-calendar 按法定节日暂定计算该年工作日，或用该年之前的 --as-of / hint: add --provisional-calendar to count that year's working days on statutory holidays, or an --as-of before that year`;
}

/**
 * `ggzy check <paths...>`: checks every record of the files, directories and JSON Lines given. A bad record is
 * reported with its file and line and skipped; the others are checked; a summary ends the output. Exit 0, 1 when a
 * finding reaches `--fail-on`, 2 when a record was rejected or there was no record at all.
 */
export function registerCheck(program: Command): void {
  program
    .command("check")
    .argument("<paths...>", "记录文件、目录或 - (标准输入) / record files, directories, or - for standard input")
    .description(
      "校验记录（JSON、JSON 数组或 JSON Lines，可多个文件和目录）：坏记录报告后跳过，最后给出汇总 / check records (JSON, JSON arrays or JSON Lines; many files and directories): a bad record is reported and skipped, a summary ends the run",
    )
    .addOption(new Option("--subject <kind>", "记录类型（默认自动识别；也接受报告中的主体名 spotCheckQuarter、expertAdmission）/ record kind (default: detected; the subject a report names, spotCheckQuarter or expertAdmission, is taken for its kind)").choices(RECORD_KINDS).argParser(recordKindArg))
    .option("--as-of <date>", "判断基准日 YYYY-MM-DD（默认今天，北京时间）/ the day pending acts are judged on (default: today, Asia/Shanghai)", isoDate)
    .option(
      "--provisional-calendar",
      "尚未发布放假通知的年份按法定节日暂定计算工作日（相关发现标为暂定）；默认拒绝此类记录 / count working days in years with no published holiday notice on statutory holidays (findings that rest on them are marked provisional); by default such a record is rejected",
    )
    .option("--pack <file>", "规则包或覆盖（JSON）/ a rule pack or override (JSON)")
    .option("--trusted-key <file...>", "只接受由这些公钥签名的规则包 / accept the pack only if signed by one of these public keys")
    .addOption(new Option("--fail-on <severity>", "何种发现使退出码为 1 / which findings make the exit code 1").choices(["error", "warning", "never"]).default("error"))
    .addOption(new Option("--format <format>", "输出格式 / output format").choices(["table", "json", "jsonl"]).default("table"))
    .option("--json", "等同 --format json / same as --format json")
    .option("--explain", "输出每条发现的判断过程 / print why each finding holds (its explanation tree)")
    .addOption(new Option("--locale <locale>", "提示语言 / message language").choices(["zh", "en", "both"]).default("both"))
    .action(
      action(async (paths: string[], opts: CheckOptions) => {
        const format = opts.json === true ? "json" : opts.format;
        const asOf = asOfOrToday(opts.asOf);
        // Loaded as `ggzy rules --pack` loads it: signature checked against --trusted-key, errors naming the file.
        const ruleSet: RuleSet | undefined = opts.pack !== undefined ? ruleSetOf(readPackArgs([opts.pack], opts.trustedKey)) : undefined;
        const files = inputFiles(paths);
        // Records are read, checked and printed one at a time (JSON Lines as a stream), so a batch of any size runs in
        // the memory of one record; only `--format json`, one JSON document, keeps every report until the end.
        const checked: Checked[] = [];
        const rejected: Rejected[] = [];
        let checkedCount = 0;
        let rejectedCount = 0;
        let ok = 0;
        const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
        let notJudged = 0;
        let provisionalFindings = 0;
        let rulesetVersion = ruleSet?.version ?? "";
        const emit = (line: string): void => {
          if (format === "table") process.stdout.write(`${line}\n`);
        };
        const writeJsonl = (value: unknown): void => {
          if (format === "jsonl") process.stdout.write(`${JSON.stringify(value)}\n`);
        };
        const reject = (at: { file: string; line: number; index: number }, error: GgzyError): void => {
          const r: Rejected = { file: at.file, line: at.line, index: at.index, error: error.toJSON() };
          rejectedCount++;
          if (format === "json") rejected.push(r);
          writeJsonl({ type: "rejected", ...r });
          if (format === "table") {
            emit(`${r.file}:${r.line}  rejected`);
            process.stderr.write(`${rejectedLine(r)}\n`);
          }
        };
        const checkRecord = (rec: SourcedRecord): void => {
          if ("error" in rec) return reject(rec, rec.error);
          let report: Report;
          try {
            report = validateRecord(rec.value, opts.subject, {
              asOf: asOf.asOf,
              ...(opts.provisionalCalendar === true ? { provisionalCalendar: true } : {}),
              locale: opts.locale,
              explain: opts.explain === true ? "findings" : "none",
              ...(ruleSet ? { ruleSet } : {}),
            });
          } catch (e) {
            if (!isGgzyError(e)) throw e;
            const pack = e.code === "UNKNOWN_SUBJECT" && opts.subject === undefined ? packNamed(rec.value) : undefined;
            return reject(rec, pack !== undefined ? packAsRecord(rec.file, pack, e) : e);
          }
          rulesetVersion = report.rulesetVersion;
          const c: Checked = { file: rec.file, line: rec.line, index: rec.index, kind: opts.subject ?? detectRecordKind(rec.value) ?? report.subject, report };
          checkedCount++;
          if (report.ok) ok++;
          if (format === "json") checked.push(c);
          for (const f of report.findings) {
            findings[f.severity]++;
            if (f.evidence["calendar.provisionalYears"] !== undefined) provisionalFindings++;
          }
          const unjudged = noDataOf(report);
          notJudged += unjudged.length;
          writeJsonl({ type: "record", ...c });
          // A batch lists the records with findings or rules it could not judge; the clean ones are counted in the summary.
          if (report.findings.length > 0 || unjudged.length > 0) {
            const counts = SEVERITIES.map((s) => `${report.findings.filter((f) => f.severity === s).length} ${s}`).join(", ");
            emit(`${rec.file}:${rec.line}  ${c.kind}  ${report.ok ? "ok" : "NOT ok"} — ${counts}${unjudged.length > 0 ? `, ${unjudged.length} not judged (no data)` : ""}`);
            for (const f of report.findings) for (const line of findingLines(f, opts.locale, opts.explain === true)) emit(line);
            for (const u of unjudged) emit(noDataLine(u, opts.locale));
          }
        };
        let records = 0;
        for (const file of files) {
          // Where the file was read up to: a read error part-way (a truncated gzip, a failing disk) is reported as
          // the file's next record, rejected, and the other files are still checked.
          let next = { file, line: 1, index: 0 };
          try {
            for await (const rec of streamSourcedRecords(file)) {
              records++;
              next = { file, line: rec.line + 1, index: rec.index + 1 };
              checkRecord(rec);
              // Kept current: a reader that closes the pipe early (`| head`) ends the run with the code of what was
              // checked (the pipe's error comes after this record's writes, on the next tick).
              process.exitCode = exitCodeOf(rejectedCount, findings, opts.failOn);
            }
          } catch (e) {
            if (!isGgzyError(e)) throw e;
            records++;
            reject(next, e);
            process.exitCode = exitCodeOf(rejectedCount, findings, opts.failOn);
          }
        }
        if (records === 0) {
          throw new GgzyError("INVALID_INPUT", {
            zh: `没有可检查的记录：${paths.join(" ")} 中没有任何记录（空文件或目录中没有 .json/.jsonl 文件）`,
            en: `Nothing to check: no record in ${paths.join(" ")} (empty files, or no .json/.jsonl file in the directories)`,
            details: { paths, files },
          });
        }
        if (rulesetVersion === "") rulesetVersion = "(none: every record was rejected)";
        const exitCode = exitCodeOf(rejectedCount, findings, opts.failOn);
        const summary: CheckSummary = {
          ...asOf,
          rulesetVersion,
          files: files.length,
          records,
          checked: checkedCount,
          rejected: rejectedCount,
          ok,
          findings,
          notJudged,
          provisionalCalendar: opts.provisionalCalendar === true,
          provisionalFindings,
          failOn: opts.failOn,
          exitCode,
        };
        if (format === "json") printJson({ ...asOf, rulesetVersion, records: checked, rejected, summary });
        else if (format === "jsonl") writeJsonl({ type: "summary", ...summary });
        else process.stdout.write(`${summaryLines(summary).join("\n")}\n`);
        return exitCode;
      }),
    );
}
