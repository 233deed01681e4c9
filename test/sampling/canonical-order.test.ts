import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareUtf8 } from "../../src/model/compare-utf8";
import { defaultOrderIsUtf8, sortById, sortUtf8, utf8Order, utf8Positions } from "../../src/sampling/canonical-order";

// Characters that make UTF-16 and UTF-8 order differ or nearly so: ASCII, CJK (U+4E00..), the units just below the
// surrogates, BMP private use (U+E000..U+F8FF), fullwidth forms (U+FF21), U+FFFF, and astral characters (surrogate
// pairs in UTF-16, F0… in UTF-8).
const CHARS = ["a", "b", "Z", "0", "-", "专", "家", "\uD7FF", "\uE000", "\uF8FF", "\uFF21", "\uFFFF", "\u{10000}", "\u{1F600}", "\u{10FFFF}"];
const BMP_CHARS = CHARS.filter((c) => c.length === 1);
const ASTRAL_CHARS = CHARS.filter((c) => c.length === 2);

const key = (chars: readonly string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 4 }).map((cs) => cs.join(""));
/** Keys without any surrogate (the fast path). */
const bmpKeys = fc.array(key(BMP_CHARS), { maxLength: 40 });
/** Keys of which at least one holds an astral character (the comparator path). */
const astralKeys = fc
  .tuple(fc.array(key(CHARS), { maxLength: 40 }), fc.constantFrom(...ASTRAL_CHARS), fc.nat())
  .map(([ks, c, at]) => {
    const out = [...ks];
    out.splice(at % (out.length + 1), 0, c);
    return out;
  });

/** The reference: positions sorted with `compareUtf8`, equal keys in input order. */
function referenceOrder(keys: readonly string[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => compareUtf8(keys[a] as string, keys[b] as string) || a - b);
}

describe("UTF-8 order with the native fast path", () => {
  it("the fast path applies exactly when no key holds a surrogate", () => {
    expect(defaultOrderIsUtf8(["a", "专家", "\uE000", "\uFF21", "\uFFFF"])).toBe(true);
    expect(defaultOrderIsUtf8(["a", "\u{1F600}"])).toBe(false);
    expect(defaultOrderIsUtf8(["\uD800"])).toBe(false);
    expect(defaultOrderIsUtf8([])).toBe(true);
  });

  it("on keys without surrogates, the engine's default sort IS compareUtf8's order (property)", () => {
    fc.assert(
      fc.property(bmpKeys, (keys) => {
        expect(defaultOrderIsUtf8(keys)).toBe(true);
        expect([...keys].sort()).toEqual([...keys].sort(compareUtf8));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it("gives exactly compareUtf8's order, unique keys or not, on both paths (property)", () => {
    const unique = (arb: fc.Arbitrary<string[]>) => arb.map((ks) => [...new Set(ks)]);
    for (const [arb, fast] of [
      [unique(bmpKeys), true],
      [bmpKeys, true],
      [unique(astralKeys), false],
      [astralKeys, false],
    ] as const) {
      fc.assert(
        fc.property(arb, (keys) => {
          expect(defaultOrderIsUtf8(keys)).toBe(fast);
          expect(utf8Order(keys)).toEqual(referenceOrder(keys));
          expect(sortUtf8(keys)).toEqual([...keys].sort(compareUtf8));
          const items = keys.map((id, n) => ({ id, n }));
          expect(sortById(items)).toEqual(referenceOrder(keys).map((i) => items[i]));
        }),
        { seed: 20261128, numRuns: 200 },
      );
    }
  });

  it("puts a BMP character above the surrogates before an astral one, as UTF-8 does (UTF-16 would not)", () => {
    expect(utf8Order(["\u{1F600}", "\uFF21", "a"])).toEqual([2, 1, 0]);
    expect(sortUtf8(["\u{1F600}", "\uE000"])).toEqual(["\uE000", "\u{1F600}"]);
    // The failing case of the naive sort this guards against.
    expect(["\u{1F600}", "\uE000"].sort()).toEqual(["\u{1F600}", "\uE000"]);
  });

  it("does not change its input", () => {
    const keys = ["b", "a", "专"];
    utf8Order(keys);
    sortUtf8(keys);
    expect(keys).toEqual(["b", "a", "专"]);
  });
});

describe("utf8Positions (the radix sort behind the draws' big lists)", () => {
  // Lists long enough to be split unit by unit (groups above the insertion-sort size), with shared prefixes, keys
  // that are prefixes of others, repeats, wide alphabets (CJK: the comparison fallback) and surrogates.
  const prefixed = (chars: readonly string[], prefixes: readonly string[]) =>
    fc.array(
      fc.tuple(fc.constantFrom(...prefixes), fc.array(fc.constantFrom(...chars), { maxLength: 5 })).map(([p, cs]) => p + cs.join("")),
      { minLength: 0, maxLength: 400 },
    );
  const CJK = Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + i * 517));
  const lists = fc.oneof(
    prefixed(["0", "1", "a", "-"], ["EXP-", "EXP-0", "E"]),
    prefixed(BMP_CHARS, ["", "专家"]),
    prefixed([...CJK, "a"], ["", "x"]),
    prefixed(CHARS, ["", "\u{1F600}", "\uFFFF"]),
  );

  it("gives exactly compareUtf8's order (stable) and says whether a key repeats (property)", () => {
    fc.assert(
      fc.property(lists, (keys) => {
        const { order, repeated } = utf8Positions(keys);
        expect(Array.from(order)).toEqual(referenceOrder(keys));
        expect(repeated).toBe(new Set(keys).size !== keys.length);
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });

  it("finds a repeat wherever the sort meets it: in a bucket of ended keys, in insertion sort, in the fallback", () => {
    const many = Array.from({ length: 100 }, (_, i) => `K-${String(i).padStart(3, "0")}`);
    expect(utf8Positions(many).repeated).toBe(false);
    expect(utf8Positions([...many, "K-0"]).repeated).toBe(false);
    expect(utf8Positions([...many, "K-050"]).repeated).toBe(true);
    expect(utf8Positions(["b", "a", "b"]).repeated).toBe(true);
    expect(utf8Positions([...CJK, ...CJK.slice(0, 1)]).repeated).toBe(true);
    expect(utf8Positions(Array.from({ length: 50 }, () => "same")).repeated).toBe(true);
    expect(utf8Positions([]).repeated).toBe(false);
  });
});
