import { describe, expect, it } from "vitest";
import { analyzeRiskLines, parseRiskSettings, prepareIssuesCsv, prepareRelease, toCardinalOutput } from "../../../src/scoring/risk/index";

/* Expected values worked out by hand from CARDINAL.md §3.2 (prepare). */
const settings = (ini: string) => parseRiskSettings(ini, "ini").prepare;

describe("prepareRelease: Cardinal's prepare", () => {
  it("always: a tenderers / suppliers object becomes an array, numeric ids become strings; the input is not changed", () => {
    const input = {
      ocid: "a",
      buyer: { id: 1 },
      tender: { procuringEntity: { id: 2 } },
      parties: [{ id: 3 }],
      bids: { details: [{ status: "valid", tenderers: { id: 3 } }] },
      awards: [{ id: 9, status: "active", suppliers: { id: 3 }, items: [{ classification: { scheme: "CPV", id: 45 } }] }],
    };
    const copy = structuredClone(input);
    const p = prepareRelease(input, undefined, 1);
    expect(input).toEqual(copy);
    expect(p.release).toEqual({
      ocid: "a",
      buyer: { id: "1" },
      tender: { procuringEntity: { id: "2" } },
      parties: [{ id: "3" }],
      bids: { details: [{ status: "valid", tenderers: [{ id: "3" }] }] },
      awards: [{ id: "9", status: "active", suppliers: [{ id: "3" }], items: [{ classification: { scheme: "CPV", id: "45" } }] }],
    });
    expect(p.issues).toEqual([]);
  });
  it("reports what stays missing or invalid, and zero amounts, as CSV rows", () => {
    const p = prepareRelease({ ocid: "a", bids: { details: [{ tenderers: [{ id: "T" }], value: { amount: 0 } }, { status: "Qualified" }] }, awards: [{}] }, undefined, 7);
    expect(prepareIssuesCsv(p.issues)).toBe(
      ["7,a,/bids/details[]/value/currency,0,,not set", "7,a,/bids/details[]/value/amount,0,0,is zero", "7,a,/bids/details[]/status,0,,not set", "7,a,/bids/details[]/status,1,Qualified,invalid", "7,a,/awards[]/status,0,,not set", ""].join("\n"),
    );
  });
  it("[defaults] fill, [codelists] remap, and then nothing is reported", () => {
    const s = settings("[defaults]\ncurrency = CNY\nbid_status = valid\naward_status = active\nitem_classification_scheme = CPV\n[codelists.bid_status]\nQualified = valid");
    const p = prepareRelease({ ocid: "a", bids: { details: [{ value: { amount: 5 } }, { status: "Qualified" }] }, awards: [{ items: [{ classification: { id: "45" } }] }] }, s, 1);
    expect(p.issues).toEqual([]);
    expect(p.release.bids).toEqual({ details: [{ status: "valid", value: { amount: 5, currency: "CNY" } }, { status: "valid" }] });
    expect(p.release.awards).toEqual([{ status: "active", items: [{ classification: { id: "45", scheme: "CPV" } }] }]);
  });
  it("[redactions] remove placeholder amounts and organisation ids; prefixes skip redacted ids", () => {
    const s = settings("[redactions]\namount = 0|99999999\norganization_id = N/A\n[modifications]\nprefix_tenderer_or_supplier_id = P-");
    const p = prepareRelease({ ocid: "a", parties: [{ id: "N/A" }, { id: "T" }], bids: { details: [{ status: "valid", tenderers: [{ id: "N/A" }, { id: "T" }], value: { amount: 99999999, currency: "CNY" } }] } }, s, 1);
    expect(p.release.bids).toEqual({ details: [{ status: "valid", tenderers: [{}, { id: "P-T" }], value: { currency: "CNY" } }] });
    expect(p.release.parties).toEqual([{}, { id: "P-T" }]);
  });
  it("[defaults] party_roles merges and sorts the roles; [corrections] cancels an award whose contracts are all cancelled", () => {
    const s = settings("[defaults]\nparty_roles = true\n[corrections]\naward_status_by_contract_status = true");
    const p = prepareRelease(
      { ocid: "a", buyer: { id: "B" }, parties: [{ id: "B", roles: ["payer"] }, { id: "S" }], awards: [{ id: "1", status: "active", suppliers: [{ id: "S" }] }], contracts: [{ awardID: 1, status: "cancelled" }] },
      s,
      1,
    );
    expect(p.release.parties).toEqual([{ id: "B", roles: ["buyer", "payer"] }, { id: "S", roles: ["supplier"] }]);
    expect((p.release.awards as Array<Record<string, unknown>>)[0]?.status).toBe("cancelled");
  });
  it("[modifications] split procurementMethodDetails and move auction bids (not when bids exist)", () => {
    const s = settings("[modifications]\nsplit_procurement_method_details = -\nmove_auctions = true");
    const p = prepareRelease({ ocid: "a", tender: { procurementMethodDetails: "Licitación  - Bienes" }, auctions: [{ stages: [{ bids: [{ status: "valid" }] }] }] }, s, 1);
    expect(p.release.tender).toEqual({ procurementMethodDetails: "Licitación" });
    expect(p.release.bids).toEqual({ details: [{ status: "valid" }] });
    expect(prepareRelease({ ocid: "a", bids: {}, auctions: [] }, s, 2).warnings).toHaveLength(1);
  });
  it("a prepared numeric id is then read by the indicators (before: no id)", () => {
    const raw = { ocid: "p", tender: { tenderPeriod: { endDate: "2024-01-01T00:00:00Z" } }, bids: { details: [{ status: "valid", date: "2024-01-02T00:00:00Z", tenderers: { id: 5 } }] }, awards: [{ status: "active", suppliers: [{ id: 5 }] }] };
    const run = (r: unknown) => toCardinalOutput(analyzeRiskLines([JSON.stringify(r)], { settings: parseRiskSettings("[R030]", "ini") }), { meta: false });
    expect(run(raw)).toEqual({});
    expect(run(prepareRelease(raw, undefined, 1).release)).toEqual({ OCID: { p: { R030: 1 } }, Tenderer: { "5": { R030: 1 } } });
  });
});
