/*
 * Test helpers: random rules and facts in the json-rules-engine subset, and a way to run a rule through both
 * engines. Shared by the parity property and the concurrency test.
 */
import fc from "fast-check";
import { Engine } from "json-rules-engine";
import { createRuleSet, evaluate } from "../../../src/rules/engine/index";
import type { Condition, Rule, RuleSet, TopLevelCondition } from "../../../src/rules/engine/index";

export const FACT_NAMES = ["f1", "f2", "f3"] as const;
export const KEYS = ["x", "y", "0", "1", "length"] as const;
export const PARAM_NAMES = ["p1", "p2"] as const;

/** Primitives chosen to collide often: numbers, numeric-looking strings, substrings of each other. */
export const primitive = fc.constantFrom<unknown>(0, 1, 2, 1.5, -1, "1", "2", "12abc", "a", "ab", "b", "", true, false, null);

/** A JSON value tree made of the primitives, with keys from KEYS so paths often hit. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: primitive, weight: 5 },
    { arbitrary: fc.array(tie("v"), { maxLength: 3 }), weight: 2 },
    { arbitrary: fc.dictionary(fc.constantFrom(...KEYS), tie("v"), { maxKeys: 3, noNullPrototype: true }), weight: 2 },
  ),
})).v;

export const factsArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  { f1: jsonValue, f2: jsonValue, f3: jsonValue },
  { requiredKeys: [] },
);

export const paramsArb: fc.Arbitrary<Record<string, unknown>> = fc.record({ p1: jsonValue, p2: jsonValue });

export const pathArb = fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 3 }).map((s) => s.join("."));

const factRefArb = fc.oneof(
  fc.record({ fact: fc.constantFrom<string>(...FACT_NAMES, "missing"), path: pathArb }, { requiredKeys: ["fact"] }),
  fc.record({ fact: fc.constant("params"), path: fc.tuple(fc.constantFrom(...PARAM_NAMES), fc.array(fc.constantFrom(...KEYS), { maxLength: 1 })).map(([p, rest]) => [p, ...rest].join(".")) }),
);

export const REFERENCE_OPS = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;

const leafArb: fc.Arbitrary<Condition> = fc
  .record(
    {
      fact: fc.constantFrom<string>(...FACT_NAMES, "missing", "params"),
      path: pathArb,
      operator: fc.constantFrom(...REFERENCE_OPS),
      literal: jsonValue,
      listValue: fc.oneof(fc.array(primitive, { maxLength: 4 }), fc.constantFrom("ab", "12abc", "")),
      ref: factRefArb,
      useRef: fc.boolean(),
    },
    { requiredKeys: ["fact", "operator", "literal", "listValue", "ref", "useRef"] },
  )
  .map(({ fact, path, operator, literal, listValue, ref, useRef }) => {
    // A literal in/notIn value must be an array or a string (the schema refuses others; json-rules-engine throws).
    const value = useRef ? ref : operator === "in" || operator === "notIn" ? listValue : literal;
    // A path into params must start with a declared parameter.
    const p = fact === "params" ? (path === undefined ? "p1" : `p${(path.length % 2) + 1}.${path}`) : path;
    return { fact, ...(p !== undefined ? { path: p } : {}), operator, value } as Condition;
  });

export const conditionArb: fc.Arbitrary<TopLevelCondition> = fc.letrec<{ node: Condition; group: TopLevelCondition }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, { arbitrary: leafArb, weight: 3 }, { arbitrary: tie("group"), weight: 1 }),
  group: fc.oneof(
    fc.record({ all: fc.array(tie("node"), { maxLength: 4 }) }),
    fc.record({ any: fc.array(tie("node"), { maxLength: 4 }) }),
    fc.record({ not: tie("node") }),
  ),
})).group;

/** Wraps conditions into a rule of the contract. */
export function ruleOf(conditions: TopLevelCondition, id = "RANDOM_RULE"): Rule {
  return {
    id,
    version: 1,
    clause: "TEST",
    basis: [],
    severity: "error",
    subject: "random",
    effective: { from: "2000-01-01" },
    message: { zh: "违反", en: "violation" },
    conditions,
    evidence: [],
    params: [...PARAM_NAMES],
  };
}

/** Our engine: a rule set with one pack holding the rule and the params. */
export function oursFor(rule: Rule, params: Record<string, unknown>): RuleSet {
  const packParams: Record<string, { value: unknown; description: { zh: string; en: string } }> = {};
  for (const [k, v] of Object.entries(params)) packParams[k] = { value: v, description: { zh: k, en: k } };
  return createRuleSet([{ name: "random", version: "1.0.0", params: packParams, rules: [rule] }]);
}

export function ourVerdict(set: RuleSet, facts: Record<string, unknown>, explain: "findings" | "none" = "findings"): boolean {
  return evaluate(set, "random", facts, { explain }).findings.length > 0;
}

function toReference(node: Condition): unknown {
  if ("all" in node) return { all: node.all.map(toReference) };
  if ("any" in node) return { any: node.any.map(toReference) };
  if ("not" in node) return { not: toReference(node.not) };
  const translateRef = (v: unknown): unknown =>
    v !== null && typeof v === "object" && Object.hasOwn(v, "fact")
      ? { ...(v as object), ...((v as { path?: string }).path !== undefined ? { path: `$.${(v as { path: string }).path}` } : {}) }
      : v;
  return {
    fact: node.fact,
    ...(node.path !== undefined ? { path: `$.${node.path}` } : {}),
    operator: node.operator,
    value: translateRef(node.value),
  };
}

/** json-rules-engine, one reused Engine per rule; missing facts are `undefined`, as in our engine. */
export function referenceFor(rule: Rule): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: toReference(rule.conditions) as never, event: { type: "violation" } });
  return engine;
}

/** `true`/`false`, or `"threw"` when json-rules-engine rejects (e.g. `in` over a value that is not a list). */
export async function referenceVerdict(engine: Engine, facts: Record<string, unknown>, params: Record<string, unknown>): Promise<boolean | "threw"> {
  try {
    const { events } = await engine.run({ ...facts, params });
    return events.length > 0;
  } catch {
    return "threw";
  }
}
