import { GgzyError } from "./error";
import { formatPath } from "./error";

/**
 * The deepest nesting an input may have (objects and arrays, the top level being depth 0). Real records are about
 * ten levels deep and rule conditions at most `MAX_CONDITION_DEPTH` (64, in `ggzy-rules/rules`); deeper input is refused with
 * `INPUT_TOO_DEEP` before any work, instead of overflowing the stack somewhere inside.
 */
export const MAX_INPUT_DEPTH = 100;

/**
 * The longest string an input may hold, in UTF-16 code units (1,000,000: a field of about a megabyte of ASCII or
 * three of Chinese text). Longer strings are refused with `INPUT_TOO_LARGE`.
 */
export const MAX_STRING_LENGTH = 1_000_000;

/**
 * The most objects and arrays one input may hold (20,000,000: a pool of a million experts holds about five
 * million). Also bounds the walk over a value that shares one sub-object many times (JSON would write it out each
 * time, so such a value can be exponentially large as text).
 */
export const MAX_INPUT_CONTAINERS = 20_000_000;

type Path = (string | number)[];

function refuse(code: "INVALID_INPUT" | "INPUT_CYCLE" | "INPUT_TOO_DEEP" | "INPUT_TOO_LARGE", what: string, path: Path, zh: string, en: string, type?: string): never {
  const where = formatPath(path);
  throw new GgzyError(code, {
    zh: `${what} 数据无效：字段 ${where}：${zh}`,
    en: `Invalid ${what}: field ${where}: ${en}`,
    issues: [{ path, message: en, code: code === "INVALID_INPUT" ? "not_json" : code.toLowerCase() }],
    details: type === undefined ? { path: where } : { path: where, type },
  });
}

/** A short name for a value's type, for messages: `bigint`, `Map`, `Uint8Array`, `sparse array`… */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  if (Array.isArray(value)) return "array";
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  if (proto === null) return "object";
  const name = Object.hasOwn(proto, "constructor") ? proto.constructor?.name : undefined;
  return typeof name === "string" && name !== "" ? name : "object";
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/**
 * The one input guard of the library: refuses, before any work, a value that is not plain JSON data —
 * `INPUT_CYCLE` for an object that contains itself, `INPUT_TOO_DEEP` past {@link MAX_INPUT_DEPTH} levels,
 * `INPUT_TOO_LARGE` for a string longer than {@link MAX_STRING_LENGTH}, and `INVALID_INPUT` (with the path) for
 * NaN/±Infinity, BigInt, symbols, functions, `undefined` in an array, sparse arrays (holes) and objects that are
 * not plain (Map, Set, Date, typed arrays, class instances). Object keys are data: `__proto__` or `constructor`
 * are checked like any other key. Iterative (no recursion), so a deep value cannot overflow the stack here.
 * Values whose key maps to `undefined` are allowed (JSON drops them, as zod treats them as absent). A cycle is
 * found where the walk passes the depth limit (a cycle nested deeper than the limit reads as too deep).
 *
 * @throws GgzyError with the path of the first problem.
 * @example
 * ```ts
 * const a: unknown[] = [];
 * a.push(a);
 * assertJsonInput(a, "Project"); // throws GgzyError("INPUT_CYCLE") at "[0]"
 * ```
 */
export function assertJsonInput(value: unknown, what: string): void {
  // Fast answers for the top level that is not a container.
  if (typeof value !== "object" || value === null) {
    checkLeaf(value, what, []);
    return;
  }
  // Depth-first walk. `ancestors` holds the containers on the current path (a cycle returns to one of them);
  // a value shared by two branches (a DAG) is not a cycle and is walked twice, as JSON would write it twice.
  const ancestors: object[] = [];
  const keysAt: (readonly string[] | number)[] = [];
  const positions: number[] = [];
  const path: Path = [];
  let containers = 0;
  const enter = (container: object): void => {
    if (!isPlain(container)) refuse("INVALID_INPUT", what, path, `不是 JSON 数据（${typeName(container)}）`, `not JSON data (${typeName(container)})`, typeName(container));
    if (ancestors.length >= MAX_INPUT_DEPTH) {
      // A cycle makes the walk go deeper forever, so it ends here too; told apart by a container met twice on the
      // path (checking only now keeps the common case free of a set of ancestors).
      const cycleAt = ancestors.indexOf(container);
      if (cycleAt >= 0 || new Set(ancestors).size < ancestors.length) {
        refuse("INPUT_CYCLE", what, path.slice(0, 20), "对象引用了自身（循环结构）", "the value contains itself (a cycle)");
      }
      refuse("INPUT_TOO_DEEP", what, path.slice(0, 20), `嵌套超过 ${MAX_INPUT_DEPTH} 层`, `nested deeper than ${MAX_INPUT_DEPTH} levels`);
    }
    if (++containers > MAX_INPUT_CONTAINERS) {
      refuse("INPUT_TOO_LARGE", what, path.slice(0, 20), `对象和数组超过 ${MAX_INPUT_CONTAINERS} 个`, `more than ${MAX_INPUT_CONTAINERS} objects and arrays`);
    }
    ancestors.push(container);
    keysAt.push(Array.isArray(container) ? container.length : Object.keys(container));
    positions.push(0);
  };
  try {
    enter(value);
    while (ancestors.length > 0) {
      const top = ancestors.length - 1;
      const container = ancestors[top] as Record<string | number, unknown>;
      const keys = keysAt[top] as readonly string[] | number;
      const i = positions[top] as number;
      const n = typeof keys === "number" ? keys : keys.length;
      if (i >= n) {
        ancestors.pop();
        keysAt.pop();
        positions.pop();
        path.pop();
        continue;
      }
      positions[top] = i + 1;
      let child: unknown;
      if (typeof keys === "number") {
        path.push(i);
        if (!(i in container)) refuse("INVALID_INPUT", what, path, "数组有空位（稀疏数组）", "the array has a hole (a sparse array)", "sparse array");
        child = container[i];
        if (child === undefined) refuse("INVALID_INPUT", what, path, "数组中不能有 undefined", "undefined is not a JSON value", "undefined");
      } else {
        const key = keys[i] as string;
        path.push(key);
        child = container[key];
      }
      if (typeof child === "object" && child !== null) {
        enter(child);
        continue;
      }
      checkLeaf(child, what, path);
      path.pop();
    }
  } catch (e) {
    if (e instanceof GgzyError) throw e;
    // A getter or a Proxy trap that throws: the value is not plain data either.
    refuse("INVALID_INPUT", what, path, "读取时出错，不是 JSON 数据", "reading it failed: not JSON data");
  }
}

