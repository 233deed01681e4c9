import { describe, expect, it } from "vitest";
import { validateAward, validateComplaint, validateProject } from "../../../src/rules/index";
import { asUnknownInput, gpComplaint, ids, projectInput } from "../fixtures";
import type { AwardIn, ComplaintIn, ContractIn, ProjectIn } from "../fixtures";

/*
 * Issue 13 item 3: the statutory timeline of both regimes. Each rule: in time on its last day (boundary), late the
 * day after, and silent under the regime it does not belong to.
 */

const gpProject = (method: ProjectIn["procurementMethod"], over: Partial<ProjectIn> = {}) =>
  projectInput({ regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: method, ...over });
const project = (p: ProjectIn) => ids(validateProject({ project: p }, { asOf: "2024-12-31" }));
const dates = (issued: string, deadline?: string, until?: string) => ({
  dates: { documentsIssuedOn: issued, ...(deadline ? { bidDeadline: `${deadline}T09:00:00` } : {}), ...(until ? { documentsAvailableUntil: until } : {}) },
});

describe("documents to bid deadline", () => {
  it("招标投标法 art. 24: 20 days from 03-01 allow a deadline on 03-21 (last day), not 03-20", () => {
    expect(project(projectInput(dates("2024-03-01", "2024-03-21")))).toEqual([]);
    const r = validateProject({ project: projectInput(dates("2024-03-01", "2024-03-20")) });
    expect(ids(r)).toEqual(["BID_PERIOD_AT_LEAST_20_DAYS"]);
    expect(r.findings[0]?.evidence["timeline.bidPeriodDays"]).toBe(19);
  });
  it("政府采购法 art. 35: the same for a GP tender, and not the tendering rule", () => {
    expect(project(gpProject("open", dates("2024-03-01", "2024-03-21")))).toEqual([]);
    expect(project(gpProject("open", dates("2024-03-01", "2024-03-20")))).toEqual(["GP_BID_PERIOD_AT_LEAST_20_DAYS"]);
  });
  it("74号令: 3 working days for an inquiry (03-04 Mon → 03-07 Thu), not 20 days", () => {
    expect(project(gpProject("inquiry", dates("2024-03-04", "2024-03-07")))).toEqual([]);
    expect(project(gpProject("inquiry", dates("2024-03-04", "2024-03-06")))).toEqual(["GP_NEGOTIATION_RESPONSE_PERIOD"]);
  });
  it("74号令: a weekend does not count (Fri 03-08 → Tue 03-12 is 2 working days)", () => {
    expect(project(gpProject("competitiveNegotiation", dates("2024-03-08", "2024-03-12")))).toEqual(["GP_NEGOTIATION_RESPONSE_PERIOD"]);
    expect(project(gpProject("competitiveNegotiation", dates("2024-03-08", "2024-03-13")))).toEqual([]);
  });
  it("214号 art. 10: 10 days for a consultation", () => {
    expect(project(gpProject("competitiveConsultation", dates("2024-03-01", "2024-03-11")))).toEqual([]);
    expect(project(gpProject("competitiveConsultation", dates("2024-03-01", "2024-03-10")))).toEqual(["GP_CONSULTATION_RESPONSE_PERIOD"]);
  });
  it("asks nothing of a single-source procedure", () => {
    expect(project(gpProject("direct", dates("2024-03-01", "2024-03-02")))).toEqual([]);
  });
});

describe("documents on sale", () => {
  it("实施条例 art. 16: five days, 03-01 to 03-05 (both counted)", () => {
    expect(project(projectInput(dates("2024-03-01", undefined, "2024-03-05")))).toEqual([]);
    expect(project(projectInput(dates("2024-03-01", undefined, "2024-03-04")))).toEqual(["DOCUMENTS_ON_SALE_5_DAYS"]);
  });
  it("87号令 art. 18: five working days for a GP tender, Mon 03-04 to Fri 03-08", () => {
    expect(project(gpProject("open", dates("2024-03-04", undefined, "2024-03-08")))).toEqual([]);
    expect(project(gpProject("open", dates("2024-03-04", undefined, "2024-03-10")))).toEqual([]); // the weekend adds nothing
    expect(project(gpProject("open", dates("2024-03-04", undefined, "2024-03-07")))).toEqual(["GP_DOCUMENTS_PROVIDED_5_WORKING_DAYS"]);
  });
  it("87号令 art. 18 counts from the notice's publication, not from the first day the documents were handed out", () => {
    // Notice Mon 03-04, documents from Tue 03-05: until Fri 03-08 is 5 working days from the notice (boundary), Thu 03-07 is 4.
    const gpDates = (until: string) => ({ dates: { publishedOn: "2024-03-04", documentsIssuedOn: "2024-03-05", documentsAvailableUntil: until } });
    expect(project(gpProject("open", gpDates("2024-03-08")))).toEqual([]);
    const r = validateProject({ project: gpProject("open", gpDates("2024-03-07")) }, { asOf: "2024-12-31" });
    expect(ids(r)).toEqual(["GP_DOCUMENTS_PROVIDED_5_WORKING_DAYS"]);
    expect(r.findings[0]?.evidence["timeline.gpSaleFrom"]).toBe("2024-03-04");
    expect(r.findings[0]?.evidence["timeline.gpSaleWorkingDays"]).toBe(4);
  });
});

describe("clarifications and objections before the deadline", () => {
  const deadline = { bidDeadline: "2024-04-01T09:00:00" };
  const clar = (issuedOn: string, affectsPreparation = true) => ({ dates: deadline, clarifications: [{ issuedOn, affectsPreparation }] });
  it("实施条例 art. 21: 15 days before the deadline (03-17), not 14 (03-18)", () => {
    expect(project(projectInput(clar("2024-03-17")))).toEqual([]);
    expect(project(projectInput(clar("2024-03-18")))).toEqual(["CLARIFICATION_15_DAYS_BEFORE_DEADLINE"]);
  });
  it("does not apply to a clarification that cannot affect the bids", () => {
    expect(project(projectInput(clar("2024-03-28", false)))).toEqual([]);
  });
  it("87号令 art. 27: the same for GP tenders, under its own rule", () => {
    expect(project(gpProject("open", clar("2024-03-18")))).toEqual(["GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE"]);
  });
  it("实施条例 art. 22: an objection 10 days before the deadline is in time, 9 days is not (info)", () => {
    const obj = (filedOn: string) => projectInput({ dates: deadline, documentObjections: [{ id: "O1", filedOn, answeredOn: filedOn }] });
    expect(project(obj("2024-03-22"))).toEqual([]);
    const r = validateProject({ project: obj("2024-03-23") });
    expect(ids(r)).toEqual(["OBJECTION_TO_DOCUMENTS_IN_TIME"]);
    expect(r.ok).toBe(true);
  });
  it("实施条例 art. 22: answered within 3 days, a last day on Saturday moved to Monday", () => {
    const obj = (filedOn: string, answeredOn: string) => projectInput({ documentObjections: [{ id: "O1", filedOn, answeredOn }] });
    expect(project(obj("2024-03-11", "2024-03-14"))).toEqual([]);
    expect(project(obj("2024-03-11", "2024-03-15"))).toEqual(["OBJECTION_ANSWERED_IN_3_DAYS"]);
    expect(project(obj("2024-03-13", "2024-03-18"))).toEqual([]); // 03-16 Saturday → Monday 03-18
    expect(project(obj("2024-03-13", "2024-03-19"))).toEqual(["OBJECTION_ANSWERED_IN_3_DAYS"]);
  });
  it("says nothing of objections under GP (challenges are judged on the complaint)", () => {
    expect(project(gpProject("open", { documentObjections: [{ id: "O1", filedOn: "2024-03-11", answeredOn: "2024-03-29" }] }))).toEqual([]);
  });
});

describe("bid bonds", () => {
  it("实施条例 art. 26: at most 2% of the estimated price — 60,000 of 3,000,000 passes, 60,001 fails", () => {
    expect(project(projectInput({ estimatedPriceYuan: 3_000_000, bidBondYuan: 60_000 }))).toEqual([]);
    expect(project(projectInput({ estimatedPriceYuan: 3_000_000, bidBondYuan: 60_001 }))).toEqual(["BID_BOND_AT_MOST_2_PERCENT"]);
  });
  it("政府采购法实施条例 art. 33: at most 2% of the budget, for every GP method", () => {
    expect(project(gpProject("inquiry", { budgetYuan: 3_000_000, bidBondYuan: 60_000 }))).toEqual([]);
    expect(project(gpProject("inquiry", { budgetYuan: 3_000_000, bidBondYuan: 60_001 }))).toEqual(["GP_BID_BOND_AT_MOST_2_PERCENT"]);
  });
  const award = (over: Partial<AwardIn> = {}): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", status: "active", noticeOn: "2024-04-25", ...over });
  const contract = { id: "C1", projectId: "P1", awardId: "AW1", signedOn: "2024-05-20" };
  it("实施条例 art. 57: returned within 5 days of the contract; 05-25 is a Saturday, so Monday 05-27 is the last day", () => {
    const check = (bondsReturnedOn: string) =>
      ids(validateAward({ project: projectInput({ bidBondYuan: 50_000 }), award: award({ bondsReturnedOn }), contract }, { asOf: "2024-12-31" }));
    expect(check("2024-05-27")).toEqual([]);
    expect(check("2024-05-28")).toEqual(["BID_BONDS_RETURNED_IN_5_DAYS"]);
  });
  it("does not ask for bonds to be returned where none were asked", () => {
    expect(ids(validateAward({ project: projectInput(), award: award(), contract }, { asOf: "2024-12-31" }))).toEqual([]);
  });
});

