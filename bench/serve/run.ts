/*
 * Service benchmark (issue 20). autocannon on loopback, 32 connections, the example award as the body:
 *   serve  — `ggzy serve` (built CLI, decision log on, inputs logged), POST /v1/check/award
 *   echo   — a bare Fastify route that parses the same body and echoes it (the floor: HTTP + JSON, nothing else)
 *   validate-only — a bare Fastify route that parses the body and answers validateAward's report, nothing else
 *            (the second floor: what any service that validates the award pays on this stack; serve_vs_echo cannot
 *            exceed validate_only_vs_echo)
 *   in-process — JSON.parse + validateAward on the same text in this process (no HTTP at all)
 * Rounds alternate echo and serve so both see the same machine load; figures are medians over rounds.
 * Beside requests/s, the CPU time each server process spends per request (Linux /proc): on a machine shared with
 * other work the requests/s a server reaches follow the CPU share it gets, its CPU per request does not.
 * `cpu_echo_over_serve` is what serve_vs_echo would be with a core for each server and no other limit.
 * Fault run: kill -9 the service under load, start it again on the same log (which moves a partial last line, a
 * write the kill cut short, to <log>.torn), then every line of the decision log must parse and replay identical.
 * Prints `BENCH serve <figure> <value>`. Needs the built CLI (npm run bench builds it).
 * The service runs with its default log level (info: one line per request to stdout, here /dev/null), as a user
 * would run it; `--log-level <level>` to measure another. `--cli <file>`: another build of main.js (A/B runs).
 * Run: npx tsx bench/serve/run.ts [--quick] [--log-level info] [--cli cli/dist/main.js]
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { validateAward } from "../../src/rules/index";
import { replayLogs } from "../../cli/src/decisions/replay";
import { median } from "../median";

const quick = process.argv.includes("--quick");
const SECONDS = quick ? 3 : 5;
const ROUNDS = quick ? 2 : 3;
const CONNECTIONS = 32;
const root = new URL("../../", import.meta.url).pathname;
const option = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const cli = option("--cli") ?? join(root, "cli/dist/main.js");
const LOG_LEVEL = option("--log-level") ?? "info";
const award = readFileSync(join(root, "examples/records/award.json"), "utf8");
const body = JSON.stringify(JSON.parse(award));

function print(figure: string, value: number | string): void {
  console.log(`BENCH serve ${figure} ${typeof value === "number" ? Number(value.toPrecision(4)) : value}`);
}

/** Starts a process and waits for its port to answer. */
async function start(args: string[], port: number, ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}${ready}`, { method: ready === "/echo" ? "POST" : "GET", headers: { "content-type": "application/json" }, body: ready === "/echo" ? "{}" : null });
      if (r.ok) return child;
    } catch {
      // not yet listening
    }
    if (child.exitCode !== null) throw new Error(`process exited: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`no answer on port ${port}: ${err}`);
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, or undefined where /proc is not there. */
function cpuSeconds(child: ChildProcess): number | undefined {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Loads a server and measures the CPU it spent per answered request, in microseconds. */
async function measured(child: ChildProcess, url: string, seconds: number): Promise<{ result: autocannon.Result; cpuUs: number | undefined }> {
  const before = cpuSeconds(child);
  const result = await load(url, seconds);
  const after = cpuSeconds(child);
  const cpuUs = before !== undefined && after !== undefined && result.requests.total > 0 ? ((after - before) * 1e6) / result.requests.total : undefined;
  return { result, cpuUs };
}

async function load(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body, connections: CONNECTIONS, duration: seconds });
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error("cli/dist/main.js is missing: run `npm run build` (npm run bench does)");
  const dir = mkdtempSync(join(tmpdir(), "ggzy-bench-serve-"));
  const log = join(dir, "decisions.jsonl");
  const servePort = 18400 + (process.pid % 500);
  const echoPort = servePort + 1;
  const serve = await start([cli, "serve", "--port", String(servePort), "--decision-log", log, "--log-inputs", "--log-level", LOG_LEVEL], servePort, "/healthz");
  const echo = await start([join(root, "bench/serve/echo.mjs"), String(echoPort)], echoPort, "/echo");
  const validateOnlyPort = servePort + 2;
  const validateOnly = await start([join(root, "bench/serve/validate-only.mjs"), String(validateOnlyPort)], validateOnlyPort, "/healthz");

  // Each answer is checked once, so the figures are about correct responses.
  const probe = await fetch(`http://127.0.0.1:${servePort}/v1/check/award`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const report = (await probe.json()) as { findings: Array<{ ruleId: string }> };
  if (!probe.ok || !report.findings.some((f) => f.ruleId === "CONTRACT_SIGNED_IN_TIME")) throw new Error("the service did not check the award");
  const floorProbe = await fetch(`http://127.0.0.1:${validateOnlyPort}/check`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const floorReport = (await floorProbe.json()) as { findings: Array<{ ruleId: string }> };
  if (!floorProbe.ok || floorReport.findings.length !== report.findings.length) throw new Error("the validate-only route did not check the award as the service does");

  await load(`http://127.0.0.1:${servePort}/v1/check/award`, 1); // warm-up
  await load(`http://127.0.0.1:${echoPort}/echo`, 1);
  await load(`http://127.0.0.1:${validateOnlyPort}/check`, 1);
  const serveRps: number[] = [];
  const echoRps: number[] = [];
  const p50: number[] = [];
  const p99: number[] = [];
  let errors = 0;
  const serveCpu: number[] = [];
  const echoCpu: number[] = [];
  const validateOnlyRps: number[] = [];
  const validateOnlyCpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const em = await measured(echo, `http://127.0.0.1:${echoPort}/echo`, SECONDS);
    const vm = await measured(validateOnly, `http://127.0.0.1:${validateOnlyPort}/check`, SECONDS);
    validateOnlyRps.push(vm.result.requests.average);
    if (vm.cpuUs !== undefined) validateOnlyCpu.push(vm.cpuUs);
    errors += vm.result.errors + vm.result.non2xx;
    const sm = await measured(serve, `http://127.0.0.1:${servePort}/v1/check/award`, SECONDS);
    const [e, s] = [em.result, sm.result];
    if (em.cpuUs !== undefined && sm.cpuUs !== undefined) {
      echoCpu.push(em.cpuUs);
      serveCpu.push(sm.cpuUs);
    }
    echoRps.push(e.requests.average);
    serveRps.push(s.requests.average);
    p50.push(s.latency.p50);
    p99.push(s.latency.p99);
    errors += s.errors + s.non2xx + e.errors + e.non2xx;
  }
  await stop(echo);
  await stop(validateOnly);
  await stop(serve);

  // In-process: the same text parsed and validated, as fast as one thread can, for the same time per round.
  const inproc: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < SECONDS * 1000) {
      for (let i = 0; i < 50; i++) validateAward(JSON.parse(body));
      n += 50;
    }
    inproc.push((n * 1000) / (performance.now() - t0));
  }

  const decisions = readFileSync(log, "utf8").trim().split("\n").length;
  print("log_level", LOG_LEVEL);
  print("serve_rps", median(serveRps));
  print("echo_rps", median(echoRps));
  print("serve_vs_echo", median(serveRps) / median(echoRps));
  print("validate_only_rps", median(validateOnlyRps));
  print("validate_only_vs_echo", median(validateOnlyRps) / median(echoRps));
  print("serve_vs_validate_only", median(serveRps) / median(validateOnlyRps));
  print("inprocess_per_s", median(inproc));
  print("serve_vs_inprocess", median(serveRps) / median(inproc));
  if (serveCpu.length > 0) {
    print("serve_cpu_us_per_request", median(serveCpu));
    print("echo_cpu_us_per_request", median(echoCpu));
    print("cpu_echo_over_serve", median(echoCpu) / median(serveCpu));
  }
  if (validateOnlyCpu.length > 0 && echoCpu.length > 0) {
    print("validate_only_cpu_us_per_request", median(validateOnlyCpu));
    print("cpu_echo_over_validate_only", median(echoCpu) / median(validateOnlyCpu));
  }
  print("p50_ms_32conn", median(p50));
  print("p99_ms_32conn", median(p99));
  print("errors_or_non2xx", errors);
  print("decisions_logged", decisions);

  // Fault run: kill -9 under load. A kill that lands during a write can cut it short (Linux stops a multi-page
  // write at a fatal signal): the file may end in a partial line, of decisions never answered. Restarting the
  // service on the log moves that fragment to <log>.torn; then every line must parse and replay identical.
  const faultLog = join(dir, "fault.jsonl");
  const serveArgs = [cli, "serve", "--port", String(servePort), "--decision-log", faultLog, "--log-inputs", "--log-level", LOG_LEVEL];
  const victim = await start(serveArgs, servePort, "/healthz");
  const under = load(`http://127.0.0.1:${servePort}/v1/check/award`, 3);
  await new Promise((r) => setTimeout(r, 1500));
  await stop(victim, "SIGKILL");
  await under;
  const killed = readFileSync(faultLog, "utf8");
  const partialTail = killed.length - (killed.lastIndexOf("\n") + 1);
  await stop(await start(serveArgs, servePort, "/healthz"));
  const lines = readFileSync(faultLog, "utf8").split("\n");
  const tail = lines.pop();
  let torn = tail === "" ? 0 : 1;
  for (const l of lines) {
    try {
      JSON.parse(l);
    } catch {
      torn++;
    }
  }
  const replay = await replayLogs([faultLog]);
  const moved = partialTail === 0 || existsSync(`${faultLog}.torn`);
  print("fault_decisions", lines.length);
  print("fault_partial_tail_chars_after_kill", partialTail);
  print("fault_partial_tail_moved_to_torn", partialTail === 0 ? "none" : moved ? "yes" : "NO");
  print("fault_torn_lines", torn);
  print("fault_replay_identical", replay.identical);
  print("fault_replay_not_identical", replay.decisions - replay.identical);
  rmSync(dir, { recursive: true, force: true });
  if (torn > 0 || replay.identical !== replay.decisions || !moved) process.exitCode = 1;
}

await main();
