/*
 * Evaluating a subject's facts against a rule set. Synchronous and free of shared mutable state: everything an
 * evaluation writes (the flat record, the report) is created by the call, so interleaved evaluations give the results
 * of sequential ones. Findings are data; only bad input throws.
 */
import { GgzyError } from "../../model/error";
import { buildExplanation, renderMessage } from "./compile";
import type { EvalContext } from "./compile";
import { fromEpochDay } from "../../calendar/date";
import { readDate } from "./dates";
import { ruleSetInternal } from "./ruleset";
import { isPlainRecord, isPlainValue } from "./path";
import type { Applicability, CompiledEntry, RuleSet, RuleSetInternal, SubjectPlan } from "./ruleset";
import type { AppliedRule, EvaluateOptions, Finding, RecordScope, Report, RuleTrace, SkippedRule, SkipReason } from "./types";

const NO_OPTIONS: EvaluateOptions = Object.freeze({});
const DEFAULTS = Object.freeze({ asOf: undefined, asOfDay: undefined, locale: "both", explain: "findings", scope: undefined } as const);
const NO_SKIPS: Report["skipped"] = Object.freeze([]);

function badInput(zh: string, en: string, details: Record<string, unknown> = {}): GgzyError {
  return new GgzyError("INVALID_INPUT", { zh, en, details });
}

/** Parsed `asOf` values (civil day, `YYYY-MM-DD`): a validator passes the same few dates again and again. */
const asOfDays = new Map<string, string>();
/** Bound of the per-process caches (asOf days, applicability per day): cleared whole when reached. */
const CACHE_LIMIT = 1024;

/** The civil day of a valid `asOf`, or `undefined` when it is not a date. */
function asOfDayOf(asOf: unknown): string | undefined {
  if (typeof asOf !== "string") return undefined;
  const hit = asOfDays.get(asOf);
  if (hit !== undefined) return hit;
  const d = readDate(asOf);
  if (d === undefined) return undefined;
  const day = fromEpochDay(d.day);
  if (asOfDays.size >= CACHE_LIMIT) asOfDays.clear();
  asOfDays.set(asOf, day);
  return day;
}

interface CheckedOptions {
  asOf: string | undefined;
  asOfDay: string | undefined;
  locale: "zh" | "en" | "both";
  explain: "findings" | "all" | "none";
  scope: RecordScope | undefined;
}

function checkScope(scope: unknown): RecordScope | undefined {
  if (scope === undefined) return undefined;
  const s = scope as RecordScope;
  if (
    scope === null ||
    typeof scope !== "object" ||
    (s.regime !== undefined && typeof s.regime !== "string") ||
    (s.method !== undefined && typeof s.method !== "string") ||
    (s.path !== undefined && !Array.isArray(s.path))
  ) {
    throw badInput("options.scope 须为 { regime?, method?, path? }（字符串）", "options.scope must be { regime?, method?, path? } (strings)", { scope });
  }
  return s;
}

function checkOptions(options: EvaluateOptions): CheckedOptions {
  if (options === null || typeof options !== "object") throw badInput("evaluate 的 options 必须是对象", "evaluate: options must be an object");
  const { asOf, locale = "both", explain = "findings" } = options;
  const scope = checkScope(options.scope);
  let asOfDay: string | undefined;
  if (asOf !== undefined) {
    asOfDay = asOfDayOf(asOf);
    if (asOfDay === undefined) {
      throw new GgzyError("INVALID_DATE", {
        zh: `asOf "${String(asOf)}" 不是有效日期（YYYY-MM-DD 或 ISO-8601 日期时间）`,
        en: `asOf "${String(asOf)}" is not a valid date (YYYY-MM-DD or ISO-8601 date-time)`,
        details: { asOf },
      });
    }
  }
  if (locale !== "zh" && locale !== "en" && locale !== "both") {
    throw badInput(`locale 必须是 zh、en 或 both（收到 ${String(locale)}）`, `locale must be zh, en or both (got ${String(locale)})`);
  }
  if (explain !== "findings" && explain !== "all" && explain !== "none") {
    throw badInput(`explain 必须是 findings、all 或 none（收到 ${String(explain)}）`, `explain must be findings, all or none (got ${String(explain)})`);
  }
  return { asOf, asOfDay, locale, explain, scope };
}

