import { readFileSync, readdirSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extname, join } from "node:path";
import { GgzyError } from "ggzy-rules/model";
import { jsonSyntaxError, lineAndColumn, readText } from "./io";

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
  const text = readRecordText(file).replace(/^\uFEFF/, "");
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
