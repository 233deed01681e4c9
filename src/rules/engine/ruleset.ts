/*
 * Composing packs into one versioned, compiled rule set. A later pack may not silently replace an earlier pack's
 * rule: same id twice is an error, and changes go through an explicit PackOverride (add / disable / override /
 * params), so a county's thresholds never fork the catalogue and every change is visible in the version string.
 */
import { hashCanonical } from "../../model/canonical";
import { GgzyError } from "../../model/error";
import { assertJsonInput, typeName } from "../../model/guard";
import { cloneData, compileRuleAt } from "./compile";
import { declareFloors, floorProblems, newFloorTable, refuseLoosening } from "./floors";
import { parseOverrideValue, parsePackValue } from "./load";
import { declareParamTypes, newParamTypeTable, paramTypeProblems, refuseParamTypes } from "./param-types";
import { isSafeName } from "./path";
import type { CompiledRule } from "./compile";
import type { Clause, PackOverride, Rule, RulePack, RuleText, SkippedRule } from "./types";

/** One rule of a rule set, with the pack (or override) that last defined it. */
export interface RuleSetEntry {
  readonly rule: Rule;
  /** `name@version` of the pack or override that defined the rule as it stands. */
  readonly pack: string;
  readonly disabled: boolean;
}

/** A clause of the set: its title and source, and who declared it. */
export interface RuleSetClause extends Clause {
  /** `name@version` of the pack or override that declared the clause as it stands. */
  readonly setBy: string;
}

/** A parameter value of the set. */
export interface RuleSetParam {
  readonly value: unknown;
  /** What the value means, when its pack says; `withBuiltinDocs` adds the built-in packs' descriptions. */
  readonly description?: RuleText;
  /** `name@version` of the pack or override that set the value. */
  readonly setBy: string;
}

const INTERNAL: unique symbol = Symbol("ggzy.ruleset");

/** What `evaluate` needs for one subject, precomputed once. */
export interface SubjectPlan {
  /** The subject's rules in id order. */
  readonly entries: readonly CompiledEntry[];
  /** Length of the subject's flat record: every rule has its own region in it (`CompiledRule.base`). */
  readonly maxSlots: number;
  /**
   * A blank flat record (`undefined` × maxSlots), copied per evaluation: a packed array is cheaper than a holey one,
   * and with one region per rule nothing needs clearing between rules.
   */
  readonly blank: readonly unknown[];
  /** When every rule is enabled and `asOf` lies in [latestFrom, earliestTo], all rules apply: reuse these. */
  readonly allEnabled: boolean;
  /** Some rule has a `scope` (regimes / methods): which rules apply then depends on the record too. */
  readonly scoped: boolean;
  readonly latestFrom: string;
  readonly earliestTo: string | undefined;
  readonly ids: readonly string[];
  readonly applied: readonly CompiledEntry["applied"][];
  /** The facts the subject's rules read (besides `params` and `asOf`). */
  readonly factNames: readonly string[];
  /**
   * Which rules apply at a given asOf day (`""`: no asOf), when not all do: computed once per day and cached here.
   * The cache only saves work (the same day always gives the same lists); its lists are frozen, shared by reports.
   */
  readonly byDay: Map<string, Applicability>;
  /** Every name of `factNames` is safe (`isSafeName`): read from a plain record, it is an own property or nothing. */
  readonly safeFactNames: boolean;
  /** Indexes in `entries` of the rules with `requires`: only they are checked for missing facts (usually none). */
  readonly requiring: readonly number[];
}

/** The rules of a subject that apply at one asOf day, and the report lists that follow from it (all frozen). */
export interface Applicability {
  /** Per entry of `SubjectPlan.entries`: enabled and effective that day. */
  readonly applies: readonly boolean[];
  readonly evaluated: readonly string[];
  readonly applied: readonly CompiledEntry["applied"][];
  readonly skipped: ReadonlyArray<SkippedRule>;
}

