import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { rankAgencies } from "../../../src/scoring/ranking/rank-agencies";
import { agency } from "../agency/fixtures";

const asOf = "2026-06-30";
const project = {
  id: "P1",
  name: "聊城某道路改造工程",
  category: "construction" as const,
  procurementMethod: "open" as const,
  tendererId: "T1",
  electronic: true,
  region: "371502",
};

describe("LC80-3.2 merit ranking", () => {
  it("orders eligible agencies by credit score, best first", () => {
    const r = rankAgencies(project, [
      agency({ id: "A-low", penalties: [{ date: asOf, severity: "minor", authority: "x" }] }),
      agency({ id: "A-high", creditRecords: [{ date: asOf, kind: "positive", category: "表彰" }] }),
      agency({ id: "A-mid" }),
    ], { asOf });
    expect(r.ranked.map((x) => [x.agencyId, x.rank, x.score])).toEqual([["A-high", 1, 78], ["A-mid", 2, 75], ["A-low", 3, 70]]);
    expect(r.ranked[0]?.reasons.map((x) => x.code)).toEqual(["FIELD_MATCH", "CREDIT_SCORE", "SCORE_ITEM", "SCORE_ITEM", "SCORE_ITEM"]);
    expect(r.excluded).toEqual([]);
  });

  it("excludes blacklisted agencies and those outside the project's field, with every reason", () => {
    const r = rankAgencies(project, [
      agency({ id: "A-ok" }),
      agency({ id: "A-black", professionalFields: ["transport"], blacklist: [{ from: "2026-01-01", reason: "串通投标" }] }),
      agency({ id: "A-field", professionalFields: ["transport"] }),
      agency({ id: "A-penalised", penalties: [{ date: "2026-01-05", severity: "serious", authority: "市住建局" }] }),
    ], { asOf });
    expect(r.ranked.map((x) => x.agencyId)).toEqual(["A-ok"]);
    expect(r.excluded.map((x) => [x.agencyId, x.reasons.map((y) => y.code)])).toEqual([
      ["A-black", ["BLACKLISTED", "BLACKLIST_ENTRY", "FIELD_MISMATCH"]],
      ["A-field", ["FIELD_MISMATCH"]],
      ["A-penalised", ["BLACKLISTED", "SERIOUS_PENALTY"]],
    ]);
  });

  it("breaks ties by agency id in UTF-8 byte order and says so", () => {
    const r = rankAgencies(project, [agency({ id: "\u{1F600}" }), agency({ id: "\uFF5E" }), agency({ id: "B" })], { asOf });
    expect(r.ranked.map((x) => x.agencyId)).toEqual(["B", "\uFF5E", "\u{1F600}"]);
    expect(r.ranked.every((x) => x.reasons.some((y) => y.code === "TIE_BROKEN_BY_ID"))).toBe(true);
  });

  it("ranks data as it stood on asOf when later records are ignored", () => {
    const later = agency({ id: "A1", penalties: [{ date: "2026-08-01", severity: "grave", authority: "x" }] });
    expect(() => rankAgencies(project, [later], { asOf })).toThrow(GgzyError);
    expect(rankAgencies(project, [later], { asOf, laterRecords: "ignore" }).ranked[0]?.score).toBe(75);
  });

  it("refuses duplicate agency ids and malformed agencies, naming the path", () => {
    const dup = (() => { try { rankAgencies(project, [agency(), agency()], { asOf }); } catch (e) { return e as GgzyError; } return undefined; })();
    expect(dup?.issues[0]?.path).toEqual([1, "id"]);
    const bad = (() => { try { rankAgencies(project, [agency(), { ...agency(), id: "A2", penalties: [{ date: "x", severity: "minor", authority: "a" }] }], { asOf }); } catch (e) { return e as GgzyError; } return undefined; })();
    expect(bad?.issues[0]?.path).toEqual([1, "penalties", 0, "date"]);
  });

  const pool = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4, unit: "grapheme" }).filter((s) => s.trim() === s && s.length > 0),
      n: fc.integer({ min: 0, max: 3 }),
      field: fc.constantFrom("construction" as const, "transport" as const),
    }),
    { selector: (x) => x.id, maxLength: 8 },
  ).map((xs) => xs.map((x) => agency({ id: x.id, professionalFields: [x.field], penalties: Array.from({ length: x.n }, () => ({ date: "2026-01-01", severity: "minor" as const, authority: "x" })) })));

  it("gives the same ranking whatever the input order, with ranks 1..n and scores non-increasing", () => {
    fc.assert(fc.property(pool, (agencies) => {
      const a = rankAgencies(project, agencies, { asOf });
      const b = rankAgencies(project, [...agencies].reverse(), { asOf });
      expect(b).toEqual(a);
      expect(a.ranked.map((x) => x.rank)).toEqual(a.ranked.map((_, i) => i + 1));
      for (let i = 1; i < a.ranked.length; i++) expect(a.ranked[i]!.score).toBeLessThanOrEqual(a.ranked[i - 1]!.score);
      expect(a.ranked.length + a.excluded.length).toBe(agencies.length);
    }), { numRuns: 60, seed: 3 });
  });
});
