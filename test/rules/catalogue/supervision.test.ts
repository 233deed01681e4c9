import { describe, expect, it } from "vitest";
import { validateComplaint, validateProject } from "../../../src/rules/index";
import { gpComplaint, ids, projectInput } from "../fixtures";
import type { ComplaintIn } from "../fixtures";

describe("LC80-8 every project has a named supervising department", () => {
  it("flags an SOE project without a supervisor, naming its kind (PROJECT_HAS_SUPERVISOR)", () => {
    const r = validateProject({
      project: projectInput({ supervisingDepartmentId: undefined, supportingWorks: true }),
      parties: { tenderers: [{ id: "T1", name: "聊城市城投公司", soe: true, investmentCompany: true }] },
    });
    expect(ids(r)).toEqual(["PROJECT_HAS_SUPERVISOR"]);
    expect(r.findings[0]?.message.zh).toBe("项目聊城市东昌府区道路改造工程（P1，国有企业项目、投资公司项目、建设工程配套项目）没有明确的行政监管部门");
  });
  it("accepts a project with a supervisor", () => {
    expect(ids(validateProject({ project: projectInput() }))).toEqual([]);
  });
});

const complaint = (over: Partial<ComplaintIn> = {}): ComplaintIn => ({
  id: "C1",
  projectId: "P1",
  complainantId: "B2",
  complainantName: "乙建设公司",
  regime: "tendering",
  knownOn: "2024-09-20",
  filedOn: "2024-09-27",
  stages: [
    { stage: "received", on: "2024-09-27" },
    { stage: "accepted", on: "2024-09-30" },
    { stage: "investigated", on: "2024-10-15" },
    { stage: "decided", on: "2024-10-30" },
    { stage: "published", on: "2024-11-05" },
  ],
  ...over,
});

describe("LC80-9 complaints: acceptance, transfer, investigation and publication in sequence", () => {
  it("accepts a complaint handled in order and in time", () => {
    expect(ids(validateComplaint(complaint(), { asOf: "2024-12-31" }))).toEqual([]);
  });
  it("flags an investigation recorded before acceptance (COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME)", () => {
    const stages = [
      { stage: "received", on: "2024-09-27" },
      { stage: "investigated", on: "2024-09-28" },
      { stage: "accepted", on: "2024-09-30" },
    ] satisfies ComplaintIn["stages"];
    const r = validateComplaint(complaint({ stages }), { asOf: "2024-10-08" });
    expect(ids(r)).toEqual(["COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME"]);
    expect(r.findings[0]?.message.zh).toContain("“查处”（2024-09-28）早于“受理”（2024-09-30）");
  });
  it("flags a decision published later than the pack's period, or a publication without a decision", () => {
    const late = (complaint().stages ?? []).map((s) => (s.stage === "published" ? { ...s, on: "2024-12-20" } : s));
    expect(ids(validateComplaint(complaint({ stages: late }), { asOf: "2024-12-31" }))).toEqual(["COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME"]);
    const noDecision = (complaint().stages ?? []).filter((s) => s.stage !== "decided");
    const r = validateComplaint(complaint({ stages: noDecision }), { asOf: "2024-11-06" });
    expect(r.findings.find((f) => f.ruleId === "COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME")?.message.en).toContain("'published' without 'decided'");
  });
});

