import { describe, expect, it } from "vitest";
import { validateAward, validateProject } from "../../../src/rules/index";
import { evaluation, ids, projectInput } from "../fixtures";
import type { AwardIn, EvaluationIn, ProjectIn } from "../fixtures";

/*
 * 招标投标法实施条例 arts. 22 and 54 para. 2: "作出答复前，应当暂停招标投标活动". The record holds days, not the order
 * of acts within a day: a step on the objection's day or on the answer's day is not judged, the day before the answer
 * is the last day a step is a finding.
 */

describe("实施条例 art. 54 para. 2: no winner, notice or contract before an objection to the result is answered", () => {
  const RULE = "RESULT_OBJECTION_ANSWERED_BEFORE_AWARD";
  // The fixture's evaluation publishes the candidates from 05-13 to 05-15 (its committee left out: not judged here).
  const objected = (filedOn: string, answeredOn?: string, over: Partial<EvaluationIn> = {}) =>
    evaluation({ committee: [], ratings: [], resultObjections: [{ id: "RO1", filedOn, ...(answeredOn ? { answeredOn } : {}) }], ...over });
  const award = (over: Partial<AwardIn> = {}): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", status: "active", ...over });
  const run = (ev: EvaluationIn, aw: AwardIn, opts: { asOf?: string; project?: Partial<ProjectIn>; signedOn?: string } = {}) =>
    validateProject(
      {
        project: projectInput(opts.project),
        evaluations: [ev],
        awards: [aw],
        ...(opts.signedOn ? { contracts: [{ id: "C1", projectId: "P1", awardId: "AW1", signedOn: opts.signedOn }] } : {}),
      },
      opts.asOf !== undefined ? { asOf: opts.asOf } : {},
    );
  const fired = (r: ReturnType<typeof run>) => ids(r).filter((id) => id === RULE);
  const finding = (r: ReturnType<typeof run>) => r.findings.find((f) => f.ruleId === RULE);

  it("received Tue 05-14, answered Thu 05-16: a winner determined on 05-17 passes, on the answer's day is not judged, on 05-15 is a finding", () => {
    expect(fired(run(objected("2024-05-14", "2024-05-16"), award({ decidedOn: "2024-05-17", noticeOn: "2024-05-17" })))).toEqual([]);
    expect(fired(run(objected("2024-05-14", "2024-05-16"), award({ decidedOn: "2024-05-16", noticeOn: "2024-05-16" })))).toEqual([]);
    const r = run(objected("2024-05-14", "2024-05-16"), award({ decidedOn: "2024-05-15", noticeOn: "2024-05-17" }));
    expect(fired(r)).toEqual([RULE]);
    expect(finding(r)?.severity).toBe("error");
    expect(finding(r)?.evidence).toMatchObject({
      "awardTimeline.pendingObjectionId": "RO1",
      "awardTimeline.pendingObjectionFiledOn": "2024-05-14",
      "awardTimeline.pendingObjectionAnsweredOn": "2024-05-16",
      "awardTimeline.actBeforeAnswerOn": "2024-05-15",
      "awardTimeline.actBeforeAnswerEn": "the winner was determined",
    });
    expect(finding(r)?.message.zh).toContain("却已于 2024-05-15 定标");
  });
  it("names the first step taken before the answer: the notice, or the contract", () => {
    // Decided on the objection's day (order unknown, not judged), notice the day after.
    const notice = run(objected("2024-05-14", "2024-05-20"), award({ decidedOn: "2024-05-14", noticeOn: "2024-05-15" }));
    expect(finding(notice)?.evidence["awardTimeline.actBeforeAnswerEn"]).toBe("the award notice was issued");
    const contract = run(objected("2024-05-14", "2024-05-30"), award({ decidedOn: "2024-05-14", noticeOn: "2024-05-14" }), { signedOn: "2024-05-20" });
    expect(finding(contract)?.evidence["awardTimeline.actBeforeAnswerOn"]).toBe("2024-05-20");
    expect(finding(contract)?.message.zh).toContain("签订合同");
  });
  it("an objection with no answer on record: a step before asOf is a finding; without asOf nothing is judged", () => {
    const r = run(objected("2024-05-14"), award({ decidedOn: "2024-05-20" }), { asOf: "2024-06-30" });
    expect(fired(r)).toEqual([RULE]);
    expect(finding(r)?.evidence["awardTimeline.pendingObjectionAnsweredOn"]).toBe("— (2024-06-30)");
    expect(fired(run(objected("2024-05-14"), award({ decidedOn: "2024-05-20" }), { asOf: "2024-05-20" }))).toEqual([]);
    expect(fired(run(objected("2024-05-14"), award({ decidedOn: "2024-05-20" })))).toEqual([]);
  });
  it("a step before the objection is not this paragraph's breach", () => {
    expect(fired(run(objected("2024-05-15", "2024-05-20"), award({ decidedOn: "2024-05-14" })))).toEqual([]);
  });
  it("counts only objections filed during the publication (05-13 to 05-15), as RESULT_OBJECTION_ANSWERED_IN_3_DAYS does", () => {
    expect(fired(run(objected("2024-05-15", "2024-05-30"), award({ decidedOn: "2024-05-20" })))).toEqual([RULE]);
    expect(fired(run(objected("2024-05-16", "2024-05-30"), award({ decidedOn: "2024-05-20" })))).toEqual([]);
    expect(fired(run(objected("2024-05-12", "2024-05-30"), award({ decidedOn: "2024-05-20" })))).toEqual([]);
    expect(fired(run(objected("2024-05-14", "2024-05-30", { candidatePublication: undefined }), award({ decidedOn: "2024-05-20" })))).toEqual([]);
  });
  it("an award waits for the objections of its own lot's evaluations (one without a lot matches any), not of cancelled ones", () => {
    const ev = objected("2024-05-14", "2024-05-30", { lotId: "L1" });
    expect(fired(run(ev, award({ lotId: "L1", decidedOn: "2024-05-20" })))).toEqual([RULE]);
    expect(fired(run(ev, award({ lotId: "L2", decidedOn: "2024-05-20" })))).toEqual([]);
    expect(fired(run(ev, award({ decidedOn: "2024-05-20" })))).toEqual([RULE]);
    expect(fired(run({ ...ev, status: "cancelled" }, award({ lotId: "L1", decidedOn: "2024-05-20" })))).toEqual([]);
  });
  it("is judged by validateProject only: validateAward has no evaluation", () => {
    expect(ids(validateAward({ project: projectInput(), award: award({ decidedOn: "2024-05-15" }) }, { asOf: "2024-06-30" })).filter((id) => id === RULE)).toEqual([]);
  });
  it("judges neither government procurement (challenges instead) nor an award before 2012-02-01", () => {
    const gp = run(objected("2024-05-14", "2024-05-30"), award({ decidedOn: "2024-05-20" }), {
      project: { regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: "competitiveConsultation" },
    });
    expect(fired(gp)).toEqual([]);
    expect(gp.skipped).toContainEqual({ ruleId: RULE, reason: "outOfScope" });
    const old = evaluation({
      committee: [],
      ratings: [],
      startedAt: "2012-01-10T09:00:00",
      endedAt: "2012-01-10T17:00:00",
      reportOn: "2012-01-11",
      candidatePublication: { startOn: "2012-01-12", endOn: "2012-01-14" },
      resultObjections: [{ id: "RO1", filedOn: "2012-01-12", answeredOn: "2012-01-30" }],
    });
    const before = run(old, award({ decidedOn: "2012-01-20", noticeOn: "2012-01-20" }), { asOf: "2012-06-30" });
    expect(fired(before)).toEqual([]);
    expect(before.skipped).toContainEqual({ ruleId: RULE, reason: "notYetEffective" });
  });
});

