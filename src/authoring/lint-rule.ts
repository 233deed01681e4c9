/*
 * The checks of one rule that `lintPacks` runs and `loadPack` shares: what a rule reads that its subject's facts do
 * not have, operators on values of the wrong type, conditions that never or always hold. Apart from lint.ts so that
 * loading a pack (load-pack.ts) does not import the linter, which imports the loader.
 */
import type { Condition, PackOverride, Rule, RulePack } from "../rules/engine/types";
import { builtInPacks } from "../rules/packs/default";
import { FACTS_CATALOGUE, factsOfSubject } from "./facts-catalogue";
import type { FactType } from "./facts-catalogue";
import { similarNames } from "./similar-names";

/** The checks `lintPacks` runs. */
export const LINT_CHECKS = {
  "unknown-path": "A fact or path the subject's facts do not have (conditions, values, evidence, requires)",
  "unknown-subject": "A subject no validator evaluates whose name is close to one that a validator does (projet → project): the rule would never run",
  "operator-type": "An operator applied to a value of the wrong type (a number compared with a string, a date operator on a number…)",
  "never-fires": "A rule whose conditions contradict each other (x < 3 and x > 5; equal a and equal b) and so never fire",
  "always-fires": "A rule whose conditions always hold (x < 5 or x ≥ 3; an empty all/any)",
  "duplicate-id": "Two rules with the same id (in one pack or across packs)",
  placeholder: "A message placeholder {fact.path} with no fact behind it",
  "unused-param": "A parameter that no rule and no fact function reads",
  "undescribed-param": "A pack's parameter without a description (reports and catalogues would show only its name)",
  "param-type": "A parameter set to a value of another type than the pack that declares it gives it (a string where a number is declared)",
  floor: "An override that loosens a floor a higher pack declares (names the pack and the article)",
  compose: "The packs do not compose into a rule set (an unknown rule or parameter…)",
} as const;

/** A check's name. */
export type LintCheck = keyof typeof LINT_CHECKS;

/** One problem `lintPacks` found. */
export interface LintFinding {
  readonly check: LintCheck;
  /** The file (or `name@version` of a built-in pack). */
  readonly pack: string;
  readonly ruleId?: string;
  /** Where in the pack: `add[0].conditions.all.1.path`, `params.spotCheckMinRate`. */
  readonly path: ReadonlyArray<string | number>;
  readonly message: { readonly zh: string; readonly en: string };
  /** For a fact or path that does not exist: the known ones closest in spelling (`["project.budgetYuan"]`). */
  readonly didYouMean?: ReadonlyArray<string>;
}

type Leaf = Extract<Condition, { operator: string }>;
export type Path = ReadonlyArray<string | number>;
export interface Ctx {
  readonly pack: string;
  /** Every parameter of the composed set; `undefined` when it is not known yet (one pack loaded alone). */
  readonly params: ReadonlyMap<string, unknown> | undefined;
  readonly out: LintFinding[];
}

const NUMERIC = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);
const DATE_OPS = new Set(["dateBefore", "dateAfter", "dateOnOrBefore", "dateOnOrAfter"]);
const ARRAY_OPS = new Set(["contains", "doesNotContain"]);

export function push(ctx: Ctx, check: LintCheck, ruleId: string | undefined, path: Path, en: string, zh: string, didYouMean: readonly string[] = []): void {
  const hint = didYouMean.length > 0 ? { didYouMean: [...didYouMean] } : {};
  ctx.out.push({ check, pack: ctx.pack, ...(ruleId !== undefined ? { ruleId } : {}), path: [...path], message: { zh, en }, ...hint });
}

function typeOfValue(v: unknown): FactType | "array" | "object" | "unknown" {
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "string") return /^\d{4}-\d{2}-\d{2}$/.test(v) ? "date" : "string";
  if (Array.isArray(v)) return "array";
  if (v !== null && typeof v === "object") return "object";
  return "unknown";
}

interface PathProblem {
  readonly en: string;
  readonly zh: string;
  /** Known paths close in spelling to the one read. */
  readonly didYouMean?: readonly string[];
}

