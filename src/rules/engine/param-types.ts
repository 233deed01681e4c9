/*
 * A parameter keeps the type the pack that declares it gives it. A pack declares a parameter with a value; a later
 * override may change the value, not its kind: "7" where national law declares the number 5 is a type error, found
 * when the packs compose (by `createRuleSet`, and by `lintPacks`, which lists every problem), not at the first record
 * a validator judges with it.
 */
import { GgzyError } from "../../model/error";
import type { PackOverride } from "./types";

/** The JSON type of a parameter's value: a list of one kind of item says which. */
export interface ParamType {
  readonly kind: "number" | "string" | "boolean" | "null" | "object" | "array";
  /** For a list whose items (at least one) are all of one kind. */
  readonly items?: "number" | "string" | "boolean" | "null" | "object" | "array";
}

/** A parameter type as it was declared, and by which pack. */
export interface DeclaredParamType {
  readonly type: ParamType;
  /** `name@version` of the pack (or override) that declared the parameter. */
  readonly pack: string;
}

/** The parameter types declared so far while composing a rule set. */
export type ParamTypeTable = Map<string, DeclaredParamType>;

/** One parameter set to a value of another type than its declaration, as data. */
export interface ParamTypeProblem {
  /** `name@version` of the override that sets the value. */
  readonly by: string;
  readonly param: string;
  readonly value: unknown;
  /** What the declaring pack gives, in words: "number", "list of strings"… */
  readonly expected: string;
  readonly got: string;
  /** `name@version` of the pack that declared the parameter. */
  readonly declaredBy: string;
  /** `params.<name>` in the override. */
  readonly path: ReadonlyArray<string | number>;
  readonly message: { readonly zh: string; readonly en: string };
}

type Kind = ParamType["kind"];

function kindOf(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const t = typeof value;
  return t === "number" || t === "string" || t === "boolean" ? t : "object";
}

/**
 * The type of a parameter value.
 *
 * @example
 * ```ts
 * paramTypeOf(5); // { kind: "number" }
 * paramTypeOf(["tenderer", "agency"]); // { kind: "array", items: "string" }
 * ```
 */
export function paramTypeOf(value: unknown): ParamType {
  const kind = kindOf(value);
  if (kind !== "array" || (value as unknown[]).length === 0) return { kind };
  const items = new Set((value as unknown[]).map(kindOf));
  return items.size === 1 ? { kind, items: [...items][0] as Kind } : { kind };
}

const WORDS: Record<Kind, { zh: string; en: string; enPlural: string }> = {
  number: { zh: "数值", en: "a number", enPlural: "numbers" },
  string: { zh: "字符串", en: "a string", enPlural: "strings" },
  boolean: { zh: "布尔值", en: "a boolean", enPlural: "booleans" },
  null: { zh: "null", en: "null", enPlural: "nulls" },
  object: { zh: "对象", en: "an object", enPlural: "objects" },
  array: { zh: "列表", en: "a list", enPlural: "lists" },
};

/** A type in words: `{ zh: "字符串列表", en: "a list of strings" }`. */
export function describeParamType(t: ParamType): { zh: string; en: string } {
  if (t.kind === "array" && t.items !== undefined) return { zh: `${WORDS[t.items].zh}列表`, en: `a list of ${WORDS[t.items].enPlural}` };
  return { zh: WORDS[t.kind].zh, en: WORDS[t.kind].en };
}

/** Whether `value` has the declared type (an empty list is a list of anything). */
export function fitsParamType(value: unknown, declared: ParamType): boolean {
  if (kindOf(value) !== declared.kind) return false;
  // Only a list is declared with `items`.
  return declared.items === undefined || (value as unknown[]).every((v) => kindOf(v) === declared.items);
}

/** A value as JSON, cut short: a message quotes it. */
function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** An empty table. */
export function newParamTypeTable(): ParamTypeTable {
  return new Map();
}

/** Records the types of the parameters a full pack declares. */
export function declareParamTypes(table: ParamTypeTable, tag: string, params: Readonly<Record<string, { readonly value: unknown }>>): void {
  for (const [name, p] of Object.entries(params)) if (!table.has(name)) table.set(name, { type: paramTypeOf(p.value), pack: tag });
}

/**
 * Every parameter that override `o` (tag `by`) sets to a value of another type than its declaration. A parameter the
 * override introduces (one a rule it adds reads) is declared by it, with its value's type, for later overrides.
 *
 * @example
 * ```ts
 * const table = newParamTypeTable();
 * declareParamTypes(table, "national@2.0.0", nationalPack.params);
 * paramTypeProblems(table, { name: "county", version: "1", params: { committeeMinMembers: "7" } }, "county@1")[0]?.message.en;
 * // 'county@1 sets parameter committeeMinMembers to "7" (a string), but national@2.0.0 declares it a number'
 * ```
 */
export function paramTypeProblems(table: ParamTypeTable, o: PackOverride, by: string): ParamTypeProblem[] {
  const out: ParamTypeProblem[] = [];
  for (const [name, value] of Object.entries(o.params ?? {})) {
    const declared = table.get(name);
    if (declared === undefined) {
      table.set(name, { type: paramTypeOf(value), pack: by });
      continue;
    }
    if (fitsParamType(value, declared.type)) continue;
    const want = describeParamType(declared.type);
    const got = describeParamType(paramTypeOf(value));
    const shown = preview(value);
    out.push({
      by,
      param: name,
      value,
      expected: want.en,
      got: got.en,
      declaredBy: declared.pack,
      path: ["params", name],
      message: {
        zh: `${by} 将参数 ${name} 设为 ${shown}（${got.zh}），但 ${declared.pack} 声明其为${want.zh}`,
        en: `${by} sets parameter ${name} to ${shown} (${got.en}), but ${declared.pack} declares it ${want.en}`,
      },
    });
  }
  return out;
}

/** Throws INVALID_RULE for the first problem (loading refuses a parameter of the wrong type), listing them all. */
export function refuseParamTypes(problems: ReadonlyArray<ParamTypeProblem>): void {
  const p = problems[0];
  if (p === undefined) return;
  throw new GgzyError("INVALID_RULE", {
    zh: p.message.zh,
    en: p.message.en,
    issues: problems.map((x) => ({ path: [...x.path], message: x.message.en, code: "param_type" })),
    details: { override: p.by, param: p.param, expected: p.expected, value: p.value, declaredBy: p.declaredBy },
  });
}
