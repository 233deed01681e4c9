import { describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { PART_A_INDICATORS, PART_B_SIGNALS, parseRiskSettings, riskSettingsTemplate } from "../../../src/scoring/risk/index";

/*
 * Settings as the reference engine reads them (CARDINAL.md §1.10). The file below has the shape Cardinal's own
 * `init` writes (top-level keys, [output], the prepare sections, [exclusions], every indicator section), here
 * with every key given a value so each is read and type-checked. It is reconstructed from CARDINAL.md's
 * description, not copied from Cardinal's output.
 */
const CARDINAL_INIT_FILLED = `# Cardinal settings
currency = USD
no_price_comparison_procurement_methods = Random Selection|Sorteo de Obras
price_comparison_procurement_methods = Reverse Auction

[output]
info_currency_mismatches = true

[defaults]
currency = USD
item_classification_scheme = UNSPSC
bid_status = valid
award_status = active
party_roles = yes

[redactions]
amount = 0|99999999
organization_id = placeholder|n/a

[corrections]
award_status_by_contract_status = on

[modifications]
move_auctions = false
prefix_buyer_or_procuring_entity_id = DEPENDENCIA-
prefix_tenderer_or_supplier_id = PROVEEDOR-
split_procurement_method_details = -

[codelists.bid_status]
Qualified = valid
Disqualified = disqualified

[codelists.award_status]
Adjudicado = active

[exclusions]
procurement_method_details = Compra Directa

[R003]
threshold = 15
procurement_methods = open|selective

[R003.procurement_method_details]
Licitación Pública = 20

[R018]
procurement_methods = open|selective

[R024]
threshold = 0.05

[R025]
percentile = 75
threshold = 0.05

[R028]
[R030]
[R035]
threshold = 1
[R036]

[R038]
threshold = 0.5
minimum_submitted_bids = 2
minimum_contracting_processes = 2

[R048]
digits = 2
threshold = 10
minimum_contracting_processes = 20

[R058]
threshold = 0.5
`;

function errorOf(fn: () => unknown): GgzyError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GgzyError) return e;
    throw e;
  }
  throw new Error("expected a GgzyError");
}

describe("settings as Cardinal reads them (CARDINAL.md §1.10)", () => {
  it("`ggzy risk init`'s template loads and enables all eleven parity indicators with their defaults", () => {
    const s = parseRiskSettings(riskSettingsTemplate(), "ini");
    expect(Object.keys(s.partA).sort()).toEqual([...PART_A_INDICATORS].sort());
    expect(s.partA.R018).toEqual({ procurementMethods: ["open", "selective"] });
    expect(s.partA.R048).toEqual({ digits: 2, minimumContractingProcesses: 20 });
    expect(s.currency).toBeUndefined();
    // A reference file names no Part B signal: ours all run beside it.
    expect(Object.keys(s.partB).sort()).toEqual([...PART_B_SIGNALS].sort());
  });
  it("the template comments out every setting and keeps every section header live", () => {
    const lines = riskSettingsTemplate().split("\n");
    expect(lines.filter((l) => /^\s*[A-Za-z_].*=/.test(l))).toEqual([]);
    for (const id of PART_A_INDICATORS) expect(lines).toContain(`[${id}]`);
  });
  it("a file shaped like Cardinal's own init, every key set, loads (Ours today: 'output: unknown indicator')", () => {
    const s = parseRiskSettings(CARDINAL_INIT_FILLED, "ini");
    expect(s.currency).toBe("USD");
    expect(s.infoCurrencyMismatches).toBe(true);
    expect(s.priceComparisonProcurementMethods).toEqual(["Reverse Auction"]);
    expect(s.excludedProcurementMethodDetails).toEqual(["Compra Directa"]);
    expect(s.partA.R003?.procurementMethodDetails["Licitación Pública"]).toBe(20);
    expect(s.partA.R048?.threshold).toBe(10);
    expect(s.prepare?.defaults).toEqual({ currency: "USD", itemClassificationScheme: "UNSPSC", bidStatus: "valid", awardStatus: "active", partyRoles: true });
    expect(s.prepare?.redactions).toEqual({ amount: ["0", "99999999"], organizationId: ["placeholder", "n/a"] });
    expect(s.prepare?.corrections).toEqual({ awardStatusByContractStatus: true });
    expect(s.prepare?.codelists?.bidStatus).toEqual({ Qualified: "valid", Disqualified: "disqualified" });
    expect(s.prepare?.modifications?.splitProcurementMethodDetails).toBe("-");
  });
  it("there are no inline comments: `threshold = 15 # default` is a type error naming the key", () => {
    const e = errorOf(() => parseRiskSettings("[R003]\nthreshold = 15 # default", "ini"));
    expect(e.details.key).toBe("R003.threshold");
  });
  it("an unknown key or section anywhere is an error naming its path", () => {
    expect(errorOf(() => parseRiskSettings("[defaults]\ncolour = red", "ini")).details.key).toBe("defaults.colour");
    expect(errorOf(() => parseRiskSettings("[output]\nverbose = true", "ini")).details.key).toBe("output.verbose");
    expect(errorOf(() => parseRiskSettings("[codelists.contract_status]\na = b", "ini")).details.key).toBe("codelists.contract_status");
    expect(errorOf(() => parseRiskSettings("[R999]", "ini")).details.key).toBe("R999");
  });
  it("integers, floats and booleans convert as config-rs does", () => {
    expect(parseRiskSettings("[R035]\nthreshold = yes", "ini").partA.R035?.threshold).toBe(1);
    expect(parseRiskSettings("[R024]\nthreshold = 1e-3", "ini").partA.R024?.threshold).toBe(0.001);
    expect(parseRiskSettings("[R024]\nthreshold = inf", "ini").partA.R024?.threshold).toBe(Infinity);
    expect(parseRiskSettings("[R058]\nthreshold = .5", "ini").partA.R058?.threshold).toBe(0.5);
    expect(parseRiskSettings("[R003]\nthreshold = -3", "ini").partA.R003?.threshold).toBe(-3);
    expect(errorOf(() => parseRiskSettings("[R038]\nminimum_submitted_bids = -1", "ini")).details.key).toBe("R038.minimum_submitted_bids");
    expect(errorOf(() => parseRiskSettings("[corrections]\naward_status_by_contract_status = maybe", "ini")).details.key).toBe("corrections.award_status_by_contract_status");
  });
  it("values may be quoted and carry escapes; a dotted section alone enables its indicator", () => {
    const s = parseRiskSettings('[R003.procurement_method_details]\nab = 3\n[exclusions]\nprocurement_method_details = "x\\;y|z\\tw"', "ini");
    expect(Object.keys(s.partA)).toEqual(["R003"]);
    expect(s.excludedProcurementMethodDetails).toEqual(["x;y", "z\tw"]);
  });
  it("the order of sections does not matter; tables merge", () => {
    const a = parseRiskSettings("[R003.procurement_method_details]\nx = 1\n[R003]\nthreshold = 9", "ini");
    const b = parseRiskSettings("[R003]\nthreshold = 9\n[R003.procurement_method_details]\nx = 1", "ini");
    expect(a).toEqual(b);
    expect(a.partA.R003?.threshold).toBe(9);
  });
});
