/*
 * The rule format and the report shape (DESIGN.md "Rules"). Rules are plain JSON data: a catalogue file writes them
 * `as const satisfies Rule`, so every array here is readonly.
 */

/** How bad a finding is. A report is `ok` unless some finding has severity `"error"`. */
export type Severity = "error" | "warning" | "info";

/** A bilingual text, Chinese first. */
export interface RuleText {
  readonly zh: string;
  readonly en: string;
}

/**
 * A reference to a fact (and a dotted path inside it), usable as the `value` of a condition, as in
 * json-rules-engine: `{ fact: "params", path: "minMembers" }`.
 */
export interface FactReference {
  readonly fact: string;
  readonly path?: string;
}

/** A leaf condition: `<fact>.<path> <operator> <value>`. `value` may be a {@link FactReference}. */
export interface LeafCondition {
  readonly fact: string;
  readonly path?: string;
  readonly operator: string;
  /** Required for every operator except `exists` / `notExists` (json-rules-engine requires it too). */
  readonly value?: unknown;
  /** A label shown in explanations; ignored by evaluation. */
  readonly name?: string;
}

/** All children hold. An empty `all` holds (json-rules-engine semantics). */
export interface AllCondition {
  readonly all: ReadonlyArray<Condition>;
  readonly name?: string;
}

/** Some child holds. An empty `any` ALSO holds: json-rules-engine treats both empty lists as `true`. */
export interface AnyCondition {
  readonly any: ReadonlyArray<Condition>;
  readonly name?: string;
}

/** The child does not hold. */
export interface NotCondition {
  readonly not: Condition;
  readonly name?: string;
}

/** Any condition node. */
export type Condition = AllCondition | AnyCondition | NotCondition | LeafCondition;

/** The root of a rule's conditions is always a boolean node (json-rules-engine requires it). */
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition;

/**
 * Where a national rule's article applies: the legal regimes (`tendering`, `governmentProcurement`) and, when the
 * article covers only some procedures, those methods (the model's `procurementMethod` values). A rule with a scope
 * is evaluated only for a record whose regime (and method) it covers; others list it as skipped (`outOfScope`).
 */
export interface RuleScope {
  readonly regimes: ReadonlyArray<string>;
  readonly methods?: ReadonlyArray<string>;
}

/** The regime and method of the record under evaluation, and where they sit in the input (for error paths). */
export interface RecordScope {
  readonly regime?: string | undefined;
  readonly method?: string | undefined;
  /** Path of the object holding `regime` / `procurementMethod` in the input, e.g. `["project"]`. */
  readonly path?: ReadonlyArray<string | number>;
}

/**
 * A rule: data describing a VIOLATION. When `conditions` hold for the facts, the rule yields a finding.
 *
 * @example
 * ```ts
 * const rule = {
 *   id: "COMMITTEE_TOO_SMALL", version: 1, clause: "NAT-TBL-37", basis: ["招标投标法 第三十七条"],
 *   severity: "error", subject: "committee", effective: { from: "2000-01-01" },
 *   message: { zh: "评标委员会仅 {committee.size} 人，少于 {params.minMembers} 人",
 *              en: "The committee has {committee.size} members, fewer than {params.minMembers}" },
 *   conditions: { all: [{ fact: "committee", path: "size", operator: "lessThan",
 *                         value: { fact: "params", path: "minMembers" } }] },
 *   evidence: ["committee.size"], params: ["minMembers"],
 * } as const satisfies Rule;
 * ```
 */
export interface Rule {
  readonly id: string;
  readonly version: number;
  /** Clause ID of the directive (`LC80-4.4`) or of the national baseline. */
  readonly clause: string;
  /** The legal basis, e.g. `聊政办字〔2018〕80号 （四）四是`, `招标投标法 第三十七条`. */
  readonly basis: ReadonlyArray<string>;
  readonly severity: Severity;
  /** The kind of record the rule applies to: `expertAdmission`, `committee`, `award`, ... */
  readonly subject: string;
  /** Civil dates (Asia/Shanghai), both inclusive. */
  readonly effective: { readonly from: string; readonly to?: string };
  /**
   * What the rule checks, in a few words for tables and charts ("中标通知书发出后按期签订书面合同"): static text, no
   * placeholders (the finding's `message` carries the particulars). Optional. The built-in rules' titles are
   * documentation kept out of their packs: `withBuiltinDocs` (ggzy-rules/authoring) adds them to a rule set.
   */
  readonly title?: RuleText;
  /** Placeholders `{fact.path}` are filled from the facts (`?` when missing). */
  readonly message: RuleText;
  readonly conditions: TopLevelCondition;
  /** Dotted fact paths whose values are copied into the finding. */
  readonly evidence: ReadonlyArray<string>;
  /** Names of the pack parameters the rule reads (through the `params` fact). */
  readonly params?: ReadonlyArray<string>;
  /** The regimes and methods the rule's article covers; absent = every record of the subject. */
  readonly scope?: RuleScope;
  /**
   * Fact paths (`evaluations`, `award.noticeOn`) the rule cannot be judged without. When any of them is absent
   * (`undefined`) from the record's facts, the rule is not evaluated: the report lists it as skipped with reason
   * `noData` and the paths missing. A value that is present — `null`, `0`, `[]`, `""` — counts as given: a
   * validator sets an empty list to say "known: none". Absent = every rule is judged on whatever the facts hold.
   */
  readonly requires?: ReadonlyArray<string>;
  /**
   * Where the text leaves room, how the rule reads it, and what is uncertain (plain English). The built-in rules'
   * notes come with `withBuiltinDocs` (ggzy-rules/authoring), as their titles do.
   */
  readonly notes?: string;
  /** A floor: a later pack or override may tighten this rule but never disable or loosen it (see {@link RuleFloor}). */
  readonly floor?: RuleFloor;
}

