import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { printJsonInParts } from "../src/io";

/** What printJsonInParts wrote to standard output, joined. */
function printed(value: Record<string, unknown>): { text: string; writes: number } {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    printJsonInParts(value);
  } finally {
    spy.mockRestore();
  }
  return { text: chunks.join(""), writes: chunks.length };
}

describe("printJsonInParts prints the same text as printJson, in pieces", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is JSON.stringify(value, null, 2) and a newline, for any object of JSON values and arrays", () => {
    const member = fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), member), (value) => {
        expect(printed(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
    );
  });

  it("keeps Chinese text, escapes and nesting as they are", () => {
    const value = { summary: { asOf: "2024-01-01", note: "换行\n与\"引号\"" }, processes: [{ ocid: "ocds-1", hits: [{ message: { zh: "中标", en: "won" } }] }], organisations: [] };
    expect(printed(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("writes a large array in several pieces, never as one string", () => {
    const value = { processes: Array.from({ length: 30_000 }, (_, i) => ({ ocid: `ocds-${i}`, note: "x".repeat(40) })) };
    const { text, writes } = printed(value);
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(writes).toBeGreaterThan(1);
  });
});