/** The type of `fact.path` for `subject` ("any" = not described further), or why the subject's facts lack it. */
function resolveType(subject: string, fact: string, path: string | undefined, ctx: Ctx): { type: string } | { problem: PathProblem } {
  const s = factsOfSubject(subject);
  if (s === undefined) return { problem: { en: `no validator evaluates subject "${subject}"`, zh: `没有校验器评估主题 "${subject}"` } };
  // Own keys only: a fact or field named `constructor` or `__proto__` is unknown, not Object.prototype's.
  const f = Object.hasOwn(s.facts, fact) ? s.facts[fact] : undefined;
  if (f === undefined) {
    const didYouMean = similarNames(fact, Object.keys(s.facts)).map((k) => (path === undefined ? k : `${k}.${path}`));
    return { problem: { en: `subject ${subject} has no fact "${fact}" (it has ${Object.keys(s.facts).join(", ")})`, zh: `主题 ${subject} 没有事实 "${fact}"（可用：${Object.keys(s.facts).join("、")}）`, didYouMean } };
  }
  const segs = path === undefined ? [] : path.split(".");
  const head = segs[0];
  if (fact === "params") {
    if (head === undefined) return { type: "object" };
    // One pack loaded alone may read a parameter another pack defines: composing the set checks every read then.
    if (ctx.params === undefined) return { type: "any" };
    if (!ctx.params.has(head)) {
      const didYouMean = similarNames(head, [...ctx.params.keys()]).map((k) => `params.${[k, ...segs.slice(1)].join(".")}`);
      return { problem: { en: `no parameter "${head}" in the rule set`, zh: `规则集中没有参数 "${head}"`, didYouMean } };
    }
    const t = typeOfValue(ctx.params.get(head));
    return { type: segs.length > 1 ? "any" : t };
  }
  if (fact === "asOf") return { type: "date" };
  if (head === undefined) return { type: "object" };
  const field = Object.hasOwn(f.fields, head) ? f.fields[head] : undefined;
  if (field === undefined) {
    const didYouMean = similarNames(head, Object.keys(f.fields)).map((k) => [fact, k, ...segs.slice(1)].join("."));
    return { problem: { en: `fact ${fact} of subject ${subject} has no "${head}" (see ggzy rules facts ${subject})`, zh: `主题 ${subject} 的事实 ${fact} 没有字段 "${head}"（见 ggzy rules facts ${subject}）`, didYouMean } };
  }
  if (segs.length > 1) {
    if (field.type === "object[]" || field.type === "string[]") return { type: "any" };
    if (segs.length === 2 && segs[1] === "length" && field.type.startsWith("string")) return { type: "number" };
    return { problem: { en: `${fact}.${head} is a ${field.type}: it has no "${segs.slice(1).join(".")}"`, zh: `${fact}.${head} 是 ${field.type}，没有 "${segs.slice(1).join(".")}"` } };
  }
  return { type: field.type.replace("?", "") };
}

function isRef(v: unknown): v is { fact: string; path?: string } {
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof (v as { fact?: unknown }).fact === "string";
}

function checkRead(rule: Rule, fact: string, path: string | undefined, at: Path, ctx: Ctx, check: LintCheck = "unknown-path"): string | undefined {
  const r = resolveType(rule.subject, fact, path, ctx);
  if ("problem" in r) {
    const read = path === undefined ? fact : `${fact}.${path}`;
    const hint = r.problem.didYouMean ?? [];
    const en = hint.length > 0 ? `; did you mean ${hint.join(" or ")}?` : "";
    const zh = hint.length > 0 ? `；是否要写 ${hint.join(" 或 ")}？` : "";
    push(ctx, check, rule.id, at, `${rule.id}: ${read}: ${r.problem.en}${en}`, `${rule.id}：${read}：${r.problem.zh}${zh}`, hint);
    return undefined;
  }
  return r.type;
}