describe("after the award", () => {
  const contract = (over: Partial<ContractIn> = {}): ContractIn => ({ id: "C1", projectId: "P1", awardId: "AW1", signedOn: "2024-03-08", ...over });
  const award = (over: Partial<AwardIn> = {}): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", status: "active", noticeOn: "2024-03-06", ...over });
  it("招标投标法 art. 47: report within 15 days of determining the winner (03-16 Saturday → 03-18)", () => {
    const check = (supervisorReportOn?: string, asOf = "2024-12-31") =>
      ids(validateAward({ project: projectInput(), award: award({ decidedOn: "2024-03-01", ...(supervisorReportOn ? { supervisorReportOn } : {}) }), contract: contract() }, { asOf }));
    expect(check("2024-03-18")).toEqual([]);
    expect(check("2024-03-19")).toEqual(["TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS"]);
    expect(check(undefined, "2024-03-18")).toEqual([]);
    expect(check(undefined, "2024-03-19")).toEqual(["TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS"]);
  });
  it("87号令 art. 68: the winner within 5 working days of the report (Mon 03-04 → Mon 03-11)", () => {
    const check = (decidedOn: string) =>
      ids(validateAward({ project: gpProject("open"), award: award({ reportReceivedOn: "2024-03-04", decidedOn, resultPublishedOn: decidedOn }), contract: contract({ publishedOn: "2024-03-08" }) }));
    expect(check("2024-03-11")).toEqual([]);
    expect(check("2024-03-12")).toEqual(["GP_WINNER_CONFIRMED_IN_TIME"]);
  });
  describe("87号令 art. 68: a purchaser that runs its own tender determines the winner within 5 working days of the end of the evaluation", () => {
    // Evaluation Mon 2024-05-06; the 5th working day is Sat 05-11, a make-up working day after the Labour Day holiday.
    const selfRun = (evaluationOn = "2024-05-06") => {
      const { agencyId: _, ...p } = gpProject("open", { dates: { publishedOn: "2024-04-01", bidDeadline: `${evaluationOn}T09:00:00`, evaluationOn } });
      return p;
    };
    // The evaluations given (none on record for the lot: the review is the project's evaluation day, as validateProject reads it).
    const confirm = (decidedOn: string, over: Partial<AwardIn> = {}, project: ProjectIn = selfRun()) =>
      validateAward({ project, award: award({ decidedOn, noticeOn: decidedOn, resultPublishedOn: decidedOn, ...over }), evaluations: [] }, { asOf: "2024-06-01" }).findings.filter((f) => f.ruleId === "GP_WINNER_CONFIRMED_IN_TIME");
    it("finds the winner determined on Mon 05-20 six working days late, last day Sat 05-11", () => {
      const late = confirm("2024-05-20");
      expect(late.map((f) => [f.evidence["awardTimeline.confirmLastDay"], f.evidence["awardTimeline.confirmWorkingDaysLate"]])).toEqual([["2024-05-11", 6]]);
      expect(late[0]?.message.zh).toContain("采购人自行组织采购，评审于 2024-05-06 结束");
    });
    it("Sat 05-11 is in time (boundary); Mon 05-13 is late", () => {
      expect(confirm("2024-05-11")).toEqual([]);
      expect(confirm("2024-05-13").map((f) => f.evidence["awardTimeline.confirmWorkingDaysLate"])).toEqual([1]);
    });
    it("counts from the evaluation's recorded end (validateProject with the evaluation)", () => {
      const evaluation = { id: "EV1", projectId: "P1", status: "finished" as const, startedAt: "2024-05-06T09:00:00", endedAt: "2024-05-07T17:00:00" };
      const late = (decidedOn: string) =>
        ids(validateProject({ project: selfRun(), evaluations: [evaluation], awards: [award({ decidedOn, noticeOn: decidedOn, resultPublishedOn: decidedOn })] }, { asOf: "2024-06-01" })).filter((id) => id === "GP_WINNER_CONFIRMED_IN_TIME");
      expect(late("2024-05-13")).toEqual([]); // ended Tue 05-07: Mon 05-13 is the 5th working day
      expect(late("2024-05-14")).toEqual(["GP_WINNER_CONFIRMED_IN_TIME"]);
    });
    it("counts an agency-run tender from the report's receipt only: without it, nothing is judged", () => {
      expect(confirm("2024-05-20", {}, gpProject("open", { dates: { evaluationOn: "2024-05-06" } }))).toEqual([]);
    });
    it("is not judged, and says so (noData), when neither the receipt nor the evaluation's end is on record", () => {
      const skipped = (project: ProjectIn, evaluations?: []) =>
        validateAward({ project, award: award({ decidedOn: "2024-05-20", noticeOn: "2024-05-20", resultPublishedOn: "2024-05-20" }), ...(evaluations ? { evaluations } : {}) }, { asOf: "2024-06-01" }).skipped.find(
          (s) => s.ruleId === "GP_WINNER_CONFIRMED_IN_TIME",
        );
      // a self-run award checked without its evaluations
      expect(skipped(selfRun())).toEqual({ ruleId: "GP_WINNER_CONFIRMED_IN_TIME", reason: "noData", missing: ["awardTimeline.confirmFrom"] });
      // an agency-run award with no receipt day
      expect(skipped(gpProject("open", { dates: { evaluationOn: "2024-05-06" } }), [])?.reason).toBe("noData");
      expect(skipped(selfRun(), [])).toBeUndefined();
    });
  });
  it("87号令 art. 69: the result within 2 working days of the winner (Mon 03-11 → Wed 03-13)", () => {
    const check = (resultPublishedOn: string) =>
      ids(validateAward({ project: gpProject("open"), award: award({ decidedOn: "2024-03-11", resultPublishedOn }), contract: contract({ publishedOn: "2024-03-08" }) }));
    expect(check("2024-03-13")).toEqual([]);
    expect(check("2024-03-14")).toEqual(["GP_RESULT_ANNOUNCED_IN_TIME"]);
  });
  it("政府采购法实施条例 art. 43: the same 5 working days for a consultation, negotiation or inquiry", () => {
    for (const method of ["competitiveConsultation", "competitiveNegotiation", "inquiry"] as const) {
      const check = (decidedOn: string) =>
        ids(validateAward({ project: gpProject(method), award: award({ reportReceivedOn: "2024-03-04", decidedOn, resultPublishedOn: decidedOn }), contract: contract({ publishedOn: "2024-03-08" }) }));
      expect(check("2024-03-11")).toEqual([]);
      expect(check("2024-03-12")).toEqual(["GP_WINNER_CONFIRMED_IN_TIME"]);
    }
  });
  it("政府采购法实施条例 art. 43, 74号令 art. 18: the result within 2 working days for every method ending in a result, single source included", () => {
    for (const method of ["competitiveConsultation", "inquiry", "direct"] as const) {
      const check = (resultPublishedOn: string) =>
        ids(validateAward({ project: gpProject(method), award: award({ decidedOn: "2024-03-11", resultPublishedOn }), contract: contract({ publishedOn: "2024-03-08" }) }));
      expect(check("2024-03-13")).toEqual([]);
      expect(check("2024-03-14")).toEqual(["GP_RESULT_ANNOUNCED_IN_TIME"]);
    }
  });
  it("judges a 2016 GP tender by 政府采购法实施条例 art. 43 (in force 2015-03-01), not a 2015-02 one", () => {
    const check = (reportReceivedOn: string, decidedOn: string) =>
      validateAward({ project: gpProject("open"), award: award({ noticeOn: decidedOn, reportReceivedOn, decidedOn, resultPublishedOn: decidedOn }) });
    expect(ids(check("2016-03-07", "2016-03-15"))).toEqual(["GP_WINNER_CONFIRMED_IN_TIME"]); // Mon → Mon is the 5th, Tue the 6th
    const before = check("2015-02-02", "2015-02-10");
    expect(ids(before)).toEqual([]);
    expect(before.skipped).toContainEqual({ ruleId: "GP_WINNER_CONFIRMED_IN_TIME", reason: "notYetEffective" });
  });
  it("政府采购法实施条例 art. 50: the contract within 2 working days of signing (Fri 03-08 → Tue 03-12)", () => {
    const check = (publishedOn: string, p = gpProject("inquiry")) => ids(validateAward({ project: p, award: award(), contract: contract({ publishedOn }) }));
    expect(check("2024-03-12")).toEqual([]);
    expect(check("2024-03-13")).toEqual(["GP_CONTRACT_ANNOUNCED_IN_TIME"]);
    expect(check("2024-03-13", projectInput())).toEqual([]);
  });
  it("holds a tendering award to none of the GP periods", () => {
    const r = validateAward({ project: projectInput(), award: award({ reportReceivedOn: "2024-03-04", decidedOn: "2024-03-29", resultPublishedOn: "2024-04-30" }), contract: contract() });
    expect(ids(r)).toEqual([]); // the supervisor report is pending and no asOf is given
    expect(r.skipped.map((s) => s.ruleId)).toEqual(expect.arrayContaining(["GP_WINNER_CONFIRMED_IN_TIME", "GP_RESULT_ANNOUNCED_IN_TIME", "GP_CONTRACT_ANNOUNCED_IN_TIME"]));
  });
});

