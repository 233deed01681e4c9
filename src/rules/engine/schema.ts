import * as z from "../../model/zod";
import { ProcurementMethodSchema, RegimeSchema } from "../../model/project";
import { readDate } from "./dates";
import { isFactReferenceLike, VALUE_OPERATORS } from "./operators";
import { WINDOW_OPERATORS } from "./window-operators";
import { pathProblem } from "./path";
import type { PackOverride, Rule, RulePack, TopLevelCondition } from "./types";

/** Deepest nesting of condition nodes accepted (the root is level 1). Deeper rules are refused, not evaluated. */
export const MAX_CONDITION_DEPTH = 64;

const NAME = /^[\p{L}\p{N}_-]+$/u;
const RULE_ID = /^[A-Za-z][A-Za-z0-9_.:-]{0,127}$/;
const PACK_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Issue = { path: (string | number)[]; message: string };

const BOOLEAN_KEYS = ["all", "any", "not"] as const;
const LEAF_KEYS = new Set(["fact", "path", "operator", "value", "name"]);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function checkFactName(fact: unknown, path: (string | number)[], out: Issue[]): void {
  if (typeof fact !== "string" || !NAME.test(fact)) {
    out.push({ path, message: `fact must be a name of letters, digits, "_" or "-" (got ${JSON.stringify(fact)})` });
  }
}

function checkPath(p: unknown, path: (string | number)[], out: Issue[]): void {
  if (typeof p !== "string" || p === "") {
    out.push({ path, message: "path must be a non-empty dotted path" });
    return;
  }
  const problem = pathProblem(p);
  if (problem) out.push({ path, message: problem.en });
}

/** Checks a fact reference `{ fact, path? }` used as a value. */
export function checkFactReference(v: Record<string, unknown>, path: (string | number)[], out: Issue[]): void {
  for (const k of Object.keys(v)) {
    if (k !== "fact" && k !== "path") out.push({ path: [...path, k], message: `a fact reference has only "fact" and "path" (unexpected "${k}")` });
  }
  checkFactName(v["fact"], [...path, "fact"], out);
  if (Object.hasOwn(v, "path")) checkPath(v["path"], [...path, "path"], out);
}

/*
 * Hand-written rather than a zod union, so that a bad node is reported at its own path with a precise reason
 * (a union only says "invalid input"), and so that the depth limit is enforced before any recursion.
 */
function checkCondition(node: unknown, path: (string | number)[], depth: number, out: Issue[], top: boolean): void {
  if (out.length > 20) return;
  if (depth > MAX_CONDITION_DEPTH) {
    out.push({ path, message: `conditions are nested deeper than ${MAX_CONDITION_DEPTH} levels` });
    return;
  }
  if (!isPlainObject(node)) {
    out.push({ path, message: "a condition must be an object" });
    return;
  }
  const bools = BOOLEAN_KEYS.filter((k) => Object.hasOwn(node, k));
  if (bools.length > 1) {
    out.push({ path, message: `a condition has exactly one of all/any/not (got ${bools.join(", ")})` });
    return;
  }
  const kind = bools[0];
  if (kind !== undefined) {
    for (const k of Object.keys(node)) {
      if (k !== kind && k !== "name") out.push({ path: [...path, k], message: `unexpected key "${k}" in a ${kind} condition` });
    }
    if (Object.hasOwn(node, "name") && typeof node["name"] !== "string") out.push({ path: [...path, "name"], message: "name must be a string" });
    const children = node[kind];
    if (kind === "not") {
      if (Array.isArray(children)) out.push({ path: [...path, "not"], message: '"not" takes one condition, not an array' });
      else checkCondition(children, [...path, "not"], depth + 1, out, false);
    } else if (!Array.isArray(children)) {
      out.push({ path: [...path, kind], message: `"${kind}" must be an array` });
    } else {
      children.forEach((c, i) => checkCondition(c, [...path, kind, i], depth + 1, out, false));
    }
    return;
  }
  if (top) {
    out.push({ path, message: 'the root of "conditions" must be an all, any or not condition' });
    return;
  }
  for (const k of Object.keys(node)) {
    if (!LEAF_KEYS.has(k)) out.push({ path: [...path, k], message: `unexpected key "${k}" in a condition` });
  }
  checkFactName(node["fact"], [...path, "fact"], out);
  if (Object.hasOwn(node, "path")) checkPath(node["path"], [...path, "path"], out);
  if (Object.hasOwn(node, "name") && typeof node["name"] !== "string") out.push({ path: [...path, "name"], message: "name must be a string" });
  const operator = node["operator"];
  if (typeof operator !== "string") {
    out.push({ path: [...path, "operator"], message: "operator must be a string" });
    return;
  }
  const valueOp = VALUE_OPERATORS.get(operator);
  const windowOp = WINDOW_OPERATORS.get(operator);
  if (valueOp === undefined && windowOp === undefined) {
    out.push({ path: [...path, "operator"], message: `unknown operator "${operator}"` });
    return;
  }
  const hasValue = Object.hasOwn(node, "value");
  if (valueOp !== undefined) {
    if (!valueOp.needsValue) return; // exists / notExists ignore a value
    if (!hasValue) {
      out.push({ path: [...path, "value"], message: `operator "${operator}" needs a value` });
      return;
    }
    const value = node["value"];
    if (isFactReferenceLike(value)) checkFactReference(value as Record<string, unknown>, [...path, "value"], out);
    else if (valueOp.checkValue) {
      const problem = valueOp.checkValue(value);
      if (problem) out.push({ path: [...path, "value"], message: problem.en });
    }
    return;
  }
  if (windowOp !== undefined) {
    if (!hasValue) {
      out.push({ path: [...path, "value"], message: `operator "${operator}" needs a value` });
      return;
    }
    windowOp.checkValue(node["value"], [...path, "value"], out);
  }
}

