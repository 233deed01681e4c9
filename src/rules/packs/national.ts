import { GPL, GPLR, MOF214, MOF87, MOF94, TBL, TBLR } from "../catalogue/basis";
import { contractSignedInTime } from "../catalogue/performance";
import { nationalRules } from "../catalogue/national";
import { nationalTimelineRules } from "../catalogue/nationalTimeline";
import type { Rule, RulePack } from "../engine/types";

// The article four periods' floors cite: written once, so the bundle carries it once.
const GPLR43 = GPLR("四十三");

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
      floor: { min: 5, basis: TBL("三十七") },
    },
    gpLargeBudgetYuan: {
      value: 10_000_000,
      floor: { max: 10_000_000, basis: MOF87("四十七") },
    },
    gpLargeMinMembers: {
      value: 7,
      floor: { min: 7, basis: MOF87("四十七") },
    },
    conflictLookbackYears: {
      value: 3,
      floor: { min: 3, basis: GPLR("九") },
    },
    contractDays: {
      value: 30,
      floor: { max: 30, basis: TBL("四十六") },
    },
    candidatePublicationDeadlineDays: {
      value: 3,
      floor: { max: 3, basis: TBLR("五十四") },
    },
    candidatePublicationMinDays: {
      value: 3,
      floor: { min: 3, basis: TBLR("五十四") },
    },
    resultObjectionAnswerDays: {
      value: 3,
      floor: { max: 3, basis: TBLR("五十四") },
    },
    complaintFilingDays: {
      value: 10,
      floor: { min: 10, max: 10, basis: TBLR("六十") },
    },
    complaintAcceptanceWorkingDays: {
      value: 3,
      floor: { max: 3, basis: TBLR("六十一") },
    },
    bidPeriodMinDays: {
      value: 20,
      floor: { min: 20, basis: "招标投标法 第二十四条；政府采购法 第三十五条" },
    },
    documentsSaleMinDays: {
      value: 5,
      floor: { min: 5, basis: TBLR("十六") },
    },
    gpDocumentsMinWorkingDays: {
      value: 5,
      floor: { min: 5, basis: MOF87("十八") },
    },
    negotiationMinWorkingDays: {
      value: 3,
      floor: { min: 3, basis: "财政部令第74号 第二十九条、第四十五条" },
    },
    consultationMinDays: {
      value: 10,
      floor: { min: 10, basis: MOF214("十") },
    },
    clarificationMinDays: {
      value: 15,
      floor: { min: 15, basis: "招标投标法实施条例 第二十一条；财政部令第87号 第二十七条" },
    },
    negotiationClarificationMinWorkingDays: {
      value: 3,
      floor: { min: 3, basis: "财政部令第74号 第二十九条、第四十五条" },
    },
    consultationClarificationMinDays: {
      value: 5,
      floor: { min: 5, basis: MOF214("十") },
    },
    consultationDocumentsMinWorkingDays: {
      value: 5,
      floor: { min: 5, basis: MOF214("十") },
    },
    // A statutory cut-off on the objector's right, pinned both ways (as complaintFilingDays): more days would let the
    // tenderer refuse objections the regulation lets in and hold the deadline without answering them (the suspension
    // rule counts only objections raised in time); fewer would hold the tenderer to objections the regulation lets
    // it refuse. A county can change neither.
    objectionMinDays: {
      value: 10,
      floor: { min: 10, max: 10, basis: TBLR("二十二") },
    },
    objectionAnswerDays: {
      value: 3,
      floor: { max: 3, basis: TBLR("二十二") },
    },
    bidBondMaxShare: {
      value: 0.02,
      floor: { max: 0.02, basis: "招标投标法实施条例 第二十六条；政府采购法实施条例 第三十三条" },
    },
    bondReturnDays: {
      value: 5,
      floor: { max: 5, basis: TBLR("五十七") },
    },
    gpBondReturnWorkingDays: {
      value: 5,
      floor: { max: 5, basis: GPLR("三十三") },
    },
    gpReportDeliveryWorkingDays: {
      value: 2,
      floor: { max: 2, basis: GPLR43 },
    },
    supervisorReportDays: {
      value: 15,
      floor: { max: 15, basis: TBL("四十七") },
    },
    gpConfirmWorkingDays: {
      value: 5,
      floor: { max: 5, basis: GPLR43 },
    },
    gpResultWorkingDays: {
      value: 2,
      floor: { max: 2, basis: GPLR43 },
    },
    gpContractPublicationWorkingDays: {
      value: 2,
      floor: { max: 2, basis: GPLR("五十") },
    },
    gpNoticeWorkingDays: {
      value: 2,
      floor: { max: 2, basis: GPLR43 },
    },
    gpContractFilingWorkingDays: {
      value: 7,
      floor: { max: 7, basis: GPL("四十七") },
    },
    // The supplier's statutory period to challenge: shortening it takes away a right the law gives; lengthening it
    // keeps open a procurement the law closes (and the winner's contract waiting). Pinned, as complaintFilingDays.
    gpChallengeWorkingDays: {
      value: 7,
      floor: { min: 7, max: 7, basis: GPL("五十二") },
    },
    gpChallengeAnswerWorkingDays: {
      value: 7,
      floor: { max: 7, basis: GPL("五十三") },
    },
    // The supplier's statutory period to complain after the answer period: pinned for the same reasons.
    gpComplaintWorkingDays: {
      value: 15,
      floor: { min: 15, max: 15, basis: GPL("五十五") },
    },
    // The finance department's deadline to review a complaint: a county may shorten it, not stretch it.
    gpComplaintReviewWorkingDays: {
      value: 5,
      floor: { max: 5, basis: MOF94("二十一") },
    },
    // 94号令 art. 21(2): a refusal is notified in writing within 3 working days after the review: shortened, not stretched.
    gpComplaintRefusalWorkingDays: {
      value: 3,
      floor: { max: 3, basis: MOF94("二十一") },
    },
    gpComplaintDecisionWorkingDays: {
      value: 30,
      floor: { max: 30, basis: "政府采购法 第五十六条；财政部令第94号 第二十六条" },
    },
    complaintDecisionWorkingDays: {
      value: 30,
      floor: { max: 30, basis: TBLR("六十一") },
    },
  },
  // Every national rule is a floor: a city or county may tighten national law, never disable or loosen it.
  rules: [...nationalRules, ...nationalTimelineRules, contractSignedInTime].map(asFloor),
} as const satisfies RulePack;
