import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { parseWith } from "../../../src/model/error";
import { AgencyCreditInputSchema } from "../../../src/scoring/agency/agency-input";
import type { AgencyCreditInputData } from "../../../src/scoring/agency/agency-input";
import { AgencyOnReadScorer, DecayedTerms, KEPT_AFTER, recordKey, sumByDay } from "../../../src/scoring/agency/agency-on-read";
import { agencyRecordContext, collectRecords } from "../../../src/scoring/agency/agency-records";
import { defaultAgencyScorecard } from "../../../src/scoring/agency/default-scorecard";
import { scoreAgencies } from "../../../src/scoring/agency/score-agencies";
import type { ScoreAgenciesOptions } from "../../../src/scoring/agency/score-agencies";
import type { ScoreDetail } from "../../../src/scoring/scorecard/result";
import { parseScorecard } from "../../../src/scoring/scorecard/schema";
import type { Scorecard } from "../../../src/scoring/scorecard/schema";
import { decayOf, scoreParsed } from "../../../src/scoring/scorecard/score";
import { thrown } from "../../thrown";
import { agency } from "./fixtures";

/*
 * With `breakdown: "onRead"`, `scoreAgencies` scores each agency in one pass from its input into the scorecard items'
 * totals (`AgencyOnReadScorer`), not through record objects and the general scorer. What a caller sees must not
 * change: the same results as `breakdown: "now"` (the general path, eager), bit for bit, and the same first error.
 */

const AS_OF = "2026-06-30";
const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000;
const dateOf = (age: number): string => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10);

// Dates anywhere in seven years, on a handful of days (so records share dates), or after asOf (negative ages).
const dateArb = fc.oneof(fc.integer({ min: 0, max: 2500 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -2, max: -1 })).map(dateOf);
const publishedArb = fc.option(fc.record({ publishedOn: dateArb }), { nil: undefined });

/** Random agencies: every source of records, parts missing, staff without trainings, some records after asOf. */
const agencyArb = (i: number): fc.Arbitrary<AgencyCreditInputData> =>
  fc
    .record({
      disclosure: fc.record({ personnel: publishedArb, practiceRecord: publishedArb, internalControls: publishedArb, inspectionAndPenaltyRecord: publishedArb, creditRecord: publishedArb }),
      staff: fc.array(fc.record({ person: fc.constant({ name: "员工" }), trainings: fc.option(fc.array(fc.record({ date: dateArb, course: fc.constant("c"), passed: fc.boolean() }), { maxLength: 3 }), { nil: undefined }) }), { maxLength: 4 }),
      penalties: fc.array(fc.record({ date: dateArb, severity: fc.constantFrom("warning" as const, "minor" as const, "serious" as const, "grave" as const), authority: fc.constant("局") }), { maxLength: 8 }),
      creditRecords: fc.array(fc.record({ date: dateArb, kind: fc.constantFrom("positive" as const, "negative" as const), category: fc.constant("c") }), { maxLength: 14 }),
      complaints: fc.array(fc.record({ decidedOn: dateArb, outcome: fc.constantFrom("upheld" as const, "rejected" as const, "groundless" as const) }), { maxLength: 4 }),
      performanceReviews: fc.array(fc.record({ reviewedOn: dateArb, outcome: fc.constantFrom("good" as const, "satisfactory" as const, "poor" as const) }), { maxLength: 8 }),
    })
    .map(({ disclosure, staff, ...rest }) => ({
      id: `AG-${i}`,
      name: `代理机构 ${i}`,
      disclosure: Object.fromEntries(Object.entries(disclosure).filter(([, v]) => v !== undefined)),
      staff: staff.map(({ trainings, ...m }) => (trainings === undefined ? m : { ...m, trainings })),
      ...rest,
    }));
const registryArb = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => agencyArb(i))));

/**
 * The default scorecard, or a variant: low caps (reached by a few records), windows, no half-life, a kind ignored,
 * or a kind it does not know (an error for the agency that has such a record).
 */
const scorecardArb: fc.Arbitrary<Scorecard> = fc
  .record({
    items: fc.array(fc.record({ cap: fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: undefined }), windowDays: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }), halfLife: fc.boolean() }), {
      minLength: defaultAgencyScorecard.items.length,
      maxLength: defaultAgencyScorecard.items.length,
    }),
    drop: fc.option(fc.record({ item: fc.nat({ max: defaultAgencyScorecard.items.length - 1 }), ignore: fc.boolean() }), { nil: undefined }),
  })
  .map(({ items, drop }) => {
    const card = structuredClone(defaultAgencyScorecard) as { -readonly [K in keyof Scorecard]: Scorecard[K] };
    card.items = card.items.map((item, k) => {
      const v = items[k] as (typeof items)[number];
      const { halfLifeDays, ...rest } = { ...item, ...(v.cap !== undefined ? { cap: v.cap } : {}), ...(v.windowDays !== undefined ? { windowDays: v.windowDays } : {}) };
      return v.halfLife && halfLifeDays !== undefined ? { ...rest, halfLifeDays } : rest;
    });
    if (drop !== undefined) {
      const [gone] = card.items.splice(drop.item, 1);
      if (drop.ignore && gone !== undefined) card.ignoredKinds = [gone.kind];
    }
    return card;
  });

