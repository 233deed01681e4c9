import { describe, expect, it } from "vitest";
import { compileRule, evaluate, MAX_CONDITION_DEPTH, violations } from "../../../src/rules/engine/index";
import type { Condition, TopLevelCondition } from "../../../src/rules/engine/index";
import { rule, ruleWith, setOf, thrown } from "./helpers";

function nested(depth: number): TopLevelCondition {
  let node: Condition = { fact: "thing", path: "value", operator: "equal", value: 1 };
  for (let i = 1; i < depth; i++) node = { not: node };
  return node as TopLevelCondition;
}

describe("a bad rule is refused with INVALID_RULE naming the rule and the path", () => {
  it("accepts a valid rule", () => {
    expect(compileRule(rule()).rule.id).toBe("TEST_RULE");
  });

  it("refuses a JSONPath expression in a path", () => {
    for (const path of ["$.a.b", "a[0]", "a.*", "a..b", "a[?(@.x)]"]) {
      const e = thrown(() => compileRule(ruleWith({ fact: "thing", path, operator: "exists" }, { id: "JP_RULE" })));
      expect(e.code).toBe("INVALID_RULE");
      expect(e.en).toContain("JP_RULE");
      expect(e.en).toContain("conditions.all[0].path");
      expect(e.en).toContain("JSONPath");
    }
  });

  it("refuses JSONPath in a fact reference and in evidence", () => {
    const e = thrown(() => compileRule(ruleWith({ fact: "thing", path: "a", operator: "equal", value: { fact: "params", path: "$.x" } })));
    expect(e.en).toContain("conditions.all[0].value.path");
    const e2 = thrown(() => compileRule(rule({ evidence: ["thing.list[0]"] })));
    expect(e2.en).toContain("evidence[0]");
  });

  it("refuses an unknown operator", () => {
    const e = thrown(() => compileRule(ruleWith({ fact: "thing", operator: "regexMatch", value: ".*" })));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain('unknown operator "regexMatch"');
  });

  it(`accepts ${MAX_CONDITION_DEPTH} levels of nesting and refuses ${MAX_CONDITION_DEPTH + 1}`, () => {
    expect(() => compileRule(rule({ conditions: nested(MAX_CONDITION_DEPTH) }))).not.toThrow();
    const e = thrown(() => compileRule(rule({ conditions: nested(MAX_CONDITION_DEPTH + 1) })));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain("deeper than 64");
  });

  it("refuses a 100,000-level rule without overflowing the stack", () => {
    const e = thrown(() => compileRule(rule({ conditions: nested(100_000) })));
    expect(e.code).toBe("INPUT_TOO_DEEP"); // the library's one depth guard, before any work
  });

  it("refuses structural mistakes", () => {
    const cases: Array<[unknown, string]> = [
      [{ fact: "thing", operator: "equal", value: 1 }, "root"],
      [{ all: { fact: "thing", operator: "equal", value: 1 } }, "must be an array"],
      [{ not: [] }, "not an array"],
      [{ all: [], any: [] }, "exactly one"],
      [{ all: [{ fact: "thing", operator: "equal" }] }, "needs a value"],
      [{ all: [{ fact: "thing", operator: "equal", value: 1, vaule: 2 }] }, 'unexpected key "vaule"'],
      [{ all: [{ fact: "thing", operator: "in", value: 3 }] }, "array"],
      [{ all: [{ fact: "thing", operator: "dateBefore", value: "soon" }] }, "date"],
      [{ all: [{ fact: "thing", operator: "workingDaysAfterGreaterThan", value: { days: 3 } }] }, "since"],
    ];
    for (const [conditions, words] of cases) {
      const e = thrown(() => compileRule(rule({ conditions: conditions as TopLevelCondition })));
      expect(e.code, JSON.stringify(conditions)).toBe("INVALID_RULE");
      expect(e.en, JSON.stringify(conditions)).toContain(words);
    }
  });

  it("refuses bad fields outside the conditions", () => {
    expect(thrown(() => compileRule(rule({ severity: "fatal" as "error" }))).en).toContain("severity");
    expect(thrown(() => compileRule(rule({ effective: { from: "2024-02-30" } }))).en).toContain("effective.from");
    expect(thrown(() => compileRule(rule({ effective: { from: "2024-02-01", to: "2024-01-01" } }))).en).toContain("effective.to");
    expect(thrown(() => compileRule(rule({ message: { zh: "{a[0]}", en: "x" } }))).en).toContain("message.zh");
    expect(thrown(() => compileRule({ ...rule(), extra: 1 })).en).toContain("extra");
  });
});

