import type { Rule } from "../engine/types";
import { NATIONAL_EFFECTIVE } from "./basis";

/*
 * The national baseline the directive builds on (DIRECTIVE.md "National rules the draws and checks must respect").
 * Clause IDs name the text and article: NAT-TBL-37 = 招标投标法 art. 37, NAT-TBLR-46 = 招标投标法实施条例 art. 46,
 * NAT-MOF87-47 = 财政部令第87号 art. 47. Periods follow 民法典 art. 201/203 (calendar days) or the PRC working-day
 * calendar (working days); the derived facts carry the computed last day.
 */

/** The clause IDs of the national baseline, with the article each names (a test checks rules cite only these). */
export const NATIONAL_CLAUSES = {
  "NAT-TBL-37": "招标投标法 第三十七条",
  "NAT-TBLR-46": "招标投标法实施条例 第四十六条",
  "NAT-GPLR-9": "政府采购法实施条例 第九条",
  "NAT-MOF87-47": "财政部令第87号 第四十七条",
  "NAT-TBLR-54": "招标投标法实施条例 第五十四条",
  "NAT-TBLR-60": "招标投标法实施条例 第六十条",
  "NAT-TBLR-61": "招标投标法实施条例 第六十一条",
} as const;

/** 招标投标法 art. 37: the committee has 5 or more members, an odd number. */
export const committeeSizeFiveOrMoreOdd = {
  id: "COMMITTEE_SIZE_FIVE_OR_MORE_ODD",
  version: 1,
  clause: "NAT-TBL-37",
  basis: ["招标投标法 第三十七条"],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  message: {
    zh: "评标委员会 {committee.size} 人，须为 {params.committeeMinMembers} 人以上单数",
    en: "The committee has {committee.size} members; it needs an odd number of at least {params.committeeMinMembers}",
  },
  conditions: {
    any: [
      { fact: "committee", path: "size", operator: "lessThan", value: { fact: "params", path: "committeeMinMembers" } },
      { fact: "committee", path: "odd", operator: "equal", value: false },
    ],
  },
  evidence: ["committee.size", "committee.odd", "params.committeeMinMembers"],
  params: ["committeeMinMembers"],
} as const satisfies Rule;

/** 招标投标法 art. 37: technical and economic experts are at least two thirds of the members. */
export const committeeExpertsTwoThirds = {
  id: "COMMITTEE_EXPERTS_TWO_THIRDS",
  version: 1,
  clause: "NAT-TBL-37",
  basis: ["招标投标法 第三十七条"],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  message: {
    zh: "评标委员会 {committee.size} 人中专家仅 {committee.expertCount} 人，不足三分之二（至少 {committee.expertsRequired} 人）",
    en: "Only {committee.expertCount} of the {committee.size} committee members are experts, under two thirds ({committee.expertsRequired} required)",
  },
  conditions: {
    all: [{ fact: "committee", path: "expertCount", operator: "lessThan", value: { fact: "committee", path: "expertsRequired" } }],
  },
  evidence: ["committee.size", "committee.expertCount", "committee.expertsRequired"],
} as const satisfies Rule;

/** 财政部令第87号 art. 47: government procurement with a budget of 10 million yuan or more — 7 or more members. */
export const governmentProcurementCommitteeSeven = {
  id: "GP_COMMITTEE_SEVEN_FOR_LARGE_BUDGET",
  version: 1,
  clause: "NAT-MOF87-47",
  basis: ["财政部令第87号 第四十七条"],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  message: {
    zh: "政府采购项目{project.name}预算 {project.budgetYuan} 元（不低于 {params.gpLargeBudgetYuan} 元），评审委员会仅 {committee.size} 人，应为 {params.gpLargeMinMembers} 人以上",
    en: "Government procurement project {project.name} has a budget of {project.budgetYuan} yuan (at least {params.gpLargeBudgetYuan}); its committee has {committee.size} members, {params.gpLargeMinMembers} or more required",
  },
  conditions: {
    all: [
      { fact: "project", path: "category", operator: "equal", value: "governmentProcurement" },
      { fact: "project", path: "budgetYuan", operator: "greaterThanInclusive", value: { fact: "params", path: "gpLargeBudgetYuan" } },
      { fact: "committee", path: "size", operator: "lessThan", value: { fact: "params", path: "gpLargeMinMembers" } },
    ],
  },
  evidence: ["project.name", "project.budgetYuan", "committee.size", "params.gpLargeBudgetYuan", "params.gpLargeMinMembers"],
  params: ["gpLargeBudgetYuan", "gpLargeMinMembers"],
} as const satisfies Rule;

