import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand } from "../helpers/run-command";
import type { CommandRun } from "../helpers/run-command";
import { registerDraw } from "../../src/commands/draw";
import { registerVerify } from "../../src/commands/verify";

const root = new URL("../../../", import.meta.url).pathname;
const ex = (f: string): string => join(root, "examples/draws", f);

/** Runs `ggzy <args>` in-process with the draw and verify commands; returns exit code, stdout and stderr. */
const ggzy = (...args: string[]): Promise<CommandRun> => runCommand([registerDraw, registerVerify], args);

describe("ggzy draw / ggzy verify (the README's commands, run as written)", () => {
  const dir = mkdtempSync(join(tmpdir(), "ggzy-draw-"));
  const seed = ex("seed-material.txt");
  const salt = ex("salt.hex");

  it("draws a sealed committee, verifies it (exit 0) and refuses a tampered copy (exit 1)", async () => {
    const rec = join(dir, "committee-record.json");
    const drawn = await ggzy("draw", "committee", ex("committee-request.json"), "--seed-material", seed, "--salt-file", salt, "--out", rec, "--result-out", join(dir, "sealed.json"));
    expect(drawn.code).toBe(0);
    expect(drawn.out).toMatch(/SEALED/);
    expect(JSON.parse(readFileSync(rec, "utf8")).result).toBeNull();
    expect((await ggzy("verify", rec, "--inputs", ex("committee-request.json"), "--seed-material", seed, "--salt-file", salt)).code).toBe(0);
    const tampered = JSON.parse(readFileSync(rec, "utf8"));
    tampered.exclusions.official = 0;
    writeFileSync(join(dir, "bad.json"), JSON.stringify(tampered));
    const bad = await ggzy("verify", join(dir, "bad.json"), "--inputs", ex("committee-request.json"), "--seed-material", seed, "--salt-file", salt);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("first difference at exclusions.official");
  });

  it("draws public spot checks and supervisors as JSON", async () => {
    for (const [kind, file] of [["spot-checks", "spot-checks-request.json"], ["supervisors", "supervisors-request.json"]] as const) {
      const r = await ggzy("draw", kind, ex(file), "--seed-material", seed, "--json");
      expect(r.code).toBe(0);
      const { record, result } = JSON.parse(r.out);
      expect(record.result).toEqual(result);
    }
  });

  it("reports bad input on one bilingual line and exits 2", async () => {
    const noSalt = await ggzy("draw", "blind-review", ex("blind-review-request.json"), "--seed-material", seed, "--result-out", join(dir, "br.json"));
    expect(noSalt.code).toBe(2);
    expect(noSalt.err).toMatch(/^ggzy: .*盐值.*\nggzy: .*salt/);
    expect(noSalt.err).not.toMatch(/at .*\.ts/);
    const badSeed = await ggzy("draw", "supervisors", ex("supervisors-request.json"), "--seed-material", "not hex!");
    expect(badSeed.code).toBe(2);
  });

  it("prints a salt commitment", async () => {
    const r = await ggzy("draw", "commit-salt", salt);
    expect(r.out.trim()).toBe("b55634019b966cb9d1dbea3770094f3ec635eeb2d9fb665d45e139aed821a954");
  });
});
