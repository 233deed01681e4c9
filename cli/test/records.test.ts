import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSourcedRecords, streamSourcedRecords } from "../src/records";
import type { SourcedRecord } from "../src/records";

/*
 * `ggzy check` reads JSON Lines as a stream (a batch of any size runs in the memory of one record). The streamed
 * reader must give what the whole-file reader gives: the same records, lines and errors, whatever the text is.
 */

const dir = mkdtempSync(join(tmpdir(), "ggzy-records-"));
let n = 0;
function fileWith(content: string | Buffer, name = "in.txt"): string {
  const f = join(dir, `${n++}-${name}`);
  writeFileSync(f, content);
  return f;
}

/** A record as plain data: errors by their JSON (code, messages, details). */
const plain = (r: SourcedRecord): unknown => ("error" in r ? { ...r, error: r.error.toJSON() } : r);

async function streamed(file: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of streamSourcedRecords(file)) out.push(plain(r));
  return out;
}

const line = fc.oneof(
  fc.json().map((j) => j.replace(/\n/g, " ")),
  fc.constantFrom("", "  ", "{oops", "[1,", "]", "{", '  "a": 1', "}", "\r"),
  fc.jsonValue().map((v) => JSON.stringify({ award: v })),
);

describe("streamSourcedRecords gives what readSourcedRecords gives", () => {
  it("for any lines, under a JSON Lines name and under another name (standard input's case)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.constantFrom("in.jsonl", "in.txt"), fc.boolean(), async (lines, name, crlf) => {
        const f = fileWith(lines.join(crlf ? "\r\n" : "\n"), name);
        expect(await streamed(f)).toEqual(readSourcedRecords(f).map(plain));
      }),
      { numRuns: 150 },
    );
  });
  it("for pretty-printed JSON, a one-line array and a byte order mark, without a .json name", async () => {
    for (const text of ['{\n  "a": 1\n}\n', "[1, 2, 3]\n", '\uFEFF{"a":1}\n{"b":2}\n', "\n\n7\n", '[\n{"a":1},\n{"b":2}\n]']) {
      const f = fileWith(text);
      expect(await streamed(f)).toEqual(readSourcedRecords(f).map(plain));
    }
  });
  it("for gzipped JSON Lines", async () => {
    const f = fileWith(gzipSync('{"a":1}\n\n{oops\n{"b":2}'), "in.jsonl.gz");
    const records = await streamed(f);
    expect(records).toEqual(readSourcedRecords(f).map(plain));
    expect(records.map((r) => (r as { line: number }).line)).toEqual([1, 3, 4]);
  });
  it("for a line longer than the reader's chunks", async () => {
    const big = JSON.stringify({ award: { id: "A", note: "x".repeat(3_000_000) } });
    const f = fileWith(`${big}\n{"b":2}\n`, "big.jsonl");
    const records = await streamed(f);
    expect(records).toHaveLength(2);
    expect((records[0] as { value: { award: { note: string } } }).value.award.note).toHaveLength(3_000_000);
  });
});

describe("streamSourcedRecords on what only a stream can see", () => {
  it("a JSON Lines line that is not UTF-8 is a bad record at its line; the others are read", async () => {
    const f = fileWith(Buffer.concat([Buffer.from('{"a":1}\n'), Buffer.from([0x7b, 0xc4, 0xe3, 0x7d, 0x0a]), Buffer.from('{"b":2}\n')]), "gbk.jsonl");
    const records = await streamed(f);
    expect(records).toMatchObject([{ line: 1, value: { a: 1 } }, { line: 2, error: { code: "INVALID_INPUT" } }, { line: 3, value: { b: 2 } }]);
    expect(JSON.stringify(records[1])).toContain("line 2: not valid UTF-8 text");
  });
  it("text that is not JSON Lines and not UTF-8 is refused whole, as the whole-file reader refuses it", async () => {
    const f = fileWith(Buffer.from([0x7b, 0x0a, 0xc4, 0xe3, 0x0a, 0x7d]));
    await expect(streamed(f)).rejects.toThrow(/not valid UTF-8 text/);
    expect(() => readSourcedRecords(f)).toThrow(/not valid UTF-8 text/);
  });
  it("a corrupt gzip file is an IO error naming it", async () => {
    const f = fileWith(Buffer.concat([gzipSync('{"a":1}\n').subarray(0, 12), Buffer.from("garbage")]), "bad.jsonl.gz");
    await expect(streamed(f)).rejects.toThrow(/Cannot read gzipped file/);
  });
});
