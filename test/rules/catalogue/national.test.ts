import { describe, expect, it } from "vitest";
import { validateAward, validateCommittee, validateComplaint, validateEvaluation } from "../../../src/rules/index";
import { bidders, committee, evaluation, expertInput, experts, ids, projectInput, sevenExperts } from "../fixtures";
import type { AwardIn, BidderIn, CancellationIn, ComplaintIn, ExpertIn, MemberIn, ProjectIn } from "../fixtures";

const check = (over: { committee?: MemberIn[]; experts?: ExpertIn[]; project?: Partial<ProjectIn>; bidders?: BidderIn[] } = {}) =>
  validateCommittee({
    project: projectInput(over.project),
    committee: over.committee ?? committee(),
    experts: over.experts ?? experts(),
    bidders: over.bidders ?? bidders,
    evaluationOn: "2024-05-10",
  });

describe("招标投标法 art. 37: five or more members, an odd number, experts at least two thirds", () => {
  it("accepts five experts", () => {
    expect(ids(check())).toEqual([]);
  });
  it("flags four members (COMMITTEE_SIZE_FIVE_OR_MORE_ODD)", () => {
    const r = check({ committee: committee(4) });
    expect(ids(r)).toContain("COMMITTEE_SIZE_FIVE_OR_MORE_ODD");
    expect(r.findings.find((f) => f.ruleId === "COMMITTEE_SIZE_FIVE_OR_MORE_ODD")?.message.zh).toBe("评标委员会 4 人，须为 5 人以上单数");
  });
  it("flags six members as even", () => {
    expect(ids(check({ committee: committee(6), experts: sevenExperts() }))).toContain("COMMITTEE_SIZE_FIVE_OR_MORE_ODD");
  });
  it("flags two tenderer representatives in five (COMMITTEE_EXPERTS_TWO_THIRDS)", () => {
    const members = committee().map((m, i) => (i >= 3 ? { ...m, role: "tendererRepresentative" as const } : m));
    const r = check({ committee: members });
    const f = r.findings.find((x) => x.ruleId === "COMMITTEE_EXPERTS_TWO_THIRDS");
    expect(f?.message.zh).toBe("评标委员会 5 人中专家仅 3 人，不足三分之二（至少 4 人）");
  });
  it("accepts one tenderer representative in five", () => {
    const members = committee().map((m, i) => (i === 4 ? { ...m, role: "tendererRepresentative" as const } : m));
    expect(ids(check({ committee: members }))).not.toContain("COMMITTEE_EXPERTS_TWO_THIRDS");
  });
});

describe("财政部令第87号 art. 47: seven or more for government procurement of 10 million yuan or more", () => {
  const gp = { regime: "governmentProcurement", category: "governmentProcurement", budgetYuan: 12_000_000 } satisfies Partial<ProjectIn>;
  it("flags five members (GP_COMMITTEE_SEVEN)", () => {
    const r = check({ project: gp });
    expect(ids(r)).toEqual(["GP_COMMITTEE_SEVEN"]);
    expect(r.findings[0]?.message.en).toContain("has a committee of 5; an odd number of 7 or more is required");
  });
  it("accepts seven members, and five under 10 million", () => {
    const list = sevenExperts();
    expect(ids(check({ project: gp, committee: committee(7), experts: list }))).toEqual([]);
    expect(ids(check({ project: { ...gp, budgetYuan: 9_999_999 } }))).toEqual([]);
  });
});

describe("实施条例 art. 46, 政府采购法实施条例 art. 9: avoidance", () => {
  it("names the expert and the tie with the bidder (EXPERT_AVOIDS_CONFLICT_OF_INTEREST)", () => {
    const list = experts({ E2: { employments: [{ employerId: "B1", employerName: "甲建设公司", from: "2018-01-01", to: "2022-06-30" }] } });
    const r = check({ experts: list });
    expect(ids(r)).toEqual(["EXPERT_AVOIDS_CONFLICT_OF_INTEREST"]);
    expect(r.findings[0]?.message.zh).toBe("评标专家李工与本项目当事人存在利害关系，应当回避：在投标人甲建设公司（B1）任职（三年内）");
    expect(r.findings[0]?.message.en).toBe(
      "Expert 李工 has an interest in a party to this project and should have withdrawn: employment with bidder 甲建设公司 (B1)",
    );
  });
  it("names a close relative of a bidder's legal representative", () => {
    const list = experts({ E1: { familyTies: [{ person: { name: "孙甲" }, relation: "spouse" }] } });
    expect(check({ experts: list }).findings[0]?.message.en).toContain("close family with bidder 甲建设公司 (B1) (孙甲, spouse)");
  });
  it("accepts a tie that ended more than 3 years before the evaluation", () => {
    const list = experts({ E2: { employments: [{ employerId: "B1", from: "2015-01-01", to: "2021-05-09" }] } });
    expect(ids(check({ experts: list }))).toEqual([]);
  });
  it("keeps staff of the project's supervising department off its committee (SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE)", () => {
    const list = experts({ E4: { supervisingDepartmentId: "DEP-ZJ" } });
    const r = check({ experts: list });
    expect(ids(r)).toEqual(["SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE"]);
    expect(r.findings[0]?.message.zh).toBe("刘工为本项目监管部门（DEP-ZJ）工作人员，不得担任本项目评标委员会成员");
    expect(ids(check({ experts: experts({ E4: { supervisingDepartmentId: "DEP-SL" } }) }))).toEqual([]);
  });
});

