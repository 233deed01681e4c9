/*
 * Rule JSON → closures. No eval, no `new Function`: every node becomes a small function built from a fixed set of
 * shapes, and every path a pre-split array of own-property steps. Evaluation is synchronous.
 *
 * Explanations cost almost nothing while evaluating: each node writes its outcome into a flat array (`rec`) at a slot
 * fixed at compile time; objects are built later, only for findings (or when asked). A slot never written means the
 * node was short-circuited, shown as `result: null`.
 */
import { GgzyError, formatPath, toGgzyIssues } from "../../model/error";
import { assertJsonInput } from "../../model/guard";
import { isPlainValue, isSafeName, ownFact, splitPath, stepOwn, stepSafe } from "./path";
import { isFactReferenceLike, VALUE_OPERATORS } from "./operators";
import type { ValueOperator } from "./operators";
import { WINDOW_OPERATORS } from "./window-operators";
import type { WindowValue } from "./window-operators";
import { RuleSchema } from "./schema";
import type { Condition, ExplanationNode, Rule, RuleText } from "./types";
import { valueZh } from "../../model/value-zh";

/** Per-evaluation state. Created by each call to `evaluate`, never shared between calls. */
export interface EvalContext {
  readonly facts: Readonly<Record<string, unknown>>;
  readonly params: Readonly<Record<string, unknown>>;
  /** The injected `asOf` fact (from `options.asOf`), if any. */
  readonly asOf: string | undefined;
  readonly calendar: unknown;
  /** The flat record of the rule being evaluated, or `null` for verdicts only. */
  rec: unknown[] | null;
  /**
   * True when every fact value the subject's rules read is a plain object, an array or not an object: then a safe
   * name read from it is an own property and the per-read prototype test is skipped.
   */
  readonly plainRoots: boolean;
}

type Getter = (c: EvalContext) => unknown;
type Test = (c: EvalContext) => boolean;

/*
 * Slots of a node in the flat record, from its `slot` on: a group records its result (1 slot; an all/any of one child
 * takes none, it IS the child); a leaf its result and the fact value seen (2), plus the resolved value when that is a
 * fact reference (3), plus what a calendar operator computed (4). A small record is cheap to allocate per evaluation.
 */

/** The static description of a node, used to build its explanation from the flat record. */
export type NodePlan =
  | {
      readonly kind: "all" | "any" | "not";
      readonly name: string | undefined;
      readonly slot: number;
      /** Where the node's result is recorded: its own slot, or its only child's (an all/any of one child IS the child). */
      readonly resultSlot: number;
      readonly children: readonly NodePlan[];
    }
  | {
      readonly kind: "condition";
      readonly name: string | undefined;
      readonly slot: number;
      readonly fact: string;
      readonly path: string | undefined;
      readonly operator: string;
      /** The literal value; for a fact reference the resolved value is read from the record. */
      readonly value: unknown;
      readonly valueIsDynamic: boolean;
      /** Whether the operator records a `computed` value (calendar windows). */
      readonly computes: boolean;
    };

/** A compiled message template: literal parts and getters, alternating. */
type Template = readonly (string | Getter)[];

/** A rule compiled to closures; immutable, safe to share between concurrent evaluations. */
export interface CompiledRule {
  readonly rule: Rule;
  /** Whether the violation conditions hold. Writes the flat record when `c.rec` is not null. */
  readonly test: Test;
  readonly plan: NodePlan;
  /**
   * The rule's region of the flat record is `[base, slots)`: a rule set gives each rule of a subject its own region,
   * so one blank record serves a whole evaluation and no slot is ever cleared between rules.
   */
  readonly base: number;
  /** End of the rule's region (the length of flat record it needs). */
  readonly slots: number;
  readonly messageZh: Template;
  readonly messageEn: Template;
  readonly evidence: ReadonlyArray<readonly [string, Getter]>;
  /** Builds the rule's explanation tree from the flat record (the same as `buildExplanation(plan, rec)`). */
  readonly explain: (rec: readonly unknown[]) => ExplanationNode;
  /** Builds a finding's evidence object (path → value seen, `null` when missing, objects copied). */
  readonly buildEvidence: (c: EvalContext) => Record<string, unknown>;
  /** Parameter names the conditions and messages read via the `params` fact. */
  readonly paramRefs: ReadonlySet<string>;
  /** Names of the facts the rule reads (besides `params` and `asOf`). */
  readonly factNames: readonly string[];
  /** The rule's `requires` paths and their getters (empty when it requires nothing). */
  readonly requires: ReadonlyArray<readonly [string, Getter]>;
}

