import { describe, expect, it } from "vitest";
import { analyzeRiskLines, parseRiskSettings, toCardinalOutput } from "../../../src/scoring/risk/index";

/*
 * Parity with the reference engine, one block per paragraph of CARDINAL.md (read it beside this file). Every
 * expected value was worked out by hand from that document, and the working is in the comments. Each case that
 * names an "Ours today" note failed against the code before this change.
 */

type Obj = Record<string, any>;

/** The `--format cardinal` output for JSON lines (objects are stringified; strings are taken as written). */
function run(input: ReadonlyArray<Obj | string>, ini: string, options: { meta?: boolean; map?: boolean } = {}): Obj {
  const settings = parseRiskSettings(ini, "ini");
  const lines = input.map((l) => (typeof l === "string" ? l : JSON.stringify(l)));
  const result = analyzeRiskLines(lines, { settings, maps: options.map === true });
  return JSON.parse(JSON.stringify(toCardinalOutput(result, { meta: options.meta ?? false, map: options.map === true }))) as Obj;
}

const bid = (id: string | string[] | null | number, amount?: number, status = "valid", extra: Obj = {}): Obj => ({
  status,
  tenderers: (Array.isArray(id) ? id : [id]).map((t) => (t === null ? { name: "no id" } : { id: t })),
  ...(amount !== undefined ? { value: { amount, currency: "CNY" } } : {}),
  ...extra,
});
/** `status: null` writes an award without a status. */
const award = (suppliers: string | string[], status: string | null = "active", extra: Obj = {}): Obj => ({
  ...(status !== null ? { status } : {}),
  suppliers: (Array.isArray(suppliers) ? suppliers : [suppliers]).map((id) => ({ id })),
  ...extra,
});
const proc = (ocid: string, bids: Obj[], awards: Obj[] = [], tender: Obj = {}, extra: Obj = {}): Obj => ({
  ocid,
  tender: { procurementMethod: "open", ...tender },
  bids: { details: bids },
  awards,
  ...extra,
});

describe("§1.1 input: R018 reads the literal text of numberOfTenderers", () => {
  const line = (n: string, method = "open") => `{"ocid":"p","tender":{"procurementMethod":"${method}","numberOfTenderers":${n}}}`;
  it("flags numberOfTenderers = 1 in an open procedure without any bids (Ours today: never read the field)", () => {
    expect(run([line("1")], "[R018]")).toEqual({ OCID: { p: { R018: 1 } } });
  });
  it("1.0, 1e0, -1, 2 and \"1\" are not the unsigned integer 1", () => {
    for (const n of ["1.0", "1e0", "10e-1", "-1", "2", '"1"']) expect(run([line(n)], "[R018]"), n).toEqual({});
  });
  it("the literal is read at tender.numberOfTenderers, the last one when repeated", () => {
    const dup = `{"ocid":"p","lots":[{"numberOfTenderers":1}],"tender":{"numberOfTenderers":1.0,"procurementMethod":"open","numberOfTenderers":1}}`;
    expect(run([dup], "[R018]")).toEqual({ OCID: { p: { R018: 1 } } });
  });
  it("bids are not looked at: two tenderers with numberOfTenderers 1 is flagged, one tenderer without it is not", () => {
    expect(run([proc("p", [bid("A"), bid("B")], [], { numberOfTenderers: 1 })], "[R018]")).toEqual({ OCID: { p: { R018: 1 } } });
    expect(run([proc("p", [bid("A")])], "[R018]")).toEqual({});
  });
  it("defaults to open|selective; an empty procurement_methods matches every method (Ours today: nothing)", () => {
    expect(run([line("1", "limited")], "[R018]")).toEqual({});
    expect(run([line("1", "selective")], "[R018]")).toEqual({ OCID: { p: { R018: 1 } } });
    expect(run([line("1", "limited")], "[R018]\nprocurement_methods =")).toEqual({ OCID: { p: { R018: 1 } } });
    expect(run([`{"ocid":"p","tender":{"numberOfTenderers":1}}`], "[R018]\nprocurement_methods =")).toEqual({ OCID: { p: { R018: 1 } } });
  });
  it("lines with the same ocid merge their flags", () => {
    const a = `{"ocid":"p","tender":{"procurementMethod":"open","numberOfTenderers":1}}`;
    const b = proc("p", [], [], { tenderPeriod: { startDate: "2024-01-01T00:00:00Z", endDate: "2024-01-02T00:00:00Z" } });
    expect(run([a, b], "[R003]\n[R018]")).toEqual({ OCID: { p: { R003: 1, R018: 1 } } });
  });
});

