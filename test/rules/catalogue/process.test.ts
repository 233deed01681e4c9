import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, addWorkingDays } from "../../../src/calendar/index";
import { validateEvaluation, validateProject } from "../../../src/rules/index";
import { evaluation, ids, projectInput } from "../fixtures";

const blind = (over: Record<string, unknown> = {}) => ({
  codes: [
    { bidId: "BID1", code: "K7" },
    { bidId: "BID2", code: "Q2" },
    { bidId: "BID3", code: "M5" },
  ],
  orders: [
    { expertId: "E1", codes: ["K7", "Q2", "M5"] },
    { expertId: "E2", codes: ["Q2", "M5", "K7"] },
    { expertId: "E3", codes: ["M5", "K7", "Q2"] },
    { expertId: "E4", codes: ["K7", "M5", "Q2"] },
    { expertId: "E5", codes: ["Q2", "K7", "M5"] },
  ],
  drawRecordRef: "draw:EV1:blind",
  sealedUntil: "2024-05-10T17:30:00",
  ...over,
});
const check = (evaluationOver: Record<string, unknown> = {}, projectOver: Record<string, unknown> = {}, asOf = "2024-06-30") =>
  validateEvaluation({ project: projectInput(projectOver), evaluation: evaluation(evaluationOver) }, { asOf });

describe("LC80-6.1 fully electronic, blind dislocated review", () => {
  it("flags a paper or dual-track project (FULLY_ELECTRONIC)", () => {
    const r = validateProject({ project: projectInput({ electronic: false }) });
    expect(ids(r)).toEqual(["FULLY_ELECTRONIC"]);
    expect(r.findings[0]?.severity).toBe("warning");
  });
  it("accepts an electronic project", () => {
    expect(ids(validateProject({ project: projectInput() }))).toEqual([]);
  });
  it("accepts distinct full orders per reviewer from a draw record, sealed past the end", () => {
    expect(ids(check({ blindReview: blind() }))).toEqual([]);
  });
  it("lists every problem of a bad assignment (BLIND_REVIEW_ASSIGNMENT_VALID)", () => {
    const orders = [
      { expertId: "E1", codes: ["K7", "Q2", "M5"] },
      { expertId: "E2", codes: ["K7", "Q2", "M5"] },
      { expertId: "E3", codes: ["K7", "Q2"] },
      { expertId: "E4", codes: ["K7", "Q2", "M5"] },
    ];
    const r = check({ blindReview: blind({ orders, sealedUntil: "2024-05-10T12:00:00", drawRecordRef: undefined }) });
    const f = r.findings.find((x) => x.ruleId === "BLIND_REVIEW_ASSIGNMENT_VALID");
    expect(f?.message.en).toContain("the order of E3 is not a permutation of all codes");
    expect(f?.message.en).toContain("expert E5 has no review order");
    expect(f?.message.en).toContain("not dislocated");
    expect(f?.message.en).toContain("no verifiable draw record");
    expect(f?.message.en).toContain("sealed only until 2024-05-10T12:00:00");
    expect(f?.evidence["evaluation.blindReviewProblemCount"]).toBe(5);
  });
  it("flags a code used for two bids", () => {
    const codes = [{ bidId: "BID1", code: "K7" }, { bidId: "BID2", code: "K7" }];
    expect(ids(check({ blindReview: blind({ codes }) }))).toContain("BLIND_REVIEW_ASSIGNMENT_VALID");
  });
});

describe("LC80-6.3 social supervisors on major projects", () => {
  it("flags a major project evaluated without a social supervisor (SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS)", () => {
    const r = check({}, { budgetYuan: 80_000_000 });
    expect(ids(r)).toEqual(["SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS"]);
    expect(r.findings[0]?.message.en).toContain("had 0 social supervisor(s) attending throughout; 1–2 required");
  });
  it("flags three supervisors as more than the 1–2 the directive names", () => {
    const s = [{ supervisorId: "S1" }, { supervisorId: "S2" }, { supervisorId: "S3" }];
    expect(ids(check({ socialSupervisors: s }, { publicImpact: true }))).toEqual(["SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS"]);
  });
  it("accepts one supervisor who attended throughout; does not count one who left", () => {
    expect(ids(check({ socialSupervisors: [{ supervisorId: "S1" }] }, { major: true }))).toEqual([]);
    expect(ids(check({ socialSupervisors: [{ supervisorId: "S1", wholeEvaluation: false }] }, { major: true }))).toEqual([
      "SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS",
    ]);
  });
  it("asks nothing of an ordinary project", () => {
    expect(ids(check({}, { budgetYuan: 3_000_000 }))).toEqual([]);
  });
});

