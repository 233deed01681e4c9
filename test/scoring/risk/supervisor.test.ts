import { describe, expect, it } from "vitest";
import { analyzeReleases, analyzeRiskLines, parseRiskSettings } from "../../../src/scoring/risk/index";
import { emptyTruth, generateReleases } from "../../../examples/risk/generate";
import { priced, release } from "./fixtures";

describe("the supervisor's view", () => {
  it("every hit says whether it is a parity indicator, a Chinese-law signal or a collusion pattern, and what data it rests on", () => {
    const agent = { id: "AG1", name: "代理甲" };
    const r = release({ ocid: "p", bids: [{ t: "A", amount: 100, ggzy: { agent } }, { t: "B", amount: 100, ggzy: { agent } }], awards: [{ s: "A" }] });
    const result = analyzeReleases([r], { settings: parseRiskSettings("[R028]\n[CN40-2]", "ini") });
    const hits = result.processes[0]?.hits ?? [];
    expect(hits.map((h) => [h.signal, h.family])).toEqual([
      ["CN40-2", "chinese-law"],
      ["R028", "cardinal-parity"],
    ]);
    expect(hits.find((h) => h.signal === "R028")?.restsOn).toContain("/bids/details[]/value/amount");
    // Parity hits name the organisations the indicator flagged.
    expect(hits.find((h) => h.signal === "R028")?.organisations).toEqual(["A", "B"]);
  });
  it("more evidence scores higher: identical prices among three bidders outrank two", () => {
    const two = release({ ocid: "two", bids: [{ t: "A", amount: 100 }, { t: "B", amount: 100 }, { t: "C", amount: 120 }] });
    const three = release({ ocid: "three", bids: [{ t: "D", amount: 100 }, { t: "E", amount: 100 }, { t: "F", amount: 100 }] });
    const result = analyzeReleases([two, three], { settings: parseRiskSettings("[R028]\n[CN40-2]", "ini") });
    const byOcid = Object.fromEntries(result.processes.map((p) => [p.ocid, p.score]));
    expect(byOcid.three).toBeGreaterThan(byOcid.two as number);
  });
  it("organisations are ranked with their evidence (the hits that named them, and organisation-level flags)", () => {
    const ps = ["p1", "p2"].map((o) => priced("W", 100, [["L", 150]], { ocid: o }));
    const result = analyzeReleases(ps, { settings: parseRiskSettings("[R058]", "ini") });
    const w = result.organisations.find((o) => o.id === "W");
    expect(w?.processes).toEqual(["p1", "p2"]);
    expect(w?.evidence.map((e) => [e.signal, e.family, e.ocid])).toEqual([
      ["R058", "cardinal-parity", "p1"],
      ["R058", "cardinal-parity", "p2"],
    ]);
  });
  it("on the generator's data, the scores separate the riskiest processes (no long tie at the top)", () => {
    const truth = emptyTruth("sep");
    const lines = [...generateReleases({ seed: "sep", cleanProcesses: 400, rings: 6 }, truth)].map((x) => JSON.stringify(x));
    const result = analyzeRiskLines(lines);
    const top = result.processes.slice(0, 18).map((p) => p.score);
    expect(top.length).toBeGreaterThan(5);
    // The largest group of equal scores among the top 18 is well under 18.
    const counts = new Map<number, number>();
    for (const s of top) counts.set(s, (counts.get(s) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThan(top.length);
  });
});
