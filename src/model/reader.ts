import { compileAcceptor, internalsOf, isExactAcceptor, lengthBounds } from "./acceptor";
import type { Def } from "./acceptor";
import type * as z from "./zod";

/** What a reader returns for a value it cannot vouch for: the caller then parses it with zod. */
export const UNSURE: unique symbol = Symbol("unsure");

/** A value's parsed form (`z.parse`'s result, equal to it), or {@link UNSURE}. */
export type Reader = (value: unknown) => unknown;

const NEVER: Reader = () => UNSURE;

/**
 * Compiles a zod schema into a reader: for a value the schema accepts, made only of constructs known here (those
 * of `compileAcceptor`, and defaults), the value zod's parse would give — the value itself when parsing would give
 * back an equal value (no default to fill in, no key to strip), else a copy of the objects and arrays that change,
 * sharing the rest. For anything else `UNSURE`: the caller parses with zod, which also gives the errors.
 * The result may share objects with the value, so the caller only reads it.
 *
 * Why: the validators parse each record before reading it, and zod's parse was about half of `validateAward`'s
 * time (examples/records/award.json, about 40 fields): it copies every object and runs each field through zod's
 * generic machinery, where most records need a default or two filled in and nothing else.
 *
 * @example
 * ```ts
 * const read = compileReader(AwardCheckSchema);
 * const r = read(input);
 * const data = r !== UNSURE ? r : AwardCheckSchema.parse(input);
 * ```
 */
export function compileReader(schema: z.core.$ZodType): Reader {
  return compileKnown(schema) ?? NEVER;
}

function compileKnown(schema: unknown): Reader | undefined {
  const { def, traits } = internalsOf(schema);
  switch (def.type) {
    case "optional": {
      if (traits?.has("$ZodExactOptional") === true) return undefined;
      const inner = compileKnown(def["innerType"]);
      return inner && ((v) => (v === undefined ? undefined : inner(v)));
    }
    case "default": {
      // zod gives `undefined` the default (a fresh shallow copy each time, from the definition's getter) unchecked.
      const inner = compileKnown(def["innerType"]);
      return inner && ((v) => (v === undefined ? def["defaultValue"] : inner(v)));
    }
    case "nullable": {
      const inner = compileKnown(def["innerType"]);
      return inner && ((v) => (v === null ? null : inner(v)));
    }
    case "array":
      return compileArray(def);
    case "object":
      return compileObject(def);
    case "union":
      return compileUnion(def);
    case "record":
      return compileRecord(def);
    default: {
      // A leaf (string, number, enum…): parsed, it is the value itself.
      const accepts = compileAcceptor(schema as z.core.$ZodType);
      if (!isExactAcceptor(accepts) || def.type === "object" || def.type === "array") return undefined;
      return (v) => (accepts(v) ? v : UNSURE);
    }
  }
}

function compileArray(def: Def): Reader | undefined {
  const bounds = lengthBounds(def);
  if (bounds === undefined || (def.checks ?? []).some((c) => c._zod.def.check === "string_format")) return undefined;
  const element = compileKnown(def["element"]);
  if (element === undefined) return undefined;
  const { min, max } = bounds;
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return UNSURE;
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      // A hole reads as `undefined`, which zod's copy holds as a value: left to zod.
      if (x === undefined && !(i in v)) return UNSURE;
      const y = element(x);
      if (y === UNSURE) return UNSURE;
      if (out === undefined && y !== x) out = v.slice(0, i);
      out?.push(y);
    }
    return out ?? v;
  };
}

function compileObject(def: Def): Reader | undefined {
  // A catch-all (strict and loose objects) is left to zod.
  if (def["catchall"] !== undefined || (def.checks ?? []).length > 0) return undefined;
  const shape = def["shape"] as Record<string, unknown>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const keys = Object.keys(shape);
  const fields: Reader[] = [];
  for (const k of keys) {
    const field = compileKnown(shape[k]);
    if (field === undefined) return undefined;
    fields.push(field);
  }
  // zod refuses an ABSENT key unless its schema may be left out (optional or defaulted: `optin`).
  const mustBePresent = keys.map((k) => internalsOf(shape[k]).optin === undefined);
  const inShape = new Set(keys);
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return UNSURE;
    const o = v as Record<string, unknown>;
    // zod's copy is a plain object of the shape's keys: another object, or one with other keys, is copied.
    let out: Record<string, unknown> | undefined = Object.getPrototypeOf(o) === Object.prototype && onlyKeysIn(o, inShape) ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const x = o[key];
      if (x === undefined && mustBePresent[i] === true && !(key in o)) return UNSURE;
      const y = (fields[i] as Reader)(x);
      if (y === UNSURE) return UNSURE;
      if (out === undefined && y !== x) out = copyOfKeys(o, keys, i);
      // As zod: a key whose result is undefined is kept only if the value had it.
      if (out !== undefined && (y !== undefined || key in o)) out[key] = y;
    }
    return out ?? v;
  };
}

/** A plain copy of the first `n` of `keys` that `o` has. */
function copyOfKeys(o: Record<string, unknown>, keys: readonly string[], n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < n; j++) {
    const k = keys[j] as string;
    if (o[k] !== undefined || k in o) out[k] = o[k];
  }
  return out;
}

/** Whether every enumerable key of `o` is one of `keys`. */
function onlyKeysIn(o: object, keys: ReadonlySet<string>): boolean {
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}

function compileRecord(def: Def): Reader | undefined {
  // A record of enumerated keys (each one required) or a loose one is left to zod; so is a key zod would refuse
  // and then retry as a number.
  if (def["mode"] === "loose" || internalsOf(def["keyType"]).values !== undefined || (def.checks ?? []).length > 0) return undefined;
  const acceptsKey = compileAcceptor(def["keyType"] as z.core.$ZodType);
  const value = compileKnown(def["valueType"]);
  if (!isExactAcceptor(acceptsKey) || value === undefined) return undefined;
  return (v) => {
    // zod takes plain objects, and copies their enumerable own keys except __proto__.
    if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype || Object.hasOwn(v, "constructor")) return UNSURE;
    if (Object.getOwnPropertySymbols(v).length > 0) return UNSURE;
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (key === "__proto__" || !acceptsKey(key)) return UNSURE;
      const x = o[key];
      const y = value(x);
      if (y === UNSURE) return UNSURE;
      if (out === undefined && y !== x) out = copyOfKeys(o, keys, i);
      if (out !== undefined) out[key] = y;
    }
    return out ?? v;
  };
}

function compileUnion(def: Def): Reader | undefined {
  // zod's result is the first option that accepts the value: options made of known parts answer exactly, so the
  // first whose acceptor says yes is that option. Exclusive unions (z.xor, discriminated) decide otherwise.
  if (def["inclusive"] === false) return undefined;
  const options = def["options"] as readonly z.core.$ZodType[];
  const accepts = options.map((o) => compileAcceptor(o));
  const readers = options.map(compileKnown);
  if (!accepts.every(isExactAcceptor) || readers.some((r) => r === undefined)) return undefined;
  return (v) => {
    for (let i = 0; i < accepts.length; i++) if (accepts[i]!(v)) return readers[i]!(v);
    return UNSURE;
  };
}
