import { describe, expect, it } from "vitest";
import { analyzeReleases } from "../../../src/scoring/risk/index";
import type { RiskResult } from "../../../src/scoring/risk/index";
import { release } from "./fixtures";

function flagged(r: RiskResult, signal: string): string[] {
  return r.processes.filter((p) => p.signals.includes(signal as never)).map((p) => p.ocid).sort();
}

/**
 * 100 background processes: 3 of 12 firms at random (a fixed LCG, so the test is reproducible), a random winner;
 * committees of 5 from 30 experts in rotation.
 */
function background(): Array<Record<string, unknown>> {
  let state = 12345;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 100; i++) {
    const set = new Set<number>();
    while (set.size < 3) set.add(next(12));
    const ids = [...set].map((f) => `P${f}`);
    out.push(
      release({
        ocid: `bg-${i}`,
        bids: ids.map((t, j) => ({ t, amount: 1000 + 37 * j + i })),
        awards: [{ s: ids[next(3)] as string }],
        committee: [0, 7, 13, 19, 23].map((k) => ({ expertId: `E${(i + k) % 30}`, local: k === 0 })),
      }),
    );
  }
  return out;
}

describe("NET-COBID cover bidding", () => {
  const ring = (loserWinsOnce: boolean) =>
    Array.from({ length: 7 }, (_, i) =>
      release({ ocid: `ring-${i}`, bids: [{ t: "A", amount: 900 }, { t: "B", amount: 990 }, { t: `P${i}`, amount: 1200 }], awards: [{ s: loserWinsOnce && i === 0 ? "B" : "A" }] }),
    );
  it("flags a pair that meets far more often than chance with one always losing, with the counts", () => {
    const r = analyzeReleases([...background(), ...ring(false)]);
    expect(flagged(r, "NET-COBID")).toEqual(ring(false).map((x) => x.ocid as string).sort());
    const hit = r.processes.find((p) => p.ocid === "ring-0")?.hits.find((h) => h.signal === "NET-COBID");
    const f = (hit?.evidence.findings as Array<Record<string, number | string>>)[0] as Record<string, number | string>;
    expect(f).toMatchObject({ winner: "A", loser: "B", coBids: 7, winnerWins: 7, loserWins: 0 });
    expect(f.expectedByChance as number).toBeLessThan(1);
    expect(f.pValue as number).toBeLessThan(f.alpha as number);
  });
  it("hits only the meetings the winner won; a meeting won by a third party counts in the evidence", () => {
    const third = release({ ocid: "ring-third", bids: [{ t: "A", amount: 990 }, { t: "B", amount: 995 }, { t: "P11", amount: 900 }], awards: [{ s: "P11" }] });
    const r = analyzeReleases([...background(), ...ring(false), third]);
    expect(flagged(r, "NET-COBID")).toEqual(ring(false).map((x) => x.ocid as string).sort());
    const f = (r.processes.find((p) => p.ocid === "ring-1")?.hits.find((h) => h.signal === "NET-COBID")?.evidence.findings as Array<Record<string, unknown>>)[0];
    expect(f).toMatchObject({ coBids: 8, winnerWins: 7 });
  });
  it("does not flag the pair when the 'loser' wins once", () => {
    expect(flagged(analyzeReleases([...background(), ...ring(true)]), "NET-COBID")).toEqual([]);
  });
  it("does not flag a small market where everyone meets everyone by chance", () => {
    const small = Array.from({ length: 10 }, (_, i) => release({ ocid: `s-${i}`, bids: [{ t: "X", amount: 1 }, { t: "Y", amount: 2 }, { t: "Z", amount: 3 }], awards: [{ s: "X" }] }));
    expect(flagged(analyzeReleases(small), "NET-COBID")).toEqual([]);
  });
});

describe("NET-ROTATE bid rotation", () => {
  const group = (winners: string[]) =>
    winners.map((w, i) => release({ ocid: `g-${i}`, bids: ["A", "B", "C"].map((t, j) => ({ t, amount: 1000 + j + i })), awards: [{ s: w }] }));
  it("flags a stable group whose members take turns", () => {
    const r = analyzeReleases([...background(), ...group(["A", "B", "C", "A", "B", "C"])]);
    expect(flagged(r, "NET-ROTATE")).toEqual(["g-0", "g-1", "g-2", "g-3", "g-4", "g-5"]);
    const f = (r.processes.find((p) => p.ocid === "g-0")?.hits.find((h) => h.signal === "NET-ROTATE")?.evidence.findings as Array<Record<string, unknown>>)[0];
    expect(f).toMatchObject({ group: ["A", "B", "C"], processesTogether: 6, winsByMember: { A: 2, B: 2, C: 2 }, distinctWinners: 3 });
  });
  it("does not flag one member always winning, or a group seen three times", () => {
    expect(flagged(analyzeReleases([...background(), ...group(["A", "A", "A", "A", "A", "A"])]), "NET-ROTATE")).toEqual([]);
    expect(flagged(analyzeReleases([...background(), ...group(["A", "B", "C"])]), "NET-ROTATE")).toEqual([]);
  });
});

describe("EXP-CONC expert concentration (LC80-4.3)", () => {
  const xWins = (expertSits: number) =>
    Array.from({ length: 5 }, (_, i) =>
      release({
        ocid: `x-${i}`,
        bids: [{ t: "X", amount: 900 }, { t: `P${i}`, amount: 1000 }],
        awards: [{ s: "X" }],
        committee: [i < expertSits ? "SPECIAL" : `E${i}`, `E${i + 5}`, `E${i + 10}`, `E${i + 15}`, `E${i + 20}`].map((expertId) => ({ expertId, local: false })),
      }),
    );
  it("flags the same expert on every committee that awards the same bidder", () => {
    const r = analyzeReleases([...background(), ...xWins(5)]);
    expect(flagged(r, "EXP-CONC")).toEqual(["x-0", "x-1", "x-2", "x-3", "x-4"]);
    const f = (r.processes.find((p) => p.ocid === "x-0")?.hits.find((h) => h.signal === "EXP-CONC")?.evidence.findings as Array<Record<string, unknown>>)[0];
    expect(f).toMatchObject({ kind: "sameExpertSameWinner", expert: "SPECIAL", supplier: "X", committeesAwardingSupplier: 5, supplierWinsWithCommittee: 5 });
  });
  it("does not flag an expert who sat on two of them", () => {
    expect(flagged(analyzeReleases([...background(), ...xWins(2)]), "EXP-CONC")).toEqual([]);
  });
  it("flags a committee dominated by local experts, not one within the quota or too small to judge", () => {
    const c = (local: number, size = 5) => release({ ocid: `c${local}-${size}`, bids: [{ t: "A" }, { t: "B" }], committee: Array.from({ length: size }, (_, i) => ({ expertId: `L${i}`, local: i < local })) });
    const r = analyzeReleases([c(4), c(3), c(4, 4)]);
    expect(flagged(r, "EXP-CONC")).toEqual(["c4-5"]);
    const f = (r.processes[0]?.hits[0]?.evidence.findings as Array<Record<string, unknown>>)[0];
    expect(f).toMatchObject({ kind: "localDominance", localMembers: 4, members: 5, localShare: 0.8 });
  });
});