describe("§1.2 identifiers: only JSON strings, and \"\" is one", () => {
  const late = (supplier: unknown, tenderer: unknown) => ({
    ocid: "p",
    tender: { tenderPeriod: { endDate: "2024-01-01T00:00:00Z" } },
    bids: { details: [{ status: "valid", date: "2024-01-02T00:00:00Z", tenderers: [{ id: tenderer }] }] },
    awards: [{ status: "active", suppliers: [{ id: supplier }] }],
  });
  it("a numeric id is no id (Ours today: accepted as its decimal string)", () => {
    expect(run([late(5, 5)], "[R030]")).toEqual({});
  });
  it("the empty string is a valid id (Ours today: treated as no id)", () => {
    expect(run([late("", "")], "[R030]")).toEqual({ OCID: { p: { R030: 1 } }, Tenderer: { "": { R030: 1 } } });
  });
  it("a reference without an id is skipped on its own, not the whole process (Ours today: process excluded)", () => {
    // R028: A and B both bid 100; a third bid by an id-less tenderer changes nothing.
    const p = proc("p", [bid("A", 100), bid(null, 200), bid("B", 100)]);
    expect(run([p], "[R028]")).toEqual({ OCID: { p: { R028: 1 } }, Tenderer: { A: { R028: 1 }, B: { R028: 1 } } });
  });
  it("tenderers given as an object (not an array) count as missing", () => {
    const p = proc("p", [bid("A", 100), { status: "valid", tenderers: { id: "B" }, value: { amount: 100, currency: "CNY" } }]);
    expect(run([p], "[R028]")).toEqual({});
  });
});

describe("§1.3 shared definitions", () => {
  it("a pending (or any other string) status is a submitted bid (Ours today: only valid and disqualified)", () => {
    // R028: A valid 100 and B pending 100 → flagged; C "qualified" 100 as well.
    const p = proc("p", [bid("A", 100), bid("B", 100, "pending"), bid("C", 100, "qualified"), bid("D", 100, "withdrawn"), bid("E", 100, "invited")]);
    expect(run([p], "[R028]")).toEqual({ OCID: { p: { R028: 1 } }, Tenderer: { A: { R028: 1 }, B: { R028: 1 }, C: { R028: 1 } } });
  });
  it("a bid without a string status is not submitted", () => {
    const p = proc("p", [bid("A", 100), { tenderers: [{ id: "B" }], value: { amount: 100, currency: "CNY" } }]);
    expect(run([p], "[R028]")).toEqual({});
  });
  it("all awards final: an award without a status is ignored, it does not exclude (Ours today: excluded)", () => {
    // R024 with a threshold of 0.5: winner A 100, B 110 → ratio 0.1 ≤ 0.5.
    const p = proc("p", [bid("A", 100), bid("B", 110)], [award("A"), award("B", null)]);
    expect(run([p], "[R024]\nthreshold = 0.5")).toEqual({ OCID: { p: { R024: 0.1 } }, Tenderer: { A: { R024: 0 }, B: { R024: 0 } } });
  });
  it("all awards final: a pending, invalid or misspelt award excludes the process; cancelled and unsuccessful are ignored", () => {
    for (const status of ["pending", "invalid", "Active"]) {
      const p = proc("p", [bid("A", 100), bid("B", 110)], [award("A"), award("B", status)]);
      expect(run([p], "[R024]\nthreshold = 0.5"), status).toEqual({});
    }
    const ok = proc("p", [bid("A", 100), bid("B", 110)], [award("A"), award("B", "cancelled"), award("C", "unsuccessful")]);
    expect(run([ok], "[R024]\nthreshold = 0.5").OCID).toEqual({ p: { R024: 0.1 } });
  });
  it("single winner: a consortium bid, or a bid without an amount, is skipped, not excluding (Ours today: excluded)", () => {
    const p = proc("p", [bid("A", 100), bid(["C", "D"], 50), bid("E"), bid("B", 120)], [award("A")]);
    // The consortium's 50 and E's missing amount are skipped: winner 100, first other 120 → 0.2.
    expect(run([p], "[R024]\nthreshold = 0.5")).toEqual({ OCID: { p: { R024: 0.2 } }, Tenderer: { A: { R024: 0 }, B: { R024: 0 } } });
  });
});

