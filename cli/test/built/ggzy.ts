import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * The CLI as a user runs it: the BUILT package (`npm run build`, then `node cli/dist/main.js`), in a child process,
 * from the repository's root. Tests of what a user sees (exit codes, stdout/stderr, files written) use this, so they
 * also catch what the build changes (bundling, the shebang, files shipped beside main.js).
 */

/** The repository's root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The built CLI. */
export const CLI = join(ROOT, "cli/dist/main.js");

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `ggzy <args>` (the built CLI) and returns its exit code, stdout and stderr. */
export function ggzy(args: readonly string[], options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (the CLI tests run the built CLI)`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", ...options.env };
  delete env["GGZY_SALT"];
  if (options.env?.["GGZY_SALT"] !== undefined) env["GGZY_SALT"] = options.env["GGZY_SALT"];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, encoding: "utf8", input: options.input ?? "", env, timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** A fresh temporary directory. */
export function tempDir(prefix = "ggzy-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Today in Asia/Shanghai, as the CLI computes its default `--as-of`. */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
