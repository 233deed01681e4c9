import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRuleSet, evaluate, violations } from "../../../src/rules/engine/index";
import type { ExplanationNode } from "../../../src/rules/engine/index";
import { conditionArb, factsArb, oursFor, paramsArb, ruleOf } from "./reference";

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object") {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** Recomputes a group's result from its children's results, where all children were evaluated. */
function consistent(node: ExplanationNode): boolean {
  if (node.kind === "condition") return true;
  if (!node.children.every(consistent)) return false;
  if (node.result === null) return node.children.every((c) => c.result === null);
  const rs = node.children.map((c) => c.result);
  if (node.kind === "not") return rs[0] === !node.result;
  if (rs.length === 0) return node.result === true; // empty all/any hold (json-rules-engine)
  if (node.kind === "all") return node.result ? rs.every((r) => r === true) : rs.includes(false) && rs.slice(rs.indexOf(false) + 1).every((r) => r === null);
  return node.result ? rs.includes(true) && rs.slice(rs.indexOf(true) + 1).every((r) => r === null) : rs.every((r) => r === false);
}

describe("engine invariants", () => {
  it("the explanation tree agrees with the verdict and with itself; short-circuits are null", () => {
    let withFindings = 0;
    fc.assert(
      fc.property(conditionArb, paramsArb, factsArb, (conditions, params, facts) => {
        const set = oursFor(ruleOf(conditions), params);
        const report = evaluate(set, "random", facts, { explain: "all" });
        const trace = report.traces?.[0];
        expect(trace).toBeDefined();
        expect(trace?.explanation.result).toBe(trace?.result);
        expect(report.findings.length > 0).toBe(trace?.result);
        expect(consistent(trace?.explanation as ExplanationNode)).toBe(true);
        if (report.findings.length > 0) {
          withFindings++;
          expect(report.findings[0]?.explanation).toEqual(trace?.explanation);
        }
        expect(report.ok).toBe(!report.findings.some((f) => f.severity === "error"));
      }),
      { seed: 42, numRuns: 400 },
    );
    expect(withFindings).toBeGreaterThan(50);
  });

  it("violations() lists exactly the rules evaluate() reports as findings", () => {
    fc.assert(
      fc.property(conditionArb, paramsArb, factsArb, (conditions, params, facts) => {
        const set = oursFor(ruleOf(conditions), params);
        expect(violations(set, "random", facts)).toEqual(evaluate(set, "random", facts).findings.map((f) => f.ruleId));
      }),
      { seed: 46, numRuns: 300 },
    );
  });

  it("never mutates the facts (deeply frozen facts evaluate the same)", () => {
    fc.assert(
      fc.property(conditionArb, paramsArb, factsArb, (conditions, params, facts) => {
        const set = oursFor(ruleOf(conditions), params);
        const before = JSON.stringify(facts);
        const a = evaluate(set, "random", facts);
        expect(JSON.stringify(facts)).toBe(before);
        const b = evaluate(set, "random", deepFreeze(structuredClone(facts)));
        expect(b).toEqual(a);
      }),
      { seed: 43, numRuns: 200 },
    );
  });

  it("gives the same report whatever the order of the facts object's keys", () => {
    fc.assert(
      fc.property(conditionArb, paramsArb, factsArb, (conditions, params, facts) => {
        const set = oursFor(ruleOf(conditions), params);
        const reversed = Object.fromEntries(Object.entries(facts).reverse());
        expect(evaluate(set, "random", reversed)).toEqual(evaluate(set, "random", facts));
      }),
      { seed: 44, numRuns: 200 },
    );
  });
});

describe("several rules of one subject", () => {
  it("each rule's trace and finding are those of the rule evaluated alone (rules never see each other's records)", () => {
    let withFindings = 0;
    fc.assert(
      fc.property(fc.array(conditionArb, { minLength: 2, maxLength: 4 }), paramsArb, factsArb, (conditions, params, facts) => {
        const rules = conditions.map((c, i) => ruleOf(c, `RULE_${i}`));
        const packParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, { value: v, description: { zh: k, en: k } }]));
        const set = createRuleSet([{ name: "random", version: "1.0.0", params: packParams, rules }]);
        const together = evaluate(set, "random", facts, { explain: "all" });
        expect(together.traces?.map((t) => t.ruleId)).toEqual(rules.map((r) => r.id));
        expect(violations(set, "random", facts)).toEqual(together.findings.map((f) => f.ruleId));
        rules.forEach((r, i) => {
          const alone = evaluate(oursFor(r, params), "random", facts, { explain: "all" });
          expect(together.traces?.[i]).toEqual(alone.traces?.[0]);
          const finding = together.findings.find((f) => f.ruleId === r.id);
          expect(finding).toEqual(alone.findings[0]);
          if (finding !== undefined) withFindings++;
        });
      }),
      { seed: 47, numRuns: 200 },
    );
    expect(withFindings).toBeGreaterThan(50);
  });

  it("violations() agrees with evaluate() for subjects of 32 to 40 rules", () => {
    fc.assert(
      fc.property(fc.array(conditionArb, { minLength: 32, maxLength: 40 }), paramsArb, factsArb, (conditions, params, facts) => {
        const rules = conditions.map((c, i) => ruleOf(c, `RULE_${String(i).padStart(2, "0")}`));
        const packParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, { value: v, description: { zh: k, en: k } }]));
        const set = createRuleSet([{ name: "random", version: "1.0.0", params: packParams, rules }]);
        expect(violations(set, "random", facts)).toEqual(evaluate(set, "random", facts).findings.map((f) => f.ruleId));
      }),
      { seed: 48, numRuns: 30 },
    );
  });
});

describe("no shared mutable state", () => {
  it("interleaved evaluations in flight give exactly the results of sequential runs", async () => {
    const cases = fc.sample(fc.tuple(conditionArb, paramsArb, fc.array(factsArb, { minLength: 5, maxLength: 5 })), { seed: 45, numRuns: 40 });
    const sets = cases.map(([c, p]) => oursFor(ruleOf(c), p));
    const sequential = cases.map(([, , list], i) => list.map((f) => evaluate(sets[i] as never, "random", f, { explain: "all" })));
    // Every task yields to the event loop between evaluations, in an order that interleaves all tasks.
    const interleaved = await Promise.all(
      cases.map(async ([, , list], i) => {
        const out = [];
        for (const [j, f] of list.entries()) {
          for (let k = 0; k < ((i * 7 + j * 3) % 5); k++) await Promise.resolve();
          if ((i + j) % 3 === 0) await new Promise((r) => setTimeout(r, 0));
          out.push(evaluate(sets[i] as never, "random", f, { explain: "all" }));
        }
        return out;
      }),
    );
    expect(interleaved).toEqual(sequential);
    const verdicts = sequential.flat().map((r) => r.findings.length > 0);
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });
});