function checkLeaf(rule: Rule, leaf: Leaf, at: Path, ctx: Ctx): void {
  const t = checkRead(rule, leaf.fact, leaf.path, at, ctx);
  let vt: string | undefined;
  const v = leaf.value;
  if (isRef(v)) vt = checkRead(rule, v.fact, v.path, [...at, "value"], ctx);
  else if (v !== undefined && typeof v === "object" && v !== null && !Array.isArray(v)) {
    // A calendar window { since, days | workingDays }.
    for (const [k, x] of Object.entries(v)) if (isRef(x)) checkRead(rule, x.fact, x.path, [...at, "value", k], ctx);
    vt = "window";
  } else vt = typeOfValue(v);
  const target = leaf.path === undefined ? leaf.fact : `${leaf.fact}.${leaf.path}`;
  const wrong = (en: string, zh: string): void => push(ctx, "operator-type", rule.id, at, `${rule.id}: ${target} ${leaf.operator}: ${en}`, `${rule.id}：${target} ${leaf.operator}：${zh}`);
  const known = (x: string | undefined): x is string => x !== undefined && x !== "any" && x !== "unknown" && x !== "object";
  if (NUMERIC.has(leaf.operator)) {
    if (known(t) && t !== "number") wrong(`compares a ${t} as a number`, `把 ${t} 当作数值比较`);
    if (known(vt) && vt !== "number") wrong(`the value is a ${vt}, not a number`, `比较值是 ${vt}，不是数值`);
  } else if (DATE_OPS.has(leaf.operator) || leaf.operator.includes("PeriodEnd") || leaf.operator.includes("DaysAfter")) {
    if (known(t) && t !== "date") wrong(`a date operator on a ${t}`, `日期运算符用于 ${t}`);
  } else if (ARRAY_OPS.has(leaf.operator)) {
    if (known(t) && !t.endsWith("[]") && t !== "array") wrong(`${leaf.operator} needs a list, the fact is a ${t}`, `${leaf.operator} 需要列表，事实是 ${t}`);
  } else if (leaf.operator === "equal" || leaf.operator === "notEqual") {
    const base = (x: string): string => (x === "date" ? "string" : x);
    if (known(t) && known(vt) && !isRef(v) && base(t) !== base(vt)) wrong(`compares a ${t} with a ${vt}: never equal`, `${t} 与 ${vt} 比较，永远不相等`);
  } else if ((leaf.operator === "in" || leaf.operator === "notIn") && Array.isArray(v) && known(t)) {
    const bad = v.filter((x) => {
      const xt = typeOfValue(x);
      return (xt === "date" ? "string" : xt) !== (t === "date" ? "string" : t);
    });
    if (bad.length > 0) wrong(`the list holds ${JSON.stringify(bad)}, not ${t}s`, `列表中的 ${JSON.stringify(bad)} 不是 ${t}`);
  }
}

type Verdict = "never" | "always" | "maybe";

interface Range {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
}

/** Whether the literal leaves on one fact path, all required together, contradict each other. */
function contradictory(leaves: readonly Leaf[]): boolean {
  const r: Range = { lo: -Infinity, loIn: false, hi: Infinity, hiIn: false };
  let eq: unknown[] | undefined;
  const ne: unknown[] = [];
  let exists = false;
  let notExists = false;
  for (const l of leaves) {
    const v = l.value;
    if (l.operator === "exists") exists = true;
    else if (l.operator === "notExists") notExists = true;
    else if (isRef(v)) continue;
    else if (typeof v === "number" && NUMERIC.has(l.operator)) {
      if (l.operator.startsWith("greater") && (v > r.lo || (v === r.lo && !l.operator.endsWith("Inclusive")))) {
        r.lo = v;
        r.loIn = l.operator.endsWith("Inclusive");
      }
      if (l.operator.startsWith("less") && (v < r.hi || (v === r.hi && !l.operator.endsWith("Inclusive")))) {
        r.hi = v;
        r.hiIn = l.operator.endsWith("Inclusive");
      }
    } else if (l.operator === "equal") eq = eq === undefined ? [v] : eq.filter((x) => x === v);
    else if (l.operator === "in" && Array.isArray(v)) eq = eq === undefined ? [...v] : eq.filter((x) => v.includes(x));
    else if (l.operator === "notEqual") ne.push(v);
    else if (l.operator === "notIn" && Array.isArray(v)) ne.push(...v);
  }
  if (exists && notExists) return true;
  if (r.lo > r.hi || (r.lo === r.hi && !(r.loIn && r.hiIn))) return true;
  if (eq !== undefined) {
    const left = eq.filter((x) => !ne.includes(x) && (typeof x !== "number" || ((x > r.lo || (x === r.lo && r.loIn)) && (x < r.hi || (x === r.hi && r.hiIn)))));
    if (left.length === 0) return true;
  }
  return false;
}

