import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/rules/engine/index";
import type { Condition, LeafCondition } from "../../../src/rules/engine/index";
import { ruleWith, setOf } from "./helpers";

/** Whether `leaf` holds for `thing` (the rule's only condition). */
function holds(leaf: Omit<LeafCondition, "fact"> & { fact?: string }, thing: unknown, params: Record<string, unknown> = {}): boolean {
  const r = ruleWith({ fact: "thing", ...leaf } as Condition, params ? { params: Object.keys(params) } : {});
  const facts = thing === undefined ? {} : { thing };
  return evaluate(setOf([r], params), "thing", facts).findings.length > 0;
}

describe("json-rules-engine built-in operators keep its semantics", () => {
  it("equal / notEqual are strict", () => {
    expect(holds({ path: "v", operator: "equal", value: 1 }, { v: 1 })).toBe(true);
    expect(holds({ path: "v", operator: "equal", value: 1 }, { v: "1" })).toBe(false);
    expect(holds({ path: "v", operator: "notEqual", value: 1 }, { v: "1" })).toBe(true);
    expect(holds({ path: "v", operator: "notEqual", value: 1 }, { v: 1 })).toBe(false);
    // objects compare by reference, as in the reference engine
    expect(holds({ path: "v", operator: "equal", value: [1] }, { v: [1] })).toBe(false);
  });

  it("in / notIn test membership in a list, and substrings of a string", () => {
    expect(holds({ path: "k", operator: "in", value: ["a", "b"] }, { k: "a" })).toBe(true);
    expect(holds({ path: "k", operator: "in", value: ["a", "b"] }, { k: "c" })).toBe(false);
    expect(holds({ path: "k", operator: "notIn", value: ["a", "b"] }, { k: "c" })).toBe(true);
    expect(holds({ path: "k", operator: "notIn", value: ["a", "b"] }, { k: "a" })).toBe(false);
    expect(holds({ path: "k", operator: "in", value: "abc" }, { k: "bc" })).toBe(true);
    expect(holds({ path: "k", operator: "in", value: "abc" }, { k: "x" })).toBe(false);
  });

  it("in over a referenced value that is not a list is false, never a throw", () => {
    const r = { path: "k", operator: "in", value: { fact: "params", path: "allowed" } } as const;
    expect(holds(r, { k: 1 }, { allowed: 1 })).toBe(false);
    expect(holds(r, { k: 1 }, { allowed: [1] })).toBe(true);
  });

  it("contains / doesNotContain need an array fact value", () => {
    expect(holds({ path: "tags", operator: "contains", value: "x" }, { tags: ["x"] })).toBe(true);
    expect(holds({ path: "tags", operator: "contains", value: "x" }, { tags: "xyz" })).toBe(false);
    expect(holds({ path: "tags", operator: "doesNotContain", value: "x" }, { tags: ["y"] })).toBe(true);
    expect(holds({ path: "tags", operator: "doesNotContain", value: "x" }, { tags: "abc" })).toBe(false);
  });

  it("numeric operators are false for values that do not start with a number", () => {
    expect(holds({ path: "n", operator: "lessThan", value: 5 }, { n: 4 })).toBe(true);
    expect(holds({ path: "n", operator: "lessThan", value: 5 }, { n: 5 })).toBe(false);
    expect(holds({ path: "n", operator: "lessThanInclusive", value: 5 }, { n: 5 })).toBe(true);
    expect(holds({ path: "n", operator: "greaterThan", value: 5 }, { n: 6 })).toBe(true);
    expect(holds({ path: "n", operator: "greaterThanInclusive", value: 5 }, { n: 4 })).toBe(false);
    expect(holds({ path: "n", operator: "lessThan", value: 5 }, { n: null })).toBe(false);
    expect(holds({ path: "n", operator: "lessThan", value: 5 }, { n: true })).toBe(false);
    expect(holds({ path: "n", operator: "lessThan", value: 5 }, {})).toBe(false);
    // "3x" passes json-rules-engine's parseFloat validator, then compares as NaN: false
    expect(holds({ path: "n", operator: "lessThan", value: 5 }, { n: "3x" })).toBe(false);
    // "10" < "9" compares as strings, as in JavaScript and the reference
    expect(holds({ path: "n", operator: "lessThan", value: "9" }, { n: "10" })).toBe(true);
  });
});

