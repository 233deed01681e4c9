import { describe, expect, it } from "vitest";
import { drawCommittee } from "../../src/sampling/committee";
import { expertPool, committeeRequest } from "./fixtures";
import { chiSquareCritical, chiSquareUniform } from "./stats";

describe("inclusion frequencies are uniform (fixed seed material, many drawIds)", () => {
  it("every eligible expert of a stratum sits on the committee equally often (chi-square)", () => {
    // 24 experts of one specialty, all local, distinct employers: a plain draw of 5 (+0 alternates).
    const pool = expertPool(24, ["W01"], 1000).map((e) => ({ ...e, region: "371502" }));
    const counts = new Map<string, number>();
    const base = committeeRequest({ params: { strata: [{ specialty: "W01", count: 5 }] } }, pool);
    for (let i = 0; i < 1200; i++) {
      const { result } = drawCommittee({ ...base, drawId: `U-${i}` } as never);
      for (const m of result.strata[0]!.members) counts.set(m.expertId, (counts.get(m.expertId) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareCritical(23));
  });
});