describe("evaluate", () => {
  const r = rule();
  const set = setOf([r]);

  it("yields a finding when the violation conditions hold, with message, evidence and explanation", () => {
    const report = evaluate(set, "thing", { thing: { name: "甲公司", value: 12 } });
    expect(report.ok).toBe(false);
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0];
    expect(f).toMatchObject({
      ruleId: "TEST_RULE",
      ruleVersion: 1,
      clause: "TEST-1",
      severity: "error",
      message: { zh: "甲公司 违反规则", en: "甲公司 breaks the rule" },
      evidence: { "thing.name": "甲公司", "thing.value": 12 },
      explanation: {
        kind: "all",
        result: true,
        children: [{ kind: "condition", fact: "thing", path: "value", operator: "greaterThan", expected: 10, actual: 12, result: true }],
      },
    });
    expect(report.evaluated).toEqual(["TEST_RULE"]);
    expect(report.rules).toEqual([{ id: "TEST_RULE", version: 1, pack: "base@1.0.0" }]);
  });

  it("yields nothing when they do not", () => {
    const report = evaluate(set, "thing", { thing: { name: "乙公司", value: 3 } });
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.evaluated).toEqual(["TEST_RULE"]);
  });

  it("is ok when the only findings are warnings or info", () => {
    const warn = setOf([rule({ severity: "warning" })]);
    const report = evaluate(warn, "thing", { thing: { value: 11 } });
    expect(report.findings).toHaveLength(1);
    expect(report.ok).toBe(true);
  });

  it("fills missing placeholders with ? and missing evidence with null", () => {
    const f = evaluate(set, "thing", { thing: { value: 11 } }).findings[0];
    expect(f?.message.en).toBe("? breaks the rule");
    expect(f?.evidence).toEqual({ "thing.name": null, "thing.value": 11 });
  });

  it("marks short-circuited conditions as not evaluated (null)", () => {
    const any = setOf([
      rule({
        conditions: {
          any: [
            { fact: "thing", path: "value", operator: "greaterThan", value: 10 },
            { fact: "thing", path: "name", operator: "equal", value: "x" },
          ],
        },
      }),
    ]);
    const e = evaluate(any, "thing", { thing: { value: 11, name: "x" } }).findings[0]?.explanation;
    expect(e).toMatchObject({ kind: "any", result: true, children: [{ result: true, actual: 11 }, { result: null }] });
  });

  it("shows a fact reference resolved in the explanation", () => {
    const withParam = setOf([ruleWith({ fact: "thing", path: "value", operator: "lessThan", value: { fact: "params", path: "min" } }, { params: ["min"] })], { min: 5 });
    const e = evaluate(withParam, "thing", { thing: { value: 3 } }).findings[0]?.explanation;
    expect(e).toMatchObject({ children: [{ expected: 5, actual: 3, result: true }] });
  });

  it("honours explain: none and explain: all", () => {
    const none = evaluate(set, "thing", { thing: { value: 12 } }, { explain: "none" });
    expect(none.findings[0]?.explanation).toBeUndefined();
    expect(none.traces).toBeUndefined();
    const all = evaluate(set, "thing", { thing: { value: 1 } }, { explain: "all" });
    expect(all.findings).toEqual([]);
    expect(all.traces).toEqual([{ ruleId: "TEST_RULE", result: false, explanation: expect.objectContaining({ result: false }) }]);
  });

  it("renders the requested locale in text", () => {
    expect(evaluate(set, "thing", { thing: { name: "A", value: 12 } }, { locale: "en" }).findings[0]?.text).toBe("A breaks the rule");
    expect(evaluate(set, "thing", { thing: { name: "A", value: 12 } }, { locale: "zh" }).findings[0]?.text).toBe("A 违反规则");
  });

  it("skips rules not effective at asOf and lists them", () => {
    const dated = setOf([rule({ id: "OLD", effective: { from: "2010-01-01", to: "2017-12-31" } }), rule({ id: "NEW", effective: { from: "2018-09-26" } })]);
    const before = evaluate(dated, "thing", { thing: { value: 12 } }, { asOf: "2018-09-25" });
    expect(before.evaluated).toEqual([]);
    expect(before.skipped).toEqual([
      { ruleId: "NEW", reason: "notYetEffective" },
      { ruleId: "OLD", reason: "noLongerEffective" },
    ]);
    const on = evaluate(dated, "thing", { thing: { value: 12 } }, { asOf: "2018-09-26T08:00:00+08:00" });
    expect(on.evaluated).toEqual(["NEW"]);
    expect(on.findings.map((f) => f.ruleId)).toEqual(["NEW"]);
  });

  it("lists shared between reports are frozen; what a report owns is its own (mutating one report changes no other)", () => {
    const dated = setOf([rule({ id: "OLD", effective: { from: "2010-01-01", to: "2017-12-31" } }), rule({ id: "NEW", effective: { from: "2018-09-26" } })]);
    const facts = { thing: { name: ["a"], value: 12 } };
    for (const options of [{}, { asOf: "2018-09-26" }, { asOf: "2018-09-25" }]) {
      const a = evaluate(dated, "thing", facts, options);
      const b = evaluate(dated, "thing", facts, options);
      const snapshot = structuredClone(b);
      for (const list of [a.evaluated, a.skipped, a.rules]) {
        expect(Object.isFrozen(list)).toBe(true);
        expect(() => (list as unknown[]).push("x")).toThrow(TypeError);
      }
      for (const s of a.skipped) expect(Object.isFrozen(s)).toBe(true);
      // Everything else a report holds is its own: scribble over all of `a`, then `b` must be as it was.
      for (const f of a.findings) {
        (f.evidence as Record<string, unknown>)["thing.name"] = "changed";
        (f.message as { zh: string }).zh = "changed";
        (f.explanation as { result: unknown }).result = "changed";
      }
      (a.findings as unknown[]).length = 0;
      expect(b).toEqual(snapshot);
      expect(facts.thing.name).toEqual(["a"]);
    }
    // The same asOf again (its lists cached) and another day give each their own answer.
    expect(evaluate(dated, "thing", facts, { asOf: "2018-09-25" }).evaluated).toEqual([]);
    expect(evaluate(dated, "thing", facts, { asOf: "2018-09-26" }).evaluated).toEqual(["NEW"]);
    expect(evaluate(dated, "thing", facts, { asOf: "2017-12-31" }).evaluated).toEqual(["OLD"]);
    expect(evaluate(dated, "thing", facts, { asOf: "2018-09-25" }).skipped.map((s) => s.reason)).toEqual(["notYetEffective", "noLongerEffective"]);
  });

  it("violations() gives the verdicts only, honouring asOf and refusing bad input the same way", () => {
    const dated = setOf([rule({ id: "OLD", effective: { from: "2010-01-01", to: "2017-12-31" } }), rule({ id: "NEW", effective: { from: "2018-09-26" } })]);
    expect(violations(dated, "thing", { thing: { value: 12 } })).toEqual(["NEW", "OLD"]);
    expect(violations(dated, "thing", { thing: { value: 12 } }, { asOf: "2019-01-01" })).toEqual(["NEW"]);
    expect(violations(dated, "thing", { thing: { value: 1 } }, { asOf: "2019-01-01" })).toEqual([]);
    expect(thrown(() => violations(dated, "nope", {})).code).toBe("UNKNOWN_SUBJECT");
  });

  it("injects asOf as a fact", () => {
    const s = setOf([ruleWith({ fact: "thing", path: "due", operator: "dateBefore", value: { fact: "asOf" } })]);
    expect(evaluate(s, "thing", { thing: { due: "2024-01-01" } }, { asOf: "2024-06-01" }).findings).toHaveLength(1);
    expect(evaluate(s, "thing", { thing: { due: "2024-07-01" } }, { asOf: "2024-06-01" }).findings).toHaveLength(0);
  });

  it("refuses bad input with a GgzyError, evaluating nothing", () => {
    expect(thrown(() => evaluate(set, "nope", {})).code).toBe("UNKNOWN_SUBJECT");
    expect(thrown(() => evaluate(set, "thing", [] as never)).code).toBe("INVALID_INPUT");
    expect(thrown(() => evaluate(set, "thing", null as never)).code).toBe("INVALID_INPUT");
    expect(thrown(() => violations(set, "thing", { params: 1 })).en).toContain("reserved");
    expect(thrown(() => evaluate(set, 7 as never, {})).code).toBe("UNKNOWN_SUBJECT");
    expect(thrown(() => evaluate(set, "thing", { params: {} })).code).toBe("INVALID_INPUT");
    expect(thrown(() => evaluate(set, "thing", {}, { asOf: "2024-13-01" })).code).toBe("INVALID_DATE");
    expect(thrown(() => evaluate(set, "thing", {}, { locale: "fr" as never })).code).toBe("INVALID_INPUT");
    expect(thrown(() => evaluate({ version: "x" } as never, "thing", {})).code).toBe("INVALID_INPUT");
  });

  it("does not let a finding alias the caller's facts", () => {
    const facts = { thing: { name: ["a"], value: 12 } };
    const f = evaluate(set, "thing", facts).findings[0];
    facts.thing.name.push("b");
    expect(f?.evidence["thing.name"]).toEqual(["a"]);
  });
});
