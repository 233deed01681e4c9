import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ggzy, shanghaiToday, tempDir } from "./ggzy";

/*
 * `ggzy check` over batches, run as a user runs it (the built CLI). Each case is a problem of issue 15 that the
 * earlier CLI had: it fails on that CLI and passes on this one.
 */

const award = JSON.parse(readFileSync("examples/records/award.json", "utf8")) as Record<string, unknown>;
const unsigned = { award: award["award"], bidders: award["bidders"], project: award["project"] }; // award notice 2024-05-20, no contract

describe("ggzy check: what is pending is judged", () => {
  it("without --as-of judges on today in Asia/Shanghai, prints the date used and puts it in the JSON", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "award.json"), JSON.stringify(unsigned));
    const text = ggzy(["check", join(dir, "award.json")]);
    expect(text.code).toBe(1); // the contract was never signed: late by now
    expect(text.out).toContain("CONTRACT_SIGNED_IN_TIME");
    expect(text.out).toContain(`基准日 / as of:    ${shanghaiToday()}（今天，北京时间`);
    const json = ggzy(["check", join(dir, "award.json"), "--format", "json"]);
    expect(JSON.parse(json.out)).toMatchObject({ asOf: shanghaiToday(), asOfSource: "today", summary: { asOf: shanghaiToday(), checked: 1 } });
    const given = JSON.parse(ggzy(["check", join(dir, "award.json"), "--as-of", "2024-06-19", "--json"]).out) as { asOf: string; asOfSource: string; summary: { findings: { error: number } } };
    expect(given).toMatchObject({ asOf: "2024-06-19", asOfSource: "option", summary: { findings: { error: 0 } } }); // the last day itself: not late yet
  });

  it("refuses an --as-of that is not a date, as a usage error", () => {
    const r = ggzy(["check", "examples/records/award.json", "--as-of", "2024-02-30"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("ggzy check: 选项 --as-of <date> 的值 '2024-02-30' 无效：应为日期 YYYY-MM-DD / option --as-of <date>: '2024-02-30' is invalid: expected a date YYYY-MM-DD\n提示 / hint: ggzy check --help\n");
  });
});

describe("ggzy check: a year with no holiday notice", () => {
  // a government-procurement award whose winner was chosen in 2024 and whose result was never announced
  const gp = {
    ...unsigned,
    award: { ...(unsigned.award as object), reportReceivedOn: "2024-05-13", decidedOn: "2024-05-15" },
    project: { ...(unsigned.project as object), regime: "governmentProcurement", category: "governmentProcurement" },
  };

  it("rejects a record whose working days run into it, and says how to count them on statutory holidays", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "award.json"), JSON.stringify(gp));
    const r = ggzy(["check", join(dir, "award.json"), "--as-of", "2040-01-02"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("2040");
    expect(r.err).toContain("--provisional-calendar");
  });

  it("--provisional-calendar judges it and marks the finding that rests on the provisional years", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "award.json"), JSON.stringify(gp));
    const r = ggzy(["check", join(dir, "award.json"), "--as-of", "2040-01-02", "--provisional-calendar", "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { records: Array<{ report: { findings: Array<{ ruleId: string; evidence: Record<string, unknown> }> } }> };
    const late = out.records[0]?.report.findings.find((f) => f.ruleId === "GP_RESULT_ANNOUNCED_IN_TIME");
    expect(late?.evidence["calendar.provisionalYears"]).toEqual(expect.arrayContaining([2027, 2040]));
    const provisional = out.records[0]?.report.findings.filter((f) => f.evidence["calendar.provisionalYears"] !== undefined).length ?? 0;
    expect(provisional).toBeGreaterThan(0);
    expect((out as unknown as { summary: object }).summary).toMatchObject({ provisionalCalendar: true, provisionalFindings: provisional });
  });

  it("says in the summary that the calendar was provisional, and how many findings rest on it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "award.json"), JSON.stringify(gp));
    const on = ggzy(["check", join(dir, "award.json"), "--as-of", "2040-01-02", "--provisional-calendar"]);
    expect(on.out).toMatch(/calendar: .*statutory holidays \(--provisional-calendar\); [1-9]\d* finding\(s\) provisional/);
    const off = ggzy(["check", "examples/records/award.json", "--as-of", "2024-06-19"]);
    expect(off.out).not.toContain("calendar:");
    expect(JSON.parse(ggzy(["check", "examples/records/award.json", "--as-of", "2024-06-19", "--json"]).out)).toMatchObject({ summary: { provisionalCalendar: false, provisionalFindings: 0 } });
  });

  it("a tendering award is judged without it: no government-procurement working days are counted for it", () => {
    const r = ggzy(["check", "examples/records/award.json", "--as-of", "2040-01-02", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ rejected: [], summary: { checked: 1 } });
  });
});

