/*
 * Rules benchmark (issue 3 §7). One run, the same records and the same 8 rules through:
 *   (a)  our engine, explanations recorded (public `evaluate`, default options: explanation trees for findings)
 *   (a′) our engine, verdicts only (`violations`: ids of violated rules; also `evaluate` with `explain: "none"`,
 *        which still builds findings with messages and evidence)
 *   (b)  json-rules-engine on one reused Engine (async)
 *   (c)  the same checks hand-written in TypeScript, recording every condition's value and result
 *   (d)  json-logic-engine's interpreter, (e) its compiled mode (uses code generation: a reference point only)
 * Prints `BENCH rules <figure> <value>`; ratios are between figures of this same run: the headline figures take each
 * case's best round, the `*_round_median` lines the median of the ratios within each round.
 * Run: npx tsx bench/rules/run.ts [--quick]
 */
import { Engine } from "json-rules-engine";
import { LogicEngine } from "json-logic-engine";
import { createRuleSet, evaluate, violations } from "../../src/rules/engine/index";
import { BENCH_PACK, BENCH_PARAMS, BENCH_RULES, benchRecords } from "./rules";
import { handwrittenCheck, handwrittenCore } from "./handwritten";
import { ruleSetInternal } from "../../src/rules/engine/ruleset";
import type { EvalContext } from "../../src/rules/engine/compile";
import { toJsonLogic } from "./to-json-logic";
import { median } from "../median";

const quick = process.argv.includes("--quick");
const SECONDS = quick ? 0.2 : 0.3;
const ROUNDS = quick ? 2 : 10;
const records = benchRecords(2000);
const set = createRuleSet([BENCH_PACK]);
const params = BENCH_PARAMS as Record<string, unknown>;

// (b) json-rules-engine: one Engine, one rule per catalogue rule, missing facts allowed, paths as JSONPath.
const reference = new Engine([], { allowUndefinedFacts: true });
function toReference(node: unknown): unknown {
  const n = node as Record<string, unknown>;
  if (Array.isArray(n["all"])) return { all: (n["all"] as unknown[]).map(toReference) };
  if (Array.isArray(n["any"])) return { any: (n["any"] as unknown[]).map(toReference) };
  if (n["not"] !== undefined) return { not: toReference(n["not"]) };
  const v = n["value"] as { fact?: string; path?: string } | undefined;
  const value = v !== null && typeof v === "object" && "fact" in v ? { fact: v.fact, ...(v.path ? { path: `$.${v.path}` } : {}) } : v;
  return { fact: n["fact"], ...(n["path"] ? { path: `$.${n["path"] as string}` } : {}), operator: n["operator"], value };
}
for (const r of BENCH_RULES) reference.addRule({ name: r.id, conditions: toReference(r.conditions) as never, event: { type: r.id } });

// (d)/(e) json-logic-engine on the translated logic.
const logic = new LogicEngine();
const logicRules = [...BENCH_RULES].sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => ({ id: r.id, logic: toJsonLogic(r.conditions) }));
const compiledRules = logicRules.map((r) => ({ id: r.id, fn: logic.build(r.logic) as (data: unknown) => unknown }));

const ours = (f: (typeof records)[number]): string[] => evaluate(set, "project", f).findings.map((x) => x.ruleId);
const oursVerdict = (f: (typeof records)[number]): string[] => violations(set, "project", f);
const oursNoExplain = (f: (typeof records)[number]): string[] => evaluate(set, "project", f, { explain: "none" }).findings.map((x) => x.ruleId);
const hand = (f: (typeof records)[number]): string[] => handwrittenCheck(f, params).findings.map((x) => x.ruleId);
// json-logic-engine and json-rules-engine read params from the data: build those inputs once, outside the timing.
const withParams = records.map((f) => ({ ...f, params }));
const dataOf = new Map<object, object>(records.map((f, i) => [f, withParams[i] as object]));
const jl = (f: (typeof records)[number]): string[] => {
  const data = dataOf.get(f);
  return logicRules.filter((r) => logic.run(r.logic, data)).map((r) => r.id);
};
const jlc = (f: (typeof records)[number]): string[] => {
  const data = dataOf.get(f) as object;
  return compiledRules.filter((r) => r.fn(data)).map((r) => r.id);
};
async function referenceIds(f: (typeof records)[number]): Promise<string[]> {
  const { events } = await reference.run({ ...f, params });
  return events.map((e) => e.type).sort();
}

// Same verdicts everywhere, or the figures mean nothing.
let withFindings = 0;
for (const f of records.slice(0, 500)) {
  const want = ours(f).join();
  const got = { oursVerdict: oursVerdict(f).join(), oursNoExplain: oursNoExplain(f).join(), hand: hand(f).join(), jl: jl(f).join(), jlc: jlc(f).join(), reference: (await referenceIds(f)).join() };
  for (const [k, v] of Object.entries(got)) {
    if (v !== want) {
      console.error(`verdict mismatch for ${k} on ${JSON.stringify(f)}: ${v} vs ${want}`);
      process.exit(1);
    }
  }
  if (want !== "") withFindings++;
}