describe("实施条例 art. 54: candidates published within 3 days of the report, for at least 3 days", () => {
  const project = projectInput();
  it("accepts publication on day 2 for three days", () => {
    expect(ids(validateEvaluation({ project, evaluation: evaluation() }, { asOf: "2024-06-30" }))).toEqual([]);
  });
  it("flags a late start, with the computed last day (CANDIDATES_PUBLISHED_IN_TIME)", () => {
    const r = validateEvaluation({ project, evaluation: evaluation({ candidatePublication: { startOn: "2024-05-15", endOn: "2024-05-17" } }) });
    expect(ids(r)).toEqual(["CANDIDATES_PUBLISHED_IN_TIME"]);
    expect(r.findings[0]?.evidence["evaluation.candidatesLastDay"]).toBe("2024-05-14");
  });
  it("flags a two-day publication (CANDIDATES_PUBLISHED_LONG_ENOUGH)", () => {
    const r = validateEvaluation({ project, evaluation: evaluation({ candidatePublication: { startOn: "2024-05-13", endOn: "2024-05-14" } }) });
    expect(ids(r)).toEqual(["CANDIDATES_PUBLISHED_LONG_ENOUGH"]);
    expect(r.findings[0]?.message.zh).toBe("中标候选人公示期 2024-05-13 至 2024-05-14 共 2 日，少于 3 日");
  });
});

describe("effective dates: the record's own date decides which rules apply", () => {
  it("does not hold a 2017 cancellation to the Liaocheng pack (issued 2018-09-26)", () => {
    const cancellation = { id: "CX0", projectId: "P0", tendererId: "T1", kind: "cancelPlan", cancelledOn: "2017-05-10", afterAward: true } satisfies CancellationIn;
    const r = validateAward({ cancellation });
    expect(ids(r)).toEqual([]);
    expect(r.skipped).toEqual([{ ruleId: "CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED", reason: "notYetEffective" }]);
    expect(ids(validateAward({ cancellation: { ...cancellation, cancelledOn: "2018-09-26" } }))).toEqual(["CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED"]);
  });
  it("holds a 2017 contract to the national 30 days", () => {
    const award = { id: "AW0", projectId: "P0", bidderId: "B1", noticeOn: "2018-03-01", status: "active" } satisfies AwardIn;
    const r = validateAward({ project: projectInput(), award, contract: { id: "C0", projectId: "P0", awardId: "AW0", signedOn: "2018-05-02" } });
    expect(ids(r)).toEqual(["CONTRACT_SIGNED_IN_TIME"]);
  });
  it("accepts a decision on the 30th working day", () => {
    const stages = [
      { stage: "received", on: "2024-09-27" },
      { stage: "accepted", on: "2024-09-30" },
      { stage: "decided", on: "2024-11-15" },
      { stage: "published", on: "2024-11-18" },
    ] satisfies ComplaintIn["stages"];
    const c: ComplaintIn = { id: "C1", projectId: "P1", complainantId: "B2", regime: "tendering", knownOn: "2024-09-20", filedOn: "2024-09-27", stages };
    expect(ids(validateComplaint(c, { asOf: "2024-12-31" }))).toEqual([]);
  });
});

describe("实施条例 art. 54 binds tenders, not other procurement methods", () => {
  it("does not ask a competitive negotiation to publish candidates", () => {
    const e = evaluation({ candidatePublication: undefined });
    expect(ids(validateEvaluation({ project: projectInput({ regime: "governmentProcurement", procurementMethod: "competitiveNegotiation" }), evaluation: e }, { asOf: "2024-06-30" }))).toEqual([]);
    expect(ids(validateEvaluation({ project: projectInput(), evaluation: e }, { asOf: "2024-06-30" }))).toEqual(["CANDIDATES_PUBLISHED_IN_TIME"]);
  });
});