describe("§1.4 process-level exclusions and pipe lists", () => {
  const short = (ocid: string, details: string) => proc(ocid, [], [], { procurementMethodDetails: details, tenderPeriod: { startDate: "2024-01-01T00:00:00Z", endDate: "2024-01-02T00:00:00Z" } });
  it("pieces are not trimmed: `a | b` excludes \"a \" and \" b\", not \"a\" or \"b\" (Ours today: trimmed)", () => {
    const out = run([short("pa", "a"), short("pb", "b"), short("pa_", "a "), short("p_b", " b")], "[exclusions]\nprocurement_method_details = a | b\n[R003]");
    expect(Object.keys(out.OCID).sort()).toEqual(["pa", "pb"]);
  });
  it("an empty inner piece is an entry, one trailing empty piece is dropped (Ours today: empty pieces dropped)", () => {
    const out = run([short("empty", ""), short("x", "x")], "[exclusions]\nprocurement_method_details = x||y\n[R003]");
    expect(out).toEqual({});
    expect(run([short("empty", "")], "[exclusions]\nprocurement_method_details = x|\n[R003]")).toEqual({ OCID: { empty: { R003: 1 } } });
  });
  it("an excluded or cancelled process does not set the main currency (Ours today: it did)", () => {
    // Line 1 is cancelled, with a USD bid. Line 2: disqualified CNY 90 is the lowest, valid CNY 100 → R036.
    const cancelled = proc("c", [bid("A", 1, "valid", { value: { amount: 1, currency: "USD" } })], [award("A")], { status: "cancelled" });
    const p = proc("p", [bid("B", 90, "disqualified"), bid("A", 100)], [award("A")]);
    expect(run([cancelled, p], "[R036]")).toEqual({ OCID: { p: { R036: 1 } } });
  });
});

describe("§1.5 main currency", () => {
  it("the currency setting is any string (Ours today: three capital letters)", () => {
    expect(parseRiskSettings("currency = yuan", "ini").currency).toBe("yuan");
  });
  it("a bid in another currency is skipped, not the process (Ours today: R036 skipped the process)", () => {
    // Main CNY (first bid looked at). USD 50 skipped; lowest CNY bid is the disqualified 90 → flagged.
    const p = proc("p", [bid("B", 90, "disqualified"), bid("A", 100), bid("C", 50, "valid", { value: { amount: 50, currency: "USD" } })], [award("A")]);
    expect(run([p], "[R036]")).toEqual({ OCID: { p: { R036: 1 } } });
  });
  it("R024 skips another-currency bid one by one (Ours today: the process)", () => {
    const p = proc("p", [bid("A", 100), bid("C", 101, "valid", { value: { amount: 101, currency: "USD" } }), bid("B", 110)], [award("A")]);
    expect(run([p], "currency = CNY\n[R024]\nthreshold = 0.5").OCID).toEqual({ p: { R024: 0.1 } });
  });
  it("R028 compares (amount, currency) pairs and ignores the main currency (Ours today: main currency only)", () => {
    const usd = (t: string) => bid(t, 500, "valid", { value: { amount: 500, currency: "USD" } });
    expect(run([proc("p", [usd("A"), usd("B")])], "currency = CNY\n[R028]")).toEqual({ OCID: { p: { R028: 1 } }, Tenderer: { A: { R028: 1 }, B: { R028: 1 } } });
    // Same number, different currencies: no match.
    expect(run([proc("p", [bid("A", 500), usd("B")])], "[R028]")).toEqual({});
  });
  it("the main currency comes from the first bid a price calculation looks at, not from any bid in the file", () => {
    // Line 1: no active award, so R036 does not look at it (its USD bid does not set the currency).
    const first = proc("f", [bid("X", 1, "valid", { value: { amount: 1, currency: "USD" } })], [award("X", "pending")]);
    const p = proc("p", [bid("B", 90, "disqualified"), bid("A", 100)], [award("A")]);
    expect(run([first, p], "[R036]")).toEqual({ OCID: { p: { R036: 1 } } });
  });
});

describe("§1.6 price-comparison filter", () => {
  const lowDq = (ocid: string, details: string) => proc(ocid, [bid("B", 90, "disqualified"), bid("A", 100)], [award("A")], { procurementMethodDetails: details });
  it("a non-empty allow list decides alone; a value in both lists is compared (Ours today: excluded)", () => {
    const out = run([lowDq("both", "x"), lowDq("deny", "y"), lowDq("none", "z")], "price_comparison_procurement_methods = x\nno_price_comparison_procurement_methods = x|y\n[R036]");
    expect(Object.keys(out.OCID)).toEqual(["both"]);
  });
  it("an empty allow list falls back to the deny list (Ours today: nothing compared)", () => {
    const out = run([lowDq("x", "x"), lowDq("y", "y")], "price_comparison_procurement_methods =\nno_price_comparison_procurement_methods = y\n[R036]");
    expect(Object.keys(out.OCID)).toEqual(["x"]);
  });
  it("with a non-empty allow list, a process without procurementMethodDetails is not compared", () => {
    const p = proc("p", [bid("B", 90, "disqualified"), bid("A", 100)], [award("A")]);
    expect(run([p], "price_comparison_procurement_methods = x\n[R036]")).toEqual({});
  });
});

