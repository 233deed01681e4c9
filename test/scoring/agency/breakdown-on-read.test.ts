import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseWith } from "../../../src/model/error";
import { AgencyCreditInputSchema } from "../../../src/scoring/agency/agency-input";
import type { AgencyCreditInputData } from "../../../src/scoring/agency/agency-input";
import { agencyCreditRecords } from "../../../src/scoring/agency/agency-records";
import { defaultAgencyScorecard } from "../../../src/scoring/agency/default-scorecard";
import { scoreAgencies } from "../../../src/scoring/agency/score-agencies";
import type { ScoreAgenciesOptions } from "../../../src/scoring/agency/score-agencies";
import { scoreAgency } from "../../../src/scoring/agency/score-agency";
import type { ScoreDetail } from "../../../src/scoring/scorecard/result";
import { parseScorecard } from "../../../src/scoring/scorecard/schema";
import { scoreParsed } from "../../../src/scoring/scorecard/score";
import { agency, registryArb } from "./fixtures";

/*
 * `scoreAgencies` with `breakdown: "onRead"` builds each result's breakdown when it is first read (issue 14); by
 * default it builds it with the score, as plain data. The single-agency scorers build it
 * eagerly, as every scorer did before: they are the reference here.
 */

const AS_OF = "2026-06-30";

/** The eager result of one agency at a level of detail: validated by zod, scored by `scoreParsed` (no lazy path). */
function eager(a: AgencyCreditInputData, options: ScoreAgenciesOptions, detail: ScoreDetail) {
  const parsed = parseWith(AgencyCreditInputSchema, a, "Agency");
  return scoreParsed(parseScorecard(defaultAgencyScorecard), parsed.id, agencyCreditRecords(parsed, options), options.asOf, detail);
}

/** A registry whose results carry penalties of every kind, a cap reached, and records on a few dates. */
function registry(): AgencyCreditInputData[] {
  return [
    agency({ id: "AG-2", penalties: [{ date: "2025-05-01", severity: "minor", authority: "局" }, { date: "2026-01-01", severity: "serious", authority: "局" }] }),
    agency({
      id: "AG-1",
      creditRecords: Array.from({ length: 30 }, (_, i) => ({ date: `2026-0${1 + (i % 6)}-1${i % 10}`, kind: "positive" as const, category: "c" })),
      complaints: [{ decidedOn: "2026-02-02", outcome: "upheld" }],
    }),
  ];
}

