import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRuleSet, evaluate, liaochengPack, nationalPack } from "../../../src/rules/index";
import { coversViolations } from "../../../src/rules/engine/floors";
import type { Condition, Rule, TopLevelCondition } from "../../../src/rules/index";
import { thrown } from "../engine/helpers";

const base = [nationalPack, liaochengPack] as const;
const override = (o: Record<string, unknown>) => ({ name: "county", version: "1", ...o });

describe("floors: a county may tighten a higher pack's rule or parameter, never loosen it", () => {
  it("refuses a parameter below its floor, naming the pack and the article", () => {
    const e = thrown(() => createRuleSet(base, [override({ params: { spotCheckMinRate: 0.03 } })]));
    expect(e.code).toBe("FLOOR_LOOSENED");
    expect(e.en).toBe("county@1 sets spotCheckMinRate to 0.03: below the floor 0.05 that liaocheng@1.0.0 declares (聊政办字〔2018〕80号 （五）二是); a lower level may tighten it, not loosen it");
    expect(e.details).toMatchObject({ floorPack: "liaocheng@1.0.0", basis: "聊政办字〔2018〕80号 （五）二是", param: "spotCheckMinRate" });
    expect(e.issues[0]?.path).toEqual(["params", "spotCheckMinRate"]);
  });
  it("accepts a parameter raised above its floor (a boundary value too)", () => {
    expect(createRuleSet(base, [override({ params: { spotCheckMinRate: 0.08, committeeMinMembers: 7 } })]).params["committeeMinMembers"]?.value).toBe(7);
    expect(() => createRuleSet(base, [override({ params: { spotCheckMinRate: 0.05 } })])).not.toThrow();
  });
  it("holds max, fixed and list floors", () => {
    expect(thrown(() => createRuleSet(base, [override({ params: { contractDays: 45 } })])).en).toContain("above the ceiling 30 that national@2.0.0 declares (招标投标法 第四十六条)");
    expect(() => createRuleSet(base, [override({ params: { contractDays: 20 } })])).not.toThrow();
    expect(thrown(() => createRuleSet(base, [override({ params: { complaintFilingDays: 15 } })])).code).toBe("FLOOR_LOOSENED");
    expect(thrown(() => createRuleSet(base, [override({ params: { requiredRaters: ["tenderer"] } })])).en).toContain('it drops ["agency"], which must stay');
    expect(() => createRuleSet(base, [override({ params: { requiredRaters: ["tenderer", "agency", "supervisor"] } })])).not.toThrow();
  });
  it("holds the timeline periods of the statutes: a minimum not lowered, a deadline not lengthened", () => {
    const loosened = (params: Record<string, number>) => thrown(() => createRuleSet(base, [override({ params })]));
    expect(loosened({ gpReportDeliveryWorkingDays: 3 }).en).toContain("above the ceiling 2 that national@2.0.0 declares (政府采购法实施条例 第四十三条)");
    expect(loosened({ gpBondReturnWorkingDays: 6 }).en).toContain("above the ceiling 5 that national@2.0.0 declares (政府采购法实施条例 第三十三条)");
    expect(loosened({ negotiationClarificationMinWorkingDays: 2 }).en).toContain("below the floor 3 that national@2.0.0 declares (财政部令第74号 第二十九条、第四十五条)");
    expect(loosened({ consultationClarificationMinDays: 4 }).en).toContain("below the floor 5 that national@2.0.0 declares (财库〔2014〕214号 第十条)");
    expect(loosened({ consultationDocumentsMinWorkingDays: 4 }).en).toContain("below the floor 5 that national@2.0.0 declares (财库〔2014〕214号 第十条)");
    for (const params of [{ bidPeriodMinDays: 19 }, { clarificationMinDays: 14 }, { bidBondMaxShare: 0.03 }, { supervisorReportDays: 16 }, { gpComplaintDecisionWorkingDays: 31 }]) {
      expect(loosened(params).code, JSON.stringify(params)).toBe("FLOOR_LOOSENED");
    }
    const tightened = { gpReportDeliveryWorkingDays: 1, gpBondReturnWorkingDays: 5, negotiationClarificationMinWorkingDays: 4, consultationClarificationMinDays: 5, consultationDocumentsMinWorkingDays: 7, bidPeriodMinDays: 25 };
    expect(createRuleSet(base, [override({ params: tightened })]).params["negotiationClarificationMinWorkingDays"]?.value).toBe(4);
  });
  it("pins the statutory periods of objectors and suppliers both ways, and lets a county shorten the complaint review", () => {
    const loosened = (params: Record<string, number>) => thrown(() => createRuleSet(base, [override({ params })]));
    // 实施条例 art. 22: 10 days before the deadline, neither cut (fewer objections entertained) nor stretched.
    expect(loosened({ objectionMinDays: 11 }).en).toContain("above the ceiling 10 that national@2.0.0 declares (招标投标法实施条例 第二十二条)");
    expect(loosened({ objectionMinDays: 9 }).en).toContain("below the floor 10 that national@2.0.0 declares (招标投标法实施条例 第二十二条)");
    // 政府采购法 arts. 52 and 55: the supplier's 7 and 15 working days.
    expect(loosened({ gpChallengeWorkingDays: 5 }).en).toContain("below the floor 7 that national@2.0.0 declares (政府采购法 第五十二条)");
    expect(loosened({ gpChallengeWorkingDays: 10 }).code).toBe("FLOOR_LOOSENED");
    expect(loosened({ gpComplaintWorkingDays: 10 }).en).toContain("below the floor 15 that national@2.0.0 declares (政府采购法 第五十五条)");
    expect(loosened({ gpComplaintWorkingDays: 20 }).code).toBe("FLOOR_LOOSENED");
    // 94号令 art. 21: the department's 5 working days to review may be shortened, not stretched.
    expect(loosened({ gpComplaintReviewWorkingDays: 6 }).en).toContain("above the ceiling 5 that national@2.0.0 declares (财政部令第94号 第二十一条)");
    const kept = { objectionMinDays: 10, gpChallengeWorkingDays: 7, gpComplaintWorkingDays: 15, gpComplaintReviewWorkingDays: 3 };
    expect(createRuleSet(base, [override({ params: kept })]).params["gpComplaintReviewWorkingDays"]?.value).toBe(3);
  });
  it("refuses disabling a floor rule, lowering its severity, shortening its period, or conditions that catch less", () => {
    const id = "COMMITTEE_SIZE_FIVE_OR_MORE_ODD";
    expect(thrown(() => createRuleSet(base, [override({ disable: [id] })])).en).toContain(`disables rule ${id}, a floor that national@2.0.0 declares (招标投标法 第三十七条)`);
    expect(thrown(() => createRuleSet(base, [override({ override: [{ id, severity: "warning" }] })])).en).toContain("lowers the severity (error → warning)");
    expect(thrown(() => createRuleSet(base, [override({ override: [{ id, effective: { from: "2030-01-01" } }] })])).en).toContain("shortens the effective period");
    const narrower = { any: [{ fact: "committee", path: "size", operator: "lessThan", value: 3 }] };
    expect(thrown(() => createRuleSet(base, [override({ override: [{ id, conditions: narrower }] })])).en).toContain("replaces the conditions");
    expect(thrown(() => createRuleSet(base, [override({ override: [{ id, floor: { basis: "x" } }] })])).en).toContain("changes the floor");
  });
  it("accepts a floor rule made stricter: wider conditions, a message, a higher severity", () => {
    const id = "COMMITTEE_SIZE_FIVE_OR_MORE_ODD";
    const rule = nationalPack.rules.find((r) => r.id === id) as Rule;
    const wider = { any: [rule.conditions, { fact: "committee", path: "expertCount", operator: "lessThan", value: 5 }] };
    const set = createRuleSet(base, [override({ override: [{ id, conditions: wider, message: { zh: "人数不足", en: "Too few" } }] })]);
    expect(set.rules.find((e) => e.rule.id === id)?.pack).toBe("county@1");
  });
  it("lets a Liaocheng rule without a floor be disabled", () => {
    expect(() => createRuleSet(base, [override({ disable: ["SPOT_CHECK_PUBLISHED"] })])).not.toThrow();
  });
  it("refuses a pack whose own value breaks its own floor", () => {
    const pack = { name: "city", version: "1", params: { x: { value: 1, description: { zh: "x", en: "x" }, floor: { min: 2, basis: "办法 第一条" } } }, rules: [] };
    expect(thrown(() => createRuleSet([...base, pack])).en).toContain("breaks its own floor");
  });
});