/** Builds the getter of `<fact>.<path>`, with json-rules-engine's resolution (see `resolvePath`). */
export function compileGetter(fact: string, path: string | undefined): Getter {
  const segs = path === undefined ? [] : splitPath(path);
  const root = compileRoot(fact);
  if (segs.length === 0) return root;
  if (segs.length === 1 && fact !== "params" && fact !== "asOf" && isSafeName(fact) && isSafeName(segs[0] as string)) {
    const s0 = segs[0] as string;
    return (c) => readSafe(c, fact, s0);
  }
  if (segs.length === 1) {
    const s0 = segs[0] as string;
    const step = isSafeName(s0) ? stepSafe : stepOwn;
    return (c) => {
      const v = root(c);
      // json-rules-engine: a path on a fact that is not an object is ignored (the fact value is returned).
      return v === null || typeof v !== "object" ? v : step(v, s0);
    };
  }
  const steps = segs.map((s) => (isSafeName(s) ? stepSafe : stepOwn));
  const n = segs.length;
  return (c) => {
    let v = root(c);
    if (v === null || typeof v !== "object") return v;
    for (let i = 0; i < n; i++) v = (steps[i] as typeof stepSafe)(v, segs[i] as string);
    return v;
  };
}

/**
 * The root value of a fact. `evaluate` hands over a facts object with a plain prototype, so a safe name is read
 * directly; other names (`constructor`, ...) only as own properties.
 */
function compileRoot(fact: string): Getter {
  if (fact === "params") return (c) => c.params;
  if (fact === "asOf") return (c) => (c.asOf !== undefined ? c.asOf : ownFact(c.facts, "asOf"));
  if (isSafeName(fact)) return (c) => c.facts[fact];
  return (c) => ownFact(c.facts, fact);
}

/**
 * `<fact>.<s0>` for safe names (the most common read). A safe name read from a value with a built-in prototype is an
 * own property (`c.plainRoots`: `evaluate` checked the fact values' prototypes once); from anything else it is
 * checked with `Object.hasOwn`.
 */
function readSafe(c: EvalContext, fact: string, s0: string): unknown {
  const a = c.facts[fact];
  if (a === null || typeof a !== "object") return a;
  const x = (a as Record<string, unknown>)[s0];
  return x === undefined || c.plainRoots || isPlainValue(a) || Object.hasOwn(a, s0) ? x : undefined;
}

function compileValueGetter(value: unknown): Getter | undefined {
  if (!isFactReferenceLike(value)) return undefined;
  const ref = value as { fact: string; path?: string };
  return compileGetter(ref.fact, ref.path);
}

interface Builder {
  ruleId: string;
  /** The rule set's parameters when known at compile time (deep-frozen: a read now equals a read at evaluation). */
  params: Readonly<Record<string, unknown>> | undefined;
  next: number;
  paramRefs: Set<string>;
  facts: Set<string>;
}

function noteParam(b: Builder, fact: string, path: string | undefined): void {
  if (fact === "params" && path !== undefined) b.paramRefs.add(splitPath(path)[0] as string);
  if (fact !== "params" && fact !== "asOf") b.facts.add(fact);
}

