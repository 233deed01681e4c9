import type { DemoResult } from "./run";
import { RULE_TITLES_ZH, clauseLabel, clauseOrder, headline, tallyByClause, tallyByRule } from "./summary";

/** What kind of flag a signal is, in the report's words. */
const FAMILY: Readonly<Record<string, string>> = { "cardinal-parity": "Cardinal 对标指标 / parity indicator", "chinese-law": "法定情形 / Chinese-law signal", "collusion-pattern": "串标模式 / collusion pattern" };

/*
 * report.html: ONE self-contained file that works offline — styles inline, Chart.js inlined (read from node_modules
 * at run time), the chart data as a JSON block. Every piece of data put into the page is escaped: text through
 * `esc`, the JSON block with `<` written as \u003c so no value can close the script element.
 */

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * esc('<b title="x">'); // "&lt;b title=&quot;x&quot;&gt;"
 * ```
 */
export function esc(v: unknown): string {
  return String(v ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * JSON safe to place inside a <script> element.
 *
 * @example
 * ```ts
 * scriptJson({ name: "</script>" }); // {"name":"\u003c/script>"}
 * ```
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const GRADE_COLORS: Record<string, string> = { AAA: "#1b5e20", AA: "#2e7d32", A: "#7cb342", B: "#f9a825", C: "#ef6c00", D: "#c62828", E: "#8e0000", "—": "#9e9e9e" };

const CSS = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f5f7fa;--card:#fff;--accent:#1565c0;--bad:#c62828;--ok:#2e7d32;--warn:#ef6c00}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 -apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--ink);background:var(--bg)}
header{background:linear-gradient(120deg,#0d47a1,#1976d2);color:#fff;padding:28px 40px 22px}
header h1{margin:0 0 6px;font-size:24px;font-weight:600}header p{margin:0;opacity:.9}
main{max-width:1280px;margin:0 auto;padding:24px 32px 60px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:14px;margin:-44px 0 24px}
.kpi{background:var(--card);border-radius:10px;padding:14px 16px;box-shadow:0 2px 6px rgba(0,0,0,.08)}
.kpi .v{font-size:26px;font-weight:700}.kpi .l{color:var(--muted);font-size:12px}.kpi.ok .v{color:var(--ok)}.kpi.bad .v{color:var(--bad)}.kpi.warn .v{color:var(--warn)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:18px;margin-bottom:22px}
.card{background:var(--card);border-radius:10px;padding:18px 20px;box-shadow:0 1px 4px rgba(0,0,0,.06)}
.card h2{font-size:16px;margin:0 0 12px}.card.wide{grid-column:1/-1}.card h2 small{color:var(--muted);font-weight:400}
.chart{position:relative;height:300px}
section{margin-top:26px}section>h2{font-size:18px;border-left:4px solid var(--accent);padding-left:10px}
table{width:100%;border-collapse:collapse;background:var(--card);font-size:13px}
th,td{padding:7px 9px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600}
.scroll{max-height:560px;overflow:auto;border:1px solid var(--line);border-radius:6px}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.sev{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;color:#fff}.sev.error{background:var(--bad)}.sev.warning{background:var(--warn)}.sev.info{background:#607d8b}
.tag{display:inline-block;padding:1px 6px;margin:1px;border-radius:4px;background:#e3f2fd;color:#0d47a1;font-size:12px}
.yes{color:var(--ok);font-weight:600}.no{color:var(--bad);font-weight:600}
details summary{cursor:pointer;color:var(--accent)}code{font-size:12px;background:#f1f3f5;padding:1px 4px;border-radius:3px}
.muted{color:var(--muted)}.ev{font-size:12px;color:var(--muted)}
footer{color:var(--muted);font-size:12px;margin-top:30px}
`;

function sevTag(s: string): string {
  const zh: Record<string, string> = { error: "违规", warning: "警示", info: "提示" };
  return `<span class="sev ${esc(s)}">${esc(zh[s] ?? s)}</span>`;
}

function evidenceText(e: Readonly<Record<string, unknown>>): string {
  return Object.entries(e)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join("; ");
}

