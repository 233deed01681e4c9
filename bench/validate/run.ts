/*
 * Validators as a platform calls them (issue 14): the bundled demo city's records, one JSON text per call, read and
 * validated in one run. The floor is `JSON.parse` of the same texts, timed in the same rounds.
 *
 *   project    one text per project with everything that hangs off it (selection, bids, evaluations with their
 *              experts, awards, contracts, cancellations, abandonments, complaints, parties), as the demo sends it
 *   award      one text per award (with its contract, winner and project: national rules apply by the project's
 *              regime and method), cancellation and abandonment
 *   committee  one text per evaluation's committee (project, members, their experts, tenderer, bidders, day)
 *   example    examples/records/project.json (6 KB, the README's example: a complaint, a late contract, ranked
 *              agencies with credit data), judged as of 2024-07-01
 *
 * Prints `BENCH validate <figure> <value>`:
 *   project_per_s              projects read and validated per second (parse + validateProject, explanations on)
 *   <v>_vs_parse               time of parse + validator over time of parse alone (target ≤ 10)
 *   <v>_explain_cost           time of parse + validator with default explanations over the same with
 *                              `explain: "none"` (target ≤ 1.3)
 * The cases are timed text by text, interleaved (parse, validator, validator without explanations on one text, then the
 * next text), so they share the moments of a shared machine; each ratio is the median over rounds of the ratio of
 * the rounds' totals, and the `# range` comment lines give the lowest and highest round.
 * Run: node --expose-gc --import tsx bench/validate/run.ts [--quick]   (npm run bench -- validate)
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { validateAward, validateCommittee, validateProject } from "../../src/rules/index";
import type { Report } from "../../src/rules/index";
import { median } from "../median";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 3 : 7;
const MIN_MS = quick ? 100 : 250;
/** Every STRIDE-th project of the city (3,000 projects): a deterministic sample of the whole year. */
const STRIDE = quick ? 12 : 6;

const dir = new URL("../../examples/demo-city/", import.meta.url).pathname;
const city = JSON.parse(readFileSync(`${dir}city.json`, "utf8")) as { today: string };
const asOf = city.today;
type Row = Record<string, unknown> & { id: string };
function rows(stem: string): Row[] {
  const text = gunzipSync(readFileSync(`${dir}${stem}.jsonl.gz`)).toString("utf8");
  return text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Row);
}
const byId = <T extends Row>(xs: readonly T[]): Map<string, T> => new Map(xs.map((x) => [x.id, x]));
const groupBy = (xs: readonly Row[], key: string): Map<string, Row[]> => {
  const m = new Map<string, Row[]>();
  for (const x of xs) {
    const k = x[key] as string;
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
};

const projects = rows("projects").sort((a, b) => (a.id < b.id ? -1 : 1));
const tenderers = byId(rows("tenderers"));
const bidders = byId(rows("bidders"));
const agencies = byId(rows("agencies"));
const experts = byId(rows("experts"));
const selections = groupBy(rows("agency-selections"), "projectId");
const bids = groupBy(rows("bids"), "projectId");
const evaluations = groupBy(rows("evaluations"), "projectId");
const awards = groupBy(rows("awards"), "projectId");
const contracts = groupBy(rows("contracts"), "projectId");
const cancellations = groupBy(rows("cancellations"), "projectId");
const abandonments = groupBy(rows("abandonments"), "projectId");
const complaints = groupBy(rows("complaints"), "projectId");

const pick = (m: Map<string, Row>, ids: Iterable<string>): Row[] =>
  [...new Set(ids)].sort().flatMap((id) => {
    const v = m.get(id);
    return v === undefined ? [] : [v];
  });

const projectTexts: string[] = [];
const awardTexts: string[] = [];
const committeeTexts: string[] = [];
projects.forEach((p, i) => {
  if (i % STRIDE !== 0) return;
  const id = p.id;
  const sel = selections.get(id)?.[0];
  const pBids = bids.get(id) ?? [];
  const pAwards = awards.get(id) ?? [];
  const pContracts = contracts.get(id) ?? [];
  const pEvals = evaluations.get(id) ?? [];
  const tenderer = tenderers.get(p["tendererId"] as string);
  const bidderRows = pick(bidders, [...pBids.map((b) => b["bidderId"] as string), ...pAwards.map((a) => a["bidderId"] as string)]);
  const expertRows = pick(experts, pEvals.flatMap((e) => (e["committee"] as Row[]).map((m) => m["expertId"] as string)));
  const agencyIds = [
    ...(p["agencyId"] !== undefined ? [p["agencyId"] as string] : []),
    ...(sel ? [sel["chosenAgencyId"] as string, ...(sel["candidates"] as Row[]).map((c) => c["agencyId"] as string)] : []),
  ];
  const agencyRows = pick(agencies, agencyIds);
  projectTexts.push(
    JSON.stringify({
      project: p,
      bids: pBids,
      awards: pAwards,
      contracts: pContracts,
      parties: { tenderers: tenderer ? [tenderer] : [], bidders: bidderRows, agencies: agencyRows, supervisingDepartments: [] },
      ...(sel !== undefined ? { agencySelection: sel } : {}),
      agencyCredit: agencyRows,
      evaluations: pEvals,
      experts: expertRows,
      cancellations: cancellations.get(id) ?? [],
      abandonments: abandonments.get(id) ?? [],
      complaints: complaints.get(id) ?? [],
    }),
  );
  for (const a of pAwards) {
    const contract = pContracts.find((c) => c["awardId"] === a.id);
    awardTexts.push(JSON.stringify({ award: a, ...(contract ? { contract } : {}), bidders: pick(bidders, [a["bidderId"] as string]), project: p }));
  }
  for (const c of cancellations.get(id) ?? []) awardTexts.push(JSON.stringify({ cancellation: c, bidders: [], project: p }));
  for (const a of abandonments.get(id) ?? []) awardTexts.push(JSON.stringify({ abandonment: a, bidders: pick(bidders, [a["winnerId"] as string]), project: p }));
  for (const e of pEvals) {
    const members = e["committee"] as Row[];
    if (members.length === 0) continue;
    const started = e["startedAt"] as string | undefined;
    committeeTexts.push(
      JSON.stringify({
        project: p,
        committee: members,
        experts: pick(experts, members.map((m) => m["expertId"] as string)),
        ...(tenderer ? { tenderer } : {}),
        bidders: bidderRows,
        ...(started !== undefined ? { evaluationOn: started.slice(0, 10) } : {}),
      }),
    );
  }
});

type Validator = (input: unknown, options?: { asOf?: string; explain?: "findings" | "all" | "none" }) => Report;
const EXPLAIN = { asOf };
const NO_EXPLAIN = { asOf, explain: "none" } as const;
let sink = 0;

/**
 * Milliseconds per text of each of `runs`, interleaved text by text (run 0 on text i, run 1 on text i, … then text
 * i + 1), whole passes until at least MIN_MS: every case sees the same moments of a shared, noisy machine, so their
 * ratios hold even when the absolute figures swing. `reverse` runs the cases in the opposite order.
 */
function perTextInterleaved(texts: readonly string[], runs: ReadonlyArray<(text: string) => number>, reverse: boolean): number[] {
  (globalThis as { gc?: () => void }).gc?.();
  const order = runs.map((_, k) => k);
  if (reverse) order.reverse();
  const total = runs.map(() => 0);
  let n = 0;
  const start = performance.now();
  do {
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      for (const k of order) {
        const t0 = performance.now();
        sink += (runs[k] as (text: string) => number)(text);
        total[k] = (total[k] as number) + performance.now() - t0;
      }
    }
    n += texts.length;
  } while (performance.now() - start < MIN_MS * runs.length);
  return total.map((t) => t / n);
}

