import { agencyRules } from "../catalogue/agencies";
import { LC80, LC80_EFFECTIVE } from "../catalogue/basis";
import { expertRules } from "../catalogue/experts";
import { contractSignedInTime, performanceRules } from "../catalogue/performance";
import { processRules } from "../catalogue/process";
import { supervisionRules } from "../catalogue/supervision";
import type { RulePack } from "../engine/types";

/*
 * Thresholds the directive leaves open are parameters here, with the default the library ships and why. They are
 * policy, not law: a county overrides them with a PackOverride, and the report's rulesetVersion shows it did.
 */

/**
 * The Liaocheng pack: the rules of 聊政办字〔2018〕80号 items (三)–(九), effective from its date of issue 2018-09-26.
 * Used with the national pack (it reads the national parameters too).
 *
 * @example
 * ```ts
 * const set = createRuleSet([nationalPack, liaochengPack]);
 * set.version; // "national@2.0.0+liaocheng@1.0.0"
 * ```
 */
export const liaochengPack = {
  name: "liaocheng",
  version: "1.0.0",
  description: {
    zh: `聊城市人民政府办公室《关于规范公共资源交易招标投标工作的意见》（聊政办字〔2018〕80号），自 ${LC80_EFFECTIVE} 起适用`,
    en: `Liaocheng directive on public-resource trading (聊政办字〔2018〕80号), applied from ${LC80_EFFECTIVE}`,
  },
  params: {
    trainingPeriodDays: {
      value: 365,
      description: {
        zh: "代理机构从业人员培训有效期（日）：文件只要求“定期培训”，默认一年一次",
        en: "Days a passed agency-staff training stays valid: the directive says 'periodic'; default yearly",
      },
    },
    minNonLocalShare: {
      value: 0.2,
      description: {
        zh: "评标专家中外地专家最低比例（按地市判断）：文件未定数值，默认 20%（5 人中至少 1 人）",
        en: "Minimum share of non-local experts (other prefecture): the directive gives no number; default 20% (1 of 5)",
      },
    },
    maxExpertsPerEmployer: {
      value: 1,
      description: {
        zh: "同一单位的评标专家最多人数：文件未定数值，默认 1 人",
        en: "Most experts from one employer on a committee: the directive gives no number; default 1",
      },
    },
    localityPrefixDigits: {
      value: 4,
      description: {
        zh: "判断“本地”所比较的行政区划代码位数：4 = 同一地级市",
        en: "Digits of the division code compared to judge 'local': 4 = same prefecture-level city",
      },
    },
    requiredRaters: {
      value: ["tenderer", "agency"],
      description: {
        zh: "一事一评须评议每位专家的相关方",
        en: "Parties that must rate every expert after each evaluation (一事一评)",
      },
      floor: { includes: ["tenderer", "agency"], basis: LC80("四", "二是") },
    },
    ratingsPublicationDays: {
      value: 10,
      description: {
        zh: "评标结束后公开专家评议结果的期限（日）：文件未定，默认 10 日",
        en: "Days after the evaluation to publish the expert ratings: not fixed by the directive; default 10",
      },
    },
    spotCheckMinRate: {
      value: 0.05,
      description: { zh: "每季度合同履行抽查的最低比例（文件：5%）", en: "Minimum quarterly spot-check rate (directive: 5%)" },
      floor: { min: 0.05, basis: LC80("五", "二是") },
    },
    spotCheckMaxRate: {
      value: 0.1,
      description: { zh: "每季度合同履行抽查的最高比例（文件：10%）", en: "Maximum quarterly spot-check rate (directive: 10%)" },
      floor: { max: 0.1, basis: LC80("五", "二是") },
    },
    spotCheckPublicationDays: {
      value: 30,
      description: {
        zh: "季度结束后公示抽查结果的期限（日）：文件未定，默认 30 日",
        en: "Days after the quarter to publish spot-check results: not fixed by the directive; default 30",
      },
    },
    properAbandonmentReasons: {
      value: ["forceMajeure", "tendererFault", "lawfulChange"],
      description: {
        zh: "视为正当（或合法）弃标理由的类别",
        en: "Abandonment reason categories counted as proper (or lawful)",
      },
    },
    majorProjectBudgetYuan: {
      value: 50_000_000,
      description: {
        zh: "预算达到该金额（元）即视为重大项目，须有社会监督员：文件未定，默认 5000 万元",
        en: "Budget (yuan) from which a project counts as major and needs social supervisors: not fixed; default 50 million",
      },
    },
    socialSupervisorsMin: {
      value: 1,
      description: { zh: "重大项目全程监标的社会监督员最少人数（文件：1–2 名）", en: "Fewest social supervisors for a major project (directive: 1–2)" },
      floor: { min: 1, basis: LC80("六", "三是") },
    },
    socialSupervisorsMax: {
      value: 2,
      description: { zh: "重大项目社会监督员最多人数（文件：1–2 名）", en: "Most social supervisors for a major project (directive: 1–2)" },
    },
    disclosureDays: {
      value: 3,
      description: {
        zh: "收到评标报告后公开专家名单和总分的期限（日），参照实施条例第五十四条",
        en: "Days after the evaluation report to publish expert names and total scores (regulation art. 54 by analogy)",
      },
    },
    complaintPublicationDays: {
      value: 20,
      description: {
        zh: "投诉处理决定作出后公开的期限（日）：文件未定，默认 20 日",
        en: "Days after a complaint decision to publish it: not fixed by the directive; default 20",
      },
    },
  },
  // CONTRACT_SIGNED_IN_TIME is item (五)'s rule but national law; it ships in the national pack.
  rules: [...agencyRules, ...expertRules, ...performanceRules.filter((r) => r !== contractSignedInTime), ...processRules, ...supervisionRules],
} as const satisfies RulePack;
