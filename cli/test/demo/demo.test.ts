import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCity } from "../../../examples/demo/city";
import { writeCity } from "../../../examples/demo/write";
import { GgzyError } from "ggzy-rules/model";
import { defaultRuleSet } from "ggzy-rules/rules";
import { runDemo } from "../../src/demo/run";
import type { DemoResult } from "../../src/demo/run";
import { selfCheck } from "../../src/demo/self-check";
import { esc, scriptJson } from "../../src/demo/report-html";

// One small city (200 projects) for the whole file: generating and running it takes a few seconds.
const root = mkdtempSync(join(tmpdir(), "ggzy-demo-"));
const cityDir = join(root, "city");
const outDir = join(root, "report");
let result: DemoResult;

beforeAll(() => {
  writeCity(cityDir, { projects: 200 });
  result = runDemo({ dataDir: cityDir, outDir });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ruleIds = (): string[] => defaultRuleSet().rules.filter((e) => !e.disabled).map((e) => e.rule.id);

describe("ggzy demo over a small generated city", () => {
  it("finds every planted violation of every rule and every planted ring", () => {
    expect(result.selfCheck.available).toBe(true);
    const missed = [...result.selfCheck.rules, ...result.selfCheck.risk].filter((c) => c.missed.length > 0);
    expect(missed).toEqual([]);
    expect(result.selfCheck.missedTotal).toBe(0);
    expect(result.exitCode).toBe(0);
  });

  it("has planted something for every rule of the default rule set", () => {
    const planted = new Map(result.selfCheck.rules.map((c) => [c.id, c.planted]));
    for (const id of ruleIds()) expect(planted.get(id) ?? 0, id).toBeGreaterThan(0);
  });

  it("plants the collusion rings and the art. 40 signals", () => {
    const signals = result.selfCheck.risk.filter((c) => c.planted > 0).map((c) => c.id);
    for (const s of ["CN34", "CN40-1", "CN40-2", "CN40-3", "CN40-4", "CN40-6", "NET-COBID", "NET-ROTATE", "EXP-CONC", "R028"]) expect(signals).toContain(s);
  });

  it("draws the coming week and verifies every draw from the files it wrote", () => {
    expect(result.draws.length).toBeGreaterThan(1);
    expect(result.draws.filter((d) => d.kind === "committee").length).toBeGreaterThan(0);
    expect(result.draws.find((d) => d.kind === "spotChecks")?.status).toBe("drawn");
    for (const d of result.draws) {
      expect(d.status, d.drawId).toBe("drawn");
      expect(d.verified, d.drawId).toBe(true);
      for (const f of Object.values(d.files ?? {})) expect(existsSync(join(outDir, "draws", f)), f).toBe(true);
    }
  });

  it("its own draws satisfy the rules: drawn committees and supervisors, and the quarter's spot checks", () => {
    const drawn = new Set(result.draws.filter((d) => d.kind === "committee").map((d) => d.projectId));
    const onDrawn = result.validation.findings.filter((f) => drawn.has(f.projectId) && ["committee", "committeeMember", "evaluation"].includes(f.subject));
    expect(onDrawn).toEqual([]);
    expect(result.validation.findings.filter((f) => f.recordId.startsWith("SPOT-"))).toEqual([]);
    expect(result.validation.checked.spotChecks).toBeGreaterThan(12); // the 12 recorded quarters and this quarter's draw
  });

  it("writes the report files, and they parse", () => {
    for (const f of ["report.html", "report.md", "findings.json", "scores.json", "risk.json", "self-check.json", "findings.csv", "risk.csv", "organisations.csv", "scores.csv", "releases.jsonl"]) expect(existsSync(join(outDir, f)), f).toBe(true);
    const findings = JSON.parse(readFileSync(join(outDir, "findings.json"), "utf8")) as { findings: unknown[] };
    expect(findings.findings.length).toBe(result.validation.findings.length);
    const scores = JSON.parse(readFileSync(join(outDir, "scores.json"), "utf8")) as { agencies: unknown[] };
    expect(scores.agencies.length).toBeGreaterThan(0);
    for (const f of readdirSync(join(outDir, "draws")).filter((x) => x.endsWith(".json"))) JSON.parse(readFileSync(join(outDir, "draws", f), "utf8"));
    const html = readFileSync(join(outDir, "report.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<canvas id="chart-clauses"');
    expect(html).toContain("Chart.js"); // inlined, not linked
    expect(html).not.toMatch(/<script[^>]+src=/);
    const md = readFileSync(join(outDir, "report.md"), "utf8");
    expect(md).toContain("## 按条款的问题 / Findings by clause");
  });

  it("scores agencies, experts and bidders and ranks agencies for the coming week", () => {
    expect(result.scores.agencies.length).toBeGreaterThan(0);
    expect(result.scores.experts.length).toBeGreaterThan(0);
    expect(result.scores.bidders.length).toBeGreaterThan(0);
    expect(result.scores.rankings.length).toBe(result.draws.filter((d) => d.kind === "committee").length);
  });

  it("refuses to overwrite an existing report directory without force", () => {
    let error: unknown;
    try {
      runDemo({ dataDir: cityDir, outDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GgzyError);
    expect((error as GgzyError).code).toBe("IO_ERROR");
  });

  it("overwrites it with force, with the same findings (the run is deterministic)", () => {
    const again = runDemo({ dataDir: cityDir, outDir, force: true });
    expect(again.validation.findings).toEqual(result.validation.findings);
    expect(again.draws.map((d) => d.resultHash)).toEqual(result.draws.map((d) => d.resultHash));
  });

  it("refuses a directory that is not a city", () => {
    expect(() => runDemo({ dataDir: join(root, "nowhere"), outDir: join(root, "r2") })).toThrow(GgzyError);
  });
});

describe("ggzy demo over a city with malformed records", () => {
  it("names the file, line and record, escapes the data in the HTML, and goes on with the rest", () => {
    const bad = join(root, "bad-city");
    writeCity(bad, { projects: 60, seed: "malformed" });
    const projects = readFileSync(join(bad, "projects.jsonl"), "utf8").split("\n");
    // Line 3: not JSON. Line 5: a project whose budget is a string. Line 7: a name that tries to inject a script.
    projects[2] = "{not json";
    const p5 = JSON.parse(projects[4] as string) as Record<string, unknown>;
    p5.budgetYuan = "a lot";
    projects[4] = JSON.stringify(p5);
    const p7 = JSON.parse(projects[6] as string) as Record<string, unknown>;
    p7.name = '</script><script>alert("x")</script>';
    projects[6] = JSON.stringify(p7);
    writeFileSync(join(bad, "projects.jsonl"), projects.join("\n"));
    const r = runDemo({ dataDir: bad, outDir: join(root, "bad-report") });
    expect(r.problems).toEqual([
      expect.objectContaining({ file: "projects.jsonl", line: 3 }),
      expect.objectContaining({ file: "projects.jsonl", line: 5, recordId: p5.id, message: expect.stringContaining("budgetYuan") }),
    ]);
    expect(r.validation.checked.projects).toBe(58);
    const html = readFileSync(join(root, "bad-report", "report.html"), "utf8");
    expect(html).not.toContain('<script>alert("x")');
    expect(r.orphans.length).toBeGreaterThan(0); // the bids of the two unreadable projects
  });

  it("names a file it cannot read at all (a broken gzip) and goes on with the others", () => {
    const bad = join(root, "broken-gzip-city");
    writeCity(bad, { projects: 60, seed: "broken" });
    writeFileSync(join(bad, "complaints.jsonl.gz"), "this is not gzip");
    rmSync(join(bad, "complaints.jsonl"));
    const r = runDemo({ dataDir: bad, outDir: join(root, "broken-report") });
    expect(r.problems).toEqual([expect.objectContaining({ file: "complaints.jsonl", line: 0, message: expect.stringContaining("complaints.jsonl.gz") })]);
    expect(r.validation.checked.projects).toBe(60);
  });
});

describe("self-check", () => {
  it("reports a planted case the findings do not contain as missed", () => {
    const truth = { format: "ggzy-demo-ground-truth/1", rules: { FULLY_ELECTRONIC: ["P1", "P2"] }, risk: { "CN40-2": { processes: ["P9"], organisations: [] } } };
    const finding = { ruleId: "FULLY_ELECTRONIC", recordId: "P1" } as never;
    const check = selfCheck(truth, [finding], result.risk.result, ["FULLY_ELECTRONIC"]);
    expect(check.rules).toEqual([{ id: "FULLY_ELECTRONIC", planted: 2, found: 1, missed: ["P2"], alsoFound: 0 }]);
    expect(check.risk[0]?.missed).toEqual(["P9"]);
    expect(check.missedTotal).toBe(2);
  });
  it("is unavailable without ground truth", () => {
    expect(selfCheck(undefined, [], result.risk.result, []).available).toBe(false);
  });
});

describe("HTML escaping", () => {
  it("escapes every character that could open markup", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = esc(s);
        expect(e).not.toMatch(/[<>"']/);
        expect(e.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")).toBe(s);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
  it("keeps JSON inside a script element from closing it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = scriptJson(v);
        expect(text).not.toContain("<");
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe("demo city generator", () => {
  // Every plant needs a project of its own: from about 150 projects on, each rule gets at least one.
  it("is deterministic and plants every rule, whatever the seed", () => {
    const ids = ruleIds();
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (seed) => {
        const a = generateCity({ seed, projects: 200 });
        const b = generateCity({ seed, projects: 200 });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        for (const id of ids) expect(a.groundTruth.rules[id]?.length ?? 0, `${seed} ${id}`).toBeGreaterThan(0);
      }),
      { seed: 3, numRuns: 3 },
    );
  });
  it("changes with the seed", () => {
    expect(JSON.stringify(generateCity({ seed: "a", projects: 40 }).files.projects)).not.toBe(JSON.stringify(generateCity({ seed: "b", projects: 40 }).files.projects));
  });
});

describe("bundled data set", () => {
  it("is exactly what the documented generator command writes (not edited by hand, not stale)", async () => {
    const { gunzipSync } = await import("node:zlib");
    const { fileNameOf } = await import("../../../examples/demo/write");
    const bundled = fileURLToPath(new URL("../../../examples/demo-city", import.meta.url));
    const city = generateCity();
    for (const [stem, records] of Object.entries(city.files)) {
      const text = gunzipSync(readFileSync(join(bundled, fileNameOf(stem, true)))).toString("utf8");
      expect(text, stem).toBe(`${(records as unknown[]).map((r) => JSON.stringify(r)).join("\n")}\n`);
    }
    expect(JSON.parse(readFileSync(join(bundled, "ground-truth.json"), "utf8"))).toEqual(city.groundTruth);
    expect(JSON.parse(readFileSync(join(bundled, "city.json"), "utf8"))).toEqual(city.manifest);
  });
  it("stays under 2 MB of gzip data, and carries both regimes and the GP methods", () => {
    const bundled = fileURLToPath(new URL("../../../examples/demo-city", import.meta.url));
    const bytes = readdirSync(bundled).filter((f) => f.endsWith(".gz")).reduce((n, f) => n + readFileSync(join(bundled, f)).length, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    const projects = generateCity().files.projects as Array<{ regime?: string; procurementMethod: string }>;
    expect(new Set(projects.map((p) => p.regime))).toEqual(new Set(["tendering", "governmentProcurement"]));
    const gpMethods = new Set(projects.filter((p) => p.regime === "governmentProcurement").map((p) => p.procurementMethod));
    for (const m of ["open", "competitiveConsultation", "competitiveNegotiation", "inquiry", "direct"]) expect(gpMethods.has(m), m).toBe(true);
  });
});
