import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileType8, tukeyFences } from "../../../src/scoring/risk/index";
import { binomialUpperTail, lnGamma, poissonUpperTail } from "../../../src/scoring/risk/tail";

describe("Hyndman–Fan type 8 quantiles", () => {
  // Known values: R `quantile(x, p, type = 8)`.
  it("matches R on 1..10", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileType8(x, 0.25)).toBeCloseTo(2.916667, 6);
    expect(quantileType8(x, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantileType8(x, 0.75)).toBeCloseTo(8.083333, 6);
  });
  it("matches R on 1..4 and clamps at the ends", () => {
    expect(quantileType8([1, 2, 3, 4], 0.25)).toBeCloseTo(1.416667, 6);
    expect(quantileType8([1, 2, 3, 4], 0.75)).toBeCloseTo(3.583333, 6);
    expect(quantileType8([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileType8([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileType8([5], 0.25)).toBe(5);
  });
  it("is not type 7 (the spreadsheet default gives 3.25 for Q1 of 1..10)", () => {
    expect(quantileType8([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25)).not.toBeCloseTo(3.25, 3);
  });
  it("has no quantile of an empty sample or a p outside [0, 1]", () => {
    expect(quantileType8([], 0.5)).toBeUndefined();
    expect(quantileType8([1, 2], 1.5)).toBeUndefined();
    expect(tukeyFences([])).toBeUndefined();
  });
  it("fences are Q1 − 1.5·IQR and Q3 + 1.5·IQR", () => {
    const f = tukeyFences([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(f?.lowerFence).toBeCloseTo(2.916667 - 1.5 * (8.083333 - 2.916667), 5);
    expect(f?.upperFence).toBeCloseTo(8.083333 + 1.5 * (8.083333 - 2.916667), 5);
  });
  it("property: within [min, max], monotone in p, independent of input order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p1, p2) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const q1 = quantileType8(sorted, Math.min(p1, p2)) as number;
        const q2 = quantileType8(sorted, Math.max(p1, p2)) as number;
        expect(q1).toBeGreaterThanOrEqual(sorted[0] as number);
        expect(q2).toBeLessThanOrEqual(sorted[sorted.length - 1] as number);
        expect(q1).toBeLessThanOrEqual(q2 + 1e-9 * Math.max(1, Math.abs(q2)));
        expect(tukeyFences([...xs].reverse())).toEqual(tukeyFences(xs));
      }),
      { seed: 6, numRuns: 200 },
    );
  });
});

describe("upper tails for 'more often than chance'", () => {
  it("matches known values", () => {
    expect(Math.exp(lnGamma(5))).toBeCloseTo(24, 9);
    expect(Math.exp(lnGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 9);
    expect(poissonUpperTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(poissonUpperTail(3, 2)).toBeCloseTo(1 - Math.exp(-2) * (1 + 2 + 2), 12);
    expect(binomialUpperTail(3, 3, 0.5)).toBeCloseTo(0.125, 12);
    expect(binomialUpperTail(2, 4, 0.5)).toBeCloseTo(11 / 16, 12);
    expect(binomialUpperTail(0, 4, 0.5)).toBe(1);
    expect(binomialUpperTail(5, 4, 0.5)).toBe(0);
  });
  it("property: tails fall as k rises and stay in [0, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (n, k, q) => {
        const a = binomialUpperTail(k, n, q);
        const b = binomialUpperTail(k + 1, n, q);
        expect(a).toBeGreaterThanOrEqual(b - 1e-12);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        const pa = poissonUpperTail(k, q * n);
        expect(pa).toBeGreaterThanOrEqual(poissonUpperTail(k + 1, q * n) - 1e-12);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
