/*
 * Model benchmark: the cost of validating a contracting process and of the OCDS mapping, each as a ratio against
 * a JSON copy of the same release (JSON.parse(JSON.stringify(release))) timed in the same run.
 * Prints `BENCH model <figure> <value>`. Run: npx tsx bench/model/run.ts [--quick]
 */
import { ContractingProcessSchema, readOcdsRelease, writeOcdsRelease } from "../../src/model/index";
import { liaochengRelease } from "../../test/model/ocdsRelease.fixture";

const quick = process.argv.includes("--quick");
const SECONDS = quick ? 0.3 : 1.0;

/** Operations per second of `fn`, best of three timed windows. */
function opsPerSecond(fn: () => unknown): number {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < SECONDS * 1000) {
      for (let i = 0; i < 50; i++) fn();
      n += 50;
      elapsed = performance.now() - start;
    }
    best = Math.max(best, (n * 1000) / elapsed);
  }
  return best;
}

const release = liaochengRelease();
const { process: mapped, source } = readOcdsRelease(release);

const baseline = opsPerSecond(() => JSON.parse(JSON.stringify(release)));
const validate = opsPerSecond(() => ContractingProcessSchema.parse(mapped));
const read = opsPerSecond(() => readOcdsRelease(release));
const write = opsPerSecond(() => writeOcdsRelease(mapped, source));
const roundTrip = opsPerSecond(() => {
  const r = readOcdsRelease(release);
  return writeOcdsRelease(r.process, r.source);
});

const line = (figure: string, value: number): void => console.log(`BENCH model ${figure} ${value.toFixed(3)}`);
line("json-copy-ops-per-s", baseline);
line("validate-process-vs-json-copy", baseline / validate);
line("ocds-read-vs-json-copy", baseline / read);
line("ocds-write-vs-json-copy", baseline / write);
line("ocds-roundtrip-vs-json-copy", baseline / roundTrip);
