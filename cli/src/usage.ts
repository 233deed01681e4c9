import { Help } from "commander";
import type { Command, CommanderError } from "commander";
import { displayWidth, wrapColumns } from "./table";

/*
 * Usage errors in one bilingual line plus a hint, instead of commander's English message and the whole help.
 * Commander's messages are matched by its error codes (commander 14); a message not recognised keeps its English
 * text beside a generic Chinese one, so nothing is ever lost.
 */

/** The command's name as typed: `ggzy draw committee`. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

function splitReason(reason: string): { zh: string; en: string } {
  const allowed = /^Allowed choices are (.*)\.$/.exec(reason);
  if (allowed) return { zh: `可选值：${allowed[1]}`, en: `allowed: ${allowed[1]}` };
  const i = reason.indexOf(" / ");
  return i < 0 ? { zh: reason, en: reason } : { zh: reason.slice(0, i), en: reason.slice(i + 3) };
}

/** Commander's message as { zh, en }, keyed by its error code. */
export function bilingualUsage(code: string, message: string): { zh: string; en: string } {
  const m = message.replace(/^error: /, "").trim();
  let g: RegExpExecArray | null;
  switch (code) {
    case "commander.unknownOption":
      if ((g = /^unknown option '(.*?)'(?:\s*\(Did you mean (.*)\?\))?/.exec(m))) {
        return { zh: `未知选项 ${g[1]}${g[2] ? `（是否想用 ${g[2]}？）` : ""}`, en: `unknown option ${g[1]}${g[2] ? ` (did you mean ${g[2]}?)` : ""}` };
      }
      break;
    case "commander.unknownCommand":
      if ((g = /^unknown command '(.*?)'(?:\s*\(Did you mean (.*)\?\))?/.exec(m))) {
        return { zh: `未知命令 ${g[1]}${g[2] ? `（是否想用 ${g[2]}？）` : ""}`, en: `unknown command ${g[1]}${g[2] ? ` (did you mean ${g[2]}?)` : ""}` };
      }
      break;
    case "commander.missingArgument":
      if ((g = /^missing required argument '(.*)'/.exec(m))) return { zh: `缺少参数 <${g[1]}>`, en: `missing argument <${g[1]}>` };
      break;
    case "commander.optionMissingArgument":
      if ((g = /^option '(.*)' argument missing/.exec(m))) return { zh: `选项 ${g[1]} 缺少取值`, en: `option ${g[1]} needs a value` };
      break;
    case "commander.missingMandatoryOptionValue":
      if ((g = /^required option '(.*)' not specified/.exec(m))) return { zh: `缺少必需的选项 ${g[1]}`, en: `missing required option ${g[1]}` };
      break;
    case "commander.excessArguments":
      if ((g = /^too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)/.exec(m))) {
        return { zh: `参数过多：应为 ${g[2]} 个，实际 ${g[3]} 个`, en: `too many arguments: expected ${g[2]}, got ${g[3]}` };
      }
      break;
    case "commander.invalidArgument":
      if ((g = /^option '(.*?)' argument '(.*)' is invalid\. ?(.*)$/s.exec(m))) {
        const r = splitReason(g[3] ?? "");
        return { zh: `选项 ${g[1]} 的值 '${g[2]}' 无效：${r.zh}`, en: `option ${g[1]}: '${g[2]}' is invalid: ${r.en}` };
      }
      if ((g = /^option '(.*?)' value '(.*)' from env '(.*?)' is invalid\. ?(.*)$/s.exec(m))) {
        const r = splitReason(g[4] ?? "");
        return { zh: `环境变量 ${g[3]}（选项 ${g[1]}）的值 '${g[2]}' 无效：${r.zh}`, en: `environment variable ${g[3]} (option ${g[1]}): '${g[2]}' is invalid: ${r.en}` };
      }
      if ((g = /^command-argument value '(.*)' is invalid for argument '(.*?)'\. ?(.*)$/s.exec(m))) {
        const r = splitReason(g[3] ?? "");
        return { zh: `参数 <${g[2]}> 的值 '${g[1]}' 无效：${r.zh}`, en: `argument <${g[2]}>: '${g[1]}' is invalid: ${r.en}` };
      }
      break;
    case "commander.conflictingOption":
      if ((g = /^option '(.*?)' cannot be used with option '(.*?)'/.exec(m))) return { zh: `选项 ${g[1]} 不能与 ${g[2]} 同时使用`, en: `option ${g[1]} cannot be used with ${g[2]}` };
      break;
  }
  return { zh: "用法错误", en: m };
}

/** The two lines printed for a usage error: the bilingual message, then where to look. */
export function usageLines(cmd: Command, err: CommanderError): string {
  const { zh, en } = bilingualUsage(err.code, err.message);
  const path = commandPath(cmd);
  return `${path}: ${zh} / ${en}\n提示 / hint: ${path} --help\n`;
}

/** Help laid out by terminal columns (string-width), wrapping Chinese text between characters. */
class ColumnsHelp extends Help {
  override displayWidth(str: string): number {
    return displayWidth(str);
  }
  override boxWrap(str: string, width: number): string {
    if (width < this.minWidthToWrap) return str;
    return wrapColumns(str, width).join("\n");
  }
}

/**
 * Applies the CLI's usage conventions to a command and all its subcommands: bilingual one-line usage errors with
 * a hint (exit 2 through the thrown CommanderError), help measured in terminal columns.
 */
export function applyUsageConventions(cmd: Command): void {
  cmd.createHelp = () => Object.assign(new ColumnsHelp(), cmd.configureHelp());
  cmd.configureOutput({ outputError: () => {} });
  cmd.helpOption("-h, --help", "显示帮助 / show help");
  if (cmd.commands.length > 0) cmd.helpCommand("help [command]", "显示命令帮助 / show help for a command");
  cmd.exitOverride((err) => {
    if (err.exitCode !== 0 && err.code !== "commander.help" && err.code !== "commander.executeSubCommandAsync") process.stderr.write(usageLines(cmd, err));
    throw err;
  });
  for (const sub of cmd.commands) applyUsageConventions(sub);
}
