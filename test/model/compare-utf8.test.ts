import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareUtf8 } from "../../src/model/compare-utf8";

const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));
function byteCompare(a: string, b: string): number {
  const x = utf8(a), y = utf8(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) < (y[i] as number) ? -1 : 1;
  return Math.sign(x.length - y.length);
}

describe("compareUtf8", () => {
  it("orders an astral character after a high BMP one, unlike UTF-16 comparison", () => {
    expect(compareUtf8("\u{1F600}", "\uFF5E")).toBe(1);
    expect("\u{1F600}" < "\uFF5E").toBe(true); // the trap this function avoids
  });
  it("agrees with comparing UTF-8 bytes", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
      expect(Math.sign(compareUtf8(a, b))).toBe(byteCompare(a, b));
    }), { numRuns: 300, seed: 7 });
  });
});
