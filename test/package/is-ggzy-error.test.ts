import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GgzyError, isGgzyError } from "../../src/model/error";

// A GgzyError thrown by the CommonJS build is not `instanceof` the ESM build's class (two copies of the class);
// isGgzyError recognises both, through a brand registered with Symbol.for.
const root = fileURLToPath(new URL("../..", import.meta.url));

describe("isGgzyError", () => {
  it("recognises the library's errors and nothing else", () => {
    expect(isGgzyError(new GgzyError("INVALID_INPUT", { zh: "坏", en: "bad" }))).toBe(true);
    for (const other of [new Error("x"), { code: "INVALID_INPUT", zh: "坏", en: "bad" }, null, undefined, "GgzyError", 42]) expect(isGgzyError(other)).toBe(false);
  });

  it("works across the ESM and CommonJS builds, where instanceof does not", () => {
    const out = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { createRequire } from "node:module";
         import { GgzyError, isGgzyError } from "ggzy-rules/model";
         const cjs = createRequire(import.meta.url)("ggzy-rules/model");
         const fromCjs = new cjs.GgzyError("INVALID_INPUT", { zh: "坏", en: "bad" });
         const fromEsm = new GgzyError("INVALID_INPUT", { zh: "坏", en: "bad" });
         console.log(JSON.stringify([fromCjs instanceof GgzyError, isGgzyError(fromCjs), cjs.isGgzyError(fromEsm), isGgzyError(fromEsm)]));`,
      ],
      { cwd: root, encoding: "utf8" },
    ).trim();
    expect(JSON.parse(out)).toEqual([false, true, true, true]);
  });
});
