import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { validateAward, validateCommittee, validateComplaint, validateEvaluation, validateProject, validateSpotCheckQuarter } from "../../../src/rules/index";
import { asUnknownInput, bidders, committee, evaluation, ids, projectInput, sevenExperts } from "../fixtures";
import type { ExpertIn, MemberIn, ProjectIn } from "../fixtures";

/*
 * Item 2 of issue 13: each national rule applies under the regime and procedures its article covers, and only
 * there. Every rule is tried where it applies (fires) and where it does not (silent).
 */

const gp = (method: ProjectIn["procurementMethod"], over: Partial<ProjectIn> = {}) =>
  projectInput({ regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: method, budgetYuan: 2_000_000, ...over });


const check = (project: ProjectIn, over: { committee?: MemberIn[]; experts?: ExpertIn[] } = {}) =>
  validateCommittee({ project, committee: over.committee ?? committee(), experts: over.experts ?? sevenExperts(), bidders, evaluationOn: "2024-05-10" });

const rep = (m: MemberIn): MemberIn => ({ ...m, role: "tendererRepresentative" });

// Small groups drawn from the fixture are all local: LC80-4.3's concentration rule is not what these tests are about.
const LOCAL_POLICY = "COMMITTEE_NOT_CONCENTRATED";
const nat = (r: { findings: ReadonlyArray<{ ruleId: string }> }): string[] => ids(r).filter((id) => id !== LOCAL_POLICY);

describe("committee composition per regime and method", () => {
  it("lets a GP inquiry group of 3 stand, which 招标投标法 art. 37 would refuse", () => {
    expect(nat(check(gp("inquiry"), { committee: committee(3) }))).toEqual([]);
    expect(nat(check(projectInput(), { committee: committee(3) }))).toEqual(["COMMITTEE_SIZE_FIVE_OR_MORE_ODD"]);
  });
  it("flags a negotiation group of 4 (even) or of 2 (GP_NEGOTIATION_GROUP_COMPOSITION)", () => {
    expect(nat(check(gp("competitiveNegotiation"), { committee: committee(4) }))).toEqual(["GP_NEGOTIATION_GROUP_COMPOSITION"]);
    expect(nat(check(gp("competitiveNegotiation"), { committee: committee(2) }))).toEqual(["GP_NEGOTIATION_GROUP_COMPOSITION"]);
  });
  it("wants experts to be two thirds of a group: 2 of 3 pass (boundary), 1 of 3 fails", () => {
    const three = committee(3);
    expect(nat(check(gp("inquiry"), { committee: three.map((m, i) => (i === 2 ? rep(m) : m)) }))).toEqual([]);
    expect(nat(check(gp("inquiry"), { committee: three.map((m, i) => (i >= 1 ? rep(m) : m)) }))).toEqual(["GP_NEGOTIATION_GROUP_COMPOSITION"]);
  });
  it("judges a consultation group by 214号 art. 14, not by 87号令's seven-member rule", () => {
    expect(nat(check(gp("competitiveConsultation", { budgetYuan: 20_000_000 }), { committee: committee(3) }))).toEqual([]);
    expect(nat(check(gp("competitiveConsultation"), { committee: committee(4) }))).toEqual(["GP_CONSULTATION_GROUP_COMPOSITION"]);
  });
  it("wants 5 or more for a GP tender (87号令 art. 47 para. 1), not 招标投标法 art. 37", () => {
    expect(nat(check(gp("open"), { committee: committee(3) }))).toEqual(["GP_TENDER_COMMITTEE_COMPOSITION"]);
    expect(nat(check(gp("open")))).toEqual([]);
  });
  it("74号令 art. 7: 5 or more at the open-tender threshold, 3 below it", () => {
    expect(nat(check(gp("inquiry", { atTenderThreshold: true }), { committee: committee(3) }))).toEqual(["GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD"]);
    expect(nat(check(gp("inquiry", { atTenderThreshold: true }), { committee: committee(5) }))).toEqual([]);
    expect(nat(check(gp("inquiry"), { committee: committee(3) }))).toEqual([]);
  });
  it("a rule of another regime is out of scope, whatever its dates: a 2011 GP committee and the tendering rules of 2012", () => {
    const r = validateCommittee({ project: gp("inquiry"), committee: committee(3), experts: sevenExperts(), bidders, evaluationOn: "2011-06-01" });
    // GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD (2014) covers this method but is not yet in force;
    // EXPERT_AVOIDS_CONFLICT_OF_INTEREST (实施条例, 2012) is a tendering rule: it would never apply
    expect(r.skipped).toContainEqual({ ruleId: "GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD", reason: "notYetEffective" });
    expect(r.skipped).toContainEqual({ ruleId: "EXPERT_AVOIDS_CONFLICT_OF_INTEREST", reason: "outOfScope" });
    expect(r.skipped).toContainEqual({ ruleId: "SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE", reason: "outOfScope" });
  });
  it("does not judge a 2013 negotiation group by 74号令 (in force 2014-02-01)", () => {
    const r = validateCommittee({ project: gp("inquiry", { atTenderThreshold: true }), committee: committee(3), experts: sevenExperts(), bidders, evaluationOn: "2014-01-31" });
    expect(ids(r)).toEqual([]);
    expect(r.skipped).toContainEqual({ ruleId: "GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD", reason: "notYetEffective" });
  });
});

