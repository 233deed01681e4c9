import type { Rule } from "../engine/types";
import { NATIONAL_EFFECTIVE, SCOPE, GPL, GPLR, MOF214, MOF74, MOF87, MOF94, TBL, TBLR } from "./basis";

/*
 * The national baseline the directive builds on: committees, avoidance, candidate publication and complaints, each
 * under the regime and procedures its article covers (`scope`) and from the article's own date. Clause IDs name
 * the text and article: NAT-TBL-37 = 招标投标法 art. 37, NAT-TBLR-46 = 招标投标法实施条例 art. 46, NAT-GPL-38 =
 * 政府采购法 art. 38, NAT-GPLR-9 = 政府采购法实施条例 art. 9, NAT-MOF87-47 = 财政部令第87号 art. 47, NAT-MOF74-7 =
 * 财政部令第74号 art. 7, NAT-MOF214-14 = 财库〔2014〕214号 art. 14, NAT-MOF94-21 = 财政部令第94号 art. 21.
 * The timeline (documents, bonds, award, challenges) is in `nationalTimeline.ts`.
 */

/** The clause IDs of the national baseline, with the article each names (a test checks rules cite only these). */
export const NATIONAL_CLAUSES = {
  "NAT-TBL-24": TBL("二十四"),
  "NAT-TBL-37": TBL("三十七"),
  "NAT-TBL-46": TBL("四十六"),
  "NAT-TBL-47": TBL("四十七"),
  "NAT-TBLR-16": TBLR("十六"),
  "NAT-TBLR-21": TBLR("二十一"),
  "NAT-TBLR-22": TBLR("二十二"),
  "NAT-TBLR-26": TBLR("二十六"),
  "NAT-TBLR-46": TBLR("四十六"),
  "NAT-TBLR-54": TBLR("五十四"),
  "NAT-TBLR-57": TBLR("五十七"),
  "NAT-TBLR-60": TBLR("六十"),
  "NAT-TBLR-61": TBLR("六十一"),
  "NAT-GPL-35": GPL("三十五"),
  "NAT-GPL-38": "政府采购法 第三十八条、第四十条",
  "NAT-GPL-47": GPL("四十七"),
  "NAT-GPL-52": GPL("五十二"),
  "NAT-GPL-53": GPL("五十三"),
  "NAT-GPL-55": GPL("五十五"),
  "NAT-GPL-56": GPL("五十六"),
  "NAT-GPLR-9": GPLR("九"),
  "NAT-GPLR-33": GPLR("三十三"),
  "NAT-GPLR-43": GPLR("四十三"),
  "NAT-GPLR-50": GPLR("五十"),
  "NAT-MOF87-18": MOF87("十八"),
  "NAT-MOF87-27": MOF87("二十七"),
  "NAT-MOF87-47": MOF87("四十七"),
  "NAT-MOF87-68": MOF87("六十八"),
  "NAT-MOF87-69": MOF87("六十九"),
  "NAT-MOF74-7": MOF74("七"),
  "NAT-MOF74-29": "财政部令第74号 第二十九条、第四十五条",
  "NAT-MOF214-10": MOF214("十"),
  "NAT-MOF214-14": MOF214("十四"),
  "NAT-MOF94-19": MOF94("十九"),
  "NAT-MOF94-21": MOF94("二十一"),
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Committees: tendering (招标投标法 art. 37)

/** 招标投标法 art. 37: the committee has 5 or more members, an odd number. */
export const committeeSizeFiveOrMoreOdd = {
  id: "COMMITTEE_SIZE_FIVE_OR_MORE_ODD",
  version: 2,
  clause: "NAT-TBL-37",
  basis: [TBL("三十七")],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  scope: SCOPE.tendering,
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
  version: 2,
  clause: "NAT-TBL-37",
  basis: [TBL("三十七")],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  scope: SCOPE.tendering,
  message: {
    zh: "评标委员会 {committee.size} 人中专家仅 {committee.expertCount} 人，不足三分之二（至少 {committee.expertsRequired} 人）",
    en: "Only {committee.expertCount} of the {committee.size} committee members are experts, under two thirds ({committee.expertsRequired} required)",
  },
  conditions: {
    all: [{ fact: "committee", path: "expertCount", operator: "lessThan", value: { fact: "committee", path: "expertsRequired" } }],
  },
  evidence: ["committee.size", "committee.expertCount", "committee.expertsRequired"],
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// Committees and groups: government procurement

/** 87号令 art. 47 (18号令 art. 45 before 2017-10-01): a GP tender committee of 5 or more, odd, experts ≥ 2/3. */
export const gpTenderCommitteeComposition = {
  id: "GP_TENDER_COMMITTEE_COMPOSITION",
  version: 1,
  clause: "NAT-MOF87-47",
  basis: [MOF87("四十七"), "财政部令第18号 第四十五条（2017-10-01 前）"],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.mof18 },
  scope: SCOPE.gpTender,
  message: {
    zh: "政府采购招标评标委员会 {committee.size} 人（评审专家 {committee.expertCount} 人），须为 5 人以上单数且评审专家不少于三分之二（{committee.expertsRequired} 人）",
    en: "The GP tender committee has {committee.size} members ({committee.expertCount} experts); it needs an odd number of 5 or more with experts at least two thirds ({committee.expertsRequired})",
  },
  conditions: {
    any: [
      { fact: "committee", path: "size", operator: "lessThan", value: 5 },
      { fact: "committee", path: "odd", operator: "equal", value: false },
      { fact: "committee", path: "expertCount", operator: "lessThan", value: { fact: "committee", path: "expertsRequired" } },
    ],
  },
  evidence: ["project.name", "committee.size", "committee.expertCount", "committee.expertsRequired"],
} as const satisfies Rule;

/** 87号令 art. 47: 7 or more (odd) where the budget is 10 million or more, the project technically complex, or of wide social impact. */
export const gpCommitteeSeven = {
  id: "GP_COMMITTEE_SEVEN",
  version: 1,
  clause: "NAT-MOF87-47",
  basis: [MOF87("四十七")],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  scope: SCOPE.gpTender,
  message: {
    zh: "政府采购项目{project.name}（预算 {project.budgetYuan} 元，技术复杂：{project.technicallyComplex}，社会影响较大：{project.publicImpact}）评标委员会 {committee.size} 人，应为 {params.gpLargeMinMembers} 人以上单数",
    en: "GP project {project.name} (budget {project.budgetYuan} yuan, technically complex: {project.technicallyComplex}, wide social impact: {project.publicImpact}) has a committee of {committee.size}; an odd number of {params.gpLargeMinMembers} or more is required",
  },
  conditions: {
    all: [
      {
        any: [
          { fact: "project", path: "budgetYuan", operator: "greaterThanInclusive", value: { fact: "params", path: "gpLargeBudgetYuan" } },
          { fact: "project", path: "technicallyComplex", operator: "equal", value: true },
          { fact: "project", path: "publicImpact", operator: "equal", value: true },
        ],
      },
      {
        any: [
          { fact: "committee", path: "size", operator: "lessThan", value: { fact: "params", path: "gpLargeMinMembers" } },
          { fact: "committee", path: "odd", operator: "equal", value: false },
        ],
      },
    ],
  },
  evidence: ["project.name", "project.budgetYuan", "project.technicallyComplex", "project.publicImpact", "committee.size", "params.gpLargeBudgetYuan", "params.gpLargeMinMembers"],
  params: ["gpLargeBudgetYuan", "gpLargeMinMembers"],
} as const satisfies Rule;

/** 政府采购法 arts. 38, 40 and 74号令 art. 7: a negotiation or inquiry group of 3 or more, odd, experts ≥ 2/3. */
export const gpNegotiationGroupComposition = {
  id: "GP_NEGOTIATION_GROUP_COMPOSITION",
  version: 1,
  clause: "NAT-GPL-38",
  basis: ["政府采购法 第三十八条、第四十条", MOF74("七")],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpNegotiationInquiry,
  message: {
    zh: "谈判（询价）小组 {committee.size} 人（评审专家 {committee.expertCount} 人），须为 3 人以上单数且专家不少于三分之二（{committee.expertsRequired} 人）",
    en: "The negotiation (inquiry) group has {committee.size} members ({committee.expertCount} experts); it needs an odd number of 3 or more with experts at least two thirds ({committee.expertsRequired})",
  },
  conditions: {
    any: [
      { fact: "committee", path: "size", operator: "lessThan", value: 3 },
      { fact: "committee", path: "odd", operator: "equal", value: false },
      { fact: "committee", path: "expertCount", operator: "lessThan", value: { fact: "committee", path: "expertsRequired" } },
    ],
  },
  evidence: ["project.name", "committee.size", "committee.expertCount", "committee.expertsRequired"],
} as const satisfies Rule;

/** 74号令 art. 7 para. 3: at the open-tender threshold (or the works tendering scale) the group has 5 or more. */
export const gpNegotiationGroupFiveAtThreshold = {
  id: "GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD",
  version: 1,
  clause: "NAT-MOF74-7",
  basis: [MOF74("七")],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.mof74 },
  scope: SCOPE.gpNegotiationInquiry,
  message: {
    zh: "项目{project.name}达到公开招标数额标准（或工程招标规模标准），谈判（询价）小组 {committee.size} 人，应为 5 人以上单数",
    en: "Project {project.name} is at the open-tender threshold (or the works tendering scale); its negotiation (inquiry) group has {committee.size} members, 5 or more (odd) required",
  },
  conditions: {
    all: [
      { fact: "project", path: "atTenderThreshold", operator: "equal", value: true },
      { fact: "committee", path: "size", operator: "lessThan", value: 5 },
    ],
  },
  evidence: ["project.name", "project.atTenderThreshold", "committee.size"],
} as const satisfies Rule;

