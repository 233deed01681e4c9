import { contractSignedInTime } from "../catalogue/performance";
import { nationalRules } from "../catalogue/national";
import { nationalTimelineRules } from "../catalogue/nationalTimeline";
import type { Rule, RulePack } from "../engine/types";

/** The rule, marked as a floor set by its own articles. */
function asFloor<R extends Rule>(rule: R): R & { readonly floor: { readonly basis: string } } {
  return { ...rule, floor: { basis: rule.basis.join("；") } };
}

/**
 * The national baseline pack: what 招标投标法, its implementing regulation, 政府采购法实施条例 and 财政部令第87号
 * require of committees, avoidance, contracts, candidate publication and complaints. Periods in calendar days
 * follow 民法典 art. 201/203; periods in working days follow the PRC working-day calendar.
 *
 * @example
 * ```ts
 * const set = createRuleSet([nationalPack]);
 * set.params.contractDays?.value; // 30
 * ```
 */
export const nationalPack = {
  name: "national",
  version: "2.0.0",
  description: {
    zh: "国家基线：招标投标法及其实施条例；政府采购法及其实施条例、财政部令第87号、第74号、第94号、财库〔2014〕214号",
    en: "National baseline: Tendering and Bidding Law and its regulation; Government Procurement Law and its regulation, MOF Orders 87, 74, 94 and Caiku [2014] 214",
  },
  params: {
    committeeMinMembers: {
      value: 5,
      description: { zh: "评标委员会最少人数（单数），招标投标法第三十七条", en: "Minimum committee size (odd), Tendering Law art. 37" },
      floor: { min: 5, basis: "招标投标法 第三十七条" },
    },
    gpLargeBudgetYuan: {
      value: 10_000_000,
      description: { zh: "政府采购评审委员会须 7 人以上的预算线（元），财政部令第87号第四十七条", en: "Government procurement budget (yuan) from which the committee needs 7+ members, MOF Order 87 art. 47" },
      floor: { max: 10_000_000, basis: "财政部令第87号 第四十七条" },
    },
    gpLargeMinMembers: {
      value: 7,
      description: { zh: "上述项目评审委员会最少人数", en: "Minimum committee size for those projects" },
      floor: { min: 7, basis: "财政部令第87号 第四十七条" },
    },
    conflictLookbackYears: {
      value: 3,
      description: { zh: "回避：任职、控股等关系的追溯年限，政府采购法实施条例第九条", en: "Avoidance: look-back in years for employment, directorship, control (GP regulation art. 9)" },
      floor: { min: 3, basis: "政府采购法实施条例 第九条" },
    },
    contractDays: {
      value: 30,
      description: { zh: "中标通知书发出后签订书面合同的期限（日），招标投标法第四十六条", en: "Days after the award notice to sign the written contract, Tendering Law art. 46" },
      floor: { max: 30, basis: "招标投标法 第四十六条" },
    },
    candidatePublicationDeadlineDays: {
      value: 3,
      description: { zh: "收到评标报告后公示中标候选人的期限（日），实施条例第五十四条", en: "Days after the evaluation report to publish the candidates, regulation art. 54" },
      floor: { max: 3, basis: "招标投标法实施条例 第五十四条" },
    },
    candidatePublicationMinDays: {
      value: 3,
      description: { zh: "中标候选人公示期最少天数（首尾两日均计入），实施条例第五十四条", en: "Minimum days of candidate publication (both end days counted), regulation art. 54" },
      floor: { min: 3, basis: "招标投标法实施条例 第五十四条" },
    },
    resultObjectionAnswerDays: {
      value: 3,
      description: { zh: "收到对评标结果的异议后作出答复的期限（日），实施条例第五十四条", en: "Days to answer an objection to the evaluation result, regulation art. 54" },
      floor: { max: 3, basis: "招标投标法实施条例 第五十四条" },
    },
    complaintFilingDays: {
      value: 10,
      description: { zh: "自知道或应当知道之日起投诉期限（日），实施条例第六十条", en: "Days from knowing to complain, regulation art. 60" },
      floor: { min: 10, max: 10, basis: "招标投标法实施条例 第六十条" },
    },
    complaintAcceptanceWorkingDays: {
      value: 3,
      description: { zh: "收到投诉后决定是否受理的期限（工作日），实施条例第六十一条", en: "Working days from receipt to decide on acceptance, regulation art. 61" },
      floor: { max: 3, basis: "招标投标法实施条例 第六十一条" },
    },
    bidPeriodMinDays: { value: 20, description: { zh: "招标文件开始发出至投标截止最少天数，招标投标法第二十四条、政府采购法第三十五条", en: "Minimum days from documents to bid deadline, Tendering Law art. 24, GP Law art. 35" } },
    documentsSaleMinDays: { value: 5, description: { zh: "招标文件发售期最少天数（首尾均计），实施条例第十六条", en: "Minimum sale period of documents (both ends counted), regulation art. 16" } },
    gpDocumentsMinWorkingDays: { value: 5, description: { zh: "政府采购招标文件提供期最少工作日，财政部令第87号第十八条", en: "Minimum working days GP tender documents are provided, MOF Order 87 art. 18" } },
    negotiationMinWorkingDays: { value: 3, description: { zh: "谈判文件、询价通知书发出至响应截止最少工作日，财政部令第74号", en: "Minimum working days from negotiation / inquiry documents to responses, MOF Order 74" } },
    consultationMinDays: { value: 10, description: { zh: "磋商文件发出至首次响应截止最少天数，财库〔2014〕214号第十条", en: "Minimum days from consultation documents to first responses, Caiku [2014] 214 art. 10" } },
    clarificationMinDays: { value: 15, description: { zh: "影响投标文件编制的澄清修改距投标截止最少天数，实施条例第二十一条、87号令第二十七条", en: "Minimum days between a material clarification and the bid deadline, regulation art. 21, Order 87 art. 27" } },
    negotiationClarificationMinWorkingDays: { value: 3, description: { zh: "可能影响响应文件编制的澄清修改距首次响应截止之日最少工作日，财政部令第74号第二十九条、第四十五条", en: "Minimum working days between a material clarification and the (first) response deadline, MOF Order 74 arts. 29, 45" } },
    consultationClarificationMinDays: { value: 5, description: { zh: "可能影响响应文件编制的澄清修改距首次响应截止最少天数，财库〔2014〕214号第十条", en: "Minimum days between a material clarification and the first response deadline, Caiku [2014] 214 art. 10" } },
    consultationDocumentsMinWorkingDays: { value: 5, description: { zh: "磋商文件发售期最少工作日（自开始之日起），财库〔2014〕214号第十条", en: "Minimum working days consultation documents are on sale (from the first day), Caiku [2014] 214 art. 10" } },
    objectionMinDays: { value: 10, description: { zh: "对招标文件的异议须在投标截止前提出的天数，实施条例第二十二条", en: "Days before the deadline an objection to the documents is due, regulation art. 22" } },
    objectionAnswerDays: { value: 3, description: { zh: "答复异议的期限（日），实施条例第二十二条", en: "Days to answer an objection, regulation art. 22" } },
    bidBondMaxShare: { value: 0.02, description: { zh: "投标保证金上限（占估算价或预算的比例），实施条例第二十六条、政府采购法实施条例第三十三条", en: "Bid bond cap as a share of the estimated price or budget, regulation art. 26, GP regulation art. 33" } },
    bondReturnDays: { value: 5, description: { zh: "合同签订后退还投标保证金的期限（日），实施条例第五十七条", en: "Days after the contract to return bid bonds, regulation art. 57" } },
    gpBondReturnWorkingDays: { value: 5, description: { zh: "退还投标（响应）保证金的期限（工作日）：未中标人自中标通知书发出之日起，中标人自合同签订之日起，政府采购法实施条例第三十三条", en: "Working days to return bid (response) bonds: losers' from the award notice, the winner's from the contract, GP regulation art. 33" } },
    gpReportDeliveryWorkingDays: { value: 2, description: { zh: "评审结束后采购代理机构将评审报告送交采购人的期限（工作日），政府采购法实施条例第四十三条", en: "Working days from the end of the review for the agency to deliver the report to the purchaser, GP regulation art. 43" } },
    supervisorReportDays: { value: 15, description: { zh: "确定中标人后向监管部门提交书面报告的期限（日），招标投标法第四十七条", en: "Days after determining the winner to report to the supervisor, Tendering Law art. 47" } },
    gpConfirmWorkingDays: { value: 5, description: { zh: "收到评标报告后确定中标人的期限（工作日），87号令第六十八条", en: "Working days from the evaluation report to determine the winner, Order 87 art. 68" } },
    gpResultWorkingDays: { value: 2, description: { zh: "确定中标人后公告结果的期限（工作日），87号令第六十九条", en: "Working days from the winner to the result announcement, Order 87 art. 69" } },
    gpContractPublicationWorkingDays: { value: 2, description: { zh: "合同签订后公告的期限（工作日），政府采购法实施条例第五十条", en: "Working days from signing to announcing the GP contract, GP regulation art. 50" } },
    gpChallengeWorkingDays: { value: 7, description: { zh: "知道权益受损后提出质疑的期限（工作日），政府采购法第五十二条", en: "Working days from knowing to challenge, GP Law art. 52" } },
    gpChallengeAnswerWorkingDays: { value: 7, description: { zh: "答复质疑的期限（工作日），政府采购法第五十三条", en: "Working days to answer a challenge, GP Law art. 53" } },
    gpComplaintWorkingDays: { value: 15, description: { zh: "答复期满后投诉的期限（工作日），政府采购法第五十五条", en: "Working days after the answer period to complain, GP Law art. 55" } },
    gpComplaintReviewWorkingDays: { value: 5, description: { zh: "收到投诉后审查的期限（工作日），财政部令第94号第二十一条", en: "Working days to review a complaint, MOF Order 94 art. 21" } },
    gpComplaintDecisionWorkingDays: { value: 30, description: { zh: "收到投诉后作出处理决定的期限（工作日），财政部令第94号第二十八条", en: "Working days from receipt to decide a complaint, MOF Order 94 art. 28" } },
    complaintDecisionWorkingDays: {
      value: 30,
      description: { zh: "受理后作出书面处理决定的期限（工作日），实施条例第六十一条", en: "Working days from acceptance to the written decision, regulation art. 61" },
      floor: { max: 30, basis: "招标投标法实施条例 第六十一条" },
    },
  },
  // Every national rule is a floor: a city or county may tighten national law, never disable or loosen it.
  rules: [...nationalRules, ...nationalTimelineRules, contractSignedInTime].map(asFloor),
} as const satisfies RulePack;