function compileNode(node: Condition, b: Builder): { test: Test; plan: NodePlan } {
  const name = node.name;
  if ("all" in node || "any" in node) {
    const isAll = "all" in node;
    const kids = (isAll ? (node as { all: readonly Condition[] }).all : (node as { any: readonly Condition[] }).any).map((c) => compileNode(c, b));
    const tests = kids.map((k) => k.test);
    const n = tests.length;
    // json-rules-engine evaluates a one-condition all/any as that condition: no wrapper closure, same slot.
    const only = n === 1 ? (kids[0] as { test: Test; plan: NodePlan }) : undefined;
    const resultSlot = only === undefined ? b.next++ : only.plan.kind === "condition" ? only.plan.slot : only.plan.resultSlot;
    const slot = resultSlot;
    const plan: NodePlan = { kind: isAll ? "all" : "any", name, slot, resultSlot, children: kids.map((k) => k.plan) };
    if (only !== undefined) return { test: only.test, plan };
    // json-rules-engine: an empty all AND an empty any both hold (prioritizeAndRun resolves true for []).
    let test: Test;
    if (n === 0) {
      test = (c) => {
        if (c.rec !== null) c.rec[slot] = true;
        return true;
      };
    } else if (n === 2) {
      const [t0, t1] = tests as [Test, Test];
      test = isAll
        ? (c) => {
            const r = t0(c) && t1(c);
            if (c.rec !== null) c.rec[slot] = r;
            return r;
          }
        : (c) => {
            const r = t0(c) || t1(c);
            if (c.rec !== null) c.rec[slot] = r;
            return r;
          };
    } else if (isAll) {
      test = (c) => {
        for (let i = 0; i < n; i++) {
          if (!(tests[i] as Test)(c)) {
            if (c.rec !== null) c.rec[slot] = false;
            return false;
          }
        }
        if (c.rec !== null) c.rec[slot] = true;
        return true;
      };
    } else {
      test = (c) => {
        for (let i = 0; i < n; i++) {
          if ((tests[i] as Test)(c)) {
            if (c.rec !== null) c.rec[slot] = true;
            return true;
          }
        }
        if (c.rec !== null) c.rec[slot] = false;
        return false;
      };
    }
    return { test, plan };
  }
  if ("not" in node) {
    const kid = compileNode(node.not, b);
    const slot = b.next++;
    const t0 = kid.test;
    const test: Test = (c) => {
      const r = !t0(c);
      if (c.rec !== null) c.rec[slot] = r;
      return r;
    };
    return { test, plan: { kind: "not", name, slot, resultSlot: slot, children: [kid.plan] } };
  }
  const leaf = node;
  noteParam(b, leaf.fact, leaf.path);
  const getA = compileGetter(leaf.fact, leaf.path);
  const valueOp = VALUE_OPERATORS.get(leaf.operator);
  const value = leaf.value;
  const slot = b.next;
  b.next += valueOp === undefined ? 4 : 3;
  const plan = (dynamic: boolean, computes = false): NodePlan => ({
    kind: "condition",
    name,
    slot,
    fact: leaf.fact,
    path: leaf.path,
    operator: leaf.operator,
    value,
    valueIsDynamic: dynamic,
    computes,
  });
  if (valueOp !== undefined) {
    const op = valueOp.test;
    const ref = valueOp.needsValue && isFactReferenceLike(value) ? (value as { fact: string; path?: string }) : undefined;
    if (ref !== undefined) {
      noteParam(b, ref.fact, ref.path);
      const getB = compileGetter(ref.fact, ref.path);
      if (ref.fact !== "params" || b.params === undefined) {
        const test: Test = (c) => {
          const a = getA(c);
          const v = getB(c);
          const r = op(a, v);
          note(c, slot, r, a, v);
          return r;
        };
        return { test, plan: plan(true) };
      }
      // A parameter of the rule set is a constant once the set is built (its values are deep-frozen): read it here,
      // once, rather than at every evaluation. The leaf still records it, as a fact reference's resolved value.
      const k = getB(paramsOnly(b.params));
      return { test: constantLeaf(leaf.operator, op, leaf.fact, leaf.path, getA, k, slot), plan: plan(true) };
    }
    return { test: constantLeaf(leaf.operator, op, leaf.fact, leaf.path, getA, value, slot), plan: plan(false) };
  }
  const windowOp = WINDOW_OPERATORS.get(leaf.operator);
  if (windowOp === undefined) throw new Error(`unreachable: operator ${leaf.operator} passed the schema`);
  const raw = value as Record<string, unknown>;
  const parts: Array<readonly [string, Getter]> = [];
  for (const key of ["since", "days", "workingDays"] as const) {
    if (!Object.hasOwn(raw, key)) continue;
    const lit = raw[key];
    const g = compileValueGetter(lit);
    if (g !== undefined) {
      const ref = lit as { fact: string; path?: string };
      noteParam(b, ref.fact, ref.path);
    }
    parts.push([key, g ?? (() => lit)]);
  }
  const test: Test = (c) => {
    const a = getA(c);
    const v: Record<string, unknown> = {};
    for (const [k, g] of parts) v[k] = g(c);
    const out = windowOp.test(a, v as unknown as WindowValue, c.calendar as never);
    const rec = c.rec;
    if (rec !== null) {
      rec[slot] = out.result;
      rec[slot + 1] = a;
      rec[slot + 2] = v;
      rec[slot + 3] = out.computed;
    }
    return out.result;
  };
  return { test, plan: plan(true, true) };
}

