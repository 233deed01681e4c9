import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { METHODS_BY_REGIME } from "../../../src/model/project";
import { nationalPack, validateProject } from "../../../src/rules/index";
import type { Report, Rule } from "../../../src/rules/index";
import type { ProjectInput } from "../../../src/rules/index";
import { expertInput, experts, projectInput } from "../fixtures";

/*
 * Issue 13, "Done when": no national rule fires on a record whose regime or method it does not cover — and such a
 * rule is reported skipped (outOfScope), never evaluated.
 */

const rules = new Map<string, Rule>(nationalPack.rules.map((r) => [r.id, r as Rule]));
const covers = (rule: Rule, regime: string, method: string): boolean =>
  rule.scope === undefined || (rule.scope.regimes.includes(regime) && (rule.scope.methods === undefined || rule.scope.methods.includes(method)));

const regimeAndMethod = fc
  .constantFrom("tendering" as const, "governmentProcurement" as const)
  .chain((regime) => fc.tuple(fc.constant(regime), fc.constantFrom(...METHODS_BY_REGIME[regime])));

const day = fc.integer({ min: 0, max: 40 }).map((n) => {
  const d = new Date(Date.UTC(2024, 2, 1 + n));
  return d.toISOString().slice(0, 10);
});

const record = fc.record({
  rm: regimeAndMethod,
  size: fc.integer({ min: 1, max: 7 }),
  reps: fc.integer({ min: 0, max: 3 }),
  budgetYuan: fc.constantFrom(1_000_000, 9_999_999, 10_000_000, 30_000_000),
  flags: fc.record({ technicallyComplex: fc.boolean(), publicImpact: fc.boolean(), atTenderThreshold: fc.boolean() }),
  issued: day,
  deadlineAfter: fc.integer({ min: 1, max: 30 }),
  bond: fc.constantFrom(0, 20_000, 60_000, 400_000),
  agencyStaff: fc.boolean(),
  purchaserStaff: fc.boolean(),
  signedAfter: fc.integer({ min: 1, max: 40 }),
  lateBy: fc.integer({ min: 0, max: 12 }),
});

type Generated = typeof record extends fc.Arbitrary<infer T> ? T : never;

function build(r: Generated): ProjectInput {
  const [regime, method] = r.rm;
  const list = experts().concat([
    expertInput({ id: "E6", name: "吴工", region: "370102", employer: { id: "ORG6" } }),
    expertInput({ id: "E7", name: "郑工", employer: { id: "ORG7" } }),
  ]);
  if (r.agencyStaff) list[1] = expertInput({ id: "E2", name: "李工", employer: { id: "A1", name: "代理" } });
  if (r.purchaserStaff) list[2] = expertInput({ id: "E3", name: "张工", employer: { id: "T1", name: "采购人" }, employmentKind: "university" });
  const committee = list.slice(0, r.size).map((e, i) => ({ expertId: e.id, role: i < r.reps ? ("tendererRepresentative" as const) : ("expert" as const) }));
  const issued = r.issued as string;
  const plus = (d: string, n: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const deadline = plus(issued, r.deadlineAfter);
  const evaluationOn = plus(deadline, 1);
  const noticeOn = plus(evaluationOn, 3);
  const signedOn = plus(noticeOn, r.signedAfter);
  const project = projectInput({
    regime,
    procurementMethod: method,
    category: regime === "governmentProcurement" ? "governmentProcurement" : "construction",
    budgetYuan: r.budgetYuan,
    ...r.flags,
    bidBondYuan: r.bond,
    clarifications: [{ issuedOn: plus(deadline, -r.lateBy), affectsPreparation: true }],
    documentObjections: [{ id: "O1", filedOn: plus(deadline, -r.lateBy), answeredOn: plus(deadline, -r.lateBy + 5) }],
    dates: { documentsIssuedOn: issued, documentsAvailableUntil: plus(issued, 2), bidDeadline: `${deadline}T09:00:00`, evaluationOn },
  });
  return {
    project,
    parties: { tenderers: [{ id: "T1", name: "采购人" }], bidders: [{ id: "B1", name: "甲" }] },
    bids: [],
    awards: [{ id: "AW1", projectId: "P1", bidderId: "B1", status: "active" as const, noticeOn, reportReceivedOn: evaluationOn, decidedOn: plus(evaluationOn, 2 + r.lateBy), bondsReturnedOn: plus(signedOn, r.lateBy) }],
    contracts: [{ id: "C1", projectId: "P1", awardId: "AW1", signedOn }],
    evaluations: [{ id: "EV1", projectId: "P1", status: "finished" as const, startedAt: `${evaluationOn}T09:00:00`, committee, reportOn: evaluationOn }],
    experts: list,
    complaints: [
      {
        id: "CP1",
        projectId: "P1",
        complainantId: "B1",
        knownOn: evaluationOn,
        filedOn: plus(evaluationOn, 5 + r.lateBy),
        objection: { filedOn: plus(evaluationOn, 1 + r.lateBy), answeredOn: plus(evaluationOn, 3 + r.lateBy) },
        stages: [{ stage: "received" as const, on: plus(evaluationOn, 5 + r.lateBy) }],
      },
    ],
  };
}

describe("a national rule fires only on a record whose regime and method it covers", () => {
  it("never finds, nor evaluates, a rule outside the record's regime and method (property)", () => {
    fc.assert(
      fc.property(record, (r) => {
        const [regime, method] = r.rm;
        const report: Report = validateProject(build(r), { asOf: "2024-07-31" });
        for (const f of report.findings) {
          const rule = rules.get(f.ruleId);
          if (rule !== undefined) expect(covers(rule, regime, method), `${f.ruleId} on ${regime}/${method}`).toBe(true);
        }
        for (const id of report.evaluated) {
          const rule = rules.get(id);
          if (rule !== undefined) expect(covers(rule, regime, method), `${id} evaluated on ${regime}/${method}`).toBe(true);
        }
        for (const s of report.skipped) {
          const rule = rules.get(s.ruleId);
          if (s.reason === "outOfScope" && rule !== undefined) expect(covers(rule, regime, method)).toBe(false);
        }
      }),
      { seed: 13, numRuns: 60 },
    );
  });
  it("is not vacuous: the same generator makes national rules fire under both regimes", () => {
    const fired = new Map<string, Set<string>>();
    fc.assert(
      fc.property(record, (r) => {
        for (const f of validateProject(build(r), { asOf: "2024-07-31" }).findings) {
          if (!rules.has(f.ruleId)) continue;
          const set = fired.get(r.rm[0]) ?? new Set<string>();
          set.add(f.ruleId);
          fired.set(r.rm[0], set);
        }
      }),
      { seed: 13, numRuns: 60 },
    );
    expect(fired.get("tendering")?.size ?? 0).toBeGreaterThan(3);
    expect(fired.get("governmentProcurement")?.size ?? 0).toBeGreaterThan(3);
  });
});

describe("the national pack as the issue wants it", () => {
  it("holds at least 30 rules, each scoped, cited and dated", () => {
    expect(nationalPack.rules.length).toBeGreaterThanOrEqual(30);
    for (const r of nationalPack.rules as readonly Rule[]) {
      expect(r.scope, r.id).toBeDefined();
      expect(r.scope?.regimes.length, r.id).toBeGreaterThan(0);
      expect(r.basis.length, r.id).toBeGreaterThan(0);
      expect(r.effective.from, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