// A small language of conditions over one numeric fact, to check coversViolations is sound against the engine.
const ops = ["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive", "equal", "notEqual"] as const;
const leafArb = fc.record({ fact: fc.constant("x"), path: fc.constant("v"), operator: fc.constantFrom(...ops), value: fc.integer({ min: 0, max: 6 }) });
const condArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie("c"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("c"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("c") }),
  ),
})).c;
const top = (c: Condition): TopLevelCondition => ({ all: [c] });

function holds(c: TopLevelCondition, v: number): boolean {
  const rule = { id: "R", version: 1, clause: "c", basis: [], severity: "error", subject: "s", effective: { from: "2000-01-01" }, message: { zh: "m", en: "m" }, conditions: c, evidence: [] } as const satisfies Rule;
  const set = createRuleSet([{ name: "p", version: "1", params: {}, rules: [rule] }]);
  return evaluate(set, "s", { x: { v } }).findings.length > 0;
}

describe("coversViolations", () => {
  it("widened thresholds and an added any-branch cover the old conditions; narrowed ones do not", () => {
    const lt = (value: number): Condition => ({ fact: "x", path: "v", operator: "lessThan", value });
    expect(coversViolations(top(lt(3)), top(lt(5)))).toBe(true);
    expect(coversViolations(top(lt(5)), top(lt(3)))).toBe(false);
    expect(coversViolations(top(lt(3)), { any: [top(lt(3)), lt(9)] })).toBe(true);
    expect(coversViolations({ not: lt(5) }, { not: lt(3) })).toBe(true);
  });
  it("is sound: when it says the new conditions cover the old, they fire wherever the old did (property)", () => {
    fc.assert(
      fc.property(condArb, condArb, (a, b) => {
        const [old, next] = [top(a), top(b)];
        if (!coversViolations(old, next)) return;
        for (let v = -1; v <= 7; v++) if (holds(old, v)) expect(holds(next, v)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Also on pairs built to be covered (the interesting case is not left to chance).
    fc.assert(
      fc.property(condArb, condArb, (a, extra) => {
        const next: TopLevelCondition = { any: [a, extra] };
        expect(coversViolations(top(a), next)).toBe(true);
        for (let v = -1; v <= 7; v++) if (holds(top(a), v)) expect(holds(next, v)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
