import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRuleSet, defaultRuleSet, nationalPack, liaochengPack } from "../../../src/rules/index";
import { meetsCoverage, parseCases, runCases } from "../../../src/authoring/index";
import { floorPercent } from "../../../src/authoring/coverage";
import { thrown } from "../engine/helpers";


const spot = { id: "SC", quarter: "2024-Q2", totalProjects: 140, checkedProjectIds: ["P1", "P2", "P3", "P4", "P5"], drawRecordRef: "draw:SC", publishedOn: "2024-07-19" };

describe("a test case", () => {
  it("takes bare rule ids or { ruleId, evidence }, one case or a list", () => {
    const [a, b] = parseCases([{ kind: "spotCheck", asOf: "2024-08-01", record: spot, expect: { findings: ["SPOT_CHECK_RATE"] } }, { name: "n", kind: "spotCheck", asOf: "2024-08-01", record: spot, expect: { findings: [{ ruleId: "X", evidence: { "a.b": 1 } }] } }], "f.json");
    expect(a).toMatchObject({ name: "f.json#0", source: "f.json#0", expect: { findings: [{ ruleId: "SPOT_CHECK_RATE" }] } });
    expect(b?.expect.findings).toEqual([{ ruleId: "X", evidence: { "a.b": 1 } }]);
  });
  it("is refused when it is not a case, naming the file and the field", () => {
    expect(thrown(() => parseCases({ kind: "nope", asOf: "2024-08-01", record: {}, expect: { findings: [] } }, "x.json")).en).toContain("x.json is not a valid test case: kind");
    const e = thrown(() => parseCases([{ kind: "spotCheck", asOf: "2024-08-01", record: {}, expect: { findings: [] }, extra: 1 }], "y.json"));
    expect(e.code).toBe("INVALID_CASE");
    expect(e.details).toMatchObject({ file: "y.json" });
    expect(thrown(() => parseCases([], "z.json")).en).toContain("an empty list holds no case");
    expect(thrown(() => parseCases({ kind: "spotCheck", record: {}, expect: { findings: [] } }, "w.json")).en).toContain("w.json is not a valid test case: asOf");
  });
});

describe("running cases", () => {
  it("reports missing and unexpected findings and evidence that differs; a bad record fails its case, the run goes on", () => {
    const cases = parseCases(
      [
        { kind: "spotCheck", asOf: "2024-08-01", record: spot, expect: { findings: [{ ruleId: "SPOT_CHECK_RATE", evidence: { "spotCheck.minRequired": 8 } }, "SPOT_CHECK_DRAWN"] } },
        { kind: "spotCheck", asOf: "2024-08-01", record: spot, expect: { findings: [] } },
        { kind: "spotCheck", asOf: "2024-08-01", record: { id: "bad" }, expect: { findings: [] } },
        { kind: "spotCheck", asOf: "2024-08-01", record: spot, expect: { findings: ["SPOT_CHECK_RATE"] } },
      ],
      "c.json",
    );
    const run = runCases(defaultRuleSet(), cases);
    expect(run).toMatchObject({ passed: 1, failed: 3, rulesetVersion: "national@2.0.0+liaocheng@1.0.0", rulesetHash: defaultRuleSet().contentHash });
    expect(run.results[0]).toMatchObject({ ok: false, missing: [{ ruleId: "SPOT_CHECK_DRAWN" }], unexpected: [], evidence: [{ ruleId: "SPOT_CHECK_RATE", path: "spotCheck.minRequired", expected: 8, actual: 7 }] });
    expect(run.results[1]).toMatchObject({ ok: false, unexpected: ["SPOT_CHECK_RATE"] });
    expect(run.results[2]?.error?.code).toBe("INVALID_INPUT");
    expect(run.results[3]?.ok).toBe(true);
  });
  it("limits coverage to the packs under test and the rules reading parameters they set", () => {
    const county = { name: "county", version: "1", params: { spotCheckMinRate: 0.08 } };
    const set = createRuleSet([nationalPack, liaochengPack], [county]);
    const run = runCases(set, parseCases({ kind: "spotCheck", asOf: "2024-08-01", record: spot, expect: { findings: ["SPOT_CHECK_RATE"] } }, "c.json"), { packsUnderTest: ["county@1"] });
    expect(new Set(run.coverage.conditions.map((c) => c.ruleId))).toEqual(new Set(["SPOT_CHECK_RATE"]));
    // SPOT_CHECK_RATE judges a quarter only once it has ended (national 2.0.0 merge): three conditions, six outcomes.
    expect(run.coverage).toMatchObject({ covered: 2, total: 6, percent: 33.3 });
    expect(run.coverage.uncovered).toEqual([
      { ruleId: "SPOT_CHECK_RATE", at: "all.0", label: "spotCheck.quarterEnded equal true", missing: "false" },
      { ruleId: "SPOT_CHECK_RATE", at: "all.1.any.0", label: 'spotCheck.checkedCount lessThan {"fact":"spotCheck","path":"minRequired"}', missing: "false" },
      { ruleId: "SPOT_CHECK_RATE", at: "all.1.any.1", label: 'spotCheck.checkedCount greaterThan {"fact":"spotCheck","path":"maxAllowed"}', missing: "both" },
    ]);
  });
});

describe("coverage figures are never rounded up", () => {
  it("cuts to one decimal", () => {
    expect(floorPercent(1999, 2000)).toBe(99.9);
    expect(floorPercent(2, 3)).toBe(66.6);
    expect(floorPercent(0, 0)).toBe(100);
  });
  it("meets a minimum only when covered/total really reaches it", () => {
    expect(meetsCoverage({ covered: 1999, total: 2000 }, 100)).toBe(false);
    expect(meetsCoverage({ covered: 2000, total: 2000 }, 100)).toBe(true);
    expect(meetsCoverage({ covered: 1, total: 3 }, 33.3)).toBe(true);
    expect(meetsCoverage({ covered: 1, total: 3 }, 33.334)).toBe(false);
  });
  it("agrees with exact rational comparison (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (total, c, m) => {
        const covered = c % (total + 1);
        const min = m / 1000; // a minimum with three decimals, 0–100
        expect(meetsCoverage({ covered, total }, min)).toBe(covered * 100_000 >= m * total);
        expect(floorPercent(covered, total) * total <= covered * 100 + 1e-9).toBe(true);
      }),
    );
  });
});
