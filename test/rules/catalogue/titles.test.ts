import { describe, expect, it } from "vitest";
import { withBuiltinDocs } from "../../../src/authoring/index";
import { directiveClauses, nationalClauses } from "../../../src/authoring/docs/clauses";
import { liaochengRuleDocs, nationalRuleDocs } from "../../../src/authoring/docs/rules";
import { NATIONAL_CLAUSES, defaultRuleSet, liaochengPack, nationalPack } from "../../../src/rules/index";

/*
 * Every rule and every clause of the default rule set says what it is about, in both languages, and every rule how
 * it reads its text: documentation of the built-in packs, applied by withBuiltinDocs. A report, a catalogue or a
 * platform names a finding's rule and clause from the documented rule set, never from a table of its own.
 */

const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{3,}/;

/** A title as a reader sees it: present, in its language, static (no {placeholder} left to fill). */
function expectTitle(t: { zh: string; en: string } | undefined, what: string): void {
  expect(t, what).toBeDefined();
  expect(t?.zh.trim(), what).not.toBe("");
  expect(t?.en.trim(), what).not.toBe("");
  expect(t?.zh, what).toMatch(CJK);
  expect(t?.en, what).toMatch(LATIN);
  expect(`${t?.zh} ${t?.en}`, what).not.toMatch(/[{}]/);
}

describe("titles and notes of the default rule set, with the built-in documentation", () => {
  const set = withBuiltinDocs(defaultRuleSet());

  it("gives every rule a zh and an en title, each different from every other rule's", () => {
    expect(set.rules.length).toBe(75);
    for (const { rule } of set.rules) {
      expectTitle(rule.title, rule.id);
      expect(rule.title?.en, rule.id).not.toMatch(CJK);
    }
    for (const lang of ["zh", "en"] as const) {
      const titles = set.rules.map((e) => e.rule.title?.[lang]);
      expect(new Set(titles).size, lang).toBe(titles.length);
    }
  });

  it("gives every rule a note on how it reads its text", () => {
    for (const { rule } of set.rules) {
      expect(rule.notes?.trim(), rule.id).toMatch(LATIN);
      expect(rule.notes?.length ?? 0, rule.id).toBeGreaterThan(60);
    }
  });

  it("titles every clause a rule cites, with its subject and its source", () => {
    const cited = [...new Set(set.rules.map((e) => e.rule.clause))].sort();
    expect(cited.length).toBe(49);
    for (const id of cited) {
      const c = set.clauses[id];
      expectTitle(c?.title, id);
      expectTitle(c?.source, `${id} source`);
    }
    for (const [id, c] of Object.entries(set.clauses)) {
      expectTitle(c.title, id);
      expect(c.source.zh.trim(), id).not.toBe("");
    }
  });

  it("cites each national article as the rules' basis does, and titles each directive clause from its item and point", () => {
    for (const { rule } of set.rules) {
      const source = set.clauses[rule.clause]?.source.zh;
      if (rule.clause.startsWith("NAT-")) expect(rule.basis, rule.id).toContain(source);
      else expect(rule.basis.some((b) => source !== undefined && b.startsWith(source)), `${rule.id}: ${source}`).toBe(true);
    }
    expect(Object.keys(nationalClauses)).toEqual(Object.keys(NATIONAL_CLAUSES));
    expect(set.clauses["NAT-TBL-47"]).toMatchObject({ title: { zh: "招标投标情况书面报告" }, source: { zh: "招标投标法 第四十七条" }, setBy: "national@2.0.0" });
    expect(set.clauses["LC80-5.2"]).toMatchObject({ title: { zh: "双随机一抽查" }, source: { zh: "聊政办字〔2018〕80号 （五）二是" }, setBy: "liaocheng@1.0.0" });
    expect(Object.keys(directiveClauses)).toContain("LC80-6.5"); // cited by the risk signals, no rule of its own
  });

  it("documents exactly the rules each built-in pack ships, at the clause each cites", () => {
    for (const [pack, docs] of [[nationalPack, nationalRuleDocs], [liaochengPack, liaochengRuleDocs]] as const) {
      expect(Object.keys(docs).sort(), pack.name).toEqual(pack.rules.map((r) => r.id).sort());
      for (const r of pack.rules) expect((docs as Record<string, { clause: string }>)[r.id]?.clause, r.id).toBe(r.clause);
    }
  });
});

describe("the built-in packs themselves carry no documentation", () => {
  it("has no title or notes on a built-in rule and no clauses on a built-in pack: ggzy-rules/rules stays small", () => {
    for (const pack of [nationalPack, liaochengPack]) {
      expect(Object.hasOwn(pack, "clauses"), pack.name).toBe(false);
      for (const r of pack.rules) expect([Object.hasOwn(r, "title"), Object.hasOwn(r, "notes")], r.id).toEqual([false, false]);
    }
    expect(defaultRuleSet().clauses).toEqual({});
  });
});
