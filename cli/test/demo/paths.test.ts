import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundledCityDir } from "../../src/demo/paths";

const root = mkdtempSync(join(tmpdir(), "ggzy-paths-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("bundledCityDir", () => {
  it("finds the city the installed package ships in dist/demo-city, beside main.js", () => {
    const dist = join(root, "node_modules", "ggzy-cli", "dist");
    mkdirSync(join(dist, "demo-city"), { recursive: true });
    writeFileSync(join(dist, "demo-city", "city.json"), "{}");
    expect(bundledCityDir(dist)).toBe(join(dist, "demo-city"));
  });
  it("finds the repository's examples/demo-city from the sources", () => {
    expect(bundledCityDir()).toMatch(/examples[/\\]demo-city$/);
  });
  it("says to use --data when there is none", () => {
    expect(() => bundledCityDir(join(tmpdir()))).toThrow(/--data/);
  });
});
