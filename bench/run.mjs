// Runs every benchmark under bench/<module>/run.ts in turn (each prints `BENCH <module> <figure> <value>` lines).
// Usage: npm run bench [-- <module> ...]   e.g. npm run bench -- rules sampling
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const root = new URL(".", import.meta.url).pathname;
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith("-"));
const modules = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${root}${d.name}/run.ts`))
  .map((d) => d.name)
  .filter((m) => wanted.length === 0 || wanted.includes(m))
  .sort();
if (modules.length === 0) console.log("no benchmarks found");
let failed = 0;
for (const m of modules) {
  console.log(`\n# bench/${m}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", `${root}${m}/run.ts`, ...passThrough], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