/** Validates a rule's `conditions` tree (depth, shape, safe paths, known operators, values). */
export const ConditionsSchema = z.custom<TopLevelCondition>().check(z.superRefine((value, ctx) => {
  const out: Issue[] = [];
  checkCondition(value, [], 1, out, true);
  for (const i of out) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
}));

const TextSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

const DateSchema = z.string().check(
  z.regex(ISO_DATE, "expected a date YYYY-MM-DD"),
  z.refine((s) => readDate(s)?.kind === "date", "not a real calendar date"),
);

const DottedPathSchema = z.string().check(z.superRefine((s, ctx) => {
  const p = s === "" ? { en: "empty path" } : pathProblem(s);
  if (p) ctx.addIssue({ code: "custom", message: p.en });
}));

const PLACEHOLDER = /\{([^{}]*)\}/g;
const MessageTextSchema = z.string().check(
  z.minLength(1),
  z.superRefine((s, ctx) => {
    for (const m of s.matchAll(PLACEHOLDER)) {
      const inner = m[1] ?? "";
      const p = inner === "" ? { en: "empty placeholder {}" } : pathProblem(inner);
      if (p) ctx.addIssue({ code: "custom", message: `placeholder {${inner}}: ${p.en}` });
    }
  }),
);

/** Text shown as it is, never filled from facts: a `{…}` would stay in it, so it is refused. */
const StaticTextSchema = z.string().check(
  z.minLength(1),
  z.refine((s) => !/[{}]/.test(s), "a title is static text: no {…} placeholders (the message carries the particulars)"),
);
const TitleSchema = z.strictObject({ zh: StaticTextSchema, en: StaticTextSchema });

/** Clauses by ID, as rules cite them in `clause` (`LC80-4.4`, `NAT-TBL-47`, `DE-2024-3`). */
const ClausesSchema = z.record(z.string().check(z.minLength(1)), z.strictObject({ title: TitleSchema, source: TextSchema }));

