import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sha256Hex } from "../../src/model/canonical";
import { openStream } from "../../src/sampling/stream";
import { selectPositions, shuffled } from "../../src/sampling/select";
import { compareUtf8 } from "../../src/model/compare-utf8";
import { sortById } from "../../src/sampling/canonical-order";
import { chiSquareCritical, chiSquareUniform } from "./stats";

// Distinct, fixed keys (a test must not depend on the clock or Math.random).
const key = (i: number): string => sha256Hex(`select-test-${i}`);

describe("forward partial Fisher–Yates", () => {
  it("draws distinct positions in [0, n)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat({ max: 300 }), (n, k, count) => {
        const c = Math.min(count, n);
        const p = selectPositions(n, c, openStream(key(k)));
        expect(new Set(p).size).toBe(c);
        expect(p.every((x) => x >= 0 && x < n)).toBe(true);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
  it("continuing past k gives the alternates: a draw of k is a prefix of a draw of k + m", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), (n, k) => {
        const all = selectPositions(n, n, openStream(key(k)));
        const some = selectPositions(n, Math.ceil(n / 3), openStream(key(k)));
        expect(all.slice(0, some.length)).toEqual(some);
      }),
      { seed: 12, numRuns: 100 },
    );
  });
  it("a full run is a permutation", () => {
    expect(shuffled([1, 2, 3, 4, 5], openStream(key(1))).sort()).toEqual([1, 2, 3, 4, 5]);
  });
  it("includes each of 20 candidates equally often in draws of 3 (chi-square, fixed keys)", () => {
    const counts = new Array<number>(20).fill(0);
    for (let i = 0; i < 6000; i++) for (const p of selectPositions(20, 3, openStream(key(i)))) counts[p]! += 1;
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareCritical(19));
  });
  it("puts each candidate first equally often", () => {
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 5000; i++) counts[selectPositions(10, 1, openStream(key(i + 7)))[0]!]! += 1;
    expect(chiSquareUniform(counts)).toBeLessThan(chiSquareCritical(9));
  });
});

describe("canonical order: ids compared as UTF-8 bytes", () => {
  it("agrees with comparing the UTF-8 encodings", () => {
    const enc = new TextEncoder();
    const bytesCmp = (a: string, b: string): number => {
      const x = enc.encode(a);
      const y = enc.encode(b);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return Math.sign(x.length - y.length);
    };
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        expect(Math.sign(compareUtf8(a, b))).toBe(bytesCmp(a, b));
      }),
      { seed: 13, numRuns: 2000 },
    );
    expect(compareUtf8("\uFF21", "\u{1F600}")).toBe(-1);
    expect(compareUtf8("\u{1F600}", "\uFF21")).toBe(1);
  });
  it("sorts without touching the input", () => {
    const input = [{ id: "b" }, { id: "a" }];
    expect(sortById(input).map((x) => x.id)).toEqual(["a", "b"]);
    expect(input[0]!.id).toBe("b");
  });
});
