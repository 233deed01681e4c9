import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

/*
 * Every code block in README.md and docs/*.md runs as written: shell blocks (```sh, ```bash) with bash -e against
 * the built CLI (`npx ggzy` is the workspace's bin), TypeScript blocks (```ts) through the type checker with the
 * project's strict options and then node (tsx). The shell blocks of one file run in order, in a fresh directory that
 * looks like the repository root (each of its entries linked), so a guide's later block may use what an earlier one
 * wrote and nothing it writes is left in the clone. A block that cannot run here — a long-running `ggzy serve`, a
 * command that needs the network — says so and why in its info string: ```sh no-run (why). Other languages (json,
 * text) are shown only, except a ```text output block: it shows what the shell block before it prints, and each of
 * its lines must be a line of that block's standard output (it may show only some of them), so a figure in a guide
 * is what a run gives today. Needs `npm run build` first (npm test builds before it runs vitest).
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const work = join(root, ".code-blocks");

// docs/service.md is a transcript against a running `ggzy serve` (curl on localhost:8080, files of the reader's
// own); it is checked by the service's own tests (cli/test/serve), not here.
const NOT_RUN_HERE = new Set(["docs/service.md"]);

interface Block {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly flags: ReadonlyArray<string>;
  readonly code: string;
}

/** The fenced code blocks of a Markdown text, with the line each starts on and its info string. */
export function codeBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(.*)$/.exec(lines[i] as string);
    if (open === null) continue;
    const fence = open[2] as string;
    const [lang = "", ...flags] = (open[3] as string).trim().split(/\s+/);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] as string).trim().startsWith(fence); j++) body.push(lines[j] as string);
    blocks.push({ file, line: i + 1, lang, flags, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

// GGZY_DOCS="docs/platform.md docs/risk.md" runs the blocks of those files only (while editing a guide).
const only = process.env.GGZY_DOCS?.split(/\s+/).filter((f) => f !== "");
const docs = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)]
  .filter((f) => !NOT_RUN_HERE.has(f))
  .filter((f) => only === undefined || only.includes(f));
const all = docs.flatMap((f) => codeBlocks(f, readFileSync(join(root, f), "utf8")));
const runnable = (b: Block): boolean => !b.flags.includes("no-run");
const isShell = (b: Block): boolean => ["sh", "bash", "shell"].includes(b.lang) && runnable(b);
const shell = all.filter(isShell);
const isOutput = (b: Block): boolean => b.lang === "text" && b.flags[0] === "output";

/** The lines of an output block that are not lines of what its shell block printed (trailing spaces aside). */
export function linesNotPrinted(shown: string, printed: string): string[] {
  const lines = new Set(printed.split("\n").map((l) => l.trimEnd()));
  return shown.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "" && !lines.has(l));
}
const typescript = all.filter((b) => ["ts", "typescript"].includes(b.lang) && runnable(b));
const built = existsSync(join(root, "dist", "index.js")) && existsSync(join(root, "cli", "dist", "main.js"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("code blocks of the README and the guides", () => {
  it("finds the blocks (the extraction itself works)", () => {
    expect(codeBlocks("x.md", "a\n```sh no-run\nggzy serve\n```\n```ts\nconst a = 1;\n```\n")).toEqual([
      { file: "x.md", line: 2, lang: "sh", flags: ["no-run"], code: "ggzy serve" },
      { file: "x.md", line: 5, lang: "ts", flags: [], code: "const a = 1;" },
    ]);
    if (only === undefined) expect(shell.length).toBeGreaterThan(3);
    if (only === undefined) expect(typescript.length).toBeGreaterThan(0);
  });

  it("compares an output block with what its shell block printed, line by line", () => {
    expect(linesNotPrinted("a\n  b  \n", "x\na\n  b\ny\n")).toEqual([]);
    expect(linesNotPrinted("a\nb 2\n", "a\nb 3\n")).toEqual(["b 2"]);
    const orphan = all.filter((b, i) => isOutput(b) && !(i > 0 && all[i - 1]?.file === b.file && isShell(all[i - 1] as Block)));
    expect(orphan.map((b) => `${b.file}:${b.line}: a text output block must follow a shell block that runs`)).toEqual([]);
  });

  it("says why a block is not run (the words after no-run)", () => {
    const silent = all.filter((b) => !runnable(b) && b.flags.indexOf("no-run") === b.flags.length - 1);
    expect(silent.map((b) => `${b.file}:${b.line}`)).toEqual([]);
  });

  it("type-checks every TypeScript block with the project's strict options", () => {
    mkdirSync(work, { recursive: true });
    const files = typescript.map((b, i) => {
      const f = join(work, `block-${i}.mts`);
      writeFileSync(f, `${b.code}\nexport {};\n`);
      return f;
    });
    const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (config === undefined) throw new Error("tsconfig.json could not be read");
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && d.file.fileName.startsWith(work))
      .map((d) => {
        const i = Number(/block-(\d+)\.mts$/.exec(d.file?.fileName ?? "")?.[1]);
        const b = typescript[i];
        const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 };
        return `${b?.file}:${(b?.line ?? 0) + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 300_000);

  it.skipIf(!built)("runs every TypeScript block with node", () => {
    mkdirSync(work, { recursive: true });
    const failed: string[] = [];
    typescript.forEach((b, i) => {
      const f = join(work, `run-${i}.mts`);
      writeFileSync(f, `${b.code}\nexport {};\n`);
      try {
        execFileSync(process.execPath, ["--import", "tsx", f], { cwd: root, stdio: "pipe", timeout: 120_000 });
      } catch (e) {
        failed.push(`${b.file}:${b.line}: ${String((e as { stderr?: Buffer }).stderr ?? e).slice(0, 600)}`);
      }
    });
    expect(failed).toEqual([]);
  }, 600_000);

  it.skipIf(!built)("runs every shell block against the built CLI", () => {
    const failed: string[] = [];
    const entries = readdirSync(root).filter((e) => ![".git", ".code-blocks", "ggzy-report"].includes(e));
    for (const file of new Set(shell.map((b) => b.file))) {
      const cwd = join(work, "sh", file.replace(/[/.]/g, "-"));
      rmSync(cwd, { recursive: true, force: true });
      mkdirSync(cwd, { recursive: true });
      for (const e of entries) symlinkSync(join(root, e), join(cwd, e));
      let printed: string | undefined;
      for (const b of all.filter((x) => x.file === file && (isShell(x) || isOutput(x)))) {
        if (isOutput(b)) {
          const missing = printed === undefined ? ["(the shell block before it did not run)"] : linesNotPrinted(b.code, printed);
          if (missing.length > 0) failed.push(`${b.file}:${b.line}: shows lines the command before it does not print today:\n${missing.join("\n")}`);
          continue;
        }
        printed = undefined;
        try {
          printed = execFileSync("bash", ["-e", "-o", "pipefail", "-c", b.code], {
            cwd,
            stdio: "pipe",
            timeout: 300_000,
            env: { ...process.env, PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH ?? ""}` },
          }).toString("utf8");
        } catch (e) {
          const x = e as { status?: number; stderr?: Buffer };
          failed.push(`${b.file}:${b.line} (exit ${x.status}): ${String(x.stderr ?? e).slice(0, 600)}`);
        }
      }
    }
    expect(failed).toEqual([]);
  }, 1_800_000);
});