/** Records a value leaf's outcome in the flat record: its result, the fact value seen and the value compared with. */
function note(c: EvalContext, slot: number, r: boolean, a: unknown, v: unknown): void {
  const rec = c.rec;
  if (rec !== null) {
    rec[slot] = r;
    rec[slot + 1] = a;
    rec[slot + 2] = v;
  }
}

/** A context that resolves only the `params` fact: what a rule-set parameter is, read at compile time. */
function paramsOnly(params: Readonly<Record<string, unknown>>): EvalContext {
  return { facts: {}, params, asOf: undefined, calendar: undefined, rec: null, plainRoots: true };
}

/**
 * The leaf `<fact>.<path> <operator> k` for a value `k` known when the rule is compiled (a literal or a rule-set
 * parameter). The usual comparisons get a closure of their own with the comparison written out, so V8 compiles each
 * to a few instructions instead of a call through `op` (one call site shared by every operator); a number fact
 * against a number takes the fast branch, anything else `op` with json-rules-engine's coercions. The usual read, one
 * safe name below a fact, is `readSafe`.
 */
function constantLeaf(name: string, op: ValueOperator["test"], fact: string, path: string | undefined, getA: Getter, k: unknown, slot: number): Test {
  const segs = path === undefined ? [] : splitPath(path);
  if (segs.length !== 1 || fact === "params" || fact === "asOf" || !isSafeName(fact) || !isSafeName(segs[0] as string)) {
    return (c) => {
      const a = getA(c);
      const r = op(a, k);
      note(c, slot, r, a, k);
      return r;
    };
  }
  const s0 = segs[0] as string;
  switch (name) {
    case "equal":
      return (c) => {
        const a = readSafe(c, fact, s0);
        const r = a === k;
        note(c, slot, r, a, k);
        return r;
      };
    case "in":
      if (!Array.isArray(k)) break;
      return (c) => {
        const a = readSafe(c, fact, s0);
        const r = k.indexOf(a) > -1;
        note(c, slot, r, a, k);
        return r;
      };
    case "contains":
      return (c) => {
        const a = readSafe(c, fact, s0);
        const r = Array.isArray(a) && a.indexOf(k) > -1;
        note(c, slot, r, a, k);
        return r;
      };
    case "lessThan":
    case "lessThanInclusive":
    case "greaterThan":
    case "greaterThanInclusive": {
      if (typeof k !== "number") break;
      // The four number comparisons in one closure: which one is fixed when the rule is compiled, so the two
      // branches always go the same way at a site.
      const below = name === "lessThan" || name === "lessThanInclusive";
      const inclusive = name === "lessThanInclusive" || name === "greaterThanInclusive";
      return (c) => {
        const a = readSafe(c, fact, s0);
        const r = typeof a !== "number" ? op(a, k) : below ? (inclusive ? a <= k : a < k) : inclusive ? a >= k : a > k;
        note(c, slot, r, a, k);
        return r;
      };
    }
  }
  return (c) => {
    const a = readSafe(c, fact, s0);
    const r = op(a, k);
    note(c, slot, r, a, k);
    return r;
  };
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

function compileTemplate(text: string, b: Builder): Template {
  const out: (string | Getter)[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = m.index;
    if (at > last) out.push(text.slice(last, at));
    const inner = m[1] as string;
    const dot = inner.indexOf(".");
    const fact = dot < 0 ? inner : inner.slice(0, dot);
    const path = dot < 0 ? undefined : inner.slice(dot + 1);
    noteParam(b, fact, path);
    out.push(compileGetter(fact, path));
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return Object.freeze(out);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Copies JSON-like data, so a compiled rule never aliases the caller's (mutable) objects. */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => cloneData(v) as unknown) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cloneData(v);
  return out as T;
}

/** Throws `INVALID_RULE` for the zod issues of a rule, naming the rule and the first bad path. */
export function invalidRule(ruleId: string, issues: ReturnType<typeof toGgzyIssues>, where = ""): GgzyError {
  const first = issues[0];
  const at = first ? formatPath(first.path) : "(root)";
  return new GgzyError("INVALID_RULE", {
    zh: `规则 ${ruleId}${where} 无效：${at}：${first?.message ?? "格式错误"}`,
    en: `Invalid rule ${ruleId}${where}: ${at}: ${first?.message ?? "malformed"}`,
    issues,
    details: { ruleId },
  });
}

/** Validates a rule (RuleSchema) or throws `GgzyError("INVALID_RULE")` naming the rule and the path. */
export function parseRule(input: unknown, where = ""): Rule {
  const parsed = RuleSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const id =
    input !== null && typeof input === "object" && typeof (input as { id?: unknown }).id === "string" ? (input as { id: string }).id : "(no id)";
  throw invalidRule(id, toGgzyIssues(parsed.error.issues), where);
}

/**
 * Validates a rule and compiles it into closures (no eval, no `new Function`).
 *
 * @example
 * ```ts
 * const compiled = compileRule({
 *   id: "X", version: 1, clause: "LC80-4.4", basis: [], severity: "error", subject: "expertAdmission",
 *   effective: { from: "2018-09-26" }, message: { zh: "{expert.name}", en: "{expert.name}" },
 *   conditions: { any: [{ fact: "expert", path: "employmentKind", operator: "equal", value: "tradingCentreStaff" }] },
 *   evidence: ["expert.name"],
 * });
 * compiled.rule.id; // "X"
 * ```
 */
export function compileRule(rule: unknown, where = ""): CompiledRule {
  assertJsonInput(rule, "rule");
  return compileRuleAt(rule, typeof where === "string" ? where.slice(0, 200) : "", 0);
}

/**
 * {@link compileRule} with the rule's flat-record region starting at slot `base` (see `CompiledRule.base`). Given the
 * rule set's parameters (deep-frozen, as `createRuleSet` holds them), conditions read a parameter once, here.
 */
export function compileRuleAt(rule: unknown, where: string, base: number, params?: Readonly<Record<string, unknown>>): CompiledRule {
  const parsed = deepFreeze(cloneData(parseRule(rule, where)));
  const b: Builder = { ruleId: parsed.id, params, next: base, paramRefs: new Set(), facts: new Set() };
  const root = compileNode(parsed.conditions, b);
  const slots = b.next;
  const messageZh = compileTemplate(parsed.message.zh, b);
  const messageEn = compileTemplate(parsed.message.en, b);
  const evidence = Object.freeze(
    parsed.evidence.map((p): readonly [string, Getter] => {
      const dot = p.indexOf(".");
      const fact = dot < 0 ? p : p.slice(0, dot);
      const path = dot < 0 ? undefined : p.slice(dot + 1);
      noteParam(b, fact, path);
      return Object.freeze([p, compileGetter(fact, path)] as const);
    }),
  );
  const requires = Object.freeze(
    (parsed.requires ?? []).map((p): readonly [string, Getter] => {
      const dot = p.indexOf(".");
      const fact = dot < 0 ? p : p.slice(0, dot);
      const path = dot < 0 ? undefined : p.slice(dot + 1);
      noteParam(b, fact, path);
      return Object.freeze([p, compileGetter(fact, path)] as const);
    }),
  );
  const keys = Object.freeze(evidence.map((e) => e[0]));
  const getters = Object.freeze(evidence.map((e) => e[1]));
  const buildEvidence = (c: EvalContext): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const v = (getters[k] as Getter)(c);
      out[keys[k] as string] = v === undefined ? null : v !== null && typeof v === "object" ? cloneData(v) : v;
    }
    return out;
  };
  return Object.freeze({
    rule: parsed,
    test: root.test,
    plan: deepFreeze(root.plan),
    explain: compileExplainer(root.plan),
    base,
    slots,
    messageZh,
    messageEn,
    evidence,
    buildEvidence,
    paramRefs: b.paramRefs,
    factNames: Object.freeze([...b.facts].sort()),
    requires,
  });
}

