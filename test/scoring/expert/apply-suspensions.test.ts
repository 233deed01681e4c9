import { describe, expect, it } from "vitest";
import { ExpertSchema } from "../../../src/model/expert";
import { expertExclusions } from "../../../src/rules/eligibility/expertExclusions";
import { applyRatingSuspensions } from "../../../src/scoring/expert/suspension";

const asOf = "2026-06-30";
const all = (v: number) => ({ professionalQuality: v, fairness: v, discipline: v, punctuality: v });
const expert = (id: string, over: Record<string, unknown> = {}) => ({ id, name: id, region: "371502", employer: { id: `U-${id}` }, employmentKind: "university" as const, ...over });
const severe = (expertId: string) => ({
  id: `V-${expertId}`,
  projectId: "P-1",
  status: "finished" as const,
  committee: [{ expertId, role: "expert" as const }],
  ratings: [{ expertId, rater: "supervisor" as const, ratedOn: "2026-06-01", scores: all(30) }],
});
const ctx = { asOf, project: { id: "P-2", tendererId: "T-1" }, bidders: [] };

describe("LC80-4.2 ratings feed LC80-4.3 committee draws", () => {
  it("marks an expert whom the ratings suspend, so committee eligibility leaves the expert out", () => {
    const pool = [expert("E1"), expert("E2")];
    const seen = applyRatingSuspensions(pool, [severe("E1")], { asOf });
    expect(seen[0]).toMatchObject({ id: "E1", status: "suspended", suspendedUntil: "2026-11-28" });
    expect(expertExclusions(ExpertSchema.parse(seen[0]), ctx)).toContain("suspended");
    expect(expertExclusions(ExpertSchema.parse(seen[1]), ctx)).not.toContain("suspended");
  });

  it("leaves everyone else as given and does not mutate the pool", () => {
    const pool = [expert("E1"), expert("E2"), expert("E3", { status: "removed" })];
    const before = JSON.stringify(pool);
    const seen = applyRatingSuspensions(pool, [severe("E1"), severe("E3")], { asOf });
    expect(seen[1]).toBe(pool[1]);
    expect(seen[2]).toBe(pool[2]); // already out of the pool: its status stays "removed"
    expect(JSON.stringify(pool)).toBe(before);
  });

  it("does not suspend on an old event outside the suspension window", () => {
    const old = { ...severe("E1"), ratings: [{ ...severe("E1").ratings[0]!, ratedOn: "2025-06-01" }] };
    expect(applyRatingSuspensions([expert("E1")], [old], { asOf })[0]).not.toHaveProperty("status");
  });
});
