import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { compileAcceptor } from "../../src/model/acceptor";
import { ExpertSchema } from "../../src/model/expert";
import { schemas } from "../../src/model/registry";
import { arbitraryExpert, arbitraryProject, arbitraryBidder, arbitraryInspector, arbitrarySocialSupervisor, mutated } from "./arbitraries";

describe("compileAcceptor", () => {
  it("never says yes to a value its schema refuses: expert records changed at random (property)", () => {
    const accepts = compileAcceptor(ExpertSchema);
    let yes = 0;
    fc.assert(
      fc.property(mutated(arbitraryExpert), (value) => {
        if (accepts(value)) {
          yes++;
          expect(ExpertSchema.safeParse(value).success).toBe(true);
        }
      }),
      { seed: 20261128, numRuns: 3000 },
    );
    // The property must not hold only because the acceptor says no to everything.
    expect(yes).toBeGreaterThan(300);
  });

  it("never says yes to a value its schema refuses: every registry schema, on other records and on any JSON (property)", () => {
    const inputs = fc.oneof(
      mutated(arbitraryProject),
      mutated(arbitraryBidder),
      mutated(arbitraryInspector),
      mutated(arbitrarySocialSupervisor),
      fc.anything({ maxDepth: 2 }),
    );
    for (const [name, schema] of Object.entries(schemas)) {
      const accepts = compileAcceptor(schema as z.core.$ZodType);
      fc.assert(
        fc.property(inputs, (value) => {
          if (accepts(value)) expect(z.safeParse(schema as z.core.$ZodType, value).success, name).toBe(true);
        }),
        { seed: 7, numRuns: 150 },
      );
    }
  });

  it("says yes to valid records (the fast path is actually taken)", () => {
    for (const [arbitrary, schema] of [
      [arbitraryExpert, ExpertSchema],
      [arbitraryProject, schemas.Project],
      [arbitraryBidder, schemas.Bidder],
      [arbitraryInspector, schemas.Inspector],
      [arbitrarySocialSupervisor, schemas.SocialSupervisor],
    ] as const) {
      const accepts = compileAcceptor(schema as z.core.$ZodType);
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => {
          expect(accepts(value)).toBe(true);
        }),
        { seed: 11, numRuns: 200 },
      );
    }
  });

  it("follows zod on each construct it knows", () => {
    const cases: [z.ZodType, unknown, boolean][] = [
      [z.string().min(2).max(3), "ab", true],
      [z.string().min(2).max(3), "a", false],
      [z.string().min(2).max(3), "abcd", false],
      [z.string().length(2), "ab", true],
      [z.string().regex(/^\d+$/), "12", true],
      [z.string().regex(/^\d+$/), "1a", false],
      [z.iso.date(), "2024-02-29", true],
      [z.iso.date(), "2023-02-29", false],
      [z.number().int().min(1).max(5), 5, true],
      [z.number().int().min(1).max(5), 1.5, false],
      [z.number().int().min(1).max(5), 6, false],
      [z.number().gt(0), 0, false],
      [z.number(), Infinity, false],
      [z.number(), NaN, false],
      [z.boolean(), false, true],
      [z.boolean(), "false", false],
      [z.enum(["a", "b"]), "b", true],
      [z.enum(["a", "b"]), "c", false],
      [z.literal(3), 3, true],
      [z.literal(3), "3", false],
      [z.string().optional(), undefined, true],
      [z.string().default("x"), undefined, true],
      [z.string().nullable(), null, true],
      [z.string().nullable(), undefined, false],
      [z.array(z.string()).min(1), ["a"], true],
      [z.array(z.string()).min(1), [], false],
      [z.array(z.string()), ["a", 1], false],
      [z.object({ a: z.string() }), { a: "x", extra: 1 }, true],
      [z.object({ a: z.string() }), { b: "x" }, false],
      [z.object({ a: z.string() }), ["x"], false],
      [z.object({ a: z.string().optional() }), {}, true],
      [z.union([z.string(), z.number()]), 1, true],
      [z.union([z.string(), z.number()]), true, false],
      // zod counts a string's length in code points: one emoji is one.
      [z.string().min(2), "\u{1F600}", false],
      [z.string().min(2), "\u{1F600}\u{1F600}", true],
      [z.string().length(2), "\u{1F600}", false],
      [z.string().min(3).max(5), "a\u{1F600}", false],
      // Number formats on the schema itself, and every bound of a side holding.
      [z.int(), 1.5, false],
      [z.int(), 3, true],
      [z.number().gt(5).gt(3), 4, false],
      [z.number().min(1).nonnegative(), 0.5, false],
      [z.number().max(1).lt(10), 5, false],
      [z.number().gte(1).gt(1), 1, false],
      // A key must be present unless its schema may be left out, even when the schema takes `undefined`.
      [z.object({ a: z.unknown() }), {}, false],
      [z.object({ a: z.unknown() }), { a: undefined }, true],
      [z.object({ a: z.string().default("x") }), {}, true],
      // A hole in an array is read as `undefined`.
      [z.array(z.string()), [, "a"], false],
    ];
    for (const [schema, value, expected] of cases) {
      expect(schema.safeParse(value).success, `zod on ${JSON.stringify(value)}`).toBe(expected);
      expect(compileAcceptor(schema)(value), `acceptor on ${JSON.stringify(value)}`).toBe(expected);
    }
  });

  it("leaves to zod what it does not know, even values zod would accept", () => {
    const unknown: [z.ZodType, unknown][] = [
      [z.string().refine((s) => s.length > 0), "x"],
      [z.string().trim(), "x"],
      [z.string().url(), "https://example.org"],
      [z.string().regex(/x/g), "x"],
      [z.strictObject({ a: z.string() }), { a: "x" }],
      [z.object({ a: z.string() }).refine(() => true), { a: "x" }],
      [z.xor([z.string(), z.number()]), "x"],
      [z.discriminatedUnion("k", [z.object({ k: z.literal("a") }), z.object({ k: z.literal("b") })]), { k: "a" }],
      [z.record(z.string(), z.number()), { a: 1 }],
      [z.string().transform((s) => s.length), "x"],
      [z.coerce.number(), "1"],
      [z.number().multipleOf(2), 4],
      [z.object({ a: z.string().exactOptional() }), { a: "x" }],
      [z.string().max(1), "\u{1F600}"],
      [z.int32(), 5],
      [z.object({ [Symbol.for("k")]: z.string() }), { [Symbol.for("k")]: "x" }],
      [z.stringFormat("date", (v) => v === "x", { pattern: /.*/ } as never), "x"],
    ];
    for (const [schema, value] of unknown) {
      expect(schema.safeParse(value).success).toBe(true);
      expect(compileAcceptor(schema)(value)).toBe(false);
    }
    // A custom format is its function, not its pattern.
    expect(compileAcceptor(z.stringFormat("date", (v) => v === "x", { pattern: /.*/ } as never))("y")).toBe(false);
    // zod tries a union's options in order: an earlier one that goes async (or throws) decides, whatever comes after.
    const union = z.union([z.string().refine(async () => true), z.string()]);
    expect(() => union.safeParse("a")).toThrow();
    expect(compileAcceptor(union)("a")).toBe(false);
    // An exact optional refuses a present `undefined`, which a plain optional accepts.
    expect(z.object({ a: z.string().exactOptional() }).safeParse({ a: undefined }).success).toBe(false);
  });
});
