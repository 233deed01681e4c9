import type { RiskSignalId } from "./settings";

/**
 * The paths each indicator reads (CARDINAL.md §2 for the parity set; docs/risk-indicators.md for ours). A path
 * marked `?` is optional (one of several, or used only when a setting asks for it).
 */
export const INDICATOR_FIELDS: Readonly<Record<RiskSignalId, ReadonlyArray<string>>> = {
  R003: ["/tender/tenderPeriod/startDate", "/tender/tenderPeriod/endDate", "?/tender/procurementMethod", "?/tender/procurementMethodDetails"],
  R018: ["/tender/numberOfTenderers", "/tender/procurementMethod"],
  R024: ["/awards[]/status", "/awards[]/suppliers[]/id", "/bids/details[]/status", "/bids/details[]/tenderers[]/id", "/bids/details[]/value/amount", "/bids/details[]/value/currency"],
  R025: ["/awards[]/status", "/awards[]/suppliers[]/id", "/bids/details[]/status", "/bids/details[]/tenderers[]/id"],
  R028: ["/bids/details[]/status", "/bids/details[]/tenderers[]/id", "/bids/details[]/value/amount", "/bids/details[]/value/currency"],
  R030: ["/tender/tenderPeriod/endDate", "/awards[]/status", "/awards[]/suppliers[]/id", "/bids/details[]/status", "/bids/details[]/date", "/bids/details[]/tenderers[]/id"],
  R035: ["/awards[]/status", "/awards[]/suppliers[]/id", "/bids/details[]/status", "/bids/details[]/tenderers[]/id"],
  R036: ["/awards[]/status", "/bids/details[]/status", "/bids/details[]/value/amount", "/bids/details[]/value/currency"],
  R038: ["/bids/details[]/status", "?/buyer/id", "?/tender/procuringEntity/id", "?/bids/details[]/tenderers[]/id"],
  R048: ["/awards[]/status", "/awards[]/suppliers[]/id", "/awards[]/items[]/classification/id"],
  R058: ["/awards[]/status", "/awards[]/suppliers[]/id", "/bids/details[]/status", "/bids/details[]/tenderers[]/id", "/bids/details[]/value/amount", "/bids/details[]/value/currency"],
  "CN40-1": ["/bids/details[]/tenderers[]/id", "?/bids/details[]/ggzy/fingerprint/author", "?/bids/details[]/ggzy/fingerprint/machineId", "?/bids/details[]/ggzy/fingerprint/fileHash"],
  "CN40-2": ["/bids/details[]/tenderers[]/id", "/bids/details[]/ggzy/agent/"],
  "CN40-3": ["/bids/details[]/tenderers[]/id", "/bids/details[]/ggzy/projectManager/"],
  "CN40-4": ["/bids/details[]/tenderers[]/id", "/bids/details[]/value/amount"],
  "CN40-6": ["/bids/details[]/tenderers[]/id", "/bids/details[]/ggzy/bondAccount/accountNumber"],
  CN34: ["/bids/details[]/tenderers[]/id", "/parties[]/id", "?/parties[]/ggzy/bidder/legalRepresentative/", "?/parties[]/ggzy/bidder/shareholders[]/"],
  "NET-COBID": ["/bids/details[]/tenderers[]/id", "/awards[]/suppliers[]/id"],
  "NET-ROTATE": ["/bids/details[]/tenderers[]/id", "/awards[]/suppliers[]/id"],
  "EXP-CONC": ["/tender/ggzy/committee[]/expertId", "/awards[]/suppliers[]/id"],
};
