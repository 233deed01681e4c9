import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AbandonmentReasonCategory } from "../../../src/model/performance";
import { scoreBidder, scoreBidders } from "../../../src/scoring/bidder/score-bidders";
import type { BidderCreditDataInput } from "../../../src/scoring/bidder/bidder-input";
import { thrown } from "../../thrown";

const asOf = "2026-06-30";
const bidders = [{ id: "B1", name: "甲建设公司" }, { id: "B2", name: "乙建设公司" }];
const abandonment = (reasonCategory: AbandonmentReasonCategory, abandonedOn = asOf, i = 0) =>
  ({ id: `X${i}`, projectId: "P1", winnerId: "B1", abandonedOn, reasonCategory });

describe("bidder credit", () => {
  it("starts a clean bidder at 90 (AAA)", () => {
    expect(scoreBidders({ bidders }, { asOf }).map((r) => [r.subjectId, r.score, r.grade])).toEqual([["B1", 90, "AAA"], ["B2", 90, "AAA"]]);
  });

  it("LC80-5.3: weighs abandonment without a proper reason, not with one", () => {
    expect(scoreBidder("B1", { bidders, abandonments: [abandonment("commercial")] }, { asOf }).score).toBe(75);
    expect(scoreBidder("B1", { bidders, abandonments: [abandonment("forceMajeure")] }, { asOf }).score).toBe(90);
    expect(scoreBidder("B1", { bidders, abandonments: [abandonment("forceMajeure")] }, { asOf, properAbandonmentReasons: [] }).score).toBe(75);
  });

  it("decays the example in the TSDoc as documented", () => {
    expect(scoreBidder("B1", { bidders, abandonments: [abandonment("commercial", "2026-01-05")] }, { asOf }).score).toBe(77.31);
  });

  it("实施条例 art. 74: weighs a refusal to sign without a proper reason", () => {
    const refusals = [{ id: "R1", projectId: "P1", bidderId: "B2", refusedOn: asOf }, { id: "R2", projectId: "P2", bidderId: "B2", refusedOn: asOf, properReason: true }];
    expect(scoreBidder("B2", { bidders, refusalsToSign: refusals }, { asOf }).score).toBe(75);
  });

  it("weighs an upheld collusion finding on every bidder it names, and not a dismissed one", () => {
    const findings = [
      { id: "C1", bidderIds: ["B1", "B2"], decidedOn: asOf, upheld: true },
      { id: "C2", bidderIds: ["B1"], decidedOn: asOf, upheld: false },
    ];
    const r = scoreBidders({ bidders, collusionFindings: findings }, { asOf });
    expect(r.map((x) => [x.score, x.grade])).toEqual([[50, "C"], [50, "C"]]);
    expect(r[0]?.breakdown.find((b) => b.itemId === "collusion")?.records[0]?.id).toBe("collusionFindings[0]");
  });

  it("weighs a complaint rejected as groundless, from the day it was decided", () => {
    const complaint = (outcome: "upheld" | "groundless") => ({
      id: "Q1", projectId: "P1", complainantId: "B1", knownOn: "2026-01-01", filedOn: "2026-01-05", outcome,
      stages: [{ stage: "received" as const, on: "2026-01-05" }, { stage: "decided" as const, on: asOf }],
    });
    expect(scoreBidder("B1", { bidders, complaints: [complaint("groundless")] }, { asOf }).score).toBe(87);
    expect(scoreBidder("B1", { bidders, complaints: [complaint("upheld")] }, { asOf }).score).toBe(90);
  });

  it("refuses later records, duplicate ids and unknown bidders, with paths", () => {
    expect(thrown(() => scoreBidders({ bidders, abandonments: [abandonment("commercial", "2026-07-01")] }, { asOf })).issues[0]?.path).toEqual(["abandonments", 0, "abandonedOn"]);
    expect(thrown(() => scoreBidders({ bidders: [...bidders, bidders[0]!] }, { asOf })).issues[0]?.path).toEqual(["bidders", 2, "id"]);
    expect(thrown(() => scoreBidder("B9", { bidders }, { asOf })).code).toBe("INVALID_INPUT");
    expect(thrown(() => scoreBidders({ bidders: [{ id: "B1" }] } as never, { asOf })).issues[0]?.path).toEqual(["bidders", 0, "name"]);
  });
});

// --- properties --------------------------------------------------------------------------------------------
const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000;
const dateArb = fc.integer({ min: 0, max: 2500 }).map((age) => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10));
const reasonArb = fc.constantFrom<AbandonmentReasonCategory>("forceMajeure", "commercial", "priceError", "none");
const dataArb: fc.Arbitrary<BidderCreditDataInput> = fc.record({
  abandonments: fc.array(fc.tuple(reasonArb, dateArb), { maxLength: 6 }).map((xs) => xs.map(([r, d], i) => abandonment(r, d, i))),
  collusionFindings: fc.array(fc.tuple(dateArb, fc.boolean()), { maxLength: 3 }).map((xs) => xs.map(([d, u], i) => ({ id: `C${i}`, bidderIds: ["B1"], decidedOn: d, upheld: u }))),
}).map((x) => ({ bidders, ...x }));
const opts = { numRuns: 100, seed: 23 };

describe("bidder credit properties", () => {
  it("stays within 0..100", () => {
    fc.assert(fc.property(dataArb, (d) => {
      for (const r of scoreBidders(d, { asOf })) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
      }
    }), opts);
  });
  it("never rises when an abandonment is added, and the newer of two weighs at least as much", () => {
    fc.assert(fc.property(dataArb, dateArb, dateArb, (d, d1, d2) => {
      const base = scoreBidder("B1", d, { asOf }).score;
      const [newer, older] = d1 >= d2 ? [d1, d2] : [d2, d1];
      const add = (date: string) => scoreBidder("B1", { ...d, abandonments: [...(d.abandonments ?? []), abandonment("none", date, 99)] }, { asOf }).score;
      expect(add(older)).toBeLessThanOrEqual(base);
      expect(add(newer)).toBeLessThanOrEqual(add(older));
    }), opts);
  });
  it("does not depend on event order and gives the same output twice", () => {
    fc.assert(fc.property(dataArb, (d) => {
      const r1 = scoreBidders(d, { asOf });
      const r2 = scoreBidders({ ...d, bidders: [...bidders].reverse(), abandonments: [...(d.abandonments ?? [])].reverse() }, { asOf });
      expect(r2.map((r) => [r.subjectId, r.score, r.breakdown.map((b) => b.points)])).toEqual(r1.map((r) => [r.subjectId, r.score, r.breakdown.map((b) => b.points)]));
      expect(scoreBidders(d, { asOf })).toEqual(r1);
    }), opts);
  });
});
