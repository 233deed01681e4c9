import * as z from "../model/zod";
import { parseWith } from "../model/error";
/*
 * Condition coverage: for every leaf condition of every rule in scope, whether some case made it true and some case
 * made it false. A leaf a case never reached (short-circuited, or its rule not effective that day) counts neither.
 * One hundred per cent means every comparison a rule makes has been seen to go both ways.
 */
import type { RuleSet } from "../rules/engine/ruleset";
import type { Condition, ExplanationNode, RuleTrace } from "../rules/engine/types";

/** One leaf condition of a rule and the outcomes cases gave it. */
export interface ConditionCoverage {
  readonly ruleId: string;
  readonly pack: string;
  /** Where the leaf sits in `conditions`: `any.0`, `all.2.not`. */
  readonly at: string;
  /** `fact.path operator value`, for people. */
  readonly label: string;
  seenTrue: boolean;
  seenFalse: boolean;
}

/** Coverage of a run: every leaf of the rules in scope, and the totals. */
export interface CoverageReport {
  /** Outcomes seen (each leaf has two: true and false). */
  readonly covered: number;
  readonly total: number;
  /** `covered / total` in per cent, cut (never rounded up) to one decimal: 99.96% shows as 99.9. */
  readonly percent: number;
  readonly conditions: ReadonlyArray<Readonly<ConditionCoverage>>;
  /** Leaves missing an outcome: which one(s). */
  readonly uncovered: ReadonlyArray<{ readonly ruleId: string; readonly at: string; readonly label: string; readonly missing: "true" | "false" | "both" }>;
}

type Leaf = Extract<Condition, { operator: string }>;

function labelOf(leaf: Leaf): string {
  const target = leaf.path === undefined ? leaf.fact : `${leaf.fact}.${leaf.path}`;
  return leaf.value === undefined ? `${target} ${leaf.operator}` : `${target} ${leaf.operator} ${JSON.stringify(leaf.value)}`;
}

function groupKind(c: Condition): "all" | "any" | "not" | undefined {
  if (Object.hasOwn(c, "all")) return "all";
  if (Object.hasOwn(c, "any")) return "any";
  if (Object.hasOwn(c, "not")) return "not";
  return undefined;
}

/** Calls `visit` for every leaf of `c` with its position. */
export function forEachLeaf(c: Condition, at: string, visit: (leaf: Leaf, at: string) => void): void {
  const kind = groupKind(c);
  if (kind === "not") forEachLeaf((c as { not: Condition }).not, at === "" ? "not" : `${at}.not`, visit);
  else if (kind !== undefined) {
    ((c as unknown as Record<string, ReadonlyArray<Condition>>)[kind] ?? []).forEach((child, i) => forEachLeaf(child, at === "" ? `${kind}.${i}` : `${at}.${kind}.${i}`, visit));
  } else visit(c as Leaf, at);
}

/** Walks an explanation beside its conditions (the engine builds one node per condition node, in order). */
function forEachOutcome(c: Condition, e: ExplanationNode, at: string, visit: (at: string, result: boolean | null) => void): void {
  const kind = groupKind(c);
  if (kind === undefined) {
    if (e.kind === "condition") visit(at, e.result);
    return;
  }
  if (e.kind === "condition") return;
  const children = kind === "not" ? [(c as { not: Condition }).not] : ((c as unknown as Record<string, ReadonlyArray<Condition>>)[kind] ?? []);
  children.forEach((child, i) => {
    const ex = e.children[i];
    if (ex !== undefined) forEachOutcome(child, ex, kind === "not" ? (at === "" ? "not" : `${at}.not`) : at === "" ? `${kind}.${i}` : `${at}.${kind}.${i}`, visit);
  });
}

/** Collects outcomes of the rules in scope from reports' traces (`explain: "all"`). */
export interface CoverageTracker {
  /** Adds the traces of one report. */
  add(traces: ReadonlyArray<RuleTrace> | undefined): void;
  /** The coverage so far. */
  report(): CoverageReport;
}

/**
 * The rules a run's coverage is about: the enabled rules defined or changed by the packs under test (tags
 * `name@version`), and the rules reading a parameter those packs set — a county that tightens a threshold must
 * test the rules that read it. With no tags, every enabled rule of the set.
 *
 * @example
 * ```ts
 * coverageScope(set, ["my-county@0.1.0"]); // ["SPOT_CHECK_RATE", "COUNTY_LOCAL_RULE", ...]
 * ```
 */
