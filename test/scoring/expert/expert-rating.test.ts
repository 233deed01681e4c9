import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultExpertRatingPolicy, parseExpertRatingPolicy } from "../../../src/scoring/expert/rating-policy";
import { scoreExpert } from "../../../src/scoring/expert/score-expert";
import { expertSuspension } from "../../../src/scoring/expert/suspension";
import { expertRatingReport, expertRatingSummaries } from "../../../src/scoring/expert/summary";
import { thrown } from "../../thrown";

const asOf = "2026-06-30";
const all = (v: number) => ({ professionalQuality: v, fairness: v, discipline: v, punctuality: v });

type Party = "tenderer" | "agency" | "supervisor";
function evaluation(id: string, ratedOn: string, ratings: Array<[Party, Record<string, number>]>, expertId = "E1") {
  return {
    id,
    projectId: `P-${id}`,
    status: "finished" as const,
    committee: [{ expertId, role: "expert" as const }],
    ratings: ratings.map(([rater, scores]) => ({ expertId, rater, ratedOn, scores })),
  };
}
const expert = (over: Record<string, unknown> = {}) => ({ id: "E1", name: "张三", region: "371502", employer: { id: "U1" }, employmentKind: "university" as const, ...over });

describe("LC80-4.2 per-event rating (一事一评)", () => {
  it("weights dimensions and parties within an event", () => {
    const ev = evaluation("V1", asOf, [
      ["tenderer", { professionalQuality: 100, fairness: 50 }], // (40 + 15) / 0.7 = 78.571…
      ["supervisor", all(60)],
    ]);
    const r = scoreExpert("E1", [ev], { asOf });
    // (1 × 78.5714 + 1.5 × 60) / 2.5 = 67.43
    expect(r.eventScores[0]?.score).toBe(67.43);
    expect(r.score).toBe(67.43);
    expect(r.grade).toBe("C");
    expect(r.events).toBe(1);
  });

  it("weighs recent events more (half-life 365 days)", () => {
    const r = scoreExpert("E1", [evaluation("V1", asOf, [["agency", all(90)]]), evaluation("V2", "2025-06-30", [["agency", all(60)]])], { asOf });
    expect(r.score).toBe(80); // (1 × 90 + 0.5 × 60) / 1.5
    expect(r.eventScores.map((e) => e.evaluationId)).toEqual(["V1", "V2"]);
  });

  it("counts finished evaluations without ratings as unrated events", () => {
    const ev = { ...evaluation("V1", asOf, []), ratings: [] };
    const r = scoreExpert("E1", [ev], { asOf });
    expect(r).toMatchObject({ score: null, grade: null, events: 0, unratedEvents: 1 });
  });

  it("refuses an unknown dimension and a rating after asOf, with paths", () => {
    expect(thrown(() => scoreExpert("E1", [evaluation("V1", asOf, [["agency", { charm: 90 }]])], { asOf })).issues[0]?.path).toEqual([0, "ratings", 0, "scores", "charm"]);
    expect(thrown(() => scoreExpert("E1", [evaluation("V1", "2026-07-01", [["agency", all(90)]])], { asOf })).issues[0]?.path).toEqual([0, "ratings", 0, "ratedOn"]);
    expect(scoreExpert("E1", [evaluation("V1", "2026-07-01", [["agency", all(90)]])], { asOf, laterRecords: "ignore" }).score).toBeNull();
  });

  it("refuses a policy with a negative weight or gapped grades", () => {
    expect(thrown(() => parseExpertRatingPolicy({ ...defaultExpertRatingPolicy, parties: { tenderer: -1, agency: 1, supervisor: 1 } })).issues[0]?.path).toEqual(["parties", "tenderer"]);
    const grades = [{ grade: "A", from: 80, to: 100 }, { grade: "B", from: 0, to: 70 }];
    const e = thrown(() => parseExpertRatingPolicy({ ...defaultExpertRatingPolicy, grades }));
    expect(e.code).toBe("INVALID_SCORECARD");
    expect(e.issues[0]?.path).toEqual(["grades", 0, "from"]);
  });
});

describe("LC80-4.2 suspension threshold", () => {
  const low = (id: string, d: string) => evaluation(id, d, [["supervisor", all(50)]]);
  it("suspends below the threshold once enough events count", () => {
    const two = expertSuspension(expert(), [low("V1", "2025-01-10"), low("V2", "2025-02-10")], { asOf });
    expect(two.suspended).toBe(false);
    const three = expertSuspension(expert(), [low("V1", "2025-01-10"), low("V2", "2025-02-10"), low("V3", "2025-03-10")], { asOf });
    expect(three.suspended).toBe(true);
    expect(three.reasons.map((r) => r.code)).toEqual(["LOW_ROLLING_SCORE"]);
    expect(three.until).toBeUndefined();
  });

  it("suspends for 180 days after a single severe event", () => {
    const s = expertSuspension(expert(), [evaluation("V1", "2026-06-01", [["supervisor", all(30)]])], { asOf });
    expect(s).toMatchObject({ suspended: true, until: "2026-11-28" });
    expect(expertSuspension(expert(), [evaluation("V1", "2025-06-01", [["supervisor", all(30)]])], { asOf }).suspended).toBe(false);
  });

  it("honours the pool status", () => {
    expect(expertSuspension(expert({ status: "suspended", suspendedUntil: "2026-07-31" }), [], { asOf })).toMatchObject({ suspended: true, until: "2026-07-31" });
    expect(expertSuspension(expert({ status: "suspended", suspendedUntil: "2026-06-29" }), [], { asOf }).suspended).toBe(false);
    expect(expertSuspension(expert({ status: "removed" }), [], { asOf }).reasons[0]?.code).toBe("REMOVED");
  });

  it("publishes one summary line per expert, ordered by id", () => {
    const s = expertRatingSummaries([expert({ id: "E2", name: "李四" }), expert()], [evaluation("V1", asOf, [["agency", all(95)]])], { asOf });
    expect(s).toEqual([
      { expertId: "E1", name: "张三", events: 1, unratedEvents: 0, score: 95, grade: "A", suspended: false },
      { expertId: "E2", name: "李四", events: 0, unratedEvents: 0, score: null, grade: null, suspended: false },
    ]);
  });
});

