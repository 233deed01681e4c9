import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { analyzeRiskLines, evaluateDetection, meetsDetectionTargets } from "../../../src/scoring/risk/index";
import { emptyTruth, generateReleases } from "../../../examples/risk/generate";

function evaluateSeed(seed: string, cleanProcesses: number, ringFirmsFromPool = false) {
  const truth = emptyTruth(seed);
  const data = [...generateReleases({ seed, cleanProcesses, ringFirmsFromPool }, truth)].map((r) => JSON.stringify(r));
  return { truth, data, q: evaluateDetection(analyzeRiskLines(data), truth) };
}

describe("detection quality on seeded synthetic data (issue 6 targets)", () => {
  // Several seeds, so that no default is tuned to one: "ggzy-risk" is the generator's own default seed (whose
  // process 385 drew two identical clean prices and 1207 a three-bid cluster before the fixes).
  for (const seed of ["ggzy-risk", "ggzy-risk-a", "ggzy-risk-b", "ggzy-risk-c", "ggzy-risk-d"]) {
    it(`recall ≥ 0.9, precision ≥ 0.9 per Part B signal, ≤ 1 % of clean processes flagged (seed ${seed})`, () => {
      const { q } = evaluateSeed(seed, 1500);
      expect(q.cleanProcesses).toBe(1500);
      for (const s of q.signals) {
        expect(s.planted, s.signal).toBeGreaterThan(0);
        expect(s.recall, `${s.signal} recall`).toBeGreaterThanOrEqual(0.9);
        expect(s.precision, `${s.signal} precision`).toBeGreaterThanOrEqual(0.9);
        expect(s.cleanFlaggedShare, `${s.signal} clean`).toBeLessThanOrEqual(0.01);
      }
      expect(q.cleanFlaggedAnyShare).toBeLessThanOrEqual(0.01);
      expect(meetsDetectionTargets(q)).toBe(true);
    });
  }
  it("ring firms drawn from the market pool: the shared-value, price and expert signals keep precision ≥ 0.9", () => {
    // NET-COBID is not asserted here: at 1 500 clean processes its recall is a documented limit (docs/risk-indicators.md).
    const { q } = evaluateSeed("ggzy-risk-pool", 1500, true);
    for (const s of q.signals.filter((x) => x.signal !== "NET-COBID")) expect(s.precision, `${s.signal} precision`).toBeGreaterThanOrEqual(0.9);
    expect(q.cleanFlaggedAnyShare).toBeLessThanOrEqual(0.01);
  });
  it("the generator's clean processes never carry two identical prices (identical prices ARE the CN40-4 signal)", () => {
    const { truth, data } = evaluateSeed("ggzy-risk", 1500);
    let checked = 0;
    for (const line of data) {
      const r = JSON.parse(line) as { ocid: string; bids: { details: Array<{ value: { amount: number } }> } };
      if ((truth.processes[r.ocid] ?? []).length > 0) continue;
      const prices = r.bids.details.map((b) => b.value.amount);
      expect(new Set(prices).size, r.ocid).toBe(prices.length);
      checked++;
    }
    expect(checked).toBe(1500);
  });
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
