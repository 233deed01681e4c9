import type { Command } from "commander";
import { GgzyError } from "ggzy-rules/model";
import { detectRecordKind, ruleSetWithPack, validateRecord } from "ggzy-rules/rules";
import type { Report } from "ggzy-rules/rules";
import { EXIT, action, printJson, readJson, readRecords } from "../io";

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * `ggzy check <file> [--subject <kind>] [--as-of <date>] [--pack <file>] [--json]`: checks one record, an array or
 * JSON Lines; exit 1 when a finding has severity error, 2 on bad input (naming the record).
 */
export function registerCheck(program: Command): void {
  program
    .command("check <file>")
    .description("校验记录（单条、数组或 JSON Lines）并输出发现的问题 / check records (one, an array or JSON Lines) and print findings")
    .option("--subject <kind>", "记录类型 / record kind: expert, agencySelection, committee, evaluation, award, spotCheck, complaint, project")
    .option("--as-of <date>", "判断基准日 YYYY-MM-DD / the day pending acts are judged on")
    .option("--pack <file>", "规则包或覆盖（JSON）/ a rule pack or override (JSON)")
    .option("--json", "JSON output")
    .action(
      action((file: string, opts: { subject?: string; asOf?: string; pack?: string; json?: boolean }) => {
        const records = readRecords(file);
        const ruleSet = opts.pack !== undefined ? ruleSetWithPack(readJson(opts.pack)) : undefined;
        const results: Array<{ index: number; kind: string | undefined; report: Report }> = records.map((record, index) => {
          try {
            const report = validateRecord(record, opts.subject, { ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}), ...(ruleSet ? { ruleSet } : {}) });
            return { index, kind: opts.subject ?? detectRecordKind(record), report };
          } catch (e) {
            if (!(e instanceof GgzyError) || records.length === 1) throw e;
            throw new GgzyError(e.code, { zh: `第 ${index + 1} 条记录：${e.zh}`, en: `Record ${index + 1}: ${e.en}`, issues: e.issues, details: { ...e.details, record: index + 1 } });
          }
        });
        const failed = results.some((r) => !r.report.ok);
        if (opts.json) {
          printJson(records.length === 1 && results[0] ? results[0].report : results);
          return failed ? EXIT.findings : EXIT.ok;
        }
        const out: string[] = [];
        for (const { index, kind, report } of results) {
          out.push(`record ${index + 1} (${kind ?? report.subject}): ${report.findings.length} finding(s), ${report.ok ? "ok" : "NOT ok"} — ${report.rulesetVersion}`);
          for (const f of report.findings) {
            out.push(`  ${f.severity.toUpperCase().padEnd(7)} ${f.ruleId} [${f.clause}] ${f.basis.join("；")}`);
            out.push(`          ${f.message.zh}`);
            out.push(`          ${f.message.en}`);
            const ev = Object.entries(f.evidence).map(([k, v]) => `${k}=${show(v)}`);
            if (ev.length > 0) out.push(`          evidence: ${ev.join(", ")}`);
          }
        }
        process.stdout.write(`${out.join("\n")}\n`);
        return failed ? EXIT.findings : EXIT.ok;
      }),
    );
}
