/*
 * Benchmark of `ggzy demo` over the bundled city (3,000 projects), as a user runs it: the built CLI (`npm run bench`
 * builds first), in a process of its own. Baseline, measured in the same run: reading and schema-validating the city
 * (`loadCity`). The budget is one minute on a 2-core machine for the whole run; the absolute seconds are
 * printed for that check. (The CLI's sources cannot run under tsx: the report's Chart.js is inlined at build time.)
 *
 *   npm run bench -- demo
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCity } from "../../cli/src/demo/load";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "cli/dist/main.js");
if (!existsSync(cli)) throw new Error("bench/demo runs the built CLI: run `npm run build` first");
const dir = join(root, "examples/demo-city");
const out = mkdtempSync(join(tmpdir(), "ggzy-bench-demo-"));
try {
  let t = performance.now();
  const city = loadCity(dir);
  const loadMs = performance.now() - t;
  t = performance.now();
  const run = spawnSync(process.execPath, [cli, "demo", "--data", dir, "--out", join(out, "report"), "--quiet"], { encoding: "utf8" });
  const runMs = performance.now() - t;
  const projects = city.data.projects.length;
  console.log(`BENCH demo run/load ${(runMs / loadMs).toFixed(2)}`);
  console.log(`BENCH demo run-seconds ${(runMs / 1000).toFixed(1)} (${projects} projects; budget 60)`);
  if (run.status !== 0) {
    console.error(`demo self-check failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
