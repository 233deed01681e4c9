import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerRisk } from "../../src/commands/risk";
import { emptyTruth, generateReleases } from "../../../examples/risk/generate";
import { type CommandRun, runCommand } from "../helpers/run-command";

const run = (...args: string[]): Promise<CommandRun> => runCommand([registerRisk], args);
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), "ggzy-risk-cardinal-"));
const file = (name: string, text: string | Buffer) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const single = JSON.stringify({ ocid: "ocds-1", tender: { procurementMethod: "open", numberOfTenderers: 1 } });

describe("ggzy risk --format cardinal", () => {
  it("without --settings runs nothing, as Cardinal ({\"Meta\":{}} on one line); the ggzy format runs everything", async () => {
    const f = file("one.jsonl", `${single}\n`);
    const r = await run("risk", f, "--format", "cardinal");
    expect(r.out).toBe('{"Meta":{}}\n');
    expect((await run("risk", f, "--format", "cardinal", "--no-meta")).out).toBe("{}\n");
    const ours = await run("risk", f, "--json");
    expect(JSON.parse(ours.out).summary.hitsBySignal).toEqual({ R018: 1 });
  });
  it("--count prints `Group: n` per group on stderr", async () => {
    const f = file("count.jsonl", `${single}\n${single.replace("ocds-1", "ocds-2")}\n`);
    const s = file("r018.ini", "[R018]\n");
    const r = await run("risk", f, "--format", "cardinal", "--settings", s, "--count");
    expect(JSON.parse(r.out)).toEqual({ OCID: { "ocds-1": { R018: 1 }, "ocds-2": { R018: 1 } }, Meta: {} });
    expect(r.err).toBe("OCID: 2\n");
  });
  it("a settings key neither we nor Cardinal know is an error naming it (exit 2)", async () => {
    const s = file("bad.ini", "[R024]\ncolour = red\n");
    const r = await run("risk", file("x.jsonl", `${single}\n`), "--format", "cardinal", "--settings", s);
    expect(r.code).toBe(2);
    expect(r.err).toContain("R024.colour");
  });
});

describe("ggzy risk: when every line is skipped, exit 2 and say what the file looks like", () => {
  it("objects without ocid: 'is this OCDS?'", async () => {
    const r = await run("risk", file("noocid.jsonl", '{"id":1}\n{"id":2}\n'), "--format", "cardinal");
    expect(r.code).toBe(2);
    expect(r.err).toContain("no line has an ocid: is this OCDS?");
  });
  it("a JSON array, pretty-printed JSON, a release package", async () => {
    expect((await run("risk", file("array.json", '[{"ocid":"a"},\n{"ocid":"b"}]\n'))).err).toContain("one JSON array");
    expect((await run("risk", file("pretty.json", '{\n  "ocid": "a"\n}\n'))).err).toContain("pretty-printed JSON");
    const pkg = await run("risk", file("pkg.json", '{"uri":"x","releases":[{"ocid":"a"}]}\n'));
    expect(pkg.code).toBe(2);
    expect(pkg.err).toContain("release or record package");
  });
  it("invalid UTF-8 throughout", async () => {
    const r = await run("risk", file("gbk.jsonl", Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a, 0xff, 0xfe, 0x0a])));
    expect(r.code).toBe(2);
    expect(r.err).toContain("GBK");
  });
  it("one good line among bad ones is not that case (exit by findings)", async () => {
    const r = await run("risk", file("mixed.jsonl", `oops\n${single}\n`), "--format", "cardinal");
    expect(r.code).not.toBe(2);
  });
});