/** The own properties of `facts` on an object without prototype. */
function ownCopy(facts: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const k of Object.getOwnPropertyNames(facts)) out[k] = facts[k];
  return out;
}

/** Whether every fact value read is a plain object, an array or no object at all (JSON data always is). */
function plainRoots(facts: Readonly<Record<string, unknown>>, plan: SubjectPlan): boolean {
  const names = plan.factNames;
  // `facts` is a plain record: a safe name read from it is an own property or nothing.
  const safe = plan.safeFactNames;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const v = safe || Object.hasOwn(facts, name) ? facts[name] : undefined;
    if (v !== null && typeof v === "object" && !isPlainValue(v)) return false;
  }
  return true;
}

function effectiveness(entry: CompiledEntry, asOfDay: string | undefined, scope: RecordScope | undefined): SkipReason | undefined {
  if (entry.disabled) return "disabled";
  const rule = entry.compiled.rule;
  const fit = scopeFit(rule.scope, scope);
  if (asOfDay !== undefined) {
    const eff = rule.effective;
    const dated = asOfDay < eff.from ? "notYetEffective" : eff.to !== undefined && asOfDay > eff.to ? "noLongerEffective" : undefined;
    // A rule never in scope for the record says so before its dates do (a 2011 GP award and a tendering-only rule of
    // 2012: out of scope, not "not yet"); a record that does not say its scope is not refused for a rule not in force.
    if (dated !== undefined) return fit === "out" ? "outOfScope" : dated;
  }
  if (fit === "out") return "outOfScope";
  if (fit === "in") return undefined;
  const covers = rule.scope as NonNullable<typeof rule.scope>;
  throw missingScope(rule.id, fit, fit === "regime" ? covers.regimes : (covers.methods ?? []), scope);
}

/**
 * Whether the record's scope lies inside the rule's (`"in"`, also for a rule with no scope) or outside it (`"out"`),
 * or the field the record lacks to tell.
 */
function scopeFit(covers: CompiledEntry["compiled"]["rule"]["scope"], scope: RecordScope | undefined): "in" | "out" | "regime" | "procurementMethod" {
  if (covers === undefined) return "in";
  const regime = scope?.regime;
  if (regime === undefined) return "regime";
  if (!covers.regimes.includes(regime)) return "out";
  if (covers.methods === undefined) return "in";
  const method = scope?.method;
  if (method === undefined) return "procurementMethod";
  return covers.methods.includes(method) ? "in" : "out";
}

/** A rule limited to some regimes (methods) met a record that does not say which: never guessed, refused. */
function missingScope(ruleId: string, field: "regime" | "procurementMethod", covered: ReadonlyArray<string>, scope: RecordScope | undefined): GgzyError {
  const path = [...(scope?.path ?? []), field];
  const where = path.join(".");
  return new GgzyError("INVALID_INPUT", {
    zh: `规则 ${ruleId} 仅适用于 ${covered.join("、")}，记录缺少字段 ${where}，无法判断是否适用`,
    en: `Rule ${ruleId} applies only to ${covered.join(", ")}; the record lacks the field ${where}, so whether it applies cannot be told`,
    issues: [{ path, message: `required by rule ${ruleId}`, code: "missing_scope" }],
    details: { ruleId, field: where, covered: [...covered] },
  });
}

/** Which rules of the plan apply at `day` for the record's scope (cached per day and scope on the plan; see `SubjectPlan.byDay`). */
function applicability(plan: SubjectPlan, day: string | undefined, scope: RecordScope | undefined): Applicability {
  const key = plan.scoped ? `${day ?? ""}|${scope?.regime ?? ""}|${scope?.method ?? ""}|${(scope?.path ?? []).join(".")}` : (day ?? "");
  const hit = plan.byDay.get(key);
  if (hit !== undefined) return hit;
  const applies: boolean[] = [];
  const evaluated: string[] = [];
  const applied: AppliedRule[] = [];
  const skipped: SkippedRule[] = [];
  for (const entry of plan.entries) {
    const skip = effectiveness(entry, day, scope);
    applies.push(skip === undefined);
    if (skip !== undefined) skipped.push(Object.freeze({ ruleId: entry.applied.id, reason: skip }));
    else {
      evaluated.push(entry.applied.id);
      applied.push(entry.applied);
    }
  }
  const a: Applicability = Object.freeze({
    // Internal, never written: not frozen, so that reading it stays a plain array read (see `SubjectPlan.entries`).
    applies,
    evaluated: Object.freeze(evaluated),
    applied: Object.freeze(applied),
    skipped: skipped.length === 0 ? NO_SKIPS : Object.freeze(skipped),
  });
  if (plan.byDay.size >= CACHE_LIMIT) plan.byDay.clear();
  plan.byDay.set(key, a);
  return a;
}

