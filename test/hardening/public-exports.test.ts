import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GgzyError } from "../../src/model/error";
import { adversarialArgs, fingerprint, sameFingerprint } from "./adversarial";
import { publicCallables } from "./exports";

/*
 * Issue #19: every public export, called with arbitrary values, either returns plain JSON (a value that comes back
 * unchanged from JSON.parse(JSON.stringify(v))) or throws a GgzyError whose JSON.stringify works — and never
 * mutates its arguments. The list of exports is read from package.json `exports`, so a new export is covered the day
 * it appears. Runs per export are few (the suite has a time budget); fast-check picks new values on every run.
 */

const RUNS = 12;

/**
 * Exports that return a handle rather than data, by design: a compiled rule set or rule (closures), a calendar, a
 * risk analyser. For them the property is the same except that the result must be an object (not JSON).
 */
const HANDLES = new Set(["createRuleSet", "defaultRuleSet", "ruleSetWithPack", "compileRule", "createCalendar", "RiskAnalyzer", "GgzyError"]);

/** Exports whose "no answer" is `undefined` (JSON has no undefined; inside a result it is dropped by JSON.stringify). */
const MAY_RETURN_UNDEFINED = new Set(["detectRecordKind", "factsOfSubject", "findPricePattern"]);

function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const proto = Object.getPrototypeOf(a) as unknown;
  if (!Array.isArray(a) && proto !== Object.prototype && proto !== null) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Checks one outcome; returns a description of what is wrong, or undefined. */
function problemWith(name: string, outcome: { value: unknown } | { error: unknown }): string | undefined {
  if ("error" in outcome) {
    const e = outcome.error;
    if (!(e instanceof GgzyError)) return `threw ${(e as Error)?.name}: ${String((e as Error)?.message).slice(0, 200)}`;
    try {
      const text = JSON.stringify(e);
      if (typeof text !== "string" || !jsonEqual(JSON.parse(text), JSON.parse(text))) return "GgzyError JSON is not plain";
    } catch (x) {
      return `JSON.stringify(GgzyError ${e.code}) threw ${(x as Error).message}`;
    }
    return undefined;
  }
  const v = outcome.value;
  if (HANDLES.has(name)) return typeof v === "object" && v !== null ? undefined : `returned ${typeof v}, not a handle`;
  if (v === undefined && MAY_RETURN_UNDEFINED.has(name)) return undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch (x) {
    return `result is not JSON: ${(x as Error).message}`;
  }
  if (text === undefined) return `returned ${typeof v}`;
  return jsonEqual(v, JSON.parse(text)) ? undefined : "result changes through JSON";
}

const callables = await publicCallables();

describe("every public export refuses bad input with a GgzyError, returns plain JSON, never mutates (issue #19)", () => {
  it("covers the package's exports", () => {
    expect(callables.length).toBeGreaterThan(40);
  });

  it.each(callables.map((c) => [c.name, c] as const))("%s", async (name, { fn, isClass }) => {
    await fc.assert(
      fc.asyncProperty(adversarialArgs, async (args) => {
        const before = fingerprint(args);
        let outcome: { value: unknown } | { error: unknown };
        try {
          let value: unknown = isClass ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args);
          if (value instanceof Promise) value = await value;
          outcome = { value };
        } catch (error) {
          outcome = { error };
        }
        const problem = problemWith(name, outcome);
        if (problem !== undefined) throw new Error(`${name}: ${problem}`);
        if (!sameFingerprint(before, fingerprint(args))) throw new Error(`${name} mutated its arguments`);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