function checkLeaf(value: unknown, what: string, path: Path): void {
  switch (typeof value) {
    case "string":
      if (value.length > MAX_STRING_LENGTH) {
        refuse("INPUT_TOO_LARGE", what, path, `字符串长 ${value.length}，超过上限 ${MAX_STRING_LENGTH}`, `a string of ${value.length} characters, over the limit of ${MAX_STRING_LENGTH}`, "string");
      }
      return;
    case "number":
      if (!Number.isFinite(value)) refuse("INVALID_INPUT", what, path, `数值 ${String(value)} 不是有限数`, `${String(value)} is not a finite number`, "number");
      return;
    case "boolean":
    case "undefined":
      return;
    case "object":
      return; // null
    default:
      refuse("INVALID_INPUT", what, path, `不是 JSON 数据（${typeof value}）`, `not JSON data (${typeof value})`, typeof value);
  }
}

/**
 * Refuses anything but a string of at most {@link MAX_STRING_LENGTH} characters (or `maxLength`).
 *
 * @throws GgzyError `INVALID_INPUT` or `INPUT_TOO_LARGE`.
 * @example
 * ```ts
 * assertString("abc", "salt"); // ok
 * ```
 */
export function assertString(value: unknown, what: string, maxLength = MAX_STRING_LENGTH): asserts value is string {
  if (typeof value !== "string") {
    throw new GgzyError("INVALID_INPUT", {
      zh: `${what} 必须是字符串（收到 ${typeName(value)}）`,
      en: `${what} must be a string (got ${typeName(value)})`,
      issues: [{ path: [], message: "expected a string", code: "invalid_type" }],
      details: { type: typeName(value) },
    });
  }
  if (value.length > maxLength) {
    throw new GgzyError("INPUT_TOO_LARGE", {
      zh: `${what} 长 ${value.length}，超过上限 ${maxLength}`,
      en: `${what} has ${value.length} characters, over the limit of ${maxLength}`,
      details: { length: value.length, limit: maxLength },
    });
  }
}

/**
 * Refuses anything but a plain object (not an array, not null) — the shape of every options argument.
 * `undefined` is allowed (no options).
 *
 * @throws GgzyError `INVALID_INPUT`.
 * @example
 * ```ts
 * assertOptions({ asOf: "2024-06-01" }, "options"); // ok
 * ```
 */
export function assertOptions(value: unknown, what: string): asserts value is Record<string, unknown> | undefined {
  if (value === undefined) return;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `${what} 必须是对象（收到 ${typeName(value)}）`,
      en: `${what} must be an object (got ${typeName(value)})`,
      issues: [{ path: [], message: "expected an object", code: "invalid_type" }],
      details: { type: typeName(value) },
    });
  }
}

/**
 * `assertOptions` for an options argument that is required (it carries `asOf`, say): `undefined` is refused too.
 *
 * @throws GgzyError `INVALID_INPUT`.
 * @example
 * ```ts
 * assertRequiredOptions({ asOf: "2024-06-01" }, "scoreAgencies options"); // ok
 * ```
 */
export function assertRequiredOptions(value: unknown, what: string): asserts value is Record<string, unknown> {
  assertOptions(value ?? null, what);
}

/**
 * A short text of any value for a message: a string cut to 100 characters, a number or boolean as written,
 * anything else by its type (`bigint 12`, `Map`, `array`). Never throws, never walks the value.
 *
 * @example
 * ```ts
 * previewOf("2024-13-01"); // "2024-13-01"
 * previewOf(Symbol("x")); // "symbol"
 * ```
 */
export function previewOf(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.length > 100 ? `${value.slice(0, 100)}…` : value;
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `bigint ${value.toString().slice(0, 40)}`;
    default:
      return typeName(value);
  }
}
