/** The version of the decision record format (one JSON line per decision). */
export const DECISION_FORMAT = "ggzy-decision/1";

/** The rule set a decision was taken under: what its authors called it, and the hash of what it says. */
export interface DecisionRuleSet {
  version: string;
  contentHash: string;
  /** Packs and overrides in order (name, version, kind), so replay can rebuild the set from a folder of packs. */
  packs: Array<{ name: string; version: string; kind: "pack" | "override" }>;
}

/**
 * One line of the decision log. Never holds a salt or a sealed draw's result, whatever the options: only the public
 * draw record's hashes.
 */
export interface DecisionRecord {
  format: typeof DECISION_FORMAT;
  id: string;
  /** When the service took the decision (the machine's clock, UTC). */
  time: string;
  tool: string;
  endpoint: string;
  /** Record kind (award, committee…), draw kind, score kind, "rank" or "risk". */
  subject: string;
  /** SHA-256 of the RFC 8785 canonical JSON of the input as received (risk: of the body's bytes). */
  inputHash: string;
  inputHashOf: "canonicalJson" | "bytes";
  ruleset: DecisionRuleSet;
  /** ok | findings (checks), drawn, scored, ranked, analysed, rejected (bad input). */
  verdict: string;
  /** Rule ids of the findings (checks), signal names (risk); empty otherwise. */
  findings: string[];
  /** SHA-256 of the canonical JSON of the deterministic result (the report, the public draw record, the scores). */
  outputHash?: string;
  /** Options the result depends on (asOf, explain…), so replay can use the same ones. */
  options?: Record<string, unknown>;
  /** The error code when the input was refused. */
  error?: string;
  /** Public draw record hashes. */
  draw?: { kind: string; drawId: string; inputHash: string; resultHash: string; sealed: boolean };
  /** The input itself (with --log-inputs), named fields masked and salts removed. */
  input?: unknown;
  /**
   * Fields that were masked in `input`, and `salt` when one was removed: its input no longer hashes to `inputHash`,
   * and a decision that turned on a masked value cannot be taken again (replay says so).
   */
  masked?: string[];
  /** With `masked`: SHA-256 of the RFC 8785 canonical JSON of `input` as logged (masked), so an edit to it shows. */
  maskedInputHash?: string;
}
