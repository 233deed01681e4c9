import { parseScorecard } from "../scorecard/schema";
import type { Scorecard } from "../scorecard/schema";

/*
 * The default bidder credit scorecard. No national weights exist for this; every number is OUR ASSUMPTION,
 * explained in docs/scorecards.md. A clean bidder starts at 90 (AAA); commendations lift it to at most 100;
 * conduct the directive and the implementing regulations name pulls it down, the worst the longest.
 */
const card = {
  format: "ggzy-scorecard/1",
  id: "bidder-credit-default",
  version: 1,
  title: { zh: "投标人信用评价（默认评分卡）", en: "Bidder credit (default scorecard)" },
  bounds: { min: 0, max: 100 },
  base: 90,
  rationale: "Assumed weights; see docs/scorecards.md.",
  items: [
    { id: "credit-positive", kind: "credit.positive", effect: "reward", weight: 2, cap: 10, halfLifeDays: 730, label: { zh: "良好信用记录", en: "Positive credit records" } },
    {
      id: "abandonment",
      kind: "abandonment.improper",
      effect: "penalty",
      weight: 15,
      cap: 45,
      halfLifeDays: 730,
      label: { zh: "无正当理由弃标", en: "Award abandoned without a proper reason" },
      rationale: "LC80-5.3; as heavy as a serious penalty, since it wastes the whole procedure.",
    },
    {
      id: "refusal-to-sign",
      kind: "refusal.improper",
      effect: "penalty",
      weight: 15,
      cap: 45,
      halfLifeDays: 730,
      label: { zh: "无正当理由拒签合同", en: "Refused to sign without a proper reason" },
      rationale: "实施条例 art. 74.",
    },
    {
      id: "collusion",
      kind: "collusion.upheld",
      effect: "penalty",
      weight: 40,
      cap: 80,
      halfLifeDays: 1095,
      label: { zh: "串通投标（认定成立）", en: "Collusive bidding (finding upheld)" },
      rationale: "实施条例 art. 67: the gravest bidder conduct; one finding drops a clean bidder to C.",
    },
    {
      id: "complaint-groundless",
      kind: "complaint.groundless",
      effect: "penalty",
      weight: 3,
      cap: 15,
      halfLifeDays: 365,
      label: { zh: "投诉缺乏事实依据被驳回", en: "Complaints rejected as groundless" },
      rationale: "Light: the right to complain must not be chilled; repeated groundless complaints add up.",
    },
    { id: "credit-negative", kind: "credit.negative", effect: "penalty", weight: 5, cap: 25, halfLifeDays: 730, label: { zh: "不良信用记录", en: "Negative credit records" } },
    { id: "penalty-warning", kind: "penalty.warning", effect: "penalty", weight: 2, cap: 10, halfLifeDays: 365, label: { zh: "行政处罚：警告", en: "Administrative penalty: warning" } },
    { id: "penalty-minor", kind: "penalty.minor", effect: "penalty", weight: 5, cap: 20, halfLifeDays: 730, label: { zh: "行政处罚：一般", en: "Administrative penalty: minor" } },
    { id: "penalty-serious", kind: "penalty.serious", effect: "penalty", weight: 15, cap: 45, halfLifeDays: 1095, label: { zh: "行政处罚：严重", en: "Administrative penalty: serious" } },
    { id: "penalty-grave", kind: "penalty.grave", effect: "penalty", weight: 30, cap: 60, halfLifeDays: 1095, label: { zh: "行政处罚：特别严重", en: "Administrative penalty: grave" } },
  ],
  grades: [
    { grade: "AAA", from: 90, to: 100, label: { zh: "信用很好", en: "Excellent" } },
    { grade: "AA", from: 80, to: 90, label: { zh: "信用好", en: "Good" } },
    { grade: "A", from: 70, to: 80, label: { zh: "信用较好", en: "Fair" } },
    { grade: "B", from: 60, to: 70, label: { zh: "信用一般", en: "Weak" } },
    { grade: "C", from: 0, to: 60, label: { zh: "信用差", en: "Poor" } },
  ],
} satisfies Scorecard;

/**
 * The default bidder credit scorecard (validated, frozen); assumptions documented in `docs/scorecards.md`.
 *
 * @example
 * ```ts
 * defaultBidderScorecard.base; // 90
 * ```
 */
export const defaultBidderScorecard: Scorecard = parseScorecard(card);
