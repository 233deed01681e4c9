import { readFileSync, readdirSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extname, join } from "node:path";
import { GgzyError } from "ggzy-rules/model";
import { decodeText, jsonSyntaxError, readText } from "./io";
import { lineAndColumn } from "./json-syntax";
import type { Readable } from "node:stream";
import { linesOf, openBytes, readError } from "./lines";

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
  const lines = linesAt(text, arrayElementOffsets(text));
  return whole.map((value: unknown, index) => ({ file, line: lines[index] ?? 1, index, value }));
}

/** The 1-based line of each offset (given in increasing order), counted in one pass over the text. */
function linesAt(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (let i = text.indexOf("\n", at); i >= 0 && i < offset; i = text.indexOf("\n", at)) {
      line++;
      at = i + 1;
    }
    out.push(line);
  }
  return out;
}

/** Text whose first non-empty line is a whole JSON value and that has more lines: JSON Lines. */
function looksLikeJsonLines(text: string): boolean {
  return jsonLinesByFirstLines(text.split("\n").filter((l) => l.trim() !== "").slice(0, 2), true) === true;
}

/**
 * JSON Lines or not, from a text's first two non-blank lines (`undefined` for a line that is not UTF-8): the first is
 * a JSON value of its own and another follows. `undefined` while fewer have been read and the text goes on.
 */
function jsonLinesByFirstLines(nonBlank: ReadonlyArray<string | undefined>, ended: boolean): boolean | undefined {
  const first = nonBlank[0];
  if (nonBlank.length === 0) return ended ? false : undefined;
  // Not UTF-8, or not a JSON value of its own: read whole (which refuses text that is not UTF-8, as before).
  if (first === undefined || !parses(first)) return false;
  return nonBlank.length >= 2 ? true : ended ? false : undefined;
}

// ignoreBOM: a BOM is dropped only at the very start of a text, explicitly (not at the start of any line decoded).
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

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
 * Whether the start of a text (its first chunks) is JSON Lines, as `readSourcedRecords` decides it: the first
 * non-blank line is a JSON value of its own and another non-blank line follows. `undefined` while the complete lines
 * read so far cannot tell (`ended`: there is no more text).
 */
function jsonLinesVerdict(head: Buffer, ended: boolean): boolean | undefined {
  const end = ended ? head.length : head.lastIndexOf(0x0a);
  if (end < 0) return undefined;
  // Line by line, up to the second non-blank one: a line that is not UTF-8 further on is a bad record of its own.
  const nonBlank: Array<string | undefined> = [];
  for (let from = 0; from <= end && nonBlank.length < 2; ) {
    const nl = head.indexOf(0x0a, from);
    const to = nl < 0 || nl > end ? end : nl;
    let text: string | undefined;
    try {
      text = utf8.decode(head.subarray(from, to));
      if (from === 0) text = text.replace(/^\uFEFF/, "");
    } catch {
      text = undefined;
    }
    if (text === undefined || text.trim() !== "") nonBlank.push(text);
    if (to === end) break;
    from = to + 1;
  }
  return jsonLinesByFirstLines(nonBlank, ended);
}

/** The chunks read so far, then the rest of the stream. */
async function* followedBy(head: readonly Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

/**
 * The records `readSourcedRecords` gives, read as a stream when the input is JSON Lines (by its name, or, for
 * standard input and other names, by its first lines): a batch of any size then takes the memory of one record, and
 * a line that is not valid UTF-8 is a bad record of its own. A `.json` file, or a text that is not JSON Lines, is read
 * whole, as `readSourcedRecords` reads it. `stdin` is what `-` reads (standard input; a stream in tests).
 */
export async function* streamSourcedRecords(file: string, stdin: Readable = process.stdin): AsyncGenerator<SourcedRecord> {
  if (/\.json(\.gz)?$/i.test(file)) {
    yield* readSourcedRecords(file);
    return;
  }
  const gunzip = /\.gz$/i.test(file);
  const source = file === "-" ? stdin : openBytes(file, { gunzip });
  const chunks = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    // Without a JSON Lines name, the first chunks are kept until they tell what the text is.
    const head: Buffer[] = [];
    let verdict: boolean | undefined = isJsonLinesName(file) ? true : undefined;
    while (verdict === undefined) {
      const next = await readChunk(chunks, file, gunzip);
      if (next === undefined) verdict = jsonLinesVerdict(Buffer.concat(head), true);
      else {
        head.push(next);
        if (next.includes(0x0a)) verdict = jsonLinesVerdict(Buffer.concat(head), false);
      }
    }
    if (verdict) {
      yield* jsonLinesRecords(file, linesOf(followedBy(head, chunks), file, undefined, { gunzip }));
      return;
    }
    // One JSON text (or not JSON at all): the whole text, byte for byte, as the whole-file reader reads it.
    for (let next = await readChunk(chunks, file, gunzip); next !== undefined; next = await readChunk(chunks, file, gunzip)) head.push(next);
    yield* recordsOfText(file, decodeText(Buffer.concat(head), file));
  } finally {
    // Also when the reader stops early: the file is closed (standard input is left to the process).
    if (source !== stdin) source.destroy();
  }
}

/** The next chunk of a stream, `undefined` at its end; a read error is a GgzyError("IO_ERROR") naming the file. */
async function readChunk(chunks: AsyncIterator<Buffer>, file: string, gunzip: boolean): Promise<Buffer | undefined> {
  try {
    const next = await chunks.next();
    return next.done === true ? undefined : next.value;
  } catch (e) {
    throw readError(file, gunzip, e);
  }
}

/** The records of JSON Lines, one per non-blank line, numbered as the whole-file reader numbers them. */
async function* jsonLinesRecords(file: string, lines: AsyncIterable<string | Uint8Array>): AsyncGenerator<SourcedRecord> {
  let line = 0;
  let index = 0;
  for await (const raw of lines) {
    line++;
    const text = decodeLine(raw);
    if (text !== undefined && text.trim() === "") continue;
    yield lineRecord(file, text, line, index++);
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
