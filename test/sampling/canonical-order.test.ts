import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareUtf8 } from "../../src/model/compare-utf8";
import { defaultOrderIsUtf8, sortById, sortUtf8, utf8Order } from "../../src/sampling/canonical-order";

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