let sink = 0;
type Outcome = { readonly findings: readonly unknown[] } | readonly unknown[];
function count(r: Outcome): number {
  return Array.isArray(r) ? r.length : (r as { readonly findings: readonly unknown[] }).findings.length;
}
function measure(run: (f: (typeof records)[number], i: number) => Outcome): number {
  const deadline = performance.now() + SECONDS * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < deadline) {
    for (let i = 0; i < records.length; i++) sink += count(run(records[i] as (typeof records)[number], i));
    n += records.length;
  }
  return n / ((performance.now() - start) / 1000);
}
async function measureAsync(): Promise<number> {
  const deadline = performance.now() + SECONDS * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < deadline) {
    for (let i = 0; i < 200; i++) {
      const { events } = await reference.run(withParams[(n + i) % records.length] as Record<string, unknown>);
      sink += events.length;
    }
    n += 200;
  }
  return n / ((performance.now() - start) / 1000);
}

// Cores only (no report, no findings): compiled closures vs hand-written checks, both recording the flat array.
const internal = ruleSetInternal(set);
const plan = internal?.bySubject.get("project");
const entries = plan?.entries ?? [];
const blank = plan?.blank ?? [];
const setParams = internal?.params ?? {};
function oursCore(f: (typeof records)[number]): number {
  // As `evaluate` records: a fresh blank flat record per evaluation, each rule in its own region of it.
  const rec: unknown[] = blank.slice();
  const ctx: EvalContext = { facts: f, params: setParams, asOf: undefined, calendar: undefined, rec, plainRoots: true };
  let hits = 0;
  for (let k = 0; k < entries.length; k++) if ((entries[k] as (typeof entries)[number]).compiled.test(ctx)) hits++;
  return hits;
}

const NO_EXPLAIN = { explain: "none" } as const;
const cases: Record<string, () => number> = {
  ours_per_s: () => measure((f) => evaluate(set, "project", f)),
  ours_verdict_per_s: () => measure((f) => violations(set, "project", f)),
  ours_report_no_explanations_per_s: () => measure((f) => evaluate(set, "project", f, NO_EXPLAIN)),
  handwritten_per_s: () => measure((f) => handwrittenCheck(f, params)),
  ours_core_per_s: () => measure((f) => [oursCore(f)]),
  handwritten_core_per_s: () => measure((f) => [handwrittenCore(f, params, new Array(11))]),
  jsonlogic_per_s: () => measure((_f, i) => {
    const data = withParams[i];
    const hits: string[] = [];
    for (const r of logicRules) if (logic.run(r.logic, data)) hits.push(r.id);
    return hits;
  }),
  jsonlogic_compiled_per_s: () => measure((_f, i) => {
    const data = withParams[i];
    const hits: string[] = [];
    for (const r of compiledRules) if (r.fn(data)) hits.push(r.id);
    return hits;
  }),
};

// Warm up every path, then take the best of ROUNDS interleaved rounds (the machine is shared).
for (const run of Object.values(cases)) run();
const best: Record<string, number> = {};
// Each round's ratios too, for their medians: how a typical round compares, not only the best ones.
const perRound: Record<string, number[]> = { slowdown_vs_handwritten: [], speedup_vs_jsonlogic: [] };
for (let round = 0; round < ROUNDS; round++) {
  const now: Record<string, number> = {};
  for (const [name, run] of Object.entries(cases)) {
    now[name] = run();
    best[name] = Math.max(best[name] ?? 0, now[name]);
  }
  best["reference_per_s"] = Math.max(best["reference_per_s"] ?? 0, await measureAsync());
  perRound["slowdown_vs_handwritten"]?.push((now["handwritten_per_s"] as number) / (now["ours_per_s"] as number));
  perRound["speedup_vs_jsonlogic"]?.push((now["ours_per_s"] as number) / (now["jsonlogic_per_s"] as number));
}
const fig = (name: string): number => best[name] as number;
const out: Array<[string, number]> = [
  ["ours_per_s", fig("ours_per_s")],
  ["ours_verdict_per_s", fig("ours_verdict_per_s")],
  ["reference_per_s", fig("reference_per_s")],
  ["handwritten_per_s", fig("handwritten_per_s")],
  ["jsonlogic_per_s", fig("jsonlogic_per_s")],
  ["jsonlogic_compiled_per_s", fig("jsonlogic_compiled_per_s")],
  ["speedup_vs_reference", fig("ours_per_s") / fig("reference_per_s")],
  ["slowdown_vs_handwritten", fig("handwritten_per_s") / fig("ours_per_s")],
  ["speedup_vs_jsonlogic", fig("ours_per_s") / fig("jsonlogic_per_s")],
  ["verdict_vs_jsonlogic_compiled", fig("ours_verdict_per_s") / fig("jsonlogic_compiled_per_s")],
  ["ours_report_no_explanations_per_s", fig("ours_report_no_explanations_per_s")],
  ["ours_core_per_s", fig("ours_core_per_s")],
  ["handwritten_core_per_s", fig("handwritten_core_per_s")],
  ["core_slowdown_vs_handwritten", fig("handwritten_core_per_s") / fig("ours_core_per_s")],
  ["slowdown_vs_handwritten_round_median", median(perRound["slowdown_vs_handwritten"] ?? [])],
  ["speedup_vs_jsonlogic_round_median", median(perRound["speedup_vs_jsonlogic"] ?? [])],
];
console.log(`# ${records.length} records × ${BENCH_RULES.length} rules; ${withFindings}/500 records have findings; best of ${ROUNDS} × ${SECONDS}s (sink ${sink > 0 ? "ok" : "0"})`);
for (const [name, v] of out) console.log(`BENCH rules ${name} ${v >= 100 ? Math.round(v) : v.toFixed(2)}`);
