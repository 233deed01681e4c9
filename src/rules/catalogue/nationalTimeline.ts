import type { Rule } from "../engine/types";
import { NATIONAL_EFFECTIVE, SCOPE } from "./basis";

/*
 * The statutory timeline of both regimes, from the documents to the challenge and complaint. Subjects: `project`
 * (fact `timeline`), `award` (fact `awardTimeline`), `complaint` (fact `complaint`). Minimum periods count from the
 * day after the first act to the day of the second (民法典 art. 201) and are never extended; deadlines after an
 * event get 民法典 art. 203's rest-day extension (calendar days) or follow the working-day calendar.
 */

const D201 = "民法典 第二百零一条、第二百零三条";

// ---------------------------------------------------------------------------------------------------------------
// Documents to bid deadline

/** 招标投标法 art. 24: at least 20 days from the first issue of the documents to the bid deadline. */
export const bidPeriodTwentyDays = {
  id: "BID_PERIOD_AT_LEAST_20_DAYS",
  version: 1,
  clause: "NAT-TBL-24",
  basis: ["招标投标法 第二十四条", D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  scope: SCOPE.tendering,
  title: { zh: "招标文件发出至投标截止不少于规定天数", en: "Enough days from the tender documents to the bid deadline" },
  message: {
    zh: "招标文件 {timeline.documentsIssuedOn} 开始发出，投标截止 {timeline.bidDeadlineDay}，仅 {timeline.bidPeriodDays} 日，少于 {params.bidPeriodMinDays} 日",
    en: "Documents first issued {timeline.documentsIssuedOn}, bid deadline {timeline.bidDeadlineDay}: {timeline.bidPeriodDays} day(s), under {params.bidPeriodMinDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "bidPeriodShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.bidDeadlineDay", "timeline.bidPeriodDays", "params.bidPeriodMinDays"],
  params: ["bidPeriodMinDays"],
  notes: "Binds projects that must be tendered by law. Counted from the day after the first issue to the deadline day: documents from 03-01 allow a deadline on 03-21, not 03-20.",
} as const satisfies Rule;

/** 政府采购法 art. 35: at least 20 days from the first issue of the tender documents to the bid deadline. */
export const gpBidPeriodTwentyDays = {
  id: "GP_BID_PERIOD_AT_LEAST_20_DAYS",
  version: 1,
  clause: "NAT-GPL-35",
  basis: ["政府采购法 第三十五条", D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpTender,
  title: { zh: "政府采购等标期不少于规定天数", en: "Government procurement bidding period long enough" },
  message: {
    zh: "政府采购招标文件 {timeline.documentsIssuedOn} 开始发出，投标截止 {timeline.bidDeadlineDay}，仅 {timeline.bidPeriodDays} 日，少于 {params.bidPeriodMinDays} 日",
    en: "GP tender documents first issued {timeline.documentsIssuedOn}, bid deadline {timeline.bidDeadlineDay}: {timeline.bidPeriodDays} day(s), under {params.bidPeriodMinDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "bidPeriodShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.bidDeadlineDay", "timeline.bidPeriodDays", "params.bidPeriodMinDays"],
  params: ["bidPeriodMinDays"],
  notes: "Art. 35 covers goods and services procured by tender; counted as BID_PERIOD_AT_LEAST_20_DAYS.",
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
  title: { zh: "谈判文件、询价通知书发出至响应截止不少于规定工作日", en: "Enough working days from negotiation or inquiry documents to the responses" },
  message: {
    zh: "谈判文件（询价通知书）{timeline.documentsIssuedOn} 发出，响应截止 {timeline.bidDeadlineDay}，仅 {timeline.negotiationWorkingDays} 个工作日，少于 {params.negotiationMinWorkingDays} 个",
    en: "Negotiation documents (inquiry notice) issued {timeline.documentsIssuedOn}, responses due {timeline.bidDeadlineDay}: {timeline.negotiationWorkingDays} working day(s), under {params.negotiationMinWorkingDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "negotiationShortWorkingDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.bidDeadlineDay", "timeline.negotiationWorkingDays", "params.negotiationMinWorkingDays"],
  params: ["negotiationMinWorkingDays"],
  notes: "The first response deadline is the record's bidDeadline. Working days after the issue day up to the deadline day.",
} as const satisfies Rule;

/** 财库〔2014〕214号 art. 10: at least 10 days from the consultation documents to the first responses. */
export const gpConsultationResponsePeriod = {
  id: "GP_CONSULTATION_RESPONSE_PERIOD",
  version: 1,
  clause: "NAT-MOF214-10",
  basis: ["财库〔2014〕214号 第十条", D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof214 },
  scope: SCOPE.gpConsultation,
  title: { zh: "磋商文件发出至首次响应截止不少于规定天数", en: "Enough days from the consultation documents to the first responses" },
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
  basis: ["招标投标法实施条例 第十六条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  title: { zh: "招标文件发售期不少于规定天数", en: "Tender documents on sale for long enough" },
  message: {
    zh: "招标文件发售期 {timeline.documentsIssuedOn} 至 {timeline.documentsAvailableUntil} 共 {timeline.saleDays} 日，少于 {params.documentsSaleMinDays} 日",
    en: "The documents were on sale from {timeline.documentsIssuedOn} to {timeline.documentsAvailableUntil}, {timeline.saleDays} day(s), under {params.documentsSaleMinDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "saleShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.documentsAvailableUntil", "timeline.saleDays", "params.documentsSaleMinDays"],
  params: ["documentsSaleMinDays"],
  notes: "'发售期不得少于5日': the first and last day of sale both count (03-01 to 03-05 is 5 days).",
} as const satisfies Rule;

/** 87号令 art. 18: GP tender documents are provided for at least 5 working days. */
export const gpDocumentsProvidedFiveWorkingDays = {
  id: "GP_DOCUMENTS_PROVIDED_5_WORKING_DAYS",
  version: 1,
  clause: "NAT-MOF87-18",
  basis: ["财政部令第87号 第十八条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  scope: SCOPE.gpTender,
  title: { zh: "招标文件提供期不少于规定工作日", en: "Tender documents provided for enough working days" },
  message: {
    zh: "招标文件提供期 {timeline.documentsIssuedOn} 至 {timeline.documentsAvailableUntil} 仅 {timeline.gpSaleWorkingDays} 个工作日，少于 {params.gpDocumentsMinWorkingDays} 个",
    en: "The tender documents were provided from {timeline.documentsIssuedOn} to {timeline.documentsAvailableUntil}, {timeline.gpSaleWorkingDays} working day(s), under {params.gpDocumentsMinWorkingDays}",
  },
  conditions: { all: [{ fact: "timeline", path: "gpSaleShortWorkingDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.documentsIssuedOn", "timeline.documentsAvailableUntil", "timeline.gpSaleWorkingDays", "params.gpDocumentsMinWorkingDays"],
  params: ["gpDocumentsMinWorkingDays"],
  notes:
    "Recalled as: the period is counted from the publication of the notice and is at least 5 working days; the record's documentsIssuedOn stands for that day, and both ends are counted. Article number and wording from memory — check against the text.",
} as const satisfies Rule;

/** 实施条例 art. 21: a clarification that may affect bids comes at least 15 days before the deadline, or the deadline moves. */
export const clarificationFifteenDays = {
  id: "CLARIFICATION_15_DAYS_BEFORE_DEADLINE",
  version: 1,
  clause: "NAT-TBLR-21",
  basis: ["招标投标法实施条例 第二十一条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  title: { zh: "影响投标文件编制的澄清修改距投标截止不少于规定天数", en: "Material clarification early enough before the bid deadline" },
  message: {
    zh: "{timeline.clarificationOn} 发出的澄清或修改可能影响投标文件编制，距投标截止 {timeline.bidDeadlineDay} 仅 {timeline.clarificationDaysBeforeDeadline} 日，应至少 {params.clarificationMinDays} 日或顺延截止时间",
    en: "The clarification of {timeline.clarificationOn} may affect bids but came only {timeline.clarificationDaysBeforeDeadline} day(s) before the deadline {timeline.bidDeadlineDay}; {params.clarificationMinDays} are required, or the deadline must move",
  },
  conditions: { all: [{ fact: "timeline", path: "clarificationShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.clarificationOn", "timeline.bidDeadlineDay", "timeline.clarificationDaysBeforeDeadline", "params.clarificationMinDays"],
  params: ["clarificationMinDays"],
  notes:
    "Judged against the final bid deadline of the record: a deadline moved far enough satisfies the article. The pre-qualification variant (3 days before the application deadline) is not modelled.",
} as const satisfies Rule;

/** 87号令 art. 27: the same 15 days for GP tenders. */
export const gpClarificationFifteenDays = {
  id: "GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE",
  version: 1,
  clause: "NAT-MOF87-27",
  basis: ["财政部令第87号 第二十七条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  scope: SCOPE.gpTender,
  title: { zh: "政府采购招标文件澄清修改距投标截止不少于规定天数", en: "Government procurement clarification early enough before the bid deadline" },
  message: {
    zh: "{timeline.clarificationOn} 发出的澄清或修改可能影响投标文件编制，距投标截止 {timeline.bidDeadlineDay} 仅 {timeline.clarificationDaysBeforeDeadline} 日，应至少 {params.clarificationMinDays} 日或顺延截止时间",
    en: "The clarification of {timeline.clarificationOn} may affect bids but came only {timeline.clarificationDaysBeforeDeadline} day(s) before the GP bid deadline {timeline.bidDeadlineDay}; {params.clarificationMinDays} are required, or the deadline must move",
  },
  conditions: { all: [{ fact: "timeline", path: "clarificationShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.clarificationOn", "timeline.bidDeadlineDay", "timeline.clarificationDaysBeforeDeadline", "params.clarificationMinDays"],
  params: ["clarificationMinDays"],
} as const satisfies Rule;

/** 实施条例 art. 22: an objection to the documents comes at least 10 days before the deadline. */
export const objectionToDocumentsInTime = {
  id: "OBJECTION_TO_DOCUMENTS_IN_TIME",
  version: 1,
  clause: "NAT-TBLR-22",
  basis: ["招标投标法实施条例 第二十二条"],
  severity: "info",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  title: { zh: "对招标文件的异议在投标截止前规定天数提出", en: "Objection to the tender documents raised early enough before the deadline" },
  message: {
    zh: "对招标文件的异议（{timeline.lateObjectionId}）于 {timeline.lateObjectionOn} 提出，距投标截止 {timeline.bidDeadlineDay} 仅 {timeline.lateObjectionDaysBeforeDeadline} 日，应在 {params.objectionMinDays} 日前提出",
    en: "The objection to the documents ({timeline.lateObjectionId}) came on {timeline.lateObjectionOn}, {timeline.lateObjectionDaysBeforeDeadline} day(s) before the deadline {timeline.bidDeadlineDay}; it was due {params.objectionMinDays} days before",
  },
  conditions: { all: [{ fact: "timeline", path: "lateObjectionShortDays", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.lateObjectionId", "timeline.lateObjectionOn", "timeline.bidDeadlineDay", "timeline.lateObjectionDaysBeforeDeadline", "params.objectionMinDays"],
  params: ["objectionMinDays"],
  notes: "Severity info: a late objection is the objector's loss (the tenderer need not entertain it), not the tenderer's breach.",
} as const satisfies Rule;

/** 实施条例 art. 22: the tenderer answers an objection within 3 days of receiving it. */
export const objectionAnsweredInThreeDays = {
  id: "OBJECTION_ANSWERED_IN_3_DAYS",
  version: 1,
  clause: "NAT-TBLR-22",
  basis: ["招标投标法实施条例 第二十二条", D201],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  title: { zh: "收到异议后按期答复", en: "Objection answered in time" },
  message: {
    zh: "异议（{timeline.slowAnswerObjectionId}）{timeline.slowAnswerFiledOn} 收到，最迟应于 {timeline.slowAnswerLastDay} 答复，实际 {timeline.slowAnswerAnsweredOn}，逾期 {timeline.slowAnswerDaysLate} 日",
    en: "The objection ({timeline.slowAnswerObjectionId}) received {timeline.slowAnswerFiledOn} was due an answer by {timeline.slowAnswerLastDay}; answered {timeline.slowAnswerAnsweredOn}, {timeline.slowAnswerDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "timeline", path: "slowAnswerDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["timeline.slowAnswerObjectionId", "timeline.slowAnswerFiledOn", "timeline.slowAnswerLastDay", "timeline.slowAnswerAnsweredOn", "timeline.slowAnswerDaysLate", "params.objectionAnswerDays"],
  params: ["objectionAnswerDays"],
  notes: "Counted from the day of receipt (the filing day in the record). Art. 22 also halts the procedure until the answer; that is not checked.",
} as const satisfies Rule;

/** 实施条例 art. 26: the bid bond is at most 2% of the estimated price. */
export const bidBondAtMostTwoPercent = {
  id: "BID_BOND_AT_MOST_2_PERCENT",
  version: 1,
  clause: "NAT-TBLR-26",
  basis: ["招标投标法实施条例 第二十六条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  title: { zh: "投标保证金不超过估算价的规定比例", en: "Bid bond within the set share of the estimated price" },
  message: {
    zh: "投标保证金 {timeline.bidBondYuan} 元超过招标项目估算价 {timeline.bidBondBaseYuan} 元的 2%（{timeline.bidBondCapYuan} 元）",
    en: "The bid bond of {timeline.bidBondYuan} yuan exceeds 2% ({timeline.bidBondCapYuan} yuan) of the estimated price {timeline.bidBondBaseYuan} yuan",
  },
  conditions: { all: [{ fact: "timeline", path: "bidBondOverCap", operator: "equal", value: true }] },
  evidence: ["timeline.bidBondYuan", "timeline.bidBondBaseYuan", "timeline.bidBondCapYuan", "params.bidBondMaxShare"],
  params: ["bidBondMaxShare"],
  notes: "The base is estimatedPriceYuan (招标项目估算价), else the budget. Art. 26's 800,000-yuan cap for construction survey and design (from the 七部委 rules) is not encoded.",
} as const satisfies Rule;

/** 政府采购法实施条例 art. 33: the bid bond is at most 2% of the budget. */
export const gpBidBondAtMostTwoPercent = {
  id: "GP_BID_BOND_AT_MOST_2_PERCENT",
  version: 1,
  clause: "NAT-GPLR-33",
  basis: ["政府采购法实施条例 第三十三条"],
  severity: "error",
  subject: "project",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpAll,
  title: { zh: "投标保证金不超过采购预算的规定比例", en: "Bid bond within the set share of the procurement budget" },
  message: {
    zh: "投标（响应）保证金 {timeline.bidBondYuan} 元超过采购项目预算金额 {timeline.bidBondBaseYuan} 元的 2%（{timeline.bidBondCapYuan} 元）",
    en: "The bid (response) bond of {timeline.bidBondYuan} yuan exceeds 2% ({timeline.bidBondCapYuan} yuan) of the budget {timeline.bidBondBaseYuan} yuan",
  },
  conditions: { all: [{ fact: "timeline", path: "bidBondOverCap", operator: "equal", value: true }] },
  evidence: ["timeline.bidBondYuan", "timeline.bidBondBaseYuan", "timeline.bidBondCapYuan", "params.bidBondMaxShare"],
  params: ["bidBondMaxShare"],
  notes: "Art. 33 speaks of tenders; 74号令 (art. 14) and 214号 apply the same 2% cap to response bonds, so every GP method is covered.",
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// After the evaluation

/** 实施条例 art. 57: bid bonds returned within 5 days of signing the contract. */
export const bidBondsReturnedInFiveDays = {
  id: "BID_BONDS_RETURNED_IN_5_DAYS",
  version: 1,
  clause: "NAT-TBLR-57",
  basis: ["招标投标法实施条例 第五十七条", D201],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.tenderingRegulation },
  scope: SCOPE.tendering,
  title: { zh: "合同签订后按期退还投标保证金", en: "Bid bonds returned in time after the contract is signed" },
  message: {
    zh: "合同 {awardTimeline.signedOn} 签订后，投标保证金最迟应于 {awardTimeline.bondReturnLastDay} 退还，实际 {awardTimeline.bondsReturnedOn}，逾期 {awardTimeline.bondReturnDaysLate} 日",
    en: "After the contract of {awardTimeline.signedOn}, bid bonds were due back by {awardTimeline.bondReturnLastDay}; returned {awardTimeline.bondsReturnedOn}, {awardTimeline.bondReturnDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "bondReturnDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.signedOn", "awardTimeline.bondReturnLastDay", "awardTimeline.bondsReturnedOn", "awardTimeline.bondReturnDaysLate", "params.bondReturnDays"],
  params: ["bondReturnDays"],
  notes: "'最迟应当在书面合同签订后5日内' — bonds of winner and losers alike, with interest; the record's bondsReturnedOn is the day the last one went back. Only awards with bonds on record are judged.",
} as const satisfies Rule;

/** 招标投标法 art. 47: a written report to the supervisor within 15 days of determining the winner. */
export const reportToSupervisorInFifteenDays = {
  id: "TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS",
  version: 1,
  clause: "NAT-TBL-47",
  basis: ["招标投标法 第四十七条", D201],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  scope: SCOPE.tendering,
  title: { zh: "确定中标人后按期向监管部门提交书面报告", en: "Written report to the supervisor in time after the winner is determined" },
  message: {
    zh: "{awardTimeline.decidedOn} 确定中标人后，书面报告最迟应于 {awardTimeline.supervisorReportLastDay} 提交监管部门，实际 {awardTimeline.supervisorReportOn}，逾期 {awardTimeline.supervisorReportDaysLate} 日",
    en: "After the winner was determined on {awardTimeline.decidedOn}, the written report to the supervisor was due by {awardTimeline.supervisorReportLastDay}; submitted {awardTimeline.supervisorReportOn}, {awardTimeline.supervisorReportDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "supervisorReportDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.decidedOn", "awardTimeline.supervisorReportLastDay", "awardTimeline.supervisorReportOn", "awardTimeline.supervisorReportDaysLate", "params.supervisorReportDays"],
  params: ["supervisorReportDays"],
  notes: "Binds projects that must be tendered by law. Counted from the day the winner was determined (decidedOn), not from the award notice.",
} as const satisfies Rule;

/** 87号令 art. 68: the purchaser determines the winner within 5 working days of receiving the evaluation report. */
export const gpWinnerConfirmedInTime = {
  id: "GP_WINNER_CONFIRMED_IN_TIME",
  version: 1,
  clause: "NAT-MOF87-68",
  basis: ["财政部令第87号 第六十八条"],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  scope: SCOPE.gpTender,
  title: { zh: "收到评标报告后按期确定中标人", en: "Winner determined in time after the evaluation report" },
  message: {
    zh: "采购人 {awardTimeline.reportReceivedOn} 收到评标报告，最迟应于 {awardTimeline.confirmLastDay} 确定中标人，实际 {awardTimeline.decidedOn}，逾期 {awardTimeline.confirmWorkingDaysLate} 个工作日",
    en: "The purchaser received the evaluation report on {awardTimeline.reportReceivedOn} and had to determine the winner by {awardTimeline.confirmLastDay}; it did on {awardTimeline.decidedOn}, {awardTimeline.confirmWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "confirmWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.reportReceivedOn", "awardTimeline.confirmLastDay", "awardTimeline.decidedOn", "awardTimeline.confirmWorkingDaysLate", "params.gpConfirmWorkingDays"],
  params: ["gpConfirmWorkingDays"],
  notes: "Art. 68 also gives the agency 2 working days to deliver the report after the evaluation; not checked (the model has no delivery date apart from receipt).",
} as const satisfies Rule;

/** 87号令 art. 69: the result is announced within 2 working days of determining the winner. */
export const gpResultAnnouncedInTime = {
  id: "GP_RESULT_ANNOUNCED_IN_TIME",
  version: 1,
  clause: "NAT-MOF87-69",
  basis: ["财政部令第87号 第六十九条"],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.mof87 },
  scope: SCOPE.gpTender,
  title: { zh: "确定中标人后按期公告中标结果", en: "Result announced in time after the winner is determined" },
  message: {
    zh: "{awardTimeline.decidedOn} 确定中标人后，中标结果最迟应于 {awardTimeline.resultLastDay} 公告，实际 {awardTimeline.resultPublishedOn}，逾期 {awardTimeline.resultWorkingDaysLate} 个工作日",
    en: "After the winner was determined on {awardTimeline.decidedOn}, the result was due for announcement by {awardTimeline.resultLastDay}; announced {awardTimeline.resultPublishedOn}, {awardTimeline.resultWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "resultWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.decidedOn", "awardTimeline.resultLastDay", "awardTimeline.resultPublishedOn", "awardTimeline.resultWorkingDaysLate", "params.gpResultWorkingDays"],
  params: ["gpResultWorkingDays"],
  notes: "74号令 and 214号 have their own result-announcement articles for the other methods (also 2 working days as I recall); only tenders are covered here.",
} as const satisfies Rule;

/** 政府采购法实施条例 art. 50: the contract is announced within 2 working days of signing. */
export const gpContractAnnouncedInTime = {
  id: "GP_CONTRACT_ANNOUNCED_IN_TIME",
  version: 1,
  clause: "NAT-GPLR-50",
  basis: ["政府采购法实施条例 第五十条"],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.procurementRegulation },
  scope: SCOPE.gpAll,
  title: { zh: "政府采购合同按期公告", en: "Procurement contract published in time" },
  message: {
    zh: "政府采购合同 {awardTimeline.signedOn} 签订，最迟应于 {awardTimeline.contractPublicationLastDay} 公告，实际 {awardTimeline.contractPublishedOn}，逾期 {awardTimeline.contractPublicationWorkingDaysLate} 个工作日",
    en: "The GP contract signed {awardTimeline.signedOn} was due for announcement by {awardTimeline.contractPublicationLastDay}; announced {awardTimeline.contractPublishedOn}, {awardTimeline.contractPublicationWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "awardTimeline", path: "contractPublicationWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["awardTimeline.awardId", "awardTimeline.signedOn", "awardTimeline.contractPublicationLastDay", "awardTimeline.contractPublishedOn", "awardTimeline.contractPublicationWorkingDaysLate", "params.gpContractPublicationWorkingDays"],
  params: ["gpContractPublicationWorkingDays"],
  notes: "Art. 50 exempts contracts involving state secrets or commercial secrets; the model has no flag for that.",
} as const satisfies Rule;

// ---------------------------------------------------------------------------------------------------------------
// Challenges and complaints under government procurement

/** 政府采购法 art. 52: a challenge within 7 working days of knowing. */
export const gpChallengeFiledInTime = {
  id: "GP_CHALLENGE_FILED_IN_TIME",
  version: 1,
  clause: "NAT-GPL-52",
  basis: ["政府采购法 第五十二条", "财政部令第94号 第十条"],
  severity: "info",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  title: { zh: "质疑在规定期限内提出", en: "Challenge filed within the time limit" },
  message: {
    zh: "供应商于 {complaint.challengeKnownOn} 知道权益受损，质疑期限至 {complaint.challengeLastDay}，{complaint.objectionFiledOn} 才质疑，逾期 {complaint.challengeWorkingDaysLate} 个工作日",
    en: "The supplier knew on {complaint.challengeKnownOn}; the challenge period ended {complaint.challengeLastDay} but the challenge came on {complaint.objectionFiledOn}, {complaint.challengeWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "challengeWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.challengeKnownOn", "complaint.objectionFiledOn", "complaint.challengeLastDay", "complaint.challengeWorkingDaysLate", "params.gpChallengeWorkingDays"],
  params: ["gpChallengeWorkingDays"],
  notes: "Severity info: a late challenge may be refused. When the knowing day is disputed, 94号令 art. 10 fixes it per matter (documents: when obtained or the notice period ends; process: when it ends; result: when announced); the record's objection.knownOn (else knownOn) carries it.",
} as const satisfies Rule;

/** 政府采购法 art. 53: the purchaser answers a challenge within 7 working days. */
export const gpChallengeAnsweredInTime = {
  id: "GP_CHALLENGE_ANSWERED_IN_TIME",
  version: 1,
  clause: "NAT-GPL-53",
  basis: ["政府采购法 第五十三条", "财政部令第94号 第十三条"],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  title: { zh: "按期答复质疑", en: "Challenge answered in time" },
  message: {
    zh: "质疑 {complaint.objectionFiledOn} 收到，最迟应于 {complaint.challengeAnswerLastDay} 答复，实际 {complaint.objectionAnsweredOn}，逾期 {complaint.challengeAnswerWorkingDaysLate} 个工作日",
    en: "The challenge received {complaint.objectionFiledOn} was due an answer by {complaint.challengeAnswerLastDay}; answered {complaint.objectionAnsweredOn}, {complaint.challengeAnswerWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "challengeAnswerWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.objectionFiledOn", "complaint.challengeAnswerLastDay", "complaint.objectionAnsweredOn", "complaint.challengeAnswerWorkingDaysLate", "params.gpChallengeAnswerWorkingDays"],
  params: ["gpChallengeAnswerWorkingDays"],
} as const satisfies Rule;

/** 政府采购法 art. 55: a complaint within 15 working days after the answer period ends. */
export const gpComplaintFiledInTime = {
  id: "GP_COMPLAINT_FILED_IN_TIME",
  version: 1,
  clause: "NAT-GPL-55",
  basis: ["政府采购法 第五十五条", "财政部令第94号 第十七条"],
  severity: "info",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.procurementLaw },
  scope: SCOPE.gpAll,
  title: { zh: "质疑答复期满后在规定期限内投诉", en: "Complaint filed within the time limit after the answer period" },
  message: {
    zh: "质疑答复期于 {complaint.challengeAnswerLastDay} 届满，投诉期限至 {complaint.gpFilingLastDay}，{complaint.filedOn} 才投诉，逾期 {complaint.gpFilingWorkingDaysLate} 个工作日",
    en: "The answer period ended {complaint.challengeAnswerLastDay}; the complaint period ended {complaint.gpFilingLastDay} but the complaint came on {complaint.filedOn}, {complaint.gpFilingWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "gpFilingWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.challengeAnswerLastDay", "complaint.filedOn", "complaint.gpFilingLastDay", "complaint.gpFilingWorkingDaysLate", "params.gpComplaintWorkingDays"],
  params: ["gpComplaintWorkingDays"],
  notes:
    "'答复期满后十五个工作日内': counted from the end of the 7-working-day answer period, whether the answer came earlier or not — the text's words; some authorities count from an earlier answer. Needs the challenge on record (a GP complaint without a prior challenge is inadmissible, 94号令, not checked here).",
} as const satisfies Rule;

/** 94号令 art. 21: the finance department reviews a complaint within 5 working days of receipt. */
export const gpComplaintReviewedInTime = {
  id: "GP_COMPLAINT_REVIEWED_IN_TIME",
  version: 1,
  clause: "NAT-MOF94-21",
  basis: ["财政部令第94号 第二十一条"],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.mof94 },
  scope: SCOPE.gpAll,
  title: { zh: "政府采购投诉按期审查", en: "Procurement complaint reviewed in time" },
  message: {
    zh: "投诉{complaint.id}于 {complaint.receivedOn} 收到，最迟应于 {complaint.gpReviewLastDay}（{params.gpComplaintReviewWorkingDays} 个工作日）审查完毕，{complaint.acceptanceStatusZh}，逾期 {complaint.gpReviewWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} received {complaint.receivedOn}: the review was due by {complaint.gpReviewLastDay} ({params.gpComplaintReviewWorkingDays} working days); {complaint.acceptanceStatusEn}, {complaint.gpReviewWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "gpReviewWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.receivedOn", "complaint.acceptedOn", "complaint.gpReviewLastDay", "complaint.gpReviewWorkingDaysLate"],
  params: ["gpComplaintReviewWorkingDays"],
  notes: "The 'accepted' stage stands for the end of the review (受理 or a decision not to accept). Before 2018-03-01, 财政部令第20号 governed (not encoded).",
} as const satisfies Rule;

/** 94号令 art. 28: a decision within 30 working days of receipt, time for tests, appraisal, expert review and supplements not counted. */
export const gpComplaintDecidedInTime = {
  id: "GP_COMPLAINT_DECIDED_IN_TIME",
  version: 1,
  clause: "NAT-MOF94-28",
  basis: ["财政部令第94号 第二十八条", "政府采购法 第五十六条"],
  severity: "error",
  subject: "complaint",
  effective: { from: NATIONAL_EFFECTIVE.mof94 },
  scope: SCOPE.gpAll,
  title: { zh: "政府采购投诉按期作出处理决定", en: "Procurement complaint decided in time" },
  message: {
    zh: "投诉{complaint.id}于 {complaint.receivedOn} 收到，最迟应于 {complaint.gpDecisionLastDay}（{params.gpComplaintDecisionWorkingDays} 个工作日，另扣除 {complaint.pausedWorkingDays} 个工作日）作出处理决定，{complaint.decisionStatusZh}，逾期 {complaint.gpDecisionWorkingDaysLate} 个工作日",
    en: "Complaint {complaint.id} received {complaint.receivedOn}: the decision was due by {complaint.gpDecisionLastDay} ({params.gpComplaintDecisionWorkingDays} working days plus {complaint.pausedWorkingDays} paused); {complaint.decisionStatusEn}, {complaint.gpDecisionWorkingDaysLate} working day(s) late",
  },
  conditions: { all: [{ fact: "complaint", path: "gpDecisionWorkingDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.receivedOn", "complaint.decidedOn", "complaint.pausedWorkingDays", "complaint.gpDecisionLastDay", "complaint.gpDecisionWorkingDaysLate"],
  params: ["gpComplaintDecisionWorkingDays"],
  notes: "Unlike 实施条例 art. 61 (from acceptance), the GP period runs from receipt (政府采购法 art. 56, 94号令 art. 28).",
} as const satisfies Rule;

/** The national timeline rules, in catalogue order. */
export const nationalTimelineRules = [
  bidPeriodTwentyDays,
  gpBidPeriodTwentyDays,
  gpNegotiationResponsePeriod,
  gpConsultationResponsePeriod,
  documentsOnSaleFiveDays,
  gpDocumentsProvidedFiveWorkingDays,
  clarificationFifteenDays,
  gpClarificationFifteenDays,
  objectionToDocumentsInTime,
  objectionAnsweredInThreeDays,
  bidBondAtMostTwoPercent,
  gpBidBondAtMostTwoPercent,
  bidBondsReturnedInFiveDays,
  reportToSupervisorInFifteenDays,
  gpWinnerConfirmedInTime,
  gpResultAnnouncedInTime,
  gpContractAnnouncedInTime,
  gpChallengeFiledInTime,
  gpChallengeAnsweredInTime,
  gpComplaintFiledInTime,
  gpComplaintReviewedInTime,
  gpComplaintDecidedInTime,
] as const;
