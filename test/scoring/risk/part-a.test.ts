import { describe, expect, it } from "vitest";
import { analyzeReleases, parseRiskSettings, toCardinalOutput } from "../../../src/scoring/risk/index";
import { priced, release } from "./fixtures";
import type { ReleaseSpec } from "./fixtures";

/** Runs only the indicators named in `ini` and returns the reference-shaped output. */
function cardinal(releases: ReadonlyArray<unknown>, ini: string, meta = false): Record<string, any> {
  const settings = parseRiskSettings(ini, "ini");
  return toCardinalOutput(analyzeReleases(releases, { settings }), { meta }) as Record<string, any>;
}

describe("R003 short submission period", () => {
  const p = (start: string, end: string, extra: Partial<ReleaseSpec> = {}) => release({ ocid: "p", start, end, ...extra });
  it("flags 14 whole days (14 d 23 h truncates to 14 < 15)", () => {
    expect(cardinal([p("2024-01-01T00:00:00+08:00", "2024-01-15T23:00:00+08:00")], "[R003]")).toEqual({ OCID: { p: { R003: 1 } } });
  });
  it("does not flag exactly 15 days", () => {
    expect(cardinal([p("2024-01-01T00:00:00+08:00", "2024-01-16T00:00:00+08:00")], "[R003]")).toEqual({});
  });
  it("compares offsets exactly, independent of the machine's zone; a date-time without offset is skipped", () => {
    // 2024-01-01T00:00+08:00 to 2024-01-15T16:00Z = 2024-01-16T00:00+08:00: exactly 15 days.
    expect(cardinal([p("2024-01-01T00:00:00+08:00", "2024-01-15T16:00:00Z")], "[R003]")).toEqual({});
    expect(cardinal([p("2024-01-01T00:00:00+08:00", "2024-01-15T15:59:00Z")], "[R003]")).toEqual({ OCID: { p: { R003: 1 } } });
    // Strict RFC 3339 (CARDINAL.md R003): no offset, no parse, no flag.
    expect(cardinal([p("2024-01-01T00:00:00", "2024-01-02T00:00:00Z")], "[R003]")).toEqual({});
  });
  it("uses the per-procurementMethodDetails threshold", () => {
    const five = p("2024-01-01T00:00:00+08:00", "2024-01-06T00:00:00+08:00", { details: "询价" });
    expect(cardinal([five], "[R003]\n[R003.procurement_method_details]\n询价 = 3")).toEqual({});
    expect(cardinal([five], "[R003]\n[R003.procurement_method_details]\n询价 = 6")).toEqual({ OCID: { p: { R003: 1 } } });
  });
  it("applies the procurement-method filter", () => {
    const short = p("2024-01-01T00:00:00+08:00", "2024-01-03T00:00:00+08:00", { method: "limited" });
    expect(cardinal([short], "[R003]\nprocurement_methods = open")).toEqual({});
    expect(cardinal([short], "[R003]\nprocurement_methods = open|limited")).toEqual({ OCID: { p: { R003: 1 } } });
  });
  it("leaves out cancelled tenders, excluded method details, missing dates and non-string ocids", () => {
    const s = "2024-01-01T00:00:00+08:00";
    const e = "2024-01-03T00:00:00+08:00";
    expect(cardinal([p(s, e, { status: "cancelled" })], "[R003]")).toEqual({});
    expect(cardinal([p(s, e, { details: "单一来源" })], "[exclusions]\nprocurement_method_details = 单一来源\n[R003]")).toEqual({});
    expect(cardinal([release({ ocid: "p", start: s })], "[R003]")).toEqual({});
    expect(cardinal([release({ ocid: 7, start: s, end: e })], "[R003]")).toEqual({});
  });
  it("does not run when its section is absent", () => {
    expect(cardinal([p("2024-01-01T00:00:00+08:00", "2024-01-02T00:00:00+08:00")], "[R018]")).toEqual({});
  });
});