/** 财库〔2014〕214号 art. 14: a consultation group of 3 or more, odd, experts ≥ 2/3. */
export const gpConsultationGroupComposition = {
  id: "GP_CONSULTATION_GROUP_COMPOSITION",
  version: 1,
  clause: "NAT-MOF214-14",
  basis: [MOF214("十四")],
  severity: "error",
  subject: "committee",
  effective: { from: NATIONAL_EFFECTIVE.mof214 },
  scope: SCOPE.gpConsultation,
  message: {
    zh: "磋商小组 {committee.size} 人（评审专家 {committee.expertCount} 人），须为 3 人以上单数且专家不少于三分之二（{committee.expertsRequired} 人）",
    en: "The consultation group has {committee.size} members ({committee.expertCount} experts); it needs an odd number of 3 or more with experts at least two thirds ({committee.expertsRequired})",
  },
  conditions: {
    any: [
      { fact: "committee", path: "size", operator: "lessThan", value: 3 },
      { fact: "committee", path: "odd", operator: "equal", value: false },
      { fact: "committee", path: "expertCount", operator: "lessThan", value: { fact: "committee", path: "expertsRequired" } },
    ],
  },
  evidence: ["project.name", "committee.size", "committee.expertCount", "committee.expertsRequired"],
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// Who may sit

/** 87号令 art. 47, 74号令 art. 7, 214号 art. 14: an agency's staff do not review projects the agency runs. */
export const agencyStaffNotReviewingOwnProject = {
  id: "AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT",
  version: 1,
  clause: "NAT-MOF87-47",
  basis: [MOF87("四十七"), MOF74("七"), MOF214("十四")],
  severity: "error",
  subject: "committeeMember",
  effective: { from: NATIONAL_EFFECTIVE.mof74 },
  scope: SCOPE.gpGroups,
  message: {
    zh: "{member.name}为本项目采购代理机构（{member.agencyId}）工作人员，不得参加本机构代理项目的评审",
    en: "{member.name} works for this project's procurement agency ({member.agencyId}) and may not review a project the agency runs",
  },
  conditions: { all: [{ fact: "member", path: "agencyStaff", operator: "equal", value: true }] },
  evidence: ["member.expertId", "member.name", "member.employerName", "member.agencyId"],
} as const satisfies Rule;

/** 87号令 art. 47, 74号令 art. 7, 214号 art. 14: the purchaser's own staff sit only as its representatives. */
export const purchaserStaffOnlyAsRepresentative = {
  id: "PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE",
  version: 1,
  clause: "NAT-MOF87-47",
  basis: [MOF87("四十七"), MOF74("七"), MOF214("十四")],
  severity: "error",
  subject: "committeeMember",
  effective: { from: NATIONAL_EFFECTIVE.mof74 },
  scope: SCOPE.gpGroups,
  message: {
    zh: "{member.name}为采购人（{member.tendererId}）工作人员，只能以采购人代表身份参加本单位项目评审，不得作为评审专家",
    en: "{member.name} works for the purchaser ({member.tendererId}) and may take part in its own project only as the purchaser's representative, not as an expert",
  },
  conditions: { all: [{ fact: "member", path: "purchaserStaffAsExpert", operator: "equal", value: true }] },
  evidence: ["member.expertId", "member.name", "member.employerName", "member.tendererId", "member.role"],
} as const satisfies Rule;

/** 招标投标法 art. 37, 实施条例 art. 46: a member with an interest in a bidder withdraws. */
export const expertAvoidsConflictOfInterest = {
  id: "EXPERT_AVOIDS_CONFLICT_OF_INTEREST",
  version: 2,
  clause: "NAT-TBLR-46",
  basis: [TBL("三十七"), TBLR("四十六")],
  severity: "error",
  subject: "committeeMember",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "评标专家{member.name}与本项目当事人存在利害关系，应当回避：{member.conflictsZh}",
    en: "Expert {member.name} has an interest in a party to this project and should have withdrawn: {member.conflictsEn}",
  },
  conditions: { all: [{ fact: "member", path: "conflictCount", operator: "greaterThan", value: 0 }] },
  evidence: ["member.expertId", "member.name", "member.conflictsEn", "member.conflictCount", "params.conflictLookbackYears"],
  params: ["conflictLookbackYears"],
} as const satisfies Rule;

