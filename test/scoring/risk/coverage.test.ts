import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { coverageShare, indicatorCoverage, riskCoverage, riskCoverageStream } from "../../../src/scoring/risk/index";
import { emptyTruth, generateReleases } from "../../../examples/risk/generate";

/* Counts worked out by hand from CARDINAL.md §3.2 (coverage). */
describe("riskCoverage counts as Cardinal's coverage", () => {
  it("counts non-empty strings, numbers, booleans; objects and arrays when a child counts; never null", () => {
    const line = JSON.stringify({ ocid: "a", n: 0, b: false, z: null, e: "", tender: { id: "t", title: "" }, empty: {}, bids: { details: [{ id: 1 }, { id: null }, { id: "3" }] } });
    // Root: "" (the line) and "/" (the root object). tender counts (id) → "/tender" and "/tender/".
    // details: elements 1 and 3 count → "/bids/details[]" 2, their objects "/bids/details[]/" 2, ids 2; the array 1.
    expect(riskCoverage([line]).counts).toEqual({
      "": 1,
      "/": 1,
      "/b": 1,
      "/bids": 1,
      "/bids/": 1,
      "/bids/details": 1,
      "/bids/details[]": 2,
      "/bids/details[]/": 2,
      "/bids/details[]/id": 2,
      "/n": 1,
      "/ocid": 1,
      "/tender": 1,
      "/tender/": 1,
      "/tender/id": 1,
    });
  });
  it("adds up over lines, takes any JSON value, and skips invalid lines with their number", () => {
    const r = riskCoverage(['{"ocid":"a"}', "[1, [2]]", "oops", "", new Uint8Array([0x7b, 0xff, 0x7d]), '{"ocid":""}', "7"]);
    // "" counts lines where something counts: {"ocid":"a"}, [1,[2]] and 7; {"ocid":""} has nothing non-empty.
    expect(r.counts).toEqual({ "": 3, "/": 1, "/ocid": 1, "[]": 2, "[][]": 1 });
    expect(r.problems).toEqual([
      { line: 3, reason: "invalid-json" },
      { line: 5, reason: "invalid-utf8" },
    ]);
  });
  it("an empty member name gives the parent object's path", () => {
    expect(riskCoverage(['{"a":{"":"x"}}']).counts).toEqual({ "": 1, "/": 1, "/a": 1, "/a/": 2 });
  });
});

async function* streamOf<T>(items: ReadonlyArray<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe("riskCoverageStream reads a stream one line at a time", () => {
  it("gives what riskCoverage gives over the same lines, problems and line numbers included", async () => {
    const line = fc.oneof(
      fc.json(),
      fc.string(),
      fc.constantFrom("", "  ", "oops"),
      fc.uint8Array({ maxLength: 8 }),
      fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify({ ocid: "x", v }))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        expect(await riskCoverageStream(streamOf(lines))).toStrictEqual(riskCoverage(lines));
      }),
    );
  });
  it("refuses what is not an async iterable, naming the function", async () => {
    await expect(riskCoverageStream(['{"ocid":"a"}'] as never)).rejects.toThrow(GgzyError);
    await expect(riskCoverageStream(['{"ocid":"a"}'] as never)).rejects.toThrow(/riskCoverageStream lines must be an async iterable list/);
  });
});

describe("indicatorCoverage says which indicators the data supports", () => {
  it("a file without numberOfTenderers cannot support R018, and says so", () => {
    const c = indicatorCoverage(riskCoverage([JSON.stringify({ ocid: "a", tender: { procurementMethod: "open", tenderPeriod: { startDate: "x", endDate: "y" } } })]));
    const r018 = c.find((x) => x.indicator === "R018");
    expect(r018?.computable).toBe(false);
    expect(r018?.why.en).toContain("/tender/numberOfTenderers");
    expect(c.find((x) => x.indicator === "R003")?.computable).toBe(true);
  });
  it("the synthetic generator's output supports the price indicators", () => {
    const releases = [...generateReleases({ seed: "cov", cleanProcesses: 60, rings: 2 }, emptyTruth("cov"))];
    const c = indicatorCoverage(riskCoverage(releases.map((r) => JSON.stringify(r))));
    for (const id of ["R024", "R025", "R028", "R035", "R036", "R038", "R058", "NET-COBID"]) expect(c.find((x) => x.indicator === id)?.computable, id).toBe(true);
  });
});

describe("coverageShare: a path's share of the lines, or of its nearest array's elements", () => {
  // Two lines; three bids (two dated), one tender with a period, one bid without any tenderer id.
  const c = riskCoverage([
    JSON.stringify({ ocid: "a", tender: { tenderPeriod: { endDate: "x" } }, bids: { details: [{ date: "d", tenderers: [{ id: "A" }, { name: "n" }] }, { id: "2" }] } }),
    JSON.stringify({ ocid: "b", bids: { details: [{ date: "d" }] } }),
  ]);
  it("outside any array: of the lines", () => {
    expect(coverageShare(c.counts, "/tender/tenderPeriod/endDate")).toEqual({ of: "", share: 0.5 });
    expect(coverageShare(c.counts, "/ocid")).toEqual({ of: "", share: 1 });
  });
  it("inside an array: of its elements (2 dated of 3 bids; 1 id of 2 tenderers)", () => {
    expect(coverageShare(c.counts, "/bids/details[]/date")).toEqual({ of: "/bids/details[]", share: 2 / 3 });
    expect(coverageShare(c.counts, "/bids/details[]/tenderers[]/id")).toEqual({ of: "/bids/details[]/tenderers[]", share: 1 / 2 });
  });
  it("a path never seen is 0, and so is one with nothing to count from", () => {
    expect(coverageShare(c.counts, "/awards[]/status")).toEqual({ of: "/awards[]", share: 0 });
  });
  it("indicatorCoverage names the field an indicator sees least often", () => {
    const r030 = indicatorCoverage(c).find((x) => x.indicator === "R030");
    expect(r030?.fields.find((f) => f.path === "/bids/details[]/date")).toMatchObject({ count: 2, share: 2 / 3, of: "/bids/details[]" });
    const r003 = indicatorCoverage(c).find((x) => x.indicator === "R003");
    expect(r003?.computable).toBe(false);
    const full = indicatorCoverage(riskCoverage([JSON.stringify({ ocid: "a", tender: { tenderPeriod: { startDate: "s", endDate: "e" } } }), JSON.stringify({ ocid: "b", tender: { tenderPeriod: { startDate: "s" } } })]));
    expect(full.find((x) => x.indicator === "R003")?.why.en).toBe("every field it reads is present; /tender/tenderPeriod/endDate in only 50.0% of lines");
  });
});