describe("§1.9 output: Meta and Maps", () => {
  it("Meta is always there, {} when no fence indicator runs (Ours today: left out)", () => {
    expect(run([proc("p", [bid("A")])], "[R036]", { meta: true })).toEqual({ Meta: {} });
  });
  it("a sample with no data gives its keys with null (Ours today: {})", () => {
    expect(run([], "[R024]\n[R025]\n[R048]\n[R058]", { meta: true })).toEqual({
      Meta: {
        R024: { q1: null, q3: null, lower_fence: null },
        R025: { q1: null, q3: null, upper_fence: null, lower_fence: null },
        R048: { q1: null, q3: null, upper_fence: null },
        R058: { q1: null, q3: null, upper_fence: null },
      },
    });
  });
  it("R038 without any eligible entity has no Meta key", () => {
    expect(run([], "[R038]", { meta: true })).toEqual({ Meta: {} });
  });
  it("a threshold writes only the fence, equal to it (Ours today: threshold key plus data quartiles)", () => {
    const p = proc("p", [bid("A", 100), bid("B", 110)], [award("A")]);
    expect(run([p], "[R024]\nthreshold = 0.05\n[R058]\nthreshold = 0.05", { meta: true }).Meta).toEqual({ R024: { lower_fence: 0.05 }, R058: { upper_fence: 0.05 } });
  });
  it("Meta values are rounded to 4 decimals (Ours today: not rounded)", () => {
    // Ratios 1/3 (A 300 vs 400) in three processes: Q1 = Q3 = fence = 0.33333… → 0.3333.
    const ps = ["a", "b", "c"].map((o) => proc(o, [bid("A", 300), bid("B", 400)], [award("A")]));
    const out = run(ps, "[R024]", { meta: true });
    expect(out.Meta).toEqual({ R024: { q1: 0.3333, q3: 0.3333, lower_fence: 0.3333 } });
  });
  it("Maps has the eight keys, with the indicator-specific ones (Ours today: three keys for every process)", () => {
    // R028 flags A and B in p; R038 runs (buyer Bu with one disqualified bid); ocid_tenderer lists submitted tenderers.
    const p = proc("p", [bid("A", 100), bid("B", 100, "disqualified")], [], {}, { buyer: { id: "Bu" } });
    expect(run([p], "[R028]\n[R038]", { map: true }).Maps).toEqual({
      ocid_tenderer: { p: ["A", "B"] },
      ocid_buyer_r038: { p: "Bu" },
      ocid_procuringentity_r038: {},
      ocid_tenderer_r024: {},
      ocid_tenderer_r028: { p: ["A", "B"] },
      ocid_tenderer_r030: {},
      ocid_tenderer_r035: {},
      ocid_tenderer_r058: {},
    });
  });
  it("ocid_tenderer stays empty unless R025, R038 or R048 runs", () => {
    const p = proc("p", [bid("A", 100), bid("B", 100)]);
    expect(run([p], "[R028]", { map: true }).Maps.ocid_tenderer).toEqual({});
  });
});