/**
 * 实施条例 art. 46, 政府采购法实施条例 art. 9: an expert with an interest in a bidder (or the tenderer) withdraws —
 * employment, directorship or control within 3 years, close family. `member.conflicts` lists each tie.
 */
export const expertAvoidsConflictOfInterest = {
  id: "EXPERT_AVOIDS_CONFLICT_OF_INTEREST",
  version: 1,
  clause: "NAT-TBLR-46",
  basis: ["招标投标法实施条例 第四十六条", "政府采购法实施条例 第九条"],
  severity: "error",
  subject: "committeeMember",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  message: {
    zh: "评标专家{member.name}与本项目当事人存在利害关系，应当回避：{member.conflictsZh}",
    en: "Expert {member.name} has an interest in a party to this project and should have withdrawn: {member.conflictsEn}",
  },
  conditions: { all: [{ fact: "member", path: "conflictCount", operator: "greaterThan", value: 0 }] },
  evidence: ["member.expertId", "member.name", "member.conflictsEn", "member.conflictCount", "params.conflictLookbackYears"],
  params: ["conflictLookbackYears"],
} as const satisfies Rule;

/** 实施条例 art. 46: staff of a supervising department do not sit on committees of projects their department supervises. */
export const supervisorNotOnOwnProjectCommittee = {
  id: "SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE",
  version: 1,
  clause: "NAT-TBLR-46",
  basis: ["招标投标法实施条例 第四十六条"],
  severity: "error",
  subject: "committeeMember",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  message: {
    zh: "{member.name}为本项目监管部门（{member.supervisingDepartmentId}）工作人员，不得担任本项目评标委员会成员",
    en: "{member.name} is staff of this project's supervising department ({member.supervisingDepartmentId}) and may not sit on its committee",
  },
  conditions: { all: [{ fact: "member", path: "supervisesProject", operator: "equal", value: true }] },
  evidence: ["member.expertId", "member.name", "member.supervisingDepartmentId"],
} as const satisfies Rule;

