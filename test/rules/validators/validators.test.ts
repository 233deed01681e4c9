import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleParams } from "../../../src/rules/facts/params";
import {
  createRuleSet,
  detectRecordKind,
  nationalPack,
  validateAgencySelection,
  validateAward,
  validateCommittee,
  validateComplaint,
  validateEvaluation,
  validateExpertAdmission,
  validateProject,
  validateRecord,
  validateSpotCheckQuarter,
} from "../../../src/rules/index";
import type { AwardInput, ProjectInput, SpotCheckQuarterInput } from "../../../src/rules/index";
import { agency, asUnknownInput, bidders, committee, evaluation, expertInput, experts, ids, projectInput, selection } from "../fixtures";
import { thrown } from "../../thrown";

// An example record as a platform reads it: untyped JSON. `recordAs` states the shape the file is meant to have (the
// validator still checks it); `record` keeps it `unknown`, for `validateRecord` and `detectRecordKind`.
const record = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../examples/records/${name}`, import.meta.url), "utf8"));
const recordAs = <T>(name: string): T => record(name) as T;

describe("bad input is refused with the path, nothing evaluated", () => {
  it("names the bad field of an expert", () => {
    const e = thrown(() => validateExpertAdmission(expertInput({ region: "Liaocheng" })));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues[0]?.path).toEqual(["region"]);
    expect(e.zh).toContain("region");
  });
  it("names a committee member who is not among the experts", () => {
    const members = [...committee(4), { expertId: "E404", role: "expert" as const }];
    const e = thrown(() => validateCommittee({ project: projectInput(), committee: members, experts: experts(), evaluationOn: "2024-05-10" }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues[0]?.path).toEqual(["committee", 4, "expertId"]);
  });
  it("refuses a member listed twice and a committee without an evaluation day", () => {
    const twice = [...committee(4), { expertId: "E1", role: "expert" as const }];
    expect(thrown(() => validateCommittee({ project: projectInput(), committee: twice, experts: experts(), evaluationOn: "2024-05-10" })).code).toBe("INVALID_INPUT");
    expect(thrown(() => validateCommittee({ project: projectInput(), committee: committee(), experts: experts() })).code).toBe("INVALID_INPUT");
  });
  it("names the chosen agency missing from the agencies", () => {
    const e = thrown(() => validateAgencySelection({ selection: selection({ chosenAgencyId: "A9" }), project: projectInput(), agencies: [agency()] }));
    expect(e.issues[0]?.path).toEqual(["selection", "chosenAgencyId"]);
  });
  it("points into nested records of a project", () => {
    const e = thrown(() => validateProject({ project: projectInput(), evaluations: [evaluation({ reportOn: "2024-13-01" })] }));
    expect(e.issues[0]?.path).toEqual(["evaluations", 0, "reportOn"]);
  });
  it("refuses a project whose selected agency is not among its parties", () => {
    const e = thrown(() => validateProject({ project: projectInput(), agencySelection: selection() }));
    expect(e.issues[0]?.path).toEqual(["agencySelection", "chosenAgencyId"]);
  });
  it("refuses an award check with nothing in it, a bad date, a bad option", () => {
    expect(thrown(() => validateAward(asUnknownInput<AwardInput>({}))).code).toBe("INVALID_INPUT"); // `{}` does not compile
    expect(thrown(() => validateComplaint({ id: "C", projectId: "P", complainantId: "B", knownOn: "2023-02-29", filedOn: "2023-03-01" })).issues[0]?.path).toEqual(["knownOn"]);
    expect(thrown(() => validateSpotCheckQuarter({ id: "S", quarter: "2024-Q1", totalProjects: 1 }, { asOf: "yesterday" })).code).toBe("INVALID_INPUT");
    expect(thrown(() => validateAward({ project: projectInput(), award: { id: "A", projectId: "P", bidderId: "B", status: "active" } }, { ruleSet: createRuleSet([nationalPack]), pack: { name: "x", version: "1" } })).code).toBe("INVALID_INPUT");
  });
  it("refuses an unknown record kind", () => {
    expect(thrown(() => validateRecord({ foo: 1 })).code).toBe("UNKNOWN_SUBJECT");
    expect(thrown(() => validateRecord({}, "bid")).code).toBe("UNKNOWN_SUBJECT");
  });
});

describe("rule sets, packs and options", () => {
  const award = { id: "AW1", projectId: "P1", bidderId: "B1", noticeOn: "2024-03-01", status: "active" } as const;
  const contract = { id: "C1", projectId: "P1", awardId: "AW1", signedOn: "2024-03-20" };
  it("moves the computed last day when a county shortens the contract period", () => {
    const pack = { name: "county", version: "0.1.0", params: { contractDays: 15 } };
    const r = validateAward({ project: projectInput(), award, contract }, { pack });
    expect(r.rulesetVersion).toBe("national@2.0.0+liaocheng@1.0.0+county@0.1.0");
    expect(r.findings[0]?.evidence["contract.lastDay"]).toBe("2024-03-18"); // 03-16 is a Saturday
    expect(ids(validateAward({ project: projectInput(), award, contract }))).toEqual([]);
  });
  it("reads a rule set's parameters once: the same frozen object for the same set, each set its own", () => {
    const county = createRuleSet([nationalPack], [{ name: "county", version: "0.1.0", params: { contractDays: 15 } }]);
    expect(ruleParams(county).contractDays).toBe(15);
    expect(ruleParams(county)).toBe(ruleParams(county));
    expect(Object.isFrozen(ruleParams(county))).toBe(true);
    expect(ruleParams(createRuleSet([nationalPack])).contractDays).toBe(30);
  });
  it("accepts a pack as JSON text and honours disabled rules", () => {
    const { publishedOn: _published, ...quarter } = recordAs<SpotCheckQuarterInput>("spot-check.json");
    const pack = JSON.stringify({ name: "county", version: "0.1.0", disable: ["SPOT_CHECK_PUBLISHED"] });
    expect(ids(validateSpotCheckQuarter(quarter, { asOf: "2024-12-01" }))).toContain("SPOT_CHECK_PUBLISHED");
    const r = validateSpotCheckQuarter(quarter, { asOf: "2024-12-01", pack });
    expect(ids(r)).not.toContain("SPOT_CHECK_PUBLISHED");
    expect(r.skipped).toEqual([{ ruleId: "SPOT_CHECK_PUBLISHED", reason: "disabled" }]);
  });
  it("refuses to disable a national rule: it is a floor a county may tighten, not loosen", () => {
    const pack = JSON.stringify({ name: "county", version: "0.1.0", disable: ["CONTRACT_SIGNED_IN_TIME"] });
    expect(() => validateAward({ project: projectInput(), award, contract }, { pack })).toThrow(/disables rule CONTRACT_SIGNED_IN_TIME, a floor that national@2.0.0 declares \(/);
  });
  it("runs with a user rule set that lacks some subjects", () => {
    const r = validateProject({ project: projectInput({ electronic: false }) }, { ruleSet: createRuleSet([nationalPack]) });
    expect(r.ok).toBe(true);
    // Only the national project-level timeline ran (nothing LC80-6.1 would say about the paper procedure).
    expect(r.evaluated.every((id) => nationalPack.rules.some((x) => x.id === id && x.subject === "project"))).toBe(true);
  });
  it("gives messages in the requested locale and explanations on demand", () => {
    const r = validateAward({ project: projectInput(), award, contract: { ...contract, signedOn: "2024-05-01" } }, { locale: "en", explain: "all" });
    expect(r.findings[0]?.text.startsWith("After the award notice")).toBe(true);
    expect(r.traces?.length).toBe(r.evaluated.length);
    expect(validateAward({ project: projectInput(), award, contract: { ...contract, signedOn: "2024-05-01" } }, { explain: "none" }).findings[0]?.explanation).toBeUndefined();
  });
  it("does not mutate its input", () => {
    const input = recordAs<ProjectInput>("project.json");
    const before = JSON.stringify(input);
    validateProject(input, { asOf: "2024-07-31" });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("the example records", () => {
  it("detects each record's kind", () => {
    expect(detectRecordKind(record("project.json"))).toBe("project");
    expect(detectRecordKind(record("committee.json"))).toBe("committee");
    expect(detectRecordKind(record("expert.json"))).toBe("expert");
    expect(detectRecordKind(record("agency-selection.json"))).toBe("agencySelection");
    expect(detectRecordKind(record("award.json"))).toBe("award");
    expect(detectRecordKind(record("complaint.json"))).toBe("complaint");
    expect(detectRecordKind(record("spot-check.json"))).toBe("spotCheck");
  });
  it("finds in the full project record what its parts find", () => {
    const whole = validateProject(recordAs<ProjectInput>("project.json"), { asOf: "2024-07-31" });
    expect(ids(whole)).toEqual([
      "AGENCY_DISCLOSURE_COMPLETE",
      "AGENCY_MERIT_OR_JUSTIFIED",
      "AGENCY_SELECTION_FILED",
      "AGENCY_STAFF_TRAINED",
      "EVALUATION_DISCLOSED_IN_TIME",
      "EXPERT_AVOIDS_CONFLICT_OF_INTEREST",
      "CIVIL_SERVANT_UNPAID",
      "CONTRACT_SIGNED_IN_TIME",
      "COMPLAINT_ACCEPTANCE_IN_TIME",
    ]);
    const parts = ["agency-selection.json", "committee.json", "award.json", "complaint.json"].flatMap((f) => ids(validateRecord(record(f), undefined, { asOf: "2024-07-31" })));
    for (const id of parts) expect(ids(whole)).toContain(id);
  });
  it("fills every placeholder of every message it prints", () => {
    const all = ["project.json", "expert.json", "spot-check.json"].flatMap((f) => validateRecord(record(f), undefined, { asOf: "2024-07-31" }).findings);
    for (const f of all) {
      expect(f.message.zh, f.ruleId).not.toMatch(/[{}?]/);
      expect(f.message.en, f.ruleId).not.toMatch(/[{}?]/);
    }
  });
});

describe("the evaluation validator checks the committee when given the experts", () => {
  it("adds committee findings to the evaluation's", () => {
    const list = experts({ E1: { employer: { id: "B2", name: "乙建设公司" } } });
    const r = validateEvaluation({ project: projectInput(), evaluation: evaluation(), experts: list, bidders }, { asOf: "2024-06-30" });
    expect(ids(r)).toEqual(["EXPERT_AVOIDS_CONFLICT_OF_INTEREST"]);
    expect(r.subject).toBe("evaluation");
    expect(r.evaluated).toContain("COMMITTEE_SIZE_FIVE_OR_MORE_ODD");
  });
});
