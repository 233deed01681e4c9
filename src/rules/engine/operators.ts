/*
 * The comparison operators. The ten json-rules-engine built-ins keep EXACTLY its semantics (7.3.1,
 * dist/engine-default-operators.js + operator.js): a fact-value validator runs first, then the comparison, with
 * JavaScript's own coercions. The parity property test (test/rules/engine/parity.test.ts) holds us to it.
 */
import { compareDates, readDate } from "./dates";

/** A binary operator: `test(factValue, value)`. */
export interface ValueOperator {
  readonly name: string;
  /** `false` for `exists` / `notExists`, which ignore `value`. */
  readonly needsValue: boolean;
  /** Whether the fact's value passes against the rule's `value`. */
  readonly test: (factValue: unknown, value: unknown) => boolean;
  /** Checks a literal `value` when the rule is compiled; a problem makes the rule invalid. */
  readonly checkValue?: (value: unknown) => { zh: string; en: string } | undefined;
}

/**
 * json-rules-engine's number validator, `Number.parseFloat(v).toString() !== 'NaN'`: true for numbers, for strings
 * starting with a number ("12abc") and for arrays whose first element does ([3]). Fast path for numbers.
 */
export function isNumberLike(v: unknown): boolean {
  if (typeof v === "number") return v === v;
  if (v === null || v === undefined || typeof v === "boolean") return false;
  try {
    return !Number.isNaN(Number.parseFloat(v as string));
  } catch {
    // An object without a prototype cannot become a string; json-rules-engine would throw here.
    return false;
  }
}

/*
 * `in` / `notIn` call `value.indexOf(factValue)`: on an array that is strict membership, on a string it is a
 * substring test (with the fact value turned into a string). json-rules-engine throws a TypeError for any other
 * value; we refuse such a literal value when the rule is compiled, and a fact reference that resolves to one makes
 * the condition false (findings are data, evaluation never throws).
 */
function indexOfIn(haystack: unknown, needle: unknown): number | undefined {
  if (Array.isArray(haystack)) return haystack.indexOf(needle);
  if (typeof haystack === "string") {
    try {
      return haystack.indexOf(needle as string);
    } catch {
      // A needle without a prototype cannot become a string (json-rules-engine would throw).
      return undefined;
    }
  }
  return undefined;
}

const inValueCheck = (value: unknown): { zh: string; en: string } | undefined =>
  Array.isArray(value) || typeof value === "string" || isFactReferenceLike(value)
    ? undefined
    : { zh: "in/notIn 的 value 必须是数组（或字符串）", en: "the value of in/notIn must be an array (or a string)" };

/** An object with an own `fact` key is a fact reference (json-rules-engine's almanac.getValue). */
export function isFactReferenceLike(value: unknown): value is { fact: unknown; path?: unknown } {
  return value !== null && typeof value === "object" && Object.hasOwn(value, "fact");
}

function dateOperator(name: string, accept: (c: number) => boolean): ValueOperator {
  return {
    name,
    needsValue: true,
    test: (a, b) => {
      const x = readDate(a);
      if (x === undefined) return false;
      const y = readDate(b);
      if (y === undefined) return false;
      return accept(compareDates(x, y));
    },
    checkValue: (v) =>
      isFactReferenceLike(v) || readDate(v) !== undefined
        ? undefined
        : { zh: `${name} 的 value 必须是日期 YYYY-MM-DD 或 ISO-8601 日期时间`, en: `the value of ${name} must be a date YYYY-MM-DD or an ISO-8601 date-time` },
  };
}

/**
 * `a < b` with JavaScript's coercions, as json-rules-engine does (`"10" < "9"` is a string comparison, `5 < "10"`
 * numeric). An operand that cannot become a primitive (an object without a prototype) makes it false, not a throw.
 */
function coerced(a: unknown, b: unknown, cmp: (x: number, y: number) => boolean): boolean {
  if (typeof a === "number" && typeof b === "number") return cmp(a, b);
  try {
    return cmp(a as number, b as number);
  } catch {
    return false;
  }
}

const LT = (x: number, y: number): boolean => x < y;
const LE = (x: number, y: number): boolean => x <= y;
const GT = (x: number, y: number): boolean => x > y;
const GE = (x: number, y: number): boolean => x >= y;

const list: ValueOperator[] = [
  { name: "equal", needsValue: true, test: (a, b) => a === b },
  { name: "notEqual", needsValue: true, test: (a, b) => a !== b },
  {
    name: "in",
    needsValue: true,
    test: (a, b) => {
      if (Array.isArray(b)) return b.indexOf(a) > -1;
      const i = indexOfIn(b, a);
      return i !== undefined && i > -1;
    },
    checkValue: inValueCheck,
  },
  {
    name: "notIn",
    needsValue: true,
    test: (a, b) => {
      const i = indexOfIn(b, a);
      return i !== undefined && i === -1;
    },
    checkValue: inValueCheck,
  },
  { name: "contains", needsValue: true, test: (a, b) => Array.isArray(a) && a.indexOf(b) > -1 },
  { name: "doesNotContain", needsValue: true, test: (a, b) => Array.isArray(a) && a.indexOf(b) === -1 },
  // Two numbers (the usual case) compare directly: a NaN fact fails isNumberLike and `NaN < b` alike, so the fast
  // path gives the same answer; anything else takes json-rules-engine's validator and coercions.
  { name: "lessThan", needsValue: true, test: (a, b) => (typeof a === "number" && typeof b === "number" ? a < b : isNumberLike(a) && coerced(a, b, LT)) },
  {
    name: "lessThanInclusive",
    needsValue: true,
    test: (a, b) => (typeof a === "number" && typeof b === "number" ? a <= b : isNumberLike(a) && coerced(a, b, LE)),
  },
  { name: "greaterThan", needsValue: true, test: (a, b) => (typeof a === "number" && typeof b === "number" ? a > b : isNumberLike(a) && coerced(a, b, GT)) },
  {
    name: "greaterThanInclusive",
    needsValue: true,
    test: (a, b) => (typeof a === "number" && typeof b === "number" ? a >= b : isNumberLike(a) && coerced(a, b, GE)),
  },
  // Ours: presence. `null` counts as present (it is a value); only a missing fact or path is absent.
  { name: "exists", needsValue: false, test: (a) => a !== undefined },
  { name: "notExists", needsValue: false, test: (a) => a === undefined },
  dateOperator("dateBefore", (c) => c < 0),
  dateOperator("dateAfter", (c) => c > 0),
  dateOperator("dateOnOrBefore", (c) => c <= 0),
  dateOperator("dateOnOrAfter", (c) => c >= 0),
];

/** The value operators by name (immutable). */
export const VALUE_OPERATORS: ReadonlyMap<string, ValueOperator> = new Map(list.map((o) => [o.name, Object.freeze(o)]));

/** The ten operators json-rules-engine ships, with its semantics. */
export const REFERENCE_OPERATORS: readonly string[] = Object.freeze([
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
]);
