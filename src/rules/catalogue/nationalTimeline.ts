import type { Rule } from "../engine/types";
import { NATIONAL_EFFECTIVE, SCOPE, GPL, GPLR, MOF214, MOF74, MOF87, MOF94, TBL, TBLR } from "./basis";

/*
 * The statutory timeline of both regimes, from the documents to the challenge and complaint. Subjects: `project`
 * (fact `timeline`), `award` (fact `awardTimeline`), `complaint` (fact `complaint`). Minimum periods count from the
 * day after the first act to the day of the second (民法典 art. 201) and are never extended; deadlines after an
 * event get 民法典 art. 203's rest-day extension (calendar days) or follow the working-day calendar.
 */

const D201 = "民法典 第二百零一条、第二百零三条";
// Cited by several rules: written once, so the bundle carries each once (its non-ASCII text costs 6 bytes a character).
const GPLR43 = GPLR("四十三");
const MOF87_68 = MOF87("六十八");
const MOF87_69 = MOF87("六十九");
const MOF74_18 = MOF74("十八");

// ---------------------------------------------------------------------------------------------------------------
// Documents to bid deadline

/** 招标投标法 art. 24: at least 20 days from the first issue of the documents to the bid deadline. */
export const bidPeriodTwentyDays = {
  id: "BID_PERIOD_AT_LEAST_20_DAYS",
  version: 1,
  clause: "NAT-TBL-24",
  basis: [TBL("二十四"), D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  scope: SCOPE.tendering,
  message: {
    zh: "招标文件 {timeline.documentsIssuedOn} 开始发出，投标截止 {timeline.bidDeadlineDay}，仅 {timeline.bidPeriodDays} 日，少于 {params.bidPeriodMinDays} 日",
    en: "Documents first issued {timeline.documentsIssuedOn}, bid deadline {timeline.bidDeadlineDay}: {timeline.bidPeriodDays} day(s), under {params.bidPeriodMinDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "bidPeriodShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.bidDeadlineDay", "timeline.bidPeriodDays", "params.bidPeriodMinDays"],
  params: ["bidPeriodMinDays"],
} as const satisfies Rule;

/** 政府采购法 art. 35: at least 20 days from the first issue of the tender documents to the bid deadline. */
export const gpBidPeriodTwentyDays = {
  id: "GP_BID_PERIOD_AT_LEAST_20_DAYS",
  version: 1,
  clause: "NAT-GPL-35",
  basis: [GPL("三十五"), D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpTender,
  message: {
    zh: "政府采购招标文件 {timeline.documentsIssuedOn} 开始发出，投标截止 {timeline.bidDeadlineDay}，仅 {timeline.bidPeriodDays} 日，少于 {params.bidPeriodMinDays} 日",
    en: "GP tender documents first issued {timeline.documentsIssuedOn}, bid deadline {timeline.bidDeadlineDay}: {timeline.bidPeriodDays} day(s), under {params.bidPeriodMinDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "bidPeriodShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.bidDeadlineDay", "timeline.bidPeriodDays", "params.bidPeriodMinDays"],
  params: ["bidPeriodMinDays"],
} as const satisfies Rule;

/** 74号令 arts. 29, 45: at least 3 working days from the negotiation / inquiry documents to the first responses. */
export const gpNegotiationResponsePeriod = {
  id: "GP_NEGOTIATION_RESPONSE_PERIOD",
  version: 1,
  clause: "NAT-MOF74-29",
  basis: ["财政部令第74号 第二十九条、第四十五条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof74 },
  scope: SCOPE.gpNegotiationInquiry,
  message: {
    zh: "谈判文件（询价通知书）{timeline.documentsIssuedOn} 发出，响应截止 {timeline.bidDeadlineDay}，仅 {timeline.negotiationWorkingDays} 个工作日，少于 {params.negotiationMinWorkingDays} 个",
    en: "Negotiation documents (inquiry notice) issued {timeline.documentsIssuedOn}, responses due {timeline.bidDeadlineDay}: {timeline.negotiationWorkingDays} working day(s), under {params.negotiationMinWorkingDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "negotiationShortWorkingDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.bidDeadlineDay", "timeline.negotiationWorkingDays", "params.negotiationMinWorkingDays"],
  params: ["negotiationMinWorkingDays"],
} as const satisfies Rule;

/** 财库〔2014〕214号 art. 10: at least 10 days from the consultation documents to the first responses. */
export const gpConsultationResponsePeriod = {
  id: "GP_CONSULTATION_RESPONSE_PERIOD",
  version: 1,
  clause: "NAT-MOF214-10",
  basis: [MOF214("十"), D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof214 },
  scope: SCOPE.gpConsultation,
  message: {
    zh: "磋商文件 {timeline.documentsIssuedOn} 发出，首次响应截止 {timeline.bidDeadlineDay}，仅 {timeline.bidPeriodDays} 日，少于 {params.consultationMinDays} 日",
    en: "Consultation documents issued {timeline.documentsIssuedOn}, first responses due {timeline.bidDeadlineDay}: {timeline.bidPeriodDays} day(s), under {params.consultationMinDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "consultationShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.bidDeadlineDay", "timeline.bidPeriodDays", "params.consultationMinDays"],
  params: ["consultationMinDays"],
} as const satisfies Rule;

/** 实施条例 art. 16: the documents are on sale for at least 5 days. */
export const documentsOnSaleFiveDays = {
  id: "DOCUMENTS_ON_SALE_5_DAYS",
  version: 1,
  clause: "NAT-TBLR-16",
  basis: [TBLR("十六")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "招标文件发售期 {timeline.documentsIssuedOn} 至 {timeline.documentsAvailableUntil} 共 {timeline.saleDays} 日，少于 {params.documentsSaleMinDays} 日",
    en: "The documents were on sale from {timeline.documentsIssuedOn} to {timeline.documentsAvailableUntil}, {timeline.saleDays} day(s), under {params.documentsSaleMinDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "saleShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.documentsAvailableUntil", "timeline.saleDays", "params.documentsSaleMinDays"],
  params: ["documentsSaleMinDays"],
} as const satisfies Rule;

/** 87号令 art. 18: GP tender documents are provided for at least 5 working days. */
export const gpDocumentsProvidedFiveWorkingDays = {
  id: "GP_DOCUMENTS_PROVIDED_5_WORKING_DAYS",
  version: 2,
  clause: "NAT-MOF87-18",
  basis: [MOF87("十八")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  scope: SCOPE.gpTender,
  message: {
    zh: "招标文件提供期（自招标公告发布之日起计算）{timeline.gpSaleFrom} 至 {timeline.documentsAvailableUntil} 仅 {timeline.gpSaleWorkingDays} 个工作日，少于 {params.gpDocumentsMinWorkingDays} 个",
    en: "The tender documents were provided (counted from the notice's publication) from {timeline.gpSaleFrom} to {timeline.documentsAvailableUntil}, {timeline.gpSaleWorkingDays} working day(s), under {params.gpDocumentsMinWorkingDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "gpSaleShortWorkingDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.gpSaleFrom", "timeline.documentsIssuedOn", "timeline.documentsAvailableUntil", "timeline.gpSaleWorkingDays", "params.gpDocumentsMinWorkingDays"],
  params: ["gpDocumentsMinWorkingDays"],
} as const satisfies Rule;

/** 财库〔2014〕214号 art. 10: the consultation documents are on sale for at least 5 working days from the first day. */
export const gpConsultationDocumentsOnSale = {
  id: "GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS",
  version: 1,
  clause: "NAT-MOF214-10",
  basis: [MOF214("十")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof214 },
  scope: SCOPE.gpConsultation,
  message: {
    zh: "磋商文件发售期 {timeline.documentsIssuedOn} 至 {timeline.documentsAvailableUntil} 仅 {timeline.consultationSaleWorkingDays} 个工作日，少于 {params.consultationDocumentsMinWorkingDays} 个",
    en: "The consultation documents were on sale from {timeline.documentsIssuedOn} to {timeline.documentsAvailableUntil}, {timeline.consultationSaleWorkingDays} working day(s), under {params.consultationDocumentsMinWorkingDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "consultationSaleShortWorkingDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.documentsAvailableUntil", "timeline.consultationSaleWorkingDays", "params.consultationDocumentsMinWorkingDays"],
  params: ["consultationDocumentsMinWorkingDays"],
} as const satisfies Rule;

/** 实施条例 art. 21: a clarification that may affect bids comes at least 15 days before the deadline, or the deadline moves. */
export const clarificationFifteenDays = {
  id: "CLARIFICATION_15_DAYS_BEFORE_DEADLINE",
  version: 1,
  clause: "NAT-TBLR-21",
  basis: [TBLR("二十一")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "{timeline.clarificationOn} 发出的澄清或修改可能影响投标文件编制，距投标截止 {timeline.bidDeadlineDay} 仅 {timeline.clarificationDaysBeforeDeadline} 日，应至少 {params.clarificationMinDays} 日或顺延截止时间",
    en: "The clarification of {timeline.clarificationOn} may affect bids but came only {timeline.clarificationDaysBeforeDeadline} day(s) before the deadline {timeline.bidDeadlineDay}; {params.clarificationMinDays} are required, or the deadline must move",
  },
  conditions: { all: [{ fact: "timeline", path: "clarificationShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.clarificationOn", "timeline.bidDeadlineDay", "timeline.clarificationDaysBeforeDeadline", "params.clarificationMinDays"],
  params: ["clarificationMinDays"],
} as const satisfies Rule;

/** 87号令 art. 27: the same 15 days for GP tenders. */
export const gpClarificationFifteenDays = {
  id: "GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE",
  version: 1,
  clause: "NAT-MOF87-27",
  basis: [MOF87("二十七")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  scope: SCOPE.gpTender,
  message: {
    zh: "{timeline.clarificationOn} 发出的澄清或修改可能影响投标文件编制，距投标截止 {timeline.bidDeadlineDay} 仅 {timeline.clarificationDaysBeforeDeadline} 日，应至少 {params.clarificationMinDays} 日或顺延截止时间",
    en: "The clarification of {timeline.clarificationOn} may affect bids but came only {timeline.clarificationDaysBeforeDeadline} day(s) before the GP bid deadline {timeline.bidDeadlineDay}; {params.clarificationMinDays} are required, or the deadline must move",
  },
  conditions: { all: [{ fact: "timeline", path: "clarificationShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.clarificationOn", "timeline.bidDeadlineDay", "timeline.clarificationDaysBeforeDeadline", "params.clarificationMinDays"],
  params: ["clarificationMinDays"],
} as const satisfies Rule;

/**
 * 74号令 arts. 29, 45: a clarification that may affect the responses comes at least 3 working days before the day of
 * the (first) response deadline, or that day moves.
 */
export const gpNegotiationClarificationThreeWorkingDays = {
  id: "GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE",
  version: 1,
  clause: "NAT-MOF74-29",
  basis: ["财政部令第74号 第二十九条、第四十五条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof74 },
  scope: SCOPE.gpNegotiationInquiry,
  message: {
    zh: "{timeline.clarificationOn} 发出的澄清或修改可能影响响应文件编制，距提交（首次）响应文件截止之日 {timeline.bidDeadlineDay} 仅 {timeline.clarificationWorkingDaysBeforeDeadline} 个工作日，应至少 {params.negotiationClarificationMinWorkingDays} 个工作日或顺延截止之日",
    en: "The clarification of {timeline.clarificationOn} may affect the responses but came only {timeline.clarificationWorkingDaysBeforeDeadline} working day(s) before the (first) response deadline {timeline.bidDeadlineDay}; {params.negotiationClarificationMinWorkingDays} are required, or the deadline must move",
  },
  conditions: { all: [{ fact: "timeline", path: "negotiationClarificationShortWorkingDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.clarificationOn", "timeline.bidDeadlineDay", "timeline.clarificationWorkingDaysBeforeDeadline", "params.negotiationClarificationMinWorkingDays"],
  params: ["negotiationClarificationMinWorkingDays"],
} as const satisfies Rule;

/** 财库〔2014〕214号 art. 10: a clarification that may affect the responses comes at least 5 days before the first response deadline. */
export const gpConsultationClarificationFiveDays = {
  id: "GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE",
  version: 1,
  clause: "NAT-MOF214-10",
  basis: [MOF214("十")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof214 },
  scope: SCOPE.gpConsultation,
  message: {
    zh: "{timeline.clarificationOn} 发出的澄清或修改可能影响响应文件编制，距提交首次响应文件截止 {timeline.bidDeadlineDay} 仅 {timeline.clarificationDaysBeforeDeadline} 日，应至少 {params.consultationClarificationMinDays} 日或顺延截止时间",
    en: "The clarification of {timeline.clarificationOn} may affect the responses but came only {timeline.clarificationDaysBeforeDeadline} day(s) before the first response deadline {timeline.bidDeadlineDay}; {params.consultationClarificationMinDays} are required, or the deadline must move",
  },
  conditions: { all: [{ fact: "timeline", path: "consultationClarificationShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.clarificationOn", "timeline.bidDeadlineDay", "timeline.clarificationDaysBeforeDeadline", "params.consultationClarificationMinDays"],
  params: ["consultationClarificationMinDays"],
} as const satisfies Rule;

/** 实施条例 art. 22: an objection to the documents comes at least 10 days before the deadline. */
export const objectionToDocumentsInTime = {
  id: "OBJECTION_TO_DOCUMENTS_IN_TIME",
  version: 1,
  clause: "NAT-TBLR-22",
  basis: [TBLR("二十二")],
  severity: "info",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "对招标文件的异议（{timeline.lateObjectionId}）于 {timeline.lateObjectionOn} 提出，距投标截止 {timeline.bidDeadlineDay} 仅 {timeline.lateObjectionDaysBeforeDeadline} 日，应在 {params.objectionMinDays} 日前提出",
    en: "The objection to the documents ({timeline.lateObjectionId}) came on {timeline.lateObjectionOn}, {timeline.lateObjectionDaysBeforeDeadline} day(s) before the deadline {timeline.bidDeadlineDay}; it was due {params.objectionMinDays} days before",
  },
  conditions: { all: [{ fact: "timeline", path: "lateObjectionShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.lateObjectionId", "timeline.lateObjectionOn", "timeline.bidDeadlineDay", "timeline.lateObjectionDaysBeforeDeadline", "params.objectionMinDays"],
  params: ["objectionMinDays"],
} as const satisfies Rule;

/** 实施条例 art. 22: the tenderer answers an objection within 3 days of receiving it. */
export const objectionAnsweredInThreeDays = {
  id: "OBJECTION_ANSWERED_IN_3_DAYS",
  version: 1,
  clause: "NAT-TBLR-22",
  basis: [TBLR("二十二"), D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "异议（{timeline.slowAnswerObjectionId}）{timeline.slowAnswerFiledOn} 收到，最迟应于 {timeline.slowAnswerLastDay} 答复，实际 {timeline.slowAnswerAnsweredOn}，逾期 {timeline.slowAnswerDaysLate} 日",
    en: "The objection ({timeline.slowAnswerObjectionId}) received {timeline.slowAnswerFiledOn} was due an answer by {timeline.slowAnswerLastDay}; answered {timeline.slowAnswerAnsweredOn}, {timeline.slowAnswerDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "timeline", path: "slowAnswerDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.slowAnswerObjectionId", "timeline.slowAnswerFiledOn", "timeline.slowAnswerLastDay", "timeline.slowAnswerAnsweredOn", "timeline.slowAnswerDaysLate", "params.objectionAnswerDays"],
  params: ["objectionAnswerDays"],
} as const satisfies Rule;

/** 实施条例 art. 22: until an objection to the documents raised in time is answered, the bids' deadline is not held. */
export const objectionAnsweredBeforeDeadline = {
  id: "OBJECTION_ANSWERED_BEFORE_DEADLINE",
  version: 1,
  clause: "NAT-TBLR-22",
  basis: [TBLR("二十二")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "对招标文件的异议（{timeline.pendingObjectionId}）{timeline.pendingObjectionFiledOn} 收到，答复 {timeline.pendingObjectionAnsweredOn}；答复前应暂停招标投标活动，投标却已于 {timeline.bidDeadlineDay} 截止",
    en: "The objection to the documents ({timeline.pendingObjectionId}) was received {timeline.pendingObjectionFiledOn} and answered {timeline.pendingObjectionAnsweredOn}; the procedure was to be suspended until the answer, yet the bids closed on {timeline.bidDeadlineDay}",
  },
  conditions: { all: [{ fact: "timeline", path: "deadlineBeforeAnswer", operator: "equal", value: true }] },
  evidence: ["timeline.pendingObjectionId", "timeline.pendingObjectionFiledOn", "timeline.pendingObjectionAnsweredOn", "timeline.bidDeadlineDay", "params.objectionMinDays"],
  params: ["objectionMinDays"],
} as const satisfies Rule;

/** 实施条例 art. 26: the bid bond is at most 2% of the estimated price. */
export const bidBondAtMostTwoPercent = {
  id: "BID_BOND_AT_MOST_2_PERCENT",
  version: 1,
  clause: "NAT-TBLR-26",
  basis: [TBLR("二十六")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "投标保证金 {timeline.bidBondYuan} 元超过招标项目估算价 {timeline.bidBondBaseYuan} 元的 2%（{timeline.bidBondCapYuan} 元）",
    en: "The bid bond of {timeline.bidBondYuan} yuan exceeds 2% ({timeline.bidBondCapYuan} yuan) of the estimated price {timeline.bidBondBaseYuan} yuan",
  },
  conditions: { all: [{ fact: "timeline", path: "bidBondOverCap", operator: "equal", value: true }] },
  evidence: ["timeline.bidBondYuan", "timeline.bidBondBaseYuan", "timeline.bidBondCapYuan", "params.bidBondMaxShare"],
  params: ["bidBondMaxShare"],
} as const satisfies Rule;

/** 政府采购法实施条例 art. 33 (74号令 art. 14, 214号 art. 12 for response bonds): the bond is at most 2% of the budget. */
export const gpBidBondAtMostTwoPercent = {
  id: "GP_BID_BOND_AT_MOST_2_PERCENT",
  version: 1,
  clause: "NAT-GPLR-33",
  basis: [GPLR("三十三"), MOF74("十四"), MOF214("十二")],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpAll,
  message: {
    zh: "投标（响应）保证金 {timeline.bidBondYuan} 元超过采购项目预算金额 {timeline.bidBondBaseYuan} 元的 2%（{timeline.bidBondCapYuan} 元）",
    en: "The bid (response) bond of {timeline.bidBondYuan} yuan exceeds 2% ({timeline.bidBondCapYuan} yuan) of the budget {timeline.bidBondBaseYuan} yuan",
  },
  conditions: { all: [{ fact: "timeline", path: "bidBondOverCap", operator: "equal", value: true }] },
  evidence: ["timeline.bidBondYuan", "timeline.bidBondBaseYuan", "timeline.bidBondCapYuan", "params.bidBondMaxShare"],
  params: ["bidBondMaxShare"],
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// After the evaluation

/** 实施条例 art. 57: bid bonds returned within 5 days of signing the contract. */
export const bidBondsReturnedInFiveDays = {
  id: "BID_BONDS_RETURNED_IN_5_DAYS",
  version: 1,
  clause: "NAT-TBLR-57",
  basis: [TBLR("五十七"), D201],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  message: {
    zh: "合同 {awardTimeline.signedOn} 签订后，投标保证金最迟应于 {awardTimeline.bondReturnLastDay} 退还，实际 {awardTimeline.bondsReturnedOn}，逾期 {awardTimeline.bondReturnDaysLate} 日",
    en: "After the contract of {awardTimeline.signedOn}, bid bonds were due back by {awardTimeline.bondReturnLastDay}; returned {awardTimeline.bondsReturnedOn}, {awardTimeline.bondReturnDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "bondReturnDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.signedOn", "awardTimeline.bondReturnLastDay", "awardTimeline.bondsReturnedOn", "awardTimeline.bondReturnDaysLate", "params.bondReturnDays"],
  params: ["bondReturnDays"],
} as const satisfies Rule;

/**
 * 政府采购法实施条例 art. 33: bonds returned within 5 working days — the losers' of the award notice, the winner's of
 * the contract. The record's one date (the last bond returned) proves lateness only past both last days.
 */
export const gpBidBondsReturnedInTime = {
  id: "GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS",
  version: 1,
  clause: "NAT-GPLR-33",
  basis: [GPLR("三十三"), MOF87("三十八")],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpBondReturn,
  message: {
    zh: "投标（响应）保证金最迟应于 {awardTimeline.gpBondReturnLastDay} 全部退还（未中标人的自中标通知书发出之日起、中标人的自合同 {awardTimeline.signedOn} 签订之日起 {params.gpBondReturnWorkingDays} 个工作日内），最后一笔实际 {awardTimeline.bondsReturnedOn} 退还，逾期 {awardTimeline.gpBondReturnWorkingDaysLate} 个工作日",
    en: "Every bid (response) bond was due back by {awardTimeline.gpBondReturnLastDay} (the losers' within {params.gpBondReturnWorkingDays} working days of the award notice, the winner's of the contract of {awardTimeline.signedOn}); the last went back {awardTimeline.bondsReturnedOn}, {awardTimeline.gpBondReturnWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "gpBondReturnWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.noticeOn", "awardTimeline.signedOn", "awardTimeline.gpBondReturnLastDay", "awardTimeline.bondsReturnedOn", "awardTimeline.gpBondReturnWorkingDaysLate", "params.gpBondReturnWorkingDays"],
  params: ["gpBondReturnWorkingDays"],
} as const satisfies Rule;

/** 招标投标法 art. 47: a written report to the supervisor within 15 days of determining the winner. */
export const reportToSupervisorInFifteenDays = {
  id: "TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS",
  version: 1,
  clause: "NAT-TBL-47",
  basis: [TBL("四十七"), D201],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  scope: SCOPE.tendering,
  message: {
    zh: "{awardTimeline.decidedOn} 确定中标人后，书面报告最迟应于 {awardTimeline.supervisorReportLastDay} 提交监管部门，实际 {awardTimeline.supervisorReportOn}，逾期 {awardTimeline.supervisorReportDaysLate} 日",
    en: "After the winner was determined on {awardTimeline.decidedOn}, the written report to the supervisor was due by {awardTimeline.supervisorReportLastDay}; submitted {awardTimeline.supervisorReportOn}, {awardTimeline.supervisorReportDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "supervisorReportDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.decidedOn", "awardTimeline.supervisorReportLastDay", "awardTimeline.supervisorReportOn", "awardTimeline.supervisorReportDaysLate", "params.supervisorReportDays"],
  params: ["supervisorReportDays"],
} as const satisfies Rule;

/**
 * 政府采购法实施条例 art. 43, 87号令 art. 68, 74号令 arts. 36 and 49, 214号 art. 28: the agency sends the review
 * report to the purchaser within 2 working days of the end of the review.
 */
export const gpReportDeliveredInTime = {
  id: "GP_REPORT_DELIVERED_IN_TIME",
  version: 2,
  clause: "NAT-GPLR-43",
  basis: [GPLR43, MOF87_68, "财政部令第74号 第三十六条、第四十九条", MOF214("二十八")],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpGroups,
  message: {
    zh: "评审于 {awardTimeline.evaluationEndedOn} 结束，采购代理机构最迟应于 {awardTimeline.reportDeliveryLastDay} 将评审报告送交采购人，采购人实际 {awardTimeline.reportReceivedOn} 收到，逾期 {awardTimeline.reportDeliveryWorkingDaysLate} 个工作日",
    en: "The review ended {awardTimeline.evaluationEndedOn}; the agency had to deliver the report to the purchaser by {awardTimeline.reportDeliveryLastDay}; the purchaser received it {awardTimeline.reportReceivedOn}, {awardTimeline.reportDeliveryWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "reportDeliveryWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.evaluationEndedOn", "awardTimeline.reportDeliveryLastDay", "awardTimeline.reportReceivedOn", "awardTimeline.reportDeliveryWorkingDaysLate", "params.gpReportDeliveryWorkingDays"],
  params: ["gpReportDeliveryWorkingDays"],
  // The review's end is read from the evaluations: an award record without them is not judged (noData).
  requires: ["evaluations"],
} as const satisfies Rule;

/**
 * 政府采购法实施条例 art. 43, 87号令 art. 68: the purchaser determines the winner within 5 working days of receiving the
 * evaluation (review) report — for tenders and for negotiation, inquiry and consultation alike; a purchaser that runs
 * its own tender, within 5 working days of the end of the evaluation (87号令 art. 68).
 */
export const gpWinnerConfirmedInTime = {
  id: "GP_WINNER_CONFIRMED_IN_TIME",
  version: 3,
  clause: "NAT-MOF87-68",
  basis: [MOF87_68, GPLR43],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpGroups,
  message: {
    zh: "{awardTimeline.confirmFromZh}，最迟应于 {awardTimeline.confirmLastDay} 确定中标（成交）供应商，实际 {awardTimeline.decidedOn}，逾期 {awardTimeline.confirmWorkingDaysLate} 个工作日",
    en: "{awardTimeline.confirmFromEn}; the winner had to be determined by {awardTimeline.confirmLastDay}; it was on {awardTimeline.decidedOn}, {awardTimeline.confirmWorkingDaysLate} working day(s) late",
  },
  // Counted from the report's receipt, or for a self-run tender from the evaluation's end: with neither on record
  // (no receipt day; a self-run award checked without its evaluations) it cannot be judged.
  requires: ["awardTimeline.confirmFrom"],
  conditions: { all: [{ fact: "awardTimeline", path: "confirmWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.reportReceivedOn", "awardTimeline.confirmFrom", "awardTimeline.confirmLastDay", "awardTimeline.decidedOn", "awardTimeline.confirmWorkingDaysLate", "params.gpConfirmWorkingDays"],
  params: ["gpConfirmWorkingDays"],
} as const satisfies Rule;

/**
 * 政府采购法实施条例 art. 43, 87号令 art. 69, 74号令 art. 18: the result is announced within 2 working days of
 * determining the winner, whatever the method (single source included).
 */
export const gpResultAnnouncedInTime = {
  id: "GP_RESULT_ANNOUNCED_IN_TIME",
  version: 2,
  clause: "NAT-MOF87-69",
  basis: [MOF87_69, GPLR43, MOF74_18],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpResult,
  message: {
    zh: "{awardTimeline.decidedOn} 确定中标（成交）供应商后，中标（成交）结果最迟应于 {awardTimeline.resultLastDay} 公告，实际 {awardTimeline.resultPublishedOn}，逾期 {awardTimeline.resultWorkingDaysLate} 个工作日",
    en: "After the winner was determined on {awardTimeline.decidedOn}, the result was due for announcement by {awardTimeline.resultLastDay}; announced {awardTimeline.resultPublishedOn}, {awardTimeline.resultWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "resultWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.decidedOn", "awardTimeline.resultLastDay", "awardTimeline.resultPublishedOn", "awardTimeline.resultWorkingDaysLate", "params.gpResultWorkingDays"],
  params: ["gpResultWorkingDays"],
} as const satisfies Rule;

/** 政府采购法实施条例 art. 50: the contract is announced within 2 working days of signing. */
export const gpContractAnnouncedInTime = {
  id: "GP_CONTRACT_ANNOUNCED_IN_TIME",
  version: 1,
  clause: "NAT-GPLR-50",
  basis: [GPLR("五十")],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpAll,
  message: {
    zh: "政府采购合同 {awardTimeline.signedOn} 签订，最迟应于 {awardTimeline.contractPublicationLastDay} 公告，实际 {awardTimeline.contractPublishedOn}，逾期 {awardTimeline.contractPublicationWorkingDaysLate} 个工作日",
    en: "The GP contract signed {awardTimeline.signedOn} was due for announcement by {awardTimeline.contractPublicationLastDay}; announced {awardTimeline.contractPublishedOn}, {awardTimeline.contractPublicationWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "contractPublicationWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.signedOn", "awardTimeline.contractPublicationLastDay", "awardTimeline.contractPublishedOn", "awardTimeline.contractPublicationWorkingDaysLate", "params.gpContractPublicationWorkingDays"],
  params: ["gpContractPublicationWorkingDays"],
} as const satisfies Rule;

/**
 * 政府采购法实施条例 art. 43 para. 2 (87号令 art. 69, 74号令 art. 18): the award notice (中标、成交通知书) within 2
 * working days of determining the winner, whatever the method (single source included).
 */
export const gpNoticeIssuedInTime = {
  id: "GP_NOTICE_ISSUED_IN_TIME",
  version: 1,
  clause: "NAT-GPLR-43",
  basis: [GPLR43, MOF87_69, MOF74_18],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpResult,
  message: {
    zh: "{awardTimeline.decidedOn} 确定中标（成交）供应商后，中标（成交）通知书最迟应于 {awardTimeline.noticeLastDay} 发出，实际 {awardTimeline.noticeIssuedOn}，逾期 {awardTimeline.noticeWorkingDaysLate} 个工作日",
    en: "After the winner was determined on {awardTimeline.decidedOn}, the award notice was due by {awardTimeline.noticeLastDay}; issued {awardTimeline.noticeIssuedOn}, {awardTimeline.noticeWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "noticeWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.decidedOn", "awardTimeline.noticeLastDay", "awardTimeline.noticeIssuedOn", "awardTimeline.noticeWorkingDaysLate", "params.gpNoticeWorkingDays"],
  params: ["gpNoticeWorkingDays"],
} as const satisfies Rule;

/**
 * 政府采购法 art. 47: the purchaser files a copy of the contract with the finance department (and the departments
 * concerned) within 7 working days of signing.
 */
export const gpContractFiledInTime = {
  id: "GP_CONTRACT_FILED_IN_TIME",
  version: 1,
  clause: "NAT-GPL-47",
  basis: [GPL("四十七")],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  message: {
    zh: "政府采购合同 {awardTimeline.signedOn} 签订，合同副本最迟应于 {awardTimeline.contractFilingLastDay} 报财政部门备案，实际 {awardTimeline.contractFiledOn}，逾期 {awardTimeline.contractFilingWorkingDaysLate} 个工作日",
    en: "The GP contract signed {awardTimeline.signedOn} was due to be filed (a copy, with the finance department) by {awardTimeline.contractFilingLastDay}; filed {awardTimeline.contractFiledOn}, {awardTimeline.contractFilingWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "contractFilingWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.signedOn", "awardTimeline.contractFilingLastDay", "awardTimeline.contractFiledOn", "awardTimeline.contractFilingWorkingDaysLate", "params.gpContractFilingWorkingDays"],
  params: ["gpContractFilingWorkingDays"],
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// Challenges and complaints under government procurement

/** 政府采购法 art. 52: a challenge within 7 working days of knowing. */
export const gpChallengeFiledInTime = {
  id: "GP_CHALLENGE_FILED_IN_TIME",
  version: 2,
  clause: "NAT-GPL-52",
  basis: [GPL("五十二"), MOF94("十")],
  severity: "info",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  message: {
    zh: "供应商于 {complaint.challengeKnownOn} 知道权益受损，质疑期限至 {complaint.challengeLastDay}，{complaint.objectionFiledOn} 才质疑，逾期 {complaint.challengeWorkingDaysLate} 个工作日",
    en: "The supplier knew on {complaint.challengeKnownOn}; the challenge period ended {complaint.challengeLastDay} but the challenge came on {complaint.objectionFiledOn}, {complaint.challengeWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "challengeWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.challengeKnownOn", "complaint.objectionFiledOn", "complaint.challengeLastDay", "complaint.challengeWorkingDaysLate", "params.gpChallengeWorkingDays"],
  params: ["gpChallengeWorkingDays"],
  // Counted from the challenge: a complaint with none on record is not judged (noData; GP_COMPLAINT_AFTER_CHALLENGE).
  requires: ["complaint.objectionFiledOn"],
} as const satisfies Rule;

/** 政府采购法 art. 53: the purchaser answers a challenge within 7 working days. */
export const gpChallengeAnsweredInTime = {
  id: "GP_CHALLENGE_ANSWERED_IN_TIME",
  version: 2,
  clause: "NAT-GPL-53",
  basis: [GPL("五十三"), MOF94("十三")],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  message: {
    zh: "质疑 {complaint.objectionFiledOn} 收到，最迟应于 {complaint.challengeAnswerLastDay} 答复，实际 {complaint.objectionAnsweredOn}，逾期 {complaint.challengeAnswerWorkingDaysLate} 个工作日",
    en: "The challenge received {complaint.objectionFiledOn} was due an answer by {complaint.challengeAnswerLastDay}; answered {complaint.objectionAnsweredOn}, {complaint.challengeAnswerWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "challengeAnswerWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.objectionFiledOn", "complaint.challengeAnswerLastDay", "complaint.objectionAnsweredOn", "complaint.challengeAnswerWorkingDaysLate", "params.gpChallengeAnswerWorkingDays"],
  params: ["gpChallengeAnswerWorkingDays"],
  // Counted from the challenge: a complaint with none on record is not judged (noData; GP_COMPLAINT_AFTER_CHALLENGE).
  requires: ["complaint.objectionFiledOn"],
} as const satisfies Rule;

/** 政府采购法 art. 55: a complaint within 15 working days after the answer period ends. */
export const gpComplaintFiledInTime = {
  id: "GP_COMPLAINT_FILED_IN_TIME",
  version: 2,
  clause: "NAT-GPL-55",
  basis: [GPL("五十五"), MOF94("十七")],
  severity: "info",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  message: {
    zh: "质疑答复期于 {complaint.challengeAnswerLastDay} 届满，投诉期限至 {complaint.gpFilingLastDay}，{complaint.filedOn} 才投诉，逾期 {complaint.gpFilingWorkingDaysLate} 个工作日",
    en: "The answer period ended {complaint.challengeAnswerLastDay}; the complaint period ended {complaint.gpFilingLastDay} but the complaint came on {complaint.filedOn}, {complaint.gpFilingWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "gpFilingWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.challengeAnswerLastDay", "complaint.filedOn", "complaint.gpFilingLastDay", "complaint.gpFilingWorkingDaysLate", "params.gpComplaintWorkingDays"],
  params: ["gpComplaintWorkingDays"],
  // Counted from the challenge: a complaint with none on record is not judged (noData; GP_COMPLAINT_AFTER_CHALLENGE).
  requires: ["complaint.objectionFiledOn"],
} as const satisfies Rule;

/**
 * 94号令 art. 21: the finance department reviews a complaint within 5 working days of receipt and notifies a refusal
 * within 3 working days after the review; a 补正 notice within the 5 days stops the count until the supplement
 * arrives (art. 27); a complaint accepted is accepted from receipt (art. 21(4)).
 */
export const gpComplaintReviewedInTime = {
  id: "GP_COMPLAINT_REVIEWED_IN_TIME",
  version: 2,
  clause: "NAT-MOF94-21",
  basis: [MOF94("二十一")],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.mof94 },
  scope: SCOPE.gpAll,
  message: {
    zh: "投诉{complaint.id}于 {complaint.receivedOn} 收到，最迟应于 {complaint.gpReviewLastDay}（{complaint.gpReviewPeriodZh}）审查完毕，{complaint.acceptanceStatusZh}，逾期 {complaint.gpReviewWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} received {complaint.receivedOn}: the review was due by {complaint.gpReviewLastDay} ({complaint.gpReviewPeriodEn}); {complaint.acceptanceStatusEn}, {complaint.gpReviewWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "gpReviewWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.receivedOn", "complaint.acceptedOn", "complaint.decidedOn", "complaint.gpReviewSupplementWorkingDays", "complaint.gpReviewLastDay", "complaint.gpReviewWorkingDaysLate"],
  params: ["gpComplaintReviewWorkingDays", "gpComplaintRefusalWorkingDays"],
} as const satisfies Rule;

/**
 * 政府采购法 art. 56 (2003): a decision within 30 working days of receipt (94号令 art. 26 repeats it); from 2018-03-01,
 * 94号令 art. 27: time for tests, appraisal, expert review and supplements not counted (before it, nothing is).
 */
export const gpComplaintDecidedInTime = {
  id: "GP_COMPLAINT_DECIDED_IN_TIME",
  version: 2,
  clause: "NAT-GPL-56",
  basis: [GPL("五十六"), "财政部令第94号 第二十六条、第二十七条"],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  message: {
    zh: "投诉{complaint.id}于 {complaint.receivedOn} 收到，最迟应于 {complaint.gpDecisionLastDay}（{params.gpComplaintDecisionWorkingDays} 个工作日，另扣除 {complaint.gpDecisionPausedWorkingDays} 个工作日）作出处理决定，{complaint.decisionStatusZh}，逾期 {complaint.gpDecisionWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} received {complaint.receivedOn}: the decision was due by {complaint.gpDecisionLastDay} ({params.gpComplaintDecisionWorkingDays} working days plus {complaint.gpDecisionPausedWorkingDays} paused); {complaint.decisionStatusEn}, {complaint.gpDecisionWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "gpDecisionWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.receivedOn", "complaint.decidedOn", "complaint.gpDecisionPausedWorkingDays", "complaint.gpDecisionLastDay", "complaint.gpDecisionWorkingDaysLate"],
  params: ["gpComplaintDecisionWorkingDays"],
} as const satisfies Rule;

/**
 * 财政部令第94号 art. 19(1) (政府采购法 art. 55: the complaint is the 质疑供应商's): a complaint is admissible only after
 * the complainant challenged; one that is not is refused in writing (不予受理, art. 21(2)), not accepted.
 */
export const gpComplaintAfterChallenge = {
  id: "GP_COMPLAINT_AFTER_CHALLENGE",
  version: 1,
  clause: "NAT-MOF94-19",
  basis: [MOF94("十九"), MOF94("二十一"), GPL("五十五")],
  severity: "warning",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.mof94 },
  scope: SCOPE.gpAll,
  message: {
    zh: "投诉{complaint.id}（{complaint.stageList}）已受理，但记录中没有投诉人事先提出的质疑；提起投诉前未依法质疑的，应不予受理",
    en: "Complaint {complaint.id} ({complaint.stageList}) was accepted, but no prior challenge by the complainant is on record; a complaint not preceded by a challenge is to be refused",
  },
  conditions: { all: [{ fact: "complaint", path: "gpAcceptedWithoutChallenge", operator: "equal", value: true }] },
  evidence: ["complaint.id", "complaint.receivedOn", "complaint.acceptedOn", "complaint.stageList", "complaint.hasChallenge"],
} as const satisfies Rule;

/** The national timeline rules, in catalogue order. */
export const nationalTimelineRules = [
  bidPeriodTwentyDays,
  gpBidPeriodTwentyDays,
  gpNegotiationResponsePeriod,
  gpConsultationResponsePeriod,
  documentsOnSaleFiveDays,
  gpDocumentsProvidedFiveWorkingDays,
  gpConsultationDocumentsOnSale,
  clarificationFifteenDays,
  gpClarificationFifteenDays,
  gpNegotiationClarificationThreeWorkingDays,
  gpConsultationClarificationFiveDays,
  objectionToDocumentsInTime,
  objectionAnsweredInThreeDays,
  objectionAnsweredBeforeDeadline,
  bidBondAtMostTwoPercent,
  gpBidBondAtMostTwoPercent,
  bidBondsReturnedInFiveDays,
  gpBidBondsReturnedInTime,
  reportToSupervisorInFifteenDays,
  gpReportDeliveredInTime,
  gpWinnerConfirmedInTime,
  gpResultAnnouncedInTime,
  gpContractAnnouncedInTime,
  gpNoticeIssuedInTime,
  gpContractFiledInTime,
  gpChallengeFiledInTime,
  gpChallengeAnsweredInTime,
  gpComplaintFiledInTime,
  gpComplaintReviewedInTime,
  gpComplaintDecidedInTime,
  gpComplaintAfterChallenge,
] as const;
