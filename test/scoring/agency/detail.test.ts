import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { scoreAgencies } from "../../../src/scoring/agency/score-agencies";
import type { ItemBreakdown } from "../../../src/scoring/scorecard/result";
import { agency, registryArb } from "./fixtures";

const AS_OF = "2026-06-30";

/** An item of the records-level breakdown with its records replaced by their count: what the items level gives. */
function stripped(item: ItemBreakdown): Record<string, unknown> {
  const { records, ...rest } = item;
  return { ...rest, recordCount: records.length };
}

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
