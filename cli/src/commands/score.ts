import { Option } from "commander";
import type { Command } from "commander";
import { toShanghaiDate } from "ggzy-rules/calendar";
import { scoreAgencies } from "ggzy-rules/scoring";
import { scoreBidders } from "ggzy-rules/scoring";
import type { BidderCreditDataInput } from "ggzy-rules/scoring";
import { parseExpertRatingPolicy } from "ggzy-rules/scoring";
import { expertRatingReport } from "ggzy-rules/scoring";
import type { ExpertRatingDataInput } from "ggzy-rules/scoring";
import type { AgencyCreditInputData, BlacklistStatus } from "ggzy-rules/scoring";
import { parseScorecard } from "ggzy-rules/scoring";
import { GgzyError } from "ggzy-rules/model";
import { action, printJson, readJson } from "../io";
import { isoDate } from "../options";
import { printTable } from "../table";

/** Options shared by `ggzy score …` and `ggzy rank`. */
export interface ScoreCliOptions {
  asOf?: string;
  scorecard?: string;
  json?: boolean;
  ignoreLaterRecords?: boolean;
  detail?: "records" | "items";
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

/**
 * Refuses input with nothing to score: `list` (the array at `what` in `file`) is empty. Exit 2 with the reason,
 * instead of an empty table and exit 0.
 */
export function requireSome(list: unknown, file: string, what: { zh: string; en: string }): void {
  if (Array.isArray(list) && list.length === 0) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `${file} 中没有可评分的${what.zh}（列表为空）`,
      en: `Nothing to score in ${file}: no ${what.en} (the list is empty)`,
      details: { file },
    });
  }
}

/**
 * The blacklist column of `ggzy score agencies`: whether the agency is blacklisted on the as-of day, through when,
 * and why (the reasons' Chinese text, which quotes the entry or penalty). The score and the blacklist are separate
 * (docs/scorecards.md), so the table must say both.
 */
export function blacklistCell(b: BlacklistStatus): string {
  if (!b.blacklisted) return "否 no";
  const until = b.indefinite ? "是 yes (indefinite)" : `是 yes (→ ${b.until ?? ""})`;
  return b.reasons.length > 0 ? `${until} ${b.reasons.map((r) => r.zh).join("；")}` : until;
}

/** A `ggzy score` subcommand with the options all three share. */
function scoreCommand(score: Command, name: string, description: string, scorecardHelp: string): Command {
  return score
    .command(name)
    .description(description)
    .option("--as-of <date>", "评分基准日 YYYY-MM-DD（默认今天，北京时间）/ as-of date (default: today, Asia/Shanghai)", isoDate)
    .option("--scorecard <file>", scorecardHelp)
    .option(...IGNORE_LATER)
    .option("--json", "JSON output");
}

/**
 * `ggzy score agencies|experts|bidders <file> [--as-of <date>] [--scorecard <file>] [--json]`: credit scores
 * (LC80-3.1, LC80-4.2, LC80-5.3). Tables by default, JSON with `--json`; `score agencies --detail items` leaves the
 * per-record entries out of the JSON breakdown. Exit 0, or 2 on bad input.
 */
export function registerScore(program: Command): void {
  const score = program
    .command("score")
    .description("信用评分：代理机构、评标专家、投标人 / credit scores of agencies, experts and bidders");

  scoreCommand(score, "agencies <file>", "代理机构信用评价与黑名单状态（LC80-3.1）/ agency credit and blacklist status; <file>: JSON array of agencies", "评分卡 JSON（替换默认评分卡）/ scorecard file replacing the default")
    .addOption(
      new Option("--detail <level>", "--json 明细：records 逐条记录，items 仅各项得分与记录数（整库评分）/ --json breakdown: every record, or item points and record counts only (whole registries)")
        .choices(["records", "items"])
        .default("records"),
    )
    .action(
      action((file: string, opts: ScoreCliOptions) => {
        const asOf = asOfOption(opts);
        const scorecard = opts.scorecard === undefined ? undefined : parseScorecard(readJson(opts.scorecard));
        const data = readJson(file);
        requireSome(data, file, { zh: "代理机构", en: "agencies" });
        const results = scoreAgencies(data as AgencyCreditInputData[], { asOf, ...(scorecard ? { scorecard } : {}), ...laterRecordsOption(opts), detail: opts.detail ?? "records" });
        if (opts.json) return printJson({ asOf, agencies: results });
        printTable([
          ["机构 agency", "名称 name", "得分 score", "等级 grade", "黑名单 blacklisted"],
          ...results.map((r) => [r.agencyId, r.name, r.credit.score.toFixed(2), r.blacklist.blacklisted ? `${r.credit.grade} *` : r.credit.grade, blacklistCell(r.blacklist)]),
        ]);
        process.stdout.write(`as of ${asOf}; scorecard ${results[0]?.credit.scorecard.id ?? scorecard?.id ?? "agency-credit-default"}\n`);
        const listed = results.filter((r) => r.blacklist.blacklisted).length;
        if (listed > 0) {
          process.stdout.write(
            `* 黑名单中：等级不反映黑名单，列入黑名单的机构不得被选取 / blacklisted on ${asOf} (${listed}): the grade does not reflect a blacklisting; a blacklisted agency may not be selected whatever its grade (docs/scorecards.md, Blacklist)\n`,
          );
        }
      }),
    );

  scoreCommand(score, "experts <file>", "评标专家一事一评汇总（LC80-4.2）/ per-event rating summary; <file>: { experts, evaluations }", "专家评价规则 JSON / expert rating policy file replacing the default")
    .action(
      action((file: string, opts: ScoreCliOptions) => {
        const asOf = asOfOption(opts);
        const policy = opts.scorecard === undefined ? undefined : parseExpertRatingPolicy(readJson(opts.scorecard));
        const data = readJson(file);
        requireSome((data as { experts?: unknown } | null)?.experts, file, { zh: "专家", en: "experts" });
        const rows = expertRatingReport(data as ExpertRatingDataInput, { asOf, ...(policy ? { policy } : {}), ...laterRecordsOption(opts) });
        if (opts.json) return printJson({ asOf, experts: rows });
        printTable([
          ["专家 expert", "姓名 name", "评价次数 events", "未评 unrated", "得分 score", "等级 grade", "暂停 suspended"],
          ...rows.map((r) => [r.expertId, r.name, String(r.events), String(r.unratedEvents), r.score === null ? "-" : r.score.toFixed(2), r.grade ?? "-", r.suspended ? "是 yes" : "否 no"]),
        ]);
        process.stdout.write(`as of ${asOf}\n`);
      }),
    );

  scoreCommand(score, "bidders <file>", "投标人信用评价（LC80-5.3、实施条例第74条）/ bidder credit; <file>: { bidders, abandonments, refusalsToSign, collusionFindings, complaints }", "评分卡 JSON / scorecard file replacing the default")
    .action(
      action((file: string, opts: ScoreCliOptions) => {
        const asOf = asOfOption(opts);
        const scorecard = opts.scorecard === undefined ? undefined : parseScorecard(readJson(opts.scorecard));
        const data = readJson(file);
        requireSome((data as { bidders?: unknown } | null)?.bidders, file, { zh: "投标人", en: "bidders" });
        const results = scoreBidders(data as BidderCreditDataInput, { asOf, ...(scorecard ? { scorecard } : {}), ...laterRecordsOption(opts) });
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
