import { describe, expect, it } from "vitest";
import { renderCatalogue, withBuiltinDocs } from "../../src/authoring/index";
import { createRuleSet, defaultRuleSet, evaluate, liaochengPack, nationalPack } from "../../src/rules/index";
import type { Rule } from "../../src/rules/index";

/*
 * withBuiltinDocs is documentation only: it titles and annotates the built-in rules and clauses of whatever set it is
 * given, keeps what the set's own packs and overrides say, and changes neither the set's identity nor its verdicts.
 */

const titleOf = (set: ReturnType<typeof defaultRuleSet>, id: string) => set.rules.find((e) => e.rule.id === id)?.rule.title;
const notesOf = (set: ReturnType<typeof defaultRuleSet>, id: string) => set.rules.find((e) => e.rule.id === id)?.rule.notes;

describe("withBuiltinDocs", () => {
  const bare = defaultRuleSet();
  const set = withBuiltinDocs(bare);

  it("keeps the set's version, content hash, parameter values, subjects and verdicts", () => {
    expect(set.version).toBe(bare.version);
    expect(set.contentHash).toBe(bare.contentHash);
    expect(Object.entries(set.params).map(([k, p]) => [k, p.value, p.setBy])).toEqual(Object.entries(bare.params).map(([k, p]) => [k, p.value, p.setBy]));
    expect(set.subjects).toEqual(bare.subjects);
    expect(set.rules.map((e) => [e.rule.id, e.pack, e.disabled])).toEqual(bare.rules.map((e) => [e.rule.id, e.pack, e.disabled]));
    const committee = { size: 4, odd: false, expertCount: 2, expertsRequired: 3 };
    const report = (s: typeof set) => evaluate(s, "committee", { committee, project: {} }, { scope: { regime: "tendering", method: "open" } });
    expect(report(set)).toEqual(report(bare));
    expect(report(set).findings.length).toBeGreaterThan(0);
  });

  it("is the same set when applied twice, and made once per set", () => {
    expect(withBuiltinDocs(set)).toBe(set);
    expect(withBuiltinDocs(bare)).toBe(set);
    expect(Object.isFrozen(set) && Object.isFrozen(set.rules) && Object.isFrozen(set.clauses)).toBe(true);
    expect(Object.isFrozen(titleOf(set, "CONTRACT_SIGNED_IN_TIME"))).toBe(true);
  });

  it("keeps a title, a note or a clause the set's own override gives", () => {
    const county = createRuleSet([nationalPack, liaochengPack], [
      {
        name: "county",
        version: "1",
        override: [{ id: "CONTRACT_SIGNED_IN_TIME", title: { zh: "县：按期签约", en: "County: contract in time" } }, { id: "FULLY_ELECTRONIC", notes: "County reading." }],
        clauses: { "NAT-TBL-47": { title: { zh: "县：书面报告", en: "County: report" }, source: { zh: "招标投标法 第四十七条", en: "art. 47" } } },
      },
    ]);
    const documented = withBuiltinDocs(county);
    expect(titleOf(documented, "CONTRACT_SIGNED_IN_TIME")?.zh).toBe("县：按期签约");
    expect(notesOf(documented, "CONTRACT_SIGNED_IN_TIME")).toBe(notesOf(set, "CONTRACT_SIGNED_IN_TIME"));
    expect(notesOf(documented, "FULLY_ELECTRONIC")).toBe("County reading.");
    expect(titleOf(documented, "FULLY_ELECTRONIC")).toEqual(titleOf(set, "FULLY_ELECTRONIC"));
    expect(documented.clauses["NAT-TBL-47"]).toMatchObject({ title: { zh: "县：书面报告" }, setBy: "county@1" });
    expect(documented.clauses["NAT-TBL-37"]?.setBy).toBe("national@2.0.0");
    expect(documented.contentHash).toBe(county.contentHash);
  });

  it("titles only the built-in packs the set has, and leaves a user's rule that reuses a built-in id at another clause alone", () => {
    const national = withBuiltinDocs(createRuleSet([nationalPack]));
    expect(Object.keys(national.clauses).every((id) => id.startsWith("NAT-"))).toBe(true);
    expect(Object.keys(national.clauses).length).toBe(35);
    const { floor: _floor, ...builtin } = nationalPack.rules.find((r) => r.id === "COMMITTEE_SIZE_FIVE_OR_MORE_ODD") as Rule;
    const ownRule: Rule = { ...builtin, clause: "CTY-1" };
    const mine = withBuiltinDocs(createRuleSet([{ name: "city", version: "1", params: nationalPack.params, rules: [ownRule] }]));
    expect(mine.rules[0]?.rule.title).toBeUndefined();
    expect(mine.rules[0]?.rule.notes).toBeUndefined();
    expect(mine.clauses).toEqual({});
  });

  it("describes the built-in packs' parameters, and keeps what the set's own packs say of theirs", () => {
    expect(bare.params.contractDays?.description).toBeUndefined();
    expect(set.params.contractDays).toEqual({ value: 30, description: { zh: expect.stringContaining("招标投标法第四十六条"), en: expect.stringContaining("art. 46") }, setBy: "national@2.0.0" });
    // An override's value keeps the built-in description; a parameter the override's own rule reads has none.
    const county = withBuiltinDocs(createRuleSet([nationalPack, liaochengPack], [{ name: "county", version: "1", params: { spotCheckMinRate: 0.08 } }]));
    expect(county.params.spotCheckMinRate).toMatchObject({ value: 0.08, setBy: "county@1", description: set.params.spotCheckMinRate?.description });
    // A pack of the user's that shares a built-in pack's name but describes its parameter keeps its own words.
    const own = { zh: "本市合同期限", en: "Our contract period" };
    const mine = withBuiltinDocs(createRuleSet([{ ...nationalPack, params: { ...nationalPack.params, contractDays: { value: 30, description: own } } }]));
    expect(mine.params.contractDays?.description).toEqual(own);
    expect(Object.isFrozen(set.params) && Object.isFrozen(set.params.contractDays)).toBe(true);
  });

  it("refuses what is not a rule set", () => {
    expect(() => withBuiltinDocs({ rules: [] } as never)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  it("is what the published catalogue shows", () => {
    const md = renderCatalogue(bare, { packs: [nationalPack, liaochengPack] });
    expect(md).toContain(`- Title: ${titleOf(set, "CONTRACT_SIGNED_IN_TIME")?.zh} / ${titleOf(set, "CONTRACT_SIGNED_IN_TIME")?.en}`);
    expect(md).toContain("- Clause: 招标投标情况书面报告 / Written report on the tendering to the supervisor (招标投标法 第四十七条)");
  });
});
