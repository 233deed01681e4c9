import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { calendarDigest } from "./fixtures/tz-digest";

const here = dirname(fileURLToPath(import.meta.url));

describe("results do not depend on the machine's time zone", () => {
  it("gives the same results under UTC, Los Angeles, Kiritimati (UTC+14) and Shanghai", () => {
    const inProcess = calendarDigest();
    const fixture = join(here, "fixtures", "tz-digest.ts");
    for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Shanghai"]) {
      const run = spawnSync(process.execPath, ["--import", "tsx", fixture], {
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.stderr).toBe("");
      expect([tz, run.stdout]).toEqual([tz, inProcess]);
    }
  });
  it("src/calendar uses no Date object, so no local-time method can slip in", () => {
    const dir = join(here, "../../src/calendar");
    const files = [...readdirSync(dir, { recursive: true, encoding: "utf8" })].filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const code = readFileSync(join(dir, f), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      expect([f, /\bDate\b|Math\.random/.test(code)]).toEqual([f, false]);
    }
  });
});
