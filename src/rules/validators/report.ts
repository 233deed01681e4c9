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
  const all = <T>(list: (r: Report) => readonly T[]): readonly T[] => (reports.length === 1 ? list(reports[0]!) : reports.flatMap(list));
  const evaluated = inIdOrder(all((r) => r.evaluated), (id) => id);
  // A rule skipped in one part (not yet effective for an old record) but evaluated in another is reported evaluated.
  const ran = new Set(evaluated);
  const skipped = inIdOrder(all((r) => r.skipped).filter((s) => !ran.has(s.ruleId)), (s) => s.ruleId);
  const rules = inIdOrder(all((r) => r.rules), (a) => a.id);
  const traces = reports.flatMap((r) => r.traces ?? []);
  return {
    ok: reports.every((r) => r.ok),
    rulesetVersion,
    rulesetHash,
    subject,
    findings: reports.flatMap((r) => r.findings),
    evaluated,
    skipped,
    rules,
    ...(reports.some((r) => r.traces !== undefined) ? { traces } : {}),
  };
}

/**
 * The items in id order, the first of each id kept. One evaluation lists its rules in id order already (the usual
 * case, a record with one part): such a list is returned as it is, without copying.
 */
function inIdOrder<T>(items: readonly T[], id: (item: T) => string): readonly T[] {
  let ordered = true;
  for (let i = 1; i < items.length && ordered; i++) ordered = id(items[i - 1]!) < id(items[i]!);
  if (ordered) return items;
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(id(item))) first.set(id(item), item);
  return [...first.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]);
}