describe("R018 single bid", () => {
  // The reference reads tender.numberOfTenderers only (CARDINAL.md R018); bids are not looked at.
  const one = (extra: Partial<ReleaseSpec> = {}, n: unknown = 1) => {
    const r = release({ ocid: "p", ...extra });
    (r.tender as Record<string, unknown>).numberOfTenderers = n;
    return r;
  };
  it("flags numberOfTenderers 1 in an open procedure, whatever the bids", () => {
    expect(cardinal([one({ bids: [{ t: "A" }, { t: "B" }] })], "[R018]")).toEqual({ OCID: { p: { R018: 1 } } });
  });
  it("does not flag 2 tenderers, a non-competitive method, or a missing field", () => {
    expect(cardinal([one({}, 2)], "[R018]")).toEqual({});
    expect(cardinal([one({ method: "limited" })], "[R018]")).toEqual({});
    expect(cardinal([release({ ocid: "p", bids: [{ t: "A" }] })], "[R018]")).toEqual({});
  });
});

describe("R024 price close to winning bid and R058 heavily discounted bid", () => {
  // Differences (second − win) / win: 0, .10, .11, .12, .13, .14, .50 — type 8 quartiles by hand:
  // Q1: h = (7 + 1/3)·0.25 + 1/3 = 2.1667 → 0.10 + 0.1667·0.01 = 0.101667; Q3: h = 5.8333 → 0.13 + 0.8333·0.01 = 0.138333
  // IQR 0.036667; lower fence 0.046667 (0 is below); upper fence 0.193333 (0.50 is above).
  const base = () => [
    priced("W1", 1000, [["L1", 1000]], { ocid: "p0" }),
    priced("W2", 1000, [["L2", 1100]], { ocid: "p10" }),
    priced("W3", 1000, [["L3", 1110]], { ocid: "p11" }),
    priced("W4", 1000, [["L4", 1120]], { ocid: "p12" }),
    priced("W5", 1000, [["L5", 1130]], { ocid: "p13" }),
    priced("W6", 1000, [["L6", 1140], ["L7", 1300]], { ocid: "p14" }),
    priced("W8", 1000, [["L8", 1500]], { ocid: "p50" }),
  ];
  it("flags the low outlier, winner and runner-up with value 0", () => {
    const out = cardinal(base(), "[R024]", true);
    expect(out.OCID).toEqual({ p0: { R024: 0 } });
    expect(out.Tenderer).toEqual({ W1: { R024: 0 }, L1: { R024: 0 } });
    // Meta is rounded to 4 decimals (CARDINAL.md §1.9).
    expect(out.Meta.R024).toEqual({ q1: 0.1017, q3: 0.1383, lower_fence: 0.0467 });
  });
  it("R058 flags the high outlier and its winner (value 0)", () => {
    const out = cardinal(base(), "[R058]", true);
    expect(Object.keys(out.OCID)).toEqual(["p50"]);
    expect(out.OCID.p50.R058).toBeCloseTo(0.5, 12);
    expect(out.Tenderer).toEqual({ W8: { R058: 0 } });
    expect(out.Meta.R058.upper_fence).toBe(0.1933);
  });
  it("a threshold replaces the fence", () => {
    const out = cardinal(base(), "[R024]\nthreshold = 0.105");
    expect(Object.keys(out.OCID).sort()).toEqual(["p0", "p10"]);
  });
  it("leaves out every excluded process (flags and fences unchanged)", () => {
    const excluded = [
      priced("X1", 1000, [["Y1", 900]]), // winning bid not the lowest
      release({ bids: [{ t: "X2", amount: 1000 }, { t: "Y2", amount: 1000 }], awards: [{ s: "X2" }, { s: "Y2", status: "pending" }] }), // award pending
      release({ bids: [{ t: "X3", amount: 1000 }, { t: "Y3", amount: 1000 }], awards: [{ s: "X3" }, { s: "Y3" }] }), // two active awards
      release({ bids: [{ t: ["X4", "Z4"], amount: 1000 }, { t: "Y4", amount: 1000 }], awards: [{ s: "X4" }] }), // consortium bid
      release({ bids: [{ t: "X5", amount: 1000 }, { t: "Y5", amount: 1000 }], awards: [{ s: ["X5", "Y5"] }] }), // two suppliers
      release({ bids: [{ t: "X6", amount: 1000, currency: "USD" }, { t: "Y6", amount: 1000 }], awards: [{ s: "X6" }] }), // not the main currency
      priced("X7", 1000, [["Y7", 1000]], { status: "cancelled" }),
      priced("X8", 1000, [["Y8", 1000]], { details: "询价" }), // price set by the buyer: no price comparison
      release({ bids: [{ t: "X9", amount: 1000 }, { t: "Y9", amount: 1000 }], awards: [{ s: "X9" }, { s: "Y9", status: "bogus" }] }), // invalid award status
    ];
    const withThem = cardinal([...base(), ...excluded], "no_price_comparison_procurement_methods = 询价\n[R024]", true);
    const without = cardinal(base(), "no_price_comparison_procurement_methods = 询价\n[R024]", true);
    expect(withThem).toEqual(without);
  });
  it("price_comparison_procurement_methods keeps only the listed details", () => {
    const out = cardinal(base(), "price_comparison_procurement_methods = 公开招标\n[R024]\nthreshold = 1");
    expect(out).toEqual({});
  });
});

