import { readFileSync, readdirSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extname, join } from "node:path";
import { GgzyError } from "ggzy-rules/model";
import { jsonSyntaxError, lineAndColumn, readText } from "./io";
import { readJsonLines } from "./lines";

/** One record read from a file: its value, or why it could not be read, with the file and the line it starts on. */
export type SourcedRecord =
  | { readonly file: string; readonly line: number; readonly index: number; readonly value: unknown }
  | { readonly file: string; readonly line: number; readonly index: number; readonly error: GgzyError };

const RECORD_FILE = /\.(json|jsonl|ndjson)(\.gz)?$/i;

/**
 * The files named by `paths`: files as given, directories searched (recursively, in name order) for `.json`,
 * `.jsonl` and `.ndjson` files (gzipped too: `.jsonl.gz`), `-` for standard input. A path that does not exist is an IO_ERROR.
 */
export function inputFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (RECORD_FILE.test(e.name)) out.push(p);
    }
  };
  for (const p of paths) {
    if (p === "-") {
      out.push(p);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      throw new GgzyError("IO_ERROR", {
        zh: `无法读取 ${p}：${(e as NodeJS.ErrnoException).code === "ENOENT" ? "文件或目录不存在" : (e as Error).message}`,
        en: `Cannot read ${p}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (e as Error).message}`,
        details: { file: p },
      });
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}

function syntaxError(file: string, text: string, e: unknown, lineOffset = 0): { error: GgzyError; line: number } {
  const error = jsonSyntaxError(file, text, e, lineOffset);
  return { error, line: error.details["line"] as number };
}

/**
 * Offsets where the elements of a top-level JSON array start (the text is known to be valid JSON). Strings are
 * skipped with their escapes, so brackets and commas inside them do not count.
 */
export function arrayElementOffsets(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "\r" || c === "\t") continue;
    if (depth === 1 && expectValue && c !== "]") {
      starts.push(i);
      expectValue = false;
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return starts;
}

function isJsonLinesName(file: string): boolean {
  return /^\.(jsonl|ndjson)$/i.test(extname(file.replace(/\.gz$/i, "")));
}

/** A file's text; `.gz` files are gunzipped first. */
function readRecordText(file: string): string {
  if (!/\.gz$/i.test(file)) return readText(file);
  try {
    return gunzipSync(readFileSync(file)).toString("utf8");
  } catch (e) {
    throw new GgzyError("IO_ERROR", {
      zh: `无法读取压缩文件 ${file}：${(e as Error).message}`,
      en: `Cannot read gzipped file ${file}: ${(e as Error).message}`,
      details: { file },
    });
  }
}

function readJsonLinesText(file: string, text: string): SourcedRecord[] {
  const out: SourcedRecord[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    const index = out.length;
    try {
      out.push({ file, line: i + 1, index, value: JSON.parse(line) as unknown });
    } catch (e) {
      out.push({ file, index, ...syntaxError(file, line, e, i) });
    }
  });
  return out;
}

/**
 * Every record of one file: a JSON value (one record), a JSON array (one record per element) or JSON Lines (one
 * per line; `.jsonl`/`.ndjson`, or standard input whose first line is a JSON value of its own). A record that is
 * not JSON becomes an error naming its real line; the others are still returned. A file that cannot be read throws.
 */
export function readSourcedRecords(file: string): SourcedRecord[] {
  return recordsOfText(file, readRecordText(file));
}

/** `readSourcedRecords` of a file's text. */
function recordsOfText(file: string, raw: string): SourcedRecord[] {
  const text = raw.replace(/^\uFEFF/, "");
  if (text.trim() === "") return [];
  if (isJsonLinesName(file)) return readJsonLinesText(file, text);
  let whole: unknown;
  try {
    whole = JSON.parse(text) as unknown;
  } catch (e) {
    if (!/\.json(\.gz)?$/i.test(file) && looksLikeJsonLines(text)) return readJsonLinesText(file, text);
    return [{ file, index: 0, ...syntaxError(file, text, e) }];
  }
  if (!Array.isArray(whole)) return [{ file, line: lineAndColumn(text, text.search(/\S/)).line, index: 0, value: whole }];
  const starts = arrayElementOffsets(text);
  return whole.map((value: unknown, index) => ({ file, line: lineAndColumn(text, starts[index] ?? 0).line, index, value }));
}

