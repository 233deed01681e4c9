import { parseScorecard } from "../scorecard/schema";
import type { Scorecard } from "../scorecard/schema";

/*
 * The default agency credit scorecard (LC80-3.1/3.2/3.3). The national reference, the CTBA's 招标采购服务能力信用
 * 评价办法 (中招协发〔2025〕111号, on trial from 2026-04-01), grades agencies AAA / AA / A …; its exact weights were
 * not at hand, so every number below is OUR ASSUMPTION, explained in docs/scorecards.md, and a supervisor replaces
 * it with a scorecard file (`ggzy score agencies --scorecard my.json`) without touching code.
 *
 * Budget: base 40 + disclosure 20 + training 15 + positive credit 15 + good performance 10 = 100, so an agency
 * reaches AAA only with the five disclosure parts published, trained staff AND a record of good conduct.
 */
const card = {
  format: "ggzy-scorecard/1",
  id: "agency-credit-default",
  version: 1,
  title: { zh: "招标代理机构信用评价（默认评分卡）", en: "Procurement agency credit (default scorecard)" },
  bounds: { min: 0, max: 100 },
  base: 40,
  rationale: "Assumed weights; see docs/scorecards.md. Replace with a scorecard file to apply a supervisor's own method.",
  items: [
    {
      id: "disclosure",
      kind: "disclosure.completeness",
      effect: "reward",
      weight: 20,
      label: { zh: "五项信息公开完整度", en: "Completeness of the five disclosure parts" },
      rationale: "LC80-3.1: 4 points per published part (quantity = share of the five parts); a state, so no decay.",
    },
    {
      id: "training",
      kind: "training.compliance",
      effect: "reward",
      weight: 15,
      label: { zh: "从业人员培训考核合格率", en: "Share of staff trained and passed" },
      rationale: "LC80-3.3: quantity = share of staff with a passed training within the training period.",
    },
    {
      id: "credit-positive",
      kind: "credit.positive",
      effect: "reward",
      weight: 3,
      cap: 15,
      halfLifeDays: 730,
      label: { zh: "良好信用记录", en: "Positive credit records" },
      rationale: "Commendations count for about two years (half-life 730 days); capped so volume cannot buy a grade.",
    },
    {
      id: "performance-good",
      kind: "performance.good",
      effect: "reward",
      weight: 2,
      cap: 10,
      halfLifeDays: 730,
      label: { zh: "履约评价良好", en: "Good performance reviews" },
    },
    {
      id: "performance-poor",
      kind: "performance.poor",
      effect: "penalty",
      weight: 5,
      cap: 20,
      halfLifeDays: 730,
      label: { zh: "履约评价差", en: "Poor performance reviews" },
    },
    {
      id: "credit-negative",
      kind: "credit.negative",
      effect: "penalty",
      weight: 5,
      cap: 25,
      halfLifeDays: 730,
      label: { zh: "不良信用记录", en: "Negative credit records" },
    },
    {
      id: "complaint-upheld",
      kind: "complaint.upheld",
      effect: "penalty",
      weight: 5,
      cap: 25,
      halfLifeDays: 730,
      label: { zh: "被投诉且投诉成立", en: "Complaints upheld against the agency" },
    },
    {
      id: "penalty-warning",
      kind: "penalty.warning",
      effect: "penalty",
      weight: 2,
      cap: 10,
      halfLifeDays: 365,
      label: { zh: "行政处罚：警告", en: "Administrative penalty: warning" },
    },
    {
      id: "penalty-minor",
      kind: "penalty.minor",
      effect: "penalty",
      weight: 5,
      cap: 20,
      halfLifeDays: 730,
      label: { zh: "行政处罚：一般", en: "Administrative penalty: minor" },
    },
    {
      id: "penalty-serious",
      kind: "penalty.serious",
      effect: "penalty",
      weight: 15,
      cap: 45,
      halfLifeDays: 1095,
      label: { zh: "行政处罚：严重", en: "Administrative penalty: serious" },
      rationale: "Also blacklists for the blacklist window (isBlacklisted); weighs for about three years.",
    },
    {
      id: "penalty-grave",
      kind: "penalty.grave",
      effect: "penalty",
      weight: 30,
      cap: 60,
      halfLifeDays: 1095,
      label: { zh: "行政处罚：特别严重", en: "Administrative penalty: grave" },
    },
  ],
  ignoredKinds: ["performance.satisfactory", "complaint.dismissed"],
  grades: [
    { grade: "AAA", from: 90, to: 100, label: { zh: "信用很好", en: "Excellent" } },
    { grade: "AA", from: 80, to: 90, label: { zh: "信用好", en: "Good" } },
    { grade: "A", from: 70, to: 80, label: { zh: "信用较好", en: "Fair" } },
    { grade: "B", from: 60, to: 70, label: { zh: "信用一般", en: "Weak" } },
    { grade: "C", from: 0, to: 60, label: { zh: "信用差", en: "Poor" } },
  ],
} satisfies Scorecard;

/**
 * The default agency credit scorecard (validated, frozen). Every weight and band is an assumption documented in
 * `docs/scorecards.md`; pass your own scorecard to `scoreAgency` / `rankAgencies` to replace it.
 *
 * @example
 * ```ts
 * defaultAgencyScorecard.grades.map((g) => g.grade); // ["AAA", "AA", "A", "B", "C"]
 * ```
 */
export const defaultAgencyScorecard: Scorecard = parseScorecard(card);
