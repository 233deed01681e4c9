/*
 * The settings file `ggzy risk init` writes: the reference engine's `init` template (CARDINAL.md §3.2). Every
 * setting is listed, commented out, with its default; every section header is live, so the file enables all
 * eleven parity indicators with their defaults and the reference engine reads it too.
 */
const TEMPLATE = `# Settings for the red-flag indicators, in the format of the Open Contracting Partnership's Cardinal
# (ocdscardinal 0.0.8). Cardinal and \`ggzy risk --format cardinal\` read this file alike.
#
# An indicator runs only if its section is present, even when empty: delete a section to disable it.
# Lines starting with ; or # are comments. There are no comments at the end of a line.
# Lists are separated by | with no spaces around it.

# The currency of the bids the price indicators compare (default: the first currency they read).
; currency = CNY

# Values of tender.procurementMethodDetails whose processes are left out of R024, R028, R036 and R058.
; no_price_comparison_procurement_methods = Random Selection|Sorteo de Obras

# If set, only processes with one of these tender.procurementMethodDetails are price-compared (the list above is then ignored).
; price_comparison_procurement_methods = Reverse Auction|Subasta Inversa

[output]
# Report bids skipped for their currency as information rather than warnings.
; info_currency_mismatches = false

# The sections below are read by the prepare command. The indicators accept them and ignore them.

[defaults]
; currency = CNY
; item_classification_scheme = UNSPSC
; bid_status = valid
; award_status = active
; party_roles = false

[redactions]
; amount = 0|99999999
; organization_id = placeholder

[corrections]
; award_status_by_contract_status = false

[modifications]
; move_auctions = false
; prefix_buyer_or_procuring_entity_id = DEPENDENCIA-
; prefix_tenderer_or_supplier_id = PROVEEDOR-
; split_procurement_method_details = -

[codelists.bid_status]
; Qualified = valid
; Disqualified = disqualified

[codelists.award_status]
; Adjudicado = active

[exclusions]
# Values of tender.procurementMethodDetails whose processes are left out of every indicator.
; procurement_method_details = Compra Directa

[R003]
; threshold = 15
; procurement_methods = open|selective

[R003.procurement_method_details]
; Licitación Pública = 20

[R018]
; procurement_methods = open|selective

[R024]
; threshold = 0.05

[R025]
; percentile = 75
; threshold = 0.05

[R028]

[R030]

[R035]
; threshold = 1

[R036]

[R038]
; threshold = 0.5
; minimum_submitted_bids = 2
; minimum_contracting_processes = 2

[R048]
; digits = 2
; threshold = 10
; minimum_contracting_processes = 20

[R058]
; threshold = 0.5
`;

/**
 * The text `ggzy risk init` writes: the reference engine's settings template, every setting commented out with
 * its default, every indicator section present (so all eleven parity indicators run).
 *
 * @example
 * ```ts
 * Object.keys(parseRiskSettings(riskSettingsTemplate(), "ini").partA).length; // 11
 * ```
 */
export function riskSettingsTemplate(): string {
  return TEMPLATE;
}
