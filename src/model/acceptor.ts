import * as z from "./zod";

/** A yes-for-sure test: true only for a value the schema accepts; false means "ask the schema". */
export type Acceptor = (value: unknown) => boolean;

// What this module reads of a zod 4 schema: its `_zod.def`, `_zod.traits` (the classes it was built from),
// `_zod.optin` and `_zod.values` — the introspection surface of zod/v4/core.
export interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef; readonly traits?: ReadonlySet<string> } }[];
  readonly [key: string]: unknown;
}
interface CheckDef {
  readonly check: string;
  readonly [key: string]: unknown;
}
export interface Internals {
  readonly def: Def;
  readonly traits?: ReadonlySet<string>;
  readonly optin?: unknown;
  readonly values?: unknown;
}
export const internalsOf = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;
const defOf = (schema: unknown): Def => internalsOf(schema).def;
const has = (traits: ReadonlySet<string> | undefined, name: string): boolean => traits?.has(name) === true;

// zod's own guard on length checks ("run only on a value with a length"): always true for the strings and arrays
// tested here. Taken from a check zod builds, so that any other guard is recognised as unknown.
const LENGTH_GUARD = defOf(z.string().check(z.minLength(1))).checks?.[0]?._zod.def["when"];

const NEVER: Acceptor = () => false;
const ALWAYS: Acceptor = () => true;

// String formats whose whole test is their `pattern`, with the zod class that runs exactly that test. A format by
// another class (a custom `z.stringFormat`, url, jwt, …) checks something else, so a schema using it is left to zod.
const PATTERN_FORMATS: Readonly<Record<string, string>> = {
  regex: "$ZodCheckRegex",
  date: "$ZodISODate",
  datetime: "$ZodISODateTime",
  time: "$ZodISOTime",
};

// Acceptors compiled from a schema every part of which is known here: they answer exactly, and never throw or go
// async. A union may only trust a later option when all earlier ones are such (zod tries options in order).
const exact = new WeakSet<Acceptor>();

/**
 * Compiles a zod schema into a fast, allocation-free test that answers "surely valid" for the common case: when it
 * returns true, `schema.safeParse(value).success` is true. When it returns false the value may still be valid — the
 * caller then parses with the schema, which also gives the error with its path. Constructs it does not know
 * (transforms, refinements, records, custom string formats, …) make it answer false, never a wrong true. One
 * assumption: values are ordinary data, where a property that reads as a value is present — a Proxy whose `has` trap
 * denies a key its `get` trap serves is not told apart (zod would refuse it as absent).
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
export function compileAcceptor(schema: z.core.$ZodType): Acceptor {
  return compile(schema);
}

function compile(schema: unknown): Acceptor {
  const known = compileKnown(schema);
  if (known !== undefined) exact.add(known);
  return known ?? NEVER;
}

/** The acceptor of a schema made only of known parts, or undefined. */
function compileKnown(schema: unknown): Acceptor | undefined {
  const { def, traits } = internalsOf(schema);
  if (def.checks !== undefined && def.checks.length > 0 && def.type !== "string" && def.type !== "number" && def.type !== "array") return undefined;
  switch (def.type) {
    case "string":
      return compileString(def, traits);
    case "number":
      return compileNumber(def);
    case "boolean":
      return def["coerce"] === true ? undefined : (v) => typeof v === "boolean";
    case "enum":
    case "literal":
      return compileMember(schema);
    case "unknown":
    case "any":
      return ALWAYS;
    case "optional":
    case "default": {
      // zod 4 gives `undefined` the default without validating it, so both accept `undefined` as is — except an
      // exact optional (`.exactOptional()`), which refuses a present `undefined`.
      if (has(traits, "$ZodExactOptional")) return undefined;
      const inner = compile(def["innerType"]);
      return known(inner, (v) => v === undefined || inner(v));
    }
    case "nullable": {
      const inner = compile(def["innerType"]);
      return known(inner, (v) => v === null || inner(v));
    }
    case "array":
      return compileArray(def);
    case "object":
      return compileObject(def);
    case "union": {
      // An inclusive union succeeds when any option does — provided no earlier option throws or goes async, which
      // options made only of known parts never do. Exclusive ones (z.xor, discriminated unions) decide otherwise.
      if (def["inclusive"] === false) return undefined;
      const options = (def["options"] as readonly unknown[]).map(compile);
      if (!options.every((o) => exact.has(o))) return undefined;
      return (v) => options.some((accepts) => accepts(v));
    }
    default:
      return undefined;
  }
}

/** Whether `accepts` was compiled from known parts only, so that its no is as sure as its yes. */
export function isExactAcceptor(accepts: Acceptor): boolean {
  return exact.has(accepts);
}

/** `accepts`, when the inner acceptor it wraps is made of known parts; else undefined. */
function known(inner: Acceptor, accepts: Acceptor): Acceptor | undefined {
  return exact.has(inner) ? accepts : undefined;
}

