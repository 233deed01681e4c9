import { z } from "zod";

/** A yes-for-sure test: true only for a value the schema accepts; false means "ask the schema". */
export type Acceptor = (value: unknown) => boolean;

// What this module reads of a zod 4 schema: its `_zod.def` (the documented introspection surface of zod/v4/core).
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly [key: string]: unknown;
}
interface CheckDef {
  readonly check: string;
  readonly [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const traitsOf = (schema: unknown): ReadonlySet<string> => (schema as { _zod: { traits?: ReadonlySet<string> } })._zod.traits ?? new Set();

// zod's own guard on length checks ("run only on a value with a length"): always true for the strings and arrays
// tested here. Taken from a check zod builds, so that any other guard is recognised as unknown.
const LENGTH_GUARD = defOf(z.string().min(1)).checks?.[0]?._zod.def["when"];

const NEVER: Acceptor = () => false;
const ALWAYS: Acceptor = () => true;

// String formats whose whole test is their `pattern` (zod's iso formats and `.regex`); others (url, jwt, …) check
// more than a pattern, so a schema using them is left to zod.
const PATTERN_FORMATS = new Set(["regex", "date", "datetime", "time"]);

/**
 * Compiles a zod schema into a fast, allocation-free test that answers "surely valid" for the common case: when it
 * returns true, `schema.safeParse(value).success` is true. When it returns false the value may still be valid — the
 * caller then parses with the schema, which also gives the error with its path. Constructs it does not know
 * (transforms, refinements, records, string formats beyond patterns, …) make it answer false, never a wrong true.
 *
 * Why: validating a million pool experts with zod costs seconds, mostly in building parsed copies that a draw does
 * not need (it reads the objects as given); this test builds nothing. Compiled once per schema, into closures (no
 * code generation).
 *
 * @example
 * ```ts
 * const accepts = compileAcceptor(ExpertSchema);
 * const valid = pool.every((e) => accepts(e) || ExpertSchema.safeParse(e).success);
 * ```
 */
export function compileAcceptor(schema: z.ZodType): Acceptor {
  return compile(schema);
}

function compile(schema: unknown): Acceptor {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return compileString(def);
    case "number":
      return compileNumber(def);
    case "boolean":
      return def["coerce"] === true || hasChecks(def) ? NEVER : (v) => typeof v === "boolean";
    case "enum":
    case "literal":
      return hasChecks(def) ? NEVER : compileMember(schema);
    case "unknown":
    case "any":
      return hasChecks(def) ? NEVER : ALWAYS;
    case "optional":
    case "default": {
      // zod 4 gives `undefined` the default without validating it, so both accept `undefined` as is — except an
      // exact optional (`.exactOptional()`), which refuses a present `undefined`.
      if (hasChecks(def) || traitsOf(schema).has("$ZodExactOptional")) return NEVER;
      const inner = compile(def["innerType"]);
      return (v) => v === undefined || inner(v);
    }
    case "nullable": {
      if (hasChecks(def)) return NEVER;
      const inner = compile(def["innerType"]);
      return (v) => v === null || inner(v);
    }
    case "array":
      return compileArray(def);
    case "object":
      return compileObject(def);
    case "union": {
      // An inclusive union succeeds when any option does, so one option surely accepting is enough. Exclusive ones
      // (z.xor, discriminated unions) decide differently: left to zod.
      if (hasChecks(def) || def["inclusive"] === false) return NEVER;
      const options = (def["options"] as readonly unknown[]).map(compile);
      return (v) => options.some((accepts) => accepts(v));
    }
    default:
      return NEVER;
  }
}

function hasChecks(def: Def): boolean {
  return def.checks !== undefined && def.checks.length > 0;
}

/** The checks of a string or array on its length, as one test; undefined when one of them is not about length. */
function lengthTest(def: Def): ((length: number) => boolean) | undefined {
  let min = 0;
  let max = Infinity;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    // (`abort` only stops the checks after a failed one: it does not change what is accepted.)
    if (c["when"] !== undefined && c["when"] !== LENGTH_GUARD) return undefined;
    if (c.check === "min_length") min = Math.max(min, c["minimum"] as number);
    else if (c.check === "max_length") max = Math.min(max, c["maximum"] as number);
    else if (c.check === "length_equals") {
      min = Math.max(min, c["length"] as number);
      max = Math.min(max, c["length"] as number);
    } else if (c.check !== "string_format") return undefined;
  }
  return (length) => length >= min && length <= max;
}

function compileString(def: Def): Acceptor {
  if (def["coerce"] === true) return NEVER;
  const patterns: RegExp[] = [];
  const own = def["format"];
  if (own !== undefined) {
    // A format schema such as z.iso.date(): the schema is its own pattern check.
    if (!PATTERN_FORMATS.has(own as string) || !(def["pattern"] instanceof RegExp)) return NEVER;
    patterns.push(def["pattern"]);
  }
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check !== "string_format") continue;
    if (!PATTERN_FORMATS.has(c["format"] as string) || !(c["pattern"] instanceof RegExp)) return NEVER;
    patterns.push(c["pattern"]);
  }
  // A global or sticky pattern keeps state between tests: leave such a schema to zod.
  if (patterns.some((p) => p.global || p.sticky)) return NEVER;
  const length = lengthTest(def);
  if (length === undefined) return NEVER;
  return (v) => {
    if (typeof v !== "string" || !length(v.length)) return false;
    for (let i = 0; i < patterns.length; i++) if (!(patterns[i] as RegExp).test(v)) return false;
    return true;
  };
}

function compileNumber(def: Def): Acceptor {
  if (def["coerce"] === true) return NEVER;
  let integer = false;
  let low = -Infinity;
  let lowInclusive = true;
  let high = Infinity;
  let highInclusive = true;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c["when"] !== undefined) return NEVER;
    if (c.check === "number_format" && c["format"] === "safeint") integer = true;
    else if (c.check === "greater_than") {
      low = c["value"] as number;
      lowInclusive = c["inclusive"] === true;
    } else if (c.check === "less_than") {
      high = c["value"] as number;
      highInclusive = c["inclusive"] === true;
    } else return NEVER;
  }
  return (v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return false;
    if (integer && !Number.isSafeInteger(v)) return false;
    if (lowInclusive ? v < low : v <= low) return false;
    return highInclusive ? v <= high : v < high;
  };
}

/** An enum or literal: the set of values zod itself tests membership in. */
function compileMember(schema: unknown): Acceptor {
  const values = (schema as { _zod: { values?: unknown } })._zod.values;
  if (!(values instanceof Set)) return NEVER;
  const allowed = new Set<unknown>(values);
  return (v) => allowed.has(v);
}

function compileArray(def: Def): Acceptor {
  const length = lengthTest(def);
  if (length === undefined || (def.checks ?? []).some((c) => c._zod.def.check === "string_format")) return NEVER;
  const element = compile(def["element"]);
  return (v) => {
    if (!Array.isArray(v) || !length(v.length)) return false;
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}

function compileObject(def: Def): Acceptor {
  // A catch-all (strict objects, passthrough with a schema) or object-level refinements: left to zod.
  if (def["catchall"] !== undefined || hasChecks(def)) return NEVER;
  const shape = def["shape"] as Record<string, unknown>;
  const keys = Object.keys(shape);
  const fields = keys.map((k) => compile(shape[k]));
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) if (!(fields[i] as Acceptor)(o[keys[i] as string])) return false;
    return true;
  };
}
