import type { Command } from "commander";
import { replayLogs } from "../decisions/replay";
import { EXIT, action, printJson } from "../io";

/**
 * `ggzy decisions replay <log…> [--packs <dir>] [--json]`: takes every logged decision again under the rule set of
 * its recorded content hash and reports it identical, different (and why) or inconsistent (a line edited after the
 * fact). Exit 0 when none differs, none is inconsistent and every line parses, 1 otherwise, 2 on bad input.
 */
export function registerDecisions(program: Command): void {
  const decisions = program.command("decisions").description("决策日志 / the service's decision log");
  decisions
    .command("replay <log...>")
    .description("按记录的规则集重放决策并比较 / re-take logged decisions under their recorded rule set and compare (exit 1 if any differs or a line was edited)")
    .option("--packs <dir>", "规则包目录（按内容哈希匹配）/ folder of rule packs, matched by the recorded content hash")
    .option("--json", "JSON output")
    .action(
      action(async (logs: string[], opts: { packs?: string; json?: boolean }) => {
        // The table lists what is not identical as the replay goes; JSON is one document, so it keeps every outcome.
        const s = await replayLogs(logs, opts.packs, opts.json ? undefined : (o) => {
          if (o.status !== "identical") process.stdout.write(`${o.file}:${o.line} ${o.id ?? "-"} ${o.endpoint ?? ""} ${o.status.toUpperCase()}: ${o.reason ?? ""}\n`);
        });
        if (opts.json) printJson(s);
        else process.stdout.write(`${s.decisions} decisions: ${s.identical} identical, ${s.different} different, ${s.inconsistent} inconsistent, ${s.notReplayable} not replayable, ${s.unreadable} unreadable lines\n`);
        return s.different > 0 || s.inconsistent > 0 || s.unreadable > 0 ? EXIT.findings : EXIT.ok;
      }),
    );
}
