import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { parseScorecard } from "../../../src/scoring/scorecard/schema";
import { score } from "../../../src/scoring/scorecard/score";
import type { ScoreRecord } from "../../../src/scoring/scorecard/subject";
import { testCard } from "./fixtures";
import { thrown } from "../../thrown";

const asOf = "2026-06-30";

describe("scorecard engine", () => {
  it("starts from the base with no records and grades it", () => {
    const r = score(testCard(), { id: "s", records: [] }, { asOf });
    expect(r.score).toBe(70);
    expect(r.grade).toBe("B");
    expect(r.breakdown.map((b) => b.points)).toEqual([0, 0, 0]);
  });

  it("halves a penalty after one half-life and says which record did it", () => {
    const r = score(testCard(), { id: "s", records: [{ id: "p1", kind: "bad", date: "2024-06-30" }] }, { asOf });
    const bad = r.breakdown.find((b) => b.itemId === "bad");
    expect(bad?.records[0]).toMatchObject({ id: "p1", index: 0, ageDays: 730, decay: 0.5, points: -10 });
    expect(r.score).toBe(60);
    expect(r.grade).toBe("B");
  });

  it("caps an item and shares the cap pro rata", () => {
    const records = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, kind: "good", date: asOf }));
    const r = score(testCard(), { id: "s", records }, { asOf });
    const good = r.breakdown.find((b) => b.itemId === "good");
    expect(good).toMatchObject({ points: 30, uncappedPoints: 40, capped: true });
    expect(good?.records.every((c) => c.points === 3.75)).toBe(true);
    expect(r.score).toBe(100);
    expect(r.grade).toBe("A"); // the maximum belongs to the top band
  });

  it("keeps the score within bounds and reports the adjustment", () => {
    const records = Array.from({ length: 5 }, () => ({ kind: "bad", date: asOf }));
    const r = score(testCard(), { id: "s", records }, { asOf });
    expect(r.score).toBe(0);
    expect(r.boundsAdjustment).toBe(10);
    expect(r.grade).toBe("C");
  });

  it("ignores records outside an item's window, but lists them", () => {
    const r = score(testCard(), { id: "s", records: [{ kind: "old", date: "2025-06-29" }, { kind: "old", date: "2025-06-30" }] }, { asOf });
    const old = r.breakdown.find((b) => b.itemId === "old");
    expect(old?.records.map((c) => c.points)).toEqual([0, -10]);
    expect(r.score).toBe(60);
  });

  it("accepts ignored kinds and date-times (no offset = +08:00)", () => {
    const r = score(testCard(), { id: "s", records: [{ kind: "noise", date: "2026-01-01" }, { kind: "bad", date: "2026-06-30T23:30:00" }] }, { asOf });
    expect(r.score).toBe(50);
    // 2026-06-30T16:30Z is 2026-07-01 in Shanghai: after asOf
    expect(() => score(testCard(), { id: "s", records: [{ kind: "bad", date: "2026-06-30T16:30:00Z" }] }, { asOf })).toThrow(GgzyError);
  });

  it("multiplies the weight by the quantity", () => {
    const r = score(testCard(), { id: "s", records: [{ kind: "good", date: asOf, quantity: 0.5 }] }, { asOf });
    expect(r.score).toBe(72.5);
  });

  it("gives every result the scorecard's own frozen labels and reference, not a copy each", () => {
    const card = parseScorecard(testCard());
    const [a, b] = ["s1", "s2"].map((id) => score(card, { id, records: [] }, { asOf }));
    expect(a?.breakdown[0]?.label).toBe(card.items[0]?.label);
    expect(b?.breakdown[0]?.label).toBe(a?.breakdown[0]?.label);
    expect(b?.scorecard).toBe(a?.scorecard);
    expect(a?.scorecard).toEqual({ id: card.id, version: card.version });
    expect(Object.isFrozen(a?.breakdown[0]?.label) && Object.isFrozen(a?.scorecard)).toBe(true);
  });
});

