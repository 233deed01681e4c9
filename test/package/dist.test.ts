import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The built package, imported the way users import it: by its name (self-reference through "exports").
const root = fileURLToPath(new URL("../..", import.meta.url));
const run = (code: string, type: "module" | "commonjs") =>
  execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], { cwd: root, encoding: "utf8" }).trim();

describe("the built package (npm test builds it first)", () => {
  it("has been built", () => expect(existsSync(`${root}/dist/index.js`)).toBe(true));

  it("works as ESM, from the root and from a subpath", () => {
    const out = run(
      `import { hashCanonical } from "ggzy-rules"; import { GgzyError } from "ggzy-rules/model";
       console.log(hashCanonical({ b: 2, a: 1 }), new GgzyError("INVALID_INPUT", { zh: "坏", en: "bad" }).code);`,
      "module",
    );
    expect(out).toBe("43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777 INVALID_INPUT");
  });

  it("works as CommonJS", () => {
    const out = run(
      `const { hashCanonical } = require("ggzy-rules"); const { canonicalJson } = require("ggzy-rules/model");
       console.log(hashCanonical({ b: 2, a: 1 }), canonicalJson({ z: [1, "中"], a: null }));`,
      "commonjs",
    );
    expect(out).toBe('43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777 {"a":null,"z":[1,"中"]}');
  });
});
