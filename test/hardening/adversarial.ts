import fc from "fast-check";

/*
 * Arbitrary values as a careless or hostile caller sends them: everything `fc.anything()` makes (BigInt, symbols,
 * typed arrays, Maps, Sets, Dates, boxed values, null prototypes, sparse arrays, lone surrogates), plus the
 * classes issue #19 found: cycles, deep nesting, NaN/±Infinity, prototype-member names, huge strings.
 */

const HUGE = "x".repeat(3_000_000);
const HUGE_LINE = `{"ocid":"${"y".repeat(300_000)}"}`;

const base = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: "binary",
  maxDepth: 3,
  maxKeys: 4,
});

const special = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e400,
  Symbol("s"),
  "\ud800",
  "\udfff\ud800",
  "__proto__",
  "constructor",
  "",
  HUGE,
  HUGE_LINE,
  [HUGE_LINE],
  new Uint8Array([0xff, 0xfe, 0x00]),
  () => 1,
  Object.create(null),
  // eslint-disable-next-line no-sparse-arrays -- a hole, on purpose
  [1, , 3],
  JSON.parse('{"__proto__":{"polluted":"yes"},"valueOf":1,"toString":"x","constructor":{}}'),
);

/** A value nested `n` levels deep (objects or arrays). */
function nested(n: number, inArray: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = inArray ? [v] : { a: v };
  return v;
}
const deep = fc.tuple(fc.integer({ min: 300, max: 20_000 }), fc.boolean()).map(([n, a]) => nested(n, a));

/** An object or array that contains itself. */
const cyclic = fc.tuple(base, fc.boolean()).map(([v, asArray]) => {
  if (asArray) {
    const a: unknown[] = [v];
    a.push(a);
    return a;
  }
  const o: Record<string, unknown> = { v };
  o["self"] = o;
  return { wrapper: [o] };
});

/** One argument. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: base },
  { weight: 2, arbitrary: special },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: cyclic },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("__proto__", "valueOf", "id", "asOf", "ruleSet", "calendar"), base) },
);

/** An argument list of 0 to 3 arguments. */
export const adversarialArgs = fc.array(adversarialValue, { maxLength: 3 });

/**
 * A description of a value, with cycles, for "was the input mutated?": own keys (symbols too), property values and
 * descriptors, prototypes, typed-array bytes, Map and Set entries, Date times. Compared token by token with Object.is.
 */
export function fingerprint(value: unknown): unknown[] {
  const out: unknown[] = [];
  const seen = new Map<object, number>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== "object" && typeof v !== "function") || v === null) {
      out.push(typeof v, v);
      continue;
    }
    const known = seen.get(v);
    if (known !== undefined) {
      out.push("ref", known);
      continue;
    }
    seen.set(v, seen.size);
    out.push("obj", Object.getPrototypeOf(v), Object.isFrozen(v), Object.isExtensible(v));
    if (ArrayBuffer.isView(v)) out.push(...Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)));
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    if (v instanceof Set) for (const x of v) stack.push(x);
    if (v instanceof Date) out.push(v.getTime());
    const keys = Reflect.ownKeys(v);
    out.push(keys.length);
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(v, k) as PropertyDescriptor;
      out.push(k, d.enumerable, d.writable, d.get, d.set);
      if ("value" in d) stack.push(d.value);
    }
  }
  return out;
}

export function sameFingerprint(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
