import { describe, expect, it } from "vitest";
import { validateCommittee, validateEvaluation, validateExpertAdmission } from "../../../src/rules/index";
import { bidders, committee, evaluation, expertInput, experts, ids, projectInput } from "../fixtures";
import type { AwardIn, BidderIn, CancellationIn, ComplaintIn, ExpertIn, MemberIn, ProjectIn } from "../fixtures";

const committeeCheck = (over: { committee?: MemberIn[]; experts?: ExpertIn[]; project?: Partial<ProjectIn> } = {}) =>
  validateCommittee({
    project: projectInput(over.project),
    committee: over.committee ?? committee(),
    experts: over.experts ?? experts(),
    bidders,
    evaluationOn: "2024-05-10",
  });

describe("LC80-4.1 experts enter pools only after an approved review", () => {
  it("admits an expert with an approved review", () => {
    expect(validateExpertAdmission(expertInput(), { asOf: "2024-05-01" }).ok).toBe(true);
  });
  it("names the pools without an approved review (EXPERT_ADMITTED)", () => {
    const pools = [
      { pool: "construction", admission: { reviewedBy: "市住建局", reviewedOn: "2019-01-10", approved: true } },
      { pool: "waterResources", admission: { reviewedBy: "市水利局", reviewedOn: "2019-01-10", approved: false } },
      { pool: "transport" },
    ] satisfies ExpertIn["pools"];
    const r = validateExpertAdmission(expertInput({ pools }), { asOf: "2024-05-01" });
    expect(ids(r)).toEqual(["EXPERT_ADMITTED"]);
    expect(r.findings[0]?.message.en).toContain("transport, waterResources");
  });
  it("flags an expert in no pool at all", () => {
    expect(ids(validateExpertAdmission(expertInput({ pools: [] })))).toEqual(["EXPERT_ADMITTED"]);
  });
});

describe("LC80-4.4 officials stay out of expert pools; civil servants evaluate unpaid", () => {
  it("refuses trading-centre staff (EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF)", () => {
    const r = validateExpertAdmission(expertInput({ employmentKind: "tradingCentreStaff", employer: { id: "GGZY", name: "聊城市公共资源交易中心" } }));
    expect(ids(r)).toContain("EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF");
    expect(r.findings[0]?.message.zh).toBe("王工（聊城市公共资源交易中心）为行业监管部门或交易中心工作人员，不得进入评标专家库");
  });
  it("admits an engineer from a design institute", () => {
    expect(ids(validateExpertAdmission(expertInput({ employmentKind: "private" })))).toEqual([]);
  });
  it("flags an industry supervisor sitting on a committee (COMMITTEE_MEMBER_NOT_OFFICIAL)", () => {
    const list = experts({ E2: { employmentKind: "industrySupervisor" } });
    const r = committeeCheck({ experts: list });
    expect(ids(r)).toContain("COMMITTEE_MEMBER_NOT_OFFICIAL");
    expect(r.findings.find((f) => f.ruleId === "COMMITTEE_MEMBER_NOT_OFFICIAL")?.evidence["member.name"]).toBe("李工");
  });
  it("flags a fee paid to a civil servant, naming the expert and the amount (CIVIL_SERVANT_UNPAID)", () => {
    const list = experts({ E3: { employmentKind: "civilServant", employer: { id: "ORG3", name: "市发改委" } } });
    const members = committee().map((m) => (m.expertId === "E3" ? { ...m, feeYuan: 800 } : m));
    const f = committeeCheck({ experts: list, committee: members }).findings.find((x) => x.ruleId === "CIVIL_SERVANT_UNPAID");
    expect(f?.message.zh).toBe("国家公务员张工（市发改委）参加评标领取了评审费 800 元");
  });
  it("accepts an unpaid civil servant", () => {
    const list = experts({ E3: { employmentKind: "civilServant" } });
    const members = committee().map((m) => (m.expertId === "E3" ? { ...m, feeYuan: 0 } : m));
    expect(ids(committeeCheck({ experts: list, committee: members }))).toEqual([]);
  });
});

describe("LC80-4.3 committees are not concentrated", () => {
  it("accepts one non-local expert of five, each from a different employer", () => {
    expect(committeeCheck().ok).toBe(true);
    expect(ids(committeeCheck())).toEqual([]);
  });
  it("flags an all-local committee (COMMITTEE_NOT_CONCENTRATED)", () => {
    const list = experts().map((e) => ({ ...e, region: "371502" }));
    const f = committeeCheck({ experts: list }).findings.find((x) => x.ruleId === "COMMITTEE_NOT_CONCENTRATED");
    expect(f?.evidence["committee.nonLocalCount"]).toBe(0);
    expect(f?.evidence["committee.nonLocalRequired"]).toBe(1);
    expect(f?.severity).toBe("warning");
  });
  it("flags two experts from the same employer, naming it", () => {
    const list = experts({ E4: { employer: { id: "ORG1", name: "设计院" } } });
    const f = committeeCheck({ experts: list }).findings.find((x) => x.ruleId === "COMMITTEE_NOT_CONCENTRATED");
    expect(f?.message.zh).toContain("同一单位最多 2 人（设计院 (ORG1)，上限 1 人）");
  });
});

describe("LC80-4.2 every expert rated after every evaluation, ratings published", () => {
  const project = projectInput();
  it("accepts an evaluation where tenderer and agency rated everyone and the ratings went online", () => {
    expect(ids(validateEvaluation({ project, evaluation: evaluation() }, { asOf: "2024-06-30" }))).toEqual([]);
  });
  it("names experts missing a required rating (EXPERT_RATED_PER_EVENT)", () => {
    const e = evaluation();
    const ratings = (e.ratings ?? []).filter((r) => !(r.expertId === "E2" && r.rater === "agency"));
    const r = validateEvaluation({ project, evaluation: { ...e, ratings }, experts: experts() }, { asOf: "2024-06-30" });
    const f = r.findings.find((x) => x.ruleId === "EXPERT_RATED_PER_EVENT");
    expect(f?.evidence["evaluation.unratedCount"]).toBe(1);
    expect(f?.message.zh).toContain("李工（缺代理机构评议）");
  });
  it("does not ask for ratings before the evaluation has finished", () => {
    const r = validateEvaluation({ project, evaluation: evaluation({ status: "inProgress", ratings: [] }) }, { asOf: "2024-06-30" });
    expect(ids(r)).not.toContain("EXPERT_RATED_PER_EVENT");
  });
  it("flags ratings not published within the period (EXPERT_RATINGS_PUBLISHED)", () => {
    const e = evaluation();
    const disclosures = (e.disclosures ?? []).slice(0, 1);
    const f = validateEvaluation({ project, evaluation: { ...e, disclosures } }, { asOf: "2024-06-30" }).findings.find(
      (x) => x.ruleId === "EXPERT_RATINGS_PUBLISHED",
    );
    expect(f?.evidence["evaluation.ratingsPublicationLastDay"]).toBe("2024-05-20");
    expect(f?.evidence["evaluation.ratingsPublicationDaysLate"]).toBe(41);
  });
});