describe("R025 excessive unsuccessful bids", () => {
  // A, B, C, D, E: 8 valid bids each; A wins 0, the others 4. F and G: 1 bid each (below the 75th percentile).
  const procs = () => {
    const list: Array<Record<string, unknown>> = [];
    const win = (w: string, ...l: string[]) => list.push(priced(w, 100, l.map((t, i) => [t, 110 + i] as [string, number])));
    for (let i = 0; i < 2; i++) {
      win("B", "A", "C");
      win("C", "A", "B");
      win("D", "A", "E");
      win("E", "A", "D");
    }
    win("B", "D"), win("D", "B"), win("B", "E"), win("E", "B");
    win("C", "D"), win("D", "C"), win("C", "E"), win("E", "C");
    win("G", "F");
    return list;
  };
  it("fences over every tenderer: F's and G's ratios pull the fence below 0, and nobody is flagged", () => {
    // Processes per tenderer [1,1,8,8,8,8,8]: 75th percentile (type 8) = 8. Ratios of all seven (CARDINAL.md R025):
    // [0 (A), 0 (F), .5, .5, .5, .5, 1 (G)]: Q1 h = 2.1667 → 0 + .1667·.5 = .0833; Q3 h = 5.8333 → .5 + .8333·0 = .5;
    // lower fence = .0833 − 1.5·.4167 = −.5417 ≤ 0: the guard stops every flag.
    const out = cardinal(procs(), "[R025]", true);
    expect(out.Tenderer).toBeUndefined();
    expect(out.Meta.R025).toEqual({ q1: 0.0833, q3: 0.5, upper_fence: 8, lower_fence: -0.5417 });
  });
  it("with a threshold, flags the frequent tenderer whose win ratio is at or below it", () => {
    expect(cardinal(procs(), "[R025]\nthreshold = 0.1").Tenderer).toEqual({ A: { R025: 0 } });
  });
  it("flags nobody when every top tenderer wins alike", () => {
    const out = cardinal(procs().slice(8), "[R025]");
    expect(out.Tenderer).toBeUndefined();
  });
});

describe("R028 identical bid prices", () => {
  it("flags different tenderers bidding the same amount", () => {
    const out = cardinal([release({ ocid: "p", bids: [{ t: "A", amount: 500 }, { t: "B", amount: 500 }, { t: "C", amount: 600 }] })], "[R028]");
    expect(out).toEqual({ OCID: { p: { R028: 1 } }, Tenderer: { A: { R028: 1 }, B: { R028: 1 } } });
  });
  it("does not flag one tenderer's two equal bids, or equal numbers in another currency", () => {
    expect(cardinal([release({ bids: [{ t: "A", amount: 500 }, { t: "A", amount: 500 }, { t: "B", amount: 600 }] })], "[R028]")).toEqual({});
    expect(cardinal([release({ bids: [{ t: "A", amount: 500 }, { t: "B", amount: 500, currency: "USD" }] })], "currency = CNY\n[R028]")).toEqual({});
  });
});