/** The `requires` paths of a rule that the facts lack, in the rule's order; `undefined` when it has them all. */
function missingFacts(entry: CompiledEntry, ctx: EvalContext): string[] | undefined {
  let out: string[] | undefined;
  const req = entry.compiled.requires;
  for (let i = 0; i < req.length; i++) {
    const [path, get] = req[i] as (typeof req)[number];
    if (get(ctx) === undefined) (out ??= []).push(path);
  }
  return out;
}

/**
 * The rules that would apply but lack a fact they require, by index in `plan.entries`, with the paths missing; or
 * `undefined` when none does (the usual case: then nothing is allocated). Only the plan's rules with `requires` are read.
 */
function lackingData(plan: SubjectPlan, ctx: EvalContext, applies: readonly boolean[] | undefined): Map<number, string[]> | undefined {
  let out: Map<number, string[]> | undefined;
  const idx = plan.requiring;
  for (let j = 0; j < idx.length; j++) {
    const k = idx[j] as number;
    if (applies !== undefined && applies[k] !== true) continue;
    const missing = missingFacts(plan.entries[k] as CompiledEntry, ctx);
    if (missing !== undefined) (out ??= new Map()).set(k, missing);
  }
  return out;
}

/**
 * The lists of `some` (every rule, when `undefined`) with the rules lacking data moved from evaluated to skipped
 * (`noData`). A rule skipped already (disabled, not in force, out of scope) keeps that reason: it would not apply
 * whatever the record held. Built per record, as the missing facts are the record's own.
 */
function withoutData(plan: SubjectPlan, some: Applicability | undefined, lacking: ReadonlyMap<number, string[]>): Applicability {
  const applies: boolean[] = [];
  const evaluated: string[] = [];
  const applied: AppliedRule[] = [];
  const skipped: SkippedRule[] = [];
  const prior = some?.skipped ?? NO_SKIPS;
  let j = 0;
  const entries = plan.entries;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k] as CompiledEntry;
    if (some !== undefined && some.applies[k] !== true) {
      applies.push(false);
      skipped.push(prior[j++] as SkippedRule);
      continue;
    }
    const missing = lacking.get(k);
    applies.push(missing === undefined);
    if (missing !== undefined) skipped.push({ ruleId: entry.applied.id, reason: "noData", missing });
    else {
      evaluated.push(entry.applied.id);
      applied.push(entry.applied);
    }
  }
  return { applies, evaluated, applied, skipped };
}

/** Which rules of the plan are judged for this record: those that apply at the day and scope and have the facts they require. */
function judged(plan: SubjectPlan, ctx: EvalContext, opts: CheckedOptions, allApply: boolean): Applicability | undefined {
  const some = allApply ? undefined : applicability(plan, opts.asOfDay, opts.scope);
  if (plan.requiring.length === 0) return some;
  const lacking = lackingData(plan, ctx, some?.applies);
  return lacking === undefined ? some : withoutData(plan, some, lacking);
}