describe("87号令 art. 47 para. 2: seven members on any one of three conditions", () => {
  it("budget: 10,000,000 yuan is the boundary (fires), 9,999,999 does not", () => {
    expect(nat(check(gp("open", { budgetYuan: 10_000_000 })))).toEqual(["GP_COMMITTEE_SEVEN"]);
    expect(nat(check(gp("open", { budgetYuan: 9_999_999 })))).toEqual([]);
  });
  it("technical complexity alone", () => {
    expect(nat(check(gp("open", { technicallyComplex: true })))).toEqual(["GP_COMMITTEE_SEVEN"]);
  });
  it("wide social impact alone", () => {
    expect(nat(check(gp("selective", { publicImpact: true })))).toEqual(["GP_COMMITTEE_SEVEN"]);
  });
  it("accepts seven (boundary), refuses six", () => {
    expect(nat(check(gp("open", { technicallyComplex: true }), { committee: committee(7) }))).toEqual([]);
    expect(nat(check(gp("open", { technicallyComplex: true }), { committee: committee(6) })).sort()).toEqual(["GP_COMMITTEE_SEVEN", "GP_TENDER_COMMITTEE_COMPOSITION"]);
  });
  it("is silent for a tendering project of 12 million", () => {
    expect(nat(check(projectInput({ budgetYuan: 12_000_000, technicallyComplex: true })))).toEqual([]);
  });
  it("was not in force for a 2017-09-30 GP tender (18号令 had no such rule)", () => {
    const r = validateCommittee({ project: gp("open", { budgetYuan: 12_000_000 }), committee: committee(), experts: sevenExperts(), bidders, evaluationOn: "2017-09-30" });
    expect(ids(r)).toEqual([]);
    expect(r.skipped).toContainEqual({ ruleId: "GP_COMMITTEE_SEVEN", reason: "notYetEffective" });
  });
});