describe("the GP award notice and the contract's filing (政府采购法实施条例 art. 43, 政府采购法 art. 47)", () => {
  const award = (over: Partial<AwardIn> = {}): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", status: "active", ...over });
  const contract = (over: Partial<ContractIn> = {}): ContractIn => ({ id: "C1", projectId: "P1", awardId: "AW1", ...over });
  const only = (ruleId: string, r: ReturnType<typeof validateAward>) => r.findings.filter((f) => f.ruleId === ruleId);

  describe("GP_NOTICE_ISSUED_IN_TIME: the notice within 2 working days of determining the winner", () => {
    // Winner determined Mon 2024-09-30; 10-01..10-07 is the National Day holiday, so the 2nd working day is Wed 10-09.
    const notice = (noticeOn: string | undefined, asOf?: string, method: ProjectIn["procurementMethod"] = "open") =>
      validateAward(
        { project: gpProject(method), award: award({ decidedOn: "2024-09-30", resultPublishedOn: "2024-09-30", ...(noticeOn ? { noticeOn } : {}) }) },
        asOf === undefined ? {} : { asOf },
      );
    it("passes a notice issued the next working day, and nothing else fires", () => {
      expect(ids(notice("2024-10-08"))).toEqual([]);
    });
    it("passes the notice on Wed 10-09, the last day after the holiday (boundary); Thu 10-10 is 1 working day late", () => {
      expect(only("GP_NOTICE_ISSUED_IN_TIME", notice("2024-10-09"))).toEqual([]);
      const late = only("GP_NOTICE_ISSUED_IN_TIME", notice("2024-10-10"));
      expect(late.map((f) => [f.evidence["awardTimeline.noticeLastDay"], f.evidence["awardTimeline.noticeWorkingDaysLate"]])).toEqual([["2024-10-09", 1]]);
      expect(late[0]?.message.zh).toBe("2024-09-30 确定中标（成交）供应商后，中标（成交）通知书最迟应于 2024-10-09 发出，实际 2024-10-10，逾期 1 个工作日");
    });
    it("counts a notice a week late in working days (Thu 10-17: 7 working days after Wed 10-09, Sat 10-12 a make-up working day)", () => {
      expect(only("GP_NOTICE_ISSUED_IN_TIME", notice("2024-10-17")).map((f) => f.evidence["awardTimeline.noticeWorkingDaysLate"])).toEqual([7]);
    });
    it("judges a notice not yet issued on asOf: in time through 10-09, late from 10-10", () => {
      expect(only("GP_NOTICE_ISSUED_IN_TIME", notice(undefined, "2024-10-09"))).toEqual([]);
      const pending = only("GP_NOTICE_ISSUED_IN_TIME", notice(undefined, "2024-10-10"));
      expect(pending.map((f) => f.evidence["awardTimeline.noticeIssuedOn"])).toEqual(["— (2024-10-10)"]);
      expect(only("GP_NOTICE_ISSUED_IN_TIME", notice(undefined))).toEqual([]); // no asOf: nothing pending is judged
    });
    it("binds single source and negotiation too (every method ending in a result)", () => {
      for (const method of ["direct", "competitiveNegotiation"] as const) {
        expect(only("GP_NOTICE_ISSUED_IN_TIME", notice("2024-10-10", undefined, method)).map((f) => f.ruleId)).toEqual(["GP_NOTICE_ISSUED_IN_TIME"]);
      }
    });
    it("does not judge an award without the day the winner was determined", () => {
      expect(only("GP_NOTICE_ISSUED_IN_TIME", validateAward({ project: gpProject("open"), award: award() }, { asOf: "2024-12-31" }))).toEqual([]);
    });
    it("does not judge a notice before 政府采购法实施条例 came into force (2015-03-01)", () => {
      const r = validateAward({ project: gpProject("open"), award: award({ decidedOn: "2015-02-02", resultPublishedOn: "2015-02-02", noticeOn: "2015-02-27" }) });
      expect(ids(r)).toEqual([]);
      expect(r.skipped).toContainEqual({ ruleId: "GP_NOTICE_ISSUED_IN_TIME", reason: "notYetEffective" });
    });
  });

  describe("GP_CONTRACT_FILED_IN_TIME: a copy filed within 7 working days of signing", () => {
    // Signed Fri 2024-03-08: Mon 03-11 is the 1st working day, Tue 03-19 the 7th.
    const filing = (filedOn: string | undefined, asOf?: string, p: ProjectIn = gpProject("inquiry")) =>
      validateAward(
        { project: p, award: award({ noticeOn: "2024-03-06", decidedOn: "2024-03-06", resultPublishedOn: "2024-03-06" }), contract: contract({ signedOn: "2024-03-08", publishedOn: "2024-03-08", ...(filedOn ? { filedOn } : {}) }) },
        asOf === undefined ? {} : { asOf },
      );
    it("passes a copy filed on the 7th working day (boundary, over two weekends), and nothing else fires", () => {
      expect(ids(filing("2024-03-19", "2024-12-31"))).toEqual([]);
    });
    it("finds a copy filed Wed 03-20, 1 working day late", () => {
      const late = only("GP_CONTRACT_FILED_IN_TIME", filing("2024-03-20"));
      expect(late.map((f) => [f.evidence["awardTimeline.contractFilingLastDay"], f.evidence["awardTimeline.contractFiledOn"], f.evidence["awardTimeline.contractFilingWorkingDaysLate"]])).toEqual([["2024-03-19", "2024-03-20", 1]]);
      expect(late[0]?.message.en).toBe("The GP contract signed 2024-03-08 was due to be filed (a copy, with the finance department) by 2024-03-19; filed 2024-03-20, 1 working day(s) late");
    });
    it("counts over the National Day holiday and its make-up working days (signed Fri 09-27: the 7th working day is Sat 10-12)", () => {
      const check = (filedOn: string) =>
        only("GP_CONTRACT_FILED_IN_TIME", validateAward({ project: gpProject("open"), award: award({ decidedOn: "2024-09-20", noticeOn: "2024-09-20" }), contract: contract({ signedOn: "2024-09-27", filedOn }) }));
      expect(check("2024-10-12")).toEqual([]);
      expect(check("2024-10-14").map((f) => f.evidence["awardTimeline.contractFilingWorkingDaysLate"])).toEqual([1]);
    });
    it("judges a filing not on record on asOf: in time through the last day, late after it", () => {
      expect(only("GP_CONTRACT_FILED_IN_TIME", filing(undefined, "2024-03-19"))).toEqual([]);
      const pending = only("GP_CONTRACT_FILED_IN_TIME", filing(undefined, "2024-03-21"));
      expect(pending.map((f) => [f.evidence["awardTimeline.contractFiledOn"], f.evidence["awardTimeline.contractFilingWorkingDaysLate"]])).toEqual([["— (2024-03-21)", 2]]);
      expect(only("GP_CONTRACT_FILED_IN_TIME", filing(undefined))).toEqual([]); // no asOf: nothing pending is judged
    });
    it("binds every GP method, as the contract's announcement", () => {
      expect(only("GP_CONTRACT_FILED_IN_TIME", filing("2024-03-20", undefined, gpProject("frameworkAgreement"))).map((f) => f.ruleId)).toEqual(["GP_CONTRACT_FILED_IN_TIME"]);
    });
    it("marks a filing counted through a provisional calendar year", () => {
      const r = validateAward(
        { project: gpProject("open"), award: award({ decidedOn: "2027-03-01", noticeOn: "2027-03-01", resultPublishedOn: "2027-03-01" }), contract: contract({ signedOn: "2027-03-05", publishedOn: "2027-03-05", filedOn: "2027-03-30" }) },
        { provisionalCalendar: true },
      );
      expect(only("GP_CONTRACT_FILED_IN_TIME", r).map((f) => f.evidence["calendar.provisionalYears"])).toEqual([[2027]]);
    });
  });

  it("never judges a tendering award by either, however late or missing the acts", () => {
    const r = validateAward({ project: projectInput(), award: award({ decidedOn: "2024-03-01", supervisorReportOn: "2024-03-01" }), contract: contract({ signedOn: "2024-03-08" }) }, { asOf: "2024-12-31" });
    expect(ids(r)).toEqual([]);
    expect(r.skipped.map((s) => s.ruleId)).toEqual(expect.arrayContaining(["GP_NOTICE_ISSUED_IN_TIME", "GP_CONTRACT_FILED_IN_TIME"]));
  });
});

