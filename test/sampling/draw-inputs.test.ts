import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hashCanonical } from "../../src/model/canonical";
import { canonicalOrder, canonicalSet, inputHashOf, withSortedSets } from "../../src/sampling/draw-inputs";
import { GgzyError } from "../../src/model/error";

describe("inputHash", () => {
  it("equals SHA-256(JCS({createdAt, params, inputs})) with the big list put in canonical order (property)", () => {
    const item = fc.record(
      { id: fc.string({ minLength: 1, maxLength: 6, unit: "grapheme" }), x: fc.jsonValue({ maxDepth: 2 }), tags: fc.array(fc.string({ maxLength: 3 }), { maxLength: 4 }) },
      { requiredKeys: ["id", "x"] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 30 }),
        fc.dictionary(fc.string({ maxLength: 5, unit: "grapheme" }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        fc.jsonValue({ maxDepth: 2 }),
        (pool, rest, params) => {
          const fixed = { ...rest };
          delete fixed.pool;
          const order = canonicalOrder(pool, "pool");
          const sorted = Array.from(order, (i) => pool[i] as (typeof pool)[number]);
          const expected = hashCanonical({ createdAt: "2024-05-06T09:00:00", params, inputs: { ...fixed, pool: sorted } });
          expect(inputHashOf("2024-05-06T09:00:00", params, { fixed, lists: { pool: { items: pool, order } } })).toBe(expected);
          // With `sets`, each item is hashed with those fields sorted (and the caller's items are left as they were).
          const withSets = hashCanonical({ createdAt: "2024-05-06T09:00:00", params, inputs: { ...fixed, pool: sorted.map((e) => withSortedSets(e, ["tags"])) } });
          expect(inputHashOf("2024-05-06T09:00:00", params, { fixed, lists: { pool: { items: pool, order, sets: ["tags"] } } })).toBe(withSets);
        },
      ),
      { seed: 61, numRuns: 200 },
    );
  });
  it("hashes a list longer than one serialisation chunk (131,072 items) exactly as JCS of the sorted list", () => {
    const n = (1 << 17) + 3;
    const pool = Array.from({ length: n }, (_, i) => ({ id: `E-${((i * 2654435761) % 4294967296).toString(36)}-${i}`, x: i % 7 === 0 ? ["b", "a"] : i }));
    const order = canonicalOrder(pool, "pool");
    const sorted = Array.from(order, (i) => withSortedSets(pool[i] as (typeof pool)[number], ["x"]));
    expect(inputHashOf("2024-05-06T09:00:00", null, { fixed: {}, lists: { pool: { items: pool, order, sets: ["x"] } } })).toBe(
      hashCanonical({ createdAt: "2024-05-06T09:00:00", params: null, inputs: { pool: sorted } }),
    );
  });

  it("leaves out an input key whose value is undefined, as JSON does", () => {
    const params = { k: 1 };
    expect(inputHashOf("2024-05-06T09:00:00", params, { fixed: { project: { id: "P" }, tenderer: undefined } })).toBe(
      hashCanonical({ createdAt: "2024-05-06T09:00:00", params, inputs: { project: { id: "P" } } }),
    );
  });
  it("refuses repeated ids, naming them", () => {
    try {
      canonicalOrder([{ id: "a" }, { id: "b" }, { id: "a" }], "pool");
      expect.unreachable();
    } catch (e) {
      expect((e as GgzyError).code).toBe("DRAW_INVALID_REQUEST");
      expect((e as GgzyError).details.duplicates).toEqual(["a"]);
    }
  });
  it("sorts unordered lists as sets, copying only when there is something to sort", () => {
    const e = { id: "E", specialties: ["b", "a"], pools: [{ pool: "x" }] };
    expect(withSortedSets(e, ["specialties", "pools"])).toEqual({ id: "E", specialties: ["a", "b"], pools: [{ pool: "x" }] });
    expect(e.specialties).toEqual(["b", "a"]);
    const f = { id: "F", specialties: ["a"] };
    expect(withSortedSets(f, ["specialties"])).toBe(f);
    expect(canonicalSet([{ b: 1 }, { a: 2 }])).toEqual([{ a: 2 }, { b: 1 }]);
  });
});
