import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeCity } from "../../../examples/demo/write";
import { bundleProjects } from "../../src/demo/bundle";
import type { ProjectBundle } from "../../src/demo/bundle";
import { loadCity } from "../../src/demo/load";
import type { LoadedCity } from "../../src/demo/load";
import { validateBundle, validateExpert, validateSpotCheck } from "../../src/demo/validate";

// While `frozen` is set, each validator the demo calls gets a deep-frozen copy of its input: a write would throw.
const state = vi.hoisted(() => ({ frozen: false }));
vi.mock("ggzy-rules/rules", async (importOriginal) => {
  const m = await importOriginal<typeof import("ggzy-rules/rules")>();
  const frozenInput =
    <A extends unknown[], R>(f: (input: unknown, ...rest: A) => R) =>
    (input: unknown, ...rest: A): R =>
      f(state.frozen ? deepFreeze(structuredClone(input)) : input, ...rest);
  return {
    ...m,
    validateProject: frozenInput(m.validateProject as never),
    validateExpertAdmission: frozenInput(m.validateExpertAdmission as never),
    validateSpotCheckQuarter: frozenInput(m.validateSpotCheckQuarter as never),
  };
});

// The validators read a record in place where it already is what parsing would give (no copy): they must never write
// to it, and their reports must not depend on the order of its keys. Checked on a generated city, every record.
const root = mkdtempSync(join(tmpdir(), "ggzy-readonly-"));
let city: LoadedCity;
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  writeCity(join(root, "city"), { projects: 120 });
  city = loadCity(join(root, "city"));
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A deep copy whose objects list their keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

/** Every report of the city: each project with what hangs off it, each expert, each spot check. */
function reports(data: LoadedCity["data"]): string[] {
  const maps = {
    tenderers: new Map(data.tenderers.map((t) => [t.id, t])),
    bidders: new Map(data.bidders.map((t) => [t.id, t])),
    agencies: new Map(data.agencies.map((t) => [t.id, t])),
    experts: new Map(data.experts.map((t) => [t.id, t])),
  };
  const today = city.manifest.today;
  const { bundles } = bundleProjects(data);
  return [
    ...bundles.map((b: ProjectBundle) => validateBundle(b, maps, today).report),
    ...data.experts.map((e) => validateExpert(e, today).report),
    ...data.spotChecks.map((s) => validateSpotCheck(s, today).report),
  ].map((r) => JSON.stringify(r));
}

describe("validators read their input and never write to it", () => {
  it("give the same reports for frozen records (a write would throw) and for records with their keys reversed", () => {
    const plain = reports(city.data);
    expect(plain.length).toBeGreaterThan(120);
    expect(plain.some((r) => r.includes('"findings":[{'))).toBe(true);
    state.frozen = true;
    const frozen = reports(city.data);
    state.frozen = false;
    expect(frozen).toEqual(plain);
    expect(reports(reversedKeys(city.data))).toEqual(plain);
  });
});