/** A detached copy of a recorded value: primitives as they are, objects and arrays copied (never the caller's). */
function detach(v: unknown): unknown {
  return v !== null && typeof v === "object" ? cloneData(v) : v;
}

/**
 * Builds the explanation tree of a rule from its flat record. Values seen in the facts are copied, so the tree
 * never aliases the caller's objects; literal values come from the (frozen) rule.
 */
export function buildExplanation(plan: NodePlan, rec: readonly unknown[]): ExplanationNode {
  if (plan.kind !== "condition") {
    const r = rec[plan.resultSlot];
    const kids = plan.children;
    // Array literals for the usual one or two children: born packed at their final length.
    let children: ExplanationNode[];
    if (kids.length === 1) children = [buildExplanation(kids[0] as NodePlan, rec)];
    else if (kids.length === 2) children = [buildExplanation(kids[0] as NodePlan, rec), buildExplanation(kids[1] as NodePlan, rec)];
    else {
      children = [];
      for (let i = 0; i < kids.length; i++) children.push(buildExplanation(kids[i] as NodePlan, rec));
    }
    const result = r === undefined ? null : (r as boolean);
    return plan.name === undefined ? { kind: plan.kind, result, children } : { kind: plan.kind, name: plan.name, result, children };
  }
  const r = rec[plan.slot];
  const result = r === undefined ? null : (r as boolean);
  const expected = result !== null && plan.valueIsDynamic ? detach(rec[plan.slot + 2]) : plan.value;
  const actual = result === null ? undefined : detach(rec[plan.slot + 1]);
  // One literal per common shape: objects are born with their final layout (no property-by-property growth).
  const leaf: {
    kind: "condition";
    name?: string;
    fact: string;
    path?: string;
    operator: string;
    expected: unknown;
    actual: unknown;
    result: boolean | null;
    computed?: Record<string, unknown>;
  } =
    plan.path !== undefined
      ? { kind: "condition", fact: plan.fact, path: plan.path, operator: plan.operator, expected, actual, result }
      : { kind: "condition", fact: plan.fact, operator: plan.operator, expected, actual, result };
  if (plan.name !== undefined) leaf.name = plan.name;
  if (plan.computes && result !== null) {
    const computed = rec[plan.slot + 3];
    if (computed !== undefined) leaf.computed = cloneData(computed) as Record<string, unknown>;
  }
  return leaf;
}

