import { describe, expect, it } from "vitest";
import { createRuleSet, evaluate, loadRulePack } from "../../../src/rules/engine/index";
import type { Clause, RulePack } from "../../../src/rules/engine/index";
import { pack, rule, thrown } from "./helpers";

const committee = (id: string, clause = "TEST-37") =>
  rule({ id, clause, subject: "committee", conditions: { all: [{ fact: "committee", path: "size", operator: "lessThan", value: 5 }] }, message: { zh: "{committee.size} 人", en: "{committee.size} members" }, evidence: ["committee.size"] });
const clause37: Clause = { title: { zh: "评标委员会组成", en: "Composition of the committee" }, source: { zh: "测试法 第三十七条", en: "Test Law art. 37" } };
const withClauses = (p: RulePack, clauses: Record<string, Clause>): RulePack => ({ ...p, clauses });

describe("rule titles and clause titles are data of the packs (optional, backward compatible)", () => {
  it("loads a pack without titles or clauses as before: no title, no clauses, the same verdicts", () => {
    const set = createRuleSet([pack([committee("SIZE")])]);
    expect(set.rules[0]?.rule.title).toBeUndefined();
    expect(set.clauses).toEqual({});
    expect(evaluate(set, "committee", { committee: { size: 3 } }).findings.map((f) => f.ruleId)).toEqual(["SIZE"]);
  });

  it("keeps a rule's title and the pack's clauses, with the pack that declared each; findings are unchanged", () => {
    const titled = { ...committee("SIZE"), title: { zh: "评标委员会人数", en: "Committee size" } };
    const plain = createRuleSet([pack([committee("SIZE")])]);
    const set = createRuleSet([withClauses(pack([titled], {}, "national", "1.0.0"), { "TEST-37": clause37 })]);
    expect(set.rules[0]?.rule.title).toEqual({ zh: "评标委员会人数", en: "Committee size" });
    expect(set.clauses).toEqual({ "TEST-37": { ...clause37, setBy: "national@1.0.0" } });
    expect(Object.isFrozen(set.clauses["TEST-37"]?.title)).toBe(true);
    const facts = { committee: { size: 3 } };
    expect(evaluate(set, "committee", facts).findings).toEqual(evaluate(plain, "committee", facts).findings);
    // What the packs say changed, so the content hash did; the version is what the authors call it.
    expect(set.contentHash).not.toBe(plain.contentHash);
  });

  it("refuses a title with a {placeholder}: a title is shown as it is, the message carries the particulars", () => {
    const e = thrown(() => createRuleSet([pack([{ ...committee("SIZE"), title: { zh: "{committee.size} 人", en: "Committee size" } }])]));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain("SIZE");
    expect(e.issues?.[0]?.path).toEqual(["title", "zh"]);
    expect(thrown(() => createRuleSet([pack([{ ...committee("SIZE"), title: { zh: "人数", en: "" } }])])).code).toBe("INVALID_RULE");
    expect(thrown(() => createRuleSet([withClauses(pack([committee("SIZE")]), { "TEST-37": { ...clause37, title: { zh: "第{n}条", en: "x" } } })])).code).toBe("INVALID_RULE");
    expect(thrown(() => createRuleSet([withClauses(pack([committee("SIZE")]), { "TEST-37": { title: clause37.title } as Clause })])).code).toBe("INVALID_RULE");
  });

  it("refuses a later pack that declares an earlier pack's clause again; an override retitles or adds clauses", () => {
    const base = withClauses(pack([committee("SIZE")], {}, "national", "1.0.0"), { "TEST-37": clause37 });
    const e = thrown(() => createRuleSet([base, withClauses(pack([committee("OTHER")], {}, "city", "1.0.0"), { "TEST-37": clause37 })]));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toBe("Rule pack city@1.0.0 declares clause TEST-37 again (already declared by national@1.0.0); retitle it with an override's clauses");
    const county = loadRulePack({
      name: "county",
      version: "0.1.0",
      clauses: { "TEST-37": { ...clause37, title: { zh: "评委会组成（县）", en: "Committee (county)" } }, "CTY-3": { title: { zh: "县规定", en: "County rule" }, source: { zh: "县办法 第三条", en: "County measures art. 3" } } },
      add: [committee("COUNTY", "CTY-3")],
      override: [{ id: "SIZE", title: { zh: "评委会人数（县）", en: "Committee size (county)" } }],
    });
    const set = createRuleSet([base], [county as never]);
    expect(set.clauses["TEST-37"]).toMatchObject({ title: { zh: "评委会组成（县）" }, setBy: "county@0.1.0" });
    expect(Object.keys(set.clauses)).toEqual(["CTY-3", "TEST-37"]);
    expect(set.rules.find((r) => r.rule.id === "SIZE")?.rule.title?.en).toBe("Committee size (county)");
  });

  it("never lets a clause named __proto__ become the prototype of the clause table", () => {
    const set = createRuleSet([withClauses(pack([committee("SIZE", "__proto__")]), JSON.parse('{"__proto__": {"title": {"zh": "原型", "en": "proto"}, "source": {"zh": "x", "en": "x"}}}') as Record<string, Clause>)]);
    expect(Object.getPrototypeOf(set.clauses)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["title"]).toBeUndefined();
  });
});
