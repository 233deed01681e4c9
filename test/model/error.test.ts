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
      [{ on: "2024-13-45", kind: "a", n: 1 }, /：字段 on：无效日期：应为 YYYY-MM-DD 格式的真实日期（北京时间，不含时刻）$/, "Invalid date: expected a real calendar date YYYY-MM-DD (Asia/Shanghai, no time of day)"],
      // A date-time where a day is asked: valid ISO 8601, so the message says what is expected rather than "invalid ISO"
      [{ on: "2024-05-06T10:00:00+08:00", kind: "a", n: 1 }, /：字段 on：无效日期：应为 YYYY-MM-DD/, "Invalid date: expected a real calendar date YYYY-MM-DD (Asia/Shanghai, no time of day)"],
      [{ on: "2024-01-01", kind: "c", n: 1 }, /：字段 kind：无效选项：期望以下之一 "a"\|"b"$/, 'Invalid option: expected one of "a"|"b"'],
      [{ on: "2024-01-01", kind: "a", n: "1" }, /：字段 n：无效输入：期望 数字，实际接收 字符串$/, "Invalid input: expected number, received string"],
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
    expect(firstIssueZh(IsoDateSchema, "2024-02-30")).toBe("无效日期：应为 YYYY-MM-DD 格式的真实日期（北京时间，不含时刻）");
    expect(firstIssueZh(IsoDateSchema, "2024-02-29")).toBeUndefined();
  });
  it("names types in Chinese in the zh message, as zod's zh-CN locale does not (it says 期望 string, 期望 object)", () => {
    const schema = z.object({ name: z.string().check(z.minLength(1)), on: z.boolean(), tags: z.array(z.string()).check(z.maxLength(1)), size: z.number().check(z.gte(1)) });
    const ok = { name: "x", on: true, tags: [], size: 1 };
    const cases: Array<[unknown, string]> = [
      ["x", "无效输入：期望 对象，实际接收 字符串"],
      [[], "无效输入：期望 对象，实际接收 数组"],
      [null, "无效输入：期望 对象，实际接收 空值(null)"],
      [{ ...ok, name: 7 }, "无效输入：期望 字符串，实际接收 数字"],
      [{ ...ok, name: undefined }, "无效输入：期望 字符串，实际接收 未定义(undefined)"],
      [{ ...ok, name: "" }, "数值过小：期望 字符串 >=1 字符"],
      [{ ...ok, on: "yes" }, "无效输入：期望 布尔值，实际接收 字符串"],
      [{ ...ok, on: {} }, "无效输入：期望 布尔值，实际接收 对象"],
      [{ ...ok, tags: {} }, "无效输入：期望 数组，实际接收 对象"],
      [{ ...ok, tags: ["a", "b"] }, "数值过大：期望 数组 <=1 项"],
      [{ ...ok, size: 0 }, "数值过小：期望 数字 >=1"],
      [{ ...ok, size: false }, "无效输入：期望 数字，实际接收 布尔值"],
    ];
    for (const [input, zh] of cases) {
      expect(firstIssueZh(schema, input)).toBe(zh);
      expect(firstIssueZh(schema, input)).not.toMatch(/\b(?:string|object|boolean|array|number)\b/);
    }
  });
  it("keeps what the zh-CN locale says of values, not types: options, literals, a schema's own message", () => {
    expect(firstIssueZh(z.enum(["string", "object"]), "x")).toBe('无效选项：期望以下之一 "string"|"object"');
    expect(firstIssueZh(z.literal("object"), "x")).toBe('无效输入：期望 "object"');
    expect(firstIssueZh(z.string().check(z.regex(/^a/, "starts with a")), "b")).toBe("starts with a");
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