describe("ggzy check: a rule the record lacks the data for is shown as not judged, never as passed", () => {
  it("lists it under the record with the facts missing and counts it in the summary; evaluations: [] is judged", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "award.json"), JSON.stringify(unsigned)); // no evaluations: the objections are unknown
    writeFileSync(join(dir, "none.json"), JSON.stringify({ ...unsigned, evaluations: [] })); // none on record
    const text = ggzy(["check", join(dir, "award.json"), "--as-of", "2024-06-19"]);
    expect(text.code).toBe(0); // not judged is not a finding
    expect(text.out).toContain("0 error, 0 warning, 0 info, 1 not judged (no data)");
    expect(text.out).toContain("NO DATA RESULT_OBJECTION_ANSWERED_BEFORE_AWARD — 缺少数据，未判断 / not judged, no data: evaluations");
    expect(text.out).toContain("未判断 / not judged: 1 rule(s) for lack of data");
    const json = JSON.parse(ggzy(["check", join(dir, "award.json"), "--as-of", "2024-06-19", "--json"]).out) as {
      summary: { notJudged: number };
      records: Array<{ report: { skipped: unknown[]; evaluated: string[] } }>;
    };
    expect(json.summary.notJudged).toBe(1);
    expect(json.records[0]?.report.skipped).toContainEqual({ ruleId: "RESULT_OBJECTION_ANSWERED_BEFORE_AWARD", reason: "noData", missing: ["evaluations"] });
    expect(json.records[0]?.report.evaluated).not.toContain("RESULT_OBJECTION_ANSWERED_BEFORE_AWARD");
    const none = ggzy(["check", join(dir, "none.json"), "--as-of", "2024-06-19"]);
    expect(none.out).not.toContain("NO DATA");
    expect(none.out).not.toContain("未判断");
  });
});

describe("ggzy check: an input with no record is an error", () => {
  it("exits 2 for an empty file, /dev/null, and a directory without record files", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.jsonl"), "\n\n");
    mkdirSync(join(dir, "nothing"));
    writeFileSync(join(dir, "nothing", "notes.txt"), "no records here");
    for (const path of ["/dev/null", join(dir, "empty.jsonl"), join(dir, "nothing")]) {
      const r = ggzy(["check", path, "--as-of", "2024-12-31"]);
      expect(r.code, path).toBe(2);
      expect(r.err, path).toContain("没有可检查的记录");
      expect(r.err, path).toContain("Nothing to check");
    }
  });
});

