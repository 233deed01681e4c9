import type { RiskResult } from "ggzy-rules/scoring";
import type { DemoFinding } from "./validate";

/*
 * The demo checks itself: the generator planted known violations and rings and wrote where (ground-truth.json); every
 * planted case must be found. A finding on a record that was not planted is listed too ("also found"): it is not a
 * failure (real data has more than what was planted), but it is shown so nobody mistakes noise for a hit.
 */

/** The demo city's ground truth (examples/demo/city.ts). */
export interface DemoGroundTruth {
  readonly format: string;
  readonly rules: Readonly<Record<string, ReadonlyArray<string>>>;
  readonly risk: Readonly<Record<string, { readonly processes: ReadonlyArray<string>; readonly organisations: ReadonlyArray<string> }>>;
}

export interface CheckRow {
  /** Rule id or risk signal id. */
  readonly id: string;
  readonly planted: number;
  readonly found: number;
  readonly missed: ReadonlyArray<string>;
  /** Flagged records (or processes) that were not planted. */
  readonly alsoFound: number;
}

export interface SelfCheck {
  readonly available: boolean;
  readonly rules: CheckRow[];
  readonly risk: CheckRow[];
  readonly plantedTotal: number;
  readonly missedTotal: number;
}

function isGroundTruth(v: unknown): v is DemoGroundTruth {
  if (typeof v !== "object" || v === null) return false;
  const g = v as Record<string, unknown>;
  return g.format === "ggzy-demo-ground-truth/1" && typeof g.rules === "object" && g.rules !== null && typeof g.risk === "object" && g.risk !== null;
}

function row(id: string, planted: ReadonlyArray<string>, flagged: ReadonlySet<string>): CheckRow {
  const missed = planted.filter((x) => !flagged.has(x));
  const plantedSet = new Set(planted);
  let alsoFound = 0;
  for (const f of flagged) if (!plantedSet.has(f)) alsoFound++;
  return { id, planted: planted.length, found: planted.length - missed.length, missed, alsoFound };
}

/**
 * Compares the findings and risk hits with the ground truth: per rule and per signal, planted cases found and missed.
 *
 * @example
 * ```ts
 * const check = selfCheck(groundTruth, findings, risk.result);
 * check.missedTotal; // 0
 * ```
 */
export function selfCheck(groundTruth: unknown, findings: readonly DemoFinding[], risk: RiskResult, ruleIds: readonly string[]): SelfCheck {
  if (!isGroundTruth(groundTruth)) return { available: false, rules: [], risk: [], plantedTotal: 0, missedTotal: 0 };
  const byRule = new Map<string, Set<string>>();
  for (const f of findings) {
    let set = byRule.get(f.ruleId);
    if (set === undefined) byRule.set(f.ruleId, (set = new Set()));
    set.add(f.recordId);
  }
  const bySignal = new Map<string, Set<string>>();
  for (const p of risk.processes) {
    for (const s of p.signals) {
      let set = bySignal.get(s);
      if (set === undefined) bySignal.set(s, (set = new Set()));
      set.add(p.ocid);
    }
  }
  const ruleIdsAll = [...new Set([...ruleIds, ...Object.keys(groundTruth.rules)])].sort();
  const rules = ruleIdsAll.map((id) => row(id, groundTruth.rules[id] ?? [], byRule.get(id) ?? new Set()));
  const signals = Object.keys(groundTruth.risk).sort();
  const riskRows = signals.map((id) => row(id, groundTruth.risk[id]?.processes ?? [], bySignal.get(id) ?? new Set()));
  const all = [...rules, ...riskRows];
  return {
    available: true,
    rules,
    risk: riskRows,
    plantedTotal: all.reduce((a, r) => a + r.planted, 0),
    missedTotal: all.reduce((a, r) => a + r.missed.length, 0),
  };
}