describe("scorecard bad input", () => {
  it("refuses a negative weight, naming the path", () => {
    const card = testCard();
    const e = thrown(() => parseScorecard({ ...card, items: [card.items[0], { ...card.items[1], weight: -3 }] }));
    expect(e.code).toBe("INVALID_SCORECARD");
    expect(e.issues[0]?.path).toEqual(["items", 1, "weight"]);
  });

  it("refuses overlapping grade bands", () => {
    const card = testCard();
    const e = thrown(() => parseScorecard({ ...card, grades: [{ grade: "A", from: 75, to: 100 }, { grade: "B", from: 60, to: 80 }, { grade: "C", from: 0, to: 60 }] }));
    expect(e.code).toBe("INVALID_SCORECARD");
    expect(e.issues[0]?.path).toEqual(["grades", 0, "from"]);
    expect(e.issues[0]?.message).toContain("overlaps");
  });

  it("refuses a gap between grade bands and bands that stop short", () => {
    const card = testCard();
    const gap = thrown(() => parseScorecard({ ...card, grades: [{ grade: "A", from: 85, to: 100 }, { grade: "B", from: 60, to: 80 }, { grade: "C", from: 0, to: 60 }] }));
    expect(gap.issues[0]?.path).toEqual(["grades", 0, "from"]);
    expect(gap.issues[0]?.message).toContain("gap");
    const short = thrown(() => parseScorecard({ ...card, grades: [{ grade: "B", from: 60, to: 90 }, { grade: "C", from: 0, to: 60 }] }));
    expect(short.issues[0]?.path).toEqual(["grades", 0, "to"]);
  });

  it("refuses duplicate kinds and a base outside bounds", () => {
    const card = testCard();
    expect(thrown(() => parseScorecard({ ...card, items: [card.items[0], card.items[0]] })).issues.map((i) => i.path)).toContainEqual(["items", 1, "id"]);
    expect(thrown(() => parseScorecard({ ...card, base: 120 })).issues[0]?.path).toEqual(["base"]);
  });

  it("accepts a valid scorecard and freezes it", () => {
    const card = parseScorecard(testCard());
    expect(Object.isFrozen(card.items[0])).toBe(true);
  });

  it("refuses a record dated after asOf, naming the path", () => {
    const e = thrown(() => score(testCard(), { id: "s", records: [{ kind: "bad", date: "2026-01-01" }, { kind: "bad", date: "2026-07-01" }] }, { asOf }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues[0]?.path).toEqual(["records", 1, "date"]);
  });

  it("refuses an unknown record kind, naming the path", () => {
    const e = thrown(() => score(testCard(), { id: "s", records: [{ kind: "mystery", date: "2026-01-01" }] }, { asOf }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues[0]?.path).toEqual(["records", 0, "kind"]);
  });

  it("refuses an invalid date and an invalid asOf", () => {
    expect(thrown(() => score(testCard(), { id: "s", records: [{ kind: "bad", date: "2026-02-30" }] }, { asOf })).issues[0]?.path).toEqual(["records", 0, "date"]);
    expect(thrown(() => score(testCard(), { id: "s", records: [] }, { asOf: "30/06/2026" })).code).toBe("INVALID_DATE");
  });
});

// --- properties --------------------------------------------------------------------------------------------
const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000;
const dateArb = fc.integer({ min: 0, max: 3650 }).map((age) => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10));
const recordArb: fc.Arbitrary<ScoreRecord> = fc.record({
  kind: fc.constantFrom("good", "bad", "old", "noise"),
  date: dateArb,
  quantity: fc.constantFrom(0, 0.5, 1, 2),
});
const recordsArb = fc.array(recordArb, { maxLength: 25 });
const opts = { numRuns: 150, seed: 5 };
const strip = (r: ReturnType<typeof score>) => ({ ...r, breakdown: r.breakdown.map((b) => ({ ...b, records: b.records.map(({ index: _i, ...c }) => c) })) });

describe("scorecard properties", () => {
  it("keeps every score within bounds and on a grade", () => {
    fc.assert(fc.property(recordsArb, (records) => {
      const r = score(testCard(), { id: "s", records }, { asOf });
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(["A", "B", "C"]).toContain(r.grade);
    }), opts);
  });

  it("never raises a score when a penalty is added", () => {
    fc.assert(fc.property(recordsArb, dateArb, fc.constantFrom("bad", "old"), (records, date, kind) => {
      const before = score(testCard(), { id: "s", records }, { asOf }).score;
      const after = score(testCard(), { id: "s", records: [...records, { kind, date }] }, { asOf }).score;
      expect(after).toBeLessThanOrEqual(before);
    }), opts);
  });

  it("weighs the newer of two identical penalties at least as much", () => {
    fc.assert(fc.property(recordsArb, dateArb, dateArb, (records, d1, d2) => {
      const [newer, older] = d1 >= d2 ? [d1, d2] : [d2, d1];
      const withNewer = score(testCard(), { id: "s", records: [...records, { kind: "bad", date: newer }] }, { asOf }).score;
      const withOlder = score(testCard(), { id: "s", records: [...records, { kind: "bad", date: older }] }, { asOf }).score;
      expect(withNewer).toBeLessThanOrEqual(withOlder);
    }), opts);
  });

  it("does not depend on record order", () => {
    fc.assert(fc.property(recordsArb.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([a, b]) => {
      expect(strip(score(testCard(), { id: "s", records: b }, { asOf }))).toEqual(strip(score(testCard(), { id: "s", records: a }, { asOf })));
    }), opts);
  });

  it("gives the same output for the same inputs and asOf, and does not mutate them", () => {
    fc.assert(fc.property(recordsArb, (records) => {
      const copy = structuredClone(records);
      const r1 = score(testCard(), { id: "s", records }, { asOf });
      const r2 = score(testCard(), { id: "s", records: copy }, { asOf });
      expect(r2).toEqual(r1);
      expect(copy).toEqual(records);
    }), opts);
  });
});
