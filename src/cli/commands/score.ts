import type { Command } from "commander";
import { toShanghaiDate } from "../../calendar/index";
import { scoreAgencies } from "../../scoring/agency/score-agencies";
import { scoreBidders } from "../../scoring/bidder/score-bidders";
import type { BidderCreditDataInput } from "../../scoring/bidder/bidder-input";
import { parseExpertRatingPolicy } from "../../scoring/expert/rating-policy";
import { expertRatingReport } from "../../scoring/expert/summary";
import type { ExpertRatingDataInput } from "../../scoring/expert/summary";
import type { AgencyCreditInputData } from "../../scoring/agency/agency-input";
import { parseScorecard } from "../../scoring/scorecard/schema";
import { action, printJson, readJson } from "../io";

/** Options shared by `ggzy score …` and `ggzy rank`. */
export interface ScoreCliOptions {
  asOf?: string;
  scorecard?: string;
  json?: boolean;
  ignoreLaterRecords?: boolean;
}

export const IGNORE_LATER = ["--ignore-later-records", "忽略基准日之后的记录（按基准日当时的数据评分）/ score the data as it stood on the as-of date"] as const;

/** `laterRecords` for the library from `--ignore-later-records`. */
export function laterRecordsOption(opts: ScoreCliOptions): { laterRecords?: "ignore" } {
  return opts.ignoreLaterRecords ? { laterRecords: "ignore" } : {};
}

/** The as-of day: `--as-of`, else today in Asia/Shanghai (the CLI, unlike the library, may read the clock). */
export function asOfOption(opts: ScoreCliOptions): string {
  return opts.asOf ?? toShanghaiDate(new Date().toISOString());
}

// Display width: CJK and full-width characters take two columns in a terminal.
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

/** Prints rows as an aligned text table, the first row being the header. */
export function printTable(rows: ReadonlyArray<ReadonlyArray<string>>): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  const line = (row: ReadonlyArray<string>) => row.map((cell, i) => cell + " ".repeat((widths[i] ?? 0) - width(cell))).join("  ").trimEnd();
  const out = rows.map(line);
  if (out.length > 0) out.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  process.stdout.write(`${out.join("\n")}\n`);
}

/**
 * `ggzy score agencies|experts|bidders <file> [--as-of <date>] [--scorecard <file>] [--json]`: credit scores
 * (LC80-3.1, LC80-4.2, LC80-5.3). Tables by default, JSON with `--json`. Exit 0, or 2 on bad input.
 */
export function registerScore(program: Command): void {
  const score = program
    .command("score")
    .description("信用评分：代理机构、评标专家、投标人 / credit scores of agencies, experts and bidders");

  score
    .command("agencies <file>")
    .description("代理机构信用评价与黑名单状态（LC80-3.1）/ agency credit and blacklist status; <file>: JSON array of agencies")
    .option("--as-of <date>", "评分基准日 YYYY-MM-DD（默认今天，北京时间）/ as-of date (default: today, Asia/Shanghai)")
    .option("--scorecard <file>", "评分卡 JSON（替换默认评分卡）/ scorecard file replacing the default")
    .option(...IGNORE_LATER)
    .option("--json", "JSON output")
    .action(
      action((file: string, opts: ScoreCliOptions) => {
        const asOf = asOfOption(opts);
        const scorecard = opts.scorecard === undefined ? undefined : parseScorecard(readJson(opts.scorecard));
        const results = scoreAgencies(readJson(file) as AgencyCreditInputData[], { asOf, ...(scorecard ? { scorecard } : {}), ...laterRecordsOption(opts) });
        if (opts.json) return printJson({ asOf, agencies: results });
        printTable([
          ["机构 agency", "名称 name", "得分 score", "等级 grade", "黑名单 blacklisted"],
          ...results.map((r) => [
            r.agencyId,
            r.name,
            r.credit.score.toFixed(2),
            r.credit.grade,
            r.blacklist.blacklisted ? (r.blacklist.indefinite ? "是 yes (indefinite)" : `是 yes (→ ${r.blacklist.until ?? ""})`) : "否 no",
          ]),
        ]);
        process.stdout.write(`as of ${asOf}; scorecard ${results[0]?.credit.scorecard.id ?? scorecard?.id ?? "agency-credit-default"}\n`);
      }),
    );

  score
    .command("experts <file>")
    .description("评标专家一事一评汇总（LC80-4.2）/ per-event rating summary; <file>: { experts, evaluations }")
    .option("--as-of <date>", "评分基准日 YYYY-MM-DD / as-of date (default: today, Asia/Shanghai)")
    .option("--scorecard <file>", "专家评价规则 JSON / expert rating policy file replacing the default")
    .option(...IGNORE_LATER)
    .option("--json", "JSON output")
    .action(
      action((file: string, opts: ScoreCliOptions) => {
        const asOf = asOfOption(opts);
        const policy = opts.scorecard === undefined ? undefined : parseExpertRatingPolicy(readJson(opts.scorecard));
        const rows = expertRatingReport(readJson(file) as ExpertRatingDataInput, { asOf, ...(policy ? { policy } : {}), ...laterRecordsOption(opts) });
        if (opts.json) return printJson({ asOf, experts: rows });
        printTable([
          ["专家 expert", "姓名 name", "评价次数 events", "未评 unrated", "得分 score", "等级 grade", "暂停 suspended"],
          ...rows.map((r) => [r.expertId, r.name, String(r.events), String(r.unratedEvents), r.score === null ? "-" : r.score.toFixed(2), r.grade ?? "-", r.suspended ? "是 yes" : "否 no"]),
        ]);
        process.stdout.write(`as of ${asOf}\n`);
      }),
    );

  score
    .command("bidders <file>")
    .description("投标人信用评价（LC80-5.3、实施条例第74条）/ bidder credit; <file>: { bidders, abandonments, refusalsToSign, collusionFindings, complaints }")
    .option("--as-of <date>", "评分基准日 YYYY-MM-DD / as-of date (default: today, Asia/Shanghai)")
    .option("--scorecard <file>", "评分卡 JSON / scorecard file replacing the default")
    .option(...IGNORE_LATER)
    .option("--json", "JSON output")
    .action(
      action((file: string, opts: ScoreCliOptions) => {
        const asOf = asOfOption(opts);
        const scorecard = opts.scorecard === undefined ? undefined : parseScorecard(readJson(opts.scorecard));
        const results = scoreBidders(readJson(file) as BidderCreditDataInput, { asOf, ...(scorecard ? { scorecard } : {}), ...laterRecordsOption(opts) });
        if (opts.json) return printJson({ asOf, bidders: results });
        printTable([
          ["投标人 bidder", "得分 score", "等级 grade", "主要扣分 largest deduction"],
          ...results.map((r) => {
            const worst = [...r.breakdown].sort((a, b) => a.points - b.points)[0];
            return [r.subjectId, r.score.toFixed(2), r.grade, worst && worst.points < 0 ? `${worst.label.zh} / ${worst.label.en} ${worst.points.toFixed(2)}` : "-"];
          }),
        ]);
        process.stdout.write(`as of ${asOf}\n`);
      }),
    );
}
