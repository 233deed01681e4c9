/*
 * Floors: a lower level of government may tighten a higher level's rule, never loosen it. A pack declares a floor on
 * a parameter (bounds its value must keep) or on a rule (it may not be disabled, weakened or made to fire less);
 * every later override is checked against them, by `createRuleSet` (loading refuses) and by `lintPacks` (which
 * lists every problem instead of stopping at the first).
 */
import { GgzyError } from "../../model/error";
import type { Condition, PackOverride, ParamFloor, Rule, RuleFloor } from "./types";

/** One loosening of a floor, as data. */
export interface FloorProblem {
  /** `name@version` of the override that loosens. */
  readonly by: string;
  /** `name@version` of the pack that declared the floor. */
  readonly floorPack: string;
  /** The article that sets the floor. */
  readonly basis: string;
  readonly param?: string;
  readonly ruleId?: string;
  /** Where in the override: `params.spotCheckMinRate`, `disable`, `override[0].conditions`… */
  readonly path: ReadonlyArray<string | number>;
  readonly message: { readonly zh: string; readonly en: string };
}

/** The floors declared so far while composing a rule set. */
export interface FloorTable {
  readonly params: Map<string, { readonly floor: ParamFloor; readonly pack: string }>;
  readonly rules: Map<string, { readonly floor: RuleFloor; readonly pack: string }>;
}

/** An empty floor table. */
export function newFloorTable(): FloorTable {
  return { params: new Map(), rules: new Map() };
}

const show = (v: unknown): string => JSON.stringify(v);

/** Why `value` breaks `floor` (`undefined` when it keeps it). */
export function paramFloorBreach(value: unknown, floor: ParamFloor): { zh: string; en: string } | undefined {
  if (floor.min !== undefined || floor.max !== undefined) {
    if (typeof value !== "number" || !Number.isFinite(value)) return { zh: "须为数值", en: "it must be a number" };
    if (floor.min !== undefined && value < floor.min) return { zh: `低于下限 ${floor.min}`, en: `below the floor ${floor.min}` };
    if (floor.max !== undefined && value > floor.max) return { zh: `高于上限 ${floor.max}`, en: `above the ceiling ${floor.max}` };
  }
  if (floor.includes !== undefined || floor.within !== undefined) {
    if (!Array.isArray(value)) return { zh: "须为列表", en: "it must be a list" };
    const missing = (floor.includes ?? []).filter((x) => !value.some((v) => sameData(v, x)));
    if (missing.length > 0) return { zh: `缺少必须保留的 ${show(missing)}`, en: `it drops ${show(missing)}, which must stay` };
    if (floor.within !== undefined) {
      const extra = value.filter((v) => !(floor.within as unknown[]).some((x) => sameData(v, x)));
      if (extra.length > 0) return { zh: `含有不允许的 ${show(extra)}`, en: `it adds ${show(extra)}, outside ${show(floor.within)}` };
    }
  }
  return undefined;
}

