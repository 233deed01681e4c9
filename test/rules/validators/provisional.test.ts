import { describe, expect, it } from "vitest";
import { createCalendar } from "../../../src/calendar/index";
import { markProvisional } from "../../../src/rules/facts/provisional";
import { validateAward, validateComplaint } from "../../../src/rules/index";
import type { AwardInput, ComplaintInput, Report } from "../../../src/rules/index";
import { projectInput } from "../fixtures";
import { thrown } from "../../thrown";

// Received Tuesday 2026-12-29: the 3 working days run 12-30, 12-31 and — 2027-01-01 being New Year's Day on the
// provisional calendar — Monday 2027-01-04. No 2027 notice is published yet, so that last day is a forecast.
const lateInto2027 = {
  id: "C27",
  projectId: "P1",
  complainantId: "B2",
  regime: "tendering",
  knownOn: "2026-12-20",
  filedOn: "2026-12-29",
  stages: [
    { stage: "received", on: "2026-12-29" },
    { stage: "accepted", on: "2027-01-08" },
  ],
} satisfies ComplaintInput;
const lateIn2024 = {
  ...lateInto2027,
  id: "C24",
  knownOn: "2024-09-20",
  filedOn: "2024-09-27",
  stages: [
    { stage: "received", on: "2024-09-27" },
    { stage: "accepted", on: "2024-10-09" },
  ],
} satisfies ComplaintInput;
const rule = (r: Report, id: string) => r.findings.find((f) => f.ruleId === id);

describe("deadlines that run into a year with no published notice", () => {
  it("are a clear CALENDAR_YEAR_NOT_COVERED error without the option, never a silent guess", () => {
    const err = thrown(() => validateComplaint(lateInto2027));
    expect(err.code).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(err.details["year"]).toBe(2027);
    expect(err.en).toContain("provisionalCalendar: true");
  });
  it("are counted on the provisional calendar on request, and the finding says so in its message and evidence", () => {
    const r = validateComplaint(lateInto2027, { provisionalCalendar: true });
    const f = rule(r, "COMPLAINT_ACCEPTANCE_IN_TIME");
    expect(f?.evidence["complaint.acceptanceLastDay"]).toBe("2027-01-04");
    expect(f?.evidence["complaint.acceptanceWorkingDaysLate"]).toBe(4);
    expect(f?.evidence["calendar.provisionalYears"]).toEqual([2027]);
    expect(f?.message.zh).toContain("暂定日历");
    expect(f?.message.en).toContain("provisional calendar");
    expect(f?.text).toContain("暂定日历");
    expect(validateComplaint(lateInto2027, { provisionalCalendar: true, locale: "en" }).findings[0]?.text).toContain("provisional calendar");
  });
  it("leave findings on published years untouched, with the option on", () => {
    const plain = validateComplaint(lateIn2024);
    const withOption = validateComplaint(lateIn2024, { provisionalCalendar: true });
    expect(rule(plain, "COMPLAINT_ACCEPTANCE_IN_TIME")).toBeDefined();
    expect(withOption.findings).toEqual(plain.findings);
    expect(rule(withOption, "COMPLAINT_ACCEPTANCE_IN_TIME")?.evidence["calendar.provisionalYears"]).toBeUndefined();
  });
  it("marks a calendar-day deadline whose end was moved off a provisional rest day (contract, 民法典 art. 203)", () => {
    // Award notice 2026-12-10 + 30 days = Saturday 2027-01-09 → Monday 2027-01-11 on the provisional calendar.
    const award = { id: "AW", projectId: "P1", bidderId: "B1", noticeOn: "2026-12-10", status: "active" } satisfies AwardInput["award"];
    const contract = { id: "K", projectId: "P1", awardId: "AW", signedOn: "2027-02-01" };
    expect(thrown(() => validateAward({ project: projectInput(), award, contract })).code).toBe("CALENDAR_YEAR_NOT_COVERED");
    const f = rule(validateAward({ project: projectInput(), award, contract }, { provisionalCalendar: true }), "CONTRACT_SIGNED_IN_TIME");
    expect(f?.evidence["contract.lastDay"]).toBe("2027-01-11");
    expect(f?.evidence["calendar.provisionalYears"]).toEqual([2027]);
    // A deadline wholly in 2026 is not provisional, even when the act came in 2027 (a calendar-day count).
    const early = { ...award, noticeOn: "2026-10-10" };
    const g = rule(validateAward({ project: projectInput(), award: early, contract }, { provisionalCalendar: true }), "CONTRACT_SIGNED_IN_TIME");
    expect(g?.evidence["contract.lastDay"]).toBe("2026-11-09");
    expect(g?.evidence["calendar.provisionalYears"]).toBeUndefined();
  });
  it("are not counted for a tendering award: the government-procurement working-day deadlines are not its own", () => {
    // A contract signed in 2024 and never announced (a tendering contract is not): judged as of 2040.
    const award = { id: "AW", projectId: "P1", bidderId: "B1", noticeOn: "2024-05-20", decidedOn: "2024-05-15", status: "active" } satisfies AwardInput["award"];
    const contract = { id: "K", projectId: "P1", awardId: "AW", signedOn: "2024-06-10" };
    const tendering = validateAward({ project: projectInput({ regime: "tendering" }), award: { ...award, supervisorReportOn: "2024-05-20" }, contract }, { asOf: "2040-01-01" });
    expect(tendering.findings).toEqual([]);
    const gp = { project: projectInput({ regime: "governmentProcurement", category: "governmentProcurement" }), award, contract };
    expect(thrown(() => validateAward(gp, { asOf: "2040-01-01" })).code).toBe("CALENDAR_YEAR_NOT_COVERED");
    expect(rule(validateAward(gp, { asOf: "2040-01-01", provisionalCalendar: true }), "GP_CONTRACT_ANNOUNCED_IN_TIME")?.evidence["calendar.provisionalYears"]).toContain(2040);
  });
  it("are not counted for a tendering complaint: the supplier's challenge and the GP review are not its own", () => {
    // Decided in 2024; the objection before it has no answer on record, so the GP challenge's answer would be pending to 2040.
    const complaint = {
      ...lateIn2024,
      objection: { filedOn: "2024-09-20" },
      stages: [...lateIn2024.stages, { stage: "decided", on: "2024-10-30" }],
    } satisfies ComplaintInput;
    expect(() => validateComplaint(complaint, { asOf: "2040-01-01" })).not.toThrow();
    expect(thrown(() => validateComplaint({ ...complaint, regime: "governmentProcurement" }, { asOf: "2040-01-01" })).code).toBe("CALENDAR_YEAR_NOT_COVERED");
  });
  it("uses the user's own calendar as the base of the provisional one", () => {
    const local = createCalendar({ overrides: { "2026-12-30": "rest" } });
    const f = rule(validateComplaint(lateInto2027, { calendar: local, provisionalCalendar: true }), "COMPLAINT_ACCEPTANCE_IN_TIME");
    expect(f?.evidence["complaint.acceptanceLastDay"]).toBe("2027-01-05");
  });
  it("refuses a non-boolean option", () => {
    expect(thrown(() => validateComplaint(lateIn2024, { provisionalCalendar: "yes" as unknown as boolean })).code).toBe("INVALID_INPUT");
  });
});