describe("LC80-6.4 names and total scores disclosed within the statutory period", () => {
  it("accepts publication two days after the report", () => {
    expect(ids(check())).toEqual([]);
  });
  it("flags publication after the last day and shows it (EVALUATION_DISCLOSED_IN_TIME)", () => {
    // Report 2024-05-11 (Saturday, a make-up workday); + 3 days = 2024-05-14, a Tuesday.
    const disclosures = [{ channel: "website", contents: ["expertNames", "totalScores", "expertRatings"], publishedOn: "2024-05-16" }];
    const r = check({ disclosures });
    expect(ids(r)).toEqual(["EVALUATION_DISCLOSED_IN_TIME"]);
    expect(r.findings[0]?.evidence["evaluation.disclosureLastDay"]).toBe("2024-05-14");
    expect(r.findings[0]?.evidence["evaluation.disclosureDaysLate"]).toBe(2);
  });
  it("counts names on the website only when the scores are there too", () => {
    const disclosures = [
      { channel: "website", contents: ["expertNames", "expertRatings"], publishedOn: "2024-05-12" },
      { channel: "screen", contents: ["totalScores"], publishedOn: "2024-05-11" },
    ];
    expect(ids(check({ disclosures }))).toEqual(["EVALUATION_DISCLOSED_IN_TIME"]);
  });
});

describe("LC80-6.4 under government procurement: the names go out with the result (政府采购法实施条例 art. 43)", () => {
  // A consultation (GP): no candidates are published; the purchaser has 5 working days from the report to pick the
  // winner (87号令 art. 68 / 实施条例 art. 43), then 2 to announce the result with the experts' names.
  const gpProject = { regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: "competitiveConsultation" };
  const gpCheck = (publishedOn: string) =>
    check(
      {
        reportOn: "2024-05-13", // Monday; + 7 working days = 2024-05-22 (Wednesday)
        candidatePublication: undefined,
        disclosures: [
          { channel: "website", contents: ["expertNames", "totalScores"], publishedOn },
          { channel: "website", contents: ["expertRatings"], publishedOn: "2024-05-15" },
        ],
      },
      gpProject,
    );
  it("accepts the names with a result announced on the seventh working day after the report (boundary)", () => {
    expect(ids(gpCheck("2024-05-22"))).toEqual([]);
  });
  it("flags them a day later, and says which period it counted", () => {
    const r = gpCheck("2024-05-23");
    expect(ids(r)).toEqual(["EVALUATION_DISCLOSED_IN_TIME"]);
    expect(r.findings[0]?.evidence["evaluation.disclosureLastDay"]).toBe("2024-05-22");
    expect(r.findings[0]?.evidence["evaluation.disclosureDaysLate"]).toBe(1);
    expect(String(r.findings[0]?.evidence["evaluation.disclosurePeriodEn"])).toContain("GP regulation art. 43");
  });
  it("counts working days: over a weekend the last day moves, lateness is in calendar days", () => {
    // Report Friday 2024-05-17: 7 working days → Tuesday 2024-05-28; published Thursday 05-30 is 2 days late.
    const r = check({ reportOn: "2024-05-17", candidatePublication: undefined, disclosures: [{ channel: "website", contents: ["expertNames", "totalScores", "expertRatings"], publishedOn: "2024-05-30" }] }, gpProject);
    expect(r.findings.find((f) => f.ruleId === "EVALUATION_DISCLOSED_IN_TIME")?.evidence["evaluation.disclosureLastDay"]).toBe("2024-05-28");
    expect(r.findings.find((f) => f.ruleId === "EVALUATION_DISCLOSED_IN_TIME")?.evidence["evaluation.disclosureDaysLate"]).toBe(2);
  });
  it("still holds a tender under 招标投标法 to 3 days from the report", () => {
    const r = check({ reportOn: "2024-05-13", disclosures: [{ channel: "website", contents: ["expertNames", "totalScores", "expertRatings"], publishedOn: "2024-05-17" }] });
    expect(ids(r)).toEqual(["EVALUATION_DISCLOSED_IN_TIME"]);
    expect(r.findings[0]?.evidence["evaluation.disclosureLastDay"]).toBe("2024-05-16");
  });
});