describe("who may sit: agency staff, the purchaser's staff", () => {
  const withAgencyStaff = () => {
    const list = sevenExperts({ E3: { employer: { id: "A1", name: "聊城正信招标代理有限公司" } } });
    return list;
  };
  it("bars the agency's own staff from a GP project it runs (AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT)", () => {
    const r = check(gp("competitiveConsultation"), { experts: withAgencyStaff() });
    expect(ids(r)).toEqual(["AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT"]);
    expect(r.findings[0]?.message.en).toBe("张工 works for this project's procurement agency (A1) and may not review a project the agency runs");
  });
  it("does not bar staff of another agency", () => {
    expect(nat(check(gp("competitiveConsultation", { agencyId: "A9" }), { experts: withAgencyStaff() }))).toEqual([]);
  });
  it("lets the purchaser's staff sit as its representative, not as an expert (PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE)", () => {
    const list = sevenExperts({ E5: { employer: { id: "T1", name: "聊城市教育局" } } });
    expect(nat(check(gp("inquiry"), { experts: list }))).toEqual(["PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE"]);
    const members = committee().map((m, i) => (i === 4 ? rep(m) : m));
    expect(nat(check(gp("inquiry"), { experts: list, committee: members }))).toEqual([]);
  });
  it("does not apply 政府采购法实施条例 art. 9's 3-year look-back to the purchaser", () => {
    const list = sevenExperts({ E2: { employments: [{ employerId: "T1", from: "2019-01-01", to: "2023-12-31" }] } });
    expect(nat(check(gp("open"), { experts: list }))).toEqual([]);
  });
  it("applies art. 9 to a supplier tie within 3 years (GP_REVIEWER_AVOIDS_SUPPLIER_TIES), not the tendering rule", () => {
    const list = sevenExperts({ E2: { employments: [{ employerId: "B1", from: "2019-01-01", to: "2023-12-31" }] } });
    expect(nat(check(gp("open"), { experts: list }))).toEqual(["GP_REVIEWER_AVOIDS_SUPPLIER_TIES"]);
    expect(nat(check(projectInput(), { experts: list }))).toEqual(["EXPERT_AVOIDS_CONFLICT_OF_INTEREST"]);
  });
  it("keeps supervisors' staff rule (实施条例 art. 46) to tendering", () => {
    const list = sevenExperts({ E4: { supervisingDepartmentId: "DEP-ZJ" } });
    expect(nat(check(projectInput(), { experts: list }))).toEqual(["SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE"]);
    expect(nat(check(gp("open"), { experts: list }))).toEqual([]);
  });
});

describe("relatives by degree", () => {
  const tie = (relation: NonNullable<ExpertIn["familyTies"]>[number]["relation"]) => {
    const list = sevenExperts({ E1: { familyTies: [{ person: { name: "孙甲" }, relation }] } });
    return list;
  };
  it("counts a first cousin of a supplier's legal representative under GP art. 9(4) (collateral, third generation)", () => {
    expect(nat(check(gp("open"), { experts: tie("cousin") }))).toEqual(["GP_REVIEWER_AVOIDS_SUPPLIER_TIES"]);
    expect(nat(check(gp("open"), { experts: tie("uncleOrAunt") }))).toEqual(["GP_REVIEWER_AVOIDS_SUPPLIER_TIES"]);
  });
  it("does not count a cousin or an in-law as 近亲属 under the tendering texts (民法典 art. 1045)", () => {
    expect(nat(check(projectInput(), { experts: tie("cousin") }))).toEqual([]);
    expect(nat(check(projectInput(), { experts: tie("siblingInLaw") }))).toEqual([]);
    expect(nat(check(projectInput(), { experts: tie("sibling") }))).toEqual(["EXPERT_AVOIDS_CONFLICT_OF_INTEREST"]);
  });
  it("refuses a relation it does not know, listing the known ones", () => {
    try {
      check(gp("open"), { experts: tie(asUnknownInput<"sibling">("other")) }); // not a relation the model knows
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GgzyError);
      expect((e as GgzyError).code).toBe("INVALID_INPUT");
      expect((e as GgzyError).en).toContain("familyTies");
      expect((e as GgzyError).en).toContain("cousin");
    }
  });
});

describe("LC80-4.4 fee vs reimbursement", () => {
  const civil = () => {
    const list = sevenExperts({ E1: { employmentKind: "civilServant" } });
    return list;
  };
  it("does not treat reimbursed travel costs as pay", () => {
    const members = committee().map((m, i) => (i === 0 ? { ...m, payments: [{ kind: "reimbursement" as const, amountYuan: 260, note: "往返交通" }] } : m));
    expect(nat(check(projectInput(), { experts: civil(), committee: members }))).toEqual([]);
  });
  it("flags a fee paid to a civil servant (CIVIL_SERVANT_UNPAID)", () => {
    const members = committee().map((m, i) => (i === 0 ? { ...m, payments: [{ kind: "fee" as const, amountYuan: 500 }] } : m));
    expect(nat(check(projectInput(), { experts: civil(), committee: members }))).toEqual(["CIVIL_SERVANT_UNPAID"]);
  });
  it("refuses an unknown payment kind, listing the known ones", () => {
    const members = committee().map((m, i) => (i === 0 ? { ...m, payments: [{ kind: "allowance", amountYuan: 100 }] } : m));
    expect(() => check(projectInput(), { experts: civil(), committee: asUnknownInput<MemberIn[]>(members) })).toThrowError(/fee.*reimbursement/);
  });
});

