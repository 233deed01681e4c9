import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScorecard } from "../../../src/scoring/scorecard/schema";
import type { Scorecard } from "../../../src/scoring/scorecard/schema";
import { score } from "../../../src/scoring/scorecard/score";

// Random valid scorecards: 1–4 items of kinds k0..k3, random weights, optional caps / half-lives / windows,
// a base within random bounds, and 1–4 grade bands cut at random points.
const cardArb: fc.Arbitrary<Scorecard> = fc
  .record({
    min: fc.integer({ min: -50, max: 50 }),
    span: fc.integer({ min: 4, max: 200 }),
    baseShare: fc.double({ min: 0, max: 1, noNaN: true }),
    items: fc.array(
      fc.record({
        effect: fc.constantFrom("reward" as const, "penalty" as const),
        // Quarter points: fc.double would mostly draw vanishing weights (1e-300) that test nothing.
        weight: fc.integer({ min: 0, max: 200 }).map((q) => q / 4),
        cap: fc.option(fc.integer({ min: 0, max: 400 }).map((q) => q / 4), { nil: undefined }),
        halfLifeDays: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
        windowDays: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    cuts: fc.uniqueArray(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { maxLength: 3 }),
  })
  .map(({ min, span, baseShare, items, cuts }) => {
    const max = min + span;
    // Cut points on whole numbers, so two close random cuts cannot collapse into one float.
    const inner = [...new Set(cuts.map((c) => min + Math.max(1, Math.min(span - 1, Math.round(c * span)))))].sort((a, b) => a - b);
    const points = [min, ...inner, max];
    return parseScorecard({
      format: "ggzy-scorecard/1",
      id: "random",
      version: 1,
      title: { zh: "随机", en: "Random" },
      bounds: { min, max },
      base: min + baseShare * span,
      items: items.map((it, i) => ({
        id: `i${i}`,
        kind: `k${i}`,
        effect: it.effect,
        weight: it.weight,
        ...(it.cap !== undefined ? { cap: it.cap } : {}),
        ...(it.halfLifeDays !== undefined ? { halfLifeDays: it.halfLifeDays } : {}),
        ...(it.windowDays !== undefined ? { windowDays: it.windowDays } : {}),
        label: { zh: `项${i}`, en: `Item ${i}` },
      })),
      grades: points.slice(1).map((to, i) => ({ grade: `G${i}`, from: points[i] as number, to })),
    });
  });

const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000;
const recordsArb = fc.array(
  fc.record({
    kind: fc.constantFrom("k0", "k1", "k2", "k3"),
    date: fc.integer({ min: 0, max: 3000 }).map((age) => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10)),
    quantity: fc.constantFrom(0, 0.25, 1, 3),
  }),
  { maxLength: 20 },
);
const asOf = "2026-06-30";
const known = (card: Scorecard, records: Array<{ kind: string; date: string; quantity: number }>) =>
  records.filter((r) => card.items.some((i) => i.kind === r.kind));

describe("scorecard engine over random scorecards", () => {
  it("keeps the score within the bounds, graded by a band of the card", () => {
    fc.assert(fc.property(cardArb, recordsArb, (card, rs) => {
      const r = score(card, { id: "s", records: known(card, rs) }, { asOf });
      expect(r.score).toBeGreaterThanOrEqual(Math.round(card.bounds.min * 100) / 100);
      expect(r.score).toBeLessThanOrEqual(Math.round(card.bounds.max * 100) / 100);
      expect(card.grades.map((g) => g.grade)).toContain(r.grade);
    }), { numRuns: 200, seed: 31 });
  });

  it("never raises the score when a record of a penalty item is added", () => {
    fc.assert(fc.property(cardArb, recordsArb, recordsArb, (card, rs, extra) => {
      const penaltyKinds = new Set(card.items.filter((i) => i.effect === "penalty").map((i) => i.kind));
      const added = extra.filter((r) => penaltyKinds.has(r.kind));
      const before = score(card, { id: "s", records: known(card, rs) }, { asOf }).score;
      const after = score(card, { id: "s", records: [...known(card, rs), ...added] }, { asOf }).score;
      expect(after).toBeLessThanOrEqual(before);
    }), { numRuns: 200, seed: 37 });
  });
});
