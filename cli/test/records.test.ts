import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { Readable } from "node:stream";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineAndColumn } from "../src/json-syntax";
import { arrayElementOffsets, readSourcedRecords, streamSourcedRecords } from "../src/records";
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

describe("readSourcedRecords on a JSON array", () => {
  it("gives each element the line it starts on (counted in one pass, as lineAndColumn counts it)", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 15 }), fc.constantFrom(0, 1, 2), (values, indent) => {
        const text = JSON.stringify(values, null, indent);
        const f = fileWith(text, "array.json");
        const expected = arrayElementOffsets(text).map((offset) => lineAndColumn(text, offset).line);
        expect(readSourcedRecords(f).map((r) => r.line)).toEqual(expected);
      }),
    );
  });
});

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

/** The bytes cut into chunks at the given points (a stream delivers them so: mid-line, mid-character, mid-CRLF). */
function chunked(bytes: Buffer, cuts: ReadonlyArray<number>): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    if (to > from) out.push(bytes.subarray(from, to));
    from = to;
  }
  return out;
}

async function fromStdin(bytes: Buffer, cuts: ReadonlyArray<number>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of streamSourcedRecords("-", Readable.from(chunked(bytes, cuts)))) out.push(plain(r));
  return out;
}

describe("streamSourcedRecords on standard input gives what the whole-file reader gives on the same bytes", () => {
  it("for any lines, cut into chunks anywhere", async () => {
    const bytesOf = fc.tuple(fc.array(line, { maxLength: 10 }), fc.boolean(), fc.boolean(), fc.boolean()).map(([lines, crlf, bom, lastNewline]) =>
      Buffer.from(`${bom ? "\uFEFF" : ""}${lines.join(crlf ? "\r\n" : "\n")}${lastNewline ? "\n" : ""}`),
    );
    await fc.assert(
      fc.asyncProperty(bytesOf, fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const f = fileWith(bytes);
        const asFile = readSourcedRecords(f).map((r) => plain({ ...r, file: "-" }));
        expect(JSON.stringify(await fromStdin(bytes, cuts))).toBe(JSON.stringify(asFile).replaceAll(JSON.stringify(f).slice(1, -1), "-"));
      }),
      { numRuns: 150 },
    );
  });
  it("a whole JSON text on standard input keeps its real line numbers (the end of the text included)", async () => {
    const records = await fromStdin(Buffer.from("[1,\n2,\n"), [2]);
    expect(records).toMatchObject([{ line: 3, error: { details: { line: 3, column: 1 } } }]);
  });
});

describe("streamSourcedRecords on what only a stream can see", () => {
  it("a line that is not UTF-8 after the first one is a bad record, on standard input too", async () => {
    const good = '{"a":1}';
    const bytes = Buffer.concat([Buffer.from(`${good}\n${good}\n`), Buffer.from([0xff, 0x0a])]);
    for (const cuts of [[], [3], [9]]) {
      expect(await fromStdin(bytes, cuts)).toMatchObject([{ line: 1, value: { a: 1 } }, { line: 2, value: { a: 1 } }, { line: 3, error: { code: "INVALID_INPUT" } }]);
    }
  });
  it("keeps a byte order mark that starts a later line (JSON refuses it), with or without a final newline", async () => {
    for (const text of ['{"a":1}\n\uFEFF{"b":2}', '{"a":1}\n\uFEFF{"b":2}\n']) {
      const f = fileWith(text, "bom.jsonl");
      const records = await streamed(f);
      expect(records).toEqual(readSourcedRecords(f).map(plain));
      expect(records[1]).toMatchObject({ line: 2, error: { code: "INVALID_INPUT" } });
    }
  });
  it("closes the file when the reader stops early", async () => {
    const f = fileWith(`${'{"a":1}\n'.repeat(1000)}`, "many.jsonl");
    const before = readdirSync("/proc/self/fd").length;
    for await (const r of streamSourcedRecords(f)) if (r.index === 2) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync("/proc/self/fd").length).toBe(before);
  });
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

describe("a JSON text that does not parse is reported where it goes wrong", () => {
  const errorAt = (text: string): unknown => {
    const [r] = readSourcedRecords(fileWith(text, "bad.json"));
    return r !== undefined && "error" in r ? { line: r.error.details["line"], column: r.error.details["column"] } : r;
  };
  it("at a bad token, whose JSON.parse message gives no position", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }), fc.nat(), fc.constantFrom("x", "'a'", "NaN", "tru"), (values, k, bad) => {
        const text = JSON.stringify(values, null, 2);
        const at = arrayElementOffsets(text)[k % values.length] as number;
        expect(errorAt(`${text.slice(0, at)}${bad}, ${text.slice(at)}`)).toEqual(lineAndColumn(text, at));
      }),
    );
  });
  it("names the bad token on one line, not the text around it", () => {
    const [r] = readSourcedRecords(fileWith('{\n  "award": {\n    "x": tru\n  }\n}\n', "bad.json"));
    const message = r !== undefined && "error" in r ? r.error.message : "";
    expect(message).toContain("line 3 column 10: not valid JSON (unexpected token 'tru')");
    expect(message).not.toContain("\n");
  });
  it("where JSON.parse names the position, and at the end of a text cut short", () => {
    expect(errorAt('{\n  "a": 1,\n  "b": 2 3\n}')).toEqual({ line: 3, column: 10 });
    expect(errorAt('{\n  "a": [1,\n')).toEqual({ line: 3, column: 1 });
  });
});