interface Figures {
  readonly perS: number;
  readonly vsParse: number[];
  readonly explainCost: number[];
}

type Options = { asOf: string; explain?: "none" };
function benchValidator(texts: readonly string[], validate: Validator, EXPLAIN: Options, NO_EXPLAIN: Options): Figures {
  // Same verdicts with and without explanations, or the ratio compares different work.
  for (const t of texts) {
    const a = validate(JSON.parse(t), EXPLAIN).findings.map((f) => f.ruleId).join();
    const b = validate(JSON.parse(t), NO_EXPLAIN).findings.map((f) => f.ruleId).join();
    if (a !== b) throw new Error(`findings differ with and without explanations: ${a} vs ${b}`);
  }
  const parse = (t: string): number => (JSON.parse(t) === null ? 0 : 1);
  const full = (t: string): number => validate(JSON.parse(t), EXPLAIN).findings.length;
  const bare = (t: string): number => validate(JSON.parse(t), NO_EXPLAIN).findings.length;
  perTextInterleaved(texts, [parse, full, bare], false);
  const vsParse: number[] = [];
  const explainCost: number[] = [];
  let bestFull = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const [p, f, b] = perTextInterleaved(texts, [parse, full, bare], r % 2 === 1) as [number, number, number];
    bestFull = Math.min(bestFull, f);
    vsParse.push(f / p);
    explainCost.push(f / b);
  }
  return { perS: 1000 / bestFull, vsParse, explainCost };
}

const exampleText = JSON.stringify(JSON.parse(readFileSync(new URL("../../examples/records/project.json", import.meta.url), "utf8")));
const results: Array<[string, Figures]> = [
  ["project", benchValidator(projectTexts, validateProject as Validator, EXPLAIN, NO_EXPLAIN)],
  ["award", benchValidator(awardTexts, validateAward as Validator, EXPLAIN, NO_EXPLAIN)],
  ["committee", benchValidator(committeeTexts, validateCommittee as Validator, EXPLAIN, NO_EXPLAIN)],
  ["example_project", benchValidator([exampleText], validateProject as Validator, { asOf: "2024-07-01" }, { asOf: "2024-07-01", explain: "none" })],
];

const kb = (texts: readonly string[]): string => (texts.reduce((s, t) => s + t.length, 0) / texts.length / 1024).toFixed(1);
console.log(
  `# demo city, asOf ${asOf}: ${projectTexts.length} project texts (mean ${kb(projectTexts)} KiB), ${awardTexts.length} award texts, ` +
    `${committeeTexts.length} committee texts; ${ROUNDS} rounds (sink ${sink > 0 ? "ok" : "0"})`,
);
const fmt = (v: number): string => (v >= 100 ? String(Math.round(v)) : v.toFixed(2));
for (const [name, f] of results) {
  console.log(`BENCH validate ${name}_per_s ${Math.round(f.perS)}`);
  console.log(`BENCH validate ${name}_vs_parse ${fmt(median(f.vsParse))}`);
  console.log(`BENCH validate ${name}_explain_cost ${fmt(median(f.explainCost))}`);
  console.log(
    `# range ${name}: vs_parse ${fmt(Math.min(...f.vsParse))}–${fmt(Math.max(...f.vsParse))}, explain_cost ${fmt(Math.min(...f.explainCost))}–${fmt(Math.max(...f.explainCost))}`,
  );
}
