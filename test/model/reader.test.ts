import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { UNSURE, compileReader } from "../../src/model/reader";
import { schemas } from "../../src/model/registry";
import { AgencySelectionCheckSchema, AwardCheckSchema, CommitteeCheckSchema, EvaluationCheckSchema, ProjectRecordSchema } from "../../src/rules/validators/inputs";
import { arbitraryExpert, arbitraryProject, arbitraryBidder, arbitraryInspector, arbitrarySocialSupervisor, mutated } from "./arbitraries";

const example = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/records/${name}.json`, import.meta.url), "utf8"));

/** The reader's answer must be zod's parse, to the last key and `undefined` (or UNSURE). */
function agreesWithZod(schema: z.core.$ZodType, value: unknown, label: string): boolean {
  const read = compileReader(schema)(value);
  if (read === UNSURE) return false;
  const parsed = z.safeParse(schema, value);
  expect(parsed.success, `${label}: zod accepts what the reader read`).toBe(true);
  expect(isDeepStrictEqual(read, parsed.data), `${label}: the reader gives zod's result`).toBe(true);
  return true;
}

describe("compileReader", () => {
  it("gives exactly zod's result, or UNSURE: every registry schema on records changed at random (property)", () => {
    const inputs = fc.oneof(mutated(arbitraryProject), mutated(arbitraryBidder), mutated(arbitraryInspector), mutated(arbitrarySocialSupervisor), mutated(arbitraryExpert), fc.anything({ maxDepth: 2 }));
    let read = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      fc.assert(
        fc.property(inputs, (value) => {
          if (agreesWithZod(schema as z.core.$ZodType, value, name)) read++;
        }),
        { seed: 17, numRuns: 150 },
      );
    }
    // The property must not hold only because the reader leaves everything to zod.
    expect(read).toBeGreaterThan(100);
  });

  it("reads the example records of every validator, with the defaults zod fills in", () => {
    for (const [name, schema] of [
      ["award", AwardCheckSchema],
      ["committee", CommitteeCheckSchema],
      ["project", ProjectRecordSchema],
      ["agency-selection", AgencySelectionCheckSchema],
      ["complaint", schemas.Complaint],
      ["expert", schemas.Expert],
    ] as const) {
      expect(agreesWithZod(schema as z.core.$ZodType, example(name), name), name).toBe(true);
    }
    expect(EvaluationCheckSchema).toBeDefined();
  });

  it("returns the value itself when parsing would give it back, and copies only what changes", () => {
    const schema = z.object({ a: z.string(), list: z.array(z.object({ b: z.number(), c: z.boolean().default(false) })), keep: z.object({ d: z.string() }) });
    const same = { a: "x", list: [{ b: 1, c: true }], keep: { d: "y" } };
    expect(compileReader(schema)(same)).toBe(same);
    const filled = { a: "x", list: [{ b: 1, c: true }, { b: 2 }], keep: { d: "y" } };
    const r = compileReader(schema)(filled) as typeof same;
    expect(r).toStrictEqual({ a: "x", list: [{ b: 1, c: true }, { b: 2, c: false }], keep: { d: "y" } });
    expect(r).not.toBe(filled);
    expect(r.keep).toBe(filled.keep);
    expect(r.list[0]).toBe(filled.list[0]);
    expect(filled.list[1]).toStrictEqual({ b: 2 }); // the value itself is never written to
  });

  it("follows zod where parsing changes the value: defaults, stripped keys, unions, records", () => {
    const cases: [z.ZodType, unknown][] = [
      [z.object({ a: z.string() }), { a: "x", extra: 1 }],
      [z.object({ a: z.string().optional() }), { a: undefined }],
      [z.object({ a: z.string().optional() }), {}],
      [z.object({ a: z.array(z.string()).default([]) }), {}],
      [z.object({ a: z.string() }), Object.assign(Object.create(null), { a: "x" })],
      [z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]), { b: 1 }],
      [z.union([z.object({ a: z.string() }), z.object({ a: z.string(), b: z.number() })]), { a: "x", b: 1 }],
      [z.record(z.string().min(1), z.number()), { a: 1, b: 2 }],
      [z.record(z.string(), z.object({ x: z.number().default(0) })), { a: {}, b: { x: 2 } }],
      [z.array(z.string().nullable()), ["a", null]],
    ];
    for (const [schema, value] of cases) expect(agreesWithZod(schema, value, JSON.stringify(value) ?? "value"), JSON.stringify(value)).toBe(true);
  });

  it("leaves to zod what it does not know, and what zod would refuse", () => {
    const unsure: [z.ZodType, unknown][] = [
      [z.string().trim(), "x"],
      [z.string().transform((s) => s.length), "x"],
      [z.strictObject({ a: z.string() }), { a: "x" }],
      [z.record(z.enum(["a", "b"]), z.number()), { a: 1, b: 2 }],
      [z.record(z.string(), z.number()), { a: "1" }],
      [z.looseRecord(z.string().min(2), z.number()), { ab: 1 }],
      [z.array(z.string()), [, "a"]],
      [z.object({ a: z.string() }), { b: "x" }],
      [z.xor([z.string(), z.number()]), "x"],
    ];
    for (const [schema, value] of unsure) expect(compileReader(schema)(value), JSON.stringify(value)).toBe(UNSURE);
  });
});
