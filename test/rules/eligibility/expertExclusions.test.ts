import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conflictsOfInterest, expertExclusions, isExpertEligible } from "../../../src/rules/eligibility/index";
import type { EligibilityContext } from "../../../src/rules/eligibility/index";
import { expert, project } from "../fixtures";

const ctx = (over: Partial<EligibilityContext> = {}): EligibilityContext => ({
  asOf: "2024-05-10",
  project: project(),
  bidders: [{ id: "B1", name: "甲建设公司" }, { id: "B2", name: "乙建设公司" }],
  ...over,
});

describe("expert eligibility for a committee", () => {
  it("finds an admitted private engineer eligible", () => {
    expect(expertExclusions(expert(), ctx())).toEqual([]);
    expect(isExpertEligible(expert(), ctx())).toBe(true);
  });

  it("LC80-4.4 excludes industry-supervisor and trading-centre staff", () => {
    expect(expertExclusions(expert({ employmentKind: "tradingCentreStaff" }), ctx())).toContain("official");
    expect(expertExclusions(expert({ employmentKind: "industrySupervisor" }), ctx())).toContain("official");
    expect(expertExclusions(expert({ employmentKind: "civilServant" }), ctx())).toEqual([]); // may sit, unpaid
  });

  it("keeps staff of the project's own supervising department off its committee", () => {
    expect(expertExclusions(expert({ supervisingDepartmentId: "DEP-ZJ" }), ctx())).toContain("supervisingDepartmentStaff");
    expect(expertExclusions(expert({ supervisingDepartmentId: "DEP-OTHER" }), ctx())).not.toContain("supervisingDepartmentStaff");
  });

  it("LC80-4.1 needs an approved admission review, for the draw's pool when given", () => {
    expect(expertExclusions(expert({ pools: [{ pool: "construction" }] }), ctx())).toEqual(["notAdmitted"]);
    const refused = [{ pool: "construction" as const, admission: { reviewedBy: "x", reviewedOn: "2019-01-01", approved: false } }];
    expect(expertExclusions(expert({ pools: refused }), ctx())).toEqual(["notAdmitted"]);
    expect(expertExclusions(expert(), ctx({ pool: "transport" }))).toEqual(["notAdmitted"]);
    expect(expertExclusions(expert(), ctx({ pool: "construction" }))).toEqual([]);
  });

  it("honours suspensions until their last day, and removals", () => {
    expect(expertExclusions(expert({ status: "suspended", suspendedUntil: "2024-05-10" }), ctx())).toEqual(["suspended"]);
    expect(expertExclusions(expert({ status: "suspended", suspendedUntil: "2024-05-09" }), ctx())).toEqual([]);
    expect(expertExclusions(expert({ status: "removed" }), ctx())).toEqual(["removed"]);
    expect(expertExclusions(expert(), ctx({ blacklistedExpertIds: ["E1"] }))).toEqual(["blacklisted"]);
  });

  it("avoidance: employment with a bidder within 3 years, not before", () => {
    const within = expert({ employments: [{ employerId: "B1", from: "2015-01-01", to: "2021-05-10" }] });
    const before = expert({ employments: [{ employerId: "B1", from: "2015-01-01", to: "2021-05-09" }] });
    expect(conflictsOfInterest(within, ctx())).toEqual([{ kind: "employment", partyRole: "bidder", partyId: "B1" }]);
    expect(expertExclusions(before, ctx())).toEqual([]);
  });

  it("avoidance: directorship, control, close family, same employer as the tenderer", () => {
    expect(expertExclusions(expert({ directorships: [{ companyId: "B2", from: "2022-01-01" }] }), ctx())).toEqual(["conflictOfInterest"]);
    expect(expertExclusions(expert({ shareholdings: [{ companyId: "B2", controlling: true }] }), ctx())).toEqual(["conflictOfInterest"]);
    expect(expertExclusions(expert({ shareholdings: [{ companyId: "B2", controlling: false, sharePercent: 2 }] }), ctx())).toEqual([]);
    const c = ctx({ bidders: [{ id: "B1", legalRepresentative: { name: "王大", idNumber: "370000" } }] });
    expect(expertExclusions(expert({ familyTies: [{ person: { name: "王大", idNumber: "370000" }, relation: "sibling" }] }), c)).toEqual(["conflictOfInterest"]);
    expect(expertExclusions(expert({ familyTies: [{ person: { name: "王大", idNumber: "370001" }, relation: "sibling" }] }), c)).toEqual([]);
    expect(expertExclusions(expert({ employer: { id: "T1" } }), ctx())).toEqual(["conflictOfInterest"]);
    expect(expertExclusions(expert({ employer: { id: "T1" } }), ctx({ asTendererRepresentative: true }))).toEqual([]);
  });

  it("cool-down: drawn on D, drawable again from D + coolDownDays", () => {
    expect(expertExclusions(expert(), ctx({ coolDownDays: 30, lastDrawnOn: { E1: "2024-04-11" } }))).toEqual(["coolDown"]);
    expect(expertExclusions(expert(), ctx({ coolDownDays: 30, lastDrawnOn: { E1: "2024-04-10" } }))).toEqual([]);
  });

  it("rejects a bad asOf with INVALID_DATE", () => {
    expect(() => expertExclusions(expert(), ctx({ asOf: "2024-02-30" }))).toThrow(/Invalid date/);
  });

  it("does not depend on the order of bidders or of the expert's ties", () => {
    const ties = [
      { employerId: "B1", from: "2020-01-01" },
      { employerId: "B2", from: "2020-01-01" },
      { employerId: "X", from: "2020-01-01" },
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(ties, { minLength: 0 }), fc.boolean(), (picked, reverse) => {
        const bidders = [{ id: "B1" }, { id: "B2" }];
        const a = conflictsOfInterest(expert({ employments: picked }), ctx({ bidders }));
        const b = conflictsOfInterest(expert({ employments: [...picked].reverse() }), ctx({ bidders: reverse ? [...bidders].reverse() : bidders }));
        expect(a).toEqual(b);
        expect(a.length).toBe(picked.filter((t) => t.employerId !== "X").length);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
