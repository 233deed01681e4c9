/*
 * A correctly rounded fused multiply-add. The reference engine computes its Tukey fences with Rust's `mul_add`
 * (one rounding), and plain `q1 - 1.5 * iqr` differs from it in the last bit often enough to change a `≤ fence`
 * decision (CARDINAL.md §1.8). JavaScript has no Math.fma, so a·b + c is computed exactly with BigInt integers
 * and rounded once, half to even. Only a handful of fences per run go through here, so BigInt's cost is nothing.
 */

const view = new DataView(new ArrayBuffer(8));

/** x = significand · 2^exponent exactly (finite x only); the significand carries the sign. */
function decompose(x: number): { m: bigint; e: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074; // subnormal (or zero): no implicit bit
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return { m: sign * m, e };
}

const signBit = (x: number): boolean => x < 0 || Object.is(x, -0);

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/**
 * a·b + c with a single rounding (IEEE 754 fusedMultiplyAdd, round half to even), as Rust's `f64::mul_add`.
 *
 * @example
 * ```ts
 * fusedMultiplyAdd(0.1, 10, -1); // 5.551115123125783e-17 (plain 0.1 * 10 - 1 gives 0)
 * ```
 */
export function fusedMultiplyAdd(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) {
    // The exact product of finite a and b is finite even when the rounded one would overflow.
    if (Number.isFinite(a) && Number.isFinite(b) && !Number.isNaN(c)) return c;
    return a * b + c;
  }
  const x = decompose(a);
  const y = decompose(b);
  const z = decompose(c);
  const pm = x.m * y.m;
  const pe = x.e + y.e;
  const e = Math.min(pe, z.e);
  const sum = (pm << BigInt(pe - e)) + (z.m << BigInt(z.e - e));
  if (sum === 0n) {
    // IEEE: an exact zero sum is +0, except (−0) + (−0).
    const productNegativeZero = pm === 0n && signBit(a) !== signBit(b);
    return productNegativeZero && Object.is(c, -0) ? -0 : 0;
  }
  const negative = sum < 0n;
  let m = negative ? -sum : sum;
  let exp = e;
  // Keep 53 significant bits, and no bit below 2^-1074 (subnormal results).
  const shift = Math.max(bitLength(m) - 53, -1074 - exp);
  if (shift > 0) {
    const s = BigInt(shift);
    const q = m >> s;
    const r = m - (q << s);
    const half = 1n << (s - 1n);
    m = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
    exp += shift;
  }
  // m ≤ 2^53 is exact as a Number; scaling by a power of two is exact unless it overflows (then ±∞ is right).
  let v = Number(m);
  if (exp > 1023) {
    v *= 2 ** 1023;
    exp -= 1023;
  }
  v *= 2 ** exp;
  return negative ? -v : v;
}