/** 实施条例 art. 54: candidates published within 3 days of receiving the evaluation report. */
export const candidatesPublishedInTime = {
  id: "CANDIDATES_PUBLISHED_IN_TIME",
  version: 1,
  clause: "NAT-TBLR-54",
  basis: ["招标投标法实施条例 第五十四条", "民法典 第二百零一条、第二百零三条"],
  severity: "error",
  subject: "evaluation",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  message: {
    zh: "评标报告 {evaluation.reportOn} 收到后，中标候选人最迟应于 {evaluation.candidatesLastDay} 公示，{evaluation.candidatesStatusZh}，逾期 {evaluation.candidatesDaysLate} 日",
    en: "After the evaluation report of {evaluation.reportOn}, candidates were due for publication by {evaluation.candidatesLastDay}; {evaluation.candidatesStatusEn}, {evaluation.candidatesDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "evaluation", path: "candidatesDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["evaluation.reportOn", "evaluation.candidatesStartOn", "evaluation.candidatesLastDay", "evaluation.candidatesDaysLate", "params.candidatePublicationDeadlineDays"],
  params: ["candidatePublicationDeadlineDays"],
} as const satisfies Rule;

/** 实施条例 art. 54: the publication lasts at least 3 days (both end days counted). */
export const candidatesPublishedLongEnough = {
  id: "CANDIDATES_PUBLISHED_LONG_ENOUGH",
  version: 1,
  clause: "NAT-TBLR-54",
  basis: ["招标投标法实施条例 第五十四条"],
  severity: "error",
  subject: "evaluation",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  message: {
    zh: "中标候选人公示期 {evaluation.candidatesStartOn} 至 {evaluation.candidatesEndOn} 共 {evaluation.candidatesPublicationDays} 日，少于 {params.candidatePublicationMinDays} 日",
    en: "Candidates were published from {evaluation.candidatesStartOn} to {evaluation.candidatesEndOn}, {evaluation.candidatesPublicationDays} day(s), under {params.candidatePublicationMinDays}",
  },
  conditions: {
    all: [
      { fact: "evaluation", path: "candidatesPublicationDays", operator: "lessThan", value: { fact: "params", path: "candidatePublicationMinDays" } },
    ],
  },
  evidence: ["evaluation.candidatesStartOn", "evaluation.candidatesEndOn", "evaluation.candidatesPublicationDays", "params.candidatePublicationMinDays"],
  params: ["candidatePublicationMinDays"],
} as const satisfies Rule;

/** 实施条例 art. 60: a complaint within 10 days of knowing; a late one may be refused (info: the complainant's loss). */
export const complaintFiledInTime = {
  id: "COMPLAINT_FILED_IN_TIME",
  version: 1,
  clause: "NAT-TBLR-60",
  basis: ["招标投标法实施条例 第六十条", "民法典 第二百零一条、第二百零三条"],
  severity: "info",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  message: {
    zh: "投诉人{complaint.complainantName}于 {complaint.knownOn} 知道或应当知道，投诉期限至 {complaint.filingLastDay}，{complaint.filedOn} 才投诉，逾期 {complaint.filingDaysLate} 日",
    en: "Complainant {complaint.complainantName} knew on {complaint.knownOn}; the period ended {complaint.filingLastDay} but the complaint came on {complaint.filedOn}, {complaint.filingDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "filingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.knownOn", "complaint.filedOn", "complaint.filingLastDay", "complaint.filingDaysLate", "params.complaintFilingDays"],
  params: ["complaintFilingDays"],
} as const satisfies Rule;

/** 实施条例 art. 61: acceptance decided within 3 working days of receiving the complaint. */
export const complaintAcceptanceInTime = {
  id: "COMPLAINT_ACCEPTANCE_IN_TIME",
  version: 1,
  clause: "NAT-TBLR-61",
  basis: ["招标投标法实施条例 第六十一条"],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  message: {
    zh: "投诉{complaint.id}于 {complaint.receivedOn} 收到，最迟应于 {complaint.acceptanceLastDay}（{params.complaintAcceptanceWorkingDays} 个工作日）决定是否受理，{complaint.acceptanceStatusZh}，逾期 {complaint.acceptanceWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} received {complaint.receivedOn}: acceptance was due by {complaint.acceptanceLastDay} ({params.complaintAcceptanceWorkingDays} working days); {complaint.acceptanceStatusEn}, {complaint.acceptanceWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "acceptanceWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.receivedOn", "complaint.acceptedOn", "complaint.acceptanceLastDay", "complaint.acceptanceWorkingDaysLate"],
  params: ["complaintAcceptanceWorkingDays"],
} as const satisfies Rule;

/** 实施条例 art. 61: a written decision within 30 working days of acceptance. */
export const complaintDecidedInTime = {
  id: "COMPLAINT_DECIDED_IN_TIME",
  version: 1,
  clause: "NAT-TBLR-61",
  basis: ["招标投标法实施条例 第六十一条"],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  message: {
    zh: "投诉{complaint.id}于 {complaint.acceptedOn} 受理，最迟应于 {complaint.decisionLastDay}（{params.complaintDecisionWorkingDays} 个工作日）作出书面处理决定，{complaint.decisionStatusZh}，逾期 {complaint.decisionWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} accepted {complaint.acceptedOn}: a written decision was due by {complaint.decisionLastDay} ({params.complaintDecisionWorkingDays} working days); {complaint.decisionStatusEn}, {complaint.decisionWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "decisionWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.acceptedOn", "complaint.decidedOn", "complaint.decisionLastDay", "complaint.decisionWorkingDaysLate"],
  params: ["complaintDecisionWorkingDays"],
} as const satisfies Rule;

/** The national baseline's own rules, in catalogue order (CONTRACT_SIGNED_IN_TIME comes from item (五)'s file). */
export const nationalRules = [
  committeeSizeFiveOrMoreOdd,
  committeeExpertsTwoThirds,
  governmentProcurementCommitteeSeven,
  expertAvoidsConflictOfInterest,
  supervisorNotOnOwnProjectCommittee,
  candidatesPublishedInTime,
  candidatesPublishedLongEnough,
  complaintFiledInTime,
  complaintAcceptanceInTime,
  complaintDecidedInTime,
] as const;