/** What `evaluate` needs, per subject. */
export interface RuleSetInternal {
  readonly bySubject: ReadonlyMap<string, SubjectPlan>;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A compiled rule with its applied-rule entry, shared (frozen) between reports. */
export interface CompiledEntry {
  readonly compiled: CompiledRule;
  readonly disabled: boolean;
  readonly applied: { readonly id: string; readonly version: number; readonly pack: string };
}

/** Composed, compiled, immutable rule set. Create with {@link createRuleSet}. */
export interface RuleSet {
  /** `national@2.0.0+liaocheng@1.0.0+my-county@0.1.0`: every pack and override, in order. */
  readonly version: string;
  /**
   * SHA-256 (hex) of the RFC 8785 canonical JSON of `{ packs, overrides }` as validated, in the order given: the
   * identity of what the rules say, where `version` is only what their authors called them. Two sets with the same
   * hash give the same verdicts; a decision record that keeps it can be replayed under the very same rules.
   */
  readonly contentHash: string;
  readonly packs: ReadonlyArray<{ readonly name: string; readonly version: string; readonly kind: "pack" | "override" }>;
  /** All rules in id order (disabled ones included, marked). */
  readonly rules: ReadonlyArray<RuleSetEntry>;
  readonly params: Readonly<Record<string, RuleSetParam>>;
  /**
   * The clauses the packs and overrides declare, by clause ID in ID order: what a rule's `clause` stands for. A
   * rule whose clause no pack declares has none here (a pack need not declare clauses). The built-in packs declare
   * none: `withBuiltinDocs` (ggzy-rules/authoring) adds the titles of their clauses, as documentation.
   */
  readonly clauses: Readonly<Record<string, RuleSetClause>>;
  /** Subjects that have at least one rule, sorted. */
  readonly subjects: ReadonlyArray<string>;
  readonly [INTERNAL]: RuleSetInternal;
}

/** Refuses, with a GgzyError naming `what`, a value that is not a rule set made by {@link createRuleSet}. */
export function assertRuleSet(value: unknown, what = "ruleSet"): asserts value is RuleSet {
  if (ruleSetInternal(value) !== undefined) return;
  throw new GgzyError("INVALID_INPUT", {
    zh: `${what} 必须是 createRuleSet 创建的规则集（收到 ${typeName(value)}）`,
    en: `${what} must be a rule set made by createRuleSet (got ${typeName(value)})`,
    issues: [{ path: [what], message: "not a rule set", code: "invalid_type" }],
  });
}

/** The compiled internals of a rule set, or `undefined` if `value` was not made by `createRuleSet`. */
export function ruleSetInternal(value: unknown): RuleSetInternal | undefined {
  if (value === null || typeof value !== "object") return undefined;
  return (value as { [INTERNAL]?: RuleSetInternal })[INTERNAL];
}

function packError(zh: string, en: string, details: Record<string, unknown>): GgzyError {
  return new GgzyError("INVALID_RULE", { zh, en, details });
}

function parsePack(input: unknown, i: number): RulePack {
  return parsePackValue(input, `#${i}`);
}

function parseOverride(input: unknown, i: number): PackOverride {
  return parseOverrideValue(input, `#${i}`);
}

interface Draft {
  rule: Rule;
  pack: string;
  disabled: boolean;
}

/**
 * Composes rule packs, then applies overrides in order, validates everything and compiles every rule.
 * Rules are evaluated in id order, whatever the order of the packs' arrays.
 *
 * @throws GgzyError `FLOOR_LOOSENED` when an override loosens a floor an earlier pack declares (naming pack and
 *   article); `INVALID_RULE` for a malformed pack, rule or override, a duplicate rule id, a missing or
 *   undeclared parameter, a parameter set to a value of another type than the pack declaring it gives it; `UNKNOWN_RULE` when an override disables or overrides a rule the set does not have.
 * @example
 * ```ts
 * const set = createRuleSet([nationalPack, liaochengPack], [{ name: "my-county", version: "0.1.0",
 *   params: { majorProjectBudgetYuan: 5_000_000 }, disable: ["SPOT_CHECK_PUBLISHED"] }]);
 * set.version; // "national@2.0.0+liaocheng@1.0.0+my-county@0.1.0"
 * ```
 */
export function createRuleSet(packs: ReadonlyArray<RulePack>, overrides: ReadonlyArray<PackOverride> = []): RuleSet {
  if (!Array.isArray(packs) || packs.length === 0) {
    throw packError("至少需要一个规则包", "At least one rule pack is needed", {});
  }
  if (!Array.isArray(overrides)) throw packError("覆盖（overrides）必须是数组", "overrides must be an array", { type: typeName(overrides) });
  assertJsonInput(packs, "rule packs");
  assertJsonInput(overrides, "pack overrides");
  const rules = new Map<string, Draft>();
  const params = new Map<string, { value: unknown; description: RuleText | undefined; setBy: string }>();
  const clauses = new Map<string, RuleSetClause>();
  const versions: Array<{ name: string; version: string; kind: "pack" | "override" }> = [];
  const seenPack = new Set<string>();
  const hashed: { packs: RulePack[]; overrides: PackOverride[] } = { packs: [], overrides: [] };
  const floors = newFloorTable();
  const paramTypes = newParamTypeTable();

  packs.forEach((raw, i) => {
    const pack = parsePack(raw, i);
    hashed.packs.push(pack);
    const tag = `${pack.name}@${pack.version}`;
    if (seenPack.has(pack.name)) throw packError(`规则包 ${pack.name} 重复`, `Rule pack ${pack.name} appears twice`, { pack: pack.name });
    seenPack.add(pack.name);
    versions.push({ name: pack.name, version: pack.version, kind: "pack" });
    declareFloors(floors, tag, pack.params, pack.rules);
    declareParamTypes(paramTypes, tag, pack.params);
    for (const [name, p] of Object.entries(pack.params)) {
      const prior = params.get(name);
      if (prior) {
        throw packError(
          `规则包 ${tag} 重复定义参数 ${name}（已由 ${prior.setBy} 定义）；请用覆盖（override）修改参数值`,
          `Rule pack ${tag} defines parameter ${name} again (already defined by ${prior.setBy}); change its value with an override`,
          { pack: tag, param: name },
        );
      }
      params.set(name, { value: cloneData(p.value), description: p.description, setBy: tag });
    }
    for (const [id, c] of Object.entries(pack.clauses ?? {})) {
      const prior = clauses.get(id);
      if (prior) {
        throw packError(
          `规则包 ${tag} 重复定义条款 ${id}（已由 ${prior.setBy} 定义）；请用覆盖（override）的 clauses 修改条款名称`,
          `Rule pack ${tag} declares clause ${id} again (already declared by ${prior.setBy}); retitle it with an override's clauses`,
          { pack: tag, clause: id },
        );
      }
      clauses.set(id, { title: c.title, source: c.source, setBy: tag });
    }
    for (const rule of pack.rules) {
      const prior = rules.get(rule.id);
      if (prior) {
        throw packError(
          `规则包 ${tag} 再次定义规则 ${rule.id}（已由 ${prior.pack} 定义）；修改已有规则须用覆盖（override）`,
          `Rule pack ${tag} defines rule ${rule.id} again (already defined by ${prior.pack}); change an existing rule with an override`,
          { pack: tag, ruleId: rule.id },
        );
      }
      rules.set(rule.id, { rule, pack: tag, disabled: false });
    }
  });

  overrides.forEach((raw, i) => {
    const o = parseOverride(raw, i);
    hashed.overrides.push(o);
    const tag = `${o.name}@${o.version}`;
    if (o.extends !== undefined) {
      const [wantName, wantVersion] = o.extends.split("@");
      const found = versions.find((v) => v.name === wantName && (wantVersion === undefined || v.version === wantVersion));
      if (!found) {
        throw packError(
          `覆盖 ${tag} 基于 ${o.extends}，但规则集中没有该规则包`,
          `Override ${tag} extends ${o.extends}, which is not in the rule set`,
          { override: tag, extends: o.extends },
        );
      }
    }
    versions.push({ name: o.name, version: o.version, kind: "override" });
    // A value keeps its parameter's declared type ("7" for a number is a type error, not a loosened floor)…
    refuseParamTypes(paramTypeProblems(paramTypes, o, tag));
    // …and a lower level may tighten, never loosen, what a higher pack declares a floor.
    refuseLoosening(floorProblems(floors, o, tag, (id) => rules.get(id)?.rule));
    const unknownRule = (id: string, what: string): GgzyError =>
      new GgzyError("UNKNOWN_RULE", {
        zh: `覆盖 ${tag} 的 ${what} 引用了不存在的规则 ${id}`,
        en: `Override ${tag} ${what === "disable" ? "disables" : "overrides"} unknown rule ${id}`,
        details: { override: tag, ruleId: id, known: [...rules.keys()].sort() },
      });
    // A parameter an override sets must exist already, or be read by a rule this override adds or changes:
    // a misspelt name must not pass silently.
    const readByOverride = new Set<string>();
    for (const r of [...(o.add ?? []), ...(o.override ?? [])]) for (const p of r.params ?? []) readByOverride.add(p);
    for (const [name, value] of Object.entries(o.params ?? {})) {
      const prior = params.get(name);
      if (!prior && !readByOverride.has(name)) {
        throw packError(
          `覆盖 ${tag} 设置了未知参数 ${name}`,
          `Override ${tag} sets unknown parameter ${name}`,
          { override: tag, param: name, known: [...params.keys()].sort() },
        );
      }
      params.set(name, { value: cloneData(value), description: prior?.description, setBy: tag });
    }
    for (const [id, c] of Object.entries(o.clauses ?? {})) clauses.set(id, { title: c.title, source: c.source, setBy: tag });
    for (const patch of o.override ?? []) {
      const prior = rules.get(patch.id);
      if (!prior) throw unknownRule(patch.id, "override");
      const merged = { ...prior.rule, ...patch };
      rules.set(patch.id, { rule: merged as Rule, pack: tag, disabled: prior.disabled });
    }
    for (const id of o.disable ?? []) {
      const prior = rules.get(id);
      if (!prior) throw unknownRule(id, "disable");
      rules.set(id, { ...prior, disabled: true });
    }
    for (const rule of o.add ?? []) {
      const prior = rules.get(rule.id);
      if (prior) {
        throw packError(
          `覆盖 ${tag} 新增的规则 ${rule.id} 已存在（${prior.pack}）；修改已有规则请用 override`,
          `Override ${tag} adds rule ${rule.id}, which exists already (${prior.pack}); use "override" to change it`,
          { override: tag, ruleId: rule.id },
        );
      }
      rules.set(rule.id, { rule, pack: tag, disabled: false });
    }
  });

  const paramValues: Record<string, unknown> = {};
  for (const [k, v] of params) paramValues[k] = v.value;
  deepFreeze(paramValues);

  const ids = [...rules.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries: RuleSetEntry[] = [];
  const bySubject = new Map<string, CompiledEntry[]>();
  // Next free slot of each subject's flat record.
  const slotEnd = new Map<string, number>();
  for (const id of ids) {
    const d = rules.get(id) as Draft;
    const subject: unknown = d.rule.subject;
    const base = typeof subject === "string" ? (slotEnd.get(subject) ?? 0) : 0;
    const compiled = compileRuleAt(d.rule, ` (${d.pack})`, base, paramValues);
    slotEnd.set(compiled.rule.subject, Math.max(compiled.slots, slotEnd.get(compiled.rule.subject) ?? 0));
    const declared = new Set(compiled.rule.params ?? []);
    for (const p of declared) {
      if (!Object.hasOwn(paramValues, p)) {
        throw packError(
          `规则 ${id}（${d.pack}）使用的参数 ${p} 在规则集中不存在`,
          `Rule ${id} (${d.pack}) uses parameter ${p}, which the rule set does not define`,
          { ruleId: id, param: p },
        );
      }
    }
    for (const p of compiled.paramRefs) {
      if (!declared.has(p)) {
        throw packError(
          `规则 ${id}（${d.pack}）读取参数 ${p}，但未在 params 中声明`,
          `Rule ${id} (${d.pack}) reads parameter ${p} but does not declare it in "params"`,
          { ruleId: id, param: p },
        );
      }
    }
    entries.push(Object.freeze({ rule: compiled.rule, pack: d.pack, disabled: d.disabled }));
    const list = bySubject.get(compiled.rule.subject) ?? [];
    list.push(
      Object.freeze({
        compiled,
        disabled: d.disabled,
        applied: Object.freeze({ id, version: compiled.rule.version, pack: d.pack }),
      }),
    );
    bySubject.set(compiled.rule.subject, list);
  }

  const publicParams: Record<string, RuleSetParam> = {};
  for (const [k, v] of [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    publicParams[k] = Object.freeze({ value: paramValues[k], ...(v.description !== undefined ? { description: v.description } : {}), setBy: v.setBy });
  }
  // fromEntries defines own properties: whatever a clause ID is named, it never sets the table's prototype.
  const publicClauses: Record<string, RuleSetClause> = Object.fromEntries(
    [...clauses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, c]) => [id, deepFreeze({ ...c })]),
  );
  const plans = new Map<string, SubjectPlan>();
  for (const [subject, list] of bySubject) {
    let latestFrom = "";
    let earliestTo: string | undefined;
    for (const e of list) {
      const eff = e.compiled.rule.effective;
      if (eff.from > latestFrom) latestFrom = eff.from;
      if (eff.to !== undefined && (earliestTo === undefined || eff.to < earliestTo)) earliestTo = eff.to;
    }
    const factNames = [...new Set(list.flatMap((e) => e.compiled.factNames))].sort();
    plans.set(
      subject,
      Object.freeze({
        // The plan's internal arrays are not frozen: V8 reads an element of a frozen array through a generic,
        // uninlined path (several percent of a verdict) and slices one slowly. They are never written.
        entries: list,
        maxSlots: Math.max(0, ...list.map((e) => e.compiled.slots)),
        blank: Array.from({ length: Math.max(0, ...list.map((e) => e.compiled.slots)) }, () => undefined),
        allEnabled: list.every((e) => !e.disabled),
        scoped: list.some((e) => e.compiled.rule.scope !== undefined),
        latestFrom,
        earliestTo,
        ids: Object.freeze(list.map((e) => e.applied.id)),
        applied: Object.freeze(list.map((e) => e.applied)),
        factNames,
        byDay: new Map(),
        safeFactNames: factNames.every(isSafeName),
        requiring: list.flatMap((e, i) => (e.compiled.requires.length > 0 ? [i] : [])),
      }),
    );
  }
  const internal: RuleSetInternal = Object.freeze({ bySubject: plans, params: paramValues });
  const set = {
    version: versions.map((v) => `${v.name}@${v.version}`).join("+"),
    contentHash: hashCanonical(hashed),
    packs: Object.freeze(versions.map((v) => Object.freeze(v))),
    rules: Object.freeze(entries),
    params: Object.freeze(publicParams),
    clauses: Object.freeze(publicClauses),
    subjects: Object.freeze([...bySubject.keys()].sort()),
  };
  Object.defineProperty(set, INTERNAL, { value: internal, enumerable: false });
  return Object.freeze(set) as RuleSet;
}

/**
 * A copy of a rule set with other documentation: the same rules in the same order with other titles or notes, other
 * clause titles, other parameter descriptions. Version, content hash, parameter values and verdicts stay the set's
 * own — documentation is not what the rules say. Internal: `withBuiltinDocs` (ggzy-rules/authoring) is its caller.
 */
export function redocumentRuleSet(
  set: RuleSet,
  rules: ReadonlyArray<RuleSetEntry>,
  clauses: Readonly<Record<string, RuleSetClause>>,
  params: Readonly<Record<string, RuleSetParam>> = set.params,
): RuleSet {
  assertRuleSet(set);
  const internal = ruleSetInternal(set);
  // A spread copies enumerable own properties only: the compiled internals are attached again, as createRuleSet does.
  const copy = { ...set, rules: Object.freeze([...rules]), clauses: Object.freeze({ ...clauses }), params: Object.freeze({ ...params }) };
  Object.defineProperty(copy, INTERNAL, { value: internal, enumerable: false });
  return Object.freeze(copy) as RuleSet;
}

/** Freezes a value and everything it holds (plain data). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
