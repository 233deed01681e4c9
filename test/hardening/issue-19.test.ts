import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GGZY_ERROR_CODES, GgzyError } from "../../src/model/error";
import { assertJsonInput, MAX_INPUT_DEPTH, MAX_STRING_LENGTH } from "../../src/model/guard";
import { readOcdsRelease } from "../../src/model/ocdsRead";
import { writeOcdsRelease } from "../../src/model/ocdsWrite";
import { validateAward, validateProject } from "../../src/rules/index";
import type { AwardInput, ProjectInput } from "../../src/rules/index";
import { ruleSetWithPack } from "../../src/rules/validators/options";
import { drawCommittee } from "../../src/sampling/committee";
import { verifyDraw } from "../../src/sampling/verify";
import { liaochengRelease } from "../model/ocdsRelease.fixture";
import { committeeRequest } from "../sampling/fixtures";
import { asUnknownInput } from "../unknown-input";

/** The classes of issue #19, one case each: refused with the right code, and the error serialises. */

function errorOf(f: () => unknown): GgzyError {
  try {
    f();
  } catch (e) {
    if (e instanceof GgzyError) {
      expect(() => JSON.stringify(e)).not.toThrow();
      return e;
    }
    throw e;
  }
  throw new Error("expected a GgzyError");
}

const record = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../examples/records/${name}.json`, import.meta.url), "utf8"));

describe("issue #19: the guard", () => {
  it("refuses a cycle, too deep a value, too long a string, NaN, a sparse array, a BigInt — each with its path", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic["self"] = { back: cyclic };
    expect(errorOf(() => assertJsonInput(cyclic, "x")).code).toBe("INPUT_CYCLE");
    let deep: unknown = 1;
    for (let i = 0; i <= MAX_INPUT_DEPTH; i++) deep = [deep];
    expect(errorOf(() => assertJsonInput(deep, "x")).code).toBe("INPUT_TOO_DEEP");
    let ok: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) ok = [ok];
    expect(() => assertJsonInput(ok, "x")).not.toThrow();
    expect(errorOf(() => assertJsonInput({ s: "x".repeat(MAX_STRING_LENGTH + 1) }, "x")).code).toBe("INPUT_TOO_LARGE");
    expect(errorOf(() => assertJsonInput({ a: [1, { b: NaN }] }, "x")).issues[0]?.path).toEqual(["a", 1, "b"]);
    // eslint-disable-next-line no-sparse-arrays -- a hole, on purpose
    expect(errorOf(() => assertJsonInput({ list: [1, , 3] }, "x")).en).toContain("sparse");
    expect(errorOf(() => assertJsonInput({ n: 10n }, "x")).code).toBe("INVALID_INPUT");
    expect(errorOf(() => assertJsonInput({ m: new Map() }, "x")).en).toContain("Map");
  });

  it("a validator refuses a cyclic or sparse record before any work", () => {
    const project = record("project");
    const cyc = { ...project, extra: {} as Record<string, unknown> };
    cyc.extra["again"] = cyc;
    expect(errorOf(() => validateProject(asUnknownInput<ProjectInput>(cyc))).code).toBe("INPUT_CYCLE");
    const bids = [...((project["bids"] as unknown[]) ?? [])];
    bids.length += 2; // holes at the end
    expect(errorOf(() => validateProject(asUnknownInput<ProjectInput>({ ...project, bids }))).code).toBe("INVALID_INPUT");
  });

  it("validator options: a ruleSet that is not one, a pack parameter of the wrong kind", () => {
    const award = record("award") as AwardInput; // a good record: only the option is wrong
    expect(errorOf(() => validateAward(award, { ruleSet: 5 as never })).issues[0]?.path).toEqual(["ruleSet"]);
    expect(errorOf(() => ruleSetWithPack({ name: "c", version: "1", params: { contractDays: 1.5 } })).code).toBe("INVALID_RULE");
    expect(errorOf(() => ruleSetWithPack({ name: "c", version: "1", params: { minNonLocalShare: -5 } })).code).toBe("INVALID_RULE");
  });

  it("OCDS: an amount of 1e400 (Infinity after JSON.parse) is refused with its path", () => {
    const text = JSON.stringify(liaochengRelease()).replace(/"amount":(\d+)/, '"amount":1e400');
    expect(errorOf(() => readOcdsRelease(JSON.parse(text))).issues[0]?.path.at(-1)).toBe("amount");
  });

  it("writeOcdsRelease keeps unknown fields only when they are JSON", () => {
    const { process, source } = readOcdsRelease(liaochengRelease());
    const out = writeOcdsRelease(process, source);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(errorOf(() => writeOcdsRelease(process, { ...source, extra: NaN })).issues[0]?.path).toEqual(["extra"]);
    expect(errorOf(() => writeOcdsRelease(process, { ...source, extra: 1n as never })).code).toBe("INVALID_INPUT");
  });

  it("verifyDraw's first difference is plain JSON", () => {
    const req = committeeRequest();
    const { record: rec } = drawCommittee(req as never);
    const verdict = verifyDraw({ ...rec, drawId: "other" }, req["inputs"], req["seedMaterial"], req["salt"]);
    expect(verdict.reproduced).toBe(false);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });

  it("an error whose details hold a BigInt, a cycle or a Map still serialises, as a bounded preview", () => {
    const cyc: Record<string, unknown> = {};
    cyc["self"] = cyc;
    const e = new GgzyError("INVALID_INPUT", { zh: "x", en: "x", details: { big: 12n, cyc, map: new Map([[1, 2]]), long: "y".repeat(10_000), nan: NaN } });
    const json = JSON.parse(JSON.stringify(e)) as { details: Record<string, unknown> };
    expect(json.details["big"]).toEqual({ type: "bigint", preview: "12" });
    expect(json.details["nan"]).toEqual({ type: "number", preview: "NaN" });
    expect(String(json.details["long"]).length).toBeLessThan(300);
    expect(JSON.stringify(json.details["cyc"])).toContain("cycle");
  });
});

describe("README: the Errors section lists every error code", () => {
  it("has a row per code", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Errors"), readme.indexOf("\n## ", readme.indexOf("## Errors") + 3));
    for (const code of GGZY_ERROR_CODES) expect(section, code).toContain(`| \`${code}\` |`);
  });
});
