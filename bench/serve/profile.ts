/*
 * Where `ggzy serve` spends its CPU, by layer (not a benchmark figure: a tool for deciding what to change).
 * Starts the built service with `node --cpu-prof` (decision log on, inputs logged, as bench/serve runs it), warms it
 * up, loads `POST /v1/check/award` with autocannon for a while, stops it (SIGTERM), and sums the profile's self time
 * by where the code lives: each package under node_modules, the library (ggzy-rules' dist/), the service's own code
 * (cli/dist/main.js, by function too), Node's internals (HTTP, streams, fs), the garbage collector. A V8 builtin
 * (JSON.parse, RegExp, Array methods…) counts for the code that called it. Samples before the load are left out.
 * A flat profile (no function above a few %) often hides a layer that costs a lot in sum: this shows the sums.
 * The service logs at info, its default (one line per request to /dev/null); pass `-- --log-level warn` to leave that out.
 * Run: npx tsx bench/serve/profile.ts [--echo] [--cli <main.js>] [--seconds 10] [--detail <layer prefix, default cli/>]
 *      [-- <extra serve options>]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const extra = dash >= 0 ? argv.slice(dash + 1) : [];
const own = dash >= 0 ? argv.slice(0, dash) : argv;
const option = (name: string): string | undefined => (own.includes(name) ? own[own.indexOf(name) + 1] : undefined);
const seconds = Number(option("--seconds") ?? 10) || 10;
/** The layer whose functions are listed one by one (default: the service's own code). */
const detail = option("--detail") ?? "cli/";
const root = new URL("../../", import.meta.url).pathname;
const body = JSON.stringify(JSON.parse(readFileSync(join(root, "examples/records/award.json"), "utf8")));
/** `--echo`: profile the bare Fastify echo of bench/serve instead (the floor), to compare layer by layer. */
const echo = own.includes("--echo");
const url = (port: number): string => `http://127.0.0.1:${port}${echo ? "/echo" : "/v1/check/award"}`;
const load = (port: number, s: number) => autocannon({ url: url(port), method: "POST", headers: { "content-type": "application/json" }, body, connections: 32, duration: s });

/** Where a frame's code lives. */
function layer(u: string): string | undefined {
  if (u === "") return undefined;
  if (u.startsWith("node:")) return "node internals (http, net, streams, fs)";
  const nm = u.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const parts = u.slice(nm + "/node_modules/".length).split("/");
    if (parts[0] === "ggzy-rules") return "ggzy-rules (library dist/)";
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (u.includes("/cli/dist/")) return "cli/dist/main.js (the service's own code)";
  if (u.includes(`${root}dist/`) || u.includes("/dist/")) return "ggzy-rules (library dist/)";
  return u;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ggzy-prof-"));
  const port = 18900 + (process.pid % 90);
  const t0 = performance.now();
  const args = echo
    ? [join(root, "bench/serve/echo.mjs"), String(port)]
    : [option("--cli") ?? join(root, "cli/dist/main.js"), "serve", "--port", String(port), "--decision-log", join(dir, "d.jsonl"), "--log-inputs", "--log-level", "info", ...extra];
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, ...args], { stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; ; i++) {
    try {
      const ready = echo ? await fetch(url(port), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }) : await fetch(`http://127.0.0.1:${port}/healthz`);
      if (ready.ok) break;
    } catch {
      if (i > 100) throw new Error("service did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await load(port, 2);
  const from = (performance.now() - t0) * 1000; // µs since spawn: samples before this are start-up and warm-up
  const result = await load(port, seconds);
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (file === undefined) throw new Error("no profile written");
  const p = JSON.parse(readFileSync(join(dir, file), "utf8")) as Profile;
  rmSync(dir, { recursive: true, force: true });

  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = (id: number): string => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = layer(byId.get(cur)!.callFrame.url);
      if (l !== undefined) return l;
    }
    return "(no JavaScript caller)";
  };
  const layers = new Map<string, number>();
  const ownFns = new Map<string, number>();
  const natives = new Map<string, number>();
  // Samples are timed from about the process start: the ones before the measured load are left out.
  let t = 0;
  let busy = 0;
  const skipUntil = from;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    if (t < skipUntil) continue;
    const n = byId.get(p.samples[i]!)!;
    const name = n.callFrame.functionName;
    if (name === "(idle)") continue;
    const dt = p.timeDeltas[i]!;
    busy += dt;
    let key: string;
    if (name === "(garbage collector)") key = "(garbage collector)";
    else if (name === "(program)") key = "(program: V8/native outside JS)";
    else key = owner(n.id);
    layers.set(key, (layers.get(key) ?? 0) + dt);
    if (key.startsWith(detail)) {
      const f = `${name || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;
      ownFns.set(f, (ownFns.get(f) ?? 0) + dt);
    }
    if (n.callFrame.url === "" && !name.startsWith("(")) natives.set(`${name} ← ${key}`, (natives.get(`${name} ← ${key}`) ?? 0) + dt);
  }
  const requests = result.requests.total;
  const row = (k: string, us: number): string => `${k.padEnd(58)} ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} % ${(us / requests).toFixed(1).padStart(7)} µs/req`;
  console.log(`requests ${requests} (${result.requests.average} /s), busy CPU in the main thread ${(busy / 1000).toFixed(0)} ms, ${(busy / requests).toFixed(1)} µs/req`);
  console.log("\nby layer (self time; V8 builtins counted for their caller):");
  for (const [k, v] of [...layers].sort((a, b) => b[1] - a[1])) console.log(row(k, v));
  console.log(`\nfunctions of the layer ${detail}…:`);
  for (const [k, v] of [...ownFns].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(row(k, v));
  console.log("\nV8 builtins, by caller:");
  for (const [k, v] of [...natives].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(row(k, v));
}

await main();
