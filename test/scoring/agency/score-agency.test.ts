import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAgency } from "../../../src/scoring/agency/score-agency";
import { blacklistStatus, isBlacklisted } from "../../../src/scoring/agency/blacklist";
import { defaultAgencyScorecard } from "../../../src/scoring/agency/default-scorecard";
import type { PenaltySeverity } from "../../../src/model/credit";
import { agency } from "./fixtures";
import { thrown } from "../../thrown";

const asOf = "2026-06-30";

describe("LC80-3.1/3.3 agency credit", () => {
  it("gives a fully disclosed, fully trained agency base + 20 + 15 = 75 (grade A)", () => {
    const r = scoreAgency(agency(), { asOf });
    expect(r.score).toBe(75);
    expect(r.grade).toBe("A");
  });

  it("counts each missing disclosure part as 4 points", () => {
    const r = scoreAgency(agency({ disclosure: { personnel: { publishedOn: "2026-01-10" } } }), { asOf });
    expect(r.breakdown.find((b) => b.itemId === "disclosure")?.points).toBe(4);
    expect(r.score).toBe(59);
  });

  it("counts only staff with a passed training within the period (LC80-3.3)", () => {
    const staff = [
      { person: { name: "王一" }, trainings: [{ date: "2026-03-01", course: "c", passed: true }] },
      { person: { name: "李二" }, trainings: [{ date: "2026-03-01", course: "c", passed: false }] },
      { person: { name: "张三" }, trainings: [{ date: "2024-03-01", course: "c", passed: true }] },
      { person: { name: "赵四" }, trainings: [] },
    ];
    const r = scoreAgency(agency({ staff }), { asOf });
    expect(r.breakdown.find((b) => b.itemId === "training")?.points).toBe(3.75);
    expect(scoreAgency(agency({ staff }), { asOf, trainingPeriodDays: 1000 }).breakdown.find((b) => b.itemId === "training")?.points).toBe(7.5);
  });

  it("deducts penalties and upheld complaints, with the record path in the breakdown", () => {
    const r = scoreAgency(
      agency({
        penalties: [{ date: asOf, severity: "minor", authority: "市财政局" }],
        complaints: [{ decidedOn: asOf, outcome: "upheld" }, { decidedOn: asOf, outcome: "groundless" }],
      }),
      { asOf },
    );
    expect(r.score).toBe(65);
    expect(r.breakdown.find((b) => b.itemId === "penalty-minor")?.records[0]?.id).toBe("penalties[0]");
    expect(r.breakdown.find((b) => b.itemId === "complaint-upheld")?.records).toHaveLength(1);
  });

  it("rewards positive credit and good performance up to AAA", () => {
    const r = scoreAgency(
      agency({
        creditRecords: Array.from({ length: 5 }, () => ({ date: asOf, kind: "positive" as const, category: "表彰" })),
        performanceReviews: Array.from({ length: 5 }, () => ({ reviewedOn: asOf, outcome: "good" as const })),
      }),
      { asOf },
    );
    expect(r.score).toBe(100);
    expect(r.grade).toBe("AAA");
  });

  it("refuses a penalty dated after asOf with the path, unless told to ignore later records", () => {
    const a = agency({ penalties: [{ date: "2026-07-01", severity: "minor", authority: "x" }] });
    const e = thrown(() => scoreAgency(a, { asOf }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues[0]?.path).toEqual(["penalties", 0, "date"]);
    expect(scoreAgency(a, { asOf, laterRecords: "ignore" }).score).toBe(75);
  });

  it("refuses a malformed agency and a bad option", () => {
    expect(thrown(() => scoreAgency({ id: "A1" } as never, { asOf })).issues[0]?.path).toEqual(["name"]);
    expect(thrown(() => scoreAgency(agency(), { asOf, trainingPeriodDays: -1 })).issues[0]?.path).toEqual(["options", "trainingPeriodDays"]);
  });

  it("refuses a custom scorecard that does not know a record kind", () => {
    const card = { ...defaultAgencyScorecard, items: defaultAgencyScorecard.items.filter((i) => i.kind !== "penalty.minor") };
    const e = thrown(() => scoreAgency(agency({ penalties: [{ date: asOf, severity: "minor", authority: "x" }] }), { asOf, scorecard: card }));
    expect(e.issues[0]?.path).toEqual(["penalties", 0, "kind"]);
    expect(e.en).toContain("penalties[0]");
  });
});

describe("LC80-3.1 blacklist", () => {
  it("blacklists for the window after a serious penalty", () => {
    const a = agency({ penalties: [{ date: "2025-03-01", severity: "serious", authority: "市住建局" }] });
    expect(blacklistStatus(a, asOf)).toMatchObject({ blacklisted: true, until: "2027-03-01", indefinite: false });
    expect(isBlacklisted(a, "2027-03-01")).toBe(true);
    expect(isBlacklisted(a, "2027-03-02")).toBe(false);
    expect(isBlacklisted(a, asOf, { windowDays: 365 })).toBe(false);
    expect(isBlacklisted(a, "2025-02-28")).toBe(false); // not yet
  });

  it("does not blacklist for a minor penalty", () => {
    expect(isBlacklisted(agency({ penalties: [{ date: asOf, severity: "minor", authority: "x" }] }), asOf)).toBe(false);
  });

  it("honours explicit blacklist entries, with and without an end", () => {
    const a = agency({ blacklist: [{ from: "2026-01-01", until: "2026-12-31", reason: "串通投标" }] });
    expect(blacklistStatus(a, asOf)).toMatchObject({ blacklisted: true, until: "2026-12-31" });
    expect(isBlacklisted(a, "2027-01-01")).toBe(false);
    const b = agency({ blacklist: [{ from: "2026-01-01", reason: "x" }] });
    expect(blacklistStatus(b, asOf)).toMatchObject({ blacklisted: true, indefinite: true });
    expect(blacklistStatus(b, asOf).until).toBeUndefined();
  });
});

// --- properties --------------------------------------------------------------------------------------------
const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000;
const dateArb = fc.integer({ min: 0, max: 2500 }).map((age) => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10));
const severityArb = fc.constantFrom<PenaltySeverity>("warning", "minor", "serious", "grave");
const penaltyArb = fc.record({ date: dateArb, severity: severityArb, authority: fc.constant("局") });
const creditArb = fc.record({ date: dateArb, kind: fc.constantFrom("positive" as const, "negative" as const), category: fc.constant("c") });
const agencyArb = fc.record({ penalties: fc.array(penaltyArb, { maxLength: 8 }), creditRecords: fc.array(creditArb, { maxLength: 8 }) });
const opts = { numRuns: 100, seed: 11 };