describe("LC80-6.4 under government procurement, for any report day (property)", () => {
  it("names published on the 7th working day after the report pass; the next calendar day fails", () => {
    const gpProject = { regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: "inquiry" };
    const day = fc.integer({ min: 0, max: 6 * 365 }).map((n) => addCalendarDays("2019-01-01", n));
    fc.assert(
      fc.property(day, (reportOn) => {
        const last = addWorkingDays(reportOn, 7);
        const run = (publishedOn: string) =>
          check({ reportOn, candidatePublication: undefined, disclosures: [{ channel: "website", contents: ["expertNames", "totalScores"], publishedOn }] }, gpProject, "2026-06-30").findings.filter(
            (f) => f.ruleId === "EVALUATION_DISCLOSED_IN_TIME",
          );
        expect(run(last)).toEqual([]);
        const late = run(addCalendarDays(last, 1));
        expect(late.map((f) => f.evidence["evaluation.disclosureLastDay"])).toEqual([last]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("实施条例 art. 54 para. 2: an objection to the evaluation result answered within 3 days of receipt", () => {
  const objection = (filedOn: string, answeredOn?: string, candidatePublication?: { startOn: string; endOn: string }) => ({
    resultObjections: [{ id: "RO1", filedOn, ...(answeredOn ? { answeredOn } : {}) }],
    ...(candidatePublication ? { candidatePublication } : {}),
  });
  const late = (r: { findings: ReadonlyArray<{ ruleId: string }> }) => ids(r).filter((id) => id === "RESULT_OBJECTION_ANSWERED_IN_3_DAYS");
  it("received Mon 05-13, during the publication: answered Thu 05-16 (the third day) in time, Fri 05-17 late", () => {
    expect(late(check(objection("2024-05-13", "2024-05-16")))).toEqual([]);
    expect(late(check(objection("2024-05-13", "2024-05-17")))).toEqual(["RESULT_OBJECTION_ANSWERED_IN_3_DAYS"]);
  });
  it("a third day on Saturday moves to Monday (民法典 art. 203): received Wed 03-13, answered Mon 03-18 in time, Tue 03-19 late", () => {
    const publication = { startOn: "2024-03-12", endOn: "2024-03-14" };
    expect(late(check(objection("2024-03-13", "2024-03-18", publication)))).toEqual([]);
    const r = check(objection("2024-03-13", "2024-03-19", publication));
    expect(late(r)).toEqual(["RESULT_OBJECTION_ANSWERED_IN_3_DAYS"]);
    const f = r.findings.find((x) => x.ruleId === "RESULT_OBJECTION_ANSWERED_IN_3_DAYS");
    expect(f?.evidence["evaluation.resultObjectionLastDay"]).toBe("2024-03-18");
    expect(f?.evidence["evaluation.resultObjectionDaysLate"]).toBe(1);
  });
  it("over the National Day holiday: received Sat 09-28, the third day 10-01 moves to Tue 10-08", () => {
    const publication = { startOn: "2024-09-27", endOn: "2024-09-29" };
    expect(late(check(objection("2024-09-28", "2024-10-08", publication), {}, "2024-12-31"))).toEqual([]);
    expect(late(check(objection("2024-09-28", "2024-10-09", publication), {}, "2024-12-31"))).toEqual(["RESULT_OBJECTION_ANSWERED_IN_3_DAYS"]);
  });
  it("only an objection raised during the publication (05-13 to 05-15) starts the 3 days: one on its last day counts, one the day after does not", () => {
    expect(late(check(objection("2024-05-15", "2024-05-21")))).toEqual(["RESULT_OBJECTION_ANSWERED_IN_3_DAYS"]);
    expect(late(check(objection("2024-05-16", "2024-05-30")))).toEqual([]);
    expect(late(check(objection("2024-05-12", "2024-05-30")))).toEqual([]);
    expect(late(check(objection("2024-05-16"), {}, "2024-06-30"))).toEqual([]);
  });
  it("with no publication on record no objection is judged", () => {
    expect(late(check({ ...objection("2024-05-13", "2024-05-30"), candidatePublication: undefined }))).toEqual([]);
  });
  it("an objection not answered is late once asOf is past the last day, and the latest of several is reported", () => {
    expect(late(check(objection("2024-05-13"), {}, "2024-05-16"))).toEqual([]);
    expect(late(check(objection("2024-05-13"), {}, "2024-05-17"))).toEqual(["RESULT_OBJECTION_ANSWERED_IN_3_DAYS"]);
    const two = check({ resultObjections: [{ id: "RO1", filedOn: "2024-05-13", answeredOn: "2024-05-18" }, { id: "RO2", filedOn: "2024-05-13", answeredOn: "2024-05-21" }] });
    expect(two.findings.find((x) => x.ruleId === "RESULT_OBJECTION_ANSWERED_IN_3_DAYS")?.evidence["evaluation.resultObjectionId"]).toBe("RO2");
  });
  it("judges nothing without objections on record, nor a GP evaluation (challenges instead), nor before 2012-02-01", () => {
    expect(late(check())).toEqual([]);
    const gp = check(objection("2024-05-13", "2024-05-30"), { regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: "competitiveConsultation" });
    expect(late(gp)).toEqual([]);
    expect(gp.skipped).toContainEqual({ ruleId: "RESULT_OBJECTION_ANSWERED_IN_3_DAYS", reason: "outOfScope" });
    const before = check({ startedAt: "2012-01-10T09:00:00", endedAt: "2012-01-10T17:00:00", reportOn: "2012-01-11", candidatePublication: { startOn: "2012-01-12", endOn: "2012-01-14" }, resultObjections: [{ id: "RO1", filedOn: "2012-01-12", answeredOn: "2012-01-30" }] }, {}, "2012-06-30");
    expect(late(before)).toEqual([]);
    expect(before.skipped).toContainEqual({ ruleId: "RESULT_OBJECTION_ANSWERED_IN_3_DAYS", reason: "notYetEffective" });
  });
});
