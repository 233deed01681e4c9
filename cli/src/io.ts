import { createWriteStream, existsSync, lstatSync, openSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Writable } from "node:stream";
import { jsonSyntaxAt } from "./json-syntax";
import { once } from "node:events";
import { basename, dirname, join, resolve } from "node:path";
import { GgzyError, isGgzyError } from "ggzy-rules/model";

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
  return decodeText(bytes, path);
}

/**
 * A file's bytes as text. Fatal decoding: a binary or mis-encoded file is a GgzyError("IO_ERROR") naming it as such,
 * instead of being read with U+FFFD in it (and one too large for a string says so).
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  try {
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
    throw jsonSyntaxError(path, text, e);
  }
}

/**
 * JSON.parse's syntax error as a GgzyError naming the file and the real line and column (JSON.parse names only an
 * offset, or none); `lineOffset` shifts the line for text that is one line of a larger file (JSON Lines).
 */
export function jsonSyntaxError(file: string, text: string, e: unknown, lineOffset = 0): GgzyError {
  const at = jsonSyntaxAt(text, e);
  const line = at.line + lineOffset;
  return new GgzyError("INVALID_INPUT", {
    zh: `${file} 第 ${line} 行第 ${at.column} 列：不是有效的 JSON（${at.reason}）`,
    en: `${file} line ${line} column ${at.column}: not valid JSON (${at.reason})`,
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
 * Refuses, before anything is written, when one of the files a command is about to write exists: IO_ERROR naming
 * the first and `--force` (the message of every command that keeps existing files). A command that writes several
 * files calls it with all of them first, so it writes none of them or all.
 */
export function refuseExisting(paths: readonly string[]): void {
  const path = paths.find((p) => existsSync(p));
  if (path === undefined) return;
  throw new GgzyError("IO_ERROR", {
    zh: `文件 ${path} 已存在（使用 --force 覆盖）`,
    en: `File ${path} exists (use --force to overwrite)`,
    details: { file: path },
  });
}

/**
 * The one way the CLI writes a file: to a temporary file beside it, then renamed over it, so a reader never sees
 * half a file and an interrupted run leaves the old file whole. A secret gets `mode: 0o600` from its creation (it
 * is never readable by others, not even for a moment). Failures are GgzyError("IO_ERROR") naming the file.
 */
export function writeFile(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  if (options.force === false) refuseExisting([path]);
  if (isSpecial(path)) {
    // A device, a FIFO or a link to the process's own stream: written to, not replaced.
    try {
      writeFileSync(path, data);
    } catch (e) {
      throw ioError(WRITE, path, e);
    }
    return;
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data, { mode: options.mode ?? 0o644, flag: "wx" });
    renameSync(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    throw ioError(WRITE, path, e);
  }
}

/**
 * Whether `path` leads to something that is not a plain file: a device (`/dev/null`), a FIFO, or a process's own
 * stream (`/dev/stdout` is a link into `/proc/self/fd`, which leads to a plain file when the output is redirected to
 * one). Such a path is written to directly: a rename over it would replace the device, the pipe or the link. (A
 * symbolic link to any other plain file is replaced, as every file the CLI writes: a link planted where a secret is
 * written is not followed.)
 */
function isSpecial(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return true;
    // Follow the links one by one: one into /dev or /proc is a stream of the process, whatever it leads to.
    let at = resolve(path);
    for (let hops = 0; hops < 40; hops++) {
      if (at.startsWith("/dev/") || at.startsWith("/proc/")) return true;
      if (!lstatSync(at).isSymbolicLink()) return false;
      at = resolve(dirname(at), readlinkSync(at));
    }
    return true; // a loop of links: not a plain file
  } catch {
    return false; // absent (or not ours to look at): written through a temporary file
  }
}

/**
 * Temporary files being written, with the file each will become: removed if the process exits (Ctrl-C, a closed pipe)
 * before they are renamed.
 */
const openTemporaries = new Map<string, string>();
function removeTemporaries(): void {
  for (const tmp of openTemporaries.keys()) removeQuietly(tmp);
  openTemporaries.clear();
}

/** The files still being written through a temporary file: what a run that ends now leaves unwritten. */
export function unfinishedOutputs(): string[] {
  return [...openTemporaries.values()];
}
function onSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  process.kill(process.pid, signal); // the handler is gone (once): the signal now does what it would have done
}
function track(tmp: string, path: string): void {
  if (openTemporaries.size === 0) {
    process.once("exit", removeTemporaries);
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    process.once("SIGHUP", onSignal);
  }
  openTemporaries.set(tmp, path);
}
function untrack(tmp: string): void {
  openTemporaries.delete(tmp);
  if (openTemporaries.size === 0) {
    process.removeListener("exit", removeTemporaries);
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    process.removeListener("SIGHUP", onSignal);
  }
}
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written, or the directory is not ours to clean
  }
}

