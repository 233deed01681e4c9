import { contractSignedInTime } from "../catalogue/performance";
import { nationalRules } from "../catalogue/national";
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
  version: "1.0.0",
  description: {
    zh: "国家基线：招标投标法、招标投标法实施条例、政府采购法实施条例、财政部令第87号",
    en: "National baseline: Tendering and Bidding Law and its regulation, Government Procurement regulation, MOF Order 87",
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
    complaintDecisionWorkingDays: {
      value: 30,
      description: { zh: "受理后作出书面处理决定的期限（工作日），实施条例第六十一条", en: "Working days from acceptance to the written decision, regulation art. 61" },
      floor: { max: 30, basis: "招标投标法实施条例 第六十一条" },
    },
  },
  // Every national rule is a floor: a city or county may tighten national law, never disable or loosen it.
  rules: [...nationalRules, contractSignedInTime].map(asFloor),
} as const satisfies RulePack;