/** Length bounds from a string's or array's checks; undefined when one of them is not about length. */
export function lengthBounds(def: Def): { min: number; max: number } | undefined {
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
  return { min, max };
}

/** Code points of a string (a surrogate pair counts once, a lone surrogate once). */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function compileString(def: Def, traits: ReadonlySet<string> | undefined): Acceptor | undefined {
  if (def["coerce"] === true) return undefined;
  const patterns: RegExp[] = [];
  const own = def["format"];
  if (own !== undefined) {
    // A format schema such as z.iso.date(): the schema is its own pattern check — if its class is the one that
    // tests exactly that pattern.
    const by = PATTERN_FORMATS[own as string];
    if (by === undefined || !has(traits, by) || has(traits, "$ZodCustomStringFormat") || !(def["pattern"] instanceof RegExp)) return undefined;
    patterns.push(def["pattern"]);
  }
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check !== "string_format") continue;
    const by = PATTERN_FORMATS[c["format"] as string];
    if (by === undefined || !has(check._zod.traits, by) || has(check._zod.traits, "$ZodCustomStringFormat") || !(c["pattern"] instanceof RegExp)) return undefined;
    patterns.push(c["pattern"]);
  }
  // A global or sticky pattern keeps state between tests: leave such a schema to zod.
  if (patterns.some((p) => p.global || p.sticky)) return undefined;
  const bounds = lengthBounds(def);
  if (bounds === undefined) return undefined;
  const { min, max } = bounds;
  return (v) => {
    if (typeof v !== "string") return false;
    // zod measures strings in code points; UTF-16 units are never fewer. Both must be in bounds (whichever zod
    // counts): the units at most `max`, and the code points at least `min` — certain without counting from 2×min.
    const units = v.length;
    if (units > max || units < min || (units < 2 * min && codePoints(v) < min)) return false;
    for (let i = 0; i < patterns.length; i++) if (!(patterns[i] as RegExp).test(v)) return false;
    return true;
  };
}

function compileNumber(def: Def): Acceptor | undefined {
  if (def["coerce"] === true) return undefined;
  let integer = false;
  // A number-format schema (z.int(), z.int32(), …) carries its format on itself; only "safeint" is known here.
  if (def["format"] !== undefined) {
    if (def["format"] !== "safeint") return undefined;
    integer = true;
  }
  // Every bound must hold: keep the tightest of each side.
  let low = -Infinity;
  let lowInclusive = true;
  let high = Infinity;
  let highInclusive = true;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c["when"] !== undefined) return undefined;
    const value = c["value"] as number;
    const inclusive = c["inclusive"] === true;
    if (c.check === "number_format") {
      if (c["format"] !== "safeint") return undefined;
      integer = true;
    } else if (c.check === "greater_than") {
      if (typeof value !== "number") return undefined;
      if (value > low || (value === low && !inclusive)) {
        low = value;
        lowInclusive = inclusive;
      }
    } else if (c.check === "less_than") {
      if (typeof value !== "number") return undefined;
      if (value < high || (value === high && !inclusive)) {
        high = value;
        highInclusive = inclusive;
      }
    } else return undefined;
  }
  return (v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return false;
    if (integer && !Number.isSafeInteger(v)) return false;
    if (lowInclusive ? v < low : v <= low) return false;
    return highInclusive ? v <= high : v < high;
  };
}

/** An enum or literal: the set of values zod itself tests membership in. */
function compileMember(schema: unknown): Acceptor | undefined {
  const values = internalsOf(schema).values;
  if (!(values instanceof Set)) return undefined;
  const allowed = new Set<unknown>(values);
  return (v) => allowed.has(v);
}

function compileArray(def: Def): Acceptor | undefined {
  const bounds = lengthBounds(def);
  if (bounds === undefined || (def.checks ?? []).some((c) => c._zod.def.check === "string_format")) return undefined;
  const { min, max } = bounds;
  const element = compile(def["element"]);
  if (!exact.has(element)) return undefined;
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false;
    // Index by index, holes included (zod reads a hole as `undefined`).
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}

function compileObject(def: Def): Acceptor | undefined {
  // A catch-all (strict objects, passthrough with a schema) or object-level refinements: left to zod.
  if (def["catchall"] !== undefined) return undefined;
  const shape = def["shape"] as Record<string, unknown>;
  // Symbol keys are part of zod's shape too; this test reads string keys only.
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const keys = Object.keys(shape);
  const fields = keys.map((k) => compile(shape[k]));
  if (!fields.every((f) => exact.has(f))) return undefined;
  // zod refuses an ABSENT key unless its schema may be left out (optional or defaulted: `optin`), even when the
  // schema would take `undefined` (z.unknown()): such keys must be present.
  const mustBePresent = keys.map((k) => internalsOf(shape[k]).optin === undefined);
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const value = o[key];
      // Only an undefined value can be an absent key (a property that reads as a value is present).
      if (value === undefined && mustBePresent[i] === true && !(key in o)) return false;
      if (!(fields[i] as Acceptor)(value)) return false;
    }
    return true;
  };
}