describe("markProvisional: findings of deadlines whose facts do not pass provisional years on", () => {
  const ahead = createCalendar({ provisional: true });
  const finding = (evidence: Record<string, unknown>) => ({
    ruleId: "X", ruleVersion: 1, clause: "X", basis: [], severity: "error" as const, subject: "s",
    message: { zh: "逾期", en: "late" }, text: "逾期 / late", evidence,
  });
  const report = (evidence: Record<string, unknown>): Report =>
    ({ ok: false, rulesetVersion: "t", rulesetHash: "h", subject: "s", findings: [finding(evidence)], evaluated: ["X"], skipped: [], rules: [] }) as Report;

  it("falls back to the dates the finding shows (and asOf), conservatively", () => {
    const r = markProvisional(report({ "s.dueLastDay": "2026-12-30", "s.doneOn": "2027-01-05" }), {}, ahead, undefined);
    expect(r.findings[0]?.evidence["calendar.provisionalYears"]).toEqual([2027]);
    expect(r.findings[0]?.text).toBe(`${r.findings[0]?.message.zh} / ${r.findings[0]?.message.en}`);
    const pending = markProvisional(report({ "s.dueLastDay": "2026-12-30" }), {}, ahead, "2027-02-01");
    expect(pending.findings[0]?.evidence["calendar.provisionalYears"]).toEqual([2027]);
  });
  it("leaves findings without a last day, and calendars without provisional years, alone", () => {
    const r = report({ "s.doneOn": "2027-01-05" });
    expect(markProvisional(r, {}, ahead, undefined)).toBe(r);
    const s = report({ "s.dueLastDay": "2026-12-30", "s.doneOn": "2027-01-05" });
    expect(markProvisional(s, {}, createCalendar({ years: [] }), undefined)).toBe(s);
    expect(markProvisional(s, {}, undefined, undefined)).toBe(s);
  });
});
