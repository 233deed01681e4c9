import { Command } from "commander";
import { vi } from "vitest";

/*
 * The CLI's commands run in-process, as `ggzy` would run them, for tests that want speed and the commands' own
 * stack traces rather than a child process (cli/test/built/ggzy.ts runs the BUILT CLI as a user does).
 */

/** What a command printed and the exit code it set. */
export interface CommandRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Registers the given commands on a fresh program, runs `ggzy <args>` through it with stdout and stderr captured,
 * and returns the exit code (`process.exitCode`, 0 when unset) and the output. Spies and the exit code are restored
 * afterwards, also when the command throws.
 */
export async function runCommand(register: ReadonlyArray<(program: Command) => unknown>, args: readonly string[]): Promise<CommandRun> {
  const program = new Command("ggzy").exitOverride();
  for (const r of register) r(program);
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    process.exitCode = undefined;
    await program.parseAsync([...args], { from: "user" });
    return { code: Number(process.exitCode ?? 0), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}
