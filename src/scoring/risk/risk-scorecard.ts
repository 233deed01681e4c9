import { SCORECARD_FORMAT } from "../scorecard/schema";
import type { Scorecard } from "../scorecard/schema";
import { SIGNAL_INFO } from "./hit";
import type { RiskSignalId } from "./settings";

/*
 * Weights are policy, not law: a supervisor replaces this scorecard with their own (same format). The Part B
 * signals that 实施条例 art. 40 "deems" collusion weigh most; statistical Part A outliers weigh least.
 * Each hit is one record of its signal's kind; a process has at most one record per signal, an organisation
 * one per process it was named in, up to the item's cap.
 */
const WEIGHTS: ReadonlyArray<[RiskSignalId, number, number]> = [
  ["CN40-1", 40, 80],
  ["CN40-6", 40, 80],
  ["CN40-3", 35, 70],
  ["CN34", 35, 70],
  ["CN40-2", 30, 60],
  ["NET-COBID", 30, 60],
  ["NET-ROTATE", 30, 60],
  ["CN40-4", 25, 50],
  ["EXP-CONC", 20, 40],
  ["R028", 15, 30],
  ["R030", 15, 30],
  ["R035", 15, 30],
  ["R024", 10, 20],
  ["R036", 10, 20],
  ["R058", 10, 20],
  ["R018", 10, 20],
  ["R038", 10, 10],
  ["R025", 5, 5],
  ["R048", 5, 5],
  ["R003", 5, 10],
];

/**
 * The default project / organisation risk scorecard (`ggzy-scorecard/1`): 0 = no signal, 100 = capped; grades
 * low [0, 20), medium [20, 50), high [50, 100].
 *
 * @example
 * ```ts
 * score(defaultRiskScorecard, { id: "ocds-1", records: [{ kind: "CN40-6", date: "2024-05-01" }] }, { asOf: "2024-05-01" }).score; // 40
 * ```
 */
export const defaultRiskScorecard: Scorecard = {
  format: SCORECARD_FORMAT,
  id: "ggzy-risk",
  version: 1,
  title: { zh: "围标串标风险评分", en: "Bid-rigging risk score" },
  bounds: { min: 0, max: 100 },
  base: 0,
  items: WEIGHTS.map(([signal, weight, cap]) => ({
    id: signal,
    kind: signal,
    effect: "reward" as const, // "reward" adds points: here, points of risk
    weight,
    cap,
    label: SIGNAL_INFO[signal].title,
  })),
  grades: [
    { grade: "low", from: 0, to: 20, label: { zh: "低", en: "low" } },
    { grade: "medium", from: 20, to: 50, label: { zh: "中", en: "medium" } },
    { grade: "high", from: 50, to: 100, label: { zh: "高", en: "high" } },
  ],
};
