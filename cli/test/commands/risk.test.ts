import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerRisk } from "../../src/commands/risk";
import { emptyTruth, generateReleases } from "../../../examples/risk/generate";
import { type CommandRun, runCommand } from "../helpers/run-command";

const run = (...args: string[]): Promise<CommandRun> => runCommand([registerRisk], args);

afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), "ggzy-risk-"));
const single = JSON.stringify({ ocid: "ocds-1", tender: { procurementMethod: "open", status: "complete", numberOfTenderers: 1 }, bids: { details: [{ id: "b1", status: "valid", tenderers: [{ id: "A" }] }] } });

describe("ggzy risk", () => {
  it("an empty file is bad input (exit 2), not an empty result", async () => {
    const f = join(dir, "empty.jsonl");
    writeFileSync(f, "");
    const r = await run("risk", f, "--format", "cardinal");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("empty input");
  });
  it("reports malformed lines and invalid UTF-8 by number, skips them; findings exit 1, in the Cardinal format 0", async () => {
    const f = join(dir, "bad.jsonl");
    writeFileSync(f, Buffer.concat([Buffer.from(`${single}\n{oops\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(`${single.replace("ocds-1", "ocds-2")}\n`)]));
    // Cardinal runs only the indicators its settings name (CARDINAL.md §1.9).
    const settings = join(dir, "r018.ini");
    writeFileSync(settings, "[R018]\n");
    const r = await run("risk", f, "--format", "cardinal", "--no-meta", "--map", "--settings", settings);
    expect(r.code).toBe(0); // Cardinal's exit code: flagged processes are its output, not a failure
    expect(JSON.parse(r.out)).toEqual({
      OCID: { "ocds-1": { R018: 1 }, "ocds-2": { R018: 1 } },
      Maps: {
        ocid_tenderer: {}, // filled only when R025, R038 or R048 runs
        ocid_buyer_r038: {},
        ocid_procuringentity_r038: {},
        ocid_tenderer_r024: {},
        ocid_tenderer_r028: {},
        ocid_tenderer_r030: {},
        ocid_tenderer_r035: {},
        ocid_tenderer_r058: {},
      },
    });
    expect(r.err).toContain(":2: invalid-json");
    expect(r.err).toContain(":3: invalid-utf8");
    const ours = await run("risk", f, "--json", "--settings", settings);
    expect(ours.code).toBe(1);
    const json = JSON.parse(ours.out) as { summary: { skipped: number; processes: number } };
    expect(json.summary).toMatchObject({ skipped: 2, processes: 2 });
  });
  it("reads settings (INI) and rejects a bad one with exit 2 naming the key", async () => {
    const f = join(dir, "one.jsonl");
    writeFileSync(f, `${single}\n`);
    const ini = join(dir, "s.ini");
    writeFileSync(ini, "[R003]\n");
    const r = await run("risk", f, "--format", "cardinal", "--no-meta", "--settings", ini);
    expect(JSON.parse(r.out)).toEqual({});
    const bad = join(dir, "bad.ini");
    writeFileSync(bad, "[R024]\nthreshold = lots\n");
    const e = await run("risk", f, "--settings", bad);
    expect(e.code).toBe(2);
    expect(e.err).toContain("R024.threshold");
  });
  it("a missing file or an unknown format is exit 2", async () => {
    expect((await run("risk", join(dir, "nope.jsonl"))).code).toBe(2);
    expect((await run("risk", join(dir, "one.jsonl"), "--format", "xml")).code).toBe(2);
  });
  it("--evaluate reports precision and recall per signal against ground truth", async () => {
    const truth = emptyTruth("cli");
    const f = join(dir, "syn.jsonl");
    writeFileSync(f, [...generateReleases({ seed: "cli", cleanProcesses: 600, rings: 2 }, truth)].map((x) => JSON.stringify(x)).join("\n"));
    const t = join(dir, "syn.truth.json");
    writeFileSync(t, JSON.stringify(truth));
    const r = await run("risk", f, "--evaluate", t, "--json");
    const q = JSON.parse(r.out) as { signals: Array<{ signal: string; recall: number }> };
    expect(q.signals.map((s) => s.signal)).toContain("NET-COBID");
    expect(r.code).toBe(0);
    const human = await run("risk", f, "--top", "3");
    expect(human.out).toMatch(/riskiest processes \(top 3\)/);
    // Exit 1 exactly when a target is missed: claim a CN40-2 plant in two clean processes the data do not show.
    const cleanOcids = Object.entries(truth.processes).filter(([, s]) => s.length === 0).map(([o]) => o);
    const wrong = { ...truth, processes: { ...truth.processes, [cleanOcids[0] as string]: ["CN40-2"], [cleanOcids[1] as string]: ["CN40-2"] } };
    const t2 = join(dir, "wrong.truth.json");
    writeFileSync(t2, JSON.stringify(wrong));
    const missed = await run("risk", f, "--evaluate", t2, "--quiet");
    expect(missed.out).toMatch(/clean processes flagged by any signal/);
    expect(missed.code).toBe(1);
  });
});
