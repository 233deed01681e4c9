import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import type { AgencyCreditInputData } from "../../../src/scoring/agency/agency-input";
import { scoreAgencies } from "../../../src/scoring/agency/score-agencies";
import type { ItemBreakdown } from "../../../src/scoring/scorecard/result";
import { agency } from "./fixtures";

const AS_OF = "2026-06-30";
const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000;

/** An item of the records-level breakdown with its records replaced by their count: what the items level gives. */
function stripped(item: ItemBreakdown): Record<string, unknown> {
  const { records, ...rest } = item;
  return { ...rest, recordCount: records.length };
}

// Random agencies: every source of records (disclosure, staff trainings, penalties, credit records, complaints,
// performance reviews, blacklist entries), dates up to ~7 years back.
const dateArb = fc.integer({ min: 0, max: 2500 }).map((age) => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10));
const publishedArb = fc.option(fc.record({ publishedOn: dateArb }), { nil: undefined });
const agencyArb = (i: number): fc.Arbitrary<AgencyCreditInputData> =>
  fc
    .record({
      disclosure: fc.record({ personnel: publishedArb, practiceRecord: publishedArb, internalControls: publishedArb, creditRecord: publishedArb }),
      staff: fc.array(fc.record({ person: fc.constant({ name: "员工" }), trainings: fc.array(fc.record({ date: dateArb, course: fc.constant("c"), passed: fc.boolean() }), { maxLength: 2 }) }), { maxLength: 3 }),
      penalties: fc.array(fc.record({ date: dateArb, severity: fc.constantFrom("warning" as const, "minor" as const, "serious" as const, "grave" as const), authority: fc.constant("局") }), { maxLength: 6 }),
      creditRecords: fc.array(fc.record({ date: dateArb, kind: fc.constantFrom("positive" as const, "negative" as const), category: fc.constant("c") }), { maxLength: 12 }),
      complaints: fc.array(fc.record({ decidedOn: dateArb, outcome: fc.constantFrom("upheld" as const, "rejected" as const, "groundless" as const) }), { maxLength: 3 }),
      performanceReviews: fc.array(fc.record({ reviewedOn: dateArb, outcome: fc.constantFrom("good" as const, "satisfactory" as const, "poor" as const) }), { maxLength: 8 }),
      blacklist: fc.array(fc.record({ from: dateArb, reason: fc.constant("r") }), { maxLength: 1 }),
    })
    .map(({ disclosure, ...rest }) => ({
      id: `AG-${i}`,
      name: `代理机构 ${i}`,
      disclosure: Object.fromEntries(Object.entries(disclosure).filter(([, v]) => v !== undefined)),
      ...rest,
    }));
const registryArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => agencyArb(i))));

describe('scoreAgencies detail: "items"', () => {
  it("gives the records-level result with each item's records replaced by their count (random agencies)", () => {
    fc.assert(
      fc.property(registryArb, fc.boolean(), (agencies, ignoreLater) => {
        const options = { asOf: AS_OF, ...(ignoreLater ? { laterRecords: "ignore" as const } : {}) };
        const full = scoreAgencies(agencies, options);
        const items = scoreAgencies(agencies, { ...options, detail: "items" });
        const expected = full.map((a) => ({ ...a, credit: { ...a.credit, breakdown: a.credit.breakdown.map(stripped) } }));
        // Same values and the same key order (a JSON text of the result is the same but for the stripped records).
        expect(JSON.stringify(items)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('"records" is the default: asking for it gives today\'s output', () => {
    const agencies = [agency({ penalties: [{ date: "2025-05-01", severity: "minor", authority: "局" }] })];
    expect(scoreAgencies(agencies, { asOf: AS_OF, detail: "records" })).toEqual(scoreAgencies(agencies, { asOf: AS_OF }));
  });

  it("counts the records behind each item and lists none", () => {
    const [a] = scoreAgencies([agency({ penalties: [{ date: "2025-05-01", severity: "minor", authority: "局" }, { date: "2026-05-01", severity: "minor", authority: "局" }] })], {
      asOf: AS_OF,
      detail: "items",
    });
    const minor = a?.credit.breakdown.find((i) => i.kind === "penalty.minor");
    expect(minor).toMatchObject({ recordCount: 2, capped: false });
    expect(minor).not.toHaveProperty("records");
    expect(a?.credit.breakdown.find((i) => i.kind === "penalty.grave")?.recordCount).toBe(0);
  });

  it("refuses an unknown level with a GgzyError naming the option", () => {
    const bad = (): unknown => scoreAgencies([agency()], { asOf: AS_OF, detail: "none" as never });
    expect(bad).toThrow(GgzyError);
    expect(bad).toThrow(/detail/);
  });
});