/** Self-check per clause (rules) and per signal (risk): planted cases found and missed, short labels for a chart. */
function selfCheckSeries(r: DemoResult): { labels: string[]; found: number[]; missed: number[] } {
  const clauseOf = new Map(r.validation.findings.map((f) => [f.ruleId, f.clause]));
  const byClause = new Map<string, { found: number; missed: number }>();
  for (const c of r.selfCheck.rules) {
    if (c.planted === 0) continue;
    const key = clauseOf.get(c.id) ?? c.id;
    const e = byClause.get(key) ?? { found: 0, missed: 0 };
    e.found += c.found;
    e.missed += c.missed.length;
    byClause.set(key, e);
  }
  const clauses = [...byClause.keys()].sort(clauseOrder);
  const risk = r.selfCheck.risk.filter((c) => c.planted > 0);
  return {
    labels: [...clauses, ...risk.map((c) => c.id)],
    found: [...clauses.map((k) => byClause.get(k)?.found ?? 0), ...risk.map((c) => c.found)],
    missed: [...clauses.map((k) => byClause.get(k)?.missed ?? 0), ...risk.map((c) => c.missed.length)],
  };
}

/**
 * Renders the demo result as one self-contained HTML page with Chart.js inlined.
 *
 * @example
 * ```ts
 * writeFileSync("ggzy-report/report.html", renderHtmlReport(result, chartJsSource()));
 * ```
 */