describe("scoreAgencies: the breakdown built on first read", () => {
  it("equals the eager result, at both levels (random agencies; toStrictEqual and JSON text)", () => {
    fc.assert(
      fc.property(registryArb, fc.boolean(), fc.constantFrom<ScoreDetail>("records", "items"), (agencies, ignoreLater, detail) => {
        const options = { asOf: AS_OF, ...(ignoreLater ? { laterRecords: "ignore" as const } : {}) };
        const lazy = scoreAgencies(agencies, { ...options, detail, breakdown: "onRead" });
        const byId = new Map(agencies.map((a) => [a.id, a]));
        for (const r of lazy) {
          const expected = eager(byId.get(r.agencyId) as AgencyCreditInputData, options, detail);
          expect(r.credit).toStrictEqual(expected);
          expect(JSON.stringify(r.credit)).toBe(JSON.stringify(expected));
        }
        // The public single-agency scorer (eager) agrees at the default level, whole result and JSON text.
        if (detail === "records") {
          for (const r of lazy) {
            const one = scoreAgency(byId.get(r.agencyId) as AgencyCreditInputData, options);
            expect(JSON.stringify(r.credit)).toBe(JSON.stringify(one));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is seen by JSON.stringify, spread, structuredClone, Object.keys / entries and deep equality as a plain property", () => {
    for (const detail of ["records", "items"] as const) {
      const agencies = registry();
      const expected = agencies.map((a) => eager(a, { asOf: AS_OF }, detail)).sort((x, y) => (x.subjectId < y.subjectId ? -1 : 1));
      const fresh = (): ReturnType<typeof scoreAgencies> => scoreAgencies(agencies, { asOf: AS_OF, detail, breakdown: "onRead" });
      // Each check on results whose breakdown no one has read yet.
      expect(JSON.parse(JSON.stringify(fresh().map((r) => r.credit)))).toStrictEqual(JSON.parse(JSON.stringify(expected)));
      expect(fresh().map((r) => ({ ...r.credit }))).toStrictEqual(expected);
      expect(structuredClone(fresh().map((r) => r.credit))).toStrictEqual(expected);
      expect(fresh().map((r) => Object.keys(r.credit))).toStrictEqual(expected.map((e) => Object.keys(e)));
      expect(Object.keys(fresh()[0]?.credit ?? {}).at(-1)).toBe("breakdown"); // the last key, as in an eager result
      expect(fresh().map((r) => Object.fromEntries(Object.entries(r.credit)))).toStrictEqual(expected);
      expect(fresh().map((r) => r.credit)).toEqual(expected);
      expect(fresh().map((r) => r.credit)).toStrictEqual(expected);
      const spread = { ...fresh()[0]?.credit };
      expect(Object.getOwnPropertyDescriptor(spread, "breakdown")).toMatchObject({ enumerable: true, writable: true });
    }
  });

  it("is seen by a zod schema of the result, as the service's response schemas read it", () => {
    const Contribution = z.object({ index: z.number(), id: z.optional(z.string()), kind: z.string(), date: z.string(), ageDays: z.number(), quantity: z.number(), decay: z.number(), points: z.number() });
    const Item = z.object({
      itemId: z.string(),
      kind: z.string(),
      effect: z.enum(["reward", "penalty"]),
      label: z.object({ zh: z.string(), en: z.string() }),
      points: z.number(),
      uncappedPoints: z.number(),
      capped: z.boolean(),
      records: z.array(Contribution),
    });
    const Result = z.object({
      subjectId: z.string(),
      scorecard: z.object({ id: z.string(), version: z.number() }),
      asOf: z.string(),
      score: z.number(),
      grade: z.string(),
      base: z.number(),
      boundsAdjustment: z.number(),
      breakdown: z.array(Item),
    });
    const agencies = registry();
    const parsed = scoreAgencies(agencies, { asOf: AS_OF, breakdown: "onRead" }).map((r) => z.parse(Result, r.credit));
    const expected = agencies.map((a) => eager(a, { asOf: AS_OF }, "records")).sort((x, y) => (x.subjectId < y.subjectId ? -1 : 1));
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(expected));
    expect(parsed[0]?.breakdown.length).toBe(defaultAgencyScorecard.items.length);
  });

  it("is built once: a second read gives the same array, at both levels", () => {
    for (const detail of ["records", "items"] as const) {
      const [r] = scoreAgencies(registry(), { asOf: AS_OF, detail, breakdown: "onRead" });
      const first = r?.credit.breakdown;
      expect(first).toBeDefined();
      expect(r?.credit.breakdown).toBe(first);
      expect(JSON.parse(JSON.stringify(r)).credit.breakdown).toStrictEqual(JSON.parse(JSON.stringify(first)));
      expect(r?.credit.breakdown).toBe(first); // serializing reads the same array
    }
  });

  it("does not change when the caller edits its input after scoring", () => {
    fc.assert(
      fc.property(registryArb, (agencies) => {
        const before = JSON.stringify(scoreAgencies(agencies, { asOf: AS_OF, breakdown: "onRead" }));
        // The caller's own copy (fast-check's values must stay as generated: it shrinks from them).
        const input = structuredClone(agencies);
        const results = scoreAgencies(input, { asOf: AS_OF, breakdown: "onRead" });
        // Every array and record the agencies hold, edited in place before any breakdown is read.
        for (const a of input as Array<Record<string, unknown>>) {
          for (const key of ["penalties", "creditRecords", "complaints", "performanceReviews", "staff"]) {
            const list = a[key] as Array<Record<string, unknown>> | undefined;
            if (list === undefined) continue;
            for (const item of list) for (const field of Object.keys(item)) item[field] = field.endsWith("date") || field === "decidedOn" || field === "reviewedOn" ? "2000-01-01" : "edited";
            list.push({ ...list[0] });
            list.reverse();
          }
          a["disclosure"] = {};
          a["id"] = "edited";
        }
        // Compared as a boolean: a diff of two long JSON texts takes minutes.
        expect(JSON.stringify(results) === before, "results changed after the input was edited").toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("can be assigned and deleted as a plain property, and results are not frozen (as before)", () => {
    const [r] = scoreAgencies(registry(), { asOf: AS_OF, breakdown: "onRead" });
    const credit = r?.credit as { breakdown: unknown; score: number };
    expect(Object.isFrozen(credit)).toBe(false);
    credit.breakdown = [];
    expect(credit.breakdown).toStrictEqual([]);
    expect(JSON.stringify(credit)).toMatch(/"breakdown":\[\]\}$/);
    delete (credit as { breakdown?: unknown }).breakdown;
    expect("breakdown" in credit).toBe(false);
    credit.score = 1;
    expect(credit.score).toBe(1);
  });

  it("keeps the breakdown readable on a result the caller froze", () => {
    const agencies = registry();
    const [r] = scoreAgencies(agencies, { asOf: AS_OF, breakdown: "onRead" });
    Object.freeze(r?.credit);
    expect(r?.credit.breakdown).toStrictEqual(eager(agencies[1] as AgencyCreditInputData, { asOf: AS_OF }, "records").breakdown);
  });
});

describe("scoreAgencies: the breakdown built now, by default", () => {
  it("is a plain data property by default and with breakdown: \"now\", equal to the one built on read", () => {
    fc.assert(
      fc.property(registryArb, fc.constantFrom<ScoreDetail>("records", "items"), (agencies, detail) => {
        const byDefault = scoreAgencies(agencies, { asOf: AS_OF, detail });
        const now = scoreAgencies(agencies, { asOf: AS_OF, detail, breakdown: "now" });
        const onRead = scoreAgencies(agencies, { asOf: AS_OF, detail, breakdown: "onRead" });
        for (const [i, r] of byDefault.entries()) {
          expect("value" in (Object.getOwnPropertyDescriptor(r.credit, "breakdown") ?? {})).toBe(true);
          expect(Object.getOwnPropertyDescriptor(onRead[i]?.credit, "breakdown")?.get).toBeTypeOf("function");
          expect(r).toStrictEqual(now[i]);
          expect(JSON.stringify(r)).toBe(JSON.stringify(onRead[i]));
        }
      }),
      { numRuns: 30 },
    );
  });
  it("refuses an unknown breakdown time with the option's path", () => {
    expect(() => scoreAgencies(registry(), { asOf: AS_OF, breakdown: "later" as never })).toThrow(/breakdown/);
  });
});