describe("实施条例 art. 22: the bid deadline not held before an objection to the documents is answered", () => {
  const RULE = "OBJECTION_ANSWERED_BEFORE_DEADLINE";
  const deadline = { bidDeadline: "2024-04-01T09:00:00" };
  const objected = (filedOn: string, answeredOn?: string, over: Partial<ProjectIn> = {}) =>
    projectInput({ dates: deadline, documentObjections: [{ id: "O1", filedOn, ...(answeredOn ? { answeredOn } : {}) }], ...over });
  const run = (p: ProjectIn, asOf?: string) => validateProject({ project: p }, asOf !== undefined ? { asOf } : {});
  const fired = (r: ReturnType<typeof run>) => ids(r).filter((id) => id === RULE);

  it("received 03-20, deadline 04-01: answered 03-31 passes, on the deadline's day is not judged, 04-02 is a finding", () => {
    expect(fired(run(objected("2024-03-20", "2024-03-31"), "2024-12-31"))).toEqual([]);
    expect(fired(run(objected("2024-03-20", "2024-04-01"), "2024-12-31"))).toEqual([]);
    const r = run(objected("2024-03-20", "2024-04-02"), "2024-12-31");
    expect(fired(r)).toEqual([RULE]);
    const f = r.findings.find((x) => x.ruleId === RULE);
    expect(f?.severity).toBe("error");
    expect(f?.evidence).toMatchObject({ "timeline.pendingObjectionId": "O1", "timeline.pendingObjectionAnsweredOn": "2024-04-02", "timeline.bidDeadlineDay": "2024-04-01" });
    expect(f?.message.zh).toContain("投标却已于 2024-04-01 截止");
  });
  it("counts only an objection raised in time: 10 days before the deadline (03-22) obliges, 9 days (03-23) does not", () => {
    expect(fired(run(objected("2024-03-22", "2024-04-05"), "2024-12-31"))).toEqual([RULE]);
    const late = run(objected("2024-03-23", "2024-04-05"), "2024-12-31");
    expect(fired(late)).toEqual([]);
    expect(ids(late)).toContain("OBJECTION_TO_DOCUMENTS_IN_TIME");
  });
  it("an objection with no answer on record: a deadline before asOf is a finding; without asOf, or asOf on the deadline's day, nothing is judged", () => {
    const r = run(objected("2024-03-20"), "2024-12-31");
    expect(fired(r)).toEqual([RULE]);
    expect(r.findings.find((x) => x.ruleId === RULE)?.evidence["timeline.pendingObjectionAnsweredOn"]).toBe("— (2024-12-31)");
    expect(fired(run(objected("2024-03-20"), "2024-04-01"))).toEqual([]);
    expect(fired(run(objected("2024-03-20")))).toEqual([]);
  });
  it("reports the first of several by id, whatever their order", () => {
    const p = projectInput({ dates: deadline, documentObjections: [{ id: "O2", filedOn: "2024-03-15", answeredOn: "2024-04-03" }, { id: "O1", filedOn: "2024-03-20", answeredOn: "2024-04-05" }] });
    expect(run(p, "2024-12-31").findings.find((x) => x.ruleId === RULE)?.evidence["timeline.pendingObjectionId"]).toBe("O1");
  });
  it("judges neither government procurement (challenges instead) nor a deadline before 2012-02-01", () => {
    const gp = run(objected("2024-03-20", "2024-04-05", { regime: "governmentProcurement", category: "governmentProcurement" }), "2024-12-31");
    expect(fired(gp)).toEqual([]);
    expect(gp.skipped).toContainEqual({ ruleId: RULE, reason: "outOfScope" });
    const before = run(projectInput({ dates: { publishedOn: "2011-12-01", bidDeadline: "2012-01-10T09:00:00" }, documentObjections: [{ id: "O1", filedOn: "2011-12-20", answeredOn: "2012-01-15" }] }), "2012-06-30");
    expect(fired(before)).toEqual([]);
    expect(before.skipped).toContainEqual({ ruleId: RULE, reason: "notYetEffective" });
  });
});
