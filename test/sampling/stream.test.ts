import { describe, expect, it } from "vitest";
import fc from "fast-check";
import seedrandom from "seedrandom";
import { hkdfSync } from "node:crypto";
import { bytesToHex } from "@noble/hashes/utils";
import { deriveStreamKey, openStream, streamInfo } from "../../src/sampling/stream";
import { commitSalt, normaliseSalt, saltBytes } from "../../src/sampling/salt";
import { GgzyError } from "../../src/model/error";
import { chiSquareCritical, chiSquareUniform } from "./stats";

const KEY = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

describe("stream key (HKDF-SHA-256, DESIGN.md protocol point 3)", () => {
  it("equals Node's own HKDF on the same IKM, salt and info", () => {
    const ctx = { kind: "committee", drawId: "聊城-42", stream: "committee/水利", inputHash: "ab".repeat(32) } as const;
    const ikm = new TextEncoder().encode('{"kind":"hex","value":"00"}');
    const salt = saltBytes("00112233445566778899aabbccddeeff");
    const node = Buffer.from(hkdfSync("sha256", ikm, salt, streamInfo(ctx), 32)).toString("hex");
    expect(deriveStreamKey(ikm, salt, ctx)).toBe(node);
  });
  it("puts protocol, kind, drawId, stream and inputHash in the info as canonical JSON", () => {
    const info = new TextDecoder().decode(streamInfo({ kind: "supervisors", drawId: "D", stream: "s", inputHash: "00" }));
    expect(info).toBe('{"drawId":"D","inputHash":"00","kind":"supervisors","protocol":"ggzy-draw/1","stream":"s"}');
  });
  it("gives a different key for a different stream, drawId or salt", () => {
    const ikm = new Uint8Array([1, 2, 3]);
    const base = { kind: "committee", drawId: "D", stream: "a", inputHash: "00" } as const;
    const k = deriveStreamKey(ikm, new Uint8Array(0), base);
    expect(deriveStreamKey(ikm, new Uint8Array(0), { ...base, stream: "b" })).not.toBe(k);
    expect(deriveStreamKey(ikm, new Uint8Array(0), { ...base, drawId: "E" })).not.toBe(k);
    expect(deriveStreamKey(ikm, new Uint8Array([1]), base)).not.toBe(k);
  });
});

describe("PRNG: seedrandom ARC4 keyed with the 64-hex-digit key only", () => {
  it("returns seedrandom's int32 outputs as unsigned integers", () => {
    const ours = openStream(KEY);
    const theirs = seedrandom(KEY);
    for (let i = 0; i < 100; i++) expect(ours.nextUint32()).toBe(theirs.int32() >>> 0);
  });
  it("refuses a key that is not 64 lowercase hex digits (seedrandom would fold '中' and '-' together)", () => {
    expect(() => openStream("中")).toThrow(GgzyError);
    expect(() => openStream(KEY.toUpperCase())).toThrow(GgzyError);
  });
});

describe("unbiased integers by rejection sampling", () => {
  it("stays in [0, n) for any n up to 2^32", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 32 }), fc.integer({ min: 0, max: 1000 }), (n, salt) => {
        const s = openStream(bytesToHex(new Uint8Array(32).fill(salt % 256)));
        for (let i = 0; i < 20; i++) {
          const v = s.nextBelow(n);
          expect(Number.isInteger(v) && v >= 0 && v < n).toBe(true);
        }
      }),
      { seed: 4, numRuns: 200 },
    );
  });
  it("rejects outputs at or above the largest multiple of n (n = 2^31 + 1 rejects about half)", () => {
    const n = 2 ** 31 + 1;
    const a = openStream(KEY);
    const raw = openStream(KEY);
    for (let i = 0; i < 50; i++) {
      let x = raw.nextUint32();
      while (x >= 2 ** 32 - (2 ** 32 % n)) x = raw.nextUint32();
      expect(a.nextBelow(n)).toBe(x % n);
    }
  });
  it("refuses n = 0, n > 2^32 and non-integers", () => {
    const s = openStream(KEY);
    for (const n of [0, 2 ** 32 + 1, 1.5, -3]) expect(() => s.nextBelow(n)).toThrow(GgzyError);
  });
  it("is uniform for n = 7 (chi-square, fixed key)", () => {
    const s = openStream(KEY);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[s.nextBelow(7)]! += 1;
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareCritical(6));
  });
  it("the chi-square test itself catches the modulo bias of a skewed source", () => {
    // 3 values from 0..7 with `% 3` → 0 and 1 get 3/8 each, 2 gets 2/8: the test must see it.
    const counts = [0, 0, 0];
    for (let i = 0; i < 70_000; i++) counts[(i % 8) % 3]! += 1;
    expect(chiSquareUniform(counts)).toBeGreaterThan(chiSquareCritical(2));
  });
});

describe("salt commitment", () => {
  it("is SHA-256 of the salt's bytes", () => {
    expect(commitSalt("00".repeat(16))).toBe("374708fff7719dd5979ec875d56cd2286f6d3cf7ec317a3b25632aab28ec37bb");
  });
  it("refuses a salt under 128 bits, odd length or non-hex", () => {
    for (const s of ["00".repeat(15), "0".repeat(33), "zz".repeat(16)]) {
      expect(() => normaliseSalt(s)).toThrow(GgzyError);
      // The issue names the request's field, so a service's problem carries its path.
      expect(() => normaliseSalt(s)).toThrow(expect.objectContaining({ code: "DRAW_INVALID_REQUEST", issues: [expect.objectContaining({ path: ["salt"] })] }));
    }
    expect(normaliseSalt("AB".repeat(16))).toBe("ab".repeat(16));
  });
});
