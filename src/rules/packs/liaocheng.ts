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
    },
    minNonLocalShare: {
      value: 0.2,
    },
    maxExpertsPerEmployer: {
      value: 1,
    },
    localityPrefixDigits: {
      value: 4,
    },
    requiredRaters: {
      value: ["tenderer", "agency"],
      floor: { includes: ["tenderer", "agency"], basis: LC80("四", "二是") },
    },
    ratingsPublicationDays: {
      value: 10,
    },
    spotCheckMinRate: {
      value: 0.05,
      floor: { min: 0.05, basis: LC80("五", "二是") },
    },
    spotCheckMaxRate: {
      value: 0.1,
      floor: { max: 0.1, basis: LC80("五", "二是") },
    },
    spotCheckPublicationDays: {
      value: 30,
    },
    properAbandonmentReasons: {
      value: ["forceMajeure", "tendererFault", "lawfulChange"],
    },
    majorProjectBudgetYuan: {
      value: 50_000_000,
    },
    socialSupervisorsMin: {
      value: 1,
      floor: { min: 1, basis: LC80("六", "三是") },
    },
    socialSupervisorsMax: {
      value: 2,
    },
    disclosureDays: {
      value: 3,
    },
    complaintPublicationDays: {
      value: 20,
    },
  },
  // CONTRACT_SIGNED_IN_TIME is item (五)'s rule but national law; it ships in the national pack.
  rules: [...agencyRules, ...expertRules, ...performanceRules.filter((r) => r !== contractSignedInTime), ...processRules, ...supervisionRules],
} as const satisfies RulePack;