/** 政府采购法实施条例 art. 9: a reviewer with a tie to a supplier withdraws. */
export const gpReviewerAvoidsSupplierTies = {
  id: "GP_REVIEWER_AVOIDS_SUPPLIER_TIES",
  version: 1,
  clause: "NAT-GPLR-9",
  basis: [GPLR("九")],
  severity: "error",
  subject: "committeeMember",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpAll,
  message: {
    zh: "评审专家{member.name}与供应商存在利害关系，应当回避：{member.conflictsZh}",
    en: "Reviewer {member.name} has a tie to a supplier and should have withdrawn: {member.conflictsEn}",
  },
  conditions: { all: [{ fact: "member", path: "conflictCount", operator: "greaterThan", value: 0 }] },
  evidence: ["member.expertId", "member.name", "member.conflictsEn", "member.conflictCount", "params.conflictLookbackYears"],
  params: ["conflictLookbackYears"],
} as const satisfies Rule;

/** 实施条例 art. 46: staff of a supervising department do not sit on committees of projects their department supervises. */
export const supervisorNotOnOwnProjectCommittee = {
  id: "SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE",
  version: 2,
  clause: "NAT-TBLR-46",
  basis: [TBLR("四十六")],
  severity: "error",
  subject: "committeeMember",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "{member.name}为本项目监管部门（{member.supervisingDepartmentId}）工作人员，不得担任本项目评标委员会成员",
    en: "{member.name} is staff of this project's supervising department ({member.supervisingDepartmentId}) and may not sit on its committee",
  },
  conditions: { all: [{ fact: "member", path: "supervisesProject", operator: "equal", value: true }] },
  evidence: ["member.expertId", "member.name", "member.supervisingDepartmentId"],
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// Candidate publication (tendering only: GP announces the result under 87号令 art. 69)

