import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blacklistStatus } from "../../../src/scoring/agency/blacklist";
import { scoreAgencies } from "../../../src/scoring/agency/score-agencies";
import { scoreAgency } from "../../../src/scoring/agency/score-agency";
import { agency, registryArb } from "./fixtures";
import { thrown } from "../../thrown";

/*
 * `scoreAgencies` reads the options every agency shares (as-of day, training period, later-records policy, blacklist
 * window and severities) once for the list, not once per agency. What a caller sees must not change: the same results
 * as each agency scored alone, and the same first error when something is wrong.
 */

const asOf = "2026-06-30";

describe("scoreAgencies: options read once for the list", () => {
  it("gives every agency the result it gets alone, under every option (random registries)", () => {
    const optionsArb = fc.record({
      asOf: fc.constantFrom(asOf, "2026-06-30T23:30:00", "2025-12-31"),
      laterRecords: fc.constant("ignore" as const),
      trainingPeriodDays: fc.integer({ min: 0, max: 800 }),
      blacklist: fc.record({ windowDays: fc.integer({ min: 0, max: 1500 }), severities: fc.subarray(["warning", "minor", "serious", "grave"] as const) }),
    });
    fc.assert(
      fc.property(registryArb, optionsArb, (agencies, options) => {
        const byId = new Map(agencies.map((a) => [a.id, a]));
        for (const r of scoreAgencies(agencies, options)) {
          const a = byId.get(r.agencyId) as (typeof agencies)[number];
          expect(JSON.stringify(r.credit)).toBe(JSON.stringify(scoreAgency(a, options)));
          expect(r.blacklist).toStrictEqual(blacklistStatus(a, options.asOf, options.blacklist));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives each agency its own blacklist end date, and every result the call's as-of date", () => {
    const agencies = [
      agency({ id: "AG-1", penalties: [{ date: "2025-03-01", severity: "serious", authority: "局" }] }),
      agency({ id: "AG-2", penalties: [{ date: "2025-05-01", severity: "grave", authority: "局" }] }),
      agency({ id: "AG-3" }),
    ];
    const results = scoreAgencies(agencies, { asOf: "2026-06-30T10:00:00" });
    expect(results.map((r) => r.blacklist.until)).toStrictEqual(["2027-03-01", "2027-05-01", undefined]);
    expect(results.map((r) => r.credit.asOf)).toStrictEqual(["2026-06-30", "2026-06-30", "2026-06-30"]);
  });

  it("refuses a bad training period and a bad blacklist window with the option's path", () => {
    expect(thrown(() => scoreAgencies([agency()], { asOf, trainingPeriodDays: -1 })).issues[0]?.path).toEqual(["options", "trainingPeriodDays"]);
    expect(thrown(() => scoreAgencies([agency()], { asOf, blacklist: { windowDays: 1.5 } })).issues[0]?.path).toEqual(["options", "windowDays"]);
    expect(thrown(() => scoreAgencies([agency()], { asOf: "2026-13-01" })).code).toBe("INVALID_DATE");
  });

  it("reports the first agency's errors in the order it always did: its records' options, its records, then the blacklist's options", () => {
    const later = agency({ penalties: [{ date: "2026-07-01", severity: "minor", authority: "局" }] });
    const both = { asOf, trainingPeriodDays: -1, blacklist: { windowDays: -1 } };
    expect(thrown(() => scoreAgencies([later], both)).issues[0]?.path).toEqual(["options", "trainingPeriodDays"]);
    // A record dated the day after asOf (the boundary) is the first agency's error before the blacklist's option.
    expect(thrown(() => scoreAgencies([later], { asOf, blacklist: { windowDays: -1 } })).issues[0]?.path).toEqual([0, "penalties", 0, "date"]);
    // Dated on asOf itself, the record counts, and the blacklist's option is the error.
    const onAsOf = agency({ penalties: [{ date: asOf, severity: "minor", authority: "局" }] });
    expect(thrown(() => scoreAgencies([onAsOf], { asOf, blacklist: { windowDays: -1 } })).issues[0]?.path).toEqual(["options", "windowDays"]);
  });

  it("returns an empty list for no agencies, as before, whatever the options", () => {
    expect(scoreAgencies([], { asOf, trainingPeriodDays: -1, blacklist: { windowDays: -1 } })).toStrictEqual([]);
  });
});