describe("expert rating report (file form)", () => {
  it("names paths from the data root", () => {
    const data = { experts: [expert()], evaluations: [evaluation("V1", asOf, [["agency", { charm: 1 }]])] };
    expect(thrown(() => expertRatingReport(data, { asOf })).issues[0]?.path).toEqual(["evaluations", 0, "ratings", 0, "scores", "charm"]);
    const dup = { experts: [expert()], evaluations: [evaluation("V1", asOf, []), evaluation("V1", asOf, [])] };
    expect(thrown(() => expertRatingReport(dup, { asOf })).issues[0]?.path).toEqual(["evaluations", 1, "id"]);
    expect(thrown(() => expertRatingReport({ experts: [expert(), expert()] }, { asOf })).issues[0]?.path).toEqual(["experts", 1, "id"]);
  });
});

// --- properties --------------------------------------------------------------------------------------------
const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000;
const dateArb = fc.integer({ min: 0, max: 1500 }).map((age) => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10));
const ratingArb = fc.tuple(fc.constantFrom<Party>("tenderer", "agency", "supervisor"), fc.dictionary(fc.constantFrom("professionalQuality", "fairness", "discipline", "punctuality"), fc.integer({ min: 0, max: 100 }), { minKeys: 1 }));
const eventsArb = fc.array(fc.tuple(dateArb, fc.array(ratingArb, { minLength: 1, maxLength: 4 })), { maxLength: 10 })
  .map((xs) => xs.map(([d, rs], i) => evaluation(`V${i}`, d, rs)));
const opts = { numRuns: 100, seed: 17 };

describe("expert rating properties", () => {
  it("summarises each expert exactly as scoring that expert alone does", () => {
    const two = fc.tuple(eventsArb, eventsArb).map(([a, b]) => [...a, ...b.map((e) => ({ ...e, id: `W${e.id}`, committee: [{ expertId: "E2", role: "expert" as const }], ratings: e.ratings.map((r) => ({ ...r, expertId: "E2" })) }))]);
    fc.assert(fc.property(two, (evs) => {
      const summary = expertRatingSummaries([expert(), expert({ id: "E2", name: "李四" })], evs, { asOf });
      for (const line of summary) {
        const alone = scoreExpert(line.expertId, evs, { asOf });
        expect([line.score, line.events, line.unratedEvents, line.grade]).toEqual([alone.score, alone.events, alone.unratedEvents, alone.grade]);
      }
    }), { numRuns: 50, seed: 29 });
  });
  it("stays within 0..100", () => {
    fc.assert(fc.property(eventsArb, (evs) => {
      const r = scoreExpert("E1", evs, { asOf });
      if (r.score !== null) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
      }
    }), opts);
  });
  it("does not depend on the order of evaluations or ratings", () => {
    fc.assert(fc.property(eventsArb, (evs) => {
      const shuffled = [...evs].reverse().map((e) => ({ ...e, ratings: [...e.ratings].reverse() }));
      expect(scoreExpert("E1", shuffled, { asOf })).toEqual(scoreExpert("E1", evs, { asOf }));
    }), opts);
  });
  it("never rises when an event rated at or below the current score is added", () => {
    fc.assert(fc.property(eventsArb, dateArb, fc.integer({ min: 0, max: 100 }), (evs, d, v) => {
      const before = scoreExpert("E1", evs, { asOf }).score;
      fc.pre(before !== null && v <= before);
      const after = scoreExpert("E1", [...evs, evaluation("VX", d, [["agency", all(v)]])], { asOf }).score;
      expect(after).toBeLessThanOrEqual(before as number);
    }), opts);
  });
  it("weighs a newer poor event at least as much as an older identical one", () => {
    fc.assert(fc.property(eventsArb, dateArb, dateArb, (evs, d1, d2) => {
      const [newer, older] = d1 >= d2 ? [d1, d2] : [d2, d1];
      const bad = (d: string) => evaluation("VX", d, [["agency", all(0)]]);
      const withNewer = scoreExpert("E1", [...evs, bad(newer)], { asOf }).score;
      const withOlder = scoreExpert("E1", [...evs, bad(older)], { asOf }).score;
      if (withOlder === null) return; // the older event fell outside the window and nothing else counts
      expect(withNewer).not.toBeNull();
      expect(withNewer as number).toBeLessThanOrEqual(withOlder);
    }), opts);
  });
});
