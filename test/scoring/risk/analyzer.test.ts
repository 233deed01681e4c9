import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { RiskAnalyzer, analyzeReleases, analyzeRiskLines, analyzeRiskStream, defaultRiskScorecard, parseRiskSettings, toCardinalOutput } from "../../../src/scoring/risk/index";
import { emptyTruth, generateReleases } from "../../../examples/risk/generate";
import { lines, release } from "./fixtures";

const good = release({ ocid: "ok", bids: [{ t: "A", amount: 1, ggzy: { agent: { id: "X", name: "x" } } }, { t: "B", amount: 2, ggzy: { agent: { id: "X", name: "x" } } }], awards: [{ s: "A" }] });

describe("streaming input and bad lines", () => {
  it("reports a malformed line with its number and goes on", () => {
    const r = analyzeRiskLines([JSON.stringify(good), "{not json", "", "[1,2]", '{"ocid": 5}', JSON.stringify({ ...good, ocid: "ok2" })]);
    expect(r.summary.processes).toBe(2);
    expect(r.summary.skipped).toBe(3);
    expect(r.summary.emptyLines).toBe(1);
    expect(r.summary.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, "invalid-json"],
      [4, "not-an-object"],
      [5, "no-ocid"],
    ]);
    expect(r.processes.map((p) => p.ocid).sort()).toEqual(["ok", "ok2"]);
  });
  it("reports invalid UTF-8 by line number, accepts valid bytes and a BOM", () => {
    const enc = new TextEncoder();
    const bad = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const r = analyzeRiskLines([enc.encode(`\uFEFF${JSON.stringify(good)}`), bad]);
    expect(r.summary.processes).toBe(1);
    expect(r.summary.problems).toEqual([{ line: 2, reason: "invalid-utf8", message: expect.any(String) }]);
  });
  it("gives an empty result for empty input", () => {
    const r = analyzeRiskLines([]);
    expect(r.summary).toMatchObject({ lines: 0, processes: 0, skipped: 0 });
    expect(r.processes).toEqual([]);
    expect(toCardinalOutput(r, { meta: false })).toEqual({});
  });
  it("reads an async stream the same as an array", async () => {
    async function* gen() {
      yield JSON.stringify(good);
      yield "oops";
    }
    const a = await analyzeRiskStream(gen());
    const b = analyzeRiskLines([JSON.stringify(good), "oops"]);
    expect(a).toEqual(b);
  });
  it("refuses data after finish and a bad scorecard before reading", () => {
    const a = new RiskAnalyzer();
    a.finish();
    expect(() => a.addRelease(good)).toThrow(GgzyError);
    expect(() => new RiskAnalyzer({ scorecard: { ...defaultRiskScorecard, bounds: { min: 10, max: 0 } } })).toThrow(GgzyError);
  });
});

describe("scores and ranking", () => {
  it("scores a process by its hits with a breakdown, and ranks organisations", () => {
    // Only CN40-2 runs: with one price-compared process, R024/R058 flag it (a single ratio is its own fence).
    const r = analyzeReleases([good], { asOf: "2024-06-30", settings: parseRiskSettings("[CN40-2]", "ini") });
    const p = r.processes[0];
    expect(p?.signals).toEqual(["CN40-2"]);
    expect(p?.score).toBe(30);
    expect(p?.grade).toBe("medium");
    expect(p?.breakdown.map((b) => [b.kind, b.points])).toEqual([["CN40-2", 30]]);
    expect(r.organisations.map((o) => [o.id, o.score, o.signals])).toEqual([
      ["A", 30, { "CN40-2": 1 }],
      ["B", 30, { "CN40-2": 1 }],
    ]);
    expect(r.summary.asOf).toBe("2024-06-30");
  });
  it("defaults the as-of date to the latest release date (Asia/Shanghai), never the clock", () => {
    const r = analyzeReleases([{ ...good, date: "2024-03-01T20:00:00Z" }]);
    expect(r.summary.asOf).toBe("2024-03-02");
    expect(r.summary.asOfFrom).toBe("data");
  });
  it("says where the as-of date came from: the option, the data, or nowhere (no dated release: 1970-01-01)", () => {
    expect(analyzeReleases([good], { asOf: "2024-06-30" }).summary.asOfFrom).toBe("option");
    const undated = analyzeReleases([{ ...good, date: undefined }]).summary;
    expect([undated.asOf, undated.asOfFrom]).toEqual(["1970-01-01", "none"]);
  });
});