function buildFinding(entry: CompiledEntry, c: EvalContext, rec: unknown[] | null, locale: "zh" | "en" | "both"): Finding {
  const { compiled } = entry;
  const rule = compiled.rule;
  const message = renderMessage(compiled, c);
  const evidence = compiled.buildEvidence(c);
  const text = locale === "zh" ? message.zh : locale === "en" ? message.en : `${message.zh} / ${message.en}`;
  // Two literals rather than adding `explanation` afterwards: the object is born with its final layout.
  const finding: Finding =
    rec !== null
      ? {
          ruleId: rule.id,
          ruleVersion: rule.version,
          clause: rule.clause,
          basis: rule.basis,
          severity: rule.severity,
          subject: rule.subject,
          message,
          text,
          evidence,
          explanation: compiled.explain(rec),
        }
      : {
          ruleId: rule.id,
          ruleVersion: rule.version,
          clause: rule.clause,
          basis: rule.basis,
          severity: rule.severity,
          subject: rule.subject,
          message,
          text,
          evidence,
        };
  return finding;
}

/** What an evaluation needs: its context (one object per call, never shared) and the subject's plan. */
interface Prepared {
  /** Exactly an `EvalContext`, nothing more: every context then has one shape, which the compiled closures read. */
  readonly ctx: EvalContext;
  readonly plan: SubjectPlan;
  readonly opts: ReturnType<typeof checkOptions>;
  /** Every rule of the subject is enabled and effective at asOf. */
  readonly allApply: boolean;
}

/** Throws the error for input `prepare` refused: the checks again, in order, off the hot path. */
function refuse(ruleSet: RuleSet, subject: string, facts: Readonly<Record<string, unknown>>): never {
  const internal = ruleSetInternal(ruleSet);
  if (internal === undefined) throw badInput("ruleSet 不是 createRuleSet 创建的规则集", "ruleSet was not made by createRuleSet");
  const plan = typeof subject === "string" ? internal.bySubject.get(subject) : undefined;
  if (plan === undefined) {
    throw new GgzyError("UNKNOWN_SUBJECT", {
      zh: `规则集 ${ruleSet.version} 中没有主题为 ${String(subject)} 的规则`,
      en: `Rule set ${ruleSet.version} has no rule for subject ${String(subject)}`,
      details: { subject, known: ruleSet.subjects },
    });
  }
  if (facts === null || typeof facts !== "object" || Array.isArray(facts)) {
    throw badInput("facts 必须是对象（事实名 → 值）", "facts must be an object (fact name → value)");
  }
  throw badInput("事实名 params 为保留名：规则包参数由规则集注入", 'The fact name "params" is reserved: the rule set injects its parameters', { fact: "params" });
}

/** Validates the input of an evaluation and sets up its (private) context. */
function prepare(ruleSet: RuleSet, subject: string, facts: Readonly<Record<string, unknown>>, options: EvaluateOptions, record: boolean): Prepared {
  const internal = ruleSetInternal(ruleSet);
  const plan = internal !== undefined && typeof subject === "string" ? internal.bySubject.get(subject) : undefined;
  if (
    plan === undefined ||
    facts === null ||
    typeof facts !== "object" ||
    Array.isArray(facts) ||
    (facts["params"] !== undefined && Object.hasOwn(facts, "params"))
  ) {
    refuse(ruleSet, subject, facts);
  }
  const opts = options === NO_OPTIONS ? DEFAULTS : checkOptions(options);
  if (opts.asOf !== undefined && Object.hasOwn(facts, "asOf") && facts["asOf"] !== opts.asOf) {
    throw badInput("事实 asOf 与 options.asOf 不一致", 'The fact "asOf" differs from options.asOf', { fact: facts["asOf"], option: opts.asOf });
  }
  const rec: unknown[] | null = !record || opts.explain === "none" ? null : plan.blank.slice();
  // Compiled getters read safe fact names directly: hand them a facts object whose prototype holds no such name.
  const plainFacts = isPlainRecord(facts) ? facts : ownCopy(facts);
  const day = opts.asOfDay;
  const ctx: EvalContext = {
    facts: plainFacts,
    params: (internal as RuleSetInternal).params,
    asOf: opts.asOf,
    calendar: options.calendar,
    rec,
    plainRoots: plainRoots(plainFacts, plan),
  };
  return {
    ctx,
    plan,
    opts,
    // Usually every rule applies: then the (frozen) id and applied lists are shared instead of rebuilt.
    allApply: plan.allEnabled && !plan.scoped && (day === undefined || (day >= plan.latestFrom && (plan.earliestTo === undefined || day <= plan.earliestTo))),
  };
}

