/*
 * Writes the demo city (see city.ts) to a directory: one JSON Lines file per record kind, `city.json` (the manifest)
 * and `ground-truth.json` (where the violations and rings were planted).
 *
 * Regenerate the bundled data set (examples/demo-city/) with:
 *
 *   npx tsx examples/demo/generate.ts --out examples/demo-city --gzip
 *
 * A small city for a test:  npx tsx examples/demo/generate.ts --out /tmp/city --projects 200
 */
import { Command } from "commander";
import { writeCity } from "./write";

const program = new Command("generate")
  .description("生成演示城市数据（可复现） / generate the demo city's data (deterministic)")
  .requiredOption("--out <dir>", "output directory")
  .option("--seed <seed>", "seed of the generator")
  .option("--projects <n>", "number of projects (default 3000)", (v) => Number.parseInt(v, 10))
  .option("--experts <n>", "number of experts (default scales with projects: 2000 for 3000)", (v) => Number.parseInt(v, 10))
  .option("--agencies <n>", "number of agencies (default 150 for 3000 projects)", (v) => Number.parseInt(v, 10))
  .option("--bidders <n>", "number of bidders (default 1500 for 3000 projects)", (v) => Number.parseInt(v, 10))
  .option("--gzip", "write *.jsonl.gz (the bundled set, to stay well under 5 MB)")
  .parse();

const MIN_COMPLETE = 150;
const o = program.opts<{ out: string; seed?: string; projects?: number; experts?: number; agencies?: number; bidders?: number; gzip?: boolean }>();
const manifest = writeCity(o.out, {
  ...(o.seed !== undefined ? { seed: o.seed } : {}),
  ...(o.projects !== undefined ? { projects: o.projects } : {}),
  ...(o.experts !== undefined ? { experts: o.experts } : {}),
  ...(o.agencies !== undefined ? { agencies: o.agencies } : {}),
  ...(o.bidders !== undefined ? { bidders: o.bidders } : {}),
}, { gzip: o.gzip === true });
if ((o.projects ?? 3000) < MIN_COMPLETE) {
  process.stderr.write(`warning: under ${MIN_COMPLETE} projects there is not room for every planted violation; see ground-truth.json\n`);
}
process.stdout.write(`${Object.entries(manifest.counts).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
