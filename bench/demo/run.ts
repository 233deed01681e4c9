/*
 * Benchmark of `ggzy demo` over the bundled city (3,000 projects): the whole run against a baseline measured in the
 * same process — reading and schema-validating the city (`loadCity`). The budget is one minute on a 2-core
 * machine for the whole run; the absolute seconds are printed for that check.
 *
 *   npm run bench -- demo
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCity } from "../../cli/src/demo/load";
import { bundledCityDir } from "../../cli/src/demo/paths";
import { runDemo } from "../../cli/src/demo/run";

const dir = bundledCityDir();
const out = mkdtempSync(join(tmpdir(), "ggzy-bench-demo-"));
try {
  let t = performance.now();
  const city = loadCity(dir);
  const loadMs = performance.now() - t;
  t = performance.now();
  const result = runDemo({ dataDir: dir, outDir: join(out, "report") });
  const runMs = performance.now() - t;
  const projects = city.data.projects.length;
  console.log(`BENCH demo run/load ${(runMs / loadMs).toFixed(2)}`);
  console.log(`BENCH demo run-seconds ${(runMs / 1000).toFixed(1)} (${projects} projects; budget 60)`);
  if (result.exitCode !== 0) {
    console.error("demo self-check failed");
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