/**
 * A rule's floor, set by a higher level of government (national law under a city directive, a city's pack under a
 * county's): an override may not disable the rule, lower its severity, shorten its effective period, change its
 * subject or floor, add facts to its `requires`, or replace its conditions with ones that fire in fewer cases.
 */
export interface RuleFloor {
  /** The article that sets the floor, named when a loosening is refused (e.g. `招标投标法 第三十七条`). */
  readonly basis: string;
}

/**
 * A parameter's floor: the bounds an override's value must keep. `min`: may rise, never fall below (a spot-check
 * rate of at least 5%); `max`: may fall, never rise above (30 days to sign a contract); `includes`: a list that must
 * keep these items; `within`: a list that may only hold these items.
 */
export interface ParamFloor {
  readonly min?: number;
  readonly max?: number;
  readonly includes?: ReadonlyArray<unknown>;
  readonly within?: ReadonlyArray<unknown>;
  /** The article that sets the floor, named when a loosening is refused. */
  readonly basis: string;
}

/** A named parameter of a pack (a threshold the directive leaves open, with its default). */
export interface PackParam {
  readonly value: unknown;
  /**
   * What the value means, for people (reports, catalogues). Optional: `ggzy rules lint` flags a parameter without
   * one, and the built-in packs' descriptions live in `ggzy-rules/authoring` (`withBuiltinDocs`), not in the packs.
   */
  readonly description?: RuleText;
  /** Bounds a later override of the value must keep (see {@link ParamFloor}). */
  readonly floor?: ParamFloor;
}

/**
 * What a clause ID (a rule's `clause`) stands for: the provision, and its subject as a practitioner names it.
 *
 * @example
 * ```ts
 * const clause = {
 *   title: { zh: "招标投标情况书面报告", en: "Written report on the tendering to the supervisor" },
 *   source: { zh: "招标投标法 第四十七条", en: "Tendering and Bidding Law art. 47" },
 * } satisfies Clause;
 * ```
 */
export interface Clause {
  /** The provision's subject, static text without placeholders. */
  readonly title: RuleText;
  /** The provision cited: law or directive, article or item and point. */
  readonly source: RuleText;
}

/** A versioned set of rules with their parameters: the national baseline, the Liaocheng pack, ... */
export interface RulePack {
  readonly name: string;
  readonly version: string;
  readonly description?: RuleText;
  readonly params: Readonly<Record<string, PackParam>>;
  /** The clauses the pack's rules cite, by clause ID (optional; a later pack may not declare one again). */
  readonly clauses?: Readonly<Record<string, Clause>>;
  readonly rules: ReadonlyArray<Rule>;
}

/** A partial rule replacing fields of an existing rule (same `id`). */
export type RuleOverride = Partial<Rule> & { readonly id: string };

/**
 * A user's changes to composed packs, as JSON: add rules, disable rules, override fields of rules, set parameters,
 * add or retitle clauses. Applied in this order: `params`, `override`, `disable`, `add`; `clauses` replace or join
 * the set's clause titles.
 */
