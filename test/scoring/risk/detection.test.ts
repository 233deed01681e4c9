import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { analyzeRiskLines, evaluateDetection, meetsDetectionTargets } from "../../../src/scoring/risk/index";
import { emptyTruth, generateReleases } from "../../../examples/risk/generate";

describe("detection quality on seeded synthetic data (issue 6 targets)", () => {
  for (const seed of ["ggzy-risk-a", "ggzy-risk-b"]) {
    it(`recall ≥ 0.9, precision ≥ 0.9 per Part B signal, ≤ 1 % of clean processes flagged (seed ${seed})`, () => {
      const truth = emptyTruth(seed);
      const data = [...generateReleases({ seed, cleanProcesses: 1500 }, truth)].map((r) => JSON.stringify(r));
      const q = evaluateDetection(analyzeRiskLines(data), truth);
      expect(q.cleanProcesses).toBe(1500);
      for (const s of q.signals) {
        expect(s.planted, s.signal).toBeGreaterThan(0);
        expect(s.recall, `${s.signal} recall`).toBeGreaterThanOrEqual(0.9);
        expect(s.precision, `${s.signal} precision`).toBeGreaterThanOrEqual(0.9);
        expect(s.cleanFlaggedShare, `${s.signal} clean`).toBeLessThanOrEqual(0.01);
      }
      expect(meetsDetectionTargets(q)).toBe(true);
    });
  }
  it("counts misses and false alarms (a result with no hits has recall 0)", () => {
    const truth = { format: "ggzy-risk-ground-truth/1", processes: { a: ["CN40-2"], b: [] } };
    const q = evaluateDetection(analyzeRiskLines([]), truth);
    const s = q.signals.find((x) => x.signal === "CN40-2");
    expect(s).toMatchObject({ planted: 1, flagged: 0, recall: 0, precision: 0 });
    expect(meetsDetectionTargets(q)).toBe(false);
  });
  it("rejects ground truth of the wrong shape", () => {
    expect(() => evaluateDetection(analyzeRiskLines([]), { processes: [] })).toThrow(GgzyError);
  });
});
