import type { Scorecard } from "../../../src/scoring/scorecard/schema";

/** A small scorecard for engine tests: base 70 in [0, 100], one reward, two penalties. */
export function testCard(): Scorecard {
  return {
    format: "ggzy-scorecard/1",
    id: "test",
    version: 1,
    title: { zh: "测试", en: "Test" },
    bounds: { min: 0, max: 100 },
    base: 70,
    items: [
      { id: "good", kind: "good", effect: "reward", weight: 5, cap: 30, halfLifeDays: 365, label: { zh: "良好", en: "Good" } },
      { id: "bad", kind: "bad", effect: "penalty", weight: 20, cap: 80, halfLifeDays: 730, label: { zh: "处罚", en: "Penalty" } },
      { id: "old", kind: "old", effect: "penalty", weight: 10, windowDays: 365, label: { zh: "窗口", en: "Windowed" } },
    ],
    ignoredKinds: ["noise"],
    grades: [
      { grade: "A", from: 80, to: 100 },
      { grade: "B", from: 60, to: 80 },
      { grade: "C", from: 0, to: 60 },
    ],
  };
}
