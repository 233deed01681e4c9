import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * docs/risk.md describes the bundled demo city and what the demo writes. Its figures come from the city's own
 * manifest (examples/demo-city/city.json) and its file list from the demo's writer (cli/src/demo/run.ts), so a
 * regenerated city or a new output file that the guide does not follow fails here.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const guide = readFileSync(join(root, "docs/risk.md"), "utf8");
const city = JSON.parse(readFileSync(join(root, "examples/demo-city/city.json"), "utf8")) as { counts: Record<string, number> };
const number = (s: string): number => Number(s.replace(/,/g, ""));

describe("docs/risk.md on the demo city", () => {
  it("gives the counts of examples/demo-city/city.json", () => {
    const row = (name: string): string => new RegExp(`^\\| ${name} \\| ([^|]*)\\|`, "m").exec(guide)?.[1] ?? "";
    const shown = {
      projects: number(/^[\d,]+/.exec(row("projects"))?.[0] ?? "NaN"),
      experts: number(/^[\d,]+/.exec(row("experts"))?.[0] ?? "NaN"),
      agencies: number(/^[\d,]+/.exec(row("agencies"))?.[0] ?? "NaN"),
      bidders: number(/^[\d,]+/.exec(row("bidders"))?.[0] ?? "NaN"),
      bids: number(/([\d,]+) bids/.exec(row("also"))?.[1] ?? "NaN"),
    };
    expect(shown).toEqual({
      projects: city.counts.projects,
      experts: city.counts.experts,
      agencies: city.counts.agencies,
      bidders: city.counts.bidders,
      bids: city.counts.bids,
    });
  });

  it("lists every file the demo writes beside the report", () => {
    const writer = readFileSync(join(root, "cli/src/demo/run.ts"), "utf8");
    const written = [...writer.matchAll(/\bwrite\("([^"]+)"/g)].map((m) => m[1] as string);
    expect(written).toContain("report.html");
    expect(written).toContain("verify.html");
    const table = guide.slice(guide.indexOf("| file | what |"));
    const listed = new Set([...table.slice(0, table.indexOf("\n\n")).matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    // A file in a folder counts as listed when its folder is (`score-inputs/`, whose row names what it holds).
    const isListed = (f: string): boolean => listed.has(f) || (f.includes("/") && listed.has(`${f.slice(0, f.lastIndexOf("/"))}/`));
    expect(written.filter((f) => !isListed(f))).toEqual([]);
  });
});
