import { createRuleSet } from "../../../src/rules/engine/index";
import type { Condition, PackOverride, Rule, RulePack, RuleSet, TopLevelCondition } from "../../../src/rules/engine/index";
import { GgzyError } from "../../../src/model/error";

/** A valid rule with sensible defaults; override any field. */
export function rule(fields: Partial<Rule> & { conditions?: TopLevelCondition } = {}): Rule {
  return {
    id: "TEST_RULE",
    version: 1,
    clause: "TEST-1",
    basis: ["测试依据"],
    severity: "error",
    subject: "thing",
    effective: { from: "2018-09-26" },
    message: { zh: "{thing.name} 违反规则", en: "{thing.name} breaks the rule" },
    conditions: { all: [{ fact: "thing", path: "value", operator: "greaterThan", value: 10 }] },
    evidence: ["thing.name", "thing.value"],
    ...fields,
  };
}

/** A rule whose only condition is `leaf`. */
export function ruleWith(leaf: Condition, fields: Partial<Rule> = {}): Rule {
  return rule({ conditions: { all: [leaf] }, ...fields });
}

export function pack(rules: Rule[], params: Record<string, unknown> = {}, name = "base", version = "1.0.0"): RulePack {
  const p: Record<string, { value: unknown; description: { zh: string; en: string } }> = {};
  for (const [k, v] of Object.entries(params)) p[k] = { value: v, description: { zh: `参数 ${k}`, en: `parameter ${k}` } };
  return { name, version, params: p, rules };
}

export function setOf(rules: Rule[], params: Record<string, unknown> = {}, overrides: PackOverride[] = []): RuleSet {
  return createRuleSet([pack(rules, params)], overrides);
}

export { thrown } from "../../thrown";