describe("presence operators", () => {
  it("exists holds for any value, null included, and not for a missing path", () => {
    expect(holds({ path: "a", operator: "exists" }, { a: null })).toBe(true);
    expect(holds({ path: "a", operator: "exists" }, { b: 1 })).toBe(false);
    expect(holds({ path: "a", operator: "notExists" }, { b: 1 })).toBe(true);
    expect(holds({ path: "a", operator: "notExists" }, { a: 0 })).toBe(false);
    expect(holds({ operator: "notExists" }, undefined)).toBe(true);
  });
});

describe("date operators (Asia/Shanghai)", () => {
  it("compare civil dates", () => {
    expect(holds({ path: "d", operator: "dateBefore", value: "2024-05-01" }, { d: "2024-04-30" })).toBe(true);
    expect(holds({ path: "d", operator: "dateBefore", value: "2024-05-01" }, { d: "2024-05-01" })).toBe(false);
    expect(holds({ path: "d", operator: "dateOnOrBefore", value: "2024-05-01" }, { d: "2024-05-01" })).toBe(true);
    expect(holds({ path: "d", operator: "dateAfter", value: "2024-05-01" }, { d: "2024-05-02" })).toBe(true);
    expect(holds({ path: "d", operator: "dateOnOrAfter", value: "2024-05-01" }, { d: "2024-04-30" })).toBe(false);
  });

  it("read a date-time without offset as +08:00, and compare it with a date by its Shanghai date", () => {
    // 2024-04-30T23:30Z is 2024-05-01 07:30 in Shanghai: on, not before, 2024-05-01
    expect(holds({ path: "d", operator: "dateBefore", value: "2024-05-01" }, { d: "2024-04-30T23:30:00Z" })).toBe(false);
    expect(holds({ path: "d", operator: "dateOnOrAfter", value: "2024-05-01" }, { d: "2024-04-30T23:30:00Z" })).toBe(true);
    // 2024-05-01T00:30 (no offset) is 2024-04-30T16:30Z
    expect(holds({ path: "d", operator: "dateBefore", value: "2024-04-30T17:00:00Z" }, { d: "2024-05-01T00:30" })).toBe(true);
    expect(holds({ path: "d", operator: "dateAfter", value: "2024-04-30T16:00:00Z" }, { d: "2024-05-01T00:30" })).toBe(true);
  });

  it("are false for values that are not real dates", () => {
    expect(holds({ path: "d", operator: "dateBefore", value: "2024-05-01" }, { d: "2023-02-29" })).toBe(false);
    expect(holds({ path: "d", operator: "dateBefore", value: "2024-05-01" }, { d: 20240101 })).toBe(false);
    expect(holds({ path: "d", operator: "dateAfter", value: "2000-01-01" }, { d: "yesterday" })).toBe(false);
  });
});