describe("complaints under the tendering regime: objection time and pauses not counted", () => {
  const base = { id: "C1", projectId: "P1", complainantId: "B2", regime: "tendering" } as const;
  it("实施条例 art. 60(2): three days answering the objection extend the 10 days (last day 03-14)", () => {
    const c = (filedOn: string, objection = true): ComplaintIn => ({
      ...base,
      knownOn: "2024-03-01",
      filedOn,
      ...(objection ? { objection: { filedOn: "2024-03-05", answeredOn: "2024-03-08" } } : {}),
      stages: [{ stage: "received", on: filedOn }, { stage: "accepted", on: filedOn }],
    });
    expect(ids(validateComplaint(c("2024-03-14")))).toEqual([]);
    expect(ids(validateComplaint(c("2024-03-15")))).toEqual(["COMPLAINT_FILED_IN_TIME"]);
    expect(ids(validateComplaint(c("2024-03-14", false)))).toEqual(["COMPLAINT_FILED_IN_TIME"]);
  });
  it("实施条例 art. 61: five working days of expert appraisal move the 30th working day from 11-15 to 11-22", () => {
    const c = (decidedOn: string, pauses: ComplaintIn["pauses"] = []): ComplaintIn => ({
      ...base,
      knownOn: "2024-09-20",
      filedOn: "2024-09-27",
      pauses,
      stages: [{ stage: "received", on: "2024-09-27" }, { stage: "accepted", on: "2024-09-30" }, { stage: "decided", on: decidedOn }, { stage: "published", on: decidedOn }],
    });
    const pause = [{ from: "2024-10-21", to: "2024-10-25", reason: "appraisal" as const }];
    expect(ids(validateComplaint(c("2024-11-22", pause)))).toEqual([]);
    const late = validateComplaint(c("2024-11-25", pause));
    expect(ids(late)).toEqual(["COMPLAINT_DECIDED_IN_TIME"]);
    expect(late.findings[0]?.evidence["complaint.decisionLastDay"]).toBe("2024-11-22");
    expect(ids(validateComplaint(c("2024-11-22", [])))).toEqual(["COMPLAINT_DECIDED_IN_TIME"]);
  });
  it("refuses a pause for a reason the model does not know, listing the known ones", () => {
    const c = { ...base, knownOn: "2024-09-20", filedOn: "2024-09-27", pauses: [{ from: "2024-10-21", to: "2024-10-25", reason: "holiday" }] };
    expect(() => validateComplaint(asUnknownInput<ComplaintIn>(c))).toThrowError(/inspection/); // "holiday" is no reason
  });
});

describe("challenges and complaints under government procurement (政府采购法 arts. 52–56, 94号令)", () => {
  const gpc = (over: Partial<ComplaintIn> = {}) =>
    ({
    id: "C1",
    projectId: "P1",
    complainantId: "B2",
    regime: "governmentProcurement",
    knownOn: "2024-06-17",
    filedOn: "2024-07-26",
    objection: { knownOn: "2024-06-17", filedOn: "2024-06-26", answeredOn: "2024-07-05" },
    stages: [{ stage: "received", on: "2024-07-29" }, { stage: "accepted", on: "2024-08-05" }, { stage: "decided", on: "2024-09-09" }, { stage: "published", on: "2024-09-09" }],
    ...over,
    }) satisfies ComplaintIn;
  it("accepts a procedure on every last day", () => {
    expect(ids(validateComplaint(gpc()))).toEqual([]);
  });
  it("art. 52: a challenge on the 8th working day after knowing is late (info)", () => {
    const r = validateComplaint(gpc({ objection: { knownOn: "2024-06-17", filedOn: "2024-06-27", answeredOn: "2024-07-05" } }));
    expect(ids(r)).toEqual(["GP_CHALLENGE_FILED_IN_TIME"]);
    expect(r.ok).toBe(true);
  });
  it("art. 53: an answer on the 8th working day is late", () => {
    expect(ids(validateComplaint(gpc({ objection: { knownOn: "2024-06-17", filedOn: "2024-06-26", answeredOn: "2024-07-08" } })))).toEqual(["GP_CHALLENGE_ANSWERED_IN_TIME"]);
  });
  it("art. 55: a complaint after the 15th working day past the answer period is late (info)", () => {
    expect(ids(validateComplaint(gpc({ filedOn: "2024-07-29" })))).toEqual(["GP_COMPLAINT_FILED_IN_TIME"]);
  });
  it("94号令 art. 21: reviewed within 5 working days of receipt", () => {
    const stages = (gpc().stages ?? []).map((s) => (s.stage === "accepted" ? { ...s, on: "2024-08-06" } : s));
    expect(ids(validateComplaint(gpc({ stages })))).toEqual(["GP_COMPLAINT_REVIEWED_IN_TIME"]);
  });
  it("94号令 art. 26: decided within 30 working days of RECEIPT, not of acceptance", () => {
    const stages = (gpc().stages ?? []).map((s) => (s.stage === "decided" || s.stage === "published" ? { ...s, on: "2024-09-10" } : s));
    expect(ids(validateComplaint(gpc({ stages })))).toEqual(["GP_COMPLAINT_DECIDED_IN_TIME"]);
  });
  it("does not hold a GP complaint to the tendering periods, nor a tendering one to GP's", () => {
    const late = gpc({ knownOn: "2024-06-01" }); // more than 10 days before filing: art. 60 would call it late
    expect(ids(validateComplaint(late))).toEqual([]);
    const asTendering = ids(validateComplaint({ ...gpc(), regime: "tendering" }));
    expect(asTendering).toContain("COMPLAINT_FILED_IN_TIME");
    expect(asTendering.filter((id) => id.startsWith("GP_"))).toEqual([]);
  });
});

describe("a complaint not accepted (不予受理): the refusal ends the handling", () => {
  // Received Mon 2024-03-04. Tendering: decide whether to accept within 3 working days (→ Thu 03-07, 实施条例 art. 61);
  // GP: review within 5 working days (→ Mon 03-11), then notify the refusal within 3 (→ Thu 03-14, 94号令 art. 21(2)).
  // No decision on the merits follows a refusal.
  const refused = (regime: "tendering" | "governmentProcurement", refusedOn: string): ComplaintIn => ({
    id: "C1",
    projectId: "P1",
    complainantId: "B2",
    regime,
    procurementMethod: "open",
    knownOn: "2024-02-28",
    filedOn: "2024-03-04",
    objection: { knownOn: "2024-02-20", filedOn: "2024-02-22", answeredOn: "2024-02-26" },
    outcome: "notAccepted",
    stages: [{ stage: "received", on: "2024-03-04" }, { stage: "decided", on: refusedOn }, { stage: "published", on: refusedOn }],
  });
  const asOf = { asOf: "2024-12-31" };
  it("tendering: a refusal on the 3rd working day is in time (boundary), and asks for no decision on the merits", () => {
    expect(ids(validateComplaint(refused("tendering", "2024-03-07"), asOf))).toEqual([]);
  });
  it("tendering: a refusal on the 4th working day is a late acceptance decision, and says it was a refusal", () => {
    const r = validateComplaint(refused("tendering", "2024-03-08"), asOf);
    expect(ids(r)).toEqual(["COMPLAINT_ACCEPTANCE_IN_TIME"]);
    expect(r.findings[0]?.evidence["complaint.acceptanceLastDay"]).toBe("2024-03-07");
    expect(r.findings[0]?.message.en).toContain("decided not to accept it on 2024-03-08");
  });
  it("GP (94号令 art. 21(2)): a refusal on the 7th working day is in time — 3 working days after the 5 of the review", () => {
    expect(ids(validateComplaint(refused("governmentProcurement", "2024-03-13"), asOf))).toEqual([]);
  });
  it("GP: a refusal on the 8th working day is in time (boundary); on the 9th it is late, and the message says 5 + 3", () => {
    expect(ids(validateComplaint(refused("governmentProcurement", "2024-03-14"), asOf))).toEqual([]);
    const late = validateComplaint(refused("governmentProcurement", "2024-03-15"), asOf);
    expect(ids(late)).toEqual(["GP_COMPLAINT_REVIEWED_IN_TIME"]);
    expect(late.findings[0]?.evidence["complaint.gpReviewLastDay"]).toBe("2024-03-14");
    expect(late.findings[0]?.message.zh).toContain("5 个工作日，不予受理的于其后 3 个工作日内书面告知");
    expect(late.findings[0]?.message.en).toContain("decided not to accept it on 2024-03-15");
  });
  it("an accepted complaint still needs its decision on the merits", () => {
    const accepted: ComplaintIn = { ...refused("governmentProcurement", "2024-03-06"), outcome: "upheld", stages: [{ stage: "received", on: "2024-03-04" }, { stage: "accepted", on: "2024-03-06" }] };
    expect(ids(validateComplaint(accepted, asOf))).toContain("GP_COMPLAINT_DECIDED_IN_TIME");
  });
});