/** Records a pack's floors; its own parameter values must keep them. */
export function declareFloors(
  table: FloorTable,
  tag: string,
  params: Readonly<Record<string, { readonly value: unknown; readonly floor?: ParamFloor }>>,
  rules: ReadonlyArray<Rule>,
): void {
  for (const [name, p] of Object.entries(params)) {
    if (p.floor === undefined) continue;
    const breach = paramFloorBreach(p.value, p.floor);
    if (breach !== undefined) {
      throw new GgzyError("INVALID_RULE", {
        zh: `规则包 ${tag} 的参数 ${name} 取值 ${show(p.value)} 不满足其自身的底线：${breach.zh}`,
        en: `Rule pack ${tag} gives parameter ${name} the value ${show(p.value)}, which breaks its own floor: ${breach.en}`,
        details: { pack: tag, param: name },
      });
    }
    table.params.set(name, { floor: p.floor, pack: tag });
  }
  for (const r of rules) if (r.floor !== undefined) table.rules.set(r.id, { floor: r.floor, pack: tag });
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * Every way override `o` (tag `by`) loosens a floor of `table`; `ruleOf` gives a rule as it stands before `o`.
 * Rules that `o` adds with a floor are declared in the table afterwards (a later override may not loosen them).
 *
 * @example
 * ```ts
 * floorProblems(table, { name: "county", version: "1", params: { spotCheckMinRate: 0.03 } }, "county@1", () => undefined)[0]?.message.en;
 * // "county@1 sets spotCheckMinRate to 0.03: below the floor 0.05 that liaocheng@1.0.0 declares (聊政办字〔2018〕80号 （五）)"
 * ```
 */
export function floorProblems(table: FloorTable, o: PackOverride, by: string, ruleOf: (id: string) => Rule | undefined): FloorProblem[] {
  const out: FloorProblem[] = [];
  for (const [name, value] of Object.entries(o.params ?? {})) {
    const f = table.params.get(name);
    if (f === undefined) continue;
    const breach = paramFloorBreach(value, f.floor);
    if (breach === undefined) continue;
    out.push({
      by,
      floorPack: f.pack,
      basis: f.floor.basis,
      param: name,
      path: ["params", name],
      message: {
        zh: `${by} 将参数 ${name} 设为 ${show(value)}：${breach.zh}，该底线由 ${f.pack} 依据 ${f.floor.basis} 设定，下级只能从严`,
        en: `${by} sets ${name} to ${show(value)}: ${breach.en} that ${f.pack} declares (${f.floor.basis}); a lower level may tighten it, not loosen it`,
      },
    });
  }
  const ruleProblem = (id: string, path: ReadonlyArray<string | number>, zh: string, en: string): void => {
    const f = table.rules.get(id);
    if (f === undefined) return;
    out.push({
      by,
      floorPack: f.pack,
      basis: f.floor.basis,
      ruleId: id,
      path,
      message: {
        zh: `${by} ${zh}规则 ${id}，该规则是 ${f.pack} 依据 ${f.floor.basis} 设定的底线，下级只能从严`,
        en: `${by} ${en} rule ${id}, a floor that ${f.pack} declares (${f.floor.basis}); a lower level may tighten it, not loosen it`,
      },
    });
  };
  (o.disable ?? []).forEach((id, i) => ruleProblem(id, ["disable", i], "停用了", "disables"));
  (o.override ?? []).forEach((patch, i) => {
    const prior = ruleOf(patch.id);
    if (prior === undefined || !table.rules.has(patch.id)) return;
    const at = (k: string): Array<string | number> => ["override", i, k];
    if (patch.severity !== undefined && SEVERITY_RANK[patch.severity] < SEVERITY_RANK[prior.severity]) {
      ruleProblem(patch.id, at("severity"), `把严重程度从 ${prior.severity} 降为 ${patch.severity}，`, `lowers the severity (${prior.severity} → ${patch.severity}) of`);
    }
    if (patch.subject !== undefined && patch.subject !== prior.subject) ruleProblem(patch.id, at("subject"), "改变了主题，", "changes the subject of");
    if (patch.effective !== undefined) {
      const later = patch.effective.from > prior.effective.from;
      const earlier = patch.effective.to !== undefined && (prior.effective.to === undefined || patch.effective.to < prior.effective.to);
      if (later || earlier) ruleProblem(patch.id, at("effective"), "缩短了生效期间，", "shortens the effective period of");
    }
    if (Object.hasOwn(patch, "floor") && !sameData(patch.floor, prior.floor)) ruleProblem(patch.id, at("floor"), "改动了底线，", "changes the floor of");
    // A required fact the rule did not require before makes it skip (noData) records it judged: fewer violations found.
    if (Object.hasOwn(patch, "requires") && (patch.requires ?? []).some((p) => !(prior.requires ?? []).includes(p))) {
      ruleProblem(patch.id, at("requires"), "增加了所需事实，使其在更多记录上不作判断，放宽了", "adds required facts, leaving more records unjudged, loosening");
    }
    if (patch.conditions !== undefined && !coversViolations(prior.conditions, patch.conditions)) {
      ruleProblem(patch.id, at("conditions"), "替换的条件不能保证覆盖原条件的所有违规情形，放宽了", "replaces the conditions with ones not shown to catch every case the old ones did, loosening");
    }
  });
  for (const r of o.add ?? []) if (r.floor !== undefined && !table.rules.has(r.id)) table.rules.set(r.id, { floor: r.floor, pack: by });
  return out;
}

/** Throws FLOOR_LOOSENED for the first problem (loading refuses a loosening override). */
export function refuseLoosening(problems: ReadonlyArray<FloorProblem>): void {
  const p = problems[0];
  if (p === undefined) return;
  throw new GgzyError("FLOOR_LOOSENED", {
    zh: p.message.zh,
    en: p.message.en,
    issues: problems.map((x) => ({ path: [...x.path], message: x.message.en, code: "floor" })),
    details: { override: p.by, floorPack: p.floorPack, basis: p.basis, ...(p.param ? { param: p.param } : {}), ...(p.ruleId ? { ruleId: p.ruleId } : {}) },
  });
}

/** Structural equality of JSON data (key order does not matter). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameData(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Node = Condition;
const isAll = (n: Node): n is Extract<Node, { all: unknown }> => Object.hasOwn(n, "all");
const isAny = (n: Node): n is Extract<Node, { any: unknown }> => Object.hasOwn(n, "any");
const isNot = (n: Node): n is Extract<Node, { not: unknown }> => Object.hasOwn(n, "not");
const isLeaf = (n: Node): n is Extract<Node, { operator: string }> => !isAll(n) && !isAny(n) && !isNot(n);

/** Widening a numeric threshold makes these fire more: `lessThan 3` → `lessThan 5`. */
const WIDER_WHEN_LARGER = new Set(["lessThan", "lessThanInclusive"]);
const WIDER_WHEN_SMALLER = new Set(["greaterThan", "greaterThanInclusive"]);

function leafCovers(a: Extract<Node, { operator: string }>, b: Extract<Node, { operator: string }>): boolean {
  if (a.fact !== b.fact || a.path !== b.path) return false;
  if (a.operator === b.operator && sameData(a.value, b.value)) return true;
  const x = a.value;
  const y = b.value;
  if (typeof x === "number" && typeof y === "number") {
    const strict = (op: string): boolean => op === "lessThan" || op === "greaterThan";
    if (WIDER_WHEN_LARGER.has(a.operator) && WIDER_WHEN_LARGER.has(b.operator)) return y > x || (y === x && (!strict(b.operator) || strict(a.operator)));
    if (WIDER_WHEN_SMALLER.has(a.operator) && WIDER_WHEN_SMALLER.has(b.operator)) return y < x || (y === x && (!strict(b.operator) || strict(a.operator)));
  }
  if (Array.isArray(x) && Array.isArray(y)) {
    if (a.operator === "in" && b.operator === "in") return x.every((v) => y.includes(v));
    if (a.operator === "notIn" && b.operator === "notIn") return y.every((v) => x.includes(v));
  }
  return false;
}

/**
 * Whether conditions `next` surely hold whenever `old` hold — every violation the old rule found, the new one finds
 * too — shown from the structure alone: the same tree with thresholds widened, old conditions kept as one branch of
 * an `any`, or an `all` whose branches each cover the old. Sound, not complete: `false` means "not shown".
 *
 * @example
 * ```ts
 * coversViolations({ all: [{ fact: "x", operator: "lessThan", value: 3 }] }, { all: [{ fact: "x", operator: "lessThan", value: 5 }] }); // true
 * ```
 */
export function coversViolations(old: Condition, next: Condition): boolean {
  if (sameData(old, next)) return true;
  if (isAny(next) && next.any.some((c) => coversViolations(old, c))) return true;
  if (isAll(next) && next.all.length > 0 && next.all.every((c) => coversViolations(old, c))) return true;
  if (isAll(old) && old.all.some((c) => coversViolations(c, next))) return true;
  if (isAny(old) && old.any.length > 0 && old.any.every((c) => coversViolations(c, next))) return true;
  if (isAll(old) && isAll(next) && old.all.length === next.all.length) return old.all.every((c, i) => coversViolations(c, next.all[i] as Condition));
  if (isAny(old) && isAny(next) && old.any.length === next.any.length) return old.any.every((c, i) => coversViolations(c, next.any[i] as Condition));
  if (isNot(old) && isNot(next)) return coversViolations(next.not, old.not);
  if (isLeaf(old) && isLeaf(next)) return leafCovers(old, next);
  return false;
}
