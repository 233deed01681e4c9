/*
 * CPU time (user + system, process.cpuUsage) of `scoreAgencies(…, { breakdown: "onRead" })` beside the bench's floor
 * loop and the compiled acceptor alone, N agencies × 20 records (default 100k: the bench's 2m size), 3 rounds each,
 * with a full collection before each round. For before/after runs alternating on a shared machine, where wall-clock
 * time swings with the other tenants' load:
 *   npm run build && node --import tsx --expose-gc bench/scoring/cpu-onread.mts
 *   SCORING_DIST=/abs/path/to/another/dist node --import tsx --expose-gc bench/scoring/cpu-onread.mts
 * The generator and the floor loop are bench/scoring/run.ts's (bench/scoring/agencies.ts).
 */
import { AS_OF, floorLoop, makeAgencies } from "./agencies";
const built = process.env.SCORING_DIST !== undefined ? `file://${process.env.SCORING_DIST}/scoring/index.js` : new URL("../../dist/scoring/index.js", import.meta.url).href;
const { defaultAgencyScorecard, scoreAgencies } = (await import(built)) as typeof import("../../src/scoring/index");
import { compileAcceptor } from "../../src/model/acceptor";
import { AgencyCreditInputSchema } from "../../src/scoring/agency/agency-input";
const baseline = floorLoop(defaultAgencyScorecard);

const accepts = compileAcceptor(AgencyCreditInputSchema);
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
const N = Number(process.env.N ?? 100000);
const agencies = makeAgencies(N);
/** Minimum CPU seconds of 3 rounds (all three printed). */
function t(name: string, f: () => unknown): number {
  const r: number[] = [];
  for (let k = 0; k < 3; k++) {
    gc();
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    r.push(+((c.user + c.system) / 1e6).toFixed(3));
  }
  console.log(name, r.join(" "));
  return Math.min(...r);
}
const b = t("baseline", () => baseline(agencies));
const a = t("acceptor", () => { let n = 0; for (const x of agencies) if (accepts(x)) n++; return n; });
const o = t("onRead", () => scoreAgencies(agencies, { asOf: AS_OF, breakdown: "onRead" }));
console.log("acceptor/baseline", (a / b).toFixed(2), "onRead/baseline", (o / b).toFixed(2));