describe("94号令 art. 21: the GP review ends with acceptance, a refusal, or a 补正 notice in time (legal review 11)", () => {
  // Received Mon 2024-05-20: the 5th working day is Mon 05-27.
  const gpc = gpComplaint;
  const review = (c: ComplaintIn, asOf = "2024-07-01") => validateComplaint(c, { asOf }).findings.filter((f) => f.ruleId === "GP_COMPLAINT_REVIEWED_IN_TIME");

  describe("art. 21(4) '自收到投诉书之日起即为受理': a complaint decided on the merits was accepted", () => {
    it("finds nothing when a decision on the merits (or an investigation) shows acceptance and no acceptance day is recorded", () => {
      const decided = gpc([{ stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-06-17" }], { outcome: "rejected" });
      expect(review(decided)).toEqual([]);
      expect(review(gpc([{ stage: "investigated", on: "2024-06-03" }]))).toEqual([]);
    });
    it("still finds a complaint with nothing after its receipt once asOf is past the 5th working day, and not on it (boundary)", () => {
      expect(review(gpc([]), "2024-05-27")).toEqual([]);
      const pending = review(gpc([]), "2024-05-28");
      expect(pending.map((f) => f.evidence["complaint.gpReviewLastDay"])).toEqual(["2024-05-27"]);
      expect(pending[0]?.message.zh).toContain("截至 2024-05-28 尚未受理");
    });
    it("judges a recorded acceptance day: the 5th working day is in time (boundary), the 6th late", () => {
      expect(review(gpc([{ stage: "accepted", on: "2024-05-27" }]))).toEqual([]);
      expect(review(gpc([{ stage: "accepted", on: "2024-05-28" }])).map((f) => f.evidence["complaint.gpReviewWorkingDaysLate"])).toEqual([1]);
    });
  });

  describe("art. 21(1) and art. 27: a 补正 notice within the 5 working days stops the count until the supplement arrives", () => {
    // Notice Wed 05-22 (2nd working day), supplement Mon 06-03: 9 working days not counted, so the review may end on
    // Fri 06-07 (Mon 06-10 is the Dragon Boat Festival).
    const supplement = (acceptedOn: string, from = "2024-05-22") =>
      gpc([{ stage: "accepted", on: acceptedOn }], { pauses: [{ from, to: "2024-06-03", reason: "supplement" }] });
    it("finds nothing when the complaint is accepted the day after the supplement arrives", () => {
      expect(review(supplement("2024-06-04"))).toEqual([]);
    });
    it("accepts on Fri 06-07 (boundary), and finds Tue 06-11 one working day late, saying how many days were not counted", () => {
      expect(review(supplement("2024-06-07"))).toEqual([]);
      const late = review(supplement("2024-06-11"));
      expect(late.map((f) => [f.evidence["complaint.gpReviewLastDay"], f.evidence["complaint.gpReviewSupplementWorkingDays"], f.evidence["complaint.gpReviewWorkingDaysLate"]])).toEqual([["2024-06-07", 9, 1]]);
      expect(late[0]?.message.zh).toContain("补正期间 9 个工作日不计");
    });
    it("does not extend the review for a notice sent after the 5th working day (art. 21(1): within 5 working days of receipt)", () => {
      const lateNotice = review(supplement("2024-06-04", "2024-05-28"));
      expect(lateNotice.map((f) => f.evidence["complaint.gpReviewLastDay"])).toEqual(["2024-05-27"]);
    });
    it("extends the review only for a supplement, not for an expert review or a test", () => {
      const c = gpc([{ stage: "accepted", on: "2024-06-04" }], { pauses: [{ from: "2024-05-22", to: "2024-06-03", reason: "expertReview" }] });
      expect(review(c)).toHaveLength(1);
    });
  });
});

describe("政府采购法 art. 56: a GP complaint decided within 30 working days of receipt since 2003 (legal review 11)", () => {
  // Received Thu 2017-05-25; the 30th working day is Fri 2017-07-07 (Sat 05-27 was a make-up working day).
  const c2017 = (decidedOn: string, over: Partial<ComplaintIn> = {}): ComplaintIn => ({
    id: "C3",
    projectId: "P1",
    complainantId: "S2",
    regime: "governmentProcurement",
    procurementMethod: "open",
    knownOn: "2017-05-02",
    filedOn: "2017-05-25",
    outcome: "rejected",
    objection: { knownOn: "2017-05-02", filedOn: "2017-05-05", answeredOn: "2017-05-12" },
    stages: [{ stage: "received", on: "2017-05-25" }, { stage: "accepted", on: "2017-05-26" }, { stage: "decided", on: decidedOn }],
    ...over,
  });
  const decision = (c: ComplaintIn) => validateComplaint(c, { asOf: "2017-12-01" }).findings.filter((f) => f.ruleId === "GP_COMPLAINT_DECIDED_IN_TIME");
  it("finds a 2017 complaint decided 2017-10-30 late, last day 2017-07-07", () => {
    const late = decision(c2017("2017-10-30"));
    expect(late.map((f) => f.evidence["complaint.gpDecisionLastDay"])).toEqual(["2017-07-07"]);
    expect(late[0]?.clause).toBe("NAT-GPL-56");
    expect(late[0]?.basis[0]).toBe("政府采购法 第五十六条");
  });
  it("decided on the 30th working day is in time (boundary); on the 31st, late", () => {
    expect(decision(c2017("2017-07-07"))).toEqual([]);
    expect(decision(c2017("2017-07-10")).map((f) => f.evidence["complaint.gpDecisionWorkingDaysLate"])).toEqual([1]);
  });
  it("counts no pause before 94号令 (2018-03-01): the law has none; from then, art. 27's pauses are left out", () => {
    const pause: ComplaintIn["pauses"] = [{ from: "2017-06-05", to: "2017-06-09", reason: "expertReview" }];
    const before = decision(c2017("2017-07-10", { pauses: pause }));
    expect(before.map((f) => f.evidence["complaint.gpDecisionPausedWorkingDays"])).toEqual([0]);
    // The same a year later: received Fri 2018-05-25, the 30th working day Mon 2018-07-09 (Mon 06-18 was the Dragon
    // Boat Festival); 5 working days of expert review move it to Mon 07-16.
    const c2018 = (decidedOn: string, pauses: ComplaintIn["pauses"]) =>
      c2017(decidedOn, {
        knownOn: "2018-05-02",
        filedOn: "2018-05-25",
        objection: { knownOn: "2018-05-02", filedOn: "2018-05-04", answeredOn: "2018-05-11" },
        pauses,
        stages: [{ stage: "received", on: "2018-05-25" }, { stage: "accepted", on: "2018-05-28" }, { stage: "decided", on: decidedOn }],
      });
    const after = (c: ComplaintIn) => validateComplaint(c, { asOf: "2018-12-01" }).findings.filter((f) => f.ruleId === "GP_COMPLAINT_DECIDED_IN_TIME");
    const pause2018: ComplaintIn["pauses"] = [{ from: "2018-06-04", to: "2018-06-08", reason: "expertReview" }];
    expect(after(c2018("2018-07-16", pause2018))).toEqual([]);
    expect(after(c2018("2018-07-17", pause2018)).map((f) => [f.evidence["complaint.gpDecisionLastDay"], f.evidence["complaint.gpDecisionPausedWorkingDays"]])).toEqual([["2018-07-16", 5]]);
    expect(after(c2018("2018-07-16", []))).toHaveLength(1);
  });
  it("judges a 2017 complaint's review by nothing: 94号令 art. 21 applies from 2018-03-01", () => {
    const r = validateComplaint(c2017("2017-07-07"), { asOf: "2017-12-01" });
    expect(r.skipped).toContainEqual({ ruleId: "GP_COMPLAINT_REVIEWED_IN_TIME", reason: "notYetEffective" });
    expect(r.evaluated).toContain("GP_COMPLAINT_DECIDED_IN_TIME");
  });
});

describe("GP periods a platform checks beyond the tender ones (74号令, 214号, 政府采购法实施条例 arts. 33, 43)", () => {
  const deadlineOn = (day: string) => ({ bidDeadline: `${day}T09:00:00` });
  const clar = (deadline: string, issuedOn: string, affectsPreparation = true) => ({ dates: deadlineOn(deadline), clarifications: [{ issuedOn, affectsPreparation }] });

  describe("74号令 arts. 29, 45: a clarification 3 working days before the response deadline day", () => {
    it("Thu 03-07 is the third working day before Tue 03-12 over a weekend; Fri 03-08 is only the second", () => {
      for (const method of ["competitiveNegotiation", "inquiry"] as const) {
        expect(project(gpProject(method, clar("2024-03-12", "2024-03-07")))).toEqual([]);
        const r = validateProject({ project: gpProject(method, clar("2024-03-12", "2024-03-08")) }, { asOf: "2024-12-31" });
        expect(ids(r)).toEqual(["GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE"]);
        expect(r.findings[0]?.evidence["timeline.clarificationWorkingDaysBeforeDeadline"]).toBe(2);
      }
    });
    it("over the 2024 Labour Day holiday (05-01 to 05-05): Mon 04-29 is in time for Tue 05-07, Tue 04-30 is not", () => {
      expect(project(gpProject("inquiry", clar("2024-05-07", "2024-04-29")))).toEqual([]);
      expect(project(gpProject("inquiry", clar("2024-05-07", "2024-04-30")))).toEqual(["GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE"]);
    });
    it("does not judge a clarification that cannot affect the responses", () => {
      expect(project(gpProject("inquiry", clar("2024-03-12", "2024-03-11", false)))).toEqual([]);
    });
    it("counts the working days from the issue day to the day before the deadline day: Wed 03-06 is in time for Sat 03-09, Thu 03-07 is not", () => {
      expect(project(gpProject("competitiveNegotiation", clar("2024-03-09", "2024-03-06")))).toEqual([]);
      expect(project(gpProject("competitiveNegotiation", clar("2024-03-09", "2024-03-07")))).toEqual(["GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE"]);
    });
    it("a clarification issued on Sunday 03-03 is late for Wed 03-06 (Mon and Tue only); one on Fri 03-01 is in time", () => {
      const r = validateProject({ project: gpProject("inquiry", clar("2024-03-06", "2024-03-03")) }, { asOf: "2024-12-31" });
      expect(ids(r)).toEqual(["GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE"]);
      expect(r.findings[0]?.evidence["timeline.clarificationWorkingDaysBeforeDeadline"]).toBe(2);
      expect(project(gpProject("inquiry", clar("2024-03-06", "2024-03-01")))).toEqual([]);
    });
    it("does not take a change made after the response deadline day (during the negotiation, 74号令 art. 31) for a clarification; one on the deadline day is", () => {
      expect(project(gpProject("competitiveNegotiation", clar("2024-03-12", "2024-03-13")))).toEqual([]);
      expect(project(gpProject("competitiveNegotiation", clar("2024-03-12", "2024-03-12")))).toEqual(["GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE"]);
    });
    it("holds a consultation, a GP tender and a tendering project to their own periods, and applies from 2014-02-01", () => {
      expect(project(gpProject("competitiveConsultation", clar("2024-03-12", "2024-03-07")))).toEqual([]); // 5 days: in time
      expect(project(gpProject("open", clar("2024-03-12", "2024-03-08")))).toEqual(["GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE"]);
      expect(project(projectInput(clar("2024-03-12", "2024-03-08")))).toEqual(["CLARIFICATION_15_DAYS_BEFORE_DEADLINE"]);
      const before = validateProject({ project: gpProject("inquiry", { dates: { ...deadlineOn("2014-01-14"), evaluationOn: "2014-01-14" }, clarifications: [{ issuedOn: "2014-01-13", affectsPreparation: true }] }) });
      expect(ids(before)).toEqual([]);
      expect(before.skipped).toContainEqual({ ruleId: "GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE", reason: "notYetEffective" });
    });
  });

  describe("214号 art. 10: a clarification at least 5 days before the first response deadline", () => {
    it("03-27 is 5 days before 04-01 (boundary); 03-28 is 4", () => {
      expect(project(gpProject("competitiveConsultation", clar("2024-04-01", "2024-03-27")))).toEqual([]);
      const r = validateProject({ project: gpProject("competitiveConsultation", clar("2024-04-01", "2024-03-28")) }, { asOf: "2024-12-31" });
      expect(ids(r)).toEqual(["GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE"]);
      expect(r.findings[0]?.evidence["timeline.clarificationDaysBeforeDeadline"]).toBe(4);
    });
    it("does not take a change made after the first response deadline day (during the consultation, 214号 art. 22) for a clarification; one on the deadline day is", () => {
      expect(project(gpProject("competitiveConsultation", clar("2024-04-01", "2024-04-02")))).toEqual([]);
      expect(project(gpProject("competitiveConsultation", clar("2024-04-01", "2024-04-01")))).toEqual(["GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE"]);
    });
    it("a GP tender's clarification after the deadline is still judged (87号令 art. 27 has no talks after it)", () => {
      expect(project(gpProject("open", clar("2024-04-01", "2024-04-02")))).toEqual(["GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE"]);
    });
    it("counts calendar days: a weekend and a holiday count (09-27 is 5 days before Wed 10-02, in the National Day holiday)", () => {
      expect(project(gpProject("competitiveConsultation", clar("2024-10-02", "2024-09-27")))).toEqual([]);
      expect(project(gpProject("competitiveConsultation", clar("2024-10-02", "2024-09-28")))).toEqual(["GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE"]);
    });
    it("asks nothing of a negotiation under 214号 (it has 74号令's 3 working days), nor of a single source", () => {
      // Mon 03-25 to Thu 03-28: 3 working days (enough under 74号令), 3 calendar days (not under 214号).
      expect(project(gpProject("competitiveConsultation", clar("2024-03-28", "2024-03-25")))).toEqual(["GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE"]);
      expect(project(gpProject("competitiveNegotiation", clar("2024-03-28", "2024-03-25")))).toEqual([]);
      expect(project(gpProject("direct", clar("2024-04-01", "2024-03-31")))).toEqual([]);
    });
  });

  describe("214号 art. 10: consultation documents on sale 5 working days from the first day", () => {
    const sale = (from: string, until: string) => ({ dates: { documentsIssuedOn: from, documentsAvailableUntil: until } });
    it("from Fri 03-01 until Thu 03-07 over a weekend (5, both ends counted); until Wed 03-06 is 4", () => {
      expect(project(gpProject("competitiveConsultation", sale("2024-03-01", "2024-03-07")))).toEqual([]);
      const r = validateProject({ project: gpProject("competitiveConsultation", sale("2024-03-01", "2024-03-06")) }, { asOf: "2024-12-31" });
      expect(ids(r)).toEqual(["GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS"]);
      expect(r.findings[0]?.evidence["timeline.consultationSaleWorkingDays"]).toBe(4);
    });
    it("over the 2024 National Day holiday: from Fri 09-27 the fifth working day is 10-09 (Sunday 09-29 a make-up workday)", () => {
      expect(project(gpProject("competitiveConsultation", sale("2024-09-27", "2024-10-09")))).toEqual([]);
      expect(project(gpProject("competitiveConsultation", sale("2024-09-27", "2024-10-08")))).toEqual(["GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS"]);
    });
    it("counts from the first day of sale, not from the notice (unlike 87号令 art. 18)", () => {
      const dates = { publishedOn: "2024-02-26", documentsIssuedOn: "2024-03-01", documentsAvailableUntil: "2024-03-06" };
      expect(project(gpProject("competitiveConsultation", { dates }))).toEqual(["GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS"]);
    });
    it("asks no sale period of a negotiation or inquiry (74号令 sets none), and applies from 2014-12-31", () => {
      expect(project(gpProject("inquiry", sale("2024-03-01", "2024-03-01")))).toEqual([]);
      const before = validateProject({ project: gpProject("competitiveConsultation", { dates: { documentsIssuedOn: "2014-12-01", documentsAvailableUntil: "2014-12-02", evaluationOn: "2014-12-20" } }) });
      expect(ids(before)).toEqual([]);
      expect(before.skipped).toContainEqual({ ruleId: "GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS", reason: "notYetEffective" });
    });
  });

  describe("政府采购法实施条例 art. 33: bonds back within 5 working days (losers: of the notice; the winner: of the contract)", () => {
    // Notice Mon 09-23: losers' last day Sun 09-29 (a make-up workday); contract Fri 09-27: the winner's last day
    // 10-10, past the weekend and the National Day holiday. One date on record: the day the LAST bond went back.
    const award = (over: Partial<AwardIn> = {}): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", status: "active", noticeOn: "2024-09-23", ...over });
    const contract: ContractIn = { id: "C1", projectId: "P1", awardId: "AW1", signedOn: "2024-09-27", publishedOn: "2024-09-27", filedOn: "2024-09-27" };
    const check = (method: ProjectIn["procurementMethod"], over: Partial<AwardIn>, asOf = "2024-12-31", p = gpProject(method, { bidBondYuan: 20_000 })) =>
      validateAward({ project: p, award: award(over), contract }, { asOf });
    it("the last bond back on 10-10 is in time; on 10-11 it is late", () => {
      for (const method of ["open", "selective", "competitiveNegotiation", "inquiry"] as const) {
        expect(ids(check(method, { bondsReturnedOn: "2024-10-10" })), method).toEqual([]);
        const r = check(method, { bondsReturnedOn: "2024-10-11" });
        expect(ids(r), method).toEqual(["GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS"]);
        expect(r.findings[0]?.evidence["awardTimeline.gpBondReturnLastDay"]).toBe("2024-10-10");
        expect(r.findings[0]?.evidence["awardTimeline.gpBondReturnWorkingDaysLate"]).toBe(1);
      }
    });
    it("without the award notice's day on record, the winner's last day decides and the message does not show a missing date", () => {
      const r = check("open", { noticeOn: undefined, bondsReturnedOn: "2024-10-11" });
      expect(ids(r)).toEqual(["GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS"]);
      const { zh, en } = r.findings[0]?.message ?? { zh: "", en: "" };
      for (const text of [zh, en]) expect(text).not.toMatch(/\?|undefined|null/);
      expect(en).toContain("due back by 2024-10-10");
    });
    it("does not accuse a last return between the two last days: it may be the winner's, in time", () => {
      expect(ids(check("open", { bondsReturnedOn: "2024-10-08" }))).toEqual([]);
    });
    it("a bond still held is late once asOf is past the later last day", () => {
      expect(ids(check("open", {}, "2024-10-10"))).toEqual([]);
      expect(ids(check("open", {}, "2024-10-11"))).toEqual(["GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS"]);
    });
    it("judges nothing where no bond was asked, nor a consultation or single source, nor a tendering award (实施条例 art. 57 instead)", () => {
      expect(ids(check("open", {}, "2025-06-30", gpProject("open")))).toEqual([]);
      expect(ids(check("competitiveConsultation", { bondsReturnedOn: "2024-11-29" }))).toEqual([]);
      expect(ids(check("direct", { bondsReturnedOn: "2024-11-29" }))).toEqual([]);
      expect(ids(check("open", { bondsReturnedOn: "2024-11-29" }, "2024-12-31", projectInput({ bidBondYuan: 20_000 })))).toEqual(["BID_BONDS_RETURNED_IN_5_DAYS"]);
    });
    it("applies from 2015-03-01", () => {
      const r = validateAward({ project: gpProject("open", { bidBondYuan: 20_000 }), award: award({ noticeOn: "2015-02-02", bondsReturnedOn: "2015-04-30" }), contract: { ...contract, signedOn: "2015-02-03", publishedOn: "2015-02-03", filedOn: "2015-02-03" } });
      expect(ids(r)).toEqual([]);
      expect(r.skipped).toContainEqual({ ruleId: "GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS", reason: "notYetEffective" });
    });
  });

  describe("政府采购法实施条例 art. 43: the agency sends the review report within 2 working days of the end of the review", () => {
    const award = (reportReceivedOn?: string): AwardIn => ({ id: "AW1", projectId: "P1", bidderId: "B1", status: "active", ...(reportReceivedOn ? { reportReceivedOn, decidedOn: reportReceivedOn, noticeOn: reportReceivedOn, resultPublishedOn: reportReceivedOn } : {}) });
    // The notice, the contract, its announcement and its filing all on the day of receipt: only the delivery is judged.
    const signed = (on?: string): { contract?: ContractIn } => (on ? { contract: { id: "C1", projectId: "P1", awardId: "AW1", signedOn: on, publishedOn: on, filedOn: on } } : {});
    // `evaluations: []`: the platform says no evaluation is on record, so the review's end is the project's evaluationOn.
    const check = (method: ProjectIn["procurementMethod"], evaluationOn: string, reportReceivedOn?: string, over: Partial<ProjectIn> = {}, asOf = "2024-12-31") =>
      validateAward({ project: gpProject(method, { dates: { evaluationOn }, ...over }), award: award(reportReceivedOn), ...signed(reportReceivedOn), evaluations: [] }, { asOf });
    it("ended Fri 03-01: received Tue 03-05 (second working day, past the weekend) is in time, Wed 03-06 is late", () => {
      for (const method of ["open", "selective", "competitiveNegotiation", "inquiry", "competitiveConsultation"] as const) {
        expect(ids(check(method, "2024-03-01", "2024-03-05")), method).toEqual([]);
        const r = check(method, "2024-03-01", "2024-03-06");
        expect(ids(r), method).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]);
        expect(r.findings[0]?.evidence["awardTimeline.reportDeliveryLastDay"]).toBe("2024-03-05");
      }
    });
    it("over the National Day holiday: ended Mon 09-30, the last day is Wed 10-09", () => {
      expect(ids(check("open", "2024-09-30", "2024-10-09"))).toEqual([]);
      const r = check("open", "2024-09-30", "2024-10-10");
      expect(ids(r)).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]);
      expect(r.findings[0]?.evidence["awardTimeline.reportDeliveryWorkingDaysLate"]).toBe(1);
    });
    it("does not judge an award without the day of receipt: the award shows the report arrived, its day is unknown", () => {
      expect(ids(check("open", "2024-03-01", undefined, {}, "2024-12-31"))).toEqual([]);
    });
    it("binds only an agency: a purchaser that runs the procedure itself owes no delivery", () => {
      const { agencyId: _, ...selfRun } = gpProject("open", { dates: { evaluationOn: "2024-03-01" } });
      expect(ids(validateAward({ project: selfRun, award: award("2024-03-20"), ...signed("2024-03-20") }, { asOf: "2024-12-31" }))).toEqual([]);
    });
    it("counts from the evaluation's end (endedAt) when the project record has the evaluation", () => {
      const p = gpProject("open", { dates: { evaluationOn: "2024-03-01" } });
      const evaluation = { id: "EV1", projectId: "P1", status: "finished" as const, startedAt: "2024-03-01T09:00:00", endedAt: "2024-03-04T17:00:00" };
      const r = (received: string) => ids(validateProject({ project: p, evaluations: [evaluation], awards: [award(received)] }, { asOf: "2024-12-31" })).filter((id) => id === "GP_REPORT_DELIVERED_IN_TIME");
      expect(r("2024-03-06")).toEqual([]); // ended Mon 03-04: Wed 03-06 is the second working day
      expect(r("2024-03-07")).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]);
    });
    it("validateAward counts from the same end when given the evaluations, from evaluationOn when given none, and does not judge without them", () => {
      const p = gpProject("open", { dates: { evaluationOn: "2024-03-01" } });
      const evaluation = { id: "EV1", projectId: "P1", status: "finished" as const, startedAt: "2024-03-01T09:00:00", endedAt: "2024-03-04T17:00:00" };
      const r = (received: string, evaluations?: (typeof evaluation)[]) =>
        ids(validateAward({ project: p, award: award(received), ...(evaluations ? { evaluations } : {}) }, { asOf: "2024-12-31" })).filter((id) => id === "GP_REPORT_DELIVERED_IN_TIME");
      expect(r("2024-03-06", [evaluation])).toEqual([]);
      expect(r("2024-03-07", [evaluation])).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]);
      expect(r("2024-03-06", [])).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]); // none on record: from Fri 03-01, Tue 03-05 was the last day
      const unknown = validateAward({ project: p, award: award("2024-03-06") }, { asOf: "2024-12-31" });
      expect(unknown.evaluated).not.toContain("GP_REPORT_DELIVERED_IN_TIME");
      expect(unknown.skipped).toContainEqual({ ruleId: "GP_REPORT_DELIVERED_IN_TIME", reason: "noData", missing: ["evaluations"] });
    });
    describe("a review from Fri 03-01 to Mon 03-04 (art. 43 '自评审结束之日起': from its end, not its start)", () => {
      const p = gpProject("open", { dates: { evaluationOn: "2024-03-01" } });
      const ended = { id: "EV1", projectId: "P1", status: "finished" as const, startedAt: "2024-03-01T09:00:00", endedAt: "2024-03-04T17:00:00" };
      const delivery = (evaluation: Record<string, unknown>, lotId: string | undefined, received: string) =>
        ids(validateProject({ project: p, evaluations: [evaluation as typeof ended], awards: [{ ...award(received), ...(lotId ? { lotId } : {}) }] }, { asOf: "2024-12-31" })).filter(
          (id) => id === "GP_REPORT_DELIVERED_IN_TIME",
        );
      it("matches an award of lot L1 to an evaluation without a lot, and the reverse: Wed 03-06 in time, Thu 03-07 late", () => {
        for (const [evaluation, lotId] of [
          [ended, "L1"],
          [{ ...ended, lotId: "L1" }, undefined],
        ] as const) {
          expect(delivery(evaluation, lotId, "2024-03-06")).toEqual([]);
          expect(delivery(evaluation, lotId, "2024-03-07")).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]);
        }
      });
      it("takes the latest end of the lot's evaluations, and ignores another lot's", () => {
        const early = { ...ended, id: "EV0", endedAt: "2024-03-01T17:00:00" };
        const r = validateProject({ project: p, evaluations: [ended, early], awards: [award("2024-03-06")] }, { asOf: "2024-12-31" });
        expect(ids(r).filter((id) => id === "GP_REPORT_DELIVERED_IN_TIME")).toEqual([]);
        expect(delivery({ ...ended, lotId: "L2" }, "L1", "2024-03-06")).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]); // L1 has none: evaluationOn 03-01
      });
      it("does not count from evaluationOn (the start) when the evaluation on record does not say when it ended", () => {
        const { endedAt: _, ...unended } = ended;
        expect(delivery({ ...unended, status: "inProgress" }, undefined, "2024-03-20")).toEqual([]);
      });
      it("validateAward given no evaluation on record (evaluations: []) counts from the project's evaluationOn, a one-day review (the documented limit)", () => {
        expect(ids(validateAward({ project: p, award: award("2024-03-06"), ...signed("2024-03-06"), evaluations: [] }, { asOf: "2024-12-31" }))).toEqual(["GP_REPORT_DELIVERED_IN_TIME"]);
        expect(ids(validateAward({ project: gpProject("open", { dates: { evaluationOn: "2024-03-04" } }), award: award("2024-03-06"), ...signed("2024-03-06"), evaluations: [] }, { asOf: "2024-12-31" }))).toEqual([]);
      });
      it("validateAward without evaluations in its input does not guess the review's end: the rule is skipped, noData", () => {
        const r = validateAward({ project: p, award: award("2024-03-06"), ...signed("2024-03-06") }, { asOf: "2024-12-31" });
        expect(ids(r)).toEqual([]);
        expect(r.skipped).toContainEqual({ ruleId: "GP_REPORT_DELIVERED_IN_TIME", reason: "noData", missing: ["evaluations"] });
      });
    });
    it("asks nothing of a single source (no review report) nor of a tendering award, and applies from 2015-03-01", () => {
      expect(ids(check("direct", "2024-03-01", "2024-03-29"))).toEqual([]);
      const tenderAward: AwardIn = { id: "AW1", projectId: "P1", bidderId: "B1", status: "active", reportReceivedOn: "2024-03-29" };
      expect(ids(validateAward({ project: projectInput({ dates: { evaluationOn: "2024-03-01" } }), award: tenderAward }, { asOf: "2024-12-31" }))).toEqual([]);
      const before = check("open", "2015-02-02", "2015-02-27");
      expect(ids(before)).toEqual([]);
      expect(before.skipped).toContainEqual({ ruleId: "GP_REPORT_DELIVERED_IN_TIME", reason: "notYetEffective" });
    });
  });
});

