import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountText, percentText, personLabel } from "../../../src/scoring/risk/wording";

describe("how a risk message words people, amounts and shares", () => {
  it("names a person by the id, name or document the signals matched on, without the key's prefix", () => {
    expect(personLabel("id:S1448-lr")).toEqual({ zh: "S1448-lr", en: "S1448-lr" });
    expect(personLabel("name:张三")).toEqual({ zh: "张三", en: "张三" });
    expect(personLabel("party:F6-8")).toEqual({ zh: "F6-8", en: "F6-8" });
    expect(personLabel("doc:37150219800101001X")).toEqual({ zh: "证件号码 37150219800101001X", en: "ID document 37150219800101001X" });
    expect(personLabel("MAC-1")).toEqual({ zh: "MAC-1", en: "MAC-1" });
  });

  it("groups an amount's digits and gives its currency, yuan in Chinese", () => {
    expect(amountText(2_784_119, "CNY")).toEqual({ zh: "2,784,119 元", en: "CNY 2,784,119" });
    expect(amountText(30_000.3333, "CNY")).toEqual({ zh: "30,000.33 元", en: "CNY 30,000.33" });
    expect(amountText(999, "USD")).toEqual({ zh: "999 USD", en: "USD 999" });
    expect(amountText(1_000_000.5, undefined)).toEqual({ zh: "1,000,000.5", en: "1,000,000.5" });
  });

  it("gives a share as a percentage to two significant digits", () => {
    expect(percentText(0.0008393376094623368)).toBe("0.084%");
    expect(percentText(0.02)).toBe("2.0%");
    expect(percentText(0.125)).toBe("13%");
    expect(percentText(0)).toBe("0%");
  });

  it("property: an amount reads back to within a cent; a share to within 5% of itself", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e12, noNaN: true }), (n) => {
        const text = amountText(n, undefined).en;
        expect(text).toMatch(/^\d{1,3}(,\d{3})*(\.\d{1,2})?$/);
        expect(Math.abs(Number(text.replace(/,/g, "")) - n)).toBeLessThanOrEqual(0.005 + n * 1e-15);
      }),
      { seed: 1, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 10, noNaN: true }), (share) => {
        const text = percentText(share);
        expect(text).toMatch(/^\d+(\.\d+)?%$/);
        const digits = text.replace(/[.%]/g, "").replace(/^0+/, "");
        expect(digits.length === 2 || (digits.length > 2 && !text.includes("."))).toBe(true);
        expect(Math.abs(Number(text.slice(0, -1)) / 100 - share)).toBeLessThanOrEqual(share * 0.05);
      }),
      { seed: 2, numRuns: 500 },
    );
  });
});
