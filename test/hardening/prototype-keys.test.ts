import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../src/model/error";
import { readOcdsRelease } from "../../src/model/ocdsRead";
import { parseOcdsJsonLines } from "../../src/model/ocdsPackage";
import { loadRulePack } from "../../src/rules/engine/load";
import { loadPack } from "../../src/authoring/load-pack";
import { createRuleSet } from "../../src/rules/engine/ruleset";
import { nationalPack } from "../../src/rules/packs/national";
import { liaochengPack } from "../../src/rules/packs/liaocheng";
import { validateRecord } from "../../src/rules/validators/dispatch";
import { ruleSetWithPack } from "../../src/rules/validators/options";
import { assignBlindReview } from "../../src/sampling/blind-review";
import { drawCommittee } from "../../src/sampling/committee";
import { drawSpotChecks } from "../../src/sampling/spot-checks";
import { drawSocialSupervisors } from "../../src/sampling/supervisors";
import { verifyDraw } from "../../src/sampling/verify";
import { defaultAgencyScorecard } from "../../src/scoring/agency/default-scorecard";
import { scoreAgencies } from "../../src/scoring/agency/score-agencies";
import { scoreBidders } from "../../src/scoring/bidder/score-bidders";
import { expertRatingReport } from "../../src/scoring/expert/summary";
import { parseExpertRatingPolicy, defaultExpertRatingPolicy } from "../../src/scoring/expert/rating-policy";
import { analyzeReleases } from "../../src/scoring/risk/analyzer";
import { parseScorecard } from "../../src/scoring/scorecard/schema";
import { liaochengRelease } from "../model/ocdsRelease.fixture";
import { blindReviewRequest, committeeRequest, spotChecksRequest, supervisorsRequest } from "../sampling/fixtures";

/*
 * Issue #19 item 0. Keys and ids named like Object.prototype members are data: every parser of user text either
 * accepts them as such or refuses them with a GgzyError, and never touches Object.prototype.
 */

const NAMES = ["__proto__", "valueOf", "toString", "constructor", "hasOwnProperty"] as const;
type Json = unknown;

const readJson = (path: string): Json => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8"));
const clone = (v: Json): Json => JSON.parse(JSON.stringify(v));

/** Paths of every object node (`objects`) and string leaf (`strings`) of a JSON value. */
function nodes(value: Json, path: (string | number)[] = [], out = { objects: [] as (string | number)[][], strings: [] as (string | number)[][] }) {
  if (typeof value === "string") out.strings.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value !== null && typeof value === "object") {
    out.objects.push(path);
    for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  }
  return out;
}

const at = (root: Json, path: readonly (string | number)[]): any => path.reduce<any>((v, k) => v[k], root);

/** At most `max` items, evenly spread (the suite stays fast on big samples). */
const spread = <T>(xs: readonly T[], max: number): T[] => (xs.length <= max ? [...xs] : Array.from({ length: max }, (_, i) => xs[Math.floor((i * xs.length) / max)] as T));

/**
 * Variants of a valid sample: each object gains an own key named like a prototype member (as JSON.parse makes
 * `"__proto__": {...}`: an own property), and each string (ids, names, keys of maps) becomes such a name.
 */
function* variants(sample: Json, max = 60): Generator<{ what: string; value: Json }> {
  const { objects, strings } = nodes(sample);
  for (const name of NAMES) {
    for (const p of spread(objects, max)) {
      const v = clone(sample);
      Object.defineProperty(at(v, p), name, { value: { polluted: "yes" }, enumerable: true, writable: true, configurable: true });
      yield { what: `key ${name} at ${JSON.stringify(p)}`, value: v };
    }
    for (const p of spread(strings, max)) {
      const v = clone(sample);
      const parent = at(v, p.slice(0, -1));
      parent[p[p.length - 1] as string | number] = name;
      yield { what: `string ${name} at ${JSON.stringify(p)}`, value: v };
    }
  }
}

function prototypeSnapshot(): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    for (const k of Reflect.ownKeys(proto)) m.set(`${proto === Object.prototype ? "O" : proto === Array.prototype ? "A" : "F"}.${String(k)}`, Object.getOwnPropertyDescriptor(proto, k)?.value);
  }
  return m;
}
const BEFORE = prototypeSnapshot();

