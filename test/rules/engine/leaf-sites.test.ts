import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("src/rules/engine/leaf-sites.ts", () => {
  it("is exactly what tools/gen-leaf-sites.mjs generates (never edited by hand)", () => {
    expect(() => execFileSync(process.execPath, ["tools/gen-leaf-sites.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
