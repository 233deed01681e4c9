import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRuleSet, evaluate } from "../../../src/rules/engine/index";
import type { Report, Rule } from "../../../src/rules/engine/index";
import { validateCommittee, validateProject } from "../../../src/rules/index";
import type { ProjectInput } from "../../../src/rules/index";
import { conditionArb, factsArb, paramsArb, PARAM_NAMES, ruleOf } from "../engine/reference";
import { expertInput, projectInput } from "../fixtures";

/** The findings of a report without their explanation trees: what must not depend on `explain`. */
const bare = (r: Report): unknown[] =>
  r.findings.map((f) => {
    const { explanation: _explanation, ...rest } = f;
    return rest;
  });

/** A report with explanations (default and "all") and one without have the same findings in the same order. */
function expectSameFindings(run: (explain: "findings" | "all" | "none") => Report): number {
  const withTrees = run("findings");
  const without = run("none");
  const all = run("all");
  expect(bare(without)).toEqual(bare(withTrees));
  expect(bare(all)).toEqual(bare(withTrees));
  expect(without.ok).toBe(withTrees.ok);
  expect(without.evaluated).toEqual(withTrees.evaluated);
  for (const f of without.findings) expect(f.explanation).toBeUndefined();
  for (const f of withTrees.findings) expect(f.explanation).toBeDefined();
  return withTrees.findings.length;
}

describe("explanations change nothing but the trees", () => {
  it("holds for random rule sets and facts (the engine)", () => {
    let withFindings = 0;
    fc.assert(
      fc.property(fc.array(conditionArb, { minLength: 1, maxLength: 6 }), paramsArb, factsArb, (conditions, params, facts) => {
        const rules: Rule[] = conditions.map((c, i) => ({ ...ruleOf(c, `RANDOM_${i}`), severity: i % 2 === 0 ? "error" : "warning" }));
        const packParams: Record<string, { value: unknown; description: { zh: string; en: string } }> = {};
        for (const k of PARAM_NAMES) packParams[k] = { value: params[k], description: { zh: k, en: k } };
        const set = createRuleSet([{ name: "random", version: "1.0.0", params: packParams, rules }]);
        if (expectSameFindings((explain) => evaluate(set, "random", facts, { explain })) > 1) withFindings++;
      }),
      { seed: 1414, numRuns: 300 },
    );
    expect(withFindings).toBeGreaterThan(20);
  });

  it("holds for random committees (validateCommittee)", () => {
    const member = fc.record({
      region: fc.constantFrom("371502", "370102"),
      employer: fc.constantFrom("ORG1", "ORG2", "B1"),
      kind: fc.constantFrom("private", "civilServant", "tradingCentreStaff"),
      role: fc.constantFrom("expert", "expert", "tendererRepresentative"),
      fee: fc.constantFrom(undefined, 600),
    });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 9 }), fc.constantFrom("2017-05-10", "2024-05-10"), (rows, on) => {
        const experts = rows.map((r, i) =>
          expertInput({ id: `E${i}`, name: `专家${i}`, region: r.region, employer: { id: r.employer }, employmentKind: r.kind, employments: [{ employerId: r.employer, from: "2020-01-01" }] }),
        );
        const committee = rows.map((r, i) => ({ expertId: `E${i}`, role: r.role, ...(r.fee !== undefined ? { feeYuan: r.fee } : {}) }));
        const input = { project: projectInput(), committee, experts, bidders: [{ id: "B1", name: "甲" }], evaluationOn: on };
        expectSameFindings((explain) => validateCommittee(input, { explain }));
      }),
      { seed: 2026, numRuns: 100 },
    );
  });

  it("holds for the example project on any day (validateProject)", () => {
    const record = JSON.parse(readFileSync(new URL("../../../examples/records/project.json", import.meta.url), "utf8")) as ProjectInput; // untyped JSON, read as the shape the file has
    const day = fc.date({ min: new Date("2018-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    let withFindings = 0;
    fc.assert(
      fc.property(day, (asOf) => {
        if (expectSameFindings((explain) => validateProject(record, { asOf, explain })) > 1) withFindings++;
      }),
      { seed: 80, numRuns: 60 },
    );
    expect(withFindings).toBeGreaterThan(10);
  });
});
