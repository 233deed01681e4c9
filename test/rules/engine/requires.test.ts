import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeRuleSet, lintPacks, loadPack } from "../../../src/authoring/index";
import { createRuleSet, evaluate, liaochengPack, nationalPack, validateAward, validateProject, violations } from "../../../src/rules/index";
import type { Rule, SkippedRule } from "../../../src/rules/index";
import { projectInput } from "../fixtures";
import type { AwardIn, ProjectIn } from "../fixtures";
import { pack, rule, thrown } from "./helpers";

/*
 * A rule that cannot be judged for lack of data is reported as such (skipped, reason noData, with the fact paths
 * missing), never as evaluated: a platform or an auditor reads `evaluated` as "checked, and it passed".
 */

const award = (over: Partial<AwardIn> = {}): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", status: "active", ...over });
const gpProject = (over: Partial<ProjectIn> = {}): ProjectIn =>
  projectInput({ category: "governmentProcurement", regime: "governmentProcurement", procurementMethod: "open", dates: { evaluationOn: "2024-03-01" }, ...over });
const OBJECTIONS = "RESULT_OBJECTION_ANSWERED_BEFORE_AWARD";
const DELIVERY = "GP_REPORT_DELIVERED_IN_TIME";
const noData = (ruleId: string, missing: string[]): SkippedRule => ({ ruleId, reason: "noData", missing });

describe("validateAward without the project's evaluations", () => {
  const tendering = { project: projectInput(), award: award({ decidedOn: "2024-05-15", noticeOn: "2024-05-15" }) };
  const gp = { project: gpProject(), award: award({ reportReceivedOn: "2024-03-06", decidedOn: "2024-03-06", resultPublishedOn: "2024-03-06" }) };

  it("does not list the objections rule as evaluated: skipped, noData, missing evaluations", () => {
    const r = validateAward(tendering, { asOf: "2024-06-30" });
    expect(r.evaluated).not.toContain(OBJECTIONS);
    expect(r.skipped).toContainEqual(noData(OBJECTIONS, ["evaluations"]));
    expect(r.rules.map((a) => a.id)).not.toContain(OBJECTIONS);
  });
  it("does not list the GP report delivery rule as evaluated, and gives no finding counted from a guessed review end", () => {
    const r = validateAward(gp, { asOf: "2024-12-31" });
    expect(r.evaluated).not.toContain(DELIVERY);
    expect(r.skipped).toContainEqual(noData(DELIVERY, ["evaluations"]));
    expect(r.findings.map((f) => f.ruleId)).not.toContain(DELIVERY);
  });
  it("judges both when the platform says there were none (evaluations: [])", () => {
    const t = validateAward({ ...tendering, evaluations: [] }, { asOf: "2024-06-30" });
    expect(t.evaluated).toContain(OBJECTIONS);
    expect(t.skipped.map((s) => s.ruleId)).not.toContain(OBJECTIONS);
    const g = validateAward({ ...gp, evaluations: [] }, { asOf: "2024-12-31" });
    expect(g.evaluated).toContain(DELIVERY);
    // None on record: the review's end is the project's evaluationOn, Fri 03-01; Tue 03-05 was the last day.
    expect(g.findings.map((f) => f.ruleId)).toContain(DELIVERY);
  });
  it("keeps the other reasons first: a rule out of the record's scope stays outOfScope, never noData", () => {
    const r = validateAward(tendering, { asOf: "2024-06-30" });
    expect(r.skipped).toContainEqual({ ruleId: DELIVERY, reason: "outOfScope" });
  });
  it("lists the skipped rules of the award with explain: all, and traces only the evaluated ones", () => {
    const r = validateAward(tendering, { asOf: "2024-06-30", explain: "all" });
    expect(r.traces?.map((t) => t.ruleId)).toEqual(r.evaluated);
  });
});

describe("validateProject: a project record without evaluations is not one with none", () => {
  const awarded = award({ decidedOn: "2024-05-15", noticeOn: "2024-05-15" });
  it("skips the award rules read from the evaluations when the record does not give them", () => {
    const r = validateProject({ project: projectInput(), awards: [awarded] }, { asOf: "2024-06-30" });
    expect(r.evaluated).not.toContain(OBJECTIONS);
    expect(r.skipped).toContainEqual(noData(OBJECTIONS, ["evaluations"]));
  });
  it("judges them with evaluations: [] (none on record)", () => {
    const r = validateProject({ project: projectInput(), awards: [awarded], evaluations: [] }, { asOf: "2024-06-30" });
    expect(r.evaluated).toContain(OBJECTIONS);
    expect(r.skipped.map((s) => s.ruleId)).not.toContain(OBJECTIONS);
  });
});

