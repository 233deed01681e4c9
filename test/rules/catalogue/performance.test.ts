import { describe, expect, it } from "vitest";
import { validateAward, validateSpotCheckQuarter } from "../../../src/rules/index";
import { bidders, ids, projectInput } from "../fixtures";
import type { AbandonmentIn, AwardIn, CancellationIn, ContractIn } from "../fixtures";
import type { SpotCheckQuarterInput } from "../../../src/rules/index";

const award = (over: Partial<AwardIn> = {}): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", noticeOn: "2024-03-01", status: "active", ...over });
const contract = (signedOn?: string): ContractIn => ({ id: "CT1", projectId: "P1", awardId: "AW1", ...(signedOn ? { signedOn } : {}) });

describe("LC80-5.1 / 招标投标法 art. 46: contract within 30 days of the award notice", () => {
  it("accepts a contract signed on the last day, moved off a Sunday to Monday (民法典 art. 203)", () => {
    // 2024-03-01 + 30 days = 2024-03-31, a Sunday: the period runs to Monday 2024-04-01.
    expect(ids(validateAward({ project: projectInput(), award: award(), contract: contract("2024-04-01") }))).toEqual([]);
  });
  it("flags a contract signed a day after the last day, with the computed last day (CONTRACT_SIGNED_IN_TIME)", () => {
    const r = validateAward({ project: projectInput(), award: award(), contract: contract("2024-04-02") });
    expect(ids(r)).toEqual(["CONTRACT_SIGNED_IN_TIME"]);
    expect(r.findings[0]?.evidence["contract.lastDay"]).toBe("2024-04-01");
    expect(r.findings[0]?.evidence["contract.daysLate"]).toBe(1);
    expect(r.findings[0]?.message.zh).toBe("中标通知书 2024-03-01 发出后，合同最迟应于 2024-04-01 签订，实际于 2024-04-02 签订，逾期 1 日");
  });
  it("flags an unsigned contract once asOf is past the last day, not before", () => {
    expect(ids(validateAward({ project: projectInput(), award: award() }, { asOf: "2024-04-10" }))).toEqual(["CONTRACT_SIGNED_IN_TIME"]);
    expect(ids(validateAward({ project: projectInput(), award: award() }, { asOf: "2024-04-01" }))).toEqual([]);
    expect(ids(validateAward({ project: projectInput(), award: award() }))).toEqual([]); // no asOf: a pending act is not judged
  });
  it("does not judge a cancelled award", () => {
    expect(ids(validateAward({ project: projectInput(), award: award({ status: "cancelled" }) }, { asOf: "2024-12-31" }))).toEqual([]);
  });
});

describe("LC80-5.1 cancellation after award: collective decision, reported", () => {
  const cancellation = (over: Partial<CancellationIn> = {}): CancellationIn => ({
    id: "CX1",
    projectId: "P1",
    tendererId: "T1",
    kind: "cancelPlan",
    cancelledOn: "2024-04-10",
    afterAward: true,
    collectiveDecision: { decidedOn: "2024-04-08", body: "党组会" },
    reportedToSupervisorOn: "2024-04-11",
    ...over,
  });
  it("accepts a cancellation decided collectively beforehand and reported", () => {
    expect(ids(validateAward({ cancellation: cancellation() }))).toEqual([]);
  });
  it("flags a cancellation without a collective decision or report (CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED)", () => {
    const r = validateAward({ cancellation: cancellation({ collectiveDecision: undefined, reportedToSupervisorOn: undefined }) });
    expect(ids(r)).toEqual(["CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED"]);
    expect(r.findings[0]?.message.zh).toContain("取消采购计划（2024-04-10）：未经“三重一大”集体决策，未报告行政监管部门");
  });
  it("does not count a decision taken after the cancellation", () => {
    const r = validateAward({ cancellation: cancellation({ collectiveDecision: { decidedOn: "2024-04-20" } }) });
    expect(ids(r)).toEqual(["CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED"]);
  });
  it("leaves a cancellation before award to other rules", () => {
    expect(ids(validateAward({ cancellation: cancellation({ afterAward: false, collectiveDecision: undefined }) }))).toEqual([]);
  });
});

