import { clauseTitleZh } from "./labels";
import type { DemoResult } from "./run";
import type { DemoFinding } from "./validate";

/*
 * Figures every presentation of the demo shares (the terminal table, report.md, report.html), computed once here so
 * they cannot disagree.
 */

/** One rule's findings. */
export interface RuleTally {
  readonly ruleId: string;
  readonly clause: string;
  readonly severity: DemoFinding["severity"];
  readonly count: number;
  readonly records: ReadonlyArray<string>;
  /** One finding of the rule, for its message. */
  readonly example: DemoFinding;
}

/**
 * Findings per rule, ordered by clause then rule id.
 *
 * @example
 * ```ts
 * tallyByRule(result.validation.findings)[0]?.ruleId; // e.g. "AGENCY_DISCLOSURE_COMPLETE"
 * ```
 */
export function tallyByRule(findings: readonly DemoFinding[]): RuleTally[] {
  const map = new Map<string, { f: DemoFinding; records: string[] }>();
  for (const f of findings) {
    const e = map.get(f.ruleId);
    if (e) e.records.push(f.recordId);
    else map.set(f.ruleId, { f, records: [f.recordId] });
  }
  return [...map.values()]
    .map(({ f, records }) => ({ ruleId: f.ruleId, clause: f.clause, severity: f.severity, count: records.length, records: [...new Set(records)].sort(), example: f }))
    .sort((a, b) => clauseOrder(a.clause, b.clause) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * Clause ids in reading order: the directive's items first (LC80-3.1 < LC80-4.3 < LC80-9), then national articles.
 *
 * @example
 * ```ts
 * ["NAT-TBL-37", "LC80-9", "LC80-3.1"].sort(clauseOrder); // ["LC80-3.1", "LC80-9", "NAT-TBL-37"]
 * ```
 */
export function clauseOrder(a: string, b: string): number {
  const key = (c: string): [number, number, number, string] => {
    const m = /^LC80-(\d+)(?:\.(\d+))?$/.exec(c);
    if (m) return [0, Number(m[1]), Number(m[2] ?? 0), c];
    const n = /-(\d+)$/.exec(c);
    return [1, Number(n?.[1] ?? 0), 0, c];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
  return ka[3] < kb[3] ? -1 : ka[3] > kb[3] ? 1 : 0;
}

/**
 * Findings per clause, in reading order.
 *
 * @example
 * ```ts
 * tallyByClause(findings); // [{ clause: "LC80-3.1", count: 18 }, …]
 * ```
 */
export function tallyByClause(findings: readonly DemoFinding[]): Array<{ clause: string; count: number }> {
  const map = new Map<string, number>();
  for (const f of findings) map.set(f.clause, (map.get(f.clause) ?? 0) + 1);
  return [...map].map(([clause, count]) => ({ clause, count })).sort((a, b) => clauseOrder(a.clause, b.clause));
}

/** The headline figures. */
export interface Headline {
  readonly projects: number;
  readonly recordsRead: number;
  readonly recordsRejected: number;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly rulesWithFindings: number;
  readonly draws: number;
  readonly drawsVerified: number;
  readonly drawsFailed: number;
  readonly drawsRefused: number;
  readonly agencies: number;
  readonly experts: number;
  readonly bidders: number;
  readonly riskProcesses: number;
  readonly riskHits: number;
  readonly planted: number;
  readonly missed: number;
}

/**
 * The headline figures of a demo run.
 *
 * @example
 * ```ts
 * headline(result).missed; // 0
 * ```
 */
export function headline(r: DemoResult): Headline {
  const f = r.validation.findings;
  return {
    projects: r.validation.checked.projects ?? 0,
    recordsRead: r.city.files.reduce((a, x) => a + x.records, 0),
    recordsRejected: r.city.files.reduce((a, x) => a + x.rejected, 0),
    findings: f.length,
    errors: f.filter((x) => x.severity === "error").length,
    warnings: f.filter((x) => x.severity === "warning").length,
    infos: f.filter((x) => x.severity === "info").length,
    rulesWithFindings: new Set(f.map((x) => x.ruleId)).size,
    draws: r.draws.length,
    drawsVerified: r.draws.filter((d) => d.verified === true).length,
    drawsFailed: r.draws.filter((d) => d.verified === false).length,
    drawsRefused: r.draws.filter((d) => d.status !== "drawn").length,
    agencies: r.scores.agencies.length,
    experts: r.scores.experts.length,
    bidders: r.scores.bidders.length,
    riskProcesses: r.risk.ranked.length,
    riskHits: r.risk.ranked.reduce((a, p) => a + p.hits.length, 0),
    planted: r.selfCheck.plantedTotal,
    missed: r.selfCheck.missedTotal,
  };
}

/**
 * A clause's label for tables: its code and its title from the rule set.
 *
 * @example
 * ```ts
 * clauseLabel("NAT-TBL-47"); // "NAT-TBL-47 招标投标法 第四十七条（招标投标情况书面报告）"
 * ```
 */
export function clauseLabel(clause: string): string {
  return `${clause} ${clauseTitleZh(clause)}`;
}