/**
 * Verdicts only: the ids of the rules of `subject` whose violation conditions hold (enabled rules effective at
 * `options.asOf` that have the facts they require), in id order, without messages, evidence or explanations. For
 * filters such as a draw's eligibility, where only "does any rule object?" matters. Same input checks as
 * {@link evaluate}.
 *
 * @example
 * ```ts
 * const expert = { name: "王五", employmentKind: "tradingCentreStaff" };
 * violations(defaultRuleSet(), "expertAdmission", { expert }, { asOf: "2024-05-01" }); // ["EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF"]
 * ```
 */
export function violations(ruleSet: RuleSet, subject: string, facts: Readonly<Record<string, unknown>>, options: EvaluateOptions = NO_OPTIONS): string[] {
  const { ctx, plan, opts, allApply } = prepare(ruleSet, subject, facts, options, false);
  const applies = judged(plan, ctx, opts, allApply)?.applies;
  const out: string[] = [];
  const entries = plan.entries;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k] as CompiledEntry;
    if (applies !== undefined && applies[k] !== true) continue;
    if (entry.compiled.test(ctx)) out.push(entry.applied.id);
  }
  return out;
}

/**
 * Evaluates the rules of `subject` in `ruleSet` against `facts` (already parsed by the subject's validator).
 * Injects the `params` fact (the set's parameters) and, when `options.asOf` is given, the `asOf` fact; rules not
 * effective at `asOf` or disabled are listed in `skipped`, and so is a rule whose `requires` names a fact path the
 * facts lack (`{ ruleId, reason: "noData", missing: [...] }`): it was not judged. Without `asOf` every enabled rule
 * that has its required facts is evaluated. `evaluated` and `skipped` together hold each rule of the subject once.
 *
 * @throws GgzyError `INVALID_INPUT` (not a rule set, facts not an object, a reserved fact name, bad options),
 *   `UNKNOWN_SUBJECT` (no rule of the set has that subject), `INVALID_DATE` (bad `asOf`).
 * @example
 * ```ts
 * const expert = { name: "王五", employerName: "市公共资源交易中心", employmentKind: "tradingCentreStaff" };
 * const report = evaluate(defaultRuleSet(), "expertAdmission", { expert }, { asOf: "2024-05-01" });
 * report.ok; // false
 * report.findings[0]?.message.zh; // "王五（市公共资源交易中心）为行业监管部门或交易中心工作人员，不得进入评标专家库"
 * ```
 */
export function evaluate(ruleSet: RuleSet, subject: string, facts: Readonly<Record<string, unknown>>, options: EvaluateOptions = NO_OPTIONS): Report {
  const { ctx, plan, opts, allApply } = prepare(ruleSet, subject, facts, options, true);
  const rec = ctx.rec;
  // Usually every rule applies (the plan's frozen lists serve); otherwise the day's lists, computed once per day, or
  // (a rule lacking a fact it requires) the record's own.
  const some = judged(plan, ctx, opts, allApply);
  const applies = some?.applies;

  const findings: Finding[] = [];
  const traces: RuleTrace[] | undefined = opts.explain === "all" ? [] : undefined;
  let ok = true;
  const entries = plan.entries;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k] as CompiledEntry;
    if (applies !== undefined && applies[k] !== true) continue;
    const compiled = entry.compiled;
    // No clearing: each rule of the subject records into its own region of the (fresh) flat record.
    const hit = compiled.test(ctx);
    if (hit) {
      findings.push(buildFinding(entry, ctx, rec, opts.locale));
      if (compiled.rule.severity === "error") ok = false;
    }
    if (traces !== undefined && rec !== null) {
      traces.push({ ruleId: entry.applied.id, result: hit, explanation: buildExplanation(compiled.plan, rec) });
    }
  }
  const report: { -readonly [K in keyof Report]: Report[K] } = {
    ok,
    rulesetVersion: ruleSet.version,
    rulesetHash: ruleSet.contentHash,
    subject,
    findings,
    evaluated: some?.evaluated ?? plan.ids,
    skipped: some?.skipped ?? NO_SKIPS,
    rules: some?.applied ?? plan.applied,
  };
  if (traces !== undefined) report.traces = traces;
  return report;
}