describe("agency credit properties", () => {
  it("stays within 0..100 with a grade of the scorecard", () => {
    fc.assert(fc.property(agencyArb, (x) => {
      const r = scoreAgency(agency(x), { asOf });
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(["AAA", "AA", "A", "B", "C"]).toContain(r.grade);
    }), opts);
  });
  it("never rises when a penalty is added", () => {
    fc.assert(fc.property(agencyArb, penaltyArb, (x, p) => {
      expect(scoreAgency(agency({ ...x, penalties: [...x.penalties, p] }), { asOf }).score).toBeLessThanOrEqual(scoreAgency(agency(x), { asOf }).score);
    }), opts);
  });
  it("weighs the newer of two identical penalties at least as much", () => {
    fc.assert(fc.property(agencyArb, severityArb, dateArb, dateArb, (x, severity, d1, d2) => {
      const [newer, older] = d1 >= d2 ? [d1, d2] : [d2, d1];
      const withNewer = scoreAgency(agency({ ...x, penalties: [...x.penalties, { date: newer, severity, authority: "局" }] }), { asOf }).score;
      const withOlder = scoreAgency(agency({ ...x, penalties: [...x.penalties, { date: older, severity, authority: "局" }] }), { asOf }).score;
      expect(withNewer).toBeLessThanOrEqual(withOlder);
    }), opts);
  });
  it("does not depend on the order of penalties and credit records", () => {
    fc.assert(fc.property(agencyArb, (x) => {
      const r1 = scoreAgency(agency(x), { asOf });
      const r2 = scoreAgency(agency({ penalties: [...x.penalties].reverse(), creditRecords: [...x.creditRecords].reverse() }), { asOf });
      expect(r2.score).toBe(r1.score);
      expect(r2.breakdown.map((b) => b.points)).toEqual(r1.breakdown.map((b) => b.points));
    }), opts);
  });
});