/** Agencies of 24 records of every kind on days up to 11 years back: past the terms a card works out unkept. */
const warmRegistry: AgencyCreditInputData[] = Array.from({ length: Math.ceil(KEPT_AFTER / 24) + 10 }, (_, i) => {
  const day = (k: number): string => dateOf((i * 97 + k * 389) % 4200);
  return {
    id: `W-${i}`,
    name: `代理机构 W${i}`,
    penalties: (["warning", "minor", "serious", "grave"] as const).map((severity, k) => ({ date: day(k), severity, authority: "局" })),
    creditRecords: Array.from({ length: 8 }, (_, k) => ({ date: day(10 + k), kind: k % 2 === 0 ? ("positive" as const) : ("negative" as const), category: "c" })),
    complaints: Array.from({ length: 6 }, (_, k) => ({ decidedOn: day(20 + k), outcome: "upheld" as const })),
    performanceReviews: Array.from({ length: 6 }, (_, k) => ({ reviewedOn: day(30 + k), outcome: k % 2 === 0 ? ("good" as const) : ("poor" as const) })),
  };
});

/** What a call gives: its results, or the error it throws (code, both messages, issues, details). */
function outcome(f: () => unknown): unknown {
  try {
    return { results: f() };
  } catch (e) {
    if (!(e instanceof GgzyError)) throw e;
    return { error: { code: e.code, zh: e.zh, en: e.en, issues: e.issues, details: e.details } };
  }
}

