import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultRuleSet, meetsCoverage, parseCases, runCases } from "../../../src/rules/index";
import type { RuleCase } from "../../../src/rules/index";

const dir = fileURLToPath(new URL("../../../src/rules/packs/cases", import.meta.url));
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith(".json") ? [join(d, f)] : []));

/** Every case shipped with the national and Liaocheng packs (`ggzy rules test national liaocheng src/rules/packs/cases`). */
export function shippedCases(): RuleCase[] {
  return walk(dir)
    .sort()
    .flatMap((f) => parseCases(JSON.parse(readFileSync(f, "utf8")), f.slice(dir.length + 1)));
}

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
