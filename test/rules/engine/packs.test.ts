import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRuleSet, evaluate, isRulePack, loadRulePack } from "../../../src/rules/engine/index";
import type { PackOverride, Rule } from "../../../src/rules/engine/index";
import { pack, rule, ruleWith, thrown } from "./helpers";

const minMembers = ruleWith(
  { fact: "committee", path: "size", operator: "lessThan", value: { fact: "params", path: "minMembers" } },
  {
    id: "COMMITTEE_MIN_MEMBERS",
    subject: "committee",
    params: ["minMembers"],
    message: { zh: "评标委员会 {committee.size} 人，少于 {params.minMembers} 人", en: "{committee.size} members, fewer than {params.minMembers}" },
    evidence: ["committee.size", "params.minMembers"],
  },
);
const odd = ruleWith({ fact: "committee", path: "even", operator: "equal", value: true }, { id: "COMMITTEE_ODD", subject: "committee" });
const published = ruleWith({ fact: "committee", path: "published", operator: "equal", value: false }, { id: "COMMITTEE_PUBLISHED", subject: "committee", severity: "warning" });

const national = pack([minMembers, odd], { minMembers: 5 }, "national", "1.0.0");
const liaocheng = pack([published], {}, "liaocheng", "1.0.0");

describe("rule packs compose into a versioned rule set", () => {
  it("names every pack and override in the version, and lists applied rules with their pack", () => {
    const county: PackOverride = { name: "my-county", version: "0.1.0", extends: "liaocheng", params: { minMembers: 7 } };
    const set = createRuleSet([national, liaocheng], [county]);
    expect(set.version).toBe("national@1.0.0+liaocheng@1.0.0+my-county@0.1.0");
    const report = evaluate(set, "committee", { committee: { size: 6, even: true, published: true } });
    expect(report.rulesetVersion).toBe(set.version);
    expect(report.rules).toEqual([
      { id: "COMMITTEE_MIN_MEMBERS", version: 1, pack: "national@1.0.0" },
      { id: "COMMITTEE_ODD", version: 1, pack: "national@1.0.0" },
      { id: "COMMITTEE_PUBLISHED", version: 1, pack: "liaocheng@1.0.0" },
    ]);
    // the county's 7 applies: 6 members is too few there, not nationally
    expect(report.findings.map((f) => f.ruleId)).toEqual(["COMMITTEE_MIN_MEMBERS", "COMMITTEE_ODD"]);
    expect(report.findings[0]?.message.zh).toBe("评标委员会 6 人，少于 7 人");
    expect(set.params["minMembers"]).toMatchObject({ value: 7, setBy: "my-county@0.1.0" });
    const plain = evaluate(createRuleSet([national, liaocheng]), "committee", { committee: { size: 6, even: false, published: true } });
    expect(plain.findings).toEqual([]);
  });

  it("refuses a later pack that redefines a rule without an explicit override", () => {
    const e = thrown(() => createRuleSet([national, pack([odd], {}, "other")]));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain("COMMITTEE_ODD");
    expect(e.en).toContain("override");
  });

  it("disables, overrides and adds rules with JSON", () => {
    const county = loadRulePack(
      JSON.stringify({
        name: "my-county",
        version: "0.1.0",
        disable: ["COMMITTEE_PUBLISHED"],
        override: [{ id: "COMMITTEE_ODD", version: 2, severity: "warning" }],
        add: [rule({ id: "COUNTY_EXTRA", subject: "committee", conditions: { all: [{ fact: "committee", path: "size", operator: "greaterThan", value: 20 }] } })],
      }),
    );
    expect(isRulePack(county)).toBe(false);
    const set = createRuleSet([national, liaocheng], [county as PackOverride]);
    const report = evaluate(set, "committee", { committee: { size: 21, even: true, published: false } });
    expect(report.skipped).toEqual([{ ruleId: "COMMITTEE_PUBLISHED", reason: "disabled" }]);
    expect(report.findings.map((f) => [f.ruleId, f.ruleVersion, f.severity])).toEqual([
      ["COMMITTEE_ODD", 2, "warning"],
      ["COUNTY_EXTRA", 1, "error"],
    ]);
    expect(report.rules.find((r) => r.id === "COMMITTEE_ODD")).toEqual({ id: "COMMITTEE_ODD", version: 2, pack: "my-county@0.1.0" });
    expect(report.ok).toBe(false);
  });

  it("refuses an override of an unknown rule with UNKNOWN_RULE", () => {
    const e1 = thrown(() => createRuleSet([national], [{ name: "c", version: "1", disable: ["NO_SUCH_RULE"] }]));
    expect(e1.code).toBe("UNKNOWN_RULE");
    expect(e1.en).toContain("NO_SUCH_RULE");
    const e2 = thrown(() => createRuleSet([national], [{ name: "c", version: "1", override: [{ id: "NOPE", severity: "info" }] }]));
    expect(e2.code).toBe("UNKNOWN_RULE");
  });

  it("refuses an override that breaks the rule it changes", () => {
    const e = thrown(() => createRuleSet([national], [{ name: "c", version: "1", override: [{ id: "COMMITTEE_ODD", conditions: { all: [{ fact: "x", path: "$..y", operator: "exists" }] } }] }]));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain("COMMITTEE_ODD");
  });

  it("refuses unknown, undefined or undeclared parameters", () => {
    expect(thrown(() => createRuleSet([national], [{ name: "c", version: "1", params: { minMember: 7 } }])).en).toContain("unknown parameter minMember");
    expect(thrown(() => createRuleSet([pack([minMembers])])).en).toContain("parameter minMembers");
    const undeclared = { ...minMembers, params: [] } as Rule;
    expect(thrown(() => createRuleSet([pack([undeclared], { minMembers: 5 })])).en).toContain("does not declare");
    expect(thrown(() => createRuleSet([national, pack([], { minMembers: 9 }, "other")])).en).toContain("defines parameter minMembers again");
  });

  it("refuses an override extending a pack that is not in the set", () => {
    expect(thrown(() => createRuleSet([national], [{ name: "c", version: "1", extends: "liaocheng" }])).en).toContain("extends liaocheng");
    expect(() => createRuleSet([national], [{ name: "c", version: "1", extends: "national@1.0.0" }])).not.toThrow();
  });

  it("orders rules by id whatever the order of the pack's array", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([minMembers, odd, published], { minLength: 3, maxLength: 3 }), (rules) => {
        const set = createRuleSet([pack(rules, { minMembers: 5 })]);
        const report = evaluate(set, "committee", { committee: { size: 3, even: true, published: false } });
        expect(report.evaluated).toEqual(["COMMITTEE_MIN_MEMBERS", "COMMITTEE_ODD", "COMMITTEE_PUBLISHED"]);
        expect(report.findings.map((f) => f.ruleId)).toEqual(report.evaluated);
      }),
      { seed: 7, numRuns: 30 },
    );
  });

  it("is immutable: changing the packs afterwards changes nothing", () => {
    const mutable = JSON.parse(JSON.stringify(national)) as { params: { minMembers: { value: number } }; rules: Array<{ severity: string }> };
    const set = createRuleSet([mutable as never]);
    mutable.params.minMembers.value = 100;
    (mutable.rules[0] as { severity: string }).severity = "info";
    const f = evaluate(set, "committee", { committee: { size: 6 } });
    expect(f.findings).toEqual([]);
    expect(Object.isFrozen(set.rules[0]?.rule)).toBe(true);
  });
});

describe("loadRulePack validates packs and overrides from JSON", () => {
  it("loads a full pack", () => {
    const p = loadRulePack(JSON.parse(JSON.stringify(national)) as unknown);
    expect(isRulePack(p)).toBe(true);
  });

  it("names the rule and the path of a bad rule inside a pack", () => {
    const bad = JSON.parse(JSON.stringify(national)) as { rules: Array<{ conditions: { all: Array<{ operator: string }> } }> };
    (bad.rules[1] as { conditions: { all: Array<{ operator: string }> } }).conditions.all[0] = { operator: "nope" } as never;
    const e = thrown(() => loadRulePack(bad));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain("COMMITTEE_ODD");
    expect(e.en).toContain("conditions.all[0]");
  });

  it("refuses text that is not JSON, and values that are not objects", () => {
    expect(thrown(() => loadRulePack("{nope")).code).toBe("INVALID_RULE");
    expect(thrown(() => loadRulePack([])).code).toBe("INVALID_RULE");
    expect(thrown(() => loadRulePack({ name: "c", version: "1", disable: "X" })).en).toContain("disable");
  });
});
