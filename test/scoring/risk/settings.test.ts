import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { PART_A_INDICATORS, PART_B_SIGNALS, defaultRiskSettings, parseRiskSettings } from "../../../src/scoring/risk/index";

function errorOf(fn: () => unknown): GgzyError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GgzyError) return e;
    throw e;
  }
  throw new Error("expected a GgzyError");
}

const INI = `; settings as the reference tool writes them
currency = CNY
no_price_comparison_procurement_methods = 询价|单一来源

[exclusions]
procurement_method_details = 协议供货

[R003]
threshold = 10
procurement_methods = open|selective

[R003.procurement_method_details]
竞争性磋商 = 5

[R018]
[R024]
threshold = 0.05
[R038]
minimum_submitted_bids = 3
`;

describe("parseRiskSettings", () => {
  it("reads the reference INI format", () => {
    const s = parseRiskSettings(INI, "ini");
    expect(s.currency).toBe("CNY");
    expect(s.noPriceComparisonProcurementMethods).toEqual(["询价", "单一来源"]);
    expect(s.excludedProcurementMethodDetails).toEqual(["协议供货"]);
    expect(s.partA.R003).toEqual({ threshold: 10, procurementMethods: ["open", "selective"], procurementMethodDetails: { 竞争性磋商: 5 } });
    expect(s.partA.R018).toEqual({ procurementMethods: ["open", "selective"] });
    expect(s.partA.R024).toEqual({ threshold: 0.05 });
    expect(s.partA.R038).toEqual({ minimumSubmittedBids: 3, minimumContractingProcesses: 2 });
  });
  it("runs only the indicators whose section is present", () => {
    const s = parseRiskSettings(INI, "ini");
    expect(Object.keys(s.partA).sort()).toEqual(["R003", "R018", "R024", "R038"]);
  });
  it("reads the same settings from JSON", () => {
    const json = JSON.stringify({
      currency: "CNY",
      no_price_comparison_procurement_methods: ["询价", "单一来源"],
      exclusions: { procurement_method_details: "协议供货" },
      R003: { threshold: 10, procurement_methods: "open|selective", procurement_method_details: { 竞争性磋商: 5 } },
      R018: {},
      R024: { threshold: 0.05 },
      R038: { minimum_submitted_bids: 3 },
    });
    expect(parseRiskSettings(json, "json")).toEqual(parseRiskSettings(INI, "ini"));
  });
  it("with no Part B section runs every Part B signal with defaults; naming one selects it", () => {
    expect(Object.keys(parseRiskSettings("[R018]", "ini").partB).sort()).toEqual([...PART_B_SIGNALS].sort());
    expect(Object.keys(parseRiskSettings("[CN40-2]", "ini").partB)).toEqual(["CN40-2"]);
    expect(parseRiskSettings("[NET-COBID]\nalpha = 0.05", "ini").partB["NET-COBID"]?.alpha).toBe(0.05);
  });
  it("defaults enable everything", () => {
    const d = defaultRiskSettings();
    expect(Object.keys(d.partA).sort()).toEqual([...PART_A_INDICATORS].sort());
    expect(d.partA.R025?.percentile).toBe(75);
    expect(d.partA.R048).toEqual({ digits: 2, minimumContractingProcesses: 20 });
  });
  it("rejects an unknown indicator, naming it", () => {
    const e = errorOf(() => parseRiskSettings("[R999]\nthreshold = 1", "ini"));
    expect(e.code).toBe("INVALID_SETTINGS");
    expect(e.details.key).toBe("R999");
    expect(e.en).toContain("R999");
    // Each language its own: no Chinese in the English message, no English reason in the Chinese one.
    expect(e.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(e.zh).toContain("未知设置项或指标");
    expect(e.zh).not.toContain("unknown setting");
    const bad = errorOf(() => parseRiskSettings("[R024]\nthreshold = abc", "ini"));
    expect(bad.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(bad.zh).not.toContain("expected");
    expect(bad.issues[0]?.message).toBe("expected a number");
  });
  it("rejects a bad value and an unknown key, naming the key", () => {
    const bad = errorOf(() => parseRiskSettings("[R024]\nthreshold = abc", "ini"));
    expect(bad.details.key).toBe("R024.threshold");
    expect(bad.en).toContain("R024.threshold");
    expect(errorOf(() => parseRiskSettings("[R048]\ndigits = -1", "ini")).details.key).toBe("R048.digits");
    expect(errorOf(() => parseRiskSettings("[R018]\nthreshold = 1", "ini")).details.key).toBe("R018.threshold");
    expect(errorOf(() => parseRiskSettings('{"R025": {"percentile": 7.5}}', "json")).details.key).toBe("R025.percentile");
    expect(errorOf(() => parseRiskSettings('{"currency": 5}', "json")).details.key).toBe("currency");
    expect(errorOf(() => parseRiskSettings("colour = red", "ini")).details.key).toBe("colour");
  });
  it("rejects malformed INI lines and JSON", () => {
    expect(errorOf(() => parseRiskSettings("[R024]\nthis is not ini", "ini")).code).toBe("INVALID_SETTINGS");
    // A repeated key keeps its last value, as the reference's INI reader does (CARDINAL.md §1.10).
    expect(parseRiskSettings("[R024]\nthreshold = 1\nthreshold = 2", "ini").partA.R024?.threshold).toBe(2);
    expect(errorOf(() => parseRiskSettings("{", "json")).code).toBe("INVALID_SETTINGS");
  });
});