describe("ggzy risk init | coverage | prepare", () => {
  it("init writes Cardinal's template, which `risk --settings` reads (all eleven indicators); refuses to overwrite without --force", async () => {
    const f = join(dir, "settings.ini");
    expect((await run("risk", "init", f)).code).toBe(0);
    const r = await run("risk", file("p.jsonl", `${single}\n`), "--format", "cardinal", "--settings", f);
    expect(JSON.parse(r.out)).toMatchObject({ OCID: { "ocds-1": { R018: 1 } } });
    expect(Object.keys(JSON.parse(r.out).Meta).sort()).toEqual(["R024", "R025", "R048", "R058"]);
    expect((await run("risk", "init", f)).code).toBe(2);
    expect((await run("risk", "init", f, "--force")).code).toBe(0);
    expect((await run("risk", "init", "-")).out).toContain("[R058]");
  });
  it("coverage counts paths and lists the indicators the data supports, on the generator's output", async () => {
    const truth = emptyTruth("cov");
    const lines = [...generateReleases({ seed: "cov", cleanProcesses: 40, rings: 1 }, truth)].map((x) => JSON.stringify(x));
    const f = file("gen.jsonl", `${lines.join("\n")}\n`);
    const r = await run("risk", "coverage", f, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { coverage: Record<string, number>; indicators: Array<{ indicator: string; computable: boolean }> };
    expect(j.coverage[""]).toBe(lines.length);
    expect(j.coverage["/ocid"]).toBe(lines.length);
    expect(j.indicators.find((i) => i.indicator === "R018")?.computable).toBe(true);
    expect((await run("risk", "coverage", file("bad-cov.jsonl", "oops\n"))).code).toBe(2);
  });
  it("coverage and prepare on a small generated file, as a user runs them", async () => {
    const lines = [...generateReleases({ seed: "prep", cleanProcesses: 30, rings: 1 }, emptyTruth("prep"))].map((x) => JSON.stringify(x));
    const f = file("gen-prep.jsonl", `${lines.join("\n")}\n`);
    const cov = await run("risk", "coverage", f);
    expect(cov.code).toBe(0);
    expect(cov.out).toContain(`lines: ${lines.length}`);
    expect(cov.out).toMatch(/\/tender\/numberOfTenderers +\d+ +100\.0% of lines/);
    expect(cov.out).toMatch(/\/bids\/details\[\]\/date +\d+ +100\.0% of \/bids\/details\[\]/);
    expect(cov.out).toContain("✓ R018");
    expect(cov.out).not.toContain("✗");
    // The generator writes clean OCDS: prepare changes nothing and reports no issue.
    const out = join(dir, "gen-clean.jsonl");
    const errors = join(dir, "gen-errors.csv");
    const r = await run("risk", "prepare", f, "-o", out, "-e", errors);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(`${lines.join("\n")}\n`);
    expect(readFileSync(errors, "utf8")).toBe("");
    // With the bids' statuses and one tenderer id removed, each is reported on its line.
    const broken = lines.slice(0, 2).map((l) => {
      const x = JSON.parse(l);
      delete x.bids.details[0].status;
      x.bids.details[1].tenderers = { id: 42 };
      return JSON.stringify(x);
    });
    const g = file("gen-broken.jsonl", `${broken.join("\n")}\n`);
    await run("risk", "prepare", g, "-o", out, "-e", errors);
    const ocids = broken.map((l) => JSON.parse(l).ocid as string);
    expect(readFileSync(errors, "utf8")).toBe(`1,${ocids[0]},/bids/details[]/status,0,,not set\n2,${ocids[1]},/bids/details[]/status,0,,not set\n`);
    expect(JSON.parse(readFileSync(out, "utf8").split("\n")[0] as string).bids.details[1].tenderers).toEqual([{ id: "42" }]);
  });
  it("prepare writes corrected lines and the errors CSV, with settings", async () => {
    const f = file("raw.jsonl", `${JSON.stringify({ ocid: "a", bids: { details: [{ status: "Qualified", tenderers: { id: 7 } }, { tenderers: [{ id: "B" }] }] } })}\nnot json\n`);
    const s = file("prep.ini", "[codelists.bid_status]\nQualified = valid\n");
    const out = join(dir, "clean.jsonl");
    const errors = join(dir, "errors.csv");
    const r = await run("risk", "prepare", f, "-o", out, "-e", errors, "--settings", s);
    expect(r.code).toBe(0);
    expect(r.err).toContain(":2: invalid-json");
    expect(readFileSync(out, "utf8")).toBe(`${JSON.stringify({ ocid: "a", bids: { details: [{ status: "valid", tenderers: [{ id: "7" }] }, { tenderers: [{ id: "B" }] }] } })}\n`);
    expect(readFileSync(errors, "utf8")).toBe("1,a,/bids/details[]/status,1,,not set\n");
  });
  it("prepare writes nothing when nothing is usable (exit 2): old output files stay whole, no temporary file is left", async () => {
    const sub = mkdtempSync(join(dir, "keep-"));
    const out = join(sub, "clean.jsonl");
    const errors = join(sub, "errors.csv");
    writeFileSync(out, "old output\n");
    writeFileSync(errors, "old errors\n");
    const r = await run("risk", "prepare", file("nothing.jsonl", "not json\n[1]\n"), "-o", out, "-e", errors);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("old output\n");
    expect(readFileSync(errors, "utf8")).toBe("old errors\n");
    expect(readdirSync(sub).sort()).toEqual(["clean.jsonl", "errors.csv"]);
  });
  it("prepare to a file it cannot write exits 2 naming it, and writes neither file", async () => {
    const sub = mkdtempSync(join(dir, "fail-"));
    const out = join(sub, "clean.jsonl");
    const errors = join(sub, "missing-dir", "errors.csv");
    const r = await run("risk", "prepare", file("one-good.jsonl", `${single}\n`), "-o", out, "-e", errors);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Cannot write file ${errors}`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(sub)).toEqual([]);
  });
  it("prepare -o - writes the corrected lines to standard output", async () => {
    const r = await run("risk", "prepare", file("two.jsonl", `${single}\n${single.replace("ocds-1", "ocds-2")}\n`), "-o", "-", "-e", join(dir, "two-errors.csv"));
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").map((l) => (JSON.parse(l) as { ocid: string }).ocid)).toEqual(["ocds-1", "ocds-2"]);
  });
});