/** Whether the literal leaves on one fact path, any one sufficing, cover every value. */
function exhaustive(leaves: readonly Leaf[]): boolean {
  let below: { v: number; inc: boolean } | undefined;
  let above: { v: number; inc: boolean } | undefined;
  const eq: unknown[] = [];
  const ne: unknown[] = [];
  let exists = false;
  let notExists = false;
  for (const l of leaves) {
    const v = l.value;
    if (l.operator === "exists") exists = true;
    else if (l.operator === "notExists") notExists = true;
    else if (typeof v === "number" && l.operator.startsWith("less")) {
      const inc = l.operator.endsWith("Inclusive");
      if (below === undefined || v > below.v || (v === below.v && inc)) below = { v, inc };
    } else if (typeof v === "number" && l.operator.startsWith("greater")) {
      const inc = l.operator.endsWith("Inclusive");
      if (above === undefined || v < above.v || (v === above.v && inc)) above = { v, inc };
    } else if (l.operator === "equal" && !isRef(v)) eq.push(v);
    else if (l.operator === "notEqual" && !isRef(v)) ne.push(v);
  }
  if (exists && notExists) return true;
  if (ne.some((x) => eq.includes(x))) return true;
  // Numbers only: a missing or non-numeric fact fails both comparisons, so this is about numeric facts.
  return below !== undefined && above !== undefined && (above.v < below.v || (above.v === below.v && (above.inc || below.inc)));
}