describe("ggzy check: a bad record is reported and skipped, the rest are checked", () => {
  const dir = tempDir();
  const lines = readFileSync("examples/records/records.jsonl", "utf8").trim().split("\n");
  const batch = join(dir, "batch.jsonl");
  // line 1 complaint, 2 not JSON, 3 an award whose notice date is not a date, 4 award, 5 blank, 6 spot check
  writeFileSync(batch, [lines[0], '{"award": {"id": "AW-1",', JSON.stringify({ award: { ...(unsigned.award as object), noticeOn: "20 May" } }), lines[1], "", lines[2]].join("\n") + "\n");

  it("names each bad record's file, real line and field, checks the others, and ends with a summary", () => {
    const r = ggzy(["check", batch, "--as-of", "2024-12-31"]);
    expect(r.code).toBe(2); // a rejected record makes the run exit 2, after checking all the others
    const err = r.err.trim().split("\n");
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(new RegExp(`^ggzy check: ${batch}:2: 拒收 / rejected: .*第 2 行.*line 2 column \\d+: not valid JSON`));
    expect(err[1]).toMatch(new RegExp(`^ggzy check: ${batch}:3: 拒收 / rejected: .*award\\.noticeOn`));
    expect(r.out).toContain(`${batch}:1  complaint  NOT ok`);
    expect(r.out).toContain(`${batch}:4  award  NOT ok`);
    expect(r.out).not.toContain(`${batch}:6`); // clean: counted in the summary, not listed
    expect(r.out).toContain("记录 / records:    5（已检查 3，拒收 2）/ 5 (3 checked, 2 rejected) in 1 file(s)");
    expect(r.out).toContain("发现 / findings:   error 2, warning 0, info 0; 1 of 3 record(s) ok");
  });

  it("reports a syntax error in a pretty-printed JSON file at its real line", () => {
    const file = join(dir, "pretty.json");
    const text = JSON.stringify(award, null, 2).split("\n");
    text[10] = `${text[10]} oops`; // line 11
    writeFileSync(file, text.join("\n"));
    const r = ggzy(["check", file, "--as-of", "2024-12-31"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:11: `);
    expect(r.err).toContain("line 11 column");
  });

  it("gives each element of a pretty-printed array the line it starts on", () => {
    const file = join(dir, "array.json");
    const good = JSON.stringify(award, null, 2);
    const bad = JSON.stringify({ award: { id: "AW-2" } }, null, 2);
    writeFileSync(file, `[\n${good},\n${bad}\n]\n`);
    const badLine = 2 + good.split("\n").length;
    const r = ggzy(["check", file, "--as-of", "2024-12-31"]);
    expect(r.out).toContain(`${file}:2  award  NOT ok`);
    expect(r.err).toContain(`${file}:${badLine}: 拒收 / rejected:`);
    expect(r.err).toContain("award.projectId");
  });

  it("checks many files and directories in one run", () => {
    const tree = tempDir();
    mkdirSync(join(tree, "2024", "q3"), { recursive: true });
    writeFileSync(join(tree, "2024", "award.json"), JSON.stringify(award));
    writeFileSync(join(tree, "2024", "q3", "records.jsonl"), lines.join("\n"));
    writeFileSync(join(tree, "2024", "README.txt"), "not a record file");
    const r = ggzy(["check", tree, "examples/records/complaint.json", "--as-of", "2024-12-31", "--json"]);
    const json = JSON.parse(r.out) as { records: Array<{ file: string; line: number }>; summary: { files: number; records: number } };
    expect(json.summary).toMatchObject({ files: 3, records: 5 });
    expect(json.records.map((x) => `${x.file}:${x.line}`)).toEqual([
      join(tree, "2024", "award.json") + ":1",
      join(tree, "2024", "q3", "records.jsonl") + ":1",
      join(tree, "2024", "q3", "records.jsonl") + ":2",
      join(tree, "2024", "q3", "records.jsonl") + ":3",
      "examples/records/complaint.json:1",
    ]);
  });

  it("reads JSON Lines from standard input", () => {
    const r = ggzy(["check", "-", "--as-of", "2024-12-31", "--format", "jsonl"], { input: lines.join("\n") });
    const out = r.out.trim().split("\n").map((l) => JSON.parse(l) as { type: string; line?: number });
    expect(out.map((o) => `${o.type}:${o.line ?? ""}`)).toEqual(["record:1", "record:2", "record:3", "summary:"]);
  });
});

describe("ggzy check: one documented shape per format", () => {
  const keys = (o: object) => Object.keys(o).sort();

  it("--json has the same shape for one record and for several", () => {
    const one = JSON.parse(ggzy(["check", "examples/records/project.json", "--as-of", "2024-07-31", "--json"]).out) as Record<string, unknown>;
    const many = JSON.parse(ggzy(["check", "examples/records/records.jsonl", "--as-of", "2024-07-31", "--json"]).out) as Record<string, unknown>;
    expect(keys(one)).toEqual(["asOf", "asOfSource", "records", "rejected", "rulesetVersion", "summary"]);
    expect(keys(many)).toEqual(keys(one));
    expect((one["records"] as unknown[]).length).toBe(1);
    expect(keys((one["records"] as object[])[0] ?? {})).toEqual(["file", "index", "kind", "line", "report"]);
  });

  it("--format jsonl writes one JSON value per line, the summary last", () => {
    const r = ggzy(["check", "examples/records/records.jsonl", "--as-of", "2024-12-31", "--format", "jsonl"]);
    const out = r.out.trim().split("\n").map((l) => JSON.parse(l) as { type: string });
    expect(out.at(-1)).toMatchObject({ type: "summary", records: 3, checked: 3, rejected: 0, exitCode: 1 });
    expect(r.code).toBe(1);
  });
});

describe("ggzy check: --fail-on, --explain, --locale", () => {
  const dir = tempDir();
  const project = JSON.parse(readFileSync("examples/records/project.json", "utf8")) as { project: Record<string, unknown> };
  const paper = join(dir, "paper.json");
  writeFileSync(paper, JSON.stringify({ ...project, project: { ...project.project, electronic: false } }));

  it("decides the exit code by the severity asked for", () => {
    const warnOnly = join(dir, "warn.json");
    const p = JSON.parse(readFileSync("examples/records/project.json", "utf8")) as { project: Record<string, unknown> };
    writeFileSync(warnOnly, JSON.stringify({ project: { ...p.project, electronic: false } }));
    expect(ggzy(["check", warnOnly, "--as-of", "2024-07-31"]).code).toBe(0);
    expect(ggzy(["check", warnOnly, "--as-of", "2024-07-31", "--fail-on", "warning"]).code).toBe(1);
    expect(ggzy(["check", "examples/records/project.json", "--as-of", "2024-07-31", "--fail-on", "never"]).code).toBe(0);
    expect(ggzy(["check", "examples/records/project.json", "--as-of", "2024-07-31"]).code).toBe(1);
    expect(ggzy(["check", warnOnly, "--fail-on", "sometimes"]).code).toBe(2);
  });

  it("prints why a finding holds with --explain, and one language with --locale", () => {
    const r = ggzy(["check", "examples/records/project.json", "--as-of", "2024-07-31", "--explain", "--locale", "en"]);
    expect(r.out).toMatch(/✓ .*contract/);
    expect(r.out).toContain("After the award notice of 2024-05-20 the contract was due by 2024-06-19");
    expect(r.out).not.toContain("中标通知书 2024-05-20 发出后");
    const zh = ggzy(["check", "examples/records/project.json", "--as-of", "2024-07-31", "--locale", "zh"]);
    expect(zh.out).toContain("中标通知书 2024-05-20 发出后");
    expect(zh.out).not.toContain("After the award notice");
    expect(zh.out).not.toMatch(/✓/);
  });
});

describe("ggzy check: the example records, and a rule pack met among records", () => {
  it("checks every file of examples/records as a record: nothing rejected, exit 1 because every example breaks a rule", () => {
    const r = ggzy(["check", "examples/records", "--as-of", "2024-07-31", "--json"]);
    const json = JSON.parse(r.out) as { rejected: unknown[]; records: Array<{ file: string }>; summary: { rejected: number; findings: { error: number } } };
    expect(r.err).toBe("");
    expect(json.rejected).toEqual([]);
    expect(json.summary.rejected).toBe(0);
    expect(json.summary.findings.error).toBeGreaterThan(0);
    expect(new Set(json.records.map((x) => x.file)).size).toBe(readdirSync("examples/records").length);
    expect(r.code).toBe(1);
  });

  it("names a rule pack as such and says to load it with --pack; the records beside it are still checked", () => {
    const dir = tempDir();
    copyFileSync("examples/county/my-county.json", join(dir, "my-county.json"));
    copyFileSync("examples/records/spot-check.json", join(dir, "spot-check.json"));
    const r = ggzy(["check", dir, "--as-of", "2024-07-31"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`This is a rule pack (my-county@0.1.0), not a record: load it with --pack ${join(dir, "my-county.json")}`);
    expect(r.err).toContain("这是规则包（my-county@0.1.0），不是记录");
    expect(r.out).toContain(`${join(dir, "spot-check.json")}:1  spotCheck  NOT ok`);
    const json = JSON.parse(ggzy(["check", dir, "--as-of", "2024-07-31", "--json"]).out) as { rejected: Array<{ error: { code: string; details: Record<string, unknown> } }> };
    expect(json.rejected[0]?.error).toMatchObject({ code: "UNKNOWN_SUBJECT", details: { pack: "my-county@0.1.0" } });
  });

  it("keeps the plain refusal for a value that is no pack, and for a pack checked with --subject", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "thing.json"), JSON.stringify({ name: "x", version: "1" }));
    const plain = ggzy(["check", join(dir, "thing.json")]);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain("Cannot tell the kind of record");
    const asAward = ggzy(["check", "examples/county/my-county.json", "--subject", "award"]);
    expect(asAward.code).toBe(2);
    expect(asAward.err).not.toContain("rule pack");
  });
});
