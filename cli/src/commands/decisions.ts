import type { Command } from "commander";
import { replayLogs } from "../decisions/replay";
import type { ReplaySummary } from "../decisions/replay";
import { EXIT, action, printJson } from "../io";

/**
 * What a replay says of decisions taken by another version of the tool, if there are any: they were taken again by
 * this version, so "identical" means the same decision under this version, not a run of the one that took them.
 */
export function otherToolsLine(s: Pick<ReplaySummary, "tool" | "otherTools">): string | undefined {
  const entries = Object.entries(s.otherTools).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return undefined;
  const n = entries.reduce((sum, [, k]) => sum + k, 0);
  return `${n} decision${n === 1 ? " was" : "s were"} taken by another version (${entries.map(([t, k]) => `${t}: ${k}`).join(", ")}) and replayed by ${s.tool}: identical means identical under ${s.tool}, not under the version that took them`;
}

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
          const by = o.tool !== undefined ? ` (taken by ${o.tool})` : "";
          if (o.status !== "identical") process.stdout.write(`${o.file}:${o.line} ${o.id ?? "-"} ${o.endpoint ?? ""} ${o.status.toUpperCase()}: ${o.reason ?? ""}${by}\n`);
        });
        if (opts.json) printJson(s);
        else {
          process.stdout.write(`${s.decisions} decisions: ${s.identical} identical, ${s.different} different, ${s.inconsistent} inconsistent, ${s.notReplayable} not replayable, ${s.unreadable} unreadable lines\n`);
          const other = otherToolsLine(s);
          if (other !== undefined) process.stdout.write(`${other}\n`);
        }
        return s.different > 0 || s.inconsistent > 0 || s.unreadable > 0 ? EXIT.findings : EXIT.ok;
      }),
    );
}
