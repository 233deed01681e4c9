/*
 * What each exit code of `ggzy` means, in one place: docs/cli-reference.md (generated) and docs/cli.md (checked by a
 * test, rewritten by `npm run docs:cli`) both print this table. Every command that can return `EXIT.findings` has a
 * row in EXIT_ONE, named by its source file, and a test holds the two together.
 */

/** When a command exits 1: the command, its source file under cli/src/, and the condition. */
export interface ExitOneReason {
  readonly command: string;
  readonly source: string;
  readonly when: string;
}

/** Every condition that makes a command exit 1 (findings, not failure: the run itself completed). */
export const EXIT_ONE: ReadonlyArray<ExitOneReason> = [
  { command: "check", source: "commands/check.ts", when: "findings at or above `--fail-on` (default `error`; `--fail-on warning` counts warnings too)" },
  { command: "risk", source: "commands/risk.ts", when: "anything flagged (not with `--format cardinal`, which exits 0 as Cardinal does); with `--evaluate`, instead, a detection target missed" },
  { command: "verify", source: "commands/verify.ts", when: "a draw that did not reproduce" },
  { command: "draw reveal", source: "commands/draw.ts", when: "a salt or result that does not match the record" },
  { command: "rank", source: "commands/rank.ts", when: "no eligible agency" },
  { command: "rules lint", source: "commands/rules-authoring.ts", when: "lint findings" },
  { command: "rules test", source: "commands/rules-test.ts", when: "a failed case, or coverage below `--coverage-min`" },
  { command: "decisions replay", source: "commands/decisions.ts", when: "a decision that comes out differently, a log line edited after the fact (inconsistent), or one that cannot be read" },
  { command: "demo", source: "commands/demo.ts", when: "a planted case missed or a draw not verified" },
];

const EXIT_ZERO = "done, and none of the conditions below for exit 1 was met";
const EXIT_TWO =
  "bad input or usage (one bilingual message on stderr, no stack trace): a record rejected, an empty input, a file that " +
  "cannot be read, a wrong option; a run cut short by a reader that closed standard output while another output file " +
  "was still being written (`risk prepare -o - -e errors.csv \\| head`)";

/**
 * The exit codes as a Markdown table: one row for 0, one per command for 1, one for 2.
 *
 * @example
 * ```ts
 * exitCodesTable().split("\n")[0]; // "| code | when |"
 * ```
 */
export function exitCodesTable(): string {
  return [
    "| code | when |",
    "|---|---|",
    `| 0 | ${EXIT_ZERO} |`,
    ...EXIT_ONE.map((r) => `| 1 | \`${r.command}\`: ${r.when} |`),
    `| 2 | ${EXIT_TWO} |`,
  ].join("\n");
}
