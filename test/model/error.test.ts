import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GgzyError, formatPath, parseWith } from "../../src/model/error";
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
  it("formats the root path", () => expect(formatPath([])).toBe("(root)"));
});

describe("canonical hashing (RFC 8785 + SHA-256)", () => {
  it("orders keys and hashes the UTF-8 bytes", () => {
    expect(canonicalJson({ b: 1, a: ["中", 1e21] })).toBe('{"a":["中",1e+21],"b":1}');
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashCanonical({ b: 2, a: 1 })).toBe(hashCanonical({ a: 1, b: 2 }));
  });
});
