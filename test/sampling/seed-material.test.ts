import { describe, expect, it } from "vitest";
import { parseSeedMaterial, parseSeedMaterialText, seedMaterialBytes, seedMaterialEntropyBits } from "../../src/sampling/seed-material";
import { drawSocialSupervisors } from "../../src/sampling/supervisors";
import { drawCommittee } from "../../src/sampling/committee";
import { log2Binomial } from "../../src/sampling/entropy";
import { GgzyError } from "../../src/model/error";
import { committeeRequest, supervisorsRequest } from "./fixtures";

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as GgzyError).code;
  }
  return "none";
};

describe("seed material", () => {
  it("is canonicalised to the UTF-8 bytes of its JCS, after normalisation", () => {
    const m = parseSeedMaterial({ kind: "hex", value: " ABcd " });
    expect(m).toEqual({ kind: "hex", value: "abcd" });
    expect(new TextDecoder().decode(seedMaterialBytes(m))).toBe('{"kind":"hex","value":"abcd"}');
    expect(parseSeedMaterial({ kind: "dice", values: [1, 6] })).toEqual({ kind: "dice", values: [1, 6], sides: 6 });
  });
  it("reads JSON or bare hex from text, and refuses anything else", () => {
    expect(parseSeedMaterialText('{"kind":"beacon","value":"x"}\n')).toEqual({ kind: "beacon", value: "x" });
    expect(parseSeedMaterialText("DEADbeef\n")).toEqual({ kind: "hex", value: "deadbeef" });
    expect(codeOf(() => parseSeedMaterialText("03 11 19"))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseSeedMaterialText("  "))).toBe("SEED_MATERIAL_MISSING");
  });
  it("refuses missing material, a die showing 7, and unknown kinds or fields", () => {
    expect(codeOf(() => parseSeedMaterial(undefined))).toBe("SEED_MATERIAL_MISSING");
    expect(codeOf(() => parseSeedMaterial({ kind: "dice", values: [7] }))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseSeedMaterial({ kind: "coin", value: "H" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseSeedMaterial({ kind: "hex", value: "00", extra: 1 }))).toBe("INVALID_INPUT");
    expect(codeOf(() => drawSocialSupervisors({ ...supervisorsRequest(), seedMaterial: undefined } as never))).toBe("SEED_MATERIAL_MISSING");
  });
  it("names the field of a draw request where the material is missing or malformed", () => {
    const pathOf = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return (e as { issues: ReadonlyArray<{ path: unknown }> }).issues.map((i) => i.path);
      }
      return undefined;
    };
    expect(pathOf(() => drawSocialSupervisors({ ...supervisorsRequest(), seedMaterial: undefined } as never))).toEqual([["seedMaterial"]]);
    expect(pathOf(() => drawSocialSupervisors({ ...supervisorsRequest(), seedMaterial: { kind: "dice", values: [7] } } as never))).toEqual([
      ["seedMaterial", "values", 0],
    ]);
  });
  it("knows the entropy of dice and hex, not of beacons or lotteries", () => {
    expect(seedMaterialEntropyBits(parseSeedMaterial({ kind: "dice", values: [1, 2, 3] }))).toBeCloseTo(3 * Math.log2(6));
    expect(seedMaterialEntropyBits(parseSeedMaterial({ kind: "hex", value: "00ff" }))).toBe(16);
    expect(seedMaterialEntropyBits(parseSeedMaterial({ kind: "lottery", value: "1 2 3" }))).toBeNull();
  });
});

describe("entropy warning", () => {
  it("warns when dice carry fewer bits than log2 C(n, k) of the draw", () => {
    const few = drawSocialSupervisors({ ...supervisorsRequest(), seedMaterial: { kind: "dice", values: [3] } } as never);
    expect(few.warnings.map((w) => w.code)).toEqual(["LOW_SEED_ENTROPY"]);
    expect(few.warnings[0]!.details.bitsNeeded).toBeCloseTo(log2Binomial(9, 3));
    const enough = drawSocialSupervisors({ ...supervisorsRequest(), seedMaterial: { kind: "dice", values: [3, 1, 4, 1] } } as never);
    expect(enough.warnings).toEqual([]);
  });
  it("does not warn when the entropy is unknowable (lottery), and warns for a committee drawn with two dice", () => {
    expect(drawCommittee(committeeRequest() as never).warnings).toEqual([]);
    const dice = drawCommittee({ ...committeeRequest(), seedMaterial: { kind: "dice", values: [2, 5] } } as never);
    expect(dice.warnings[0]?.code).toBe("LOW_SEED_ENTROPY");
    expect(dice.record.seedSource.entropyBits).toBeCloseTo(2 * Math.log2(6));
  });
  it("log2 C(n, k) is right on small cases", () => {
    expect(log2Binomial(10, 3)).toBeCloseTo(Math.log2(120));
    expect(log2Binomial(5, 0)).toBe(0);
    expect(log2Binomial(3, 5)).toBe(0);
  });
});
