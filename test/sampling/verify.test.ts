import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { verifyDraw, firstDifference } from "../../src/sampling/verify";
import { drawCommittee } from "../../src/sampling/committee";
import { drawSpotChecks } from "../../src/sampling/spot-checks";
import { drawSocialSupervisors } from "../../src/sampling/supervisors";
import { assignBlindReview } from "../../src/sampling/blind-review";
import { revealDraw } from "../../src/sampling/record";
import type { DrawOutcome } from "../../src/sampling/record";
import { GgzyError } from "../../src/model/error";
import { blindReviewRequest, committeeRequest, spotChecksRequest, supervisorsRequest } from "./fixtures";

type Req = Record<string, any>;
interface Case {
  name: string;
  request: Req;
  run: (r: Req) => DrawOutcome<unknown>;
}
const cases: Case[] = [
  { name: "committee", request: committeeRequest(), run: (r) => drawCommittee(r as never) },
  { name: "spot checks", request: spotChecksRequest({ inputs: { ...spotChecksRequest().inputs, projects: (spotChecksRequest().inputs as Req).projects.slice(0, 40) } }), run: (r) => drawSpotChecks(r as never) },
  { name: "supervisors", request: supervisorsRequest(), run: (r) => drawSocialSupervisors(r as never) },
  { name: "blind review", request: blindReviewRequest(), run: (r) => assignBlindReview(r as never) },
];

/** Every path to a string, number or boolean leaf of a JSON value (nulls have no bytes to change). */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}
function mutate(root: unknown, path: (string | number)[], which: number): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const v = node[last];
  if (typeof v === "string") {
    // Change one character (a "byte" of the text) at a chosen place.
    const i = which % Math.max(1, v.length);
    const c = v.length === 0 ? "x" : v[i] === "0" ? "1" : v[i] === "a" ? "b" : v[i] === "1" ? "2" : "0";
    node[last] = v.slice(0, i) + c + v.slice(i + 1);
  } else if (typeof v === "number") node[last] = v + 1;
  else if (typeof v === "boolean") node[last] = !v;
  return copy;
}

describe("verifyDraw", () => {
  for (const c of cases) {
    it(`reproduces a ${c.name} draw, sealed or revealed`, () => {
      const { record, result } = c.run(c.request);
      const salt = c.request.salt as string | undefined;
      expect(verifyDraw(record, c.request.inputs, c.request.seedMaterial, salt)).toEqual({ reproduced: true });
      if (record.sealed) expect(verifyDraw(revealDraw(record, result, salt!), c.request.inputs, c.request.seedMaterial, salt)).toEqual({ reproduced: true });
      expect(verifyDraw(JSON.parse(JSON.stringify(record)), c.request.inputs, c.request.seedMaterial, salt)).toEqual({ reproduced: true });
    });

    it(`fails for a ${c.name} draw when any leaf of the record, params or result changes (property)`, () => {
      const { record, result } = c.run(c.request);
      const salt = c.request.salt as string | undefined;
      const revealed = record.sealed ? revealDraw(record, result, salt!) : record;
      const paths = leaves(revealed);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.nat(), (i, which) => {
          const path = paths[i]!;
          const tampered = mutate(revealed, path, which);
          let verdict;
          try {
            verdict = verifyDraw(tampered, c.request.inputs, c.request.seedMaterial, salt);
          } catch (e) {
            // A header changed into something that is not a record at all (e.g. an unknown protocol): refused.
            expect(e).toBeInstanceOf(GgzyError);
            return;
          }
          expect(verdict.reproduced).toBe(false);
        }),
        { seed: 51, numRuns: 60 },
      );
    });

    it(`fails for a ${c.name} draw when any leaf of the inputs changes (property)`, () => {
      const { record } = c.run(c.request);
      const salt = c.request.salt as string | undefined;
      const paths = leaves(c.request.inputs);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.nat(), (i, which) => {
          const inputs = mutate(c.request.inputs, paths[i]!, which);
          let verdict;
          try {
            verdict = verifyDraw(record, inputs, c.request.seedMaterial, salt);
          } catch (e) {
            expect(e).toBeInstanceOf(GgzyError); // inputs that no longer pass their schema
            return;
          }
          expect(verdict.reproduced).toBe(false);
          if (!verdict.reproduced) expect(verdict.firstDifference.path).toBe("inputHash");
        }),
        { seed: 52, numRuns: 40 },
      );
    });
  }

  it("names the first difference with its path, expected and actual values", () => {
    const c = cases[2]!;
    const { record } = c.run(c.request);
    const tampered = structuredClone(record) as Req;
    tampered.result.supervisors[1].supervisorId = "S0";
    const v = verifyDraw(tampered, c.request.inputs, c.request.seedMaterial);
    expect(v).toEqual({
      reproduced: false,
      firstDifference: { path: "result.supervisors[1].supervisorId", expected: record.result && (record.result as Req).supervisors[1].supervisorId, actual: "S0" },
    });
  });

  it("fails with other seed material, and refuses a sealed record without its salt", () => {
    const [committee, , supervisors] = cases;
    const s = supervisors!.run(supervisors!.request);
    const v = verifyDraw(s.record, supervisors!.request.inputs, { kind: "lottery", value: "2024051 01 02 03 04 05 06 + 07" });
    expect(v.reproduced).toBe(false);
    const c = committee!.run(committee!.request);
    expect(() => verifyDraw(c.record, committee!.request.inputs, committee!.request.seedMaterial)).toThrow(GgzyError);
  });

  it("refuses an unknown protocol version", () => {
    const c = cases[2]!;
    const { record } = c.run(c.request);
    expect(() => verifyDraw({ ...record, protocol: "ggzy-draw/2" }, c.request.inputs, c.request.seedMaterial)).toThrow(/protocol/);
  });

  it("firstDifference walks objects and arrays depth first", () => {
    expect(firstDifference({ a: [1, 2], b: 1 }, { a: [1, 3], b: 2 }, "x")).toEqual({ path: "x.a[1]", expected: 2, actual: 3 });
    expect(firstDifference({ a: 1 }, { a: 1, z: 0 }, "")).toEqual({ path: "z", expected: null, actual: 0 }); // absent: null, so the verdict is plain JSON
    expect(firstDifference([1], [1], "")).toBeNull();
  });
});