describe("a working-day count no rule of the record's method reads is not made", () => {
  it("a 2027 tender with a clarification is judged by its calendar days, not refused for a year the calendar lacks", () => {
    const p = projectInput({ dates: { bidDeadline: "2027-04-01T09:00:00" }, clarifications: [{ issuedOn: "2027-03-10", affectsPreparation: true }] });
    expect(ids(validateProject({ project: p }))).toEqual([]);
  });
  it("a 2027 tender with its sale period is not refused for the GP or consultation working-day counts it never uses", () => {
    const p = projectInput({ dates: { publishedOn: "2027-03-01", documentsIssuedOn: "2027-03-01", documentsAvailableUntil: "2027-03-08", bidDeadline: "2027-04-01T09:00:00" } });
    expect(ids(validateProject({ project: p }))).toEqual([]);
  });
  it("a GP consultation or tender of 2027 still is refused: its own rule needs that calendar", () => {
    const dates = { documentsIssuedOn: "2027-03-01", documentsAvailableUntil: "2027-03-08", bidDeadline: "2027-04-01T09:00:00" };
    for (const method of ["competitiveConsultation", "open"] as const) {
      expect(() => validateProject({ project: gpProject(method, { dates }) }), method).toThrowError(/CALENDAR_YEAR_NOT_COVERED|2027/);
    }
  });
});

