import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileType8, tukeyFences } from "../../../src/scoring/risk/index";
import { fusedMultiplyAdd } from "../../../src/scoring/risk/fma";

/** x = n / 2^k exactly, found by doubling (exact for doubles), independent of the code under test. */
function rational(x: number): [bigint, bigint] {
  let k = 0n;
  while (!Number.isInteger(x)) {
    x *= 2;
    k++;
  }
  return [BigInt(x), k];
}
function neighbours(x: number): [number, number] {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  const v = b[0] as bigint;
  const up = new BigInt64Array([x >= 0 ? v + 1n : v - 1n]);
  const down = new BigInt64Array([x > 0 ? v - 1n : x === 0 ? -9223372036854775807n : v + 1n]);
  return [new Float64Array(down.buffer)[0] as number, new Float64Array(up.buffer)[0] as number];
}
/** |exact − r| · 2^K as a BigInt, for exact = a·b + c. */
function distance(a: number, b: number, c: number, r: number): bigint {
  const [an, ak] = rational(a);
  const [bn, bk] = rational(b);
  const [cn, ck] = rational(c);
  const [rn, rk] = rational(r);
  const K = [ak + bk, ck, rk].reduce((x, y) => (x > y ? x : y));
  const exact = an * bn * 2n ** (K - ak - bk) + cn * 2n ** (K - ck);
  const d = exact - rn * 2n ** (K - rk);
  return d < 0n ? -d : d;
}
function correctlyRounded(a: number, b: number, c: number, r: number): boolean {
  const [down, up] = neighbours(r);
  const d = distance(a, b, c, r);
  return d <= distance(a, b, c, down) && d <= distance(a, b, c, up);
}
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
  it("is NaN for an empty sample or a p outside [0, 1], as statrs (Ours before: undefined)", () => {
    expect(quantileType8([], 0.5)).toBeNaN();
    expect(quantileType8([1, 2], 1.5)).toBeNaN();
    expect(tukeyFences([])).toEqual({ q1: Number.NaN, q3: Number.NaN, lowerFence: Number.NaN, upperFence: Number.NaN });
  });
  it("fences use a fused multiply-add: [0.07, 0.1, 0.05] has a lower fence one rounding away from plain arithmetic (Ours before: plain)", () => {
    // Q1 = 0.05 + (h − 1)(0.07 − 0.05) with h = (3 + 1/3)·0.25 + 1/3; Q3 likewise; fence = fma(Q3 − Q1, −1.5, Q1).
    const f = tukeyFences([0.07, 0.1, 0.05]);
    const iqr = f.q3 - f.q1;
    expect(correctlyRounded(iqr, -1.5, f.q1, f.lowerFence)).toBe(true);
    expect(correctlyRounded(iqr, 1.5, f.q3, f.upperFence)).toBe(true);
    expect(f.lowerFence).not.toBe(f.q1 - 1.5 * iqr); // plain arithmetic rounds twice and lands elsewhere
  });
  it("fusedMultiplyAdd is correctly rounded (checked with exact rationals) and knows its special cases", () => {
    expect(fusedMultiplyAdd(0.1, 10, -1)).toBe(5.551115123125783e-17);
    expect(fusedMultiplyAdd(5e-324, 0.5, 0)).toBe(0); // half of the smallest subnormal: ties to even
    expect(fusedMultiplyAdd(5e-324, 1.5, 0)).toBe(1e-323);
    expect(fusedMultiplyAdd(1e308, 10, -Infinity)).toBe(-Infinity);
    expect(fusedMultiplyAdd(1e308, 10, 0)).toBe(Infinity);
    expect(Object.is(fusedMultiplyAdd(-0, 5, -0), -0)).toBe(true);
    expect(Object.is(fusedMultiplyAdd(2, 3, -6), 0)).toBe(true);
    expect(fusedMultiplyAdd(Number.NaN, 1, 1)).toBeNaN();
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (a, b, c) => {
        const r = fusedMultiplyAdd(a, b, c);
        expect(correctlyRounded(a, b, c, r)).toBe(true);
      }),
      { seed: 8, numRuns: 300 },
    );
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
