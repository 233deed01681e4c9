/*
 * Dotted paths (`members.0.name`): the only path syntax rules may use. json-rules-engine evaluates `path` as
 * JSONPath (jsonpath-plus), a small language with filters and script expressions; we accept only the subset made of
 * plain property names and array indexes, and resolve it with the same result jsonpath-plus gives for `$.a.b`.
 */

const SEGMENT = /^[\p{L}\p{N}_-]+$/u;

/** Why a path string was refused (`undefined` when it is a valid dotted path). */
export function pathProblem(path: string): { zh: string; en: string } | undefined {
  if (path.startsWith("$") || path.includes("[") || path.includes("*") || path.includes("..") || path.includes("?(")) {
    return {
      zh: `不支持 JSONPath 表达式 "${path}"，只能使用点分路径（如 a.b.0.c）`,
      en: `JSONPath expression "${path}" is not supported; use a dotted path such as a.b.0.c`,
    };
  }
  const segments = path.split(".");
  for (const s of segments) {
    if (!SEGMENT.test(s)) {
      return {
        zh: `路径 "${path}" 无效：每段只能含字母、数字、下划线或连字符`,
        en: `Path "${path}" is invalid: each segment may hold only letters, digits, "_" or "-"`,
      };
    }
  }
  return undefined;
}

/** Splits a valid dotted path into segments. */
export function splitPath(path: string): readonly string[] {
  return path.split(".");
}

/** Own-property test that also works on strings (`"ab".length`, `"ab".0`), as jsonpath-plus does. */
const hasOwn = Object.hasOwn;

/**
 * Reads `segments` below `root` exactly as json-rules-engine with jsonpath-plus reads `$.<segments>`:
 * - when the fact value is not a non-null object, the path is IGNORED and the fact value itself is returned
 *   (json-rules-engine's almanac: "could not compute object path of non-object");
 * - otherwise each step follows an OWN property of a truthy value (so `[1,2].length` is 2, a prototype property such
 *   as `constructor` is never reached, and a step from `""`, `0` or `false` finds nothing).
 */
export function resolvePath(root: unknown, segments: readonly string[]): unknown {
  if (segments.length === 0 || root === null || typeof root !== "object") return root;
  let cur: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string;
    if (cur && hasOwn(cur as object, s)) cur = (cur as Record<string, unknown>)[s];
    else return undefined;
  }
  return cur;
}

/** Reads an own property of the facts object (never an inherited one such as `constructor`). */
export function ownFact(facts: Readonly<Record<string, unknown>>, name: string): unknown {
  return hasOwn(facts, name) ? facts[name] : undefined;
}

const OBJECT_PROTO = Object.prototype;
const ARRAY_PROTO = Array.prototype;
const getProto = Object.getPrototypeOf;

/**
 * Whether no built-in prototype a JSON value can have (Object, Array, String, Number, Boolean) carries a property of
 * this name. For such a name, `v[name]` on a plain object, an array or a primitive can only find an OWN property, so
 * the costly own-property test can be skipped (`length`, `constructor`, `toString`, `__proto__` are not safe).
 */
export function isSafeName(name: string): boolean {
  return !(
    name in OBJECT_PROTO ||
    name in ARRAY_PROTO ||
    name in String.prototype ||
    name in Number.prototype ||
    name in Boolean.prototype ||
    name === "__proto__"
  );
}

/**
 * One jsonpath-plus step, `cur && hasOwn(cur, name) ? cur[name] : undefined`, fast for safe names: the own-property
 * test runs only when the value has an unusual prototype (a class instance, `Object.create(proto)`).
 */
export function stepSafe(cur: unknown, name: string): unknown {
  if (!cur) return undefined;
  const x = (cur as Record<string, unknown>)[name];
  if (x === undefined || typeof cur !== "object") return x;
  const p = getProto(cur);
  return p === OBJECT_PROTO || p === ARRAY_PROTO || p === null || hasOwn(cur, name) ? x : undefined;
}

/** One jsonpath-plus step for any name (own properties only). */
export function stepOwn(cur: unknown, name: string): unknown {
  return cur && hasOwn(cur as object, name) ? (cur as Record<string, unknown>)[name] : undefined;
}

/** Whether `facts` can be read with `facts[name]` for safe names (a plain object or one without prototype). */
export function isPlainRecord(facts: object): boolean {
  const p = getProto(facts);
  return p === OBJECT_PROTO || p === null;
}

/** Whether an object's prototype is Object.prototype, Array.prototype or null (JSON data always is). */
export function isPlainValue(v: object): boolean {
  const p = getProto(v);
  return p === OBJECT_PROTO || p === ARRAY_PROTO || p === null;
}