describe("94号令 arts. 19(1), 21(2): a GP complaint is accepted only after a challenge (GP_COMPLAINT_AFTER_CHALLENGE)", () => {
  // Received Mon 2024-05-20; the challenge (if any) on 05-08, answered 05-14.
  const complaint = (over: Partial<ComplaintIn> = {}): ComplaintIn =>
    gpComplaint([{ stage: "accepted", on: "2024-05-22" }, { stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-06-17" }], { outcome: "rejected", ...over });
  const noChallenge = (over: Partial<ComplaintIn> = {}): ComplaintIn => {
    const { objection: _objection, ...rest } = complaint(over);
    return rest;
  };
  const asOf = { asOf: "2024-12-31" };
  it("finds nothing when the complainant challenged first", () => {
    expect(ids(validateComplaint(complaint(), asOf))).toEqual([]);
  });
  it("warns of a complaint accepted with no challenge on record (the report stays ok)", () => {
    const r = validateComplaint(noChallenge(), asOf);
    expect(ids(r)).toEqual(["GP_COMPLAINT_AFTER_CHALLENGE"]);
    expect(r.ok).toBe(true);
    expect(r.findings[0]?.severity).toBe("warning");
    expect(r.findings[0]?.evidence["complaint.hasChallenge"]).toBe(false);
    expect(r.findings[0]?.message.zh).toContain("记录中没有投诉人事先提出的质疑");
  });
  it("leaves the challenge's periods unjudged without a challenge (noData), and judges them with one", () => {
    const periods = ["GP_CHALLENGE_FILED_IN_TIME", "GP_CHALLENGE_ANSWERED_IN_TIME", "GP_COMPLAINT_FILED_IN_TIME"];
    const without = validateComplaint(noChallenge(), asOf);
    for (const ruleId of periods) expect(without.skipped).toContainEqual({ ruleId, reason: "noData", missing: ["complaint.objectionFiledOn"] });
    const withOne = validateComplaint(complaint(), asOf);
    for (const ruleId of periods) expect(withOne.evaluated).toContain(ruleId);
  });
  it("reads a decision on the merits as acceptance (art. 21(4)) when no 'accepted' stage is recorded", () => {
    const stages = [{ stage: "received", on: "2024-05-20" }, { stage: "decided", on: "2024-06-14" }, { stage: "published", on: "2024-06-17" }] satisfies ComplaintIn["stages"];
    expect(ids(validateComplaint(noChallenge({ stages }), asOf))).toEqual(["GP_COMPLAINT_AFTER_CHALLENGE"]);
  });
  it("finds nothing in a complaint refused for it (不予受理) or not yet accepted", () => {
    const refused = [{ stage: "received", on: "2024-05-20" }, { stage: "decided", on: "2024-05-24" }, { stage: "published", on: "2024-05-24" }] satisfies ComplaintIn["stages"];
    expect(ids(validateComplaint(noChallenge({ outcome: "notAccepted", stages: refused }), asOf))).toEqual([]);
    expect(ids(validateComplaint(noChallenge({ outcome: undefined, stages: [{ stage: "received", on: "2024-05-20" }] }), { asOf: "2024-05-27" }))).toEqual([]);
  });
  it("applies from 94号令's first day (a complaint filed 2018-03-01), not the day before", () => {
    const on = (day: string) => noChallenge({ knownOn: "2018-02-20", filedOn: day, stages: [{ stage: "received", on: day }, { stage: "accepted", on: day }] });
    expect(ids(validateComplaint(on("2018-03-01"), { asOf: "2018-03-02" }))).toEqual(["GP_COMPLAINT_AFTER_CHALLENGE"]);
    const before = validateComplaint(on("2018-02-28"), { asOf: "2018-03-02" });
    expect(before.skipped).toContainEqual({ ruleId: "GP_COMPLAINT_AFTER_CHALLENGE", reason: "notYetEffective" });
  });
  it("asks nothing of a tendering complaint (实施条例 art. 60 wants a prior objection only for some matters)", () => {
    const r = validateComplaint(noChallenge({ regime: "tendering", knownOn: "2024-05-14" }), asOf);
    expect(ids(r)).not.toContain("GP_COMPLAINT_AFTER_CHALLENGE");
  });
});