describe("R003 short submission period", () => {
  const p = (start: string, end: string) => proc("p", [], [], { tenderPeriod: { startDate: start, endDate: end } });
  it("dates must be strict RFC 3339 (Ours today: date-only, offset-less and +0800 accepted)", () => {
    for (const [s, e] of [
      ["2024-01-01", "2024-01-02"],
      ["2024-01-01T00:00:00", "2024-01-02T00:00:00"],
      ["2024-01-01T00:00:00+0800", "2024-01-02T00:00:00+0800"],
      ["2024-01-01T24:00:00Z", "2024-01-02T00:00:00Z"],
    ]) {
      expect(run([p(s as string, e as string)], "[R003]"), `${s} ${e}`).toEqual({});
    }
  });
  it("lowercase t and z, a space, fractions and U+2212 parse (Ours today: lowercase rejected)", () => {
    expect(run([p("2024-01-01t00:00:00z", "2024-01-02 00:00:00.5\u221201:00")], "[R003]")).toEqual({ OCID: { p: { R003: 1 } } });
  });
  it("an end before the start gives negative days and is flagged (Ours today: skipped)", () => {
    expect(run([p("2024-01-11T00:00:00Z", "2024-01-01T00:00:00Z")], "[R003]")).toEqual({ OCID: { p: { R003: 1 } } });
  });
  it("a negative threshold is allowed: −10 days < −5 (Ours today: an error)", () => {
    expect(run([p("2024-01-11T00:00:00Z", "2024-01-01T00:00:00Z")], "[R003]\nthreshold = -5")).toEqual({ OCID: { p: { R003: 1 } } });
    // −9 days 23 h truncates toward zero to −9, not below −10.
    expect(run([p("2024-01-11T00:00:00Z", "2024-01-01T01:00:00Z")], "[R003]\nthreshold = -9")).toEqual({});
  });
  it("14 days 23 hours truncates to 14 < 15; exactly 15 days is not flagged", () => {
    expect(run([p("2024-01-01T00:00:00+08:00", "2024-01-15T23:00:00+08:00")], "[R003]")).toEqual({ OCID: { p: { R003: 1 } } });
    expect(run([p("2024-01-01T00:00:00+08:00", "2024-01-16T00:00:00+08:00")], "[R003]")).toEqual({});
  });
  it("a non-integer threshold is an error", () => {
    expect(() => parseRiskSettings("[R003]\nthreshold = 10.5", "ini")).toThrow(/R003\.threshold/);
  });
});

describe("R024 / R058 price pass", () => {
  it("flags exactly one lowest non-winner, the first in document order (Ours today: every tied one)", () => {
    // p1: A 100, B 110, C 110 → ratio 0.1, runner B. p2, p3: 0.1 as well. All ratios 0.1: Q1 = Q3 = fence = 0.1.
    const ps = [
      proc("p1", [bid("A", 100), bid("B", 110), bid("C", 110)], [award("A")]),
      proc("p2", [bid("A", 100), bid("D", 110)], [award("A")]),
      proc("p3", [bid("A", 100), bid("E", 110)], [award("A")]),
    ];
    const out = run(ps, "[R024]", { meta: true, map: true });
    expect(out.OCID).toEqual({ p1: { R024: 0.1 }, p2: { R024: 0.1 }, p3: { R024: 0.1 } });
    expect(out.Tenderer).toEqual({ A: { R024: 0 }, B: { R024: 0 }, D: { R024: 0 }, E: { R024: 0 } });
    expect(out.Meta.R024).toEqual({ q1: 0.1, q3: 0.1, lower_fence: 0.1 });
    expect(out.Maps.ocid_tenderer_r024).toEqual({ p1: ["A", "B"], p2: ["A", "D"], p3: ["A", "E"] });
  });
  it("when every ratio is equal, ≥ / ≤ the fence flags them (Ours today: v > q3 / v < q1 never held)", () => {
    const ps = ["p1", "p2"].map((o) => proc(o, [bid("A", 100), bid("B", 150)], [award("A")]));
    const out = run(ps, "[R058]", { meta: true });
    expect(out.OCID).toEqual({ p1: { R058: 0.5 }, p2: { R058: 0.5 } });
    expect(out.Tenderer).toEqual({ A: { R058: 0 } });
  });
  it("a fence of 0 or less flags nothing, even with a threshold (Ours today: v ≤ t for any t)", () => {
    const equal = proc("p", [bid("A", 100), bid("B", 100)], [award("A")]); // ratio 0
    expect(run([equal], "[R024]\nthreshold = 0")).toEqual({});
    expect(run([equal], "[R058]\nthreshold = 0")).toEqual({});
    // Without a threshold: Q1 = 0 fails the Q1 > 0 guard.
    expect(run([equal, equal], "[R024]")).toEqual({});
  });
  it("the winner's bid must be the cheapest; otherwise the process is dropped", () => {
    expect(run([proc("p", [bid("A", 120), bid("B", 110)], [award("A")])], "[R024]\nthreshold = 1\n[R058]\nthreshold = 0.0001")).toEqual({});
  });
  it("uses the winner's lowest bid and only valid bids", () => {
    // A bids 130 and 100; B 90 disqualified is not valid; C 120 → (120 − 100) / 100 = 0.2.
    const p = proc("p", [bid("A", 130), bid("B", 90, "disqualified"), bid("A", 100), bid("C", 120)], [award("A")]);
    expect(run([p], "[R058]\nthreshold = 0.15").OCID).toEqual({ p: { R058: 0.2 } });
  });
});