describe("calendar-window operators (PRC working days)", () => {
  it("count working days after an event, skipping the 2024 National Day holiday", () => {
    // 2024-09-30 (Mon) → 2024-10-08 (Tue): Oct 1–7 are holidays, so Oct 8 is the 1st working day after
    const leaf = { path: "decidedOn", operator: "workingDaysAfterGreaterThan", value: { since: { fact: "thing", path: "receivedOn" }, days: 3 } } as const;
    expect(holds(leaf, { receivedOn: "2024-09-30", decidedOn: "2024-10-10" })).toBe(false); // 3 working days
    expect(holds(leaf, { receivedOn: "2024-09-30", decidedOn: "2024-10-11" })).toBe(true); // 4 working days
  });

  it("count calendar days", () => {
    const leaf = { path: "signedOn", operator: "calendarDaysAfterGreaterThan", value: { since: "2024-01-01", days: 30 } } as const;
    expect(holds(leaf, { signedOn: "2024-01-31" })).toBe(false);
    expect(holds(leaf, { signedOn: "2024-02-01" })).toBe(true);
  });

  it("extend a calendar-day period ending on a rest day to the next working day (民法典 art. 203)", () => {
    // Award 2024-09-01 + 30 days = 2024-10-01, a holiday: the period ends on 2024-10-08
    const leaf = { path: "signedOn", operator: "afterPeriodEnd", value: { since: "2024-09-01", days: 30 } } as const;
    expect(holds(leaf, { signedOn: "2024-10-08" })).toBe(false);
    expect(holds(leaf, { signedOn: "2024-10-09" })).toBe(true);
  });

  it("show the computed last day in the explanation", () => {
    const r = ruleWith({ fact: "thing", path: "signedOn", operator: "afterPeriodEnd", value: { since: "2024-09-01", days: { fact: "params", path: "days" } } }, { params: ["days"] });
    const f = evaluate(setOf([r], { days: 30 }), "thing", { thing: { signedOn: "2024-10-09" } }).findings[0];
    const leaf = f?.explanation?.kind === "all" ? f.explanation.children[0] : undefined;
    expect(leaf).toMatchObject({ kind: "condition", actual: "2024-10-09", expected: { since: "2024-09-01", days: 30 }, result: true });
    expect(leaf && "computed" in leaf ? leaf.computed : undefined).toMatchObject({ periodEnd: "2024-10-08", nominalLastDay: "2024-10-01", extended: true });
  });
});

describe("paths follow json-rules-engine + jsonpath-plus", () => {
  it("read own properties only, array indexes and lengths included", () => {
    expect(holds({ path: "list.1", operator: "equal", value: "b" }, { list: ["a", "b"] })).toBe(true);
    expect(holds({ path: "list.length", operator: "equal", value: 2 }, { list: ["a", "b"] })).toBe(true);
    expect(holds({ path: "constructor", operator: "exists" }, {})).toBe(false);
    expect(holds({ path: "a.b", operator: "exists" }, { a: null })).toBe(false);
  });

  it("ignore the path when the fact itself is not an object (the reference engine's rule)", () => {
    expect(holds({ path: "anything", operator: "equal", value: 7 }, 7)).toBe(true);
  });
});

describe("only own properties are read, whatever the shape of the leaf", () => {
  class WithGetter {
    get value(): number {
      return 99;
    }
  }
  const inherited = [Object.create({ value: 99 }) as object, new WithGetter()];

  it("a literal comparison does not see an inherited property", () => {
    for (const thing of inherited) {
      expect(holds({ path: "value", operator: "equal", value: 99 }, thing)).toBe(false);
      expect(holds({ path: "value", operator: "notExists" }, thing)).toBe(true);
    }
    expect(holds({ path: "value", operator: "equal", value: 99 }, { value: 99 })).toBe(true);
  });

  it("a parameter comparison does not see one either", () => {
    for (const thing of inherited) expect(holds({ path: "value", operator: "equal", value: { fact: "params", path: "v" } }, thing, { v: 99 })).toBe(false);
    expect(holds({ path: "value", operator: "equal", value: { fact: "params", path: "v" } }, { value: 99 }, { v: 99 })).toBe(true);
  });

  it("nor does a message placeholder or an evidence path", () => {
    const r = ruleWith({ fact: "thing", operator: "exists" }, { message: { zh: "{thing.value}", en: "{thing.value}" }, evidence: ["thing.value"] });
    const f = evaluate(setOf([r]), "thing", { thing: new WithGetter() }).findings[0];
    expect(f?.message.en).toBe("?");
    expect(f?.evidence).toEqual({ "thing.value": null });
  });

  it("a facts object with a prototype is read through its own properties only", () => {
    const facts = Object.create({ thing: { value: 99 } }) as Record<string, unknown>;
    expect(evaluate(setOf([ruleWith({ fact: "thing", path: "value", operator: "equal", value: 99 })]), "thing", facts).findings).toEqual([]);
    facts["thing"] = { value: 99 };
    expect(evaluate(setOf([ruleWith({ fact: "thing", path: "value", operator: "equal", value: 99 })]), "thing", facts).findings).toHaveLength(1);
  });
});
