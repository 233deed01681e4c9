import { basisZh, drawDifferenceText, localizeZh, ruleTitleEn, ruleTitleZh, signalTitleZh } from "./labels";
import type { DemoResult } from "./run";
import { clauseLabel, headline, tallyByRule } from "./summary";

/*
 * report.md: the same report as report.html in plain Markdown (for a repository, an e-mail, a diff between runs).
 * Table cells are escaped: a `|` or a line break in the data cannot break a table.
 */

function cell(v: unknown): string {
  return String(v ?? "").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}

function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const lines = [`| ${head.map(cell).join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

const list = (ids: ReadonlyArray<string>, max = 6): string => (ids.length <= max ? ids.join(", ") : `${ids.slice(0, max).join(", ")} … (+${ids.length - max})`);

/**
 * Renders the demo result as Markdown.
 *
 * @example
 * ```ts
 * writeFileSync("ggzy-report/report.md", renderMarkdownReport(result));
 * ```
 */
export function renderMarkdownReport(r: DemoResult): string {
  const h = headline(r);
  const name = r.city.manifest.name;
  const out: string[] = [];
  out.push(`# 公共资源交易规则校验报告 / Public-resource trading report`);
  out.push("");
  out.push(`${cell(name?.zh ?? "演示城市")} — ${cell(name?.en ?? "demo city")}. 截至 / as of **${r.asOf}**; 规则集 / rule set \`${r.rulesetVersion}\`.`);
  out.push("");
  out.push(table(["", "数量 / count"], [
    ["项目 / projects", h.projects],
    ["读入记录 / records read", h.recordsRead],
    ["拒收记录 / records rejected", h.recordsRejected],
    ["发现问题 / findings (error · warning · info)", `${h.findings} (${h.errors} · ${h.warnings} · ${h.infos})`],
    ["抽取（已复核）/ draws (verified)", `${h.draws} (${h.drawsVerified})`],
    ["代理机构·专家·投标人评分 / agencies · experts · bidders scored", `${h.agencies} · ${h.experts} · ${h.bidders}`],
    ["风险预警项目 / processes with risk flags", h.riskProcesses],
    ["自检：预置问题已发现 / self-check: planted cases found", r.selfCheck.available ? `${h.planted - h.missed} / ${h.planted}` : "—"],
  ]));
  out.push("");

  out.push(`## 按条款的问题 / Findings by clause`);
  out.push("");
  out.push(table(["条款 / clause", "规则 / rule", "级别 / severity", "数量 / count", "记录 / records", "示例 / example"], tallyByRule(r.validation.findings).map((t) => [
    clauseLabel(t.clause),
    `${ruleTitleZh(t.ruleId)} / ${ruleTitleEn(t.ruleId)} \`${t.ruleId}\``,
    t.severity,
    t.count,
    list(t.records),
    localizeZh(t.example.message.zh),
  ])));
  out.push("");

  out.push(`## 随机抽取与复核 / Draws and their verification`);
  out.push("");
  out.push(table(["抽取 / draw", "类型 / kind", "项目 / project", "结果 / result", "复核 / verified", "复核命令 / verify with"], r.draws.map((d) => [
    d.drawId,
    d.kind,
    d.projectId ? `${d.projectId} ${d.projectName ?? ""}` : "—",
    d.status === "drawn" ? `${d.members?.length ?? 0} drawn${d.alternates ? ` + ${d.alternates} alternates` : ""} of ${d.population ?? "?"}` : `${d.status}: ${d.error?.en ?? ""}`,
    d.verified === true ? "✔ reproduced, matches its announcement" : d.verified === false ? `✘ NOT reproduced: ${drawDifferenceText(d).en}` : "—",
    d.verifyCommand ? `\`${d.verifyCommand}\`` : "",
  ])));
  out.push("");

  out.push(`## 代理机构信用等级 / Agency credit grades`);
  out.push("");
  out.push(table(["等级 / grade", "机构数 / agencies"], Object.entries(r.scores.agencyGrades)));
  out.push("");
  out.push(table(["机构 / agency", "得分 / score", "等级 / grade", "主要因素 / main factors"], [...r.scores.agencies.slice(0, 5), ...r.scores.agencies.slice(-5)].map((a) => [
    `${a.name} (${a.id})`,
    a.score.toFixed(2),
    a.grade,
    a.top.map((t) => `${t.label} ${t.points > 0 ? "+" : ""}${t.points}`).join("; "),
  ])));
  out.push("");
  if (r.scores.rankings.length > 0) {
    out.push(`### 本周项目的代理机构择优排名 / Merit ranking of agencies for the coming week's projects`);
    out.push("");
    out.push(table(["项目 / project", "前三名 / top three", "已选 / chosen"], r.scores.rankings.map((k) => [
      `${k.projectId} ${k.projectName}`,
      k.ranked.slice(0, 3).map((x) => `${x.rank}. ${x.name} (${x.score.toFixed(1)}, ${x.grade})`).join("; "),
      k.chosenAgencyId ?? "—",
    ])));
    out.push("");
  }
  out.push(`专家一事一评等级 / expert rating grades: ${Object.entries(r.scores.expertGrades).map(([g, n]) => `${g} ${n}`).join(", ")}. ` +
    `投标人信用等级 / bidder credit grades: ${Object.entries(r.scores.bidderGrades).map(([g, n]) => `${g} ${n}`).join(", ")}.`);
  out.push("");

  out.push(`## 风险预警（按风险分排序，前 30）/ Risk ranking (top 30)`);
  out.push("");
  out.push("风险信号只是预警，不是认定 / risk signals are flags with evidence, not verdicts.");
  out.push("");
  out.push(table(["项目 / process", "风险分 / score", "信号 / signals", "证据 / evidence"], r.risk.ranked.slice(0, 30).map((p) => [
    `${p.ocid} ${p.projectName}`,
    p.score.toFixed(1),
    [...new Set(p.signals)].map((x) => `${x} ${signalTitleZh(x)}`).join(", "),
    p.hits.map((x) => `${x.signal}: ${localizeZh(x.message.zh)}`).join("; "),
  ])));
  out.push("");
  out.push(`### 风险主体（前 20）/ Organisations ranked by risk (top 20)`);
  out.push("");
  out.push(table(["主体 / organisation", "风险分 / score", "信号 / signals", "证据 / evidence"], r.risk.result.organisations.filter((o) => o.score > 0).slice(0, 20).map((o) => [
    o.id,
    o.score.toFixed(1),
    Object.entries(o.signals).map(([sg, n]) => `${sg}×${n}`).join(", "),
    o.evidence.slice(0, 3).map((e) => `${e.signal} (${e.family}) ${e.ocid ?? e.group ?? ""}: ${localizeZh(e.message.zh)}`).join("; ") + (o.evidenceCount > 3 ? ` … (${o.evidenceCount})` : ""),
  ])));
  out.push("");
  out.push(table(["信号 / signal", "名称 / title", "依据 / basis", "项目数 / processes"], r.risk.bySignal.map((s) => [s.signal, `${s.title.zh} / ${s.title.en}`, basisZh(s.basis), s.processes])));
  out.push("");

  if (r.selfCheck.available) {
    out.push(`## 自检：预置问题 / Self-check against the planted cases`);
    out.push("");
    out.push(table(["规则或信号 / rule or signal", "预置 / planted", "发现 / found", "遗漏 / missed", "另发现 / also found"], [...r.selfCheck.rules, ...r.selfCheck.risk].map((c) => [
      c.id,
      c.planted,
      c.found,
      c.missed.length === 0 ? "0" : `${c.missed.length}: ${list(c.missed)}`,
      c.alsoFound,
    ])));
    out.push("");
  }
  if (r.problems.length > 0 || r.orphans.length > 0) {
    out.push(`## 无法读取的记录 / Records that could not be read`);
    out.push("");
    out.push(table(["文件 / file", "行 / line", "记录 / record", "问题 / problem"], [
      ...r.problems.map((p) => [p.file, p.line, p.recordId ?? "", p.message]),
      ...r.orphans.map((o) => [o.kind, "", o.id, `project ${o.projectId} not found / 项目不存在`]),
    ]));
    out.push("");
  }
  out.push("---");
  out.push("");
  out.push(`ggzy-cli ${r.toolVersion} · 规则集 / rule set ${r.rulesetVersion} (\`${r.rulesetHash}\`) · 数据集 / data set ${cell(name?.zh ?? r.city.dir)} · 生成时间 / generated at ${r.generatedAt}`);
  out.push("");
  out.push("全部问题、风险与评分见 findings.csv、risk.csv、organisations.csv、scores.csv（UTF-8 带 BOM）/ every finding, risk hit and score: the CSV files beside this report.");
  out.push("");
  out.push(`评分所用的数据 / what was scored: \`score-inputs/\` — \`ggzy score agencies score-inputs/agencies.json --as-of ${r.asOf} --ignore-later-records\` (experts, bidders 同理 / likewise) 复核每个得分 / reproduces every score. 项目上已处理的投诉计入承办该项目的代理机构 / a decided complaint on a project is attached to the project's agency.`);
  return `${out.join("\n")}\n`;
}
