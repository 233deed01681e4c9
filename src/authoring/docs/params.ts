import type { RuleText } from "../../rules/engine/types";

/*
 * What each built-in pack's parameters mean, for people: documentation of the national and Liaocheng packs, kept
 * out of ggzy-rules/rules so that a browser that validates records does not carry it (about 14 KiB of the browser
 * bundle). `withBuiltinDocs` puts each on the rule set's `params`; the CLI, the service's GET /v1/rules, the
 * catalogue and the demo report always apply it.
 */

/** The national pack's parameters, by name. */
export const nationalParamDocs = {
  committeeMinMembers: { zh: "评标委员会最少人数（单数），招标投标法第三十七条", en: "Minimum committee size (odd), Tendering Law art. 37" },
  gpLargeBudgetYuan: { zh: "政府采购评审委员会须 7 人以上的预算线（元），财政部令第87号第四十七条", en: "Government procurement budget (yuan) from which the committee needs 7+ members, MOF Order 87 art. 47" },
  gpLargeMinMembers: { zh: "上述项目评审委员会最少人数", en: "Minimum committee size for those projects" },
  conflictLookbackYears: { zh: "回避：任职、控股等关系的追溯年限，政府采购法实施条例第九条", en: "Avoidance: look-back in years for employment, directorship, control (GP regulation art. 9)" },
  contractDays: { zh: "中标通知书发出后签订书面合同的期限（日），招标投标法第四十六条", en: "Days after the award notice to sign the written contract, Tendering Law art. 46" },
  candidatePublicationDeadlineDays: { zh: "收到评标报告后公示中标候选人的期限（日），实施条例第五十四条", en: "Days after the evaluation report to publish the candidates, regulation art. 54" },
  candidatePublicationMinDays: { zh: "中标候选人公示期最少天数（首尾两日均计入），实施条例第五十四条", en: "Minimum days of candidate publication (both end days counted), regulation art. 54" },
  resultObjectionAnswerDays: { zh: "收到对评标结果的异议后作出答复的期限（日），实施条例第五十四条", en: "Days to answer an objection to the evaluation result, regulation art. 54" },
  complaintFilingDays: { zh: "自知道或应当知道之日起投诉期限（日），实施条例第六十条", en: "Days from knowing to complain, regulation art. 60" },
  complaintAcceptanceWorkingDays: { zh: "收到投诉后决定是否受理的期限（工作日），实施条例第六十一条", en: "Working days from receipt to decide on acceptance, regulation art. 61" },
  bidPeriodMinDays: { zh: "招标文件开始发出至投标截止最少天数，招标投标法第二十四条、政府采购法第三十五条", en: "Minimum days from documents to bid deadline, Tendering Law art. 24, GP Law art. 35" },
  documentsSaleMinDays: { zh: "招标文件发售期最少天数（首尾均计），实施条例第十六条", en: "Minimum sale period of documents (both ends counted), regulation art. 16" },
  gpDocumentsMinWorkingDays: { zh: "政府采购招标文件提供期最少工作日，财政部令第87号第十八条", en: "Minimum working days GP tender documents are provided, MOF Order 87 art. 18" },
  negotiationMinWorkingDays: { zh: "谈判文件、询价通知书发出至响应截止最少工作日，财政部令第74号", en: "Minimum working days from negotiation / inquiry documents to responses, MOF Order 74" },
  consultationMinDays: { zh: "磋商文件发出至首次响应截止最少天数，财库〔2014〕214号第十条", en: "Minimum days from consultation documents to first responses, Caiku [2014] 214 art. 10" },
  clarificationMinDays: { zh: "影响投标文件编制的澄清修改距投标截止最少天数，实施条例第二十一条、87号令第二十七条", en: "Minimum days between a material clarification and the bid deadline, regulation art. 21, Order 87 art. 27" },
  negotiationClarificationMinWorkingDays: { zh: "可能影响响应文件编制的澄清修改距首次响应截止之日最少工作日，财政部令第74号第二十九条、第四十五条", en: "Minimum working days between a material clarification and the (first) response deadline, MOF Order 74 arts. 29, 45" },
  consultationClarificationMinDays: { zh: "可能影响响应文件编制的澄清修改距首次响应截止最少天数，财库〔2014〕214号第十条", en: "Minimum days between a material clarification and the first response deadline, Caiku [2014] 214 art. 10" },
  consultationDocumentsMinWorkingDays: { zh: "磋商文件发售期最少工作日（自开始之日起），财库〔2014〕214号第十条", en: "Minimum working days consultation documents are on sale (from the first day), Caiku [2014] 214 art. 10" },
  objectionMinDays: { zh: "对招标文件的异议须在投标截止前提出的天数，实施条例第二十二条", en: "Days before the deadline an objection to the documents is due, regulation art. 22" },
  objectionAnswerDays: { zh: "答复异议的期限（日），实施条例第二十二条", en: "Days to answer an objection, regulation art. 22" },
  bidBondMaxShare: { zh: "投标保证金上限（占估算价或预算的比例），实施条例第二十六条、政府采购法实施条例第三十三条", en: "Bid bond cap as a share of the estimated price or budget, regulation art. 26, GP regulation art. 33" },
  bondReturnDays: { zh: "合同签订后退还投标保证金的期限（日），实施条例第五十七条", en: "Days after the contract to return bid bonds, regulation art. 57" },
  gpBondReturnWorkingDays: { zh: "退还投标（响应）保证金的期限（工作日）：未中标人自中标通知书发出之日起，中标人自合同签订之日起，政府采购法实施条例第三十三条", en: "Working days to return bid (response) bonds: losers' from the award notice, the winner's from the contract, GP regulation art. 33" },
  gpReportDeliveryWorkingDays: { zh: "评审结束后采购代理机构将评审报告送交采购人的期限（工作日），政府采购法实施条例第四十三条", en: "Working days from the end of the review for the agency to deliver the report to the purchaser, GP regulation art. 43" },
  supervisorReportDays: { zh: "确定中标人后向监管部门提交书面报告的期限（日），招标投标法第四十七条", en: "Days after determining the winner to report to the supervisor, Tendering Law art. 47" },
  gpConfirmWorkingDays: { zh: "收到评标报告后确定中标人的期限（工作日），87号令第六十八条", en: "Working days from the evaluation report to determine the winner, Order 87 art. 68" },
  gpResultWorkingDays: { zh: "确定中标人后公告结果的期限（工作日），87号令第六十九条", en: "Working days from the winner to the result announcement, Order 87 art. 69" },
  gpContractPublicationWorkingDays: { zh: "合同签订后公告的期限（工作日），政府采购法实施条例第五十条", en: "Working days from signing to announcing the GP contract, GP regulation art. 50" },
  gpNoticeWorkingDays: { zh: "确定中标、成交供应商后发出中标、成交通知书的期限（工作日），政府采购法实施条例第四十三条", en: "Working days from the winner to the award notice, GP regulation art. 43" },
  gpContractFilingWorkingDays: { zh: "合同签订后将合同副本报财政部门备案的期限（工作日），政府采购法第四十七条", en: "Working days from signing to filing a copy of the GP contract, GP Law art. 47" },
  gpChallengeWorkingDays: { zh: "知道权益受损后提出质疑的期限（工作日），政府采购法第五十二条", en: "Working days from knowing to challenge, GP Law art. 52" },
  gpChallengeAnswerWorkingDays: { zh: "答复质疑的期限（工作日），政府采购法第五十三条", en: "Working days to answer a challenge, GP Law art. 53" },
  gpComplaintWorkingDays: { zh: "答复期满后投诉的期限（工作日），政府采购法第五十五条", en: "Working days after the answer period to complain, GP Law art. 55" },
  gpComplaintReviewWorkingDays: { zh: "收到投诉后审查的期限（工作日），财政部令第94号第二十一条", en: "Working days to review a complaint, MOF Order 94 art. 21" },
  gpComplaintRefusalWorkingDays: { zh: "审查期满后书面告知不予受理的期限（工作日），财政部令第94号第二十一条第（二）项", en: "Working days after the review to notify a refusal (不予受理) in writing, MOF Order 94 art. 21(2)" },
  gpComplaintDecisionWorkingDays: { zh: "收到投诉后作出处理决定的期限（工作日），政府采购法第五十六条、财政部令第94号第二十六条（不计入期限的时间见第二十七条，2018-03-01起）", en: "Working days from receipt to decide a complaint, GP Law art. 56, MOF Order 94 art. 26 (time not counted: art. 27, from 2018-03-01)" },
  complaintDecisionWorkingDays: { zh: "受理后作出书面处理决定的期限（工作日），实施条例第六十一条", en: "Working days from acceptance to the written decision, regulation art. 61" },
} as const satisfies Record<string, RuleText>;

