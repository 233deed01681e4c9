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
  it("an award waits for the objections of its own lot's evaluations (one without a lot matches any)", () => {
    const ev = objected("2024-05-14", "2024-05-30", { lotId: "L1" });
    expect(fired(run(ev, award({ lotId: "L1", decidedOn: "2024-05-20" })))).toEqual([RULE]);
    expect(fired(run(ev, award({ lotId: "L2", decidedOn: "2024-05-20" })))).toEqual([]);
    expect(fired(run(ev, award({ decidedOn: "2024-05-20" })))).toEqual([RULE]);
  });
  it("an evaluation cancelled after the award (the objection upheld, the result redone) does not erase the award's breach", () => {
    const upheld = objected("2024-05-14", "2024-05-30", { status: "cancelled" });
    const r = run(upheld, award({ decidedOn: "2024-05-20", noticeOn: "2024-05-20" }));
    expect(fired(r)).toEqual([RULE]);
    expect(finding(r)?.evidence["awardTimeline.actBeforeAnswerOn"]).toBe("2024-05-20");
  });

  describe("a re-tender recorded in the same project: each award waits for the objections of its own round", () => {
    // Round 1 (EV1): candidates published 03-13 to 03-15, an objection received 03-14 and never answered; its award
    // (AW1) determined 03-20, later cancelled. Round 2 (EV2): evaluated 05-10, published 05-13 to 05-15; AW2 on 05-20.
    const round1 = objected("2024-03-14", undefined, {
      id: "EV1",
      status: "cancelled",
      startedAt: "2024-03-10T09:00:00",
      endedAt: "2024-03-10T17:00:00",
      reportOn: "2024-03-11",
      candidatePublication: { startOn: "2024-03-13", endOn: "2024-03-15" },
      disclosures: [],
    });
    const round2 = (resultObjections: EvaluationIn["resultObjections"] = []) => evaluation({ id: "EV2", committee: [], ratings: [], resultObjections });
    const aw1 = award({ id: "AW1", decidedOn: "2024-03-20", status: "cancelled" });
    const aw2 = award({ id: "AW2", decidedOn: "2024-05-20", noticeOn: "2024-05-20" });
    const check = (evaluations: EvaluationIn[], awards: AwardIn[]) =>
      validateProject({ project: projectInput(), evaluations, awards }, { asOf: "2024-08-01" }).findings.filter((f) => f.ruleId === RULE);

    it("round 1's unanswered objection does not accuse round 2's award, whether round 1's evaluation is cancelled or not", () => {
      for (const status of ["cancelled", "finished"] as const) {
        expect(check([{ ...round1, status }, round2()], [aw2]), status).toEqual([]);
        // The same objection with no second round on record: the award of 05-20 went on without an answer.
        expect(check([{ ...round1, status }], [aw2]).map((f) => f.evidence["awardTimeline.awardId"]), status).toEqual(["AW2"]);
      }
    });
    it("a second round whose publication is not on record, begun after round 1's and before the award, still supersedes round 1", () => {
      const unpublished = { ...round2(), candidatePublication: undefined, startedAt: "2024-05-10T09:00:00" };
      expect(check([round1, unpublished], [aw2])).toEqual([]);
      // Begun after the award's first step, it is not the award's round: round 1's objection still binds AW2.
      expect(check([round1, { ...unpublished, startedAt: "2024-05-21T09:00:00" }], [aw2]).map((f) => f.evidence["awardTimeline.pendingObjectionId"])).toEqual(["RO1"]);
    });
    it("round 2's own objection does, and round 1's award answers for round 1's", () => {
      const found = check([round1, round2([{ id: "RO2", filedOn: "2024-05-14", answeredOn: "2024-05-25" }])], [aw1, aw2]);
      expect(found.map((f) => [f.evidence["awardTimeline.awardId"], f.evidence["awardTimeline.pendingObjectionId"]])).toEqual([
        ["AW1", "RO1"],
        ["AW2", "RO2"],
      ]);
    });
    it("a round whose publication started after the award's first step is not that award's round", () => {
      // AW1 determined 03-20, before round 2's publication (05-13): round 2's objection is not AW1's, even though AW1's
      // contract (05-20) came after it.
      const found = validateProject(
        {
          project: projectInput(),
          evaluations: [{ ...round1, resultObjections: [] }, round2([{ id: "RO2", filedOn: "2024-05-14", answeredOn: "2024-05-25" }])],
          awards: [award({ id: "AW1", decidedOn: "2024-03-20" })],
          contracts: [{ id: "C1", projectId: "P1", awardId: "AW1", signedOn: "2024-05-20" }],
        },
        { asOf: "2024-08-01" },
      );
      expect(ids(found).filter((id) => id === RULE)).toEqual([]);
    });
  });

  describe("validateAward judges it when given the project's evaluations, as validateProject does", () => {
    const input = { project: projectInput(), award: award({ decidedOn: "2024-05-15", noticeOn: "2024-05-15" }) };
    it("with the evaluations: the same finding as validateProject", () => {
      const ev = objected("2024-05-14", "2024-05-16");
      const viaAward = validateAward({ ...input, evaluations: [ev] }, { asOf: "2024-06-30" }).findings.filter((f) => f.ruleId === RULE);
      const viaProject = validateProject({ project: input.project, evaluations: [ev], awards: [input.award] }, { asOf: "2024-06-30" }).findings.filter((f) => f.ruleId === RULE);
      expect(viaAward.map((f) => f.evidence)).toEqual(viaProject.map((f) => f.evidence));
      expect(viaAward.map((f) => f.evidence["awardTimeline.actBeforeAnswerOn"])).toEqual(["2024-05-15"]);
      // Answered on 05-15, the day of the award: not judged.
      expect(ids(validateAward({ ...input, evaluations: [objected("2024-05-14", "2024-05-15")] }, { asOf: "2024-06-30" })).filter((id) => id === RULE)).toEqual([]);
    });
    it("without them: nothing is known of the objections, so the rule is not judged (skipped, noData), never passed", () => {
      const r = validateAward(input, { asOf: "2024-06-30" });
      expect(r.evaluated).not.toContain(RULE);
      expect(r.skipped).toContainEqual({ ruleId: RULE, reason: "noData", missing: ["evaluations"] });
    });
    it("with evaluations: [] the platform says there were none: judged, and no objection means no finding", () => {
      const r = validateAward({ ...input, evaluations: [] }, { asOf: "2024-06-30" });
      expect(r.evaluated).toContain(RULE);
      expect(r.skipped.map((s) => s.ruleId)).not.toContain(RULE);
      expect(ids(r).filter((id) => id === RULE)).toEqual([]);
    });
  });

  describe("a publication cut short does not cut off the objection: counted to the later of its end and its third day", () => {
    // Published on 05-13 only (CANDIDATES_PUBLISHED_LONG_ENOUGH fires); an objection on 05-15, the third day, still
    // counts for both art. 54 rules; one on 05-16 does not.
    const cut = (filedOn: string) => objected(filedOn, "2024-05-25", { candidatePublication: { startOn: "2024-05-13", endOn: "2024-05-13" } });
    const both = (r: ReturnType<typeof run>) => ids(r).filter((id) => id === RULE || id === "RESULT_OBJECTION_ANSWERED_IN_3_DAYS").sort();
    it("filed 05-15, answered 05-25 (last day Mon 05-20), winner determined 05-20: both rules fire", () => {
      const r = run(cut("2024-05-15"), award({ decidedOn: "2024-05-20", noticeOn: "2024-05-20" }), { asOf: "2024-08-01" });
      expect(both(r)).toEqual([RULE, "RESULT_OBJECTION_ANSWERED_IN_3_DAYS"]);
      expect(ids(r)).toContain("CANDIDATES_PUBLISHED_LONG_ENOUGH");
      expect(r.findings.find((f) => f.ruleId === "RESULT_OBJECTION_ANSWERED_IN_3_DAYS")?.evidence["evaluation.resultObjectionLastDay"]).toBe("2024-05-20");
    });
    it("filed 05-16, past the third day: neither", () => {
      expect(both(run(cut("2024-05-16"), award({ decidedOn: "2024-05-20", noticeOn: "2024-05-20" }), { asOf: "2024-08-01" }))).toEqual([]);
    });
    it("a publication longer than the minimum counts to its recorded end (05-17)", () => {
      const long = objected("2024-05-17", "2024-05-25", { candidatePublication: { startOn: "2024-05-13", endOn: "2024-05-17" } });
      expect(both(run(long, award({ decidedOn: "2024-05-20", noticeOn: "2024-05-20" }), { asOf: "2024-08-01" }))).toEqual([RULE, "RESULT_OBJECTION_ANSWERED_IN_3_DAYS"]);
      expect(both(run({ ...long, resultObjections: [{ id: "RO1", filedOn: "2024-05-18", answeredOn: "2024-05-25" }] }, award({ decidedOn: "2024-05-20" }), { asOf: "2024-08-01" }))).toEqual([]);
    });
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
  it("a separate duty from OBJECTION_ANSWERED_IN_3_DAYS: answered in time over the Spring Festival, the deadline held before the answer fires alone", () => {
    // Received Wed 2024-02-07; the 3 days end Sat 02-10, a holiday, so the answer is due Sun 02-18 (a working day
    // that year). The deadline of Sat 02-17 (10 days after the objection: raised in time) came before it.
    const r = run(projectInput({ dates: { publishedOn: "2024-01-10", bidDeadline: "2024-02-17T09:00:00" }, documentObjections: [{ id: "O1", filedOn: "2024-02-07", answeredOn: "2024-02-18" }] }), "2024-12-31");
    expect(ids(r).filter((id) => id === RULE || id === "OBJECTION_ANSWERED_IN_3_DAYS")).toEqual([RULE]);
    // Answered late (the Monday after), both fire.
    const late = run(projectInput({ dates: { publishedOn: "2024-01-10", bidDeadline: "2024-02-17T09:00:00" }, documentObjections: [{ id: "O1", filedOn: "2024-02-07", answeredOn: "2024-02-19" }] }), "2024-12-31");
    expect(ids(late).filter((id) => id === RULE || id === "OBJECTION_ANSWERED_IN_3_DAYS").sort()).toEqual([RULE, "OBJECTION_ANSWERED_IN_3_DAYS"]);
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