describe("a county pack's rule declares what it requires", () => {
  const county = {
    name: "county",
    version: "0.1.0",
    params: {},
    rules: [
      {
        ...rule({ id: "COUNTY_CONTRACT_NOT_ON_NOTICE_DAY", subject: "award", clause: "COUNTY-1", message: { zh: "合同 {awardTimeline.signedOn} 签订", en: "Contract signed {awardTimeline.signedOn}" } }),
        // A county's own rule (illustrative): the contract signed on another day than the notice.
        conditions: { all: [{ fact: "award", path: "noticeOn", operator: "notEqual", value: { fact: "awardTimeline", path: "signedOn" } }] },
        evidence: ["awardTimeline.signedOn"],
        requires: ["awardTimeline.signedOn"],
      },
    ],
  };
  const set = composeRuleSet([loadPack(county, { source: "county.json" })]);
  const input = { project: projectInput(), award: award({ noticeOn: "2024-05-15" }), evaluations: [] };

  it("is skipped, noData, when the fact is absent (no contract: no signing day)", () => {
    const r = validateAward(input, { asOf: "2024-06-30", ruleSet: set });
    expect(r.evaluated).not.toContain("COUNTY_CONTRACT_NOT_ON_NOTICE_DAY");
    expect(r.skipped).toContainEqual(noData("COUNTY_CONTRACT_NOT_ON_NOTICE_DAY", ["awardTimeline.signedOn"]));
  });
  it("is judged when the fact is present", () => {
    const r = validateAward({ ...input, contract: { id: "C1", projectId: "P1", awardId: "AW1", signedOn: "2024-05-20" } }, { asOf: "2024-06-30", ruleSet: set });
    expect(r.evaluated).toContain("COUNTY_CONTRACT_NOT_ON_NOTICE_DAY");
    expect(r.findings.map((f) => f.ruleId)).toContain("COUNTY_CONTRACT_NOT_ON_NOTICE_DAY");
  });
  it("is refused at load when a required path does not exist, as any unknown path is (INVALID_RULE)", () => {
    const misspelt = { ...county, rules: [{ ...county.rules[0], requires: ["awardTimeline.signedOnn"] }] };
    const e = thrown(() => loadPack(misspelt, { source: "county.json" }));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain("requires[0]");
    expect(e.details).toMatchObject({ check: "unknown-path", didYouMean: ["awardTimeline.signedOn"] });
  });
  it("is reported by lint (unknown-path) at the required path", () => {
    const misspelt = { ...county, rules: [{ ...county.rules[0], requires: ["evaluation"] }] };
    const report = lintPacks([loadPack(misspelt, { source: "county.json", checkFactPaths: false })]);
    expect(report.findings.filter((f) => f.check === "unknown-path").map((f) => f.path)).toEqual([["rules", 0, "requires", 0]]);
  });
  it("is refused by the rule schema when it is not a list of dotted paths", () => {
    for (const requires of [[], "evaluations", ["$.evaluations"], [""]]) {
      const bad = { ...county, rules: [{ ...county.rules[0], requires }] };
      expect(thrown(() => loadPack(bad, { source: "county.json" })).code, JSON.stringify(requires)).toBe("INVALID_RULE");
    }
  });
  it("may not be added to a floor by a lower level (the rule would judge fewer records); keeping the same list is fine", () => {
    const add = (requires: string[]) => ({ name: "county", version: "1", override: [{ id: OBJECTIONS, requires }] });
    expect(thrown(() => createRuleSet([nationalPack, liaochengPack], [add(["evaluations", "award.noticeOn"])])).code).toBe("FLOOR_LOOSENED");
    expect(() => createRuleSet([nationalPack, liaochengPack], [add(["evaluations"])])).not.toThrow();
  });
});