describe("scoreAgencies with breakdown: \"onRead\": one pass per agency", () => {
  it("gives the eager results, or the same error, on random agencies and scorecards (every laterRecords policy)", () => {
    fc.assert(
      fc.property(
        registryArb,
        scorecardArb,
        fc.constantFrom(undefined, "error" as const, "ignore" as const),
        fc.constantFrom<ScoreDetail>("records", "items"),
        fc.integer({ min: 0, max: 800 }),
        (agencies, scorecard, laterRecords, detail, trainingPeriodDays) => {
          const options: ScoreAgenciesOptions = { asOf: AS_OF, scorecard, trainingPeriodDays, ...(laterRecords !== undefined ? { laterRecords } : {}) };
          const now = outcome(() => scoreAgencies(agencies, { ...options, detail }));
          const onRead = outcome(() => scoreAgencies(agencies, { ...options, detail, breakdown: "onRead" }));
          // JSON text first: it tells 0 from -0 in no field, but reads every breakdown; toStrictEqual then every bit.
          expect(JSON.stringify(onRead)).toBe(JSON.stringify(now));
          expect(onRead).toStrictEqual(now);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("scores every agency that needs nothing unusual itself, with the general path's score and breakdown", () => {
    fc.assert(
      fc.property(registryArb, scorecardArb, fc.constantFrom<ScoreDetail>("records", "items"), (agencies, scorecard, detail) => {
        const card = parseScorecard(scorecard);
        const ctx = agencyRecordContext({ asOf: AS_OF, laterRecords: "ignore" });
        const onePass = new AgencyOnReadScorer(card, ctx, AS_OF, detail);
        const known = new Set([...card.items.map((i) => i.kind), ...(card.ignoredKinds ?? [])]);
        for (const [i, raw] of agencies.entries()) {
          const facts = parseWith(AgencyCreditInputSchema, raw, "Agency");
          const records = collectRecords(facts, ctx, [i]);
          const result = onePass.score(facts);
          if (!records.every((r) => known.has(r.kind))) {
            expect(result).toBeUndefined(); // an unknown kind: the general path throws its error
            continue;
          }
          expect(result).toBeDefined();
          expect(result).toStrictEqual(scoreParsed(card, raw.id, records, AS_OF, detail));
        }
      }),
      { numRuns: 200 },
    );
  });

  // A card's decayed terms are kept from one call to the next once it has worked out enough of them: what was kept at
  // one as-of date must hold at another, on any card.
  it("gives the eager results on one card, its terms kept, at as-of dates years apart, call after call", () => {
    fc.assert(
      fc.property(registryArb, scorecardArb, fc.array(fc.integer({ min: -400, max: 3000 }), { minLength: 2, maxLength: 4 }), (registry, raw, shifts) => {
        const scorecard = parseScorecard(raw); // one card object for every call, as a caller that keeps it does
        outcome(() => scoreAgencies(warmRegistry, { asOf: AS_OF, scorecard, laterRecords: "ignore", breakdown: "onRead" }));
        for (const shift of shifts) {
          const options = { asOf: dateOf(-shift), scorecard, laterRecords: "ignore" as const };
          expect(outcome(() => scoreAgencies(registry, { ...options, breakdown: "onRead" }))).toStrictEqual(outcome(() => scoreAgencies(registry, options)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("leaves a record after asOf to the general path under laterRecords \"error\", whose error names it", () => {
    const later = agency({ id: "AG-1", penalties: [{ date: "2026-05-01", severity: "minor", authority: "局" }, { date: "2026-07-01", severity: "warning", authority: "局" }] });
    const onePass = new AgencyOnReadScorer(parseScorecard(defaultAgencyScorecard), agencyRecordContext({ asOf: AS_OF }), AS_OF, "records");
    expect(onePass.score(parseWith(AgencyCreditInputSchema, later, "Agency"))).toBeUndefined();
    const e = thrown(() => scoreAgencies([later], { asOf: AS_OF, breakdown: "onRead" }));
    expect(e.en).toMatch(/record dated 2026-07-01, after the as-of date 2026-06-30/);
    expect(e.issues[0]?.path).toStrictEqual([0, "penalties", 1, "date"]);
    // The last day counts: a record dated asOf itself is scored in one pass.
    const onTheDay = agency({ id: "AG-1", penalties: [{ date: AS_OF, severity: "warning", authority: "局" }] });
    const [r] = scoreAgencies([onTheDay], { asOf: AS_OF, breakdown: "onRead" });
    expect(r?.credit.breakdown.find((i) => i.kind === "penalty.warning")?.records).toMatchObject([{ id: "penalties[0]", ageDays: 0, decay: 1 }]);
  });

  it("sums an item's records by day whatever their input order (equal dates included)", () => {
    const dates = ["2025-01-01", "2024-02-03", "2025-01-01", "2023-06-30", "2026-06-30", "2024-02-03"];
    const penalties = dates.map((date) => ({ date, severity: "minor" as const, authority: "局" }));
    const forward = scoreAgencies([agency({ id: "AG-1", penalties })], { asOf: AS_OF, breakdown: "onRead" })[0]?.credit;
    const backward = scoreAgencies([agency({ id: "AG-1", penalties: [...penalties].reverse() })], { asOf: AS_OF, breakdown: "onRead" })[0]?.credit;
    expect(backward?.score).toBe(forward?.score);
    expect(backward?.breakdown.map((i) => i.uncappedPoints)).toStrictEqual(forward?.breakdown.map((i) => i.uncappedPoints));
    expect(forward).toStrictEqual(scoreAgencies([agency({ id: "AG-1", penalties })], { asOf: AS_OF })[0]?.credit);
  });

  // The scores round item points to 6 decimals, which hides the last bits of a total: the order of the sum is checked
  // on the totals themselves.
  it("sums each item's terms by ascending day, bit for bit, whatever order the records come in", () => {
    const card = parseScorecard(defaultAgencyScorecard);
    const recordArb = fc.record({ item: fc.nat({ max: card.items.length - 1 }), age: fc.integer({ min: 0, max: 6000 }) });
    // One table for every run, as for every call on a card, past the terms it works out unkept: they are kept here.
    const terms = new DecayedTerms(card);
    for (let k = 0; k < KEPT_AFTER; k++) terms.termOf(0, 0);
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), (records) => {
        const totals = new Float64Array(card.items.length);
        sumByDay(terms, asOfDay, Float64Array.from(records, (r) => recordKey(r.item, asOfDay - r.age)), records.length, totals);
        // The reference: each item's records by ascending day (oldest first), `weight × 1 × decay` added to 0.
        const expected = card.items.map((item, i) =>
          records.filter((r) => r.item === i).sort((a, b) => b.age - a.age).reduce((total, r) => total + item.weight * 1 * decayOf(item, r.age), 0));
        expect(Array.from(totals)).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
  it("gives each term bit for bit as worked out, before and after it keeps them, on any card, at any age", () => {
    fc.assert(
      fc.property(scorecardArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 6000 })), { minLength: 1, maxLength: 50 }), (card, asked) => {
        const terms = new DecayedTerms(card);
        const expected = (item: number, age: number): number => (card.items[item]?.weight ?? Number.NaN) * decayOf(card.items[item] as Scorecard["items"][number], age);
        // Past the terms it works out without keeping them, then each asked twice (worked out and kept, then read).
        for (let k = 0; k < KEPT_AFTER; k++) terms.termOf(0, k % 7);
        for (const [n, age] of asked) {
          const item = n % card.items.length;
          expect(terms.termOf(item, age)).toBe(expected(item, age));
          expect(terms.termOf(item, age)).toBe(expected(item, age));
        }
      }),
      { numRuns: 100 },
    );
  });
});
