import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { drawSpotChecks } from "../../src/sampling/spot-checks";
import { spotCheckSize } from "../../src/sampling/spot-check-size";
import { GgzyError } from "../../src/model/error";
import { inspectorRoster, projectList, spotChecksRequest } from "./fixtures";

type Req = Record<string, any>;
const draw = (r: Req) => drawSpotChecks(r as never);

describe("spotCheckSize: k = ⌈rate × N⌉ within the directive's 5–10% (LC80-5.2)", () => {
  it("counts exactly on the decimal rate (0.07 × 100 is 7, not 8)", () => {
    expect(spotCheckSize(0.07, 100)).toBe(7);
    expect(spotCheckSize(0.05, 41)).toBe(3);
    expect(spotCheckSize(0.1, 10)).toBe(1);
    expect(spotCheckSize(0.05, 0)).toBe(0);
  });
  it("stays within 10% when a whole number can (17 projects at 6%: 1, not ⌈1.02⌉ = 2)", () => {
    expect(spotCheckSize(0.06, 17)).toBe(1);
    expect(spotCheckSize(0.1, 34)).toBe(3);
    expect(spotCheckSize(0.05, 3)).toBe(1); // ⌈0.15⌉: at least one, although that is 33%
  });
  it("checks at least rate × N projects, or as many as 10% allows, and never one more than needed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 100 }), fc.integer({ min: 0, max: 100_000 }), (pct, n) => {
        const rate = Number((pct / 1000 + 0.05).toFixed(3));
        if (rate > 0.1) return;
        const k = spotCheckSize(rate, n);
        const perMille = Math.round(rate * 1000);
        const least = Math.ceil((5 * n) / 100);
        const most = Math.max(least, Math.floor((10 * n) / 100));
        // Within the bounds the rule SPOT_CHECK_RATE accepts.
        expect(k).toBeGreaterThanOrEqual(least);
        expect(k).toBeLessThanOrEqual(most);
        // At the rate, unless the 10% bound stops it; and never more than the rate needs.
        if (k < most) expect(k * 1000).toBeGreaterThanOrEqual(perMille * n);
        expect((k - 1) * 1000).toBeLessThan(perMille * n);
      }),
      { seed: 31, numRuns: 300 },
    );
  });
  it("refuses a rate outside 5–10%", () => {
    for (const rate of [0.04, 0.049, 0.11, 0.5, 0]) expect(() => spotCheckSize(rate, 100)).toThrow(GgzyError);
  });
});

describe("drawSpotChecks (双随机一抽查, LC80-5.2)", () => {
  it("draws ⌈rate × N⌉ projects per stratum and 2 inspectors each, public in full", () => {
    const { record, result } = draw(spotChecksRequest());
    expect(record.sealed).toBe(false);
    expect(record.result).toEqual(result);
    expect(result.strata).toEqual([
      { key: "DEPT-HOUSING", population: 33, checked: 3 },
      { key: "DEPT-TRANSPORT", population: 33, checked: 3 },
      { key: "DEPT-WATER", population: 34, checked: 3 },
    ]);
    expect(result.checks).toHaveLength(9);
    expect(new Set(result.checks.map((c) => c.projectId)).size).toBe(9);
  });
  it("never sends an inspector to a project of their own department, nor one declared in conflict", () => {
    const projects = projectList(60);
    const inspectors = inspectorRoster(12);
    const dept = new Map(inspectors.map((i) => [i.id, i.departmentId]));
    const pdept = new Map(projects.map((p) => [p.id, p.supervisingDepartmentId]));
    const conflicts = projects.map((p) => ({ inspectorId: "I001", projectId: p.id }));
    const { result, record } = draw(spotChecksRequest({ inputs: { projects, inspectors, conflicts } }));
    for (const c of result.checks) {
      expect(c.inspectorIds).toHaveLength(2);
      expect(new Set(c.inspectorIds).size).toBe(2);
      for (const i of c.inspectorIds) expect(dept.get(i)).not.toBe(pdept.get(c.projectId));
      expect(c.inspectorIds).not.toContain("I001");
    }
    expect(record.exclusions.conflictOfInterest).toBe(result.checks.length);
  });
  it("lists every project without enough eligible inspectors", () => {
    const inspectors = inspectorRoster(3, ["DEPT-WATER", "DEPT-WATER", "DEPT-HOUSING"]);
    try {
      draw(spotChecksRequest({ inputs: { projects: projectList(100), inspectors } }));
      expect.unreachable();
    } catch (e) {
      expect((e as GgzyError).code).toBe("DRAW_UNSATISFIABLE");
      const s = (e as GgzyError).details.shortfalls as { excluded: Record<string, number> }[];
      expect(s.length).toBe(3); // the 3 water projects: only the housing inspector is eligible for them
      expect(s[0]!.excluded.ownDepartment).toBeGreaterThan(0);
    }
  });
  it("refuses a rate outside 5–10%, duplicate projects and a salt on a public draw", () => {
    const base = spotChecksRequest();
    expect(() => draw({ ...base, params: { ...base.params, rate: 0.12 } })).toThrow(/5% and 10%/);
    const projects = projectList(5);
    expect(() => draw({ ...base, inputs: { ...base.inputs, projects: [...projects, projects[0]] } })).toThrow(GgzyError);
    expect(() => draw({ ...base, salt: "00".repeat(16) })).toThrow(/public draw/);
  });
  it("does not depend on the order of projects or inspectors (property)", () => {
    const base = spotChecksRequest();
    const reference = draw(base).record;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.inputs.projects as unknown[], { minLength: 100, maxLength: 100 }),
        fc.shuffledSubarray(base.inputs.inspectors as unknown[], { minLength: 12, maxLength: 12 }),
        (projects, inspectors) => {
          expect(draw({ ...base, inputs: { projects, inspectors } }).record).toEqual(reference);
        },
      ),
      { seed: 32, numRuns: 15 },
    );
  });
});

describe("drawSpotChecks stratification", () => {
  it("draws one stratum with `none` and one per category with `category`", () => {
    const none = drawSpotChecks(spotChecksRequest({ params: { quarter: "2024-Q2", rate: 0.05, stratifyBy: "none" } }) as never).result;
    expect(none.strata).toEqual([{ key: "all", population: 100, checked: 5 }]);
    const cat = drawSpotChecks(spotChecksRequest({ params: { quarter: "2024-Q2", rate: 0.1, stratifyBy: "category" } }) as never).result;
    // 10% of 33 or 34 is 3.3 or 3.4: ⌈…⌉ = 4 would exceed 10% in every stratum, so 3 each.
    expect(cat.strata.map((s) => [s.key, s.checked])).toEqual([["construction", 3], ["transport", 3], ["waterResources", 3]]);
  });
});