/** A file written as it is produced (see {@link openStreamedFile}). */
export interface StreamedFile {
  /** Appends text; waits while the stream's buffer is full, so memory stays bounded whatever the output's size. */
  write(text: string): Promise<void>;
  /** Writes out what is buffered and closes the stream, without renaming yet (to commit several files together). */
  flush(): Promise<void>;
  /** Flushes (if not done yet) and renames the file over `path`. */
  close(): Promise<void>;
  /** Drops what was written: the temporary file is removed and `path` is left as it was. */
  abort(): void;
}

/**
 * {@link writeFile} for output too large to hold in one string: written as it comes to a temporary file beside
 * `path`, renamed over it by `close()`, removed by `abort()` or if the process ends first (an interrupted or failed
 * run leaves the old file whole). `-` is standard output; a device, a FIFO or a link to the process's own stream
 * (`/dev/stdout`) is written to directly; both as the text comes. Failures are GgzyError("IO_ERROR") naming the file.
 */
export function openStreamedFile(path: string): StreamedFile {
  if (path === "-") return streamTo(process.stdout, path, async () => undefined, async () => undefined, () => undefined);
  if (isSpecial(path)) {
    const direct = createWriteStream(path, { flags: "w" });
    return streamTo(direct, path, () => endOf(direct), async () => undefined, () => direct.destroy());
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // Tracked before it exists: a signal that comes once the file is there finds the handler that removes it (were the
  // file opened first, a Ctrl-C in between would end the process the default way and leave the file behind).
  track(tmp, path);
  let fd: number;
  try {
    // Opened here, synchronously: the file exists before anything can abort it.
    fd = openSync(tmp, "wx", 0o644);
  } catch (e) {
    untrack(tmp);
    throw ioError(WRITE, path, e);
  }
  const stream = createWriteStream("", { fd });
  const drop = (): void => {
    stream.destroy();
    removeQuietly(tmp);
    untrack(tmp);
  };
  return streamTo(
    stream,
    path,
    () => endOf(stream),
    async () => {
      renameSync(tmp, path);
      untrack(tmp);
    },
    drop,
  );
}

function endOf(stream: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

function streamTo(stream: Writable, path: string, end: () => Promise<void>, commit: () => Promise<void>, drop: () => void): StreamedFile {
  let failure: unknown;
  let ended: Promise<void> | undefined;
  // An error may come between two writes: kept, and reported by the next call.
  stream.on("error", (e) => (failure ??= e));
  const failIfBroken = (): void => {
    if (failure !== undefined) throw ioError(WRITE, path, failure);
  };
  return {
    async write(text) {
      failIfBroken();
      try {
        if (!stream.write(text)) await once(stream, "drain");
      } catch (e) {
        throw ioError(WRITE, path, e);
      }
    },
    async flush() {
      failIfBroken();
      try {
        await (ended ??= end());
      } catch (e) {
        drop();
        throw ioError(WRITE, path, e);
      }
    },
    async close() {
      await this.flush();
      try {
        await commit();
      } catch (e) {
        drop();
        throw ioError(WRITE, path, e);
      }
    },
    abort: drop,
  };
}

/** Writes a text file through {@link writeFile}, refusing to overwrite unless `force` is set. */
export function writeText(path: string, text: string, force = true): void {
  writeFile(path, text, { force });
}

/** Prints a value as pretty JSON on standard output. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Prints an object as pretty JSON on standard output, the same text as {@link printJson}, but each element of its
 * top-level arrays is serialised on its own and written in pieces of about a megabyte. `ggzy risk --json` over
 * years of records prints hundreds of megabytes: as one string it doubled the command's peak memory, and past
 * V8's longest string (about 2^29 characters) it could not be printed at all.
 */
export function printJsonInParts(value: Readonly<Record<string, unknown>>): void {
  let parts: string[] = [];
  let size = 0;
  const put = (s: string) => {
    parts.push(s);
    size += s.length;
    if (size < 1 << 20) return;
    process.stdout.write(parts.join(""));
    parts = [];
    size = 0;
  };
  // A value nested at depth d prints as its own pretty JSON with 2·d more spaces after each newline (a JSON string
  // never holds a raw newline). `undefined` members are left out and `undefined` elements print null, as in JSON.
  const nested = (v: unknown, indent: string) => (JSON.stringify(v === undefined ? null : v, null, 2) as string).replaceAll("\n", `\n${indent}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) put("{}");
  else {
    put("{\n");
    entries.forEach(([key, v], i) => {
      put(`  ${JSON.stringify(key)}: `);
      if (Array.isArray(v) && v.length > 0) {
        put("[\n");
        v.forEach((element, j) => put(`    ${nested(element, "    ")}${j < v.length - 1 ? ",\n" : "\n"}`));
        put("  ]");
      } else put(nested(v, "  "));
      put(i < entries.length - 1 ? ",\n" : "\n");
    });
    put("}");
  }
  put("\n");
  if (parts.length > 0) process.stdout.write(parts.join(""));
}

/**
 * Reports an error as one bilingual message (a Chinese line and an English line, no stack trace) and returns exit
 * code 2. An error that is not a GgzyError is a fault of the tool, reported the same way.
 */
export function reportError(e: unknown, json = false): number {
  const err =
    isGgzyError(e)
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
