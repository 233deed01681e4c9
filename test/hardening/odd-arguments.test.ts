import { describe, expect, it } from "vitest";
import { GgzyError } from "../../src/model/error";
import { publicCallables } from "./exports";

/*
 * The fuzz suite (public-exports.test.ts) draws new values on every run, so a gap it finds once may hide for the next
 * ten runs. This suite tries, deterministically, the shapes that found such gaps: an options argument (second or
 * third) that is null, a number, a string, an array, a Map, or an object whose fields are null or of the wrong type.
 * Each call must return or throw a GgzyError — never a TypeError.
 */

const callables = await publicCallables();
const FIRST: unknown[] = ["", "x", {}, [], 0, null];
const ODD: unknown[] = [null, 0, "", [], new Map(), true, { source: null }, { asOf: null }, { asOf: 5 }, { scorecard: 1 }];

describe("odd options and arguments get a GgzyError (issue #19)", () => {
  it.each(callables.map((c) => [c.name, c] as const))("%s", async (_name, { fn, isClass }) => {
    const failures: string[] = [];
    for (const first of FIRST) {
      for (const odd of ODD) {
        for (const args of [[first, odd], [first, {}, odd]]) {
          try {
            const value: unknown = isClass ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : (fn as (...a: unknown[]) => unknown)(...args);
            if (value instanceof Promise) await value;
          } catch (e) {
            if (!(e instanceof GgzyError)) failures.push(`${(e as Error).name}: ${(e as Error).message}`);
          }
        }
      }
    }
    expect([...new Set(failures)]).toEqual([]);
  });
});
