import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { writeCity } from "../../../examples/demo/write";
import { registerDemo } from "../../src/commands/demo";
import { type CommandRun, runCommand } from "../helpers/run-command";

const root = mkdtempSync(join(tmpdir(), "ggzy-demo-cli-"));
const city = join(root, "city");
const out = join(root, "report");

beforeAll(() => writeCity(city, { projects: 200, seed: "cli" }));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

const run = (...args: string[]): Promise<CommandRun> => runCommand([registerDemo], ["demo", ...args]);

describe("ggzy demo (command)", () => {
  it("exits 0 and prints the self-check when every planted case is found", async () => {
    const r = await run("--data", city, "--out", out, "--quiet");
    expect(r.code).toBe(0);
    expect(r.out).toContain("✔ every planted case found, every draw verified");
    expect(r.out).toMatch(/FULLY_ELECTRONIC\s+\d+\s+\d+\s+0/);
    expect(r.err).toBe(""); // --quiet: no progress
  });

  it("exits 2 with a one-line bilingual message when the report directory exists", async () => {
    const r = await run("--data", city, "--out", out, "--quiet");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--force");
    expect(r.err).not.toContain("    at "); // no stack trace
  });

  it("overwrites with --force and prints JSON with --json", async () => {
    const r = await run("--data", city, "--out", out, "--force", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { exitCode: number; selfCheck: { missedTotal: number }; draws: Array<{ verified: boolean }> };
    expect(j.exitCode).toBe(0);
    expect(j.selfCheck.missedTotal).toBe(0);
    expect(j.draws.every((d) => d.verified)).toBe(true);
  });

  it("writes a Chinese-only report with --locale zh", async () => {
    const r = await run("--data", city, "--out", out, "--force", "--quiet", "--locale", "zh");
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, "report.html"), "utf8");
    const body = html.slice(html.indexOf("<body>"), html.indexOf('<script type="application/json"'));
    expect(body).toContain("问题明细");
    expect(body).not.toContain("Public-resource trading report");
    expect(body).not.toContain('class="en"');
  });

  it("exits 2 for a data directory that is not a city", async () => {
    const r = await run("--data", join(root, "nope"), "--out", join(root, "r3"), "--quiet");
    expect(r.code).toBe(2);
  });
});
