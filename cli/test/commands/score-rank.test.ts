import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerRank } from "../../src/commands/rank";
import { registerScore } from "../../src/commands/score";
import { type CommandRun, runCommand } from "../helpers/run-command";

const run = (...args: string[]): Promise<CommandRun> => runCommand([registerScore, registerRank], args);

afterEach(() => vi.restoreAllMocks());

describe("ggzy score / rank (examples/scoring)", () => {
  it("scores agencies as a table and as JSON", async () => {
    const table = await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2026-06-30");
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/AG-001\s+\S+\s+81\.27\s+AA/);
    const json = await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2026-06-30", "--json");
    const parsed = JSON.parse(json.out) as { agencies: Array<{ agencyId: string; blacklist: { blacklisted: boolean } }> };
    expect(parsed.agencies.find((a) => a.agencyId === "AG-004")?.blacklist.blacklisted).toBe(true);
  });

  it("marks a blacklisted agency's grade and gives the blacklist's end and reason beside it: the grade does not reflect it", async () => {
    const table = await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2026-06-30");
    expect(table.out).toMatch(/AG-004\s+\S+\s+62\.74\s+B \*\s+是 yes \(→ 2027-08-15\) 2025-08-15 受到严重行政处罚（聊城市财政局），黑名单期至 2027-08-15\n/);
    expect(table.out).toMatch(/AG-001\s+\S+\s+81\.27\s+AA\s+否 no\n/);
    expect(table.out).toMatch(/\n\* .*blacklisted on 2026-06-30 \(1\): the grade does not reflect a blacklisting/);
    // Its last day is marked; the day after, no mark, no note.
    expect((await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2027-08-15")).out).toMatch(/AG-004\s+\S+\s+\d+\.\d\d\s+[A-C]+ \*\s+是 yes \(→ 2027-08-15\)/);
    const after = await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2027-08-16");
    expect(after.out).toMatch(/AG-004\s+\S+\s+\d+\.\d\d\s+[A-C]+\s+否 no\n/);
    expect(after.out).not.toMatch(/\n\* /);
  });

  it("leaves the per-record entries out of the JSON with --detail items, and refuses an unknown level", async () => {
    type Out = { agencies: Array<{ agencyId: string; credit: { score: number; breakdown: Array<{ kind: string; points: number; records?: unknown[]; recordCount?: number }> } }> };
    const full = JSON.parse((await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2026-06-30", "--json")).out) as Out;
    const items = await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2026-06-30", "--json", "--detail", "items");
    expect(items.code).toBe(0);
    const parsed = JSON.parse(items.out) as Out;
    expect(parsed.agencies.map((a) => a.credit.score)).toEqual(full.agencies.map((a) => a.credit.score));
    const [a, b] = [full.agencies[0]?.credit.breakdown ?? [], parsed.agencies[0]?.credit.breakdown ?? []];
    expect(b.map((i) => [i.kind, i.points, i.recordCount])).toEqual(a.map((i) => [i.kind, i.points, i.records?.length]));
    expect(b.some((i) => "records" in i)).toBe(false);
    // A usage error (commander's, which the program turns into exit 2 with a bilingual line).
    await expect(run("score", "agencies", "examples/scoring/agencies.json", "--detail", "all")).rejects.toThrow(/Allowed choices are records, items/);
  });

  it("scores experts and bidders", async () => {
    const experts = await run("score", "experts", "examples/scoring/experts.json", "--as-of", "2026-06-30", "--json");
    expect(experts.code).toBe(0);
    expect((JSON.parse(experts.out) as { experts: Array<{ expertId: string; suspended: boolean }> }).experts.map((e) => [e.expertId, e.suspended])).toEqual([
      ["EX-1001", false],
      ["EX-1002", false],
      ["EX-1003", true],
    ]);
    const bidders = await run("score", "bidders", "examples/scoring/bidders.json", "--as-of", "2026-06-30");
    expect(bidders.code).toBe(0);
    expect(bidders.out).toMatch(/BD-003\s+54\.91\s+C/);
  });

  it("ranks agencies for the example project and lists the excluded", async () => {
    const r = await run("rank", "examples/scoring/project.json", "examples/scoring/agencies.json", "--as-of", "2026-06-30", "--json");
    expect(r.code).toBe(0);
    const ranking = JSON.parse(r.out) as { ranked: Array<{ agencyId: string; rank: number }>; excluded: Array<{ agencyId: string }> };
    expect(ranking.ranked.map((x) => x.agencyId)).toEqual(["AG-001", "AG-005", "AG-002"]);
    expect(ranking.excluded.map((x) => x.agencyId)).toEqual(["AG-003", "AG-004"]);
  });

  it("exits 1 when no agency is eligible", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ggzy-rank-"));
    const project = join(dir, "project.json");
    writeFileSync(project, JSON.stringify({ ...JSON.parse(readFileSync("examples/scoring/project.json", "utf8")), category: "other" }));
    const r = await run("rank", project, "examples/scoring/agencies.json", "--as-of", "2026-06-30");
    expect(r.code).toBe(1);
    expect(r.out).toContain("excluded");
  });

  it("exits 2 when the scorecard file is not a scorecard", async () => {
    const r = await run("rank", "examples/scoring/project.json", "examples/scoring/agencies.json", "--as-of", "2026-06-30", "--scorecard", "examples/scoring/agencies.json");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Invalid scorecard");
  });

  it("exits 2 with a bilingual message on bad input (record after --as-of), and scores the past with --ignore-later-records", async () => {
    const bad = await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2025-01-01");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("晚于评分基准日");
    expect(bad.err).toContain("after the as-of date");
    const past = await run("score", "agencies", "examples/scoring/agencies.json", "--as-of", "2025-01-01", "--ignore-later-records");
    expect(past.code).toBe(0);
  });
});