describe("LC80-4.2 required raters are the related parties present", () => {
  const tendererOnly = () => {
    const e = evaluation();
    return { ...e, ratings: (e.ratings ?? []).filter((r) => r.rater === "tenderer") };
  };
  it("does not ask an agency to rate where no agency ran the procedure", () => {
    expect(ids(validateEvaluation({ project: projectInput({ agencyId: undefined }), evaluation: tendererOnly() }, { asOf: "2024-06-30" }))).toEqual([]);
  });
  it("asks the agency where one ran it (EXPERT_RATED_PER_EVENT)", () => {
    expect(ids(validateEvaluation({ project: projectInput(), evaluation: tendererOnly() }, { asOf: "2024-06-30" }))).toEqual(["EXPERT_RATED_PER_EVENT"]);
  });
});

describe("LC80-5.2 the quarterly rate is judged after the quarter ends", () => {
  const q = { id: "SC1", quarter: "2024-Q3", supervisingDepartmentId: "DEP-ZJ", region: "371500", totalProjects: 60, checkedProjectIds: ["P1"], inspectorIds: ["IN1"], drawRecordRef: "draw:SC1" };
  it("does not judge a running quarter, up to its last day", () => {
    expect(ids(validateSpotCheckQuarter(q, { asOf: "2024-09-30" }))).not.toContain("SPOT_CHECK_RATE");
  });
  it("judges it the day after", () => {
    expect(ids(validateSpotCheckQuarter(q, { asOf: "2024-10-01" }))).toContain("SPOT_CHECK_RATE");
  });
  it("still wants a draw record while the quarter runs (SPOT_CHECK_DRAWN)", () => {
    expect(ids(validateSpotCheckQuarter({ ...q, drawRecordRef: undefined }, { asOf: "2024-08-01" }))).toContain("SPOT_CHECK_DRAWN");
  });
});

describe("LC80-8 applies to the supervision-vacuum categories only", () => {
  const bare = (over: Record<string, unknown> = {}) => validateProject({ project: projectInput({ supervisingDepartmentId: undefined, ...over }) });
  it("is silent for an ordinary project without a named supervisor", () => {
    expect(ids(bare())).toEqual([]);
  });
  it("fires for supporting works and for matters with no supervisor set by law", () => {
    expect(ids(bare({ supportingWorks: true }))).toEqual(["PROJECT_HAS_SUPERVISOR"]);
    expect(ids(bare({ noStatutorySupervisor: true }))).toEqual(["PROJECT_HAS_SUPERVISOR"]);
  });
});

describe("bad input: a rule that needs the regime or method never guesses", () => {
  it("names the field and the rule when the project has no regime", () => {
    try {
      check(projectInput({ regime: undefined }));
      expect.unreachable();
    } catch (e) {
      const err = e as GgzyError;
      expect(err.code).toBe("INVALID_INPUT");
      expect(err.issues[0]?.path).toEqual(["project", "regime"]);
      expect(err.details["ruleId"]).toMatch(/^[A-Z_]+$/);
      expect(err.en).toContain("project.regime");
      expect(err.en).toContain(String(err.details["ruleId"]));
    }
  });
  it("names the complaint's regime for a complaint checked on its own", () => {
    const c = { id: "C1", projectId: "P1", complainantId: "B2", knownOn: "2024-09-20", filedOn: "2024-09-27" };
    expect(() => validateComplaint(c)).toThrowError(/regime.*COMPLAINT_|COMPLAINT_.*regime/s);
  });
  it("refuses a method the regime does not know (招标投标法 art. 10)", () => {
    expect(() => check(projectInput({ procurementMethod: "inquiry" }))).toThrowError(/project\.procurementMethod/);
  });
});

