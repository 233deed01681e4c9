import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerCheck } from "../../src/commands/check";
import { registerRules } from "../../src/commands/rules";
import { projectInput } from "../../../test/rules/fixtures";
import { type CommandRun, runCommand } from "../helpers/run-command";

const run = (...args: string[]): Promise<CommandRun> => runCommand([registerCheck, registerRules], args);

afterEach(() => {
  process.exitCode = undefined;
});

describe("ggzy check / ggzy rules", () => {
  it("prints the findings of a project record and exits 1 on an error finding", async () => {
    const r = await run("check", "examples/records/project.json", "--as-of", "2024-07-31");
    expect(r.code).toBe(1);
    expect(r.out).toContain("CONTRACT_SIGNED_IN_TIME [LC80-5.1]");
    expect(r.out).toContain("合同最迟应于 2024-06-19 签订，实际于 2024-06-24 签订，逾期 5 日");
  });
  it("checks JSON Lines of mixed kinds, with --json", async () => {
    const r = await run("check", "examples/records/records.jsonl", "--as-of", "2024-12-31", "--json");
    const results = (JSON.parse(r.out) as { records: Array<{ kind: string; report: { ok: boolean } }> }).records;
    expect(results.map((x) => x.kind)).toEqual(["complaint", "award", "spotCheck"]);
    expect(results[2]?.report.ok).toBe(true);
    expect(r.code).toBe(1);
  });
  it("exits 0 when only warnings are found", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ggzy-check-"));
    const file = join(dir, "paper.json");
    writeFileSync(file, JSON.stringify({ project: projectInput({ electronic: false }) }));
    const r = await run("check", file);
    expect(r.out).toContain("WARNING FULLY_ELECTRONIC [LC80-6.1]");
    expect(r.code).toBe(0);
  });
  it("names the record that is bad input in a batch, and checks the others", async () => {
    const r = await run("check", "examples/records/records.jsonl", "--subject", "complaint", "--as-of", "2024-12-31");
    expect(r.code).toBe(2); // the second and third lines are not complaints
    expect(r.err).toContain("examples/records/records.jsonl:2: 拒收 / rejected:");
    expect(r.out).toContain("examples/records/records.jsonl:1  complaint  NOT ok");
  });
  it("takes the subject a report names for its record kind, as the service's batch does, and names the kind meant for a misspelling", async () => {
    const byAlias = await run("check", "examples/records/spot-check.json", "--subject", "spotCheckQuarter", "--as-of", "2024-12-31", "--format", "jsonl");
    const byKind = await run("check", "examples/records/spot-check.json", "--subject", "spotCheck", "--as-of", "2024-12-31", "--format", "jsonl");
    expect(byAlias.code).toBe(byKind.code);
    expect(byAlias.out).toBe(byKind.out);
    expect(byAlias.out).toContain('"spotCheckQuarter"');
    await expect(run("check", "examples/records/spot-check.json", "--subject", "spotChek")).rejects.toThrow(/spotCheck/);
  });
  it("reads JSON Lines as a stream: a line that is not UTF-8 is rejected at its line, the others are checked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ggzy-check-"));
    const good = readFileSync("examples/records/records.jsonl", "utf8").split("\n")[0] as string;
    const f = join(dir, "mixed.jsonl");
    writeFileSync(f, Buffer.concat([Buffer.from(`${good}\n`), Buffer.from([0x7b, 0xc4, 0xe3, 0x7d, 0x0a]), Buffer.from(`${good}\n`)]));
    const r = await run("check", f, "--as-of", "2024-12-31", "--format", "jsonl");
    expect(r.code).toBe(2);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as { type: string; line?: number; checked?: number; rejected?: number });
    expect(lines.map((l) => [l.type, l.line])).toEqual([["record", 1], ["rejected", 2], ["record", 3], ["summary", undefined]]);
    expect(lines[3]).toMatchObject({ checked: 2, rejected: 1 });
  });
  it("rejects a record of no known kind with a bilingual reason, and a missing file with exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ggzy-check-"));
    writeFileSync(join(dir, "odd.json"), JSON.stringify({ hello: "world" }));
    const r = await run("check", join(dir, "odd.json"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法识别记录类型");
    expect(r.err).toContain("Cannot tell the kind of record");
    expect((await run("check", "examples/records/missing.json")).code).toBe(2);
  });
  it("lists the catalogue with clause, basis, severity, effective dates and message", async () => {
    const r = await run("rules", "--json");
    const list = JSON.parse(r.out) as { rules: Array<{ id: string; clause: string; effective: { from: string } }> };
    expect(list.rules.find((x) => x.id === "CIVIL_SERVANT_UNPAID")).toMatchObject({ clause: "LC80-4.4", effective: { from: "2018-09-26" } });
    const text = await run("rules");
    expect(text.out).toContain("EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF  [LC80-4.4]  error  expertAdmission  2018-09-26–");
    expect(text.code).toBe(0);
  });
  it("shows the regimes and methods each national rule applies to", async () => {
    const r = await run("rules", "--json");
    const list = JSON.parse(r.out) as { rules: Array<{ id: string; scope: { regimes: string[]; methods?: string[] } | null }> };
    expect(list.rules.find((x) => x.id === "GP_CONSULTATION_GROUP_COMPOSITION")?.scope).toEqual({ regimes: ["governmentProcurement"], methods: ["competitiveConsultation"] });
    expect(list.rules.find((x) => x.id === "CIVIL_SERVANT_UNPAID")?.scope).toBeNull();
    const text = await run("rules");
    expect(text.out).toContain(
      "GP_COMMITTEE_SEVEN  [NAT-MOF87-47]  error  committee  2017-10-01–\n" +
        "  大额、技术复杂或社会影响较大项目的评标委员会达到规定人数 / Larger committee for a large, complex or high-impact procurement\n" +
        "  NAT-MOF87-47: 评标委员会组成 / Composition of the evaluation committee\n" +
        "  财政部令第87号 第四十七条\n  applies to: governmentProcurement: open, selective",
    );
    // The titles are the rule set's: the JSON carries them, and the clauses the rules cite.
    const titled = JSON.parse(r.out) as { rules: Array<{ id: string; title: { zh: string } }>; clauses: Record<string, { title: { zh: string }; setBy: string }> };
    expect(titled.rules.find((x) => x.id === "TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS")?.title.zh).toBe("确定中标人后按期向监管部门提交书面报告");
    expect(titled.clauses["NAT-TBL-47"]).toMatchObject({ title: { zh: "招标投标情况书面报告" }, setBy: "national@2.0.0" });
  });
});