const ruleShape = {
  id: z.string().check(z.regex(RULE_ID, "a rule id starts with a letter and holds letters, digits, _ . : - (at most 128)")),
  version: z.number().check(z.int(), z.gte(1)),
  clause: z.string().check(z.minLength(1)),
  basis: z.array(z.string().check(z.minLength(1))),
  severity: z.enum(["error", "warning", "info"]),
  subject: z.string().check(z.regex(NAME, "a subject is a name of letters, digits, _ or -")),
  effective: z
    .strictObject({ from: DateSchema, to: z.optional(DateSchema) })
    .check(z.refine((e) => e.to === undefined || e.from <= e.to, { message: "effective.to is before effective.from", path: ["to"] })),
  title: z.optional(TitleSchema),
  message: z.strictObject({ zh: MessageTextSchema, en: MessageTextSchema }),
  conditions: ConditionsSchema,
  evidence: z.array(DottedPathSchema),
  params: z.optional(z.array(z.string().check(z.regex(NAME, "a parameter name holds letters, digits, _ or -")))),
  scope: z.optional(
    z.strictObject({
      regimes: z.array(RegimeSchema).check(z.minLength(1)),
      methods: z.optional(z.array(ProcurementMethodSchema).check(z.minLength(1))),
    }),
  ),
  requires: z.optional(z.array(DottedPathSchema).check(z.minLength(1))),
  notes: z.optional(z.string().check(z.minLength(1))),
  floor: z.optional(z.strictObject({ basis: z.string().check(z.minLength(1)) })),
};

/**
 * The zod schema of a {@link Rule}. Unknown keys are refused (a misspelt `vaule` must not pass silently).
 *
 * @example
 * ```ts
 * RuleSchema.safeParse(rule).success; // true for a valid rule
 * ```
 */
export const RuleSchema: z.ZodMiniType<Rule> = z.strictObject(ruleShape) as unknown as z.ZodMiniType<Rule>;

const ParamFloorSchema = z
  .strictObject({
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    includes: z.optional(z.array(z.unknown())),
    within: z.optional(z.array(z.unknown())),
    basis: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((f) => f.min !== undefined || f.max !== undefined || f.includes !== undefined || f.within !== undefined, {
      message: "a floor names at least one of min, max, includes, within",
    }),
    z.refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, { message: "floor.min is above floor.max", path: ["min"] }),
  );

const ParamSchema = z.strictObject({ value: z.unknown(), description: z.optional(TextSchema), floor: z.optional(ParamFloorSchema) });

const PackNameSchema = z.string().check(z.regex(PACK_NAME, "a pack name starts with a letter or digit and holds letters, digits, _ . -"));
const PackVersionSchema = z.string().check(z.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, "a version such as 1.0.0"));

/**
 * The zod schema of a {@link RulePack}.
 *
 * @example
 * ```ts
 * RulePackSchema.parse({ name: "county", version: "0.1.0", params: {}, rules: [] });
 * ```
 */
export const RulePackSchema: z.ZodMiniType<RulePack> = z.strictObject({
  name: PackNameSchema,
  version: PackVersionSchema,
  description: z.optional(TextSchema),
  params: z.record(z.string().check(z.regex(NAME, "a parameter name holds letters, digits, _ or -")), ParamSchema),
  clauses: z.optional(ClausesSchema),
  rules: z.array(z.strictObject(ruleShape)),
}) as unknown as z.ZodMiniType<RulePack>;

/** Fields of a rule override: any rule field but `id` may be replaced; the merged rule is validated again. */
const RuleOverrideSchema = z.strictObject({ ...z.partial(z.strictObject(ruleShape)).shape, id: ruleShape.id });

/**
 * The zod schema of a {@link PackOverride}.
 *
 * @example
 * ```ts
 * PackOverrideSchema.parse({ name: "my-county", version: "0.1.0", disable: ["SPOT_CHECK_PUBLISHED"] });
 * ```
 */
export const PackOverrideSchema: z.ZodMiniType<PackOverride> = z.strictObject({
  name: PackNameSchema,
  version: PackVersionSchema,
  extends: z.optional(z.string().check(z.minLength(1))),
  description: z.optional(TextSchema),
  add: z.optional(z.array(z.strictObject(ruleShape))),
  disable: z.optional(z.array(ruleShape.id)),
  override: z.optional(z.array(RuleOverrideSchema)),
  params: z.optional(z.record(z.string().check(z.regex(NAME, "a parameter name holds letters, digits, _ or -")), z.unknown())),
  clauses: z.optional(ClausesSchema),
}) as unknown as z.ZodMiniType<PackOverride>;