describe("政府采购法实施条例 art. 7: a works tender recorded as government procurement is refused, never re-scoped", () => {
  // Legal review 11, item 5: a GP works project tendered openly was judged under 政府采购法 (GP_BID_PERIOD citing art.
  // 35, for goods and services) and every 招标投标法 rule was skipped as out of scope.
  const works = (method: ProjectIn["procurementMethod"], regime: ProjectIn["regime"] = "governmentProcurement") =>
    projectInput({ regime, category: "construction", procurementMethod: method, budgetYuan: 8_000_000, dates: { publishedOn: "2024-04-01", documentsIssuedOn: "2024-04-01", bidDeadline: "2024-04-22T09:00:00", evaluationOn: "2024-04-22" } });
  const refusal = (run: () => unknown): GgzyError => {
    try {
      run();
    } catch (e) {
      return e as GgzyError;
    }
    return expect.unreachable("the record was accepted");
  };
  it("refuses an open or invited works tender recorded as governmentProcurement, naming project.regime and saying to record tendering", () => {
    for (const method of ["open", "selective"] as const) {
      const err = refusal(() => validateProject({ project: works(method) }, { asOf: "2024-06-01" }));
      expect(err.code, method).toBe("INVALID_INPUT");
      expect(err.issues[0]?.path).toEqual(["project", "regime"]);
      expect(err.zh).toContain("应记录为 tendering");
      expect(err.zh).toContain("政府采购法实施条例第七条");
      expect(err.en).toContain("record the regime as tendering");
    }
  });
  it("refuses it in every validator that takes the project (award, evaluation, committee)", () => {
    const award = { id: "AW1", projectId: "P1", bidderId: "B1", status: "active" as const, decidedOn: "2024-05-06" };
    expect(refusal(() => validateAward({ project: works("open"), award })).issues[0]?.path).toEqual(["project", "regime"]);
    expect(refusal(() => validateEvaluation({ project: works("open"), evaluation: evaluation(), experts: sevenExperts(), bidders })).issues[0]?.path).toEqual(["project", "regime"]);
    expect(refusal(() => check(works("selective"))).issues[0]?.path).toEqual(["project", "regime"]);
  });
  it("keeps works procured by a method other than tendering under government procurement", () => {
    for (const method of ["competitiveNegotiation", "competitiveConsultation", "direct"] as const) {
      expect(() => validateProject({ project: works(method) }, { asOf: "2024-06-01" }), method).not.toThrow();
    }
  });
  it("accepts the same works tender recorded as tendering, and judges it by 招标投标法: the candidates never published are a finding", () => {
    const r = validateProject({ project: works("open", "tendering"), evaluations: [{ id: "E1", projectId: "P1", status: "finished", endedAt: "2024-04-22T17:00:00", reportOn: "2024-04-23", committee: [] }] }, { asOf: "2024-06-01" });
    expect(ids(r)).toContain("CANDIDATES_PUBLISHED_IN_TIME");
    expect(ids(r).filter((id) => id.startsWith("GP_"))).toEqual([]);
  });
  it("refuses a transport or water-resources works tender recorded as governmentProcurement too, naming its category", () => {
    // 政府采购法 art. 2 para. 6 and 实施条例 art. 7 para. 2: 工程 is 建设工程, whichever supervisor the works fall under.
    for (const category of ["transport", "waterResources"] as const) {
      for (const method of ["open", "selective"] as const) {
        const err = refusal(() => validateProject({ project: { ...works(method), category } }, { asOf: "2024-06-01" }));
        expect(err.issues[0]?.path, `${category} ${method}`).toEqual(["project", "regime"]);
        expect(err.zh).toContain(`政府采购工程（category ${category}）`);
        expect(err.en).toContain(`(category ${category})`);
      }
      expect(() => validateProject({ project: { ...works("competitiveConsultation"), category } }, { asOf: "2024-06-01" }), category).not.toThrow();
      expect(() => validateProject({ project: { ...works("open", "tendering"), category } }, { asOf: "2024-06-01" }), category).not.toThrow();
    }
  });
  it("does not guess about a category that does not say it is works: governmentProcurement or other", () => {
    for (const category of ["governmentProcurement", "other"] as const) {
      expect(() => validateProject({ project: { ...works("open"), category } }, { asOf: "2024-06-01" }), category).not.toThrow();
    }
  });
  it("does not guess about goods and services: a GP goods tender is accepted whatever it serves", () => {
    expect(() => validateProject({ project: gp("open") }, { asOf: "2024-06-01" })).not.toThrow();
  });
});
