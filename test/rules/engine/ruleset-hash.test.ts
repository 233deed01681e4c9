import { describe, expect, it } from "vitest";
import { createRuleSet, liaochengPack, nationalPack } from "../../../src/rules/index";

describe("a rule set's content hash", () => {
  const base = createRuleSet([nationalPack, liaochengPack]);

  it("is the same for the same packs, whatever the objects' key order", () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]))
          : v;
    const shuffled = reversed(nationalPack) as typeof nationalPack;
    expect(Object.keys(shuffled)).not.toEqual(Object.keys(nationalPack));
    expect(createRuleSet([shuffled, liaochengPack]).contentHash).toBe(base.contentHash);
  });

  it("changes when a parameter's value changes, though the version string does not", () => {
    const county = createRuleSet([nationalPack, liaochengPack], [{ name: "county", version: "1", params: { majorProjectBudgetYuan: 1 } }]);
    const county2 = createRuleSet([nationalPack, liaochengPack], [{ name: "county", version: "1", params: { majorProjectBudgetYuan: 2 } }]);
    expect(county.version).toBe(county2.version);
    expect(county.contentHash).not.toBe(county2.contentHash);
    expect(county.contentHash).not.toBe(base.contentHash);
  });

  it("is 64 hex digits", () => expect(base.contentHash).toMatch(/^[0-9a-f]{64}$/));
});