export function coverageScope(ruleSet: RuleSet, tags: ReadonlyArray<string>): string[] {
  const under = new Set(tags);
  const setParams = new Set(Object.entries(ruleSet.params).filter(([, p]) => under.has(p.setBy)).map(([k]) => k));
  return ruleSet.rules
    .filter((e) => !e.disabled && (under.size === 0 || under.has(e.pack) || (e.rule.params ?? []).some((p) => setParams.has(p))))
    .map((e) => e.rule.id);
}

/**
 * A coverage tracker over the rules `ruleIds` of `ruleSet`.
 *
 * @example
 * ```ts
 * const t = trackCoverage(set, coverageScope(set, []));
 * t.add(validateRecord(record, "complaint", { ruleSet: set, explain: "all" }).traces);
 * t.report().percent; // 50
 * ```
 */
export function trackCoverage(ruleSet: RuleSet, ruleIds: ReadonlyArray<string>): CoverageTracker {
  const byRule = new Map<string, { conditions: Condition; leaves: Map<string, ConditionCoverage> }>();
  const wanted = new Set(ruleIds);
  for (const e of ruleSet.rules) {
    if (!wanted.has(e.rule.id)) continue;
    const leaves = new Map<string, ConditionCoverage>();
    forEachLeaf(e.rule.conditions, "", (leaf, at) => leaves.set(at, { ruleId: e.rule.id, pack: e.pack, at, label: labelOf(leaf), seenTrue: false, seenFalse: false }));
    byRule.set(e.rule.id, { conditions: e.rule.conditions, leaves });
  }
  return {
    add(traces) {
      for (const t of traces ?? []) {
        const r = byRule.get(t.ruleId);
        if (r === undefined) continue;
        forEachOutcome(r.conditions, t.explanation, "", (at, result) => {
          const leaf = r.leaves.get(at);
          if (leaf === undefined || result === null) return;
          if (result) leaf.seenTrue = true;
          else leaf.seenFalse = true;
        });
      }
    },
    report() {
      const conditions = [...byRule.values()].flatMap((r) => [...r.leaves.values()].map((l) => ({ ...l })));
      const covered = conditions.reduce((n, l) => n + (l.seenTrue ? 1 : 0) + (l.seenFalse ? 1 : 0), 0);
      const total = conditions.length * 2;
      const uncovered = conditions
        .filter((l) => !l.seenTrue || !l.seenFalse)
        .map((l) => ({ ruleId: l.ruleId, at: l.at, label: l.label, missing: !l.seenTrue && !l.seenFalse ? ("both" as const) : !l.seenTrue ? ("true" as const) : ("false" as const) }));
      return { covered, total, percent: floorPercent(covered, total), conditions, uncovered };
    },
  };
}

/**
 * `covered / total` in per cent, cut to one decimal (never rounded up; no conditions at all is 100).
 *
 * @example
 * ```ts
 * floorPercent(1999, 2000); // 99.9
 * ```
 */
export function floorPercent(covered: number, total: number): number {
  if (total === 0) return 100;
  return Math.floor((covered * 1000) / total) / 10;
}

const CoverageCountSchema = z.looseObject({ covered: z.int().check(z.gte(0)), total: z.int().check(z.gte(0)) });

/**
 * Whether coverage reaches `minPercent` exactly (no rounding: 1999 of 2000 does not reach 100).
 *
 * @example
 * ```ts
 * meetsCoverage({ covered: 1999, total: 2000 }, 100); // false
 * ```
 */
export function meetsCoverage(c: { readonly covered: number; readonly total: number }, minPercent: number): boolean {
  parseWith(CoverageCountSchema, c, { zh: "覆盖率计数", en: "coverage counts" });
  parseWith(z.number().check(z.gte(0), z.lte(100)), minPercent, { zh: "最低覆盖率", en: "minimum coverage" });
  if (c.total === 0) return true;
  // Compare covered/total >= min/100 in integers: min is taken to three decimals.
  return c.covered * 100_000 >= Math.round(minPercent * 1000) * c.total;
}
