import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { GgzyError, isGgzyError } from "ggzy-rules/model";

/** Exit codes of every `ggzy` command (documented in the README). */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** Reads a whole text file, or standard input for `-`; a missing file is a GgzyError("IO_ERROR"). */
export function readText(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (e) {
    throw new GgzyError("IO_ERROR", {
      zh: `无法读取文件 ${path}：${(e as Error).message}`,
      en: `Cannot read file ${path}: ${(e as Error).message}`,
      details: { file: path },
    });
  }
}

/** Reads and parses a JSON file; a syntax error names the file. */
export function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw jsonSyntaxError(path, text, e);
  }
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * JSON.parse's syntax error as a GgzyError naming the file and the real line and column (JSON.parse names only an
 * offset); `lineOffset` shifts the line for text that is one line of a larger file (JSON Lines).
 */
export function jsonSyntaxError(file: string, text: string, e: unknown, lineOffset = 0): GgzyError {
  const message = (e as Error).message;
  const m = /position (\d+)/.exec(message);
  const offset = m?.[1] !== undefined ? Number(m[1]) : /end of JSON input/.test(message) ? text.length : 0;
  const at = lineAndColumn(text, offset);
  const line = at.line + lineOffset;
  const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected/, "unexpected");
  return new GgzyError("INVALID_INPUT", {
    zh: `${file} 第 ${line} 行第 ${at.column} 列：不是有效的 JSON（${reason}）`,
    en: `${file} line ${line} column ${at.column}: not valid JSON (${reason})`,
    details: { file, line, column: at.column },
  });
}

/** How {@link writeFile} writes. */
export interface WriteOptions {
  /** Replace an existing file (default true); false refuses with IO_ERROR naming --force. */
  readonly force?: boolean;
  /** File mode of a new file, e.g. 0o600 for a secret (salt, sealed result); default 0o644 less the umask. */
  readonly mode?: number;
}

/**
 * The one way the CLI writes a file: to a temporary file beside it, then renamed over it, so a reader never sees
 * half a file and an interrupted run leaves the old file whole. A secret gets `mode: 0o600` from its creation (it
 * is never readable by others, not even for a moment). Failures are GgzyError("IO_ERROR") naming the file.
 */
export function writeFile(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  if (options.force === false && existsSync(path)) {
    throw new GgzyError("IO_ERROR", {
      zh: `文件 ${path} 已存在（使用 --force 覆盖）`,
      en: `File ${path} exists (use --force to overwrite)`,
      details: { file: path },
    });
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data, { mode: options.mode ?? 0o644, flag: "wx" });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new GgzyError("IO_ERROR", {
      zh: `无法写入文件 ${path}：${(e as Error).message}`,
      en: `Cannot write file ${path}: ${(e as Error).message}`,
      details: { file: path },
    });
  }
}

/** Writes a text file through {@link writeFile}, refusing to overwrite unless `force` is set. */
export function writeText(path: string, text: string, force = true): void {
  writeFile(path, text, { force });
}

/** Prints a value as pretty JSON on standard output. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reports a user error in one bilingual line (no stack trace) and returns exit code 2. */
export function reportError(e: unknown, json = false): number {
  if (isGgzyError(e)) {
    if (json) process.stderr.write(`${JSON.stringify(e.toJSON())}\n`);
    else {
      process.stderr.write(`ggzy: ${e.zh}\nggzy: ${e.en}\n`);
      for (const issue of e.issues.slice(0, 5)) process.stderr.write(`  - ${issue.path.join(".") || "(root)"}: ${issue.message}\n`);
    }
    return EXIT.badInput;
  }
  throw e;
}

/**
 * Wraps a command action: user errors (GgzyError) become a one-line message and exit code 2; the action's own
 * return value (0 or 1) becomes the exit code.
 */
export function action<A extends unknown[]>(fn: (...args: A) => number | void | Promise<number | void>) {
  return async (...args: A): Promise<void> => {
    const opts = args.find((a) => typeof a === "object" && a !== null && !Array.isArray(a)) as { json?: boolean } | undefined;
    try {
      const code = await fn(...args);
      process.exitCode = code ?? EXIT.ok;
    } catch (e) {
      process.exitCode = reportError(e, opts?.json === true);
    }
  };
}
