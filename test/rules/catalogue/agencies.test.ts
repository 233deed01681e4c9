import { describe, expect, it } from "vitest";
import { validateAgencySelection } from "../../../src/rules/index";
import { agency, ids, projectInput, selection } from "../fixtures";
import type { AgencyIn, SelectionIn } from "../fixtures";

const check = (over: { selection?: Partial<SelectionIn>; agencies?: AgencyIn[]; projectStaff?: string[] } = {}) =>
  validateAgencySelection({ selection: selection(over.selection), project: projectInput(), agencies: over.agencies ?? [agency()], ...(over.projectStaff ? { projectStaff: over.projectStaff } : {}) });

describe("LC80-3.1 agency disclosure and blacklist", () => {
  it("accepts an agency whose five disclosure parts were published before the selection", () => {
    expect(check().ok).toBe(true);
    expect(ids(check())).toEqual([]);
  });
  it("names the unpublished parts (AGENCY_DISCLOSURE_COMPLETE)", () => {
    const a = agency({ disclosure: { personnel: { publishedOn: "2023-01-05" }, creditRecord: { publishedOn: "2024-06-01" } } });
    const f = check({ agencies: [a] }).findings.find((x) => x.ruleId === "AGENCY_DISCLOSURE_COMPLETE");
    expect(f?.evidence["agency.disclosureMissingCount"]).toBe(4); // credit record published only after the selection
    expect(f?.message.zh).toContain("执业情况、内控制度、检查处理处罚情况、信用记录");
    expect(f?.severity).toBe("warning");
  });
  it("refuses a blacklisted agency on the selection day (AGENCY_NOT_BLACKLISTED)", () => {
    const a = agency({ blacklist: [{ from: "2024-01-01", until: "2024-12-31", reason: "串通投标" }] });
    const r = check({ agencies: [a] });
    expect(ids(r)).toContain("AGENCY_NOT_BLACKLISTED");
    expect(r.ok).toBe(false);
    expect(r.findings.find((x) => x.ruleId === "AGENCY_NOT_BLACKLISTED")?.message.en).toContain("since 2024-01-01: 串通投标");
  });
  it("accepts an agency whose blacklisting ended before the selection", () => {
    const a = agency({ blacklist: [{ from: "2022-01-01", until: "2023-12-31", reason: "串通投标" }] });
    expect(ids(check({ agencies: [a] }))).not.toContain("AGENCY_NOT_BLACKLISTED");
  });
});

describe("LC80-3.2 merit selection, justified and filed", () => {
  const better = agency({ id: "A0", name: "东昌招标有限公司", creditRecords: [{ date: "2023-06-01", kind: "positive", category: "表彰" }, { date: "2023-07-01", kind: "positive", category: "表彰" }] });
  const worse = agency({ creditRecords: [{ date: "2023-06-01", kind: "negative", category: "不良行为" }] });
  it("needs a written explanation when the chosen agency is not top-ranked (AGENCY_MERIT_OR_JUSTIFIED)", () => {
    const r = check({ agencies: [worse, better] });
    const f = r.findings.find((x) => x.ruleId === "AGENCY_MERIT_OR_JUSTIFIED");
    expect(f?.evidence["merit.rank"]).toBe(2);
    expect(f?.evidence["merit.source"]).toBe("rankAgencies");
    expect(f?.message.zh).toContain("第 1 名为东昌招标有限公司");
  });
  it("accepts a lower-ranked agency with a written explanation", () => {
    const r = check({ agencies: [worse, better], selection: { justification: { text: "A0 无该专业业绩", date: "2024-02-28" } } });
    expect(ids(r)).not.toContain("AGENCY_MERIT_OR_JUSTIFIED");
  });
  it("uses the tenderer's recorded ranking when there is one", () => {
    const candidates = [{ agencyId: "A1", rank: 2 }, { agencyId: "A9", rank: 1 }];
    expect(ids(check({ selection: { candidates } }))).toContain("AGENCY_MERIT_OR_JUSTIFIED");
    expect(ids(check({ selection: { candidates: [{ agencyId: "A1", rank: 1 }] } }))).not.toContain("AGENCY_MERIT_OR_JUSTIFIED");
  });
  it("flags a selection not filed as a collective decision (AGENCY_SELECTION_FILED)", () => {
    expect(ids(check({ selection: { filing: undefined } }))).toContain("AGENCY_SELECTION_FILED");
    const notCollective = { method: "择优", result: "x", filedOn: "2024-03-02", collectiveDecision: false };
    expect(ids(check({ selection: { filing: notCollective } }))).toContain("AGENCY_SELECTION_FILED");
  });
});

describe("LC80-3.3 agency staff trained", () => {
  it("names staff without a passed training within the period (AGENCY_STAFF_TRAINED)", () => {
    const a = agency({
      staff: [
        { person: { name: "赵敏" }, trainings: [{ date: "2022-11-01", course: "实务", passed: true }] },
        { person: { name: "钱亮" }, trainings: [{ date: "2024-01-01", course: "实务", passed: false }] },
        { person: { name: "孙丽" }, trainings: [{ date: "2024-01-01", course: "实务", passed: true }] },
      ],
    });
    const f = check({ agencies: [a] }).findings.find((x) => x.ruleId === "AGENCY_STAFF_TRAINED");
    expect(f?.evidence["agency.untrainedStaffCount"]).toBe(2);
    expect(f?.message.zh).toContain("365 日内无合格培训记录");
    expect(ids(check({ agencies: [a], projectStaff: ["孙丽"] }))).not.toContain("AGENCY_STAFF_TRAINED");
  });
  it("accepts staff trained within the year", () => {
    expect(ids(check())).not.toContain("AGENCY_STAFF_TRAINED");
  });
});