type Explainer = (rec: readonly unknown[]) => ExplanationNode;

/**
 * {@link buildExplanation} for one plan, compiled into closures: building a finding's tree then reads only the flat
 * record, without walking the plan. Uncommon shapes (named nodes, calendar leaves, leaves without a path, groups of
 * three or more) fall back to `buildExplanation`.
 */
function compileExplainer(plan: NodePlan): Explainer {
  if (plan.kind !== "condition") {
    const kids = plan.children;
    const { kind, resultSlot: slot } = plan;
    if (plan.name === undefined && kids.length === 1) {
      const k0 = compileExplainer(kids[0] as NodePlan);
      return (rec) => {
        const r = rec[slot];
        return { kind, result: r === undefined ? null : (r as boolean), children: [k0(rec)] };
      };
    }
    if (plan.name === undefined && kids.length === 2) {
      const k0 = compileExplainer(kids[0] as NodePlan);
      const k1 = compileExplainer(kids[1] as NodePlan);
      return (rec) => {
        const r = rec[slot];
        return { kind, result: r === undefined ? null : (r as boolean), children: [k0(rec), k1(rec)] };
      };
    }
    return (rec) => buildExplanation(plan, rec);
  }
  if (plan.name !== undefined || plan.computes || plan.path === undefined) return (rec) => buildExplanation(plan, rec);
  const { fact, path, operator, value, valueIsDynamic: dynamic, slot } = plan;
  return (rec) => {
    const r = rec[slot];
    if (r === undefined) return { kind: "condition", fact, path, operator, expected: value, actual: undefined, result: null };
    const a = rec[slot + 1];
    const e = dynamic ? rec[slot + 2] : value;
    return {
      kind: "condition",
      fact,
      path,
      operator,
      expected: dynamic && e !== null && typeof e === "object" ? cloneData(e) : e,
      actual: a !== null && typeof a === "object" ? cloneData(a) : a,
      result: r as boolean,
    };
  };
}

function display(v: unknown, locale: "zh" | "en"): string {
  // Chinese messages show enumerated values and booleans in Chinese ("报价错误", "否"), English ones as they are.
  if (locale === "zh" && (typeof v === "string" || typeof v === "boolean")) return valueZh(v);
  if (typeof v === "string") return v;
  if (v === undefined) return "?";
  if (v === null) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map((x) => display(x, locale)).join(locale === "zh" ? "、" : ", ");
  try {
    return JSON.stringify(v) ?? "?";
  } catch {
    return "?";
  }
}

/** Fills a compiled message template from the facts (`?` for a missing value; lists joined with 、 or , ). */
export function renderTemplate(t: Template, c: EvalContext, locale: "zh" | "en"): string {
  let s = "";
  for (let i = 0; i < t.length; i++) {
    const part = t[i] as string | Getter;
    s += typeof part === "string" ? part : display(part(c), locale);
  }
  return s;
}

/** The message of a rule, filled from the facts. */
export function renderMessage(compiled: CompiledRule, c: EvalContext): RuleText {
  return { zh: renderTemplate(compiled.messageZh, c, "zh"), en: renderTemplate(compiled.messageEn, c, "en") };
}
