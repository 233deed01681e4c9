import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { drawCommittee } from "../../src/sampling/committee";
import { verifyDraw } from "../../src/sampling/verify";
import { revealDraw } from "../../src/sampling/record";
import { commitSalt } from "../../src/sampling/salt";
import { GgzyError, parseWith } from "../../src/model/error";
import { CommitteeRequestSchema } from "../../src/sampling/committee";
import { SALT, SEED, bidders, committeeRequest, expert, expertPool } from "./fixtures";
import type { CommitteeResult } from "../../src/sampling/committee";
import { thrown as errorOf } from "../thrown";

type Req = Record<string, any>;
const draw = (r: Req) => drawCommittee(r as never);
const ids = (r: CommitteeResult): string[] => r.strata.flatMap((s) => [...s.members, ...s.alternates].map((m) => m.expertId));
const members = (r: CommitteeResult) => r.strata.flatMap((s) => s.members);

describe("drawCommittee (LC80-4.3, LC80-4.4, 招标投标法 art. 37)", () => {
  it("draws every stratum's members and ordered alternates, with no one twice", () => {
    const { result } = draw(committeeRequest());
    expect(result.strata.map((s) => [s.specialty, s.members.length, s.alternates.length])).toEqual([
      ["W01", 3, 2],
      ["W02", 2, 1],
      ["C01", 2, 1],
    ]);
    expect(new Set(ids(result)).size).toBe(ids(result).length);
  });

  it("seals the public record: no result, a salted result hash and the salt commitment", () => {
    const { record } = draw(committeeRequest());
    expect(record.sealed).toBe(true);
    expect(record.result).toBeNull();
    expect(record.saltCommitment).toBe("b55634019b966cb9d1dbea3770094f3ec635eeb2d9fb665d45e139aed821a954");
    expect(JSON.stringify(record)).not.toMatch(/E\d{5}/);
  });

  it("LC80-4.4: never draws an official, and counts the exclusion", () => {
    const pool = expertPool(60).map((e, i) => (i % 2 === 0 ? { ...e, employmentKind: "tradingCentreStaff" } : e));
    const pool2 = [...pool, ...expertPool(90).slice(60)];
    const { result, record } = draw(committeeRequest({}, pool2));
    const officials = new Set(pool.filter((_, i) => i % 2 === 0).map((e) => e.id as string));
    expect(ids(result).some((id) => officials.has(id))).toBe(false);
    expect(record.exclusions.official).toBe(30);
  });

  it("excludes a bidder's former employee within 3 years and the tenderer's staff, but not a 4-year-old tie", () => {
    const pool = expertPool(40, ["W01"], 2).map((e, i) => {
      if (i < 10) return { ...e, employments: [{ employerId: "B-1", from: "2018-01-01", to: "2022-01-01" }] };
      if (i < 15) return { ...e, employer: { id: "T-1" } };
      if (i < 20) return { ...e, employments: [{ employerId: "B-2", from: "2015-01-01", to: "2020-01-01" }] };
      return e;
    });
    const req = committeeRequest({ params: { strata: [{ specialty: "W01", count: 5, alternates: 20 }], maxPerEmployer: 1 } }, pool);
    const { result, record } = draw(req);
    expect(record.exclusions).toEqual({ conflictOfInterest: 15 });
    const drawn = new Set(ids(result));
    for (let i = 0; i < 15; i++) expect(drawn.has(pool[i]!.id as string)).toBe(false);
    expect(drawn.size).toBe(25);
  });

  it("respects the employer cap and the non-local quota, or throws a typed error (property)", () => {
    let drawn = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 60 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 2, max: 5 }),
        fc.nat().map((k) => `D-${k}`),
        (n, employers, cap, pct, remoteEvery, drawId) => {
          const pool = Array.from({ length: n }, (_, i) =>
            expert(i, { specialties: [i % 2 ? "W01" : "W02"], employer: `U${i % employers}`, region: i % remoteEvery === 0 ? "370102" : "371502" }),
          );
          const req = committeeRequest(
            {
              drawId,
              params: { strata: [{ specialty: "W01", count: 3, alternates: 1 }, { specialty: "W02", count: 2, alternates: 1 }], maxPerEmployer: cap, nonLocalMinPercent: pct },
            },
            pool,
          );
          let result: CommitteeResult;
          try {
            result = draw(req).result;
          } catch (e) {
            expect(e).toBeInstanceOf(GgzyError);
            expect((e as GgzyError).code).toBe("DRAW_UNSATISFIABLE");
            return;
          }
          const all = ids(result);
          expect(new Set(all).size).toBe(all.length);
          const perEmployer = new Map<string, number>();
          for (const m of members(result)) perEmployer.set(m.employerId, (perEmployer.get(m.employerId) ?? 0) + 1);
          for (const c of perEmployer.values()) expect(c).toBeLessThanOrEqual(cap);
          for (const s of result.strata) {
            const need = Math.ceil((s.members.length * pct) / 100);
            expect(s.members.filter((m) => m.remote).length).toBeGreaterThanOrEqual(need);
          }
          drawn++;
        },
      ),
      { seed: 21, numRuns: 120 },
    );
    // The property must mostly exercise real draws, not only the error path.
    expect(drawn).toBeGreaterThan(30);
  });

  it("does not depend on the order of the pool or of the bidders (property)", () => {
    const base = committeeRequest();
    const reference = draw(base);
    fc.assert(
      fc.property(fc.shuffledSubarray(base.inputs.pool as unknown[], { minLength: 60, maxLength: 60 }), (pool) => {
        const again = draw({ ...base, inputs: { ...base.inputs, pool, bidders: [...bidders].reverse() } });
        expect(again.record).toEqual(reference.record);
        expect(again.result).toEqual(reference.result);
      }),
      { seed: 22, numRuns: 25 },
    );
  });

  it("lists every shortfall with its exclusion counts, never a short committee", () => {
    const pool = [
      ...Array.from({ length: 4 }, (_, i) => expert(i, { specialties: ["W01"] })),
      expert(4, { specialties: ["W02"], status: "suspended" }),
      expert(5, { specialties: ["W02"] }),
      ...Array.from({ length: 6 }, (_, i) => expert(10 + i, { specialties: ["C01"], region: "371502" })),
    ];
    const e = errorOf(() => draw(committeeRequest({}, pool)));
    expect(e.code).toBe("DRAW_UNSATISFIABLE");
    const shortfalls = e.details.shortfalls as { stratum: string; need: string; needed: number; eligible: number; excluded: object }[];
    expect(shortfalls.map((s) => [s.stratum, s.need])).toEqual([
      ["W01", "members"],
      ["W01", "nonLocal"],
      ["W02", "members"],
      ["W02", "nonLocal"],
      ["C01", "nonLocal"],
    ]);
    expect(shortfalls[2]).toMatchObject({ needed: 3, eligible: 1, excluded: { suspended: 1 } });
    expect(e.en).toContain("Not enough eligible experts for specialty 'W01': 5 needed, 4 eligible; ");
    expect(e.en).toContain("Not enough eligible experts for specialty 'W02': 3 needed, 1 eligible (excluded: suspended 1)");
  });

  it("names maxPerEmployer when the employer cap, not eligibility, leaves a stratum short (plain text and details)", () => {
    // 15 eligible W01 experts, all at one employer: 5 needed, the cap of 2 lets only 2 be drawn.
    const pool = Array.from({ length: 15 }, (_, i) => expert(i, { specialties: ["W01"], employer: "U-same" }));
    const req = committeeRequest({ params: { strata: [{ specialty: "W01", count: 5 }], maxPerEmployer: 2 } }, pool);
    const e = errorOf(() => draw(req));
    expect(e.code).toBe("DRAW_UNSATISFIABLE");
    expect(e.details.shortfalls).toEqual([{ stratum: "W01", need: "members", needed: 5, eligible: 15, excluded: {}, cause: "maxPerEmployer", drawn: 2 }]);
    expect(e.en).toBe("Not enough experts for specialty 'W01' under maxPerEmployer (at most 2 per employer): 5 needed, 15 eligible, only 2 drawn within the cap");
    expect(e.zh).toContain("maxPerEmployer");
    // The boundary: with a cap of 5 the same pool fills the stratum.
    expect(draw(committeeRequest({ params: { strata: [{ specialty: "W01", count: 5 }], maxPerEmployer: 5 } }, pool)).result.strata[0]?.members).toHaveLength(5);
  });

  it("draws alternates without the employer cap (ggzy-draw/1): an alternate may be unusable, which the protocol page says", () => {
    // 8 experts at one employer, 5 members under a cap of 5: the cap is reached by the members, and the 3 alternates —
    // the next in the walk — come from the same employer, so none of them could replace a member.
    const pool = Array.from({ length: 8 }, (_, i) => expert(i, { specialties: ["W01"], employer: "U-same" }));
    const { result } = draw(committeeRequest({ params: { strata: [{ specialty: "W01", count: 5, alternates: 3 }], maxPerEmployer: 5 } }, pool));
    const stratum = result.strata[0]!;
    expect(stratum.members).toHaveLength(5);
    expect(stratum.alternates.map((a) => a.employerId)).toEqual(["U-same", "U-same", "U-same"]);
  });

  it("says in the plain-text message why experts were not eligible (the exclusion counts), so '0 eligible' has a reason", () => {
    const pool = Array.from({ length: 6 }, (_, i) => expert(i, { specialties: ["W01"], status: "suspended" }));
    const e = errorOf(() => draw(committeeRequest({ params: { strata: [{ specialty: "W01", count: 5 }], maxPerEmployer: 2 } }, pool)));
    expect(e.en).toBe("Not enough eligible experts for specialty 'W01': 5 needed, 0 eligible (excluded: suspended 6)");
    expect(e.zh).toBe("专业“W01”可抽取专家不足：需要 5 人，符合条件 0 人（已排除：suspended 6）");
    expect(e.details.shortfalls).toEqual([{ stratum: "W01", need: "members", needed: 5, eligible: 0, excluded: { suspended: 6 } }]);
  });

  it("refuses a committee that breaks 招标投标法 art. 37 (five or more, odd, experts ≥ 2/3)", () => {
    const e = errorOf(() => draw(committeeRequest({ params: { strata: [{ specialty: "W01", count: 2 }], tendererRepresentatives: 2 } })));
    expect(e.code).toBe("DRAW_INVALID_REQUEST");
    expect(e.en).toMatch(/fewer than 5/);
    expect(e.en).toMatch(/odd/);
    expect(e.en).toMatch(/two thirds/);
    expect(() => draw(committeeRequest({ params: { strata: [{ specialty: "W01", count: 5 }] } }))).not.toThrow();
  });

  it("refuses duplicate ids in the pool, missing seed material, a missing salt and a salt that breaks its commitment", () => {
    const pool = expertPool(60);
    expect(errorOf(() => draw(committeeRequest({}, [...pool, pool[3]!]))).code).toBe("DRAW_INVALID_REQUEST");
    expect(errorOf(() => draw({ ...committeeRequest(), seedMaterial: undefined })).code).toBe("SEED_MATERIAL_MISSING");
    const missing = errorOf(() => draw({ ...committeeRequest(), salt: undefined }));
    expect(missing.code).toBe("DRAW_INVALID_REQUEST");
    expect(missing.issues.map((i) => i.path)).toEqual([["salt"]]);
    const broken = errorOf(() => draw({ ...committeeRequest(), saltCommitment: "0".repeat(64) }));
    expect(broken.code).toBe("DRAW_INVALID_REQUEST");
    expect(broken.issues.map((i) => i.path)).toEqual([["saltCommitment"]]);
    // Both commitments, so whoever made the request sees which one is stale.
    expect(broken.en).toContain(`the request's saltCommitment is ${"0".repeat(64)}, this salt's commitment is ${commitSalt(SALT)}`);
  });

  it("reveals and verifies; the wrong salt does not unseal", () => {
    const req = committeeRequest();
    const { record, result } = draw(req);
    const revealed = revealDraw(record, result, SALT);
    expect(verifyDraw(revealed, req.inputs, SEED, SALT)).toEqual({ reproduced: true });
    expect(() => revealDraw(record, result, "ff".repeat(16))).toThrow(GgzyError);
  });

  it("changes completely with the salt (the operator who knows only the seed cannot predict it)", () => {
    const a = draw(committeeRequest());
    const b = draw(committeeRequest({ salt: "ab".repeat(16) }));
    expect(ids(a.result)).not.toEqual(ids(b.result));
  });

  it("refuses an invalid expert with exactly the error of parsing the whole request (the pool is checked item by item)", () => {
    const pool = expertPool(60);
    pool[41] = { ...pool[41], region: "37150" };
    pool[7] = { ...pool[7], employmentKind: "astronaut" };
    const req = committeeRequest({}, pool);
    const e = errorOf(() => draw(req));
    const whole = errorOf(() => parseWith(CommitteeRequestSchema, req, { zh: "评标专家抽取请求", en: "committee draw request" }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toBe(whole.message);
    expect(e.issues).toEqual(whole.issues);
    expect(e.issues?.map((i) => i.path.join("."))).toEqual(["inputs.pool.7.employmentKind", "inputs.pool.41.region"]);
  });

  it("refuses a pool that is not a list with the path of the whole request's error", () => {
    const req = { ...committeeRequest(), inputs: { ...committeeRequest().inputs, pool: { E1: {} } } };
    const e = errorOf(() => draw(req as never));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues?.map((i) => i.path.join("."))).toEqual(["inputs.pool"]);
  });

  it("refuses a sparse pool (a hole is an invalid expert), with the hole's path", () => {
    const pool = expertPool(20);
    delete pool[3];
    const e = errorOf(() => draw(committeeRequest({}, pool)));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues?.map((i) => i.path.join("."))).toEqual(["inputs.pool.3"]);
  });

  it("draws the same committee whether the pool's lists are in canonical order or not, without copying the pool", () => {
    const pool = expertPool(90).map((e, i) => (i % 3 === 0 ? { ...e, specialties: ["W02", "W01", "W01"] } : e));
    const a = draw(committeeRequest({}, pool));
    const b = draw(committeeRequest({}, [...pool].reverse().map((e) => ({ ...e, specialties: [...(e.specialties as string[])].reverse() }))));
    expect(b.record).toEqual(a.record);
    expect(ids(b.result)).toEqual(ids(a.result));
    expect(new Set(ids(a.result)).size).toBe(ids(a.result).length);
  });
});
