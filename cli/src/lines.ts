import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";
import { GgzyError } from "ggzy-rules/model";

/** Where lines come from: standard input for `-`, else the file, gunzipped as it is read with `gunzip`. */
export function openBytes(path: string, options: { readonly gunzip?: boolean } = {}): Readable {
  if (path === "-") return process.stdin;
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  // pipeline: an error of either stream ends the other, and the file is closed however the reading ends.
  return options.gunzip === true ? pipeline(file, createGunzip(), () => undefined) : file;
}

/** A read error of a file (or of its gzip stream), naming it. */
export function readError(path: string, gunzip: boolean, e: unknown): GgzyError {
  const what = gunzip ? { zh: "压缩文件", en: "gzipped file" } : { zh: "文件", en: "file" };
  return new GgzyError("IO_ERROR", {
    zh: `无法读取${what.zh} ${path}：${(e as Error).message}`,
    en: `Cannot read ${what.en} ${path}: ${(e as Error).message}`,
    details: { file: path },
  });
}

const NEWLINE = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf];

/** A line's bytes without the CR before its newline (unless `cr` is false), and at the very start without a BOM. */
function trimmed(bytes: Uint8Array, first: boolean, cr = true): Uint8Array {
  const start = first && BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const end = cr && bytes.length > start && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  return bytes.subarray(start, end);
}

/**
 * Reads a file (or standard input for `-`) as lines, without repairing them: a line of valid UTF-8 comes as text,
 * any other as its raw bytes, so the reader can report it by number instead of reading it with U+FFFD in it. Whole
 * chunks are decoded in one go when they are valid (the common case), line by line otherwise. A CR before a newline
 * and a byte order mark at the very start are dropped. With `gunzip`, the file is gunzipped as it is read. A read
 * error (or a corrupt gzip stream) is a GgzyError("IO_ERROR") naming the file.
 */
export function readJsonLines(path: string, onBytes?: (n: number) => void, options: { readonly gunzip?: boolean } = {}): AsyncGenerator<string | Uint8Array> {
  return linesOf(openBytes(path, options), path, onBytes, options);
}

/** `readJsonLines` over chunks already opened (for a reader that looked at the first chunks before choosing). */
export async function* linesOf(
  chunks: AsyncIterable<Uint8Array>,
  path: string,
  onBytes?: (n: number) => void,
  options: { readonly gunzip?: boolean } = {},
): AsyncGenerator<string | Uint8Array> {
  // ignoreBOM: a decode call must not drop a BOM at the start of a chunk that is not the start of the text.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  // The start of a line that has not ended yet, chunk by chunk: joined once, when its end comes (joining at every
  // chunk would copy a long line over and over).
  let pending: Uint8Array[] = [];
  let first = true;
  try {
    for await (const chunk of chunks) {
      onBytes?.(chunk.length);
      const last = chunk.lastIndexOf(NEWLINE);
      if (last < 0) {
        pending.push(chunk);
        continue;
      }
      const whole = pending.length > 0 ? Buffer.concat([...pending, chunk.subarray(0, last)]) : chunk.subarray(0, last);
      pending = last + 1 < chunk.length ? [Buffer.from(chunk.subarray(last + 1))] : [];
      let text: string | undefined;
      try {
        text = decoder.decode(trimmed(whole, first, false));
      } catch {
        text = undefined;
      }
      if (text !== undefined) {
        for (const line of text.split("\n")) yield line.endsWith("\r") ? line.slice(0, -1) : line;
      } else {
        let start = 0;
        for (let i = whole.indexOf(NEWLINE); ; i = whole.indexOf(NEWLINE, start)) {
          yield trimmed(whole.subarray(start, i < 0 ? whole.length : i), first && start === 0);
          if (i < 0) break;
          start = i + 1;
        }
      }
      first = false;
    }
  } catch (e) {
    throw readError(path, options.gunzip === true, e);
  }
  const rest = trimmed(Buffer.concat(pending), first);
  if (rest.length > 0) yield rest;
}
