import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCity } from "../../../examples/demo/write";
import { breakdown } from "../../src/demo/context";
import { toCsv } from "../../src/demo/csv";
import { findingRows, organisationRows, riskJson } from "../../src/demo/exports";
import { clauseTitleZh, englishCodewords, evidenceEntriesZh, fieldLabelZh, localizeZh, ruleTitleEn, ruleTitleZh, signalTitleZh, valueZh } from "../../src/demo/labels";
import { withBuiltinDocs } from "ggzy-rules/authoring";
import { createRuleSet, defaultRuleSet, liaochengPack, nationalPack } from "ggzy-rules/rules";
import { chartJsSource } from "../../src/demo/paths";
import { renderHtmlReport } from "../../src/demo/report-html";
import { runDemo } from "../../src/demo/run";
import { registerScore } from "../../src/commands/score";
import { runCommand } from "../helpers/run-command";
import type { DemoResult } from "../../src/demo/run";

// The report's content without a browser: CSV files, labels, breakdowns, the footer, the self-check section.
const root = mkdtempSync(join(tmpdir(), "ggzy-report-"));
const outDir = join(root, "report");
let result: DemoResult;

beforeAll(() => {
  writeCity(join(root, "city"), { projects: 200, seed: "report" });
  result = runDemo({ dataDir: join(root, "city"), outDir, generatedAt: "2026-01-02T03:04:05.000Z" });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

describe("CSV export", () => {
  it("quotes what must be quoted and round-trips any text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const text = toCsv(["a", "b"], rows);
        expect(text.startsWith("\uFEFF")).toBe(true);
        expect(parseCsv(text.slice(1))).toEqual([["a", "b"], ...rows]);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it("writes findings, risk, organisations and scores with a BOM, one record per row of data", () => {
    const read = (f: string): string[][] => {
      const text = readFileSync(join(outDir, f), "utf8");
      expect(text.startsWith("\uFEFF"), f).toBe(true);
      return parseCsv(text.slice(1));
    };
    const findings = read("findings.csv");
    expect(findings.length).toBe(result.validation.findings.length + 1);
    expect(findings[1]?.[0]).toBe("F0001");
    expect(read("risk.csv").length).toBe(result.risk.ranked.reduce((a, p) => a + p.hits.length, 0) + 1);
    expect(read("organisations.csv").length).toBe(organisationRows(result).length + 1);
    expect(read("scores.csv").length).toBe(result.scores.agencies.length + result.scores.experts.length + result.scores.bidders.length + 1);
  });
});

describe("risk.json", () => {
  const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((o) => o.id);

  it("lists the same organisations as organisations.csv and the report, in the same order", () => {
    const written = JSON.parse(readFileSync(join(outDir, "risk.json"), "utf8")) as { organisations: Array<{ id: string }> };
    const csv = parseCsv(readFileSync(join(outDir, "organisations.csv"), "utf8").slice(1)).slice(1);
    expect(ids(written.organisations)).toEqual(ids(organisationRows(result)));
    expect(csv.map((row) => row[1])).toEqual(ids(organisationRows(result)));
    expect(written).toEqual(JSON.parse(JSON.stringify(riskJson(result))));
  });

  it("keeps every flagged organisation, however many (no cut at 200)", () => {
    const template = result.risk.result.organisations.find((o) => o.score > 0);
    if (template === undefined) throw new Error("the small city flags no organisation");
    const many = Array.from({ length: 250 }, (_, i) => ({ ...template, id: `ORG${String(i).padStart(3, "0")}`, score: 500 - i }));
    const inflated = { ...result, risk: { ...result.risk, result: { ...result.risk.result, organisations: [...many, { ...template, id: "ZERO", score: 0 }] } } };
    const doc = riskJson(inflated) as { organisations: Array<{ id: string }> };
    expect(doc.organisations.length).toBe(250);
    expect(ids(doc.organisations)).toEqual(ids(organisationRows(inflated)));
  });
});

describe("every published score is reproduced by ggzy score over score-inputs/", () => {
  /** scores.csv's rows of one kind: id → [score, grade] as written. */
  const published = (kind: string): Map<string, [string, string]> => {
    const rows = parseCsv(readFileSync(join(outDir, "scores.csv"), "utf8").slice(1)).slice(1);
    return new Map(rows.filter((r) => r[0] === kind).map((r) => [r[1] as string, [r[3] as string, r[4] as string]]));
  };
  /** `ggzy score <what> score-inputs/<what>.json --as-of <asOf> --ignore-later-records --json`, as docs/risk.md says. */
  const score = async (what: string): Promise<Record<string, unknown>> => {
    const run = await runCommand([registerScore], ["score", what, join(outDir, "score-inputs", `${what}.json`), "--as-of", result.asOf, "--ignore-later-records", "--json"]);
    expect(run.code, run.err).toBe(0);
    return JSON.parse(run.out) as Record<string, unknown>;
  };
  const text = (v: number | null): string => (v === null ? "" : String(v));

  it("agencies: the same score and grade for every agency", async () => {
    const out = (await score("agencies")) as { agencies: Array<{ agencyId: string; credit: { score: number; grade: string } }> };
    const cli = new Map(out.agencies.map((a) => [a.agencyId, [text(a.credit.score), a.credit.grade]]));
    expect(cli).toEqual(published("代理机构"));
    expect(cli.size).toBe(result.scores.agencies.length);
  });

  it("agencies: the upheld complaints on an agency's projects are in its input, and they move its score", async () => {
    const inputs = JSON.parse(readFileSync(join(outDir, "score-inputs", "agencies.json"), "utf8")) as Array<{ id: string; complaints: Array<{ projectId: string; outcome: string }> }>;
    const projectAgency = new Map(Object.entries(result.context.projects).map(([id, p]) => [id, p.agency]));
    const upheld = inputs.filter((a) => a.complaints.some((c) => c.outcome === "upheld"));
    expect(upheld.length).toBeGreaterThan(0);
    for (const a of inputs) for (const c of a.complaints) expect(projectAgency.get(c.projectId), `${a.id} ${c.projectId}`).toBe(a.id);
    // Without the join (the agency records as the city holds them), those agencies score higher.
    const bare = join(root, "agencies-without-complaints.json");
    writeFileSync(bare, JSON.stringify(inputs.map(({ complaints: _, ...a }) => a)));
    const run = await runCommand([registerScore], ["score", "agencies", bare, "--as-of", result.asOf, "--ignore-later-records", "--json"]);
    const without = new Map((JSON.parse(run.out) as { agencies: Array<{ agencyId: string; credit: { score: number } }> }).agencies.map((a) => [a.agencyId, a.credit.score]));
    for (const a of upheld) expect(without.get(a.id), a.id).toBeGreaterThan(Number(published("代理机构").get(a.id)?.[0]));
  });

  it("experts: the same score and grade for every expert", async () => {
    const out = (await score("experts")) as { experts: Array<{ expertId: string; score: number | null; grade: string | null }> };
    expect(new Map(out.experts.map((e) => [e.expertId, [text(e.score), e.grade ?? "—"]]))).toEqual(published("评标专家"));
  });

  it("bidders: the same score and grade for every bidder", async () => {
    const out = (await score("bidders")) as { bidders: Array<{ subjectId: string; score: number; grade: string }> };
    expect(new Map(out.bidders.map((b) => [b.subjectId, [text(b.score), b.grade]]))).toEqual(published("投标人"));
  });
});

describe("rule and clause titles come from the rule set", () => {
  // The built-in rules' and clauses' titles are documentation applied to the set (ggzy-rules/authoring).
  const set = withBuiltinDocs(defaultRuleSet());
  const rows = (): string[][] => parseCsv(readFileSync(join(outDir, "findings.csv"), "utf8").slice(1)).slice(1);

  it("labels every finding in the page and in findings.csv with its rule's title and its clause's title", () => {
    const csv = rows();
    findingRows(result).forEach((x, i) => {
      const rule = set.rules.find((e) => e.rule.id === x.finding.ruleId)?.rule;
      const clause = set.clauses[x.finding.clause];
      expect(x.ruleTitle, x.finding.ruleId).toBe(rule?.title?.zh);
      expect(x.clauseTitle, x.finding.clause).toContain(clause?.title.zh);
      if (x.finding.clause.startsWith("NAT-")) expect(x.clauseTitle).toBe(`${clause?.source.zh}（${clause?.title.zh}）`);
      expect(csv[i]?.slice(1, 5), x.key).toEqual([x.finding.clause, x.clauseTitle, x.finding.ruleId, x.ruleTitle]);
    });
    expect(csv.filter((r) => r[2] === "国家法律法规条款" || /\{|…$/.test(r[4] ?? ""))).toEqual([]);
    expect(new Set(csv.filter((r) => r[1]?.startsWith("NAT-")).map((r) => r[2])).size).toBe(new Set(csv.filter((r) => r[1]?.startsWith("NAT-")).map((r) => r[1])).size);
  });

  it("reads a retitled rule or clause from the rule set it is given (no table of its own)", () => {
    const county = createRuleSet([nationalPack, liaochengPack], [
      { name: "county", version: "1", override: [{ id: "CONTRACT_SIGNED_IN_TIME", title: { zh: "县：按期签约", en: "County: contract in time" } }], clauses: { "NAT-TBL-47": { title: { zh: "县：书面报告", en: "County: report" }, source: { zh: "招标投标法 第四十七条", en: "art. 47" } } } },
    ]);
    expect(ruleTitleZh("CONTRACT_SIGNED_IN_TIME", county)).toBe("县：按期签约");
    expect(ruleTitleEn("CONTRACT_SIGNED_IN_TIME", county)).toBe("County: contract in time");
    expect(clauseTitleZh("NAT-TBL-47", county)).toBe("招标投标法 第四十七条（县：书面报告）");
    expect(clauseTitleZh("LC80-5.2", county)).toBe("双随机一抽查");
    expect(ruleTitleZh("NO_SUCH_RULE")).toBe("—");
    expect(clauseTitleZh("DE-2024-3")).toBe("—");
    expect(clauseTitleZh("toString")).toBe("—");
  });

  it("gives each bar of the clause chart its own label, and report.md each national clause its title", () => {
    const html = readFileSync(join(outDir, "report.html"), "utf8");
    const data = JSON.parse(/<script type="application\/json" id="chart-data">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}") as { clauses: { labels: string[]; titles: string[] } };
    const subjects = data.clauses.labels.map((l) => l.replace(/^\S+ /, ""));
    expect(data.clauses.labels.length).toBeGreaterThan(10);
    expect(subjects.filter((t) => t === "国家法律法规…" || t === "—")).toEqual([]);
    expect(new Set(data.clauses.labels).size).toBe(data.clauses.labels.length);
    const md = readFileSync(join(outDir, "report.md"), "utf8");
    for (const f of result.validation.findings.filter((x) => x.clause.startsWith("NAT-"))) expect(md, f.clause).toContain(`| ${f.clause} ${clauseTitleZh(f.clause)} |`);
    for (const f of result.validation.findings) expect(md, f.ruleId).toContain(`${ruleTitleZh(f.ruleId)} / ${ruleTitleEn(f.ruleId)} \`${f.ruleId}\``);
  });
});

describe("Chinese labels", () => {
  it("gives every clause, rule and signal of the run a Chinese title", () => {
    for (const f of result.validation.findings) expect(clauseTitleZh(f.clause), f.clause).toMatch(/[\u4e00-\u9fff]/);
    for (const s of result.risk.bySignal) expect(signalTitleZh(s.signal), s.signal).toMatch(/[\u4e00-\u9fff]/);
    for (const x of findingRows(result)) expect(x.ruleTitle, x.finding.ruleId).toMatch(/[\u4e00-\u9fff]/);
  });

  it("labels every evidence field of the run in Chinese, with Chinese values", () => {
    const leaks = new Set<string>();
    for (const f of result.validation.findings) for (const [k, v] of evidenceEntriesZh(f.evidence)) for (const w of englishCodewords(`${k} ${v}`)) leaks.add(`${w} (${k})`);
    for (const p of result.risk.ranked) for (const h of p.hits) for (const [k, v] of evidenceEntriesZh(h.evidence as Record<string, unknown>)) for (const w of englishCodewords(`${k} ${v}`)) leaks.add(`${w} (${k})`);
    expect([...leaks]).toEqual([]);
  });

  it("localizes generically: object prefix, known field, or word by word", () => {
    expect(fieldLabelZh("contract.daysLate")).toBe("合同·逾期天数");
    expect(fieldLabelZh("award.procurementMethod")).toBe("中标·采购方式");
    expect(fieldLabelZh("project.somethingUnknown")).toBe("项目·somethingUnknown");
    expect(valueZh(["tenderer", "agency"])).toBe("招标人、代理机构");
    expect(valueZh(false)).toBe("否");
    expect(localizeZh("报价呈 identical 规律（参数 0）")).toBe("报价呈 相同 规律（参数 0）");
    expect(localizeZh("文件哈希 sha256:00000030（S0188）")).toBe("文件哈希 sha256:00000030（S0188）");
    expect(englishCodewords("制作机器码 MAC-1227-6613、id:S1483-lr、D-SL、SEL1238")).toEqual([]);
    expect(englishCodewords("缺 agency")).toEqual(["agency"]);
  });
});

describe("breakdowns", () => {
  it("count every finding and every flagged process once, whatever the key", () => {
    for (const keyOf of [(p: { department?: string }) => p.department, (p: { agency?: string }) => p.agency, (p: { region?: string }) => p.region]) {
      const rows = breakdown(result.validation.findings, result.risk.ranked, result.context, keyOf);
      expect(rows.reduce((a, r) => a + r.findings, 0)).toBe(result.validation.findings.length);
      expect(rows.reduce((a, r) => a + r.riskProcesses, 0)).toBe(result.risk.ranked.length);
      expect(rows.reduce((a, r) => a + r.errors + r.warnings + r.infos, 0)).toBe(result.validation.findings.length);
    }
  });
});

describe("report.html", () => {
  it("has every finding, the footer, and the self-check only when the data set has a ground truth", () => {
    const html = readFileSync(join(outDir, "report.html"), "utf8");
    for (const x of findingRows(result)) expect(html).toContain(`<b>${x.key}</b>`);
    expect(html).toContain(result.rulesetHash);
    expect(html).toContain("2026-01-02 11:04:05");
    expect(html).toContain('id="s-selfcheck"');
    const page = renderHtmlReport({ ...result, selfCheck: { available: false, rules: [], risk: [], plantedTotal: 0, missedTotal: 0 } }, chartJsSource());
    const without = page.slice(0, page.indexOf('<script type="application/json"'));
    expect(without).not.toContain('id="s-selfcheck"');
    expect(without).not.toContain("chart-selfcheck");
    expect(without).not.toContain("自检");
  });

  it("in Chinese only, has no English headings", () => {
    const zh = renderHtmlReport(result, chartJsSource(), { locale: "zh" });
    const body = zh.slice(zh.indexOf("<body>"), zh.indexOf('<script type="application/json"'));
    expect(body).not.toContain("Findings");
    expect(body).not.toContain('class="en"');
    expect(body).toContain("问题明细");
  });
});
