import { describe, expect, it } from "vitest";
import { defaultRuleSet } from "../../../src/rules/index";
import { meetsCoverage, runCases } from "../../../src/authoring/index";
import { shippedCases } from "./shipped";

describe("the shipped packs' own cases", () => {
  const run = runCases(defaultRuleSet(), shippedCases());
  it("all pass", () => {
    expect(run.results.filter((r) => !r.ok)).toEqual([]);
    expect(run.passed).toBeGreaterThan(50);
  });
  it("make every condition of every rule both true and false (100% condition coverage)", () => {
    expect(run.coverage.uncovered).toEqual([]);
    expect(meetsCoverage(run.coverage, 100)).toBe(true);
    expect(run.coverage.percent).toBe(100);
  });
  it("cover every rule of the default rule set", () => {
    expect(new Set(run.coverage.conditions.map((c) => c.ruleId))).toEqual(new Set(defaultRuleSet().rules.map((e) => e.rule.id)));
  });
});