export function renderHtmlReport(r: DemoResult, chartJs: string): string {
  const h = headline(r);
  const rules = tallyByRule(r.validation.findings);
  const clauses = tallyByClause(r.validation.findings);
  const name = r.city.manifest.name;
  const grades = Object.keys(r.scores.agencyGrades);
  const chartData = {
    // Short axis labels (the directive's clause id, or the national article's name); the full label in the tooltip.
    clauses: { labels: clauses.map((c) => (c.clause.startsWith("LC80-") ? c.clause : clauseLabel(c.clause).replace(/^.*（(.*)）$/, "$1"))), titles: clauses.map((c) => clauseLabel(c.clause)), values: clauses.map((c) => c.count) },
    agencyGrades: { labels: grades.map((g) => `${g}（${r.scores.agencyGrades[g] ?? 0}）`), values: grades.map((g) => r.scores.agencyGrades[g] ?? 0), colors: grades.map((g) => GRADE_COLORS[g] ?? "#90a4ae") },
    signals: { labels: r.risk.bySignal.map((s) => s.signal), titles: r.risk.bySignal.map((s) => `${s.title.zh} / ${s.title.en}`), values: r.risk.bySignal.map((s) => s.processes) },
    selfCheck: selfCheckSeries(r),
  };

  const kpi = (v: unknown, l: string, cls = ""): string => `<div class="kpi ${cls}"><div class="v">${esc(v)}</div><div class="l">${l}</div></div>`;
  const kpis = [
    kpi(h.projects, "项目 / projects"),
    kpi(h.recordsRead, `记录已校验 / records checked${h.recordsRejected > 0 ? `（拒收 ${esc(h.recordsRejected)}）` : ""}`, h.recordsRejected > 0 ? "warn" : ""),
    kpi(h.findings, `发现问题 / findings<br>${esc(h.errors)} 违规 · ${esc(h.warnings)} 警示 · ${esc(h.infos)} 提示`, h.errors > 0 ? "bad" : "ok"),
    kpi(`${h.drawsVerified}/${h.draws}`, "抽取已复核 / draws verified", h.drawsFailed > 0 ? "bad" : "ok"),
    kpi(h.riskProcesses, "风险预警项目 / processes flagged", h.riskProcesses > 0 ? "warn" : "ok"),
    kpi(r.selfCheck.available ? `${h.planted - h.missed}/${h.planted}` : "—", "自检：预置问题已发现 / planted cases found", h.missed > 0 ? "bad" : "ok"),
  ].join("");

  const findingsRows = rules
    .map((t) => {
      const sample = r.validation.findings.filter((f) => f.ruleId === t.ruleId).slice(0, 8);
      return `<tr><td>${esc(clauseLabel(t.clause))}</td><td><b>${esc(RULE_TITLES_ZH[t.ruleId] ?? t.ruleId)}</b><br><code>${esc(t.ruleId)}</code></td><td>${sevTag(t.severity)}</td><td class="n">${esc(t.count)}</td>
<td><details><summary>${esc(t.example.message.zh)}</summary><p class="muted">${esc(t.example.message.en)}</p><p>${esc(t.example.basis.join("；"))}</p>
<table><tr><th>记录 / record</th><th>项目 / project</th><th>说明 / message</th><th>证据 / evidence</th></tr>${sample
        .map((f) => `<tr><td>${esc(f.recordId)}</td><td>${esc(f.projectId ?? "")}</td><td>${esc(f.message.zh)}</td><td class="ev">${esc(evidenceText(f.evidence))}</td></tr>`)
        .join("")}</table>${t.count > sample.length ? `<p class="muted">… ${esc(t.count - sample.length)} more in findings.json</p>` : ""}</details></td></tr>`;
    })
    .join("\n");

  const drawRows = r.draws
    .map((d) => {
      const status = d.status !== "drawn" ? `<span class="no">${esc(d.status)}</span><br><span class="ev">${esc(d.error?.zh)} / ${esc(d.error?.en)}</span>` : d.verified ? `<span class="yes">✔ 已复现 / reproduced</span>` : `<span class="no">✘ 未能复现 / NOT reproduced</span>`;
      const members = (d.members ?? []).slice(0, 12).map((m) => `<span class="tag" title="${esc(m.detail ?? "")}">${esc(m.name ? `${m.name} ${m.id}` : m.id)}${m.remote ? " ⇄" : ""}</span>`).join("");
      const more = (d.members?.length ?? 0) > 12 ? ` <span class="muted">… +${esc((d.members?.length ?? 0) - 12)}</span>` : "";
      const kind: Record<string, string> = { committee: "评标专家（密封）/ committee (sealed)", supervisors: "社会监督员 / social supervisors", spotChecks: "双随机一抽查 / spot checks" };
      return `<tr><td><code>${esc(d.drawId)}</code></td><td>${esc(kind[d.kind] ?? d.kind)}</td><td>${esc(d.projectId ? `${d.projectId} ${d.projectName ?? ""}` : "—")}</td><td>${members}${more}${d.alternates ? `<br><span class="muted">+ ${esc(d.alternates)} 名候补 / alternates</span>` : ""}${d.population !== undefined ? `<br><span class="muted">候选 / pool ${esc(d.population)}</span>` : ""}</td><td>${status}</td><td class="ev">${d.verifyCommand ? `<code>${esc(d.verifyCommand)}</code>` : ""}</td></tr>`;
    })
    .join("\n");

  const riskRows = r.risk.ranked
    .slice(0, 40)
    .map(
      (p, i) => `<tr><td class="n">${i + 1}</td><td><b>${esc(p.ocid)}</b> ${esc(p.projectName)}</td><td class="n">${esc(p.score.toFixed(1))}</td><td>${p.signals.map((s) => `<span class="tag">${esc(s)}</span>`).join("")}</td>
<td><details><summary>${esc(p.hits[0]?.message.zh ?? "")}${p.hits.length > 1 ? ` 等 ${esc(p.hits.length)} 项` : ""}</summary><ul>${p.hits
        .map((x) => `<li><b>${esc(x.signal)}</b> <span class="tag">${esc(FAMILY[x.family] ?? x.family)}</span> ${esc(x.message.zh)}<br><span class="muted">${esc(x.message.en)}</span><br><span class="ev">${esc(x.basis)} · ${esc(x.organisations.join(", "))} · ${esc(JSON.stringify(x.evidence).slice(0, 400))}<br>依据数据 / rests on: ${esc(x.restsOn.join(", "))}</span></li>`)
        .join("")}</ul></details></td></tr>`,
    )
    .join("\n");

  const orgRows = r.risk.result.organisations
    .filter((o) => o.score > 0)
    .slice(0, 30)
    .map(
      (o, i) => `<tr><td class="n">${i + 1}</td><td><b>${esc(o.id)}</b></td><td class="n">${esc(o.score.toFixed(1))}</td><td>${Object.entries(o.signals).map(([sg, n]) => `<span class="tag">${esc(`${sg}×${n}`)}</span>`).join("")}</td>
<td><details><summary>${esc(o.evidence[0]?.message.zh ?? "")}${o.evidenceCount > 1 ? ` 等 ${esc(o.evidenceCount)} 项` : ""}</summary><ul>${o.evidence
        .map((e) => `<li><b>${esc(e.signal)}</b> <span class="tag">${esc(FAMILY[e.family] ?? e.family)}</span> ${esc(e.ocid ?? e.group ?? "")} ${esc(e.message.zh)}<br><span class="muted">${esc(e.message.en)}</span></li>`)
        .join("")}</ul></details></td></tr>`,
    )
    .join("\n");

  const agencyRows = [...r.scores.agencies.slice(0, 8), ...r.scores.agencies.slice(-8)]
    .map((a) => `<tr><td>${esc(a.name)} <span class="muted">${esc(a.id)}</span></td><td class="n">${esc(a.score.toFixed(2))}</td><td><span class="sev" style="background:${GRADE_COLORS[a.grade] ?? "#90a4ae"}">${esc(a.grade)}</span></td><td class="ev">${esc(a.top.map((t) => `${t.label} ${t.points > 0 ? "+" : ""}${t.points}`).join("; "))}</td></tr>`)
    .join("\n");

  const rankingRows = r.scores.rankings
    .map((k) => `<tr><td>${esc(k.projectId)} ${esc(k.projectName)}</td><td>${k.ranked.slice(0, 3).map((x) => `<span class="tag">${esc(`${x.rank}. ${x.name}（${x.score.toFixed(1)}，${x.grade}）`)}</span>`).join(" ")}</td><td>${esc(k.chosenAgencyId ?? "—")}</td><td class="n">${esc(k.excluded)}</td></tr>`)
    .join("\n");

  const checkRows = [...r.selfCheck.rules, ...r.selfCheck.risk]
    .map((c) => `<tr><td><code>${esc(c.id)}</code> ${esc(RULE_TITLES_ZH[c.id] ?? "")}</td><td class="n">${esc(c.planted)}</td><td class="n">${esc(c.found)}</td><td class="n ${c.missed.length > 0 ? "no" : ""}">${esc(c.missed.length)}${c.missed.length > 0 ? ` (${esc(c.missed.slice(0, 5).join(", "))})` : ""}</td><td class="n">${esc(c.alsoFound)}</td></tr>`)
    .join("\n");

  const problemRows = [
    ...r.problems.map((p) => `<tr><td>${esc(p.file)}</td><td class="n">${esc(p.line)}</td><td>${esc(p.recordId ?? "")}</td><td>${esc(p.message)}</td></tr>`),
    ...r.orphans.map((o) => `<tr><td>${esc(o.kind)}</td><td></td><td>${esc(o.id)}</td><td>项目 ${esc(o.projectId)} 不存在 / project not found</td></tr>`),
  ].join("\n");

  const script = `
(function(){
  var D = JSON.parse(document.getElementById("chart-data").textContent);
  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  var charts = [];
  function bar(id, labels, datasets, horizontal, stacked, titles){
    var el = document.getElementById(id); if (!el || labels.length === 0) return;
    charts.push(new Chart(el, { type: "bar", data: { labels: labels, datasets: datasets },
      options: { indexAxis: horizontal ? "y" : "x", maintainAspectRatio: false, responsive: true,
        plugins: { legend: { display: datasets.length > 1 },
          tooltip: { callbacks: { afterTitle: function(items){ return titles && items.length ? titles[items[0].dataIndex] : ""; } } } },
        scales: { x: { stacked: !!stacked, ticks: { autoSkip: false } }, y: { stacked: !!stacked, ticks: { autoSkip: false } } } } }));
  }
  bar("chart-clauses", D.clauses.labels, [{ label: "问题数 / findings", data: D.clauses.values, backgroundColor: "#1976d2" }], true, false, D.clauses.titles);
  var g = document.getElementById("chart-grades");
  if (g && D.agencyGrades.labels.length > 0) charts.push(new Chart(g, { type: "doughnut",
    data: { labels: D.agencyGrades.labels, datasets: [{ data: D.agencyGrades.values, backgroundColor: D.agencyGrades.colors }] },
    options: { maintainAspectRatio: false, plugins: { legend: { position: "right" } } } }));
  bar("chart-signals", D.signals.labels, [{ label: "项目数 / processes", data: D.signals.values, backgroundColor: "#ef6c00" }], true, false, D.signals.titles);
  bar("chart-selfcheck", D.selfCheck.labels, [
    { label: "已发现 / found", data: D.selfCheck.found, backgroundColor: "#2e7d32" },
    { label: "遗漏 / missed", data: D.selfCheck.missed, backgroundColor: "#c62828" }], false, true);
  window.__ggzyCharts = charts;
})();`;

  const checkedBy = Object.entries(r.validation.checked).map(([k, v]) => `${esc(k)} ${esc(v)}`).join(" · ");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>公共资源交易规则校验报告 · ${esc(name?.zh ?? "演示城市")}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>公共资源交易规则校验报告 <span style="font-weight:400;opacity:.85">Public-resource trading report</span></h1>
<p>${esc(name?.zh ?? "演示城市")} · ${esc(name?.en ?? "demo city")} · 截至 / as of <b>${esc(r.asOf)}</b> · 规则集 / rule set <code style="background:rgba(255,255,255,.2);color:#fff">${esc(r.rulesetVersion)}</code></p>
</header>
<main>
<div class="kpis">${kpis}</div>
<div class="grid">
<div class="card"><h2>按条款的问题 <small>findings by clause</small></h2><div class="chart" style="height:${Math.max(300, clauses.length * 24 + 60)}px"><canvas id="chart-clauses" aria-label="findings by clause"></canvas></div></div>
<div class="card"><h2>代理机构信用等级分布 <small>agency credit grades (${esc(h.agencies)})</small></h2><div class="chart"><canvas id="chart-grades" aria-label="agency grade distribution"></canvas></div></div>
<div class="card"><h2>风险信号 <small>processes per risk signal</small></h2><div class="chart" style="height:${Math.max(300, r.risk.bySignal.length * 24 + 60)}px"><canvas id="chart-signals" aria-label="risk signals"></canvas></div></div>
${r.selfCheck.available ? `<div class="card wide"><h2>自检：预置问题已发现 / 遗漏 <small>self-check: planted cases found / missed, per clause and risk signal</small></h2><div class="chart" style="height:280px"><canvas id="chart-selfcheck" aria-label="self-check"></canvas></div></div>` : ""}
</div>

<section><h2>按条款的问题 / Findings by clause</h2>
<p class="muted">已校验 / checked: ${checkedBy}. 点击说明查看记录与证据 / open a message for the records and their evidence.</p>
<table><tr><th>条款 / clause</th><th>规则 / rule</th><th>级别</th><th>数量</th><th>说明与记录 / message and records</th></tr>
${findingsRows || `<tr><td colspan="5">没有发现问题 / no findings</td></tr>`}
</table></section>

<section><h2>随机抽取与复核 / Draws and their verification</h2>
<p class="muted">每次抽取的记录、输入、种子材料（及评标专家抽取揭示后的盐值）都写在 <code>draws/</code>，任何人可用 <code>ggzy verify</code> 复核。⇄ = 外地专家远程评标。演示用种子为虚构信标值；密封的专家抽取结果在演示中即时揭示，以便当场复核（实际应在评标结束后揭示）。<br>
Each draw's record, inputs and seed material (and the revealed salt of a sealed committee draw) are in <code>draws/</code>; anyone can re-run them with <code>ggzy verify</code>. ⇄ = non-local expert evaluating remotely. The demo's seed material is a fictitious beacon value, and it reveals the sealed committee results at once so they can be verified now (in practice: after the evaluation).</p>
<div class="scroll"><table><tr><th>抽取 / draw</th><th>类型 / kind</th><th>项目 / project</th><th>抽中 / drawn</th><th>复核 / verification</th><th>复核命令 / verify with (<a href="verify.html">verify.html</a>)</th></tr>
${drawRows}
</table></div></section>

<section><h2>信用评分 / Credit scores</h2>
<div class="grid">
<div class="card"><h2>代理机构（最高 8 名与最低 8 名）<small>agencies, top 8 and bottom 8</small></h2>
<table><tr><th>机构 / agency</th><th>得分</th><th>等级</th><th>主要因素 / main factors</th></tr>${agencyRows}</table></div>
<div class="card"><h2>本周项目的代理机构择优排名 <small>merit ranking for the coming week (LC80-3.2)</small></h2>
<div class="scroll" style="max-height:470px"><table><tr><th>项目 / project</th><th>前三名 / top three</th><th>已选 / chosen</th><th>排除 / excluded</th></tr>${rankingRows || `<tr><td colspan="4">—</td></tr>`}</table></div>
<p class="muted">专家一事一评等级 / expert grades: ${Object.entries(r.scores.expertGrades).map(([g, n]) => `${esc(g)} ${esc(n)}`).join(" · ")}<br>
投标人信用等级 / bidder grades: ${Object.entries(r.scores.bidderGrades).map(([g, n]) => `${esc(g)} ${esc(n)}`).join(" · ")}</p></div>
</div></section>

<section><h2>风险预警排名 / Risk ranking</h2>
<p class="muted">风险信号只是预警，附证据，不是认定 / risk signals are flags with evidence, not verdicts. ${esc(r.risk.ranked.length)} 个项目有预警，显示前 40 / ${esc(r.risk.ranked.length)} processes flagged, top 40 shown.</p>
<details><summary>信号说明 / what the signals mean</summary><table><tr><th>信号 / signal</th><th>名称 / title</th><th>依据 / basis</th><th>项目数 / processes</th></tr>${r.risk.bySignal
  .map((x) => `<tr><td><code>${esc(x.signal)}</code></td><td>${esc(x.title.zh)} / ${esc(x.title.en)}</td><td>${esc(x.basis)}</td><td class="n">${esc(x.processes)}</td></tr>`)
  .join("")}</table></details>
<div class="scroll"><table><tr><th>#</th><th>项目 / process</th><th>风险分</th><th>信号 / signals</th><th>证据 / evidence</th></tr>
${riskRows || `<tr><td colspan="5">—</td></tr>`}
</table></div>
<h3>风险主体排名 / Organisations ranked by risk</h3>
<p class="muted">每个主体附其证据：点名它的预警及主体层面的指标 / each organisation with its evidence: the flags that named it and organisation-level indicators.</p>
<div class="scroll"><table><tr><th>#</th><th>主体 / organisation</th><th>风险分</th><th>信号 / signals</th><th>证据 / evidence</th></tr>
${orgRows || `<tr><td colspan="5">—</td></tr>`}
</table></div></section>

${r.selfCheck.available ? `<section><h2>自检 / Self-check against the planted cases</h2>
<p class="muted">演示数据中预置了每条规则的违规和若干串通围标团伙；每个预置问题都必须被发现（“另发现”是非预置的记录，不算失败）。<br>The demo city has planted violations of every rule and planted collusion rings; every planted case must be found ("also found": flagged records that were not planted — not a failure).</p>
<div class="scroll"><table><tr><th>规则或信号 / rule or signal</th><th>预置</th><th>发现</th><th>遗漏</th><th>另发现</th></tr>${checkRows}</table></div></section>` : ""}

${problemRows ? `<section><h2>无法读取的记录 / Records that could not be read</h2><table><tr><th>文件 / file</th><th>行 / line</th><th>记录 / record</th><th>问题 / problem</th></tr>${problemRows}</table></section>` : ""}

<footer>由 ggzy-rules 生成（聊政办字〔2018〕80号；招标投标法及其实施条例；政府采购法实施条例；财政部令第87号）。数据为虚构的演示数据。<br>Generated by ggzy-rules. The data are fictitious demo data.</footer>
</main>
<script type="application/json" id="chart-data">${scriptJson(chartData)}</script>
<script>${chartJs.replace(/<\/script/gi, "<\\/script")}</script>
<script>${script}</script>
</body>
</html>
`;
}