describe("R025 excessive unsuccessful bids", () => {
  /*
   * P1: W1 wins against W2 and L (L bids twice); P2: W2 wins against W3, L; P3: W3 against W4, L; P4: W4 against W1, L.
   * Per tenderer, counting processes: W1..W4 total 2, wins 1 (ratio 0.5); L total 4, wins 0.
   * Totals [2,2,2,2,4]: 75th percentile, h = (5 + 1/3)·0.75 + 1/3 = 4.3333 → 2 + 0.3333·2 = 2.6667.
   * Ratios [0,.5,.5,.5,.5]: Q1 h = 1.6667 → 0 + 0.6667·0.5 = 0.3333; Q3 h = 4.3333 → 0.5; lower fence = 0.3333 − 1.5·0.1667 = 0.0833.
   * Q1 > 0 and fence > 0; L: total 4 ≥ 2.6667 and 0 ≤ 0.0833 → flagged with 0.
   * (Ours today counted L's bids (5) and fenced over the top tenderers only (L alone) → nothing.)
   */
  const ps = () => [
    proc("P1", [bid("W1"), bid("W2"), bid("L"), bid("L")], [award("W1")]),
    proc("P2", [bid("W2"), bid("W3"), bid("L")], [award("W2")]),
    proc("P3", [bid("W3"), bid("W4"), bid("L")], [award("W3")]),
    proc("P4", [bid("W4"), bid("W1"), bid("L")], [award("W4")]),
  ];
  it("counts processes, fences over every tenderer, and flags the low outlier", () => {
    const out = run(ps(), "[R025]", { meta: true });
    expect(out.Tenderer).toEqual({ L: { R025: 0 } });
    expect(out.Meta.R025).toEqual({ q1: 0.3333, q3: 0.5, upper_fence: 2.6667, lower_fence: 0.0833 });
  });
  it("a supplier without a valid bid gets no win (Ours today: credited)", () => {
    // P5: X is awarded but only bid disqualified; W1 bids valid. Adds W1 one process, no win: W1 total 3, wins 1.
    const p5 = proc("P5", [bid("X", undefined, "disqualified"), bid("W1")], [award("X")]);
    const out = run([...ps(), p5], "[R025]\nthreshold = 0.9", { meta: true });
    // Totals [2,2,2,3,4] (W2, W3, W4, W1, L): percentile 75 h = 4.3333 → 3 + 0.3333·1 = 3.3333. Flag total ≥ 3.3333 and ratio ≤ 0.9: L.
    expect(out.Tenderer).toEqual({ L: { R025: 0 } });
    expect(out.Meta.R025).toEqual({ upper_fence: 3.3333, lower_fence: 0.9 });
  });
  it("a percentile over 100 gives NaN and flags nothing; it must be an integer", () => {
    expect(run(ps(), "[R025]\npercentile = 120", { meta: true })).toEqual({ Meta: { R025: { q1: 0.3333, q3: 0.5, upper_fence: null, lower_fence: 0.0833 } } });
    expect(() => parseRiskSettings("[R025]\npercentile = 75.5", "ini")).toThrow(/R025\.percentile/);
  });
});

describe("R028 identical bid prices", () => {
  it("the same consortium in another order at the same price is not flagged (Ours today: flagged)", () => {
    expect(run([proc("p", [bid(["A", "B"], 100), bid(["B", "A"], 100)])], "[R028]")).toEqual({});
  });
  it("a consortium {A,B} against a lone A is flagged, both members too", () => {
    expect(run([proc("p", [bid(["A", "B"], 100), bid("A", 100)])], "[R028]")).toEqual({ OCID: { p: { R028: 1 } }, Tenderer: { A: { R028: 1 }, B: { R028: 1 } } });
  });
  it("compares each bid with the last earlier one at that price: A, B, A flags A and B twice over, C elsewhere nothing", () => {
    const out = run([proc("p", [bid("A", 100), bid("B", 100), bid("C", 200), bid("A", 100)])], "[R028]", { map: true });
    expect(out.Tenderer).toEqual({ A: { R028: 1 }, B: { R028: 1 } });
    expect(out.Maps.ocid_tenderer_r028).toEqual({ p: ["A", "B"] });
  });
  it("1 and 1.0 are the same amount", () => {
    expect(run([`{"ocid":"p","bids":{"details":[{"status":"valid","tenderers":[{"id":"A"}],"value":{"amount":1,"currency":"CNY"}},{"status":"valid","tenderers":[{"id":"B"}],"value":{"amount":1.0,"currency":"CNY"}}]}}`], "[R028]").OCID).toEqual({ p: { R028: 1 } });
  });
  it("[R028] takes no key", () => {
    expect(() => parseRiskSettings("[R028]\nthreshold = 1", "ini")).toThrow(/R028\.threshold/);
  });
});