/** Text whose first non-empty line is a whole JSON value and that has more lines: JSON Lines. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0] ?? "");
    return true;
  } catch {
    return false;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A line as text; a line that is not valid UTF-8 stays `undefined`. */
function decodeLine(raw: string | Uint8Array): string | undefined {
  if (typeof raw === "string") return raw;
  try {
    return utf8.decode(raw);
  } catch {
    return undefined;
  }
}

/** The record on line `line` (1-based) of a JSON Lines file, or why it cannot be read. */
function lineRecord(file: string, text: string | undefined, line: number, index: number): SourcedRecord {
  if (text === undefined) {
    const error = new GgzyError("INVALID_INPUT", {
      zh: `${file} 第 ${line} 行：不是有效的 UTF-8 文本`,
      en: `${file} line ${line}: not valid UTF-8 text`,
      details: { file, line },
    });
    return { file, line, index, error };
  }
  try {
    return { file, line, index, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { file, index, ...syntaxError(file, text, e, line - 1) };
  }
}

/**
 * The records `readSourcedRecords` gives, read as a stream when the input is JSON Lines (by its name, or, for
 * standard input and other names, because its first line is a JSON value of its own and another line follows): a
 * batch of any size then takes the memory of one record, and a line that is not valid UTF-8 is a bad record of its
 * own. A `.json` file, or text that is not JSON Lines, is read whole, as `readSourcedRecords` reads it.
 */
export async function* streamSourcedRecords(file: string): AsyncGenerator<SourcedRecord> {
  if (/\.json(\.gz)?$/i.test(file)) {
    yield* readSourcedRecords(file);
    return;
  }
  const named = isJsonLinesName(file);
  const lines = readJsonLines(file, undefined, { gunzip: /\.gz$/i.test(file) })[Symbol.asyncIterator]();
  // Without a JSON Lines name, lines are kept until the kind of text is known: up to the second non-blank one.
  const head: Array<string | undefined> = [];
  let nonBlank = 0;
  let ended = false;
  while (!named && nonBlank < 2) {
    const next = await lines.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    const text = decodeLine(next.value);
    head.push(head.length === 0 && text !== undefined ? text.replace(/^\uFEFF/, "") : text);
    if (text === undefined || text.trim() !== "") nonBlank++;
  }
  const first = head.find((l) => l === undefined || l.trim() !== "");
  if (!named && (ended || first === undefined || !parses(first))) {
    // One JSON text (or not JSON at all): read whole, as before. A file is read again from the start, so its text is
    // exactly what the whole-file reader sees; standard input is put together from its lines (a CR before a newline
    // is lost, which only a syntax error's quote of the text could show).
    if (file !== "-") {
      await lines.return?.(undefined);
      yield* readSourcedRecords(file);
      return;
    }
    if (head.includes(undefined)) throw notUtf8(file);
    const rest: string[] = [];
    for (let next = await lines.next(); next.done !== true; next = await lines.next()) {
      const text = decodeLine(next.value);
      if (text === undefined) throw notUtf8(file);
      rest.push(text);
    }
    yield* recordsOfText(file, [...head, ...rest].join("\n"));
    return;
  }
  let line = 0;
  let index = 0;
  const recordOf = (raw: string | undefined): SourcedRecord | undefined => {
    line++;
    const text = line === 1 && raw !== undefined ? raw.replace(/^\uFEFF/, "") : raw;
    if (text !== undefined && text.trim() === "") return undefined;
    return lineRecord(file, text, line, index++);
  };
  for (const text of head) {
    const r = recordOf(text);
    if (r !== undefined) yield r;
  }
  for (let next = await lines.next(); next.done !== true; next = await lines.next()) {
    const r = recordOf(decodeLine(next.value));
    if (r !== undefined) yield r;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function notUtf8(file: string): GgzyError {
  return new GgzyError("IO_ERROR", { zh: `无法读取文件 ${file}：不是有效的 UTF-8 文本`, en: `Cannot read file ${file}: not valid UTF-8 text`, details: { file } });
}