function byTarget(children: readonly Condition[]): Leaf[][] {
  const groups = new Map<string, Leaf[]>();
  for (const c of children) {
    if (Object.hasOwn(c, "all") || Object.hasOwn(c, "any") || Object.hasOwn(c, "not")) continue;
    const l = c as Leaf;
    const k = `${l.fact}\u0000${l.path ?? ""}`;
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  return [...groups.values()];
}

function verdictOf(c: Condition): Verdict {
  if (Object.hasOwn(c, "not")) {
    const v = verdictOf((c as { not: Condition }).not);
    return v === "never" ? "always" : v === "always" ? "never" : "maybe";
  }
  if (Object.hasOwn(c, "all")) {
    const kids = (c as { all: readonly Condition[] }).all;
    const vs = kids.map(verdictOf);
    if (vs.includes("never") || byTarget(kids).some(contradictory)) return "never";
    return vs.every((v) => v === "always") ? "always" : "maybe";
  }
  if (Object.hasOwn(c, "any")) {
    const kids = (c as { any: readonly Condition[] }).any;
    const vs = kids.map(verdictOf);
    // json-rules-engine: an empty any holds.
    if (kids.length === 0 || vs.includes("always") || byTarget(kids).some(exhaustive)) return "always";
    return vs.every((v) => v === "never") ? "never" : "maybe";
  }
  return "maybe";
}

function walk(c: Condition, at: Path, visit: (leaf: Leaf, at: Path) => void): void {
  for (const k of ["all", "any"] as const) {
    if (Object.hasOwn(c, k)) {
      ((c as unknown as Record<string, readonly Condition[]>)[k] ?? []).forEach((x, i) => walk(x, [...at, k, i], visit));
      return;
    }
  }
  if (Object.hasOwn(c, "not")) walk((c as { not: Condition }).not, [...at, "not"], visit);
  else visit(c as Leaf, at);
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * The validators' subjects closest in spelling to a subject none of them evaluates (`projet` → `project`): a platform's
 * own subject is far from them all, a misspelt one is not.
 */
function misspeltSubject(subject: string): string[] {
  return factsOfSubject(subject) === undefined ? similarNames(subject, FACTS_CATALOGUE.map((s) => s.subject)) : [];
}

export function lintRule(rule: Rule, at: Path, ctx: Ctx): void {
  const meant = misspeltSubject(rule.subject);
  if (meant.length > 0) {
    // Every read would be "no validator evaluates subject": one finding says what is wrong.
    push(ctx, "unknown-subject", rule.id, [...at, "subject"], `${rule.id}: no validator evaluates subject "${rule.subject}", so the rule would never run; did you mean ${meant.join(" or ")}?`, `${rule.id}：没有校验器评估主题 "${rule.subject}"，该规则永远不会运行；是否要写 ${meant.join(" 或 ")}？`, meant);
    return;
  }
  walk(rule.conditions, [...at, "conditions"], (leaf, p) => checkLeaf(rule, leaf, p, ctx));
  const v = verdictOf(rule.conditions);
  if (v === "never") push(ctx, "never-fires", rule.id, [...at, "conditions"], `${rule.id} can never fire: its conditions contradict each other`, `${rule.id} 永远不会触发：条件相互矛盾`);
  if (v === "always") push(ctx, "always-fires", rule.id, [...at, "conditions"], `${rule.id} always fires: its conditions always hold`, `${rule.id} 总会触发：条件恒成立`);
  rule.evidence.forEach((e, i) => {
    const [fact, ...rest] = e.split(".");
    checkRead(rule, fact as string, rest.length > 0 ? rest.join(".") : undefined, [...at, "evidence", i], ctx);
  });
  // A misspelt required path would never be present: the rule would be skipped (noData) for every record.
  (rule.requires ?? []).forEach((r, i) => {
    const [fact, ...rest] = r.split(".");
    checkRead(rule, fact as string, rest.length > 0 ? rest.join(".") : undefined, [...at, "requires", i], ctx);
  });
  for (const lang of ["zh", "en"] as const) {
    for (const m of rule.message[lang].matchAll(PLACEHOLDER)) {
      const [fact, ...rest] = (m[1] ?? "").split(".");
      checkRead(rule, fact as string, rest.length > 0 ? rest.join(".") : undefined, [...at, "message", lang], ctx, "placeholder");
    }
  }
}

/** The checks about what a rule reads: a fact or path its subject's facts do not have, in conditions, evidence, messages. */
export const PATH_CHECKS: ReadonlySet<LintCheck> = new Set<LintCheck>(["unknown-path", "placeholder", "unknown-subject"]);

/**
 * What one pack's rules read (or require) that their subjects' facts do not have: the `unknown-path` and `placeholder` findings
 * `lintPacks` reports for it, found by the same checks. An override's patch is checked merged with the built-in rule
 * it patches (a patch of a rule from another loaded pack waits for `lintPacks`); a rule of a subject no validator
 * evaluates is a platform's own and not checked, unless the subject's name is close to a validator's (`projet`). Parameter names are left to
 * composing the set (`createRuleSet` refuses a rule reading an undefined one): another loaded pack may define them.
 * `loadPack` refuses a pack with any such finding.
 */
export function unknownPathFindings(pack: RulePack | PackOverride, kind: "pack" | "override", source: string): LintFinding[] {
  const ctx: Ctx = { pack: source, params: undefined, out: [] };
  // A subject no validator evaluates is a platform's own, evaluated with its own facts by `evaluate`: the facts
  // catalogue cannot say what they hold (lint still reports the subject) — unless its name is a validator's misspelt.
  const check = (r: Rule, at: Path): void => {
    if (factsOfSubject(r.subject) !== undefined || misspeltSubject(r.subject).length > 0) lintRule(r, at, ctx);
  };
  if (kind === "pack") (pack as RulePack).rules.forEach((r, i) => check(r, ["rules", i]));
  else {
    const o = pack as PackOverride;
    (o.override ?? []).forEach((patch, i) => {
      const prior = builtInPacks.flatMap((b): readonly Rule[] => b.rules).find((r) => r.id === patch.id);
      if (prior !== undefined) check({ ...prior, ...patch } as Rule, ["override", i]);
    });
    (o.add ?? []).forEach((r, i) => check(r, ["add", i]));
  }
  return ctx.out.filter((f) => PATH_CHECKS.has(f.check));
}
