import { describe, expect, it } from "vitest";
import { drawSocialSupervisors } from "../../src/sampling/supervisors";
import { GgzyError } from "../../src/model/error";
import { supervisorsRequest } from "./fixtures";
import { chiSquareCritical, chiSquareUniform } from "./stats";

type Req = Record<string, any>;
const draw = (r: Req) => drawSocialSupervisors(r as never);

describe("drawSocialSupervisors (LC80-6.3)", () => {
  it("draws 1 or 2 and the alternates, public in full", () => {
    const { record, result } = draw(supervisorsRequest());
    expect(result.supervisors).toHaveLength(2);
    expect(result.alternates).toHaveLength(1);
    expect(record.result).toEqual(result);
    expect(record.saltCommitment).toBeUndefined();
  });
  it("avoids a supervisor employed by a bidder, a declared tie, and a suspended one", () => {
    const req = supervisorsRequest();
    req.inputs.pool[1] = { ...req.inputs.pool[1], status: "suspended" };
    req.inputs.conflicts = [{ supervisorId: "S2", partyId: "T-1" }, { supervisorId: "S3", partyId: "nobody" }];
    const ids = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const { result, record } = draw({ ...req, drawId: `D-${i}` });
      for (const s of [...result.supervisors, ...result.alternates]) ids.add(s.supervisorId);
      expect(record.exclusions).toEqual({ conflictOfInterest: 2, suspended: 1 });
    }
    expect([...ids].sort()).toEqual(["S3", "S4", "S5", "S6", "S7", "S8", "S9"]);
  });
  it("refuses 3 supervisors and an unsatisfiable pool", () => {
    const req = supervisorsRequest();
    expect(() => draw({ ...req, params: { count: 3 } })).toThrow(GgzyError);
    try {
      draw({ ...req, params: { count: 2, alternates: 8 } });
      expect.unreachable();
    } catch (e) {
      expect((e as GgzyError).code).toBe("DRAW_UNSATISFIABLE");
      expect((e as GgzyError).en).toContain("10 needed, 9 eligible");
    }
  });
  it("different drawIds give independent, uniform draws (chi-square over 2000 drawIds)", () => {
    const counts = new Map<string, number>();
    let sameAsPrevious = 0;
    let previous = "";
    const req = supervisorsRequest({ params: { count: 1 } });
    for (let i = 0; i < 2000; i++) {
      const id = draw({ ...req, drawId: `LC-${i}` }).result.supervisors[0]!.supervisorId;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (id === previous) sameAsPrevious++;
      previous = id;
    }
    expect(counts.size).toBe(9);
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareCritical(8));
    // Neighbouring drawIds agree about 1 time in 9, as independent draws would (≈222; 4-sigma band).
    expect(Math.abs(sameAsPrevious - 2000 / 9)).toBeLessThan(4 * Math.sqrt(2000 * (1 / 9) * (8 / 9)));
  });
});
