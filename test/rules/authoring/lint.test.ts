import { describe, expect, it } from "vitest";
import { LINT_CHECKS, lintPacks, loadPack } from "../../../src/authoring/index";
import type { LintCheck } from "../../../src/authoring/index";

/** A county override adding one rule (overridable fields). */
function county(rule: Record<string, unknown>, extra: Record<string, unknown> = {}): unknown {
  return {
    name: "county",
    version: "1.0.0",
    add: [
      {
        id: "COUNTY_RULE",
        version: 1,
        clause: "C-1",
        basis: ["某县办法 第一条"],
        severity: "error",
        subject: "spotCheckQuarter",
        effective: { from: "2024-01-01" },
        message: { zh: "抽查 {spotCheck.checkedCount} 个", en: "{spotCheck.checkedCount} checked" },
        conditions: { all: [{ fact: "spotCheck", path: "checkedCount", operator: "lessThan", value: 3 }] },
        evidence: ["spotCheck.checkedCount"],
        ...rule,
      },
    ],
    ...extra,
  };
}

// Lint loads as `ggzy rules lint` does: a rule reading a path its subject lacks is its finding, not a load error.
const lint = (...packs: unknown[]) => lintPacks(packs.map((p, i) => loadPack(p, { source: `pack${i}.json`, checkFactPaths: false })));
const checks = (...packs: unknown[]): LintCheck[] => lint(...packs).findings.map((f) => f.check);

const leaf = (path: string, operator: string, value?: unknown) => ({ fact: "spotCheck", path, operator, ...(value !== undefined ? { value } : {}) });