describe("invariants", () => {
  const truth = emptyTruth("inv");
  const data = [...generateReleases({ seed: "inv", cleanProcesses: 300, rings: 2 }, truth)].map((r) => JSON.stringify(r));
  const summaryOf = (ls: string[]) => {
    const r = analyzeRiskLines(ls);
    return {
      processes: r.processes.map((p) => [p.ocid, p.score, p.signals, p.hits.map((h) => [h.signal, h.organisations, h.evidence])]).sort(),
      organisations: r.organisations.map((o) => [o.id, o.score]).sort(),
      cardinal: toCardinalOutput(r),
    };
  };
  const reference = summaryOf(data);
  it("property: the order of the lines does not change any result", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffled = [...data];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1664525 + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
        }
        expect(summaryOf(shuffled)).toEqual(reference);
      }),
      { seed: 11, numRuns: 5 },
    );
  });
  it("property: analysing never throws on arbitrary JSON lines", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.json(), fc.string()), { maxLength: 20 }), (ls) => {
        const r = analyzeRiskLines(ls);
        expect(r.summary.processes + r.summary.skipped + r.summary.emptyLines).toBe(ls.length);
      }),
      { seed: 12, numRuns: 200 },
    );
  });
  it("property: OCDS-shaped garbage never throws", () => {
    const anyish = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 4 }), fc.constant([]), fc.constant({}));
    const bid = fc.record({ id: anyish, status: fc.oneof(anyish, fc.constantFrom("valid", "disqualified")), tenderers: fc.oneof(anyish, fc.array(fc.record({ id: anyish }), { maxLength: 3 })), value: fc.oneof(anyish, fc.record({ amount: anyish, currency: anyish })), ggzy: fc.oneof(anyish, fc.record({ agent: anyish, bondAccount: anyish })) });
    const rel = fc.record({ ocid: fc.oneof(fc.constant("x"), anyish), tender: fc.oneof(anyish, fc.record({ status: anyish, procurementMethod: fc.oneof(anyish, fc.constant("open")), tenderPeriod: anyish, ggzy: fc.oneof(anyish, fc.record({ committee: fc.oneof(anyish, fc.array(fc.record({ expertId: anyish, local: anyish }))) })) })), bids: fc.oneof(anyish, fc.record({ details: fc.oneof(anyish, fc.array(bid, { maxLength: 4 })) })), awards: fc.oneof(anyish, fc.array(fc.record({ status: anyish, suppliers: fc.oneof(anyish, fc.array(fc.record({ id: anyish }))) }), { maxLength: 2 })) });
    fc.assert(
      fc.property(fc.array(rel, { maxLength: 8 }), (rs) => {
        expect(() => analyzeRiskLines(lines(rs))).not.toThrow();
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe("the library's own model records", () => {
  it("accepts a ContractingProcess (written to OCDS by the model) and reads its art. 40 fields", async () => {
    const { readOcdsRelease } = await import("../../../src/model/ocdsRead");
    const { liaochengRelease } = await import("../../model/ocdsRelease.fixture");
    const { process } = readOcdsRelease(liaochengRelease(), { region: "371502" });
    const clean = analyzeReleases([process]);
    expect(clean.summary.processes).toBe(1);
    expect(clean.processes.flatMap((p) => p.signals)).not.toContain("CN40-2");
    const agent = { id: "PER-99", name: "同一人" };
    const rigged = { ...process, bids: process.bids.map((b) => ({ ...b, agent })) };
    const r = analyzeReleases([rigged]);
    expect(r.processes[0]?.signals).toContain("CN40-2");
  });
  it("a model record's local date-times and bids reach R003 and R018 as Cardinal reads them (RFC 3339 with +08:00, numberOfTenderers)", async () => {
    const { readOcdsRelease } = await import("../../../src/model/ocdsRead");
    const { liaochengRelease } = await import("../../model/ocdsRelease.fixture");
    const { process } = readOcdsRelease(liaochengRelease(), { region: "371502" });
    // Ten days to bid, written as the platform keeps them (no offset: Asia/Shanghai), and one bidder left.
    const local = {
      ...process,
      project: { ...process.project, dates: { ...process.project.dates, bidPeriodStart: "2024-03-01T09:00", bidDeadline: "2024-03-11T09:00" } },
      bids: process.bids.slice(0, 1),
    };
    const settings = parseRiskSettings("[R003]\n[R018]", "ini");
    const out = toCardinalOutput(analyzeReleases([local], { settings }), { meta: false, map: false });
    // R003: 10 whole days < 15; R018: the one bid's tenderer makes numberOfTenderers = 1 in an open procedure.
    expect(out).toEqual({ OCID: { [process.project.id]: { R003: 1, R018: 1 } } });
  });
  it("reports a malformed model record as a skipped line", () => {
    const r = analyzeReleases([{ project: { id: 1 } }]);
    expect(r.summary.problems.map((p) => p.reason)).toEqual(["invalid-model"]);
  });
});
