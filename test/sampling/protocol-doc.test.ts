import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FamilyRelationSchema } from "../../src/model/parties";
import { EXCLUSION_REASONS } from "../../src/rules/eligibility/reasons";
import { drawCommittee } from "../../src/sampling/committee";
import { committeeRequest, expert } from "./fixtures";

/*
 * docs/draw-protocol.md §6 is what an independent implementation is written from (an auditor's, written from the
 * page alone, drew another committee when §6 left out `removedOn`). Every input committee eligibility reads must be
 * named there, with the values the code accepts.
 */
const doc = readFileSync(new URL("../../docs/draw-protocol.md", import.meta.url), "utf8");
const section6 = doc.slice(doc.indexOf("## 6. The draws"), doc.indexOf("### Spot checks"));

describe("docs/draw-protocol.md §6 (committee eligibility) names everything the code reads", () => {
  it("every exclusion reason, in the code's order", () => {
    const at = EXCLUSION_REASONS.map((r) => section6.indexOf(`\`${r}\``));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
  it("every field eligibility reads: removedOn, suspendedUntil, lastDrawnOn, controlling, companyId, the tenderer's id, …", () => {
    for (const field of ["removedOn", "suspendedUntil", "lastDrawnOn", "blacklistedExpertIds", "controlling", "companyId", "employerId", "inputs.tenderer.id", "inputs.project.tendererId", "legalRepresentative", "shareholders", "familyTies", "idNumber", "reviewedOn", "supervisingDepartmentId", "employmentKind"]) {
      // As code, alone or in an expression (`controlling: true`).
      expect(section6, field).toMatch(new RegExp(`\`[^\`\n]*${field.replace(/\./g, "\\.")}\\b[^\`\n]*\``));
    }
  });
  it("every family relation value the schema accepts, by its enum name", () => {
    for (const relation of FamilyRelationSchema.options) expect(section6, relation).toContain(`\`${relation}\``);
  });
  it("what it says of removedOn holds: eligible the day before, excluded on the day", () => {
    expect(section6).toMatch(/`removedOn` \(the day of removal\) is absent or ≤ as-of/);
    const pool = Array.from({ length: 12 }, (_, i) => expert(i, { specialties: ["W01"], region: i % 2 === 0 ? "370102" : "371502" }));
    const removed = (removedOn: string) => pool.map((e, i) => (i === 0 ? { ...e, status: "removed", removedOn } : e));
    const params = { strata: [{ specialty: "W01", count: 5 }], maxPerEmployer: 1 };
    // createdAt 2024-05-06 (as-of day): removed from the 7th is still eligible, from the 6th is not.
    expect(drawCommittee(committeeRequest({ params }, removed("2024-05-07")) as never).record.exclusions["removed"]).toBeUndefined();
    expect(drawCommittee(committeeRequest({ params }, removed("2024-05-06")) as never).record.exclusions["removed"]).toBe(1);
  });
  it("says that alternates are drawn without the cap, what to do when none is usable, and that no substitution is recorded", () => {
    expect(section6).toMatch(/Alternates are drawn without the employer cap/);
    expect(section6).toMatch(/first in order that keeps the cap and the quota/);
    expect(section6).toMatch(/make a new draw for the missing seat/);
    expect(section6).toMatch(/The library records no substitution/);
  });
});
