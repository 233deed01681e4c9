import type { Command, Option } from "commander";
import { exitCodesTable } from "./exit-codes";

/*
 * The CLI reference (docs/cli-reference.md), written from the commands' own commander definitions so it cannot drift
 * from what `ggzy --help` says. `npm run docs:cli` rewrites the file; a test fails when the committed file is stale.
 */

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function optionRow(o: Option): string {
  const extra: string[] = [];
  if (o.argChoices !== undefined) extra.push(`one of: ${o.argChoices.map((c) => `\`${c}\``).join(", ")}`);
  if (o.defaultValue !== undefined && o.defaultValue !== false) extra.push(`default: \`${typeof o.defaultValue === "string" ? o.defaultValue : JSON.stringify(o.defaultValue)}\``);
  return `| \`${cell(o.flags)}\` | ${cell(o.description)}${extra.length > 0 ? ` (${extra.join("; ")})` : ""} |`;
}

function usage(cmd: Command, path: readonly string[]): string {
  return [...path, cmd.name(), cmd.usage()].filter((x) => x !== "").join(" ");
}

function section(cmd: Command, path: readonly string[], depth: number): string[] {
  const out: string[] = [];
  const name = [...path, cmd.name()].join(" ");
  out.push(`${"#".repeat(depth)} \`${name}\``, "");
  if (cmd.description() !== "") out.push(cmd.description(), "");
  out.push("```text", usage(cmd, path), "```", "");
  const args = cmd.registeredArguments.filter((a) => a.description !== "");
  if (args.length > 0) {
    out.push("| argument | |", "|---|---|");
    for (const a of args) out.push(`| \`${a.name()}${a.variadic ? "…" : ""}\`${a.required ? "" : " (optional)"} | ${cell(a.description)} |`);
    out.push("");
  }
  const options = cmd.options.filter((o) => !o.hidden);
  if (options.length > 0) {
    out.push("| option | |", "|---|---|");
    for (const o of options) out.push(optionRow(o));
    out.push("");
  }
  for (const sub of cmd.commands) out.push(...section(sub, [...path, cmd.name()], Math.min(depth + 1, 4)));
  return out;
}

/**
 * The Markdown reference of a commander program: every command, its arguments and options, in definition order.
 *
 * @example
 * ```ts
 * writeFileSync("docs/cli-reference.md", cliReference(buildProgram()));
 * ```
 */
export function cliReference(program: Command): string {
  const out: string[] = [
    "# CLI reference",
    "",
    "<!-- Generated from the commands' own definitions by `npm run docs:cli` (cli/src/cli-reference.ts); do not edit. -->",
    "",
    program.description(),
    "",
    "Run it as `npx ggzy …` in a clone (after `npm run build`) or `ggzy …` where `ggzy-cli` is installed. Every command takes",
    "`--help`. Exit codes:",
    "",
    exitCodesTable(),
    "",
    "| command | what |",
    "|---|---|",
    ...program.commands.map((c) => `| [\`ggzy ${c.name()}\`](#ggzy-${c.name()}) | ${cell(c.description())} |`),
    "",
  ];
  for (const c of program.commands) out.push(...section(c, ["ggzy"], 2));
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