/** Runs `f` on every variant: a result or a GgzyError, never another error, never a changed Object.prototype. */
function holds(sample: Json, f: (v: any) => unknown, max?: number): void {
  let calls = 0;
  for (const { what, value } of variants(sample, max)) {
    calls++;
    try {
      f(value);
    } catch (e) {
      if (!(e instanceof GgzyError)) throw new Error(`${what}: ${String((e as Error).stack)}`);
      expect(() => JSON.stringify(e), what).not.toThrow();
    }
    expect(({} as Record<string, unknown>)["polluted"], what).toBeUndefined();
  }
  expect(prototypeSnapshot()).toEqual(BEFORE);
  expect(calls).toBeGreaterThan(0);
}

describe("prototype-named keys are data (issue #19 item 0)", () => {
  it("draw requests: all four draws", () => {
    holds(committeeRequest(), drawCommittee, 15);
    holds(spotChecksRequest(), drawSpotChecks, 15);
    holds(supervisorsRequest(), drawSocialSupervisors, 15);
    holds(blindReviewRequest(), assignBlindReview, 15);
  });

  it("draw inputs named like prototype members draw and verify", () => {
    for (const [make, draw] of [
      [committeeRequest, drawCommittee],
      [spotChecksRequest, drawSpotChecks],
      [supervisorsRequest, drawSocialSupervisors],
      [blindReviewRequest, assignBlindReview],
    ] as const) {
      for (const name of NAMES) {
        const req = JSON.parse(JSON.stringify(make()).replace('"inputs":{', `"inputs":{"${name}":{"polluted":"yes"},`));
        const { record } = (draw as (r: unknown) => { record: unknown })(req);
        expect(verifyDraw(record, req.inputs, req.seedMaterial, req.salt)).toEqual({ reproduced: true });
      }
    }
    expect(prototypeSnapshot()).toEqual(BEFORE);
  });

  it("verifyDraw: records and inputs", () => {
    const req = committeeRequest();
    const { record } = drawCommittee(req as never);
    holds(record, (r) => verifyDraw(r, req["inputs"], req["seedMaterial"], req["salt"]), 20);
    holds(req["inputs"], (i) => verifyDraw(record, i, req["seedMaterial"], req["salt"]), 20);
  });

  it("rule packs and overrides, as objects and as JSON text", () => {
    const county = readJson("county/my-county.json");
    holds(county, (p) => ruleSetWithPack(p));
    holds(county, (p) => loadRulePack(JSON.stringify(p)));
    holds(clone(liaochengPack), (p) => createRuleSet([nationalPack, loadRulePack(p) as never]), 15);
    // loadPack also checks every path a rule reads against the facts catalogue: a path named `constructor` is unknown.
    holds(readJson("county/county.json"), (p) => loadPack(p));
    holds(clone(liaochengPack), (p) => loadPack(p), 15);
  });

  it("scorecards and the expert rating policy", () => {
    holds(clone(defaultAgencyScorecard), parseScorecard);
    holds(clone(defaultExpertRatingPolicy), parseExpertRatingPolicy);
  });

  it("records: every example record through validateRecord", () => {
    for (const file of ["agency-selection", "award", "committee", "complaint", "expert", "project", "spot-check"]) {
      holds(readJson(`records/${file}.json`), (r) => validateRecord(r, undefined, { asOf: "2024-12-31" }), 30);
    }
  });

  it("scoring inputs: agencies, bidders, expert ratings", () => {
    const asOf = "2026-06-30";
    holds(readJson("scoring/agencies.json"), (a) => scoreAgencies(a, { asOf }), 30);
    holds(readJson("scoring/bidders.json"), (b) => scoreBidders(b, { asOf }), 30);
    holds(readJson("scoring/experts.json"), (x) => expertRatingReport(x, { asOf }), 30);
  });

  it("OCDS reading: a release, JSON Lines, and the risk analyser over releases", () => {
    holds(liaochengRelease(), (r) => readOcdsRelease(r), 40);
    holds(liaochengRelease(), (r) => parseOcdsJsonLines(JSON.stringify(r)), 20);
    holds(liaochengRelease(), (r) => analyzeReleases([r], { maps: true }), 40);
  });

  it("an ocid or organisation id `__proto__` is a row of the flag tables, not Object.prototype", () => {
    const release = liaochengRelease();
    const result = analyzeReleases([{ ...release, ocid: "__proto__" }], { maps: true });
    expect(({} as Record<string, unknown>)["R036"]).toBeUndefined();
    expect(Object.keys(result.maps?.ocid_tenderer ?? {})).toEqual(["__proto__"]);
  });
});