describe("R030 late bid won", () => {
  const p = (date: string, winner = "A") =>
    release({ ocid: "p", start: "2024-01-01T00:00:00+08:00", end: "2024-02-01T09:00:00+08:00", bids: [{ t: "A", amount: 1, date }, { t: "B", amount: 2, date: "2024-02-01T10:00:00+08:00" }], awards: [{ s: winner }] });
  it("flags a winner's valid bid received after the deadline", () => {
    expect(cardinal([p("2024-02-01T09:00:01+08:00")], "[R030]")).toEqual({ OCID: { p: { R030: 1 } }, Tenderer: { A: { R030: 1 } } });
    expect(cardinal([p("2024-02-01T09:00:00+08:00", "B")], "[R030]")).toEqual({ OCID: { p: { R030: 1 } }, Tenderer: { B: { R030: 1 } } });
  });
  it("does not flag an on-time winner, a late loser, or a process without deadline", () => {
    expect(cardinal([p("2024-02-01T09:00:00+08:00")], "[R030]")).toEqual({});
    expect(cardinal([release({ ocid: "p", bids: [{ t: "A", date: "2030-01-01T00:00:00Z" }], awards: [{ s: "A" }] })], "[R030]")).toEqual({});
  });
});

describe("R035 all except winner disqualified", () => {
  const p = () => release({ ocid: "p", bids: [{ t: "A" }, { t: "B", status: "disqualified" }, { t: "C", status: "disqualified" }], awards: [{ s: "A" }] });
  it("flags with the count of disqualified tenderers (winner 0)", () => {
    expect(cardinal([p()], "[R035]")).toEqual({ OCID: { p: { R035: 2 } }, Tenderer: { A: { R035: 0 } } });
  });
  it("respects the threshold, and needs the winner to be the only valid tenderer", () => {
    expect(cardinal([p()], "[R035]\nthreshold = 3")).toEqual({});
    const two = release({ bids: [{ t: "A" }, { t: "D" }, { t: "B", status: "disqualified" }], awards: [{ s: "A" }] });
    expect(cardinal([two], "[R035]")).toEqual({});
  });
});

describe("R036 lowest bid disqualified", () => {
  it("flags when a disqualified bid is below every valid bid", () => {
    const r = release({ ocid: "p", bids: [{ t: "A", amount: 100 }, { t: "B", amount: 90, status: "disqualified" }], awards: [{ s: "A" }] });
    expect(cardinal([r], "[R036]")).toEqual({ OCID: { p: { R036: 1 } } });
  });
  it("does not flag without an active award, or when the disqualified bid ties the lowest valid one", () => {
    expect(cardinal([release({ bids: [{ t: "A", amount: 100 }, { t: "B", amount: 90, status: "disqualified" }], awards: [{ s: "A", status: "pending" }] })], "[R036]")).toEqual({});
    expect(cardinal([release({ bids: [{ t: "A", amount: 100 }, { t: "B", amount: 100, status: "disqualified" }], awards: [{ s: "A" }] })], "[R036]")).toEqual({});
  });
});

describe("R038 excessive disqualified bids", () => {
  // Buyers B2..B5: 1 of 4 bids disqualified over 2 processes; B1: 4 of 4; B6: one bid only (eligibility counts
  // submitted bids, minimum 2: CARDINAL.md R038).
  const procs = () => {
    const list: Array<Record<string, unknown>> = [];
    const proc = (buyer: string, disq: number) =>
      list.push(release({ buyer, pe: buyer, bids: [{ t: "T1", status: disq > 0 ? "disqualified" : "valid" }, { t: "T2", status: disq > 1 ? "disqualified" : "valid" }] }));
    proc("B1", 2), proc("B1", 2);
    for (const b of ["B2", "B3", "B4", "B5"]) proc(b, 1), proc(b, 0);
    list.push(release({ buyer: "B6", pe: "B6", bids: [{ t: "T1", status: "disqualified" }] }));
    return list;
  };
  it("flags the buyer and procuring entity whose ratio is ≥ the upper fence", () => {
    // Ratios [.25,.25,.25,.25,1]: Q1 = .25, Q3 = .25 + .3333·.75 = .5, upper fence = .5 + 1.5·.25 = .875.
    const out = cardinal(procs(), "[R038]", true);
    expect(out.Buyer).toEqual({ B1: { R038: 1 } });
    expect(out.ProcuringEntity).toEqual({ B1: { R038: 1 } });
    expect(out.Meta.R038.Buyer_upper_fence).toBe(0.875);
  });
  it("a minimum of 5 leaves no buyer eligible (the setting counts submitted bids, not processes)", () => {
    expect(cardinal(procs(), "[R038]\nminimum_contracting_processes = 5").Buyer).toBeUndefined();
    expect(cardinal(procs(), "[R038]\nminimum_contracting_processes = 4").Buyer).toEqual({ B1: { R038: 1 } });
  });
});

