import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GgzyError, firstIssueZh, formatPath, parseWith } from "../../src/model/error";
import { IsoDateSchema } from "../../src/model/common";
import { canonicalJson, hashCanonical, sha256Hex } from "../../src/model/canonical";

describe("GgzyError", () => {
  it("names the bad field of a malformed record", () => {
    const schema = z.object({ bids: z.array(z.object({ price: z.number() })) });
    let caught: unknown;
    try {
      parseWith(schema, { bids: [{ price: 1 }, { price: "x" }] }, "Project");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(GgzyError);
    const err = caught as GgzyError;
    expect(err.code).toBe("INVALID_INPUT");
    expect(err.issues[0]?.path).toEqual(["bids", 1, "price"]);
    expect(err.en).toContain("bids[1].price");
    expect(err.zh).toContain("bids[1].price");
  });
  it("says what is wrong in Chinese in the zh message, in English in the en message and the issues", () => {
    const schema = z.object({ on: IsoDateSchema, kind: z.enum(["a", "b"]), n: z.number() });
    const cases: Array<[unknown, RegExp, string]> = [
      [{ on: "2024-13-45", kind: "a", n: 1 }, /：字段 on：无效ISO日期$/, "Invalid ISO date"],
      [{ on: "2024-01-01", kind: "c", n: 1 }, /：字段 kind：无效选项：期望以下之一 "a"\|"b"$/, 'Invalid option: expected one of "a"|"b"'],
      [{ on: "2024-01-01", kind: "a", n: "1" }, /：字段 n：无效输入：期望 数字，实际接收 string$/, "Invalid input: expected number, received string"],
    ];
    for (const [input, zh, en] of cases) {
      const err = (() => {
        try {
          parseWith(schema, input, { zh: "记录", en: "record" });
        } catch (e) {
          return e as GgzyError;
        }
        throw new Error("not refused");
      })();
      expect(err.zh).toMatch(zh);
      expect(err.en).toContain(en);
      expect(err.issues[0]?.message).toBe(en);
    }
    expect(firstIssueZh(IsoDateSchema, "2024-02-30")).toBe("无效ISO日期");
    expect(firstIssueZh(IsoDateSchema, "2024-02-29")).toBeUndefined();
  });
  it("formats the root path", () => expect(formatPath([])).toBe("(root)"));
});

describe("canonical hashing (RFC 8785 + SHA-256)", () => {
  it("orders keys and hashes the UTF-8 bytes", () => {
    expect(canonicalJson({ b: 1, a: ["中", 1e21] })).toBe('{"a":["中",1e+21],"b":1}');
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashCanonical({ b: 2, a: 1 })).toBe(hashCanonical({ a: 1, b: 2 }));
  });
});
