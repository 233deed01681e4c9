import { evaluate } from "../engine/evaluate";
import type { EvaluateOptions, RecordScope, Report } from "../engine/types";
import { markProvisional } from "../facts/provisional";
import type { ResolvedOptions } from "./options";

/**
 * Evaluates one subject, or returns an empty report when the rule set has no rule for it (a user's set may
 * leave a subject out). `ruleDate` decides which rules are in force: the record's own date; `scope` (regime and
 * method) which national rules cover the record.
 */
export function evaluateSubject(subject: string, facts: Record<string, unknown>, ruleDate: string | undefined, o: ResolvedOptions, scope?: RecordScope): Report {
  if (!o.ruleSet.subjects.includes(subject)) {
    return { ok: true, rulesetVersion: o.ruleSet.version, rulesetHash: o.ruleSet.contentHash, subject, findings: [], evaluated: [], skipped: [], rules: [] };
  }
  const options: EvaluateOptions = {
    ...(ruleDate !== undefined ? { asOf: ruleDate } : {}),
    ...(o.locale !== undefined ? { locale: o.locale } : {}),
    ...(o.explain !== undefined ? { explain: o.explain } : {}),
    ...(o.calendar !== undefined ? { calendar: o.calendar } : {}),
    ...(scope !== undefined ? { scope } : {}),
  };
  // A deadline counted through a provisional calendar year says so in its finding's message and evidence.
  return markProvisional(evaluate(o.ruleSet, subject, facts, options), facts, o.calendar, o.asOf, o.locale);
}

/**
 * Merges the reports of several evaluations (a committee and its members, a whole project) into one: findings in
 * the order given, rule lists de-duplicated and sorted, `ok` false if any part is not.
 *
 * @example
 * ```ts
 * mergeReports("committee", "national@2.0.0", [committeeReport, ...memberReports]).ok;
 * ```
 */
export function mergeReports(subject: string, rulesetVersion: string, reports: readonly Report[], rulesetHash: string = reports[0]?.rulesetHash ?? ""): Report {
  const evaluated = new Set<string>();
  const skipped = new Map<string, Report["skipped"][number]>();
  const rules = new Map<string, Report["rules"][number]>();
  const traces: NonNullable<Report["traces"]>[number][] = [];
  let hasTraces = false;
  for (const r of reports) {
    for (const id of r.evaluated) evaluated.add(id);
    for (const s of r.skipped) if (!skipped.has(s.ruleId)) skipped.set(s.ruleId, s);
    for (const a of r.rules) if (!rules.has(a.id)) rules.set(a.id, a);
    if (r.traces) {
      hasTraces = true;
      traces.push(...r.traces);
    }
  }
  const byId = <T>(m: Map<string, T>): T[] => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]);
  // A rule skipped in one part (not yet effective for an old record) but evaluated in another is reported evaluated.
  for (const id of evaluated) skipped.delete(id);
  return {
    ok: reports.every((r) => r.ok),
    rulesetVersion,
    rulesetHash,
    subject,
    findings: reports.flatMap((r) => r.findings),
    evaluated: [...evaluated].sort(),
    skipped: byId(skipped),
    rules: byId(rules),
    ...(hasTraces ? { traces } : {}),
  };
}
