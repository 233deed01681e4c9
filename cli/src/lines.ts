import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";
import { GgzyError } from "ggzy-rules/model";

/** A gzipped file's bytes as they are unzipped; an error of the file or of the gzip stream ends the stream with it. */
function gunzipped(path: string): Readable {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = createGunzip();
  file.on("error", (e) => gunzip.destroy(e));
  return file.pipe(gunzip);
}

const NEWLINE = 0x0a;

/**
 * Reads a file (or standard input for `-`) as raw lines of bytes, without decoding: the analyzer decodes each
 * line strictly, so a line of invalid UTF-8 is reported by number instead of being silently repaired.
 * Whole chunks are decoded in one go when they are valid (the common case), line by line otherwise. With `gunzip`,
 * the file is gunzipped as it is read. A read error (or a corrupt gzip stream) is a GgzyError("IO_ERROR") naming the file.
 */
export async function* readJsonLines(path: string, onBytes?: (n: number) => void, options: { readonly gunzip?: boolean } = {}): AsyncGenerator<string | Uint8Array> {
  const stream = path === "-" ? process.stdin : options.gunzip === true ? gunzipped(path) : createReadStream(path, { highWaterMark: 1 << 20 });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // The start of a line that has not ended yet, chunk by chunk: joined once, when its end comes (joining at every
  // chunk would copy a long line over and over).
  let pending: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
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
        text = decoder.decode(whole);
      } catch {
        text = undefined;
      }
      if (text !== undefined) {
        for (const line of text.split("\n")) yield line.endsWith("\r") ? line.slice(0, -1) : line;
      } else {
        let start = 0;
        for (let i = whole.indexOf(NEWLINE); ; i = whole.indexOf(NEWLINE, start)) {
          const end = i < 0 ? whole.length : i;
          yield whole.subarray(start, end > start && whole[end - 1] === 0x0d ? end - 1 : end);
          if (i < 0) break;
          start = i + 1;
        }
      }
    }
  } catch (e) {
    const what = options.gunzip === true ? { zh: "压缩文件", en: "gzipped file" } : { zh: "文件", en: "file" };
    throw new GgzyError("IO_ERROR", {
      zh: `无法读取${what.zh} ${path}：${(e as Error).message}`,
      en: `Cannot read ${what.en} ${path}: ${(e as Error).message}`,
      details: { file: path },
    });
  }
  const rest = Buffer.concat(pending);
  if (rest.length > 0) yield rest;
}
