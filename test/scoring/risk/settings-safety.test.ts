import { afterEach, describe, expect, it } from "vitest";
import { GgzyError } from "../../../src/model/error";
import { parseRiskSettings } from "../../../src/scoring/risk/index";

/*
 * Issue #19 item 0: a settings file is user text. A `[__proto__]` section or a `"__proto__"` key must not reach
 * Object.prototype, and names of Object.prototype members must be data (or a GgzyError), never a crash.
 */

const PROTO_MEMBERS = ["__proto__", "constructor", "prototype", "valueOf", "toString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupGetter__"];

function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
const before = prototypeSnapshot();

/** Either a result or a GgzyError; anything else (TypeError, RangeError …) fails the test. */
function attempt(text: string, format: "ini" | "json"): unknown {
  try {
    return parseRiskSettings(text, format);
  } catch (e) {
    expect(e).toBeInstanceOf(GgzyError);
    return e;
  }
}

function expectPrototypeUnchanged(): void {
  expect(prototypeSnapshot()).toEqual(before);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.threshold).toBeUndefined();
  expect(probe.currency).toBeUndefined();
  expect(typeof Object.prototype.valueOf).toBe("function");
  expect(typeof Object.prototype.toString).toBe("function");
  expect(typeof Object.prototype.hasOwnProperty).toBe("function");
}

afterEach(() => {
  // If a case did pollute, clean up so the other cases (and files) are judged on their own.
  for (const k of Object.getOwnPropertyNames(Object.prototype)) if (!before.includes(k)) delete (Object.prototype as Record<string, unknown>)[k];
});

describe("risk settings cannot pollute Object.prototype (#19 item 0)", () => {
  it("INI: a [__proto__] section sets nothing on Object.prototype", () => {
    attempt("[__proto__]\npolluted = yes\nthreshold = 1\n", "ini");
    expectPrototypeUnchanged();
  });

  it("INI: a [R003.__proto__] table and a __proto__ key inside a section set nothing", () => {
    attempt("[R003.__proto__]\npolluted = yes\n[R024]\n__proto__ = yes\n", "ini");
    attempt("[R003.procurement_method_details]\n__proto__ = 3\npolluted = 4\n", "ini");
    attempt("__proto__ = yes\n", "ini");
    expectPrototypeUnchanged();
  });

  it("JSON: a \"__proto__\" key at any depth sets nothing on Object.prototype", () => {
    attempt('{"__proto__": {"polluted": "yes"}}', "json");
    attempt('{"R024": {"__proto__": {"polluted": "yes"}}}', "json");
    attempt('{"R003": {"procurement_method_details": {"__proto__": 5, "polluted": 1}}}', "json");
    attempt('{"exclusions": {"__proto__": {"polluted": "yes"}}}', "json");
    attempt('{"constructor": {"prototype": {"polluted": "yes"}}}', "json");
    expectPrototypeUnchanged();
  });

  it("a section or key named like an Object.prototype member is refused with a GgzyError naming it, in both formats", () => {
    for (const name of PROTO_MEMBERS) {
      for (const [text, format] of [
        [`[${name}]\n`, "ini"],
        [`[${name}]\nthreshold = 1\n`, "ini"],
        [`${name} = 1\n`, "ini"],
        [`[R024]\n${name} = 1\n`, "ini"],
        [`[exclusions]\n${name} = 1\n`, "ini"],
        [JSON.stringify({ [name]: {} }), "json"],
        [JSON.stringify({ [name]: 1 }), "json"],
        [JSON.stringify({ R024: { [name]: 1 } }), "json"],
        [JSON.stringify({ exclusions: { [name]: "x" } }), "json"],
      ] as const) {
        const out = attempt(text, format);
        expect(out, `${format}: ${text}`).toBeInstanceOf(GgzyError);
        expect((out as GgzyError).code).toBe("INVALID_SETTINGS");
        expect((out as GgzyError).en).toContain(name);
      }
    }
    expectPrototypeUnchanged();
  });

  it("Object.prototype member names are data where a table's keys are data (R003 per-detail thresholds)", () => {
    for (const name of PROTO_MEMBERS) {
      for (const [text, format] of [
        [`[R003.procurement_method_details]\n${name} = 7\n`, "ini"],
        [JSON.stringify({ R003: { procurement_method_details: { [name]: 7 } } }), "json"],
      ] as const) {
        const s = parseRiskSettings(text, format);
        const table = s.partA.R003?.procurementMethodDetails ?? {};
        expect(Object.getPrototypeOf(table)).toBeNull();
        expect(Object.keys(table)).toEqual([name]);
        expect(table[name]).toBe(7);
      }
    }
    expectPrototypeUnchanged();
  });

  it("a procurementMethodDetails called valueOf gets the default threshold, not Object.prototype.valueOf", () => {
    const s = parseRiskSettings("[R003]\nthreshold = 15\n", "ini");
    const table = s.partA.R003?.procurementMethodDetails ?? {};
    expect(table.valueOf).toBeUndefined();
    expect(table.__proto__).toBeUndefined();
  });
});
