import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { GgzyError } from "ggzy-rules/model";

/** Exit codes of every `ggzy` command (documented in the README). */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** Why a file operation failed, in both languages, from Node's error code (the message names the path already). */
function fileProblem(e: unknown): { zh: string; en: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return { zh: "文件或目录不存在", en: "no such file or directory" };
    case "EISDIR":
      return { zh: "这是一个目录", en: "it is a directory" };
    case "ENOTDIR":
      return { zh: "路径中有一段不是目录", en: "a part of the path is not a directory" };
    case "EACCES":
    case "EPERM":
      return { zh: "没有权限", en: "permission denied" };
    case "ENOSPC":
      return { zh: "磁盘空间不足", en: "no space left on the device" };
    case "EROFS":
      return { zh: "文件系统只读", en: "read-only file system" };
    default: {
      const message = String((e as Error | undefined)?.message ?? e).split("\n")[0]?.slice(0, 200) ?? "";
      return { zh: message, en: message };
    }
  }
}

function ioError(verb: { zh: string; en: string }, path: string, e: unknown): GgzyError {
  const why = fileProblem(e);
  return new GgzyError("IO_ERROR", {
    zh: `无法${verb.zh}文件 ${path}：${why.zh}`,
    en: `Cannot ${verb.en} file ${path}: ${why.en}`,
    details: { file: path, ...((e as NodeJS.ErrnoException | undefined)?.code ? { code: (e as NodeJS.ErrnoException).code } : {}) },
  });
}

const READ = { zh: "读取", en: "read" };
const WRITE = { zh: "写入", en: "write" };

/**
 * Reads a whole text file, or standard input for `-`. A file that cannot be read (missing, a directory, no
 * permission, too large for one string) or that is not valid UTF-8 is a GgzyError("IO_ERROR") naming the path.
 */
export function readText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === "-" ? 0 : path);
  } catch (e) {
    throw ioError(READ, path, e);
  }
  try {
    // Fatal decoding: a binary or mis-encoded file is named as such instead of being read with U+FFFD in it.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    const tooLarge = e instanceof RangeError || !(e instanceof TypeError);
    throw new GgzyError("IO_ERROR", {
      zh: tooLarge ? `无法读取文件 ${path}：文件太大` : `无法读取文件 ${path}：不是有效的 UTF-8 文本`,
      en: tooLarge ? `Cannot read file ${path}: the file is too large` : `Cannot read file ${path}: not valid UTF-8 text`,
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
    throw new GgzyError("INVALID_INPUT", {
      zh: `文件 ${path} 不是有效的 JSON：${(e as Error).message}`,
      en: `File ${path} is not valid JSON: ${(e as Error).message}`,
      details: { file: path },
    });
  }
}

/**
 * Reads records from a file holding one JSON value, a JSON array, or JSON Lines (one value per line).
 * A bad line is an error naming its line number.
 */
export function readRecords(path: string): unknown[] {
  const text = readText(path).trim();
  if (text === "") return [];
  try {
    const whole = JSON.parse(text) as unknown;
    return Array.isArray(whole) ? whole : [whole];
  } catch {
    return text.split(/\r?\n/).flatMap((line, i) => {
      if (line.trim() === "") return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (e) {
        throw new GgzyError("INVALID_INPUT", {
          zh: `文件 ${path} 第 ${i + 1} 行不是有效的 JSON：${(e as Error).message}`,
          en: `File ${path} line ${i + 1} is not valid JSON: ${(e as Error).message}`,
          details: { file: path, line: i + 1 },
        });
      }
    });
  }
}

/**
 * Writes a file through a temporary file in the same directory and a rename, so that a failure (no such directory,
 * a directory in the way, no permission, a full disk) leaves nothing half-written; refuses to overwrite unless
 * `force` is set. Failures are a GgzyError("IO_ERROR") naming the path.
 */
export function writeText(path: string, text: string, force = true): void {
  if (!force && existsSync(path)) {
    throw new GgzyError("IO_ERROR", {
      zh: `文件 ${path} 已存在（使用 --force 覆盖）`,
      en: `File ${path} exists (use --force to overwrite)`,
      details: { file: path },
    });
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, path);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing was written, or the directory is not ours to clean
    }
    throw ioError(WRITE, path, e);
  }
}

/** Prints a value as pretty JSON on standard output. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Reports an error as one bilingual message (a Chinese line and an English line, no stack trace) and returns exit
 * code 2. An error that is not a GgzyError is a fault of the tool, reported the same way.
 */
export function reportError(e: unknown, json = false): number {
  const err =
    e instanceof GgzyError
      ? e
      : new GgzyError("IO_ERROR", {
          zh: `内部错误：${String((e as Error | undefined)?.message ?? e).split("\n")[0]?.slice(0, 300) ?? ""}`,
          en: `Internal error: ${String((e as Error | undefined)?.message ?? e).split("\n")[0]?.slice(0, 300) ?? ""}`,
        });
  if (json) process.stderr.write(`${JSON.stringify(err.toJSON())}\n`);
  else {
    process.stderr.write(`ggzy: ${oneLine(err.zh)}\nggzy: ${oneLine(err.en)}\n`);
    for (const issue of err.issues.slice(0, 5)) process.stderr.write(`  - ${issue.path.join(".") || "(root)"}: ${oneLine(issue.message)}\n`);
  }
  return EXIT.badInput;
}

/** A message on one line (a message may quote a file's text). */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}

/**
 * Wraps a command action: errors become a one-message report and exit code 2; the action's own return value
 * (0 or 1) becomes the exit code.
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