/** The Liaocheng pack's parameters, by name. */
export const liaochengParamDocs = {
  trainingPeriodDays: { zh: "代理机构从业人员培训有效期（日）：文件只要求“定期培训”，默认一年一次", en: "Days a passed agency-staff training stays valid: the directive says 'periodic'; default yearly" },
  minNonLocalShare: { zh: "评标专家中外地专家最低比例（按地市判断）：文件未定数值，默认 20%（5 人中至少 1 人）", en: "Minimum share of non-local experts (other prefecture): the directive gives no number; default 20% (1 of 5)" },
  maxExpertsPerEmployer: { zh: "同一单位的评标专家最多人数：文件未定数值，默认 1 人", en: "Most experts from one employer on a committee: the directive gives no number; default 1" },
  localityPrefixDigits: { zh: "判断“本地”所比较的行政区划代码位数：4 = 同一地级市", en: "Digits of the division code compared to judge 'local': 4 = same prefecture-level city" },
  requiredRaters: { zh: "一事一评须评议每位专家的相关方", en: "Parties that must rate every expert after each evaluation (一事一评)" },
  ratingsPublicationDays: { zh: "评标结束后公开专家评议结果的期限（日）：文件未定，默认 10 日", en: "Days after the evaluation to publish the expert ratings: not fixed by the directive; default 10" },
  spotCheckMinRate: { zh: "每季度合同履行抽查的最低比例（文件：5%）", en: "Minimum quarterly spot-check rate (directive: 5%)" },
  spotCheckMaxRate: { zh: "每季度合同履行抽查的最高比例（文件：10%）", en: "Maximum quarterly spot-check rate (directive: 10%)" },
  spotCheckPublicationDays: { zh: "季度结束后公示抽查结果的期限（日）：文件未定，默认 30 日", en: "Days after the quarter to publish spot-check results: not fixed by the directive; default 30" },
  properAbandonmentReasons: { zh: "视为正当（或合法）弃标理由的类别", en: "Abandonment reason categories counted as proper (or lawful)" },
  majorProjectBudgetYuan: { zh: "预算达到该金额（元）即视为重大项目，须有社会监督员：文件未定，默认 5000 万元", en: "Budget (yuan) from which a project counts as major and needs social supervisors: not fixed; default 50 million" },
  socialSupervisorsMin: { zh: "重大项目全程监标的社会监督员最少人数（文件：1–2 名）", en: "Fewest social supervisors for a major project (directive: 1–2)" },
  socialSupervisorsMax: { zh: "重大项目社会监督员最多人数（文件：1–2 名）", en: "Most social supervisors for a major project (directive: 1–2)" },
  disclosureDays: { zh: "收到评标报告后公开专家名单和总分的期限（日），参照实施条例第五十四条", en: "Days after the evaluation report to publish expert names and total scores (regulation art. 54 by analogy)" },
  complaintPublicationDays: { zh: "投诉处理决定作出后公开的期限（日）：文件未定，默认 20 日", en: "Days after a complaint decision to publish it: not fixed by the directive; default 20" },
} as const satisfies Record<string, RuleText>;

/** Each built-in pack's parameter descriptions, by pack name. */
export const builtInParamDocs: Readonly<Record<string, Readonly<Record<string, RuleText>>>> = { national: nationalParamDocs, liaocheng: liaochengParamDocs };