describe("LC80-5.3 abandonment by the winner", () => {
  const abandonment = (over: Partial<AbandonmentIn> = {}): AbandonmentIn => ({
    id: "AB1",
    projectId: "P1",
    winnerId: "B1",
    abandonedOn: "2024-04-05",
    reason: "不可抗力：厂房火灾",
    reasonCategory: "forceMajeure",
    explainedToTendererOn: "2024-04-05",
    filedWithSupervisorOn: "2024-04-06",
    ...over,
  });
  it("accepts a proper reason, explained and filed", () => {
    expect(ids(validateAward({ abandonment: abandonment(), bidders }))).toEqual([]);
  });
  it("flags an abandonment not filed with the supervisor, naming the winner (ABANDONMENT_REASON_FILED)", () => {
    const r = validateAward({ abandonment: abandonment({ filedWithSupervisorOn: undefined }), bidders });
    expect(ids(r)).toEqual(["ABANDONMENT_REASON_FILED"]);
    expect(r.findings[0]?.message.zh).toContain("中标人甲建设公司于 2024-04-05 弃标");
  });
  it("refers an abandonment for commercial reasons (ABANDONMENT_WITHOUT_PROPER_REASON)", () => {
    const r = validateAward({ abandonment: abandonment({ reasonCategory: "commercial", reason: "报价偏低" }), bidders });
    expect(ids(r)).toEqual(["ABANDONMENT_WITHOUT_PROPER_REASON"]);
  });
  it("lets a county count more reasons as proper through a pack override", () => {
    const pack = { name: "county", version: "0.1.0", params: { properAbandonmentReasons: ["forceMajeure", "tendererFault", "lawfulChange", "capacity"] } };
    expect(ids(validateAward({ abandonment: abandonment({ reasonCategory: "capacity" }) }, { pack }))).toEqual([]);
  });
});

describe("LC80-5.2 quarterly 双随机一抽查 of 5–10% of projects", () => {
  const quarter = (over: Partial<SpotCheckQuarterInput> = {}): SpotCheckQuarterInput => ({
    id: "SC1",
    quarter: "2024-Q1",
    totalProjects: 60,
    checkedProjectIds: ["P1", "P2", "P3", "P4"],
    inspectorIds: ["I1", "I2"],
    drawRecordRef: "draw:2024-Q1:abc",
    publishedOn: "2024-04-15",
    ...over,
  });
  it("accepts 4 of 60 projects (6.7%), drawn and published", () => {
    expect(ids(validateSpotCheckQuarter(quarter(), { asOf: "2024-06-30" }))).toEqual([]);
  });
  it("flags 2 of 60 (under 5%) and 7 of 60 (over 10%) (SPOT_CHECK_RATE)", () => {
    const low = validateSpotCheckQuarter(quarter({ checkedProjectIds: ["P1", "P2"] }));
    expect(ids(low)).toEqual(["SPOT_CHECK_RATE"]);
    expect(low.findings[0]?.evidence["spotCheck.minRequired"]).toBe(3);
    const high = validateSpotCheckQuarter(quarter({ checkedProjectIds: ["P1", "P2", "P3", "P4", "P5", "P6", "P7"] }));
    expect(ids(high)).toEqual(["SPOT_CHECK_RATE"]);
    expect(high.findings[0]?.evidence["spotCheck.maxAllowed"]).toBe(6);
  });
  it("asks a small population to check at least one project", () => {
    expect(ids(validateSpotCheckQuarter(quarter({ totalProjects: 8, checkedProjectIds: [] })))).toEqual(["SPOT_CHECK_RATE"]);
    expect(ids(validateSpotCheckQuarter(quarter({ totalProjects: 8, checkedProjectIds: ["P1"] })))).toEqual([]);
  });
  it("flags a selection without a draw record (SPOT_CHECK_DRAWN)", () => {
    expect(ids(validateSpotCheckQuarter(quarter({ drawRecordRef: undefined })))).toEqual(["SPOT_CHECK_DRAWN"]);
  });
  it("flags results not published 30 days after the quarter (SPOT_CHECK_PUBLISHED)", () => {
    const r = validateSpotCheckQuarter(quarter({ publishedOn: undefined }), { asOf: "2024-05-06" });
    expect(ids(r)).toEqual(["SPOT_CHECK_PUBLISHED"]);
    // 2024-03-31 + 30 days = 2024-04-30, a Tuesday and a working day (the Labour Day holiday began 05-01).
    expect(r.findings[0]?.evidence["spotCheck.publicationLastDay"]).toBe("2024-04-30");
    expect(ids(validateSpotCheckQuarter(quarter({ publishedOn: undefined }), { asOf: "2024-04-30" }))).toEqual([]);
  });
});