describe("ggzy rules lint: each check has a failing and a passing example", () => {
  it("passes a clean county rule", () => expect(lint(county({}))).toMatchObject({ ok: true, findings: [], rules: 1 }));
  it("passes the shipped packs and the county example", () => {
    expect(lintPacks([], ["national", "liaocheng"]).findings).toEqual([]);
  });

  it("unknown-path: a path the subject's facts do not have (conditions, evidence)", () => {
    const r = lint(county({ conditions: { all: [leaf("checkedCnt", "lessThan", 3)] }, evidence: ["spotCheck.nope"] }));
    expect(r.findings.map((f) => [f.check, f.path.join(".")])).toEqual([
      ["unknown-path", "add.0.conditions.all.0"],
      ["unknown-path", "add.0.evidence.0"],
    ]);
    expect(r.findings[0]?.message.en).toContain('fact spotCheck of subject spotCheckQuarter has no "checkedCnt"');
    expect(checks(county({ conditions: { all: [{ fact: "committee", path: "size", operator: "lessThan", value: 3 }] } }))).toEqual(["unknown-path"]);
    expect(checks(county({ conditions: { all: [leaf("checkedCount", "lessThan", { fact: "params", path: "noSuchParam" })] } }))).toEqual([
      "unknown-path",
      "compose", // createRuleSet refuses it too: the rule reads a parameter the set does not define
    ]);
  });

  it("operator-type: an operator applied to a value of the wrong type", () => {
    expect(checks(county({ conditions: { all: [leaf("quarter", "lessThan", 3)] } }))).toEqual(["operator-type"]);
    expect(checks(county({ conditions: { all: [leaf("checkedCount", "equal", "3")] } }))).toEqual(["operator-type"]);
    expect(checks(county({ conditions: { all: [leaf("checkedCount", "dateBefore", "2024-01-01")] } }))).toEqual(["operator-type"]);
    expect(checks(county({ conditions: { all: [leaf("checkedCount", "in", ["1", "2"])] } }))).toEqual(["operator-type"]);
    expect(checks(county({ conditions: { all: [leaf("publishedOn", "dateBefore", "2024-01-01"), leaf("checkedCount", "in", [1, 2])] } }))).toEqual([]);
  });

  it("never-fires: contradictory numeric ranges and sets", () => {
    expect(checks(county({ conditions: { all: [leaf("checkedCount", "lessThan", 3), leaf("checkedCount", "greaterThan", 5)] } }))).toEqual(["never-fires"]);
    expect(checks(county({ conditions: { all: [leaf("quarter", "equal", "2024-Q1"), leaf("quarter", "in", ["2024-Q2"])] } }))).toEqual(["never-fires"]);
    expect(checks(county({ conditions: { all: [leaf("checkedCount", "lessThan", 3), leaf("checkedCount", "greaterThanInclusive", 3)] } }))).toEqual(["never-fires"]);
    expect(checks(county({ conditions: { all: [leaf("checkedCount", "lessThanInclusive", 3), leaf("checkedCount", "greaterThanInclusive", 3)] } }))).toEqual([]);
  });

  it("unknown-subject: a validator's subject misspelt (one finding, not one per read); a platform's own subject is not", () => {
    expect(checks(county({ subject: "spotCheckQuartr" }))).toEqual(["unknown-subject"]);
    expect(lint(county({ subject: "spotCheckQuartr" })).findings[0]?.didYouMean).toEqual(["spotCheckQuarter"]);
    expect(checks(county({ subject: "warehouseInspection" }))).not.toContain("unknown-subject");
  });

  it("always-fires: tautological ranges, equal/notEqual, empty groups", () => {
    expect(checks(county({ conditions: { any: [leaf("checkedCount", "lessThan", 5), leaf("checkedCount", "greaterThanInclusive", 3)] } }))).toEqual(["always-fires"]);
    expect(checks(county({ conditions: { any: [leaf("quarter", "equal", "2024-Q1"), leaf("quarter", "notEqual", "2024-Q1")] } }))).toEqual(["always-fires"]);
    expect(checks(county({ conditions: { all: [] } }))).toEqual(["always-fires"]);
    expect(checks(county({ conditions: { not: { all: [leaf("checkedCount", "lessThan", 3), leaf("checkedCount", "greaterThan", 5)] } } }))).toEqual(["always-fires"]);
    expect(checks(county({ conditions: { any: [leaf("checkedCount", "lessThan", 3), leaf("checkedCount", "greaterThan", 5)] } }))).toEqual([]);
  });

  it("duplicate-id: two rules with the same id, across packs or against a built-in", () => {
    const r = lint(county({}), { ...(county({}) as object), name: "other" });
    expect(r.findings.map((f) => [f.check, f.pack, f.ruleId])).toEqual([["duplicate-id", "pack1.json", "COUNTY_RULE"]]);
    expect(checks(county({ id: "SPOT_CHECK_RATE" }))).toEqual(["duplicate-id"]);
    expect(checks(county({ id: "COUNTY_RULE_2" }), county({}))).toEqual([]);
  });

  it("placeholder: a message placeholder with no fact behind it", () => {
    const r = lint(county({ message: { zh: "抽查 {spotCheck.count} 个", en: "{spotCheck.checkedCount} checked by {inspector.name}" } }));
    expect(r.findings.map((f) => [f.check, f.path.join(".")])).toEqual([
      ["placeholder", "add.0.message.zh"],
      ["placeholder", "add.0.message.en"],
    ]);
  });

  it("unused-param: a parameter no rule and no fact function reads", () => {
    expect(checks(county({}, { params: { countyNobodyReads: 3 } }))).toContain("unused-param");
    const read = county({ conditions: { all: [leaf("checkedCount", "lessThan", { fact: "params", path: "countyMin" })] }, params: ["countyMin"] }, { params: { countyMin: 3 } });
    expect(checks(read)).toEqual([]);
    // spotCheckPublicationDays is read by the spot-check fact function, not by a rule's conditions.
    expect(checks({ name: "county", version: "1", params: { spotCheckPublicationDays: 20 } })).toEqual([]);
  });

  it("undescribed-param: a pack's parameter without a description (the built-in packs' are in their documentation)", () => {
    const { add, ...override } = county({ conditions: { all: [leaf("checkedCount", "lessThan", { fact: "params", path: "countyMin" })] }, params: ["countyMin"] }) as { add: unknown[] };
    const pack = (param: Record<string, unknown>) => ({ ...override, name: "county-pack", rules: add, params: { countyMin: { value: 3, ...param } } });
    const r = lint(pack({}));
    expect(r.findings.map((f) => [f.check, f.path.join(".")])).toEqual([["undescribed-param", "params.countyMin"]]);
    expect(r.findings[0]?.message.en).toBe("parameter countyMin has no description");
    expect(checks(pack({ description: { zh: "每季度最少抽查数", en: "Minimum checks a quarter" } }))).toEqual([]);
    // The shipped packs carry no descriptions (withBuiltinDocs adds them), and lint knows theirs.
    expect(lintPacks([], ["national", "liaocheng"]).findings.filter((f) => f.check === "undescribed-param")).toEqual([]);
  });

  it("floor: an override that loosens a floor, naming the higher pack and the article", () => {
    const r = lint({ name: "county", version: "1", params: { spotCheckMinRate: 0.03, committeeMinMembers: 3 }, disable: ["COMMITTEE_SIZE_FIVE_OR_MORE_ODD"] });
    expect(r.findings.map((f) => f.check)).toEqual(["floor", "floor", "floor"]);
    expect(r.findings.map((f) => f.message.en)).toEqual([
      expect.stringContaining("below the floor 0.05 that liaocheng@1.0.0 declares (聊政办字〔2018〕80号 （五）二是)"),
      expect.stringContaining("below the floor 5 that national@2.0.0 declares (招标投标法 第三十七条)"),
      expect.stringContaining("disables rule COMMITTEE_SIZE_FIVE_OR_MORE_ODD, a floor that national@2.0.0 declares (招标投标法 第三十七条)"),
    ]);
    expect(checks({ name: "county", version: "1", params: { spotCheckMinRate: 0.08, committeeMinMembers: 7 } })).toEqual([]);
  });

  it("param-type: a parameter set to a value of another type than its declaration, reported once (not as a floor)", () => {
    const r = lint({ name: "county", version: "1", params: { committeeMinMembers: "7", ratingsPublicationDays: "10", requiredRaters: ["tenderer", 1] } });
    expect(r.findings.map((f) => [f.check, f.path.join(".")])).toEqual([
      ["param-type", "params.committeeMinMembers"],
      ["param-type", "params.ratingsPublicationDays"],
      ["param-type", "params.requiredRaters"],
    ]);
    expect(r.findings[0]?.message.en).toBe('county@1 sets parameter committeeMinMembers to "7" (a string), but national@2.0.0 declares it a number');
    expect(r.findings[2]?.message.en).toContain("but liaocheng@1.0.0 declares it a list of strings");
    expect(r.ok).toBe(false);
    expect(checks({ name: "county", version: "1", params: { committeeMinMembers: 7, ratingsPublicationDays: 10, requiredRaters: ["tenderer", "agency"] } })).toEqual([]);
    // A parameter an override introduces is declared by it: a later override keeps its type.
    const introduces = county({ conditions: { all: [leaf("checkedCount", "lessThan", { fact: "params", path: "countyMin" })] }, params: ["countyMin"] }, { params: { countyMin: 3 } });
    expect(lint(introduces, { name: "town", version: "1", params: { countyMin: "4" } }).findings.map((f) => f.message.en)).toContain(
      'town@1 sets parameter countyMin to "4" (a string), but county@1.0.0 declares it a number',
    );
  });

  it("lists every check it runs", () => {
    expect(Object.keys(LINT_CHECKS).sort()).toEqual(
      ["always-fires", "compose", "duplicate-id", "floor", "never-fires", "operator-type", "param-type", "placeholder", "undescribed-param", "unknown-path", "unknown-subject", "unused-param"].sort(),
    );
  });
});