describe("R030 late bid won", () => {
  const p = (date: string, end: string, supplierStatus = "active") =>
    ({ ocid: "p", tender: { tenderPeriod: { endDate: end } }, bids: { details: [bid(["A", "C"], 1, "valid", { date }), bid("B", 2, "valid", { date })] }, awards: [award("A", supplierStatus)] });
  it("writes the Tenderer group, only for active suppliers (Ours today: OCID only)", () => {
    const out = run([p("2024-02-02T00:00:00Z", "2024-02-01T00:00:00Z")], "[R030]", { map: true });
    expect(out.OCID).toEqual({ p: { R030: 1 } });
    expect(out.Tenderer).toEqual({ A: { R030: 1 } });
    expect(out.Maps.ocid_tenderer_r030).toEqual({ p: ["A"] });
  });
  it("compares the strings, not the instants (Ours today: parsed instants)", () => {
    // 10:00+08:00 is 02:00Z, before 03:00Z, but "…T10…" > "…T03…" as text: late for the reference.
    expect(run([p("2024-02-01T10:00:00+08:00", "2024-02-01T03:00:00Z")], "[R030]").OCID).toEqual({ p: { R030: 1 } });
    // And the other way round: 23:00-08:00 is later as an instant, earlier as text.
    expect(run([p("2024-01-31T23:00:00-08:00", "2024-02-01T03:00:00Z")], "[R030]")).toEqual({});
  });
  it("an award that is not active does not count; a pending award elsewhere does not exclude", () => {
    expect(run([p("2024-02-02T00:00:00Z", "2024-02-01T00:00:00Z", "pending")], "[R030]")).toEqual({});
  });
});

describe("R035 all except winning bid disqualified", () => {
  const base = (awards: Obj[]) => proc("p", [bid("A"), bid("B", undefined, "disqualified"), bid("C", undefined, "disqualified"), bid(null, undefined, "disqualified")], awards);
  it("flags with the number of other disqualified tenderers; an id-less one is ignored (Ours today: process excluded)", () => {
    expect(run([base([award("A")])], "[R035]", { map: true })).toMatchObject({ OCID: { p: { R035: 2 } }, Tenderer: { A: { R035: 0 } }, Maps: { ocid_tenderer_r035: { p: ["A"] } } });
  });
  it("a pending or invalid award excludes the process (Ours today: evaluated)", () => {
    const clean = (awards: Obj[]) => proc("p", [bid("A"), bid("B", undefined, "disqualified"), bid("C", undefined, "disqualified")], awards);
    expect(run([clean([award("A")])], "[R035]").OCID).toEqual({ p: { R035: 2 } });
    expect(run([clean([award("A"), award("B", "pending")])], "[R035]")).toEqual({});
    expect(run([clean([award("A"), award("B", "invalid")])], "[R035]")).toEqual({});
  });
  it("a threshold of 0 acts as 1 (Ours today: an error)", () => {
    expect(run([base([award("A")])], "[R035]\nthreshold = 0").OCID).toEqual({ p: { R035: 2 } });
    expect(run([proc("p", [bid("A")], [award("A")])], "[R035]\nthreshold = 0")).toEqual({});
  });
  it("the valid set must equal the award suppliers as a set", () => {
    expect(run([base([award(["A", "X"])])], "[R035]")).toEqual({});
  });
});

describe("R036 lowest bid disqualified", () => {
  it("a pending bid can be the lowest, and then nothing is flagged (Ours today: flagged)", () => {
    const p = proc("p", [bid("P", 80, "pending"), bid("B", 90, "disqualified"), bid("A", 100)], [award("A")]);
    expect(run([p], "[R036]")).toEqual({});
  });
  it("a disqualified bid tied with a valid one and listed first is the lowest (Ours today: not flagged)", () => {
    expect(run([proc("p", [bid("B", 100, "disqualified"), bid("A", 100)], [award("A")])], "[R036]")).toEqual({ OCID: { p: { R036: 1 } } });
    expect(run([proc("p", [bid("A", 100), bid("B", 100, "disqualified")], [award("A")])], "[R036]")).toEqual({});
  });
  it("needs one active award; other awards may be pending", () => {
    expect(run([proc("p", [bid("B", 90, "disqualified"), bid("A", 100)], [award("A"), award("B", "pending")])], "[R036]").OCID).toEqual({ p: { R036: 1 } });
    expect(run([proc("p", [bid("B", 90, "disqualified"), bid("A", 100)], [award("A", "pending")])], "[R036]")).toEqual({});
  });
});