describe("LC80-9 under 94号令 art. 21(4): a GP complaint is accepted on receipt, so a decision needs no 'accepted' stage", () => {
  // Received Mon 2024-05-20, rejected on the merits Fri 06-14; the pack's 20 days to publish end Thu 07-04.
  const gp = (stages: ComplaintIn["stages"], over: Partial<ComplaintIn> = {}): ComplaintIn => gpComplaint(stages, { outcome: "rejected", ...over });
  const asOf = { asOf: "2024-12-31" };
  it("finds nothing in received → decided → published, published on the pack's last day (boundary)", () => {
    expect(ids(validateComplaint(gp([{ stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-07-04" }]), asOf))).toEqual([]);
  });
  it("finds nothing when an investigation comes between, nor when the GP regime is the project's", () => {
    const stages = [{ stage: "investigated", on: "2024-05-27" }, { stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-06-17" }] satisfies ComplaintIn["stages"];
    expect(ids(validateComplaint(gp(stages), asOf))).toEqual([]);
    const { regime: _regime, ...noRegime } = gp(stages);
    const project = projectInput({ regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: "open" });
    expect(ids(validateProject({ project, complaints: [noRegime] }, asOf))).toEqual([]);
  });
  it("still flags a publication one day past the pack's period, and a decision published before it was made", () => {
    const late = validateComplaint(gp([{ stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-07-05" }]), asOf);
    expect(ids(late)).toEqual(["COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME"]);
    expect(late.findings[0]?.message.en).toContain("due for publication by 2024-07-04");
    const early = validateComplaint(gp([{ stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-06-13" }]), asOf);
    expect(early.findings[0]?.message.en).toContain("'published' (2024-06-13) came before 'decided' (2024-06-14)");
  });
  it("still wants the acceptance on record under tendering (实施条例 art. 61: 决定是否受理)", () => {
    const stages = [{ stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-06-17" }] satisfies ComplaintIn["stages"];
    const tendering = validateComplaint(gp(stages, { regime: "tendering", knownOn: "2024-05-14" }), asOf);
    expect(tendering.findings.find((f) => f.ruleId === "COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME")?.message.en).toContain("'decided' without 'accepted'");
  });
});

describe("实施条例 art. 60–61: complaint periods on the PRC working-day calendar", () => {
  it("accepts acceptance on the 3rd working day across the National Day holiday", () => {
    // Received Friday 2024-09-27: working days 09-29 (Sunday make-up workday), 09-30, then 10-08.
    const stages = [{ stage: "received", on: "2024-09-27" }, { stage: "accepted", on: "2024-10-08" }] satisfies ComplaintIn["stages"];
    const r = validateComplaint(complaint({ stages }), { asOf: "2024-10-09" });
    expect(ids(r)).toEqual([]);
  });
  it("flags acceptance one working day late, with the computed last day (COMPLAINT_ACCEPTANCE_IN_TIME)", () => {
    const stages = [{ stage: "received", on: "2024-09-27" }, { stage: "accepted", on: "2024-10-09" }] satisfies ComplaintIn["stages"];
    const r = validateComplaint(complaint({ stages }), { asOf: "2024-10-09" });
    expect(ids(r)).toEqual(["COMPLAINT_ACCEPTANCE_IN_TIME"]);
    expect(r.findings[0]?.evidence["complaint.acceptanceLastDay"]).toBe("2024-10-08");
    expect(r.findings[0]?.evidence["complaint.acceptanceWorkingDaysLate"]).toBe(1);
  });
  it("flags a complaint never accepted once the period is over", () => {
    const r = validateComplaint(complaint({ stages: [{ stage: "received", on: "2024-09-27" }] }), { asOf: "2024-10-10" });
    expect(ids(r)).toEqual(["COMPLAINT_ACCEPTANCE_IN_TIME"]);
    expect(r.findings[0]?.message.zh).toContain("截至 2024-10-10 尚未受理");
  });
  it("flags a decision after 30 working days of acceptance (COMPLAINT_DECIDED_IN_TIME)", () => {
    const stages = [
      { stage: "received", on: "2024-09-27" },
      { stage: "accepted", on: "2024-09-30" },
      { stage: "decided", on: "2024-11-18" },
      { stage: "published", on: "2024-11-21" },
    ] satisfies ComplaintIn["stages"];
    const r = validateComplaint(complaint({ stages }), { asOf: "2024-12-31" });
    expect(ids(r)).toEqual(["COMPLAINT_DECIDED_IN_TIME"]);
    // Accepted Monday 09-30: the 30 working days are 10-08…10-12 (Saturday 10-12 a make-up workday), then four
    // full weeks and 11-11…11-15.
    expect(r.findings[0]?.evidence["complaint.decisionLastDay"]).toBe("2024-11-15");
  });
  it("notes a complaint filed more than 10 days after knowing (COMPLAINT_FILED_IN_TIME, info)", () => {
    const r = validateComplaint(complaint({ knownOn: "2024-09-10" }), { asOf: "2024-12-31" });
    expect(ids(r)).toEqual(["COMPLAINT_FILED_IN_TIME"]);
    expect(r.findings[0]?.severity).toBe("info");
    expect(r.ok).toBe(true);
    expect(r.findings[0]?.evidence["complaint.filingLastDay"]).toBe("2024-09-20");
  });
  it("accepts a complaint filed on the 10th day", () => {
    expect(ids(validateComplaint(complaint({ knownOn: "2024-09-17" }), { asOf: "2024-12-31" }))).toEqual([]);
  });
});