describe("the engine: requires reads absent as missing, and only absent", () => {
  const requiring = rule({ id: "R", requires: ["thing.list"], conditions: { all: [{ fact: "thing", path: "value", operator: "greaterThan", value: 10 }] } });
  const set = createRuleSet([pack([requiring, rule({ id: "S" })])]);
  it("judges a rule whose required fact is an empty list, null, 0 or an empty string (given: known none)", () => {
    for (const list of [[], null, 0, "", false]) {
      const r = evaluate(set, "thing", { thing: { name: "x", value: 11, list } });
      expect(r.evaluated, JSON.stringify(list)).toEqual(["R", "S"]);
      expect(r.findings.map((f) => f.ruleId)).toEqual(["R", "S"]);
    }
  });
  it("skips it, naming the path, when the fact or the path is absent; violations() leaves it out too", () => {
    for (const thing of [undefined, { name: "x", value: 11 }]) {
      const r = evaluate(set, "thing", thing === undefined ? {} : { thing });
      expect(r.evaluated).toEqual(["S"]);
      expect(r.skipped).toEqual([noData("R", ["thing.list"])]);
      expect(violations(set, "thing", thing === undefined ? {} : { thing })).toEqual(thing === undefined ? [] : ["S"]);
    }
  });
});

/** A random rule set of one subject: rules with or without `requires`, some disabled, some not yet in force. */
const FACT_PATHS = ["a", "b", "a.x", "b.y"] as const;
const arbitraryRules = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom("R1", "R2", "R3", "R4", "R5", "R6"),
    requires: fc.option(fc.uniqueArray(fc.constantFrom(...FACT_PATHS), { minLength: 1 }), { nil: undefined }),
    from: fc.constantFrom("2018-01-01", "2024-06-01"),
    threshold: fc.integer({ min: 0, max: 3 }),
  }),
  { selector: (r) => r.id, minLength: 1, maxLength: 6 },
);
const arbitraryValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant([]), fc.integer({ min: 0, max: 5 }), fc.record({ x: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), y: fc.constant(1) }));

describe("evaluated and skipped partition the subject's rules (property)", () => {
  it("every rule once, in id order each; noData exactly when an in-force rule lacks a required fact; the same verdicts as without requires", () => {
    fc.assert(
      fc.property(arbitraryRules, fc.subarray(["R1", "R2", "R3", "R4", "R5", "R6"]), arbitraryValue, arbitraryValue, fc.constantFrom("2020-01-01", "2024-12-31"), (specs, disabled, a, b, asOf) => {
        const rules: Rule[] = specs.map((s) =>
          rule({
            id: s.id,
            subject: "s",
            effective: { from: s.from },
            message: { zh: "违反", en: "breach" },
            evidence: [],
            conditions: { any: [{ fact: "a", operator: "greaterThan", value: s.threshold }, { fact: "b", path: "y", operator: "equal", value: 1 }] },
            ...(s.requires !== undefined ? { requires: s.requires } : {}),
          }),
        );
        const off = disabled.filter((id) => rules.some((r) => r.id === id));
        const overrides = off.length > 0 ? [{ name: "o", version: "1", disable: off }] : [];
        const set = createRuleSet([pack(rules)], overrides);
        const plain = createRuleSet([pack(rules.map(({ requires: _, ...r }) => r))], overrides);
        const facts = { ...(a !== undefined ? { a } : {}), ...(b !== undefined ? { b } : {}) };
        const report = evaluate(set, "s", facts, { asOf });
        const ids = rules.map((r) => r.id).sort();
        const skippedIds = report.skipped.map((s) => s.ruleId);
        expect([...report.evaluated, ...skippedIds].sort()).toEqual(ids);
        expect(new Set([...report.evaluated, ...skippedIds]).size).toBe(ids.length);
        expect(report.evaluated).toEqual([...report.evaluated].sort());
        expect(skippedIds).toEqual([...skippedIds].sort());
        const absent = (path: string): boolean => {
          const [fact, field] = path.split(".") as [string, string | undefined];
          const v = (facts as Record<string, unknown>)[fact];
          if (field === undefined || v === null || typeof v !== "object") return v === undefined;
          return (v as Record<string, unknown>)[field] === undefined;
        };
        for (const r of rules) {
          const inForce = !off.includes(r.id) && asOf >= r.effective.from;
          const missing = (r.requires ?? []).filter(absent);
          const entry = report.skipped.find((s) => s.ruleId === r.id);
          if (inForce && missing.length > 0) expect(entry).toEqual(noData(r.id, missing));
          else if (inForce) expect(report.evaluated).toContain(r.id);
          else expect(entry?.reason).not.toBe("noData");
        }
        const judged = new Set(report.evaluated);
        const before = evaluate(plain, "s", facts, { asOf }).findings.map((f) => f.ruleId).filter((id) => judged.has(id));
        expect(report.findings.map((f) => f.ruleId)).toEqual(before);
        expect(violations(set, "s", facts, { asOf })).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