describe("R038 excessive disqualified bids", () => {
  it("a buyer with one process and two submitted bids is eligible, and a single ratio is flagged (Ours today: neither)", () => {
    // Buyer Bu, PE Pe: 2 submitted bids, 1 disqualified → 0.5; Q1 = Q3 = fence = 0.5 > 0; 0.5 ≥ 0.5.
    // Tenderers A and C each have 1 submitted bid < 2: not eligible, so no Tenderer keys.
    const p = proc("p", [bid("A"), bid("C", undefined, "disqualified")], [], { procuringEntity: { id: "Pe" } }, { buyer: { id: "Bu" } });
    expect(run([p], "[R038]", { meta: true })).toEqual({
      Buyer: { Bu: { R038: 0.5 } },
      ProcuringEntity: { Pe: { R038: 0.5 } },
      Meta: { R038: { Buyer_q1: 0.5, Buyer_q3: 0.5, Buyer_upper_fence: 0.5, ProcuringEntity_q1: 0.5, ProcuringEntity_q3: 0.5, ProcuringEntity_upper_fence: 0.5 } },
    });
  });
  it("pending bids count as submitted, numeric buyer ids do not count, a threshold above 1 is allowed (Ours today: [0, 1])", () => {
    const p = proc("p", [bid("A", undefined, "pending"), bid("A", undefined, "disqualified"), bid("A", undefined, "withdrawn")], [], {}, { buyer: { id: 7 } });
    // Tenderer A: 2 submitted, 1 disqualified → 0.5. Threshold 0.5 → flagged; Meta only the fence.
    expect(run([p], "[R038]\nthreshold = 0.5", { meta: true })).toEqual({ Tenderer: { A: { R038: 0.5 } }, Meta: { R038: { Tenderer_upper_fence: 0.5 } } });
    expect(run([p], "[R038]\nthreshold = 1.5")).toEqual({});
  });
  it("an upper fence of 0 flags nothing", () => {
    const p = proc("p", [bid("A"), bid("C")], [], {}, { buyer: { id: "Bu" } });
    expect(run([p], "[R038]", { meta: true })).toEqual({ Meta: { R038: { Buyer_q1: 0, Buyer_q3: 0, Buyer_upper_fence: 0 } } });
  });
});

describe("R048 heterogeneous supplier", () => {
  const items = (...ids: unknown[]) => ids.map((id) => ({ classification: { id } }));
  it("skips awards with several suppliers and keeps ids shorter than digits whole (Ours today: credited, dropped)", () => {
    // S1: prefixes {"45", "7"} = 2 ≥ threshold 2. S2/S3's joint award is skipped (would give them 3).
    const p = proc("p", [], [award("S1", "active", { items: items("45000000", "7") }), award(["S2", "S3"], "active", { items: items("45", "50", "60") })]);
    expect(run([p], "[R048]\nminimum_contracting_processes = 1\nthreshold = 2", { meta: true })).toEqual({ Tenderer: { S1: { R048: 2 } }, Meta: { R048: { upper_fence: 2 } } });
  });
  it("numeric classification ids are not read; a supplier without classified items is not counted (Ours today: both)", () => {
    const p = proc("p", [], [award("S1", "active", { items: items(45000000) }), award("S2", "active", { items: [] })]);
    expect(run([p], "[R048]\nminimum_contracting_processes = 0\nthreshold = 0")).toEqual({});
  });
  it("threshold 0 flags every eligible supplier: no positivity guard", () => {
    const p = proc("p", [], [award("S1", "active", { items: items("45") })]);
    expect(run([p], "[R048]\nminimum_contracting_processes = 1\nthreshold = 0").Tenderer).toEqual({ S1: { R048: 1 } });
  });
  it("a single eligible variety is its own fence and is flagged (Ours today: v > q3 never held)", () => {
    const p = proc("p", [], [award("S1", "active", { items: items("45", "46") })]);
    expect(run([p], "[R048]\nminimum_contracting_processes = 1", { meta: true })).toEqual({ Tenderer: { S1: { R048: 2 } }, Meta: { R048: { q1: 2, q3: 2, upper_fence: 2 } } });
  });
  it("digits counts Unicode characters", () => {
    const p = proc("p", [], [award("S1", "active", { items: items("𝟘𝟙x", "𝟘𝟙y", "𝟘𝟚") })]);
    expect(run([p], "[R048]\nminimum_contracting_processes = 1\nthreshold = 2\ndigits = 2").Tenderer).toEqual({ S1: { R048: 2 } });
  });
  it("threshold must be an integer (Ours today: any number)", () => {
    expect(() => parseRiskSettings("[R048]\nthreshold = 2.5", "ini")).toThrow(/R048\.threshold/);
  });
});