/** 实施条例 art. 54: candidates published within 3 days of receiving the evaluation report. */
export const candidatesPublishedInTime = {
  id: "CANDIDATES_PUBLISHED_IN_TIME",
  version: 2,
  clause: "NAT-TBLR-54",
  basis: [TBLR("五十四"), "民法典 第二百零一条、第二百零三条"],
  severity: "error",
  subject: "evaluation",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
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
  version: 2,
  clause: "NAT-TBLR-54",
  basis: [TBLR("五十四")],
  severity: "error",
  subject: "evaluation",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
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

/** 实施条例 art. 54 para. 2: the tenderer answers an objection to the evaluation result within 3 days of receiving it. */
export const resultObjectionAnsweredInThreeDays = {
  id: "RESULT_OBJECTION_ANSWERED_IN_3_DAYS",
  version: 1,
  clause: "NAT-TBLR-54",
  basis: [TBLR("五十四"), "民法典 第二百零一条、第二百零三条"],
  severity: "error",
  subject: "evaluation",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "对评标结果的异议（{evaluation.resultObjectionId}）{evaluation.resultObjectionFiledOn} 收到，最迟应于 {evaluation.resultObjectionLastDay} 答复，实际 {evaluation.resultObjectionAnsweredOn}，逾期 {evaluation.resultObjectionDaysLate} 日",
    en: "The objection to the evaluation result ({evaluation.resultObjectionId}) received {evaluation.resultObjectionFiledOn} was due an answer by {evaluation.resultObjectionLastDay}; answered {evaluation.resultObjectionAnsweredOn}, {evaluation.resultObjectionDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "evaluation", path: "resultObjectionDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["evaluation.resultObjectionId", "evaluation.resultObjectionFiledOn", "evaluation.resultObjectionLastDay", "evaluation.resultObjectionAnsweredOn", "evaluation.resultObjectionDaysLate", "params.resultObjectionAnswerDays"],
  // candidatePublicationMinDays: a publication cut short is taken to last its minimum (the objections counted).
  params: ["resultObjectionAnswerDays", "candidatePublicationMinDays"],
} as const satisfies Rule;

/** 实施条例 art. 54 para. 2: until an objection to the result is answered the procedure is suspended — no winner, notice or contract. */
export const resultObjectionAnsweredBeforeAward = {
  id: "RESULT_OBJECTION_ANSWERED_BEFORE_AWARD",
  version: 2,
  clause: "NAT-TBLR-54",
  basis: [TBLR("五十四")],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "对评标结果的异议（{awardTimeline.pendingObjectionId}）{awardTimeline.pendingObjectionFiledOn} 收到，答复 {awardTimeline.pendingObjectionAnsweredOn}；答复前应暂停招标投标活动，却已于 {awardTimeline.actBeforeAnswerOn} {awardTimeline.actBeforeAnswerZh}",
    en: "The objection to the evaluation result ({awardTimeline.pendingObjectionId}) was received {awardTimeline.pendingObjectionFiledOn} and answered {awardTimeline.pendingObjectionAnsweredOn}; the procedure was to be suspended until the answer, yet on {awardTimeline.actBeforeAnswerOn} {awardTimeline.actBeforeAnswerEn}",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "awardBeforeAnswer", operator: "equal", value: true }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.pendingObjectionId", "awardTimeline.pendingObjectionFiledOn", "awardTimeline.pendingObjectionAnsweredOn", "awardTimeline.actBeforeAnswerOn", "awardTimeline.actBeforeAnswerEn"],
  // Read by the facts: a publication cut short is taken to last its minimum (the objections counted).
  params: ["candidatePublicationMinDays"],
  // The objections are on the evaluations: an award record without them is not judged (noData), never "no objection".
  requires: ["evaluations"],
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// Complaints under the tendering regime (实施条例 arts. 60–61)

/** 实施条例 art. 60: a complaint within 10 days of knowing; the objection's answer time is not counted. */
export const complaintFiledInTime = {
  id: "COMPLAINT_FILED_IN_TIME",
  version: 2,
  clause: "NAT-TBLR-60",
  basis: [TBLR("六十"), "民法典 第二百零一条、第二百零三条"],
  severity: "info",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "投诉人{complaint.complainantName}于 {complaint.knownOn} 知道或应当知道，投诉期限（扣除异议答复期间 {complaint.objectionDaysExcluded} 日）至 {complaint.filingLastDay}，{complaint.filedOn} 才投诉，逾期 {complaint.filingDaysLate} 日",
    en: "Complainant {complaint.complainantName} knew on {complaint.knownOn}; the period (objection answer time of {complaint.objectionDaysExcluded} day(s) not counted) ended {complaint.filingLastDay} but the complaint came on {complaint.filedOn}, {complaint.filingDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "filingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.knownOn", "complaint.filedOn", "complaint.objectionFiledOn", "complaint.objectionAnsweredOn", "complaint.objectionDaysExcluded", "complaint.filingLastDay", "complaint.filingDaysLate", "params.complaintFilingDays"],
  params: ["complaintFilingDays"],
} as const satisfies Rule;

/** 实施条例 art. 61: acceptance decided within 3 working days of receiving the complaint. */
export const complaintAcceptanceInTime = {
  id: "COMPLAINT_ACCEPTANCE_IN_TIME",
  version: 2,
  clause: "NAT-TBLR-61",
  basis: [TBLR("六十一")],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "投诉{complaint.id}于 {complaint.receivedOn} 收到，最迟应于 {complaint.acceptanceLastDay}（{params.complaintAcceptanceWorkingDays} 个工作日）决定是否受理，{complaint.acceptanceStatusZh}，逾期 {complaint.acceptanceWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} received {complaint.receivedOn}: acceptance was due by {complaint.acceptanceLastDay} ({params.complaintAcceptanceWorkingDays} working days); {complaint.acceptanceStatusEn}, {complaint.acceptanceWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "acceptanceWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.receivedOn", "complaint.acceptedOn", "complaint.acceptanceLastDay", "complaint.acceptanceWorkingDaysLate"],
  params: ["complaintAcceptanceWorkingDays"],
} as const satisfies Rule;

/** 实施条例 art. 61: a written decision within 30 working days of acceptance, pauses for tests and appraisals not counted. */
export const complaintDecidedInTime = {
  id: "COMPLAINT_DECIDED_IN_TIME",
  version: 2,
  clause: "NAT-TBLR-61",
  basis: [TBLR("六十一")],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "投诉{complaint.id}于 {complaint.acceptedOn} 受理，最迟应于 {complaint.decisionLastDay}（{params.complaintDecisionWorkingDays} 个工作日，另扣除检验、检测、鉴定、专家评审 {complaint.pausedWorkingDays} 个工作日）作出书面处理决定，{complaint.decisionStatusZh}，逾期 {complaint.decisionWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} accepted {complaint.acceptedOn}: a written decision was due by {complaint.decisionLastDay} ({params.complaintDecisionWorkingDays} working days plus {complaint.pausedWorkingDays} paused for inspection, testing, appraisal or expert review); {complaint.decisionStatusEn}, {complaint.decisionWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "decisionWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.acceptedOn", "complaint.decidedOn", "complaint.pausedWorkingDays", "complaint.decisionLastDay", "complaint.decisionWorkingDaysLate"],
  params: ["complaintDecisionWorkingDays"],
} as const satisfies Rule;

/** The national committee, avoidance, publication and complaint rules, in catalogue order. */
export const nationalRules = [
  committeeSizeFiveOrMoreOdd,
  committeeExpertsTwoThirds,
  gpTenderCommitteeComposition,
  gpCommitteeSeven,
  gpNegotiationGroupComposition,
  gpNegotiationGroupFiveAtThreshold,
  gpConsultationGroupComposition,
  agencyStaffNotReviewingOwnProject,
  purchaserStaffOnlyAsRepresentative,
  expertAvoidsConflictOfInterest,
  gpReviewerAvoidsSupplierTies,
  supervisorNotOnOwnProjectCommittee,
  candidatesPublishedInTime,
  candidatesPublishedLongEnough,
  resultObjectionAnsweredInThreeDays,
  resultObjectionAnsweredBeforeAward,
  complaintFiledInTime,
  complaintAcceptanceInTime,
  complaintDecidedInTime,
] as const;