describe("R048 heterogeneous supplier", () => {
  const procs = () => {
    const list: Array<Record<string, unknown>> = [];
    list.push(release({ awards: [{ s: "S1", classes: ["45000000", "33000000"] }] }), release({ awards: [{ s: "S1", classes: ["30000000", "48000000"] }] }));
    for (const s of ["S2", "S3", "S4", "S5"]) list.push(release({ awards: [{ s, classes: ["45100000"] }] }), release({ awards: [{ s, classes: ["45200000"] }] }));
    return list;
  };
  it("flags the supplier whose first-level variety is ≥ the upper fence", () => {
    // Varieties [1,1,1,1,4]: Q1 = 1, Q3 = 1 + .3333·3 = 2, upper fence = 3.5 → S1 (4).
    expect(cardinal(procs(), "[R048]\nminimum_contracting_processes = 2").Tenderer).toEqual({ S1: { R048: 4 } });
  });
  it("by default needs 20 awarded processes", () => {
    expect(cardinal(procs(), "[R048]")).toEqual({});
  });
});

describe("cardinal output shape", () => {
  it("has Meta by default, none with meta false, Maps with map", () => {
    const r = release({ ocid: "p", buyer: "B", pe: "P", bids: [{ t: "A" }] });
    (r.tender as Record<string, unknown>).numberOfTenderers = 1;
    const result = analyzeReleases([r], { maps: true });
    const full = toCardinalOutput(result, { map: true }) as Record<string, any>;
    expect(full.OCID).toEqual({ p: { R018: 1 } });
    expect(full.Meta).toBeDefined();
    expect(full.Maps.ocid_tenderer).toEqual({ p: ["A"] });
    expect(Object.keys(full.Maps).sort()).toEqual(["ocid_buyer_r038", "ocid_procuringentity_r038", "ocid_tenderer", "ocid_tenderer_r024", "ocid_tenderer_r028", "ocid_tenderer_r030", "ocid_tenderer_r035", "ocid_tenderer_r058"]);
    expect(toCardinalOutput(result, { meta: false })).toEqual({ OCID: { p: { R018: 1 } } });
  });
});

describe("properties of the per-process indicators", () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  it("R003: flagged exactly when the whole days between start and end are below the threshold", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.integer({ min: 1_500_000_000_000, max: 1_800_000_000_000 }), fc.integer({ min: 0, max: 40 * 86_400_000 }), fc.integer({ min: 1, max: 30 }), (start, duration, threshold) => {
        const out = cardinal([release({ ocid: "p", start: iso(start), end: iso(start + duration) })], `[R003]\nthreshold = ${threshold}`);
        const expected = Math.floor(duration / 86_400_000) < threshold;
        expect(out.OCID?.p?.R003 === 1).toBe(expected);
      }),
      { seed: 3, numRuns: 150 },
    );
  });
  it("R018: flagged exactly when numberOfTenderers is 1 in an open or selective procedure", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.constantFrom("open", "selective", "limited", "direct"), fc.constantFrom(0, 1, 2, 3), (method, n) => {
        const r = release({ ocid: "p", method, bids: [{ t: "A" }, { t: "B" }] });
        (r.tender as Record<string, unknown>).numberOfTenderers = n;
        const out = cardinal([r], "[R018]");
        expect(out.OCID?.p?.R018 === 1).toBe(n === 1 && (method === "open" || method === "selective"));
      }),
      { seed: 18, numRuns: 60 },
    );
  });
});
