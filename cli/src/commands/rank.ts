import type { Command } from "commander";
import type { AgencyCreditInputData } from "ggzy-rules/scoring";
import { rankAgencies } from "ggzy-rules/scoring";
import { parseScorecard } from "ggzy-rules/scoring";
import { EXIT, action, printJson, readJson } from "../io";
import { printTable } from "../table";
import { isoDate } from "../options";
import { IGNORE_LATER, asOfOption, laterRecordsOption, requireSome } from "./score";
import type { ScoreCliOptions } from "./score";

/**
 * `ggzy rank <project.json> <agencies.json> [--as-of <date>] [--scorecard <file>] [--json]`: the merit ranking of
 * agencies for a project (LC80-3.2). Exit 0 with at least one eligible agency, 1 when none is eligible, 2 on bad input.
 */
export function registerRank(program: Command): void {
  program
    .command("rank <project> <agencies>")
    .description("代理机构择优排序（LC80-3.2）/ merit ranking of agencies for a project; exit 1 when none is eligible")
    .option("--as-of <date>", "排序基准日 YYYY-MM-DD（默认今天，北京时间）/ as-of date (default: today, Asia/Shanghai)", isoDate)
    .option("--scorecard <file>", "评分卡 JSON / scorecard file replacing the default")
    .option(...IGNORE_LATER)
    .option("--json", "JSON output")
    .action(
      action((projectFile: string, agenciesFile: string, opts: ScoreCliOptions) => {
        const asOf = asOfOption(opts);
        const scorecard = opts.scorecard === undefined ? undefined : parseScorecard(readJson(opts.scorecard));
        const agencies = readJson(agenciesFile);
        requireSome(agencies, agenciesFile, { zh: "代理机构", en: "agencies" });
        const ranking = rankAgencies(readJson(projectFile) as never, agencies as AgencyCreditInputData[], {
          asOf,
          ...(scorecard ? { scorecard } : {}),
          ...laterRecordsOption(opts),
        });
        if (opts.json) printJson(ranking);
        else {
          printTable([
            ["名次 rank", "机构 agency", "得分 score", "等级 grade", "理由 reasons"],
            ...ranking.ranked.map((r) => [String(r.rank), r.agencyId, r.score.toFixed(2), r.grade, r.reasons.slice(2).map((x) => x.zh).join("；")]),
          ]);
          if (ranking.excluded.length > 0) {
            process.stdout.write("\n不参与排序 / excluded:\n");
            for (const e of ranking.excluded) process.stdout.write(`  ${e.agencyId}: ${e.reasons.map((x) => `${x.zh} / ${x.en}`).join("; ")}\n`);
          }
          process.stdout.write(`project ${ranking.projectId}; as of ${ranking.asOf}; scorecard ${ranking.scorecard.id} v${ranking.scorecard.version}; ties broken by agency id (UTF-8)\n`);
        }
        return ranking.ranked.length > 0 ? EXIT.ok : EXIT.findings;
      }),
    );
}