export interface PackOverride {
  readonly name: string;
  readonly version: string;
  /** The pack (name, or `name@version`) this override expects to be in the set. */
  readonly extends?: string;
  readonly description?: RuleText;
  readonly add?: ReadonlyArray<Rule>;
  readonly disable?: ReadonlyArray<string>;
  readonly override?: ReadonlyArray<RuleOverride>;
  readonly params?: Readonly<Record<string, unknown>>;
  /** Clauses to add (the rules it adds cite them) or to retitle, by clause ID. */
  readonly clauses?: Readonly<Record<string, Clause>>;
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The civil date (or date-time, taken in Asia/Shanghai) deciding which rules are effective; also the `asOf` fact. */
  readonly asOf?: string;
  /** Which language `Finding.text` is in (default `"both"`: `zh / en`). `message` always carries both. */
  readonly locale?: "zh" | "en" | "both";
  /** `"findings"` (default): explanation trees for findings; `"all"`: also `Report.traces`; `"none"`: none. */
  readonly explain?: "findings" | "all" | "none";
  /** A calendar for the working-day operators (the `Calendar` of `src/calendar`); the PRC calendar by default. */
  readonly calendar?: unknown;
  /**
   * The record's regime and method. A rule with a `scope` needs them: without `regime` (or, for a rule limited to
   * some methods, without `method`) evaluation is refused with `INVALID_INPUT` naming the field and the rule.
   */
  readonly scope?: RecordScope;
}

/** The explanation of a boolean node. */
export interface GroupExplanation {
  readonly kind: "all" | "any" | "not";
  readonly name?: string;
  /** `null` when the node was not evaluated (short-circuited by its parent). */
  readonly result: boolean | null;
  readonly children: ReadonlyArray<ExplanationNode>;
}

/** The explanation of a leaf condition: what was compared, to what, and the outcome. */
export interface ConditionExplanation {
  readonly kind: "condition";
  readonly name?: string;
  readonly fact: string;
  readonly path?: string;
  readonly operator: string;
  /** The condition's value; a fact reference is shown resolved (as json-rules-engine's `valueResult`). */
  readonly expected: unknown;
  /** The fact value seen (json-rules-engine's `factResult`); `undefined` when missing or not evaluated. */
  readonly actual: unknown;
  /** `null` = not evaluated (short-circuited). */
  readonly result: boolean | null;
  /** What a calendar operator computed (day count, period end), so a finding shows the computed last day. */
  readonly computed?: Readonly<Record<string, unknown>>;
}

/** A node of a rule's explanation tree. */
export type ExplanationNode = GroupExplanation | ConditionExplanation;

/** A rule whose conditions held: one violation, as data. */
export interface Finding {
  readonly ruleId: string;
  readonly ruleVersion: number;
  readonly clause: string;
  readonly basis: ReadonlyArray<string>;
  readonly severity: Severity;
  readonly subject: string;
  readonly message: RuleText;
  /** The message in the requested locale (`zh / en` for `"both"`). */
  readonly text: string;
  /** Evidence path → value (`null` when the fact or path is missing). */
  readonly evidence: Readonly<Record<string, unknown>>;
  /** Present unless `explain: "none"`. */
  readonly explanation?: ExplanationNode;
}

/**
 * Why a rule of the subject was not evaluated: disabled by an override, not yet or no longer in force on the record's
 * day, outside its article's regimes or methods, or `noData` — the record lacks a fact the rule `requires`, so it
 * was not judged (neither passed nor failed).
 */
export type SkipReason = "disabled" | "notYetEffective" | "noLongerEffective" | "outOfScope" | "noData";

/**
 * A rule of the subject that was not evaluated, and why. `missing` comes with reason `noData` only: the fact paths
 * the rule `requires` that the record's facts lack, in the rule's order (`["evaluations"]`).
 */
export interface SkippedRule {
  readonly ruleId: string;
  readonly reason: SkipReason;
  readonly missing?: ReadonlyArray<string>;
}

/** Which rule, in which version, from which pack (or override) was applied. */
export interface AppliedRule {
  readonly id: string;
  readonly version: number;
  readonly pack: string;
}

/** The outcome of evaluating one rule, with its explanation (`explain: "all"`). */
export interface RuleTrace {
  readonly ruleId: string;
  readonly result: boolean;
  readonly explanation: ExplanationNode;
}

/** The result of {@link evaluate}: findings are data, never exceptions. */
export interface Report {
  /** False iff some finding has severity `"error"`. */
  readonly ok: boolean;
  readonly rulesetVersion: string;
  /** The rule set's content hash (RFC 8785 + SHA-256 of its packs and overrides): which rules, exactly, judged. */
  readonly rulesetHash: string;
  readonly subject: string;
  readonly findings: ReadonlyArray<Finding>;
  /** Ids of the rules evaluated (judged: each passed or gave a finding), in id order. */
  readonly evaluated: ReadonlyArray<string>;
  /** The subject's other rules, in id order, with the reason each was not judged: with `evaluated`, every rule of the subject once. */
  readonly skipped: ReadonlyArray<SkippedRule>;
  /** Rules applied (the evaluated ones), with version and pack. */
  readonly rules: ReadonlyArray<AppliedRule>;
  /** Every evaluated rule's explanation, with `explain: "all"` only. */
  readonly traces?: ReadonlyArray<RuleTrace>;
}
