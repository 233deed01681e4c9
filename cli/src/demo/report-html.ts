import { breakdown, findingDate, quarterOf } from "./context";
import type { BreakdownRow, ProjectFacts } from "./context";
import { GRADE_ZH, SEVERITY_ZH, findingRows, nameOf, organisationRows, regionName } from "./exports";
import { basisZh, clauseSubjectZh, drawDifferenceText, clauseTitleEn, clauseTitleZh, evidenceEntriesEn, evidenceEntriesZh, localizeZh, ruleTitleEn, ruleTitleZh, signalTitleEn, signalTitleZh } from "./labels";
import type { DemoResult, ReportLocale } from "./run";
import { clauseOrder, headline, tallyByClause } from "./summary";

/** What kind of flag a signal is, in the report's words. */
const FAMILY: Readonly<Record<string, readonly [string, string]>> = { "cardinal-parity": ["Cardinal 对标指标", "parity indicator"], "chinese-law": ["法定情形", "Chinese-law signal"], "collusion-pattern": ["串标模式", "collusion pattern"] };
const family = (L: { p(zh: string, en: string): string }, f: string): string => { const x = FAMILY[f]; return x ? L.p(x[0], x[1]) : f; };

/*
 * report.html: ONE self-contained file that works offline — styles inline, Chart.js inlined (at build time), the
 * chart data as a JSON block. Every row of every table is in the page (a small inline script filters, searches,
 * sorts, pages and exports them on screen; print shows them all). Every code carries its Chinese title; evidence is
 * shown with Chinese labels and values. Every piece of data put into the page is escaped: text through
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
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.5 -apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:anywhere}
header{background:linear-gradient(120deg,#0d47a1,#1976d2);color:#fff;padding:28px 40px 56px}
header h1{margin:0 0 6px;font-size:24px;font-weight:600}header p{margin:0;opacity:.92}
main{max-width:1280px;margin:0 auto;padding:0 32px 60px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,170px),1fr));gap:14px;margin:-40px 0 20px}
.kpi{background:var(--card);border-radius:10px;padding:14px 16px;box-shadow:0 2px 6px rgba(0,0,0,.08)}
.kpi .v{font-size:26px;font-weight:700}.kpi .l{color:var(--muted);font-size:12px}.kpi.ok .v{color:var(--ok)}.kpi.bad .v{color:var(--bad)}.kpi.warn .v{color:var(--warn)}
nav.toc{background:var(--card);border-radius:10px;padding:10px 16px;margin-bottom:20px;font-size:13px}nav.toc a{margin-right:14px;color:var(--accent);text-decoration:none;white-space:nowrap;display:inline-block}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,380px),1fr));gap:18px;margin-bottom:22px}
.card{background:var(--card);border-radius:10px;padding:18px 20px;box-shadow:0 1px 4px rgba(0,0,0,.06);min-width:0}
.card h2{font-size:16px;margin:0 0 12px}.card.wide{grid-column:1/-1}.card h2 small,h2 .en,h3 .en{color:var(--muted);font-weight:400;font-size:.85em}
.chart{position:relative;height:300px}
section{margin-top:28px}section>h2{font-size:18px;border-left:4px solid var(--accent);padding-left:10px}section h3{font-size:15px;margin:18px 0 8px}
.tw{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:6px;background:var(--card)}
table{width:100%;border-collapse:collapse;background:var(--card);font-size:13px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600}table.dt th{cursor:pointer;user-select:none;white-space:nowrap}#t-findings td:first-child{white-space:nowrap}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sev{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;color:#fff;white-space:nowrap}.sev.error{background:var(--bad)}.sev.warning{background:var(--warn)}.sev.info{background:#607d8b}
.tag{display:inline-block;padding:1px 6px;margin:1px;border-radius:4px;background:#e3f2fd;color:#0d47a1;font-size:12px}
.yes{color:var(--ok);font-weight:600}.no{color:var(--bad);font-weight:600}
code{font-size:12px;background:#f1f3f5;padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
.muted,.en{color:var(--muted)}.ev{font-size:12px;color:var(--muted)}.ev b{color:var(--ink);font-weight:500}
ul.hits{margin:0;padding-left:18px}
.tools{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:6px 0;font-size:13px}
.tools input,.tools select,.tools button{font:inherit;font-size:13px;padding:3px 6px;border:1px solid #cbd2d9;border-radius:4px;background:#fff;max-width:100%}
.tools input[type=search]{flex:1 1 160px;min-width:0}.tools .info{color:var(--muted)}
tr.f-off{display:none}
footer{color:var(--muted);font-size:12px;margin-top:30px;border-top:1px solid var(--line);padding-top:10px}
footer dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}footer dt{font-weight:600}footer dd{margin:0;overflow-wrap:anywhere}
@media screen{tr.pg-off{display:none}}
@media (max-width:600px){header{padding:18px 14px 50px}header h1{font-size:19px}main{padding:0 10px 40px}.card{padding:12px}.kpi .v{font-size:21px}}
@media print{
  @page{size:A4;margin:12mm 10mm}
  body{background:#fff;font-size:10.5px}
  header{background:none;color:var(--ink);padding:0 0 8px;border-bottom:2px solid var(--ink)}header p{opacity:1}
  header code{background:none!important;color:var(--ink)!important}
  main{max-width:none;padding:0}
  .kpis{margin:10px 0;grid-template-columns:repeat(3,1fr)}.kpi{box-shadow:none;border:1px solid var(--line)}
  nav.toc,.tools{display:none}
  .grid{display:block}.card{box-shadow:none;border:1px solid var(--line);break-inside:avoid;margin-bottom:10px}
  .tw{overflow:visible;border:none}
  table{font-size:9.5px}th,td{padding:3px 4px}thead{display:table-header-group}tr{break-inside:avoid}
  section>h2{break-after:avoid}
  .sev,.tag,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** Everything the page's labels depend on: bilingual (Chinese, then English) or Chinese only. */
interface Lang {
  readonly locale: ReportLocale;
  /** Heading text: Chinese, and the English muted beside it in the bilingual view. */
  h(zh: string, en: string): string;
  /** Plain text (attributes, chart labels): "中文 / English" or "中文". */
  p(zh: string, en: string): string;
  /** A paragraph: Chinese, and the English in its own line in the bilingual view. */
  para(zh: string, en: string): string;
}

function lang(locale: ReportLocale): Lang {
  const bi = locale === "bilingual";
  return {
    locale,
    h: (zh, en) => (bi ? `${zh} <span class="en">${en}</span>` : zh),
    p: (zh, en) => (bi ? `${zh} / ${en}` : zh),
    para: (zh, en) => (bi ? `${zh}<br><span class="en">${en}</span>` : zh),
  };
}

function sevTag(s: string): string {
  return `<span class="sev ${esc(s)}">${esc(SEVERITY_ZH[s] ?? s)}</span>`;
}

/** A table column: heading, numeric alignment. */
interface Column {
  readonly zh: string;
  readonly en: string;
  readonly num?: boolean;
}

/** A cell: its HTML, and the plain value used to sort, filter and export when it differs from the text. */
interface Cell {
  readonly html: string;
  readonly v?: string | number;
}

/** A row: its cells, and the values of the table's filters (department, agency…) that are not columns. */
interface Row {
  readonly cells: ReadonlyArray<Cell>;
  readonly filters?: ReadonlyArray<string>;
}

/** A filter of a table: a drop-down of the distinct values of one of the rows' filter values. */
interface Filter {
  readonly zh: string;
  readonly en: string;
}

/**
 * A table the page's script makes searchable, filterable, sortable, pageable and exportable. Every row is in the
 * HTML: paging hides rows on screen only, so print shows them all.
 */
function dataTable(L: Lang, id: string, columns: readonly Column[], rows: readonly Row[], options: { filters?: readonly Filter[]; csv: string; empty?: string }): string {
  const filters = options.filters ?? [];
  const head = columns.map((c) => `<th${c.num ? ' class="n"' : ""} data-h="${esc(c.zh)}">${L.h(esc(c.zh), esc(c.en))}</th>`).join("");
  const body =
    rows.length === 0
      ? `<tr class="empty"><td colspan="${columns.length}">${esc(options.empty ?? "—")}</td></tr>`
      : rows
          .map((r) => {
            const f = (r.filters ?? []).map((v, i) => ` data-f${i}="${esc(v)}"`).join("");
            const cells = r.cells.map((c, i) => `<td${columns[i]?.num ? ' class="n"' : ""}${c.v !== undefined ? ` data-v="${esc(c.v)}"` : ""}>${c.html}</td>`).join("");
            return `<tr${f}>${cells}</tr>`;
          })
          .join("\n");
  const filterSpec = filters.map((x) => L.p(x.zh, x.en));
  return `<div class="tw"><table class="dt" id="${esc(id)}" data-csv="${esc(options.csv)}" data-filters="${esc(JSON.stringify(filterSpec))}" data-filter-heads="${esc(JSON.stringify(filters.map((x) => x.zh)))}" data-rows="${rows.length}">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

const code = (c: string): string => `<code>${esc(c)}</code>`;

/** The evidence of a finding or a risk hit, with Chinese labels and values (and the raw keys in the bilingual view). */
function evidenceHtml(L: Lang, e: Readonly<Record<string, unknown>>): string {
  const zh = evidenceEntriesZh(e)
    .map(([k, v]) => `<b>${esc(k)}</b>：${esc(v)}`)
    .join("；");
  if (L.locale === "zh") return `<div class="ev zh">${zh}</div>`;
  const en = evidenceEntriesEn(e)
    .map(([k, v]) => `${esc(k)}=${esc(v.length > 200 ? `${v.slice(0, 200)}…` : v)}`)
    .join("; ");
  return `<div class="ev zh">${zh}</div><div class="ev en">${en}</div>`;
}

/** A code with its Chinese title: "LC80-5.2 双随机一抽查". */
function coded(codeText: string, title: string): string {
  return `${code(codeText)} ${esc(title)}`;
}

/** A chart's axis label: the code and the start of its subject (the tooltip has the whole title). */
function shortLabel(codeText: string, title: string, max = 9): string {
  return `${codeText} ${title.length > max ? `${title.slice(0, max)}…` : title}`;
}

/** Self-check per clause (rules) and per signal (risk): planted cases found and missed, labels with titles. */
function selfCheckSeries(r: DemoResult): { labels: string[]; titles: string[]; found: number[]; missed: number[] } {
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
  const title = (k: string): string => (/^(LC80|NAT)-/.test(k) ? clauseTitleZh(k) : signalTitleZh(k));
  return {
    labels: [...clauses, ...risk.map((c) => c.id)],
    titles: [...clauses, ...risk.map((c) => c.id)].map((k) => `${k} ${title(k)}`),
    found: [...clauses.map((k) => byClause.get(k)?.found ?? 0), ...risk.map((c) => c.found)],
    missed: [...clauses.map((k) => byClause.get(k)?.missed ?? 0), ...risk.map((c) => c.missed.length)],
  };
}

/** Findings and flagged processes per month, from the first to the last month with either. */
function trendSeries(r: DemoResult): { months: string[]; errors: number[]; warnings: number[]; risk: number[] } {
  const errors = new Map<string, number>();
  const warnings = new Map<string, number>();
  const risk = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const f of r.validation.findings) {
    const d = findingDate(f, r.context);
    if (d === undefined) continue;
    inc(f.severity === "error" ? errors : warnings, d.slice(0, 7));
  }
  for (const p of r.risk.ranked) {
    const d = r.context.projects[p.ocid]?.date;
    if (d !== undefined) inc(risk, d.slice(0, 7));
  }
  const all = [...errors.keys(), ...warnings.keys(), ...risk.keys()].sort();
  const months: string[] = [];
  const first = all[0];
  const last = all[all.length - 1];
  if (first !== undefined && last !== undefined) {
    for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7)); ; ) {
      const k = `${y}-${String(m).padStart(2, "0")}`;
      months.push(k);
      if (k >= last || months.length > 240) break;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
  }
  return { months, errors: months.map((k) => errors.get(k) ?? 0), warnings: months.map((k) => warnings.get(k) ?? 0), risk: months.map((k) => risk.get(k) ?? 0) };
}

/** "2026-12-06T16:30:00.000Z" → "2026-12-07 00:30:00" (Beijing time; China keeps no daylight saving). */
function beijingTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** Options of the HTML report. */
export interface HtmlReportOptions {
  /** `bilingual` (default) or `zh` (Chinese only). */
  readonly locale?: ReportLocale;
}

/**
 * Renders the demo result as one self-contained HTML page with Chart.js inlined.
 *
 * @example
 * ```ts
 * writeFileSync("ggzy-report/report.html", renderHtmlReport(result, chartJsSource(), { locale: "zh" }));
 * ```
 */
export function renderHtmlReport(r: DemoResult, chartJs: string, options: HtmlReportOptions = {}): string {
  const L = lang(options.locale ?? "bilingual");
  const h = headline(r);
  const clauses = tallyByClause(r.validation.findings);
  const name = r.city.manifest.name;
  const grades = Object.keys(r.scores.agencyGrades);
  const trend = trendSeries(r);
  const chartData = {
    clauses: {
      labels: clauses.map((c) => shortLabel(c.clause, clauseSubjectZh(c.clause))),
      titles: clauses.map((c) => (L.locale === "zh" ? `${c.clause} ${clauseTitleZh(c.clause)}` : `${c.clause} ${clauseTitleZh(c.clause)} / ${clauseTitleEn(c.clause)}`)),
      values: clauses.map((c) => c.count),
      label: L.p("问题数", "findings"),
    },
    agencyGrades: { labels: grades.map((g) => `${g}（${r.scores.agencyGrades[g] ?? 0}）`), values: grades.map((g) => r.scores.agencyGrades[g] ?? 0), colors: grades.map((g) => GRADE_COLORS[g] ?? "#90a4ae") },
    signals: {
      labels: r.risk.bySignal.map((s) => shortLabel(s.signal, signalTitleZh(s.signal))),
      titles: r.risk.bySignal.map((s) => (L.locale === "zh" ? `${s.signal} ${signalTitleZh(s.signal)}` : `${s.signal} ${signalTitleZh(s.signal)} / ${signalTitleEn(s.signal)}`)),
      values: r.risk.bySignal.map((s) => s.processes),
      label: L.p("项目数", "processes"),
    },
    trend: { labels: trend.months, errors: trend.errors, warnings: trend.warnings, risk: trend.risk, names: [L.p("违规", "errors"), L.p("警示与提示", "warnings and notes"), L.p("风险预警项目", "processes flagged")] },
    selfCheck: { ...selfCheckSeries(r), names: [L.p("已发现", "found"), L.p("遗漏", "missed")] },
  };

  const kpi = (v: unknown, l: string, cls = ""): string => `<div class="kpi ${cls}"><div class="v">${esc(v)}</div><div class="l">${l}</div></div>`;
  const kpis = [
    kpi(h.projects, L.p("项目", "projects")),
    kpi(h.recordsRead, `${L.p("记录已校验", "records checked")}${h.recordsRejected > 0 ? `（拒收 ${esc(h.recordsRejected)}）` : ""}`, h.recordsRejected > 0 ? "warn" : ""),
    kpi(h.findings, `${L.p("发现问题", "findings")}<br>${esc(h.errors)} 违规 · ${esc(h.warnings)} 警示 · ${esc(h.infos)} 提示`, h.errors > 0 ? "bad" : "ok"),
    kpi(`${h.drawsVerified}/${h.draws}`, L.p("抽取已复核", "draws verified"), h.drawsFailed > 0 ? "bad" : "ok"),
    kpi(h.riskProcesses, L.p("风险预警项目", "processes flagged"), h.riskProcesses > 0 ? "warn" : "ok"),
    r.selfCheck.available ? kpi(`${h.planted - h.missed}/${h.planted}`, L.p("自检：预置问题已发现", "planted cases found"), h.missed > 0 ? "bad" : "ok") : "",
  ].join("");

  // Findings: every one, with its clause and rule titles, record, project and Chinese evidence.
  const fRows = findingRows(r);
  const findingsTable = dataTable(
    L,
    "t-findings",
    [
      { zh: "编号", en: "no." },
      { zh: "条款与规则", en: "clause and rule" },
      { zh: "级别", en: "severity" },
      { zh: "记录与项目", en: "record and project" },
      { zh: "说明与证据", en: "message and evidence" },
    ],
    fRows.map((x) => ({
      cells: [
        { html: `<b>${esc(x.key)}</b>` },
        {
          html: `${coded(x.finding.clause, x.clauseTitle)}<br><b>${esc(x.ruleTitle)}</b> ${code(x.finding.ruleId)}${L.locale === "bilingual" ? `<div class="en">${esc(ruleTitleEn(x.finding.ruleId))}</div>` : ""}`,
          v: `${x.finding.clause} ${x.finding.ruleId}`,
        },
        { html: sevTag(x.finding.severity), v: SEVERITY_ZH[x.finding.severity] ?? x.finding.severity },
        { html: `${code(x.finding.recordId)}<br>${esc(x.project)}<br><span class="ev">${esc(x.department)} · ${esc(x.agency)} · ${esc(x.district)} · ${esc(x.quarter)}</span>`, v: `${x.finding.recordId} ${x.project}` },
        { html: `<div class="zh">${esc(x.messageZh)}</div>${L.locale === "bilingual" ? `<div class="en">${esc(x.finding.message.en)}</div>` : ""}${evidenceHtml(L, x.finding.evidence)}` },
      ],
      filters: [`${x.finding.clause} ${x.clauseTitle}`, SEVERITY_ZH[x.finding.severity] ?? x.finding.severity, x.department, x.agency, x.district, x.quarter],
    })),
    {
      csv: "findings.csv",
      filters: [
        { zh: "条款", en: "clause" },
        { zh: "级别", en: "severity" },
        { zh: "监管部门", en: "department" },
        { zh: "代理机构", en: "agency" },
        { zh: "区县", en: "district" },
        { zh: "季度", en: "quarter" },
      ],
      empty: L.p("没有发现问题", "no findings"),
    },
  );

  // Breakdowns by department, agency, district and quarter.
  const bdCols: Column[] = [
    { zh: "名称", en: "name" },
    { zh: "项目", en: "projects", num: true },
    { zh: "问题", en: "findings", num: true },
    { zh: "违规", en: "errors", num: true },
    { zh: "警示", en: "warnings", num: true },
    { zh: "提示", en: "notes", num: true },
    { zh: "风险预警项目", en: "flagged", num: true },
    { zh: "每百个项目问题数", en: "per 100 projects", num: true },
  ];
  const bdTable = (id: string, rows: BreakdownRow[], label: (k: string) => string): string =>
    dataTable(
      L,
      id,
      bdCols,
      rows.map((x) => ({
        cells: [
          { html: esc(label(x.key)), v: label(x.key) },
          { html: esc(x.projects) },
          { html: esc(x.findings) },
          { html: esc(x.errors) },
          { html: esc(x.warnings) },
          { html: esc(x.infos) },
          { html: esc(x.riskProcesses) },
          { html: x.projects > 0 ? esc((x.findings * 100 / x.projects).toFixed(1)) : "—", v: x.projects > 0 ? Number((x.findings * 100 / x.projects).toFixed(1)) : -1 },
        ],
      })),
      { csv: `${id.slice(2)}.csv` },
    );
  const byKey = (keyOf: (p: ProjectFacts) => string | undefined) => breakdown(r.validation.findings, r.risk.ranked, r.context, keyOf);
  const noProject = L.p("未关联项目（专家、抽查记录）", "not about a project (experts, spot checks)");
  const deptLabel = (k: string): string => (k === "—" ? noProject : `${nameOf(r, k)}（${k}）`);
  const byDepartment = bdTable("t-by-department", byKey((p) => p.department ?? "（未明确监管部门）"), (k) => (k === "（未明确监管部门）" ? L.p("未明确监管部门", "no supervising department") : deptLabel(k)));
  const byAgency = bdTable("t-by-agency", byKey((p) => p.agency), (k) => (k === "—" ? noProject : `${nameOf(r, k)}（${k}）`));
  const byDistrict = bdTable("t-by-district", byKey((p) => p.region), (k) => (k === "—" ? noProject : `${regionName(k)}（${k}）`));
  const byQuarter = bdTable(
    "t-by-quarter",
    breakdown(r.validation.findings, r.risk.ranked, r.context, (p) => (p.date !== undefined ? quarterOf(p.date) : undefined), (f) => {
      const d = findingDate(f, r.context);
      return d !== undefined ? quarterOf(d) : undefined;
    }),
    (k) => (k === "—" ? L.p("无日期", "undated") : k),
  );

  const kindZh: Record<string, [string, string]> = { committee: ["评标专家（密封）", "committee (sealed)"], supervisors: ["社会监督员", "social supervisors"], spotChecks: ["双随机一抽查", "spot checks"] };
  const drawsTable = dataTable(
    L,
    "t-draws",
    [
      { zh: "抽取", en: "draw" },
      { zh: "类型", en: "kind" },
      { zh: "项目", en: "project" },
      { zh: "抽中", en: "drawn" },
      { zh: "复核", en: "verification" },
      { zh: "复核命令", en: "verify with" },
    ],
    r.draws.map((d) => {
      const status =
        d.status !== "drawn"
          ? `<span class="no">${esc(d.status === "unsatisfiable" ? "无法满足" : "被拒绝")}</span><br><span class="ev">${esc(d.error?.zh)}${L.locale === "bilingual" ? ` / ${esc(d.error?.en)}` : ""}</span>`
          : d.verified
            ? `<span class="yes">✔ ${L.p("已复现", "reproduced")}</span><br><span class="ev">${L.p("与抽取预告相符", "matches its announcement")}</span>`
            : `<span class="no">✘ ${L.p("未能复现", "NOT reproduced")}</span><br><span class="ev">${L.p("首个不同", "first difference")}: ${esc(L.p(drawDifferenceText(d).zh, drawDifferenceText(d).en))}</span>`;
      const members = (d.members ?? []).map((m) => `<span class="tag" title="${esc(m.detail ?? "")}">${esc(m.name ? `${m.name} ${m.id}` : m.id)}${m.remote ? " ⇄" : ""}</span>`).join("");
      const k = kindZh[d.kind] ?? [d.kind, d.kind];
      return {
        cells: [
          { html: code(d.drawId), v: d.drawId },
          { html: esc(L.p(k[0], k[1])) },
          { html: esc(d.projectId ? `${d.projectId} ${d.projectName ?? ""}` : "—") },
          { html: `${members}${d.alternates ? `<br><span class="muted">+ ${esc(d.alternates)} ${L.p("名候补", "alternates")}</span>` : ""}${d.population !== undefined ? `<br><span class="muted">${L.p("候选", "pool")} ${esc(d.population)}</span>` : ""}`, v: (d.members ?? []).map((m) => m.id).join(" ") },
          { html: status, v: d.status !== "drawn" ? d.status : d.verified ? "已复现（与抽取预告相符）" : `未能复现：${drawDifferenceText(d).zh}` },
          { html: d.verifyCommand ? `<code>${esc(d.verifyCommand)}</code>` : "", v: d.verifyCommand ?? "" },
        ],
        filters: [L.p(k[0], k[1])],
      };
    }),
    { csv: "draws.csv", filters: [{ zh: "类型", en: "kind" }] },
  );

  const agencyTable = dataTable(
    L,
    "t-agencies",
    [
      { zh: "名次", en: "rank", num: true },
      { zh: "机构", en: "agency" },
      { zh: "得分", en: "score", num: true },
      { zh: "等级", en: "grade" },
      { zh: "主要因素", en: "main factors" },
    ],
    r.scores.agencies.map((a, i) => ({
      cells: [
        { html: esc(i + 1) },
        { html: `${esc(a.name)} <span class="muted">${esc(a.id)}</span>`, v: `${a.name} ${a.id}` },
        { html: esc(a.score.toFixed(2)), v: a.score },
        { html: `<span class="sev" style="background:${GRADE_COLORS[a.grade] ?? "#90a4ae"}">${esc(a.grade)}</span>`, v: a.grade },
        { html: `<span class="ev">${esc(a.top.map((t) => `${L.locale === "zh" ? (t.label.split(" / ")[0] ?? t.label) : t.label} ${t.points > 0 ? "+" : ""}${t.points}`).join("；"))}</span>` },
      ],
      filters: [a.grade],
    })),
    { csv: "agencies.csv", filters: [{ zh: "等级", en: "grade" }] },
  );

  const rankingTable = dataTable(
    L,
    "t-rankings",
    [
      { zh: "项目", en: "project" },
      { zh: "前三名", en: "top three" },
      { zh: "已选", en: "chosen" },
      { zh: "排除", en: "excluded", num: true },
    ],
    r.scores.rankings.map((k) => ({
      cells: [
        { html: esc(`${k.projectId} ${k.projectName}`) },
        { html: k.ranked.slice(0, 3).map((x) => `<span class="tag">${esc(`${x.rank}. ${x.name}（${x.score.toFixed(1)}，${x.grade}）`)}</span>`).join(" "), v: k.ranked.slice(0, 3).map((x) => x.name).join("、") },
        { html: esc(k.chosenAgencyId !== undefined ? `${nameOf(r, k.chosenAgencyId)}（${k.chosenAgencyId}）` : "—") },
        { html: esc(k.excluded) },
      ],
    })),
    { csv: "rankings.csv" },
  );

  const riskTable = dataTable(
    L,
    "t-risk",
    [
      { zh: "#", en: "rank", num: true },
      { zh: "项目", en: "process" },
      { zh: "风险分", en: "score", num: true },
      { zh: "信号", en: "signals" },
      { zh: "说明与证据", en: "message and evidence" },
    ],
    r.risk.ranked.map((p, i) => {
      const facts = r.context.projects[p.ocid];
      return {
        cells: [
          { html: esc(i + 1) },
          { html: `<b>${esc(p.ocid)}</b> ${esc(p.projectName)}<br><span class="ev">${esc(facts?.department !== undefined ? nameOf(r, facts.department) : "—")} · ${esc(facts?.agency !== undefined ? nameOf(r, facts.agency) : "—")}</span>`, v: `${p.ocid} ${p.projectName}` },
          { html: esc(p.score.toFixed(1)), v: p.score },
          { html: [...new Set(p.signals)].map((s) => `<span class="tag">${esc(s)} ${esc(signalTitleZh(s))}</span>`).join(""), v: p.signals.join(" ") },
          {
            html: `<ul class="hits">${p.hits
              .map(
                (x) =>
                  `<li><b>${esc(x.signal)}</b> <span class="tag">${esc(family(L, x.family))}</span> <span class="zh">${esc(localizeZh(x.message.zh))}</span>${L.locale === "bilingual" ? `<br><span class="en">${esc(x.message.en)}</span>` : ""}<br><span class="ev zh">${esc(basisZh(x.basis))}${x.organisations.length > 0 ? ` · ${esc(x.organisations.map((o) => `${nameOf(r, o)}（${o}）`).join("、"))}` : ""}</span>${evidenceHtml(L, x.evidence as Record<string, unknown>)}${L.locale === "bilingual" && x.restsOn.length > 0 ? `<div class="ev en">rests on: ${esc(x.restsOn.join(", "))}</div>` : ""}</li>`,
              )
              .join("")}</ul>`,
            v: p.hits.map((x) => localizeZh(x.message.zh)).join("；"),
          },
        ],
        filters: [...new Set(p.signals)].map((s) => `${s} ${signalTitleZh(s)}`).slice(0, 1).concat([facts?.department !== undefined ? nameOf(r, facts.department) : "—", facts?.date !== undefined ? quarterOf(facts.date) : "—"]),
      };
    }),
    {
      csv: "risk.csv",
      filters: [
        { zh: "主要信号", en: "first signal" },
        { zh: "监管部门", en: "department" },
        { zh: "季度", en: "quarter" },
      ],
      empty: "—",
    },
  );

  const orgRows = organisationRows(r);
  const orgTable = dataTable(
    L,
    "t-organisations",
    [
      { zh: "#", en: "rank", num: true },
      { zh: "主体", en: "organisation" },
      { zh: "类型", en: "kind" },
      { zh: "风险分", en: "score", num: true },
      { zh: "信号", en: "signals" },
      { zh: "涉及项目", en: "processes" },
      { zh: "证据", en: "evidence" },
    ],
    orgRows.map((o) => ({
      cells: [
        { html: esc(o.rank) },
        { html: `<b>${esc(o.name)}</b> ${code(o.id)}`, v: `${o.id} ${o.name}` },
        { html: esc(o.kind) },
        { html: `${esc(o.score)} <span class="muted">${esc(GRADE_ZH[o.grade] ?? o.grade)}</span>`, v: o.score },
        { html: o.signals.map(([s, n]) => `<span class="tag">${esc(s)} ${esc(signalTitleZh(s))} ×${esc(n)}</span>`).join(""), v: o.signals.map(([s]) => s).join(" ") },
        { html: `<span class="ev">${esc(o.processes.join("、"))}</span>`, v: o.processes.join(" ") },
        {
          html: `<ul class="hits">${o.evidence
            .slice(0, 3)
            .map((e) => `<li><b>${esc(e.signal)}</b> <span class="tag">${esc(family(L, e.family))}</span> ${esc(e.ocid ?? (e.group !== undefined ? localizeZh(e.group) : ""))} <span class="zh">${esc(localizeZh(e.message.zh))}</span></li>`)
            .join("")}</ul>${o.evidenceCount > 3 ? `<span class="muted">… ${L.p(`共 ${o.evidenceCount} 项`, `${o.evidenceCount} in all`)}</span>` : ""}`,
          v: o.evidenceCount,
        },
      ],
      filters: [o.kind, GRADE_ZH[o.grade] ?? o.grade],
    })),
    { csv: "organisations.csv", filters: [{ zh: "类型", en: "kind" }, { zh: "风险等级", en: "risk grade" }], empty: "—" },
  );

  const signalTable = dataTable(
    L,
    "t-signals",
    [
      { zh: "信号", en: "signal" },
      { zh: "名称", en: "title" },
      { zh: "依据", en: "basis" },
      { zh: "项目数", en: "processes", num: true },
    ],
    r.risk.bySignal.map((x) => ({
      cells: [{ html: code(x.signal), v: x.signal }, { html: L.locale === "zh" ? esc(x.title.zh) : `${esc(x.title.zh)}<br><span class="en">${esc(x.title.en)}</span>` }, { html: esc(basisZh(x.basis)) }, { html: esc(x.processes) }],
    })),
    { csv: "signals.csv" },
  );

  const checkTable = dataTable(
    L,
    "t-selfcheck",
    [
      { zh: "规则或信号", en: "rule or signal" },
      { zh: "预置", en: "planted", num: true },
      { zh: "发现", en: "found", num: true },
      { zh: "遗漏", en: "missed", num: true },
      { zh: "另发现", en: "also found", num: true },
    ],
    [...r.selfCheck.rules, ...r.selfCheck.risk].map((c) => ({
      cells: [
        { html: `${code(c.id)} ${esc(/^[A-Z_]+$/.test(c.id) ? ruleTitleZh(c.id) : signalTitleZh(c.id))}`, v: c.id },
        { html: esc(c.planted) },
        { html: esc(c.found) },
        { html: `<span class="${c.missed.length > 0 ? "no" : ""}">${esc(c.missed.length)}${c.missed.length > 0 ? ` (${esc(c.missed.join(", "))})` : ""}</span>`, v: c.missed.length },
        { html: esc(c.alsoFound) },
      ],
    })),
    { csv: "self-check.csv" },
  );

  const problemRows = [
    ...r.problems.map((p) => `<tr><td>${esc(p.file)}</td><td class="n">${esc(p.line)}</td><td>${esc(p.recordId ?? "")}</td><td>${esc(p.message)}</td></tr>`),
    ...r.orphans.map((o) => `<tr><td>${esc(o.kind)}</td><td></td><td>${esc(o.id)}</td><td>项目 ${esc(o.projectId)} 不存在${L.locale === "bilingual" ? " / project not found" : ""}</td></tr>`),
  ].join("\n");

  const ui = {
    search: L.p("搜索", "search"),
    all: L.p("全部", "all"),
    perPage: L.p("每页", "per page"),
    prev: L.p("上一页", "previous"),
    next: L.p("下一页", "next"),
    csv: L.p("导出 CSV", "export CSV"),
    rows: L.p("行", "rows"),
    page: L.p("页", "page"),
  };

  const checkedBy = Object.entries(r.validation.checked)
    .map(([k, v]) => `${esc(({ projects: "项目", experts: "专家", spotChecks: "抽查记录" } as Record<string, string>)[k] ?? k)} ${esc(v)}`)
    .join(" · ");
  const manifest = r.city.manifest;
  const dataset = `${name?.zh ?? r.city.dir}${manifest.seed !== undefined ? `（种子 ${manifest.seed}）` : ""}，${h.recordsRead} 条记录，${r.city.files.length} 个文件`;
  const toc: Array<[string, string, string]> = [
    ["s-findings", "问题", "findings"],
    ["s-breakdowns", "分类统计", "breakdowns"],
    ["s-draws", "抽取", "draws"],
    ["s-scores", "信用评分", "scores"],
    ["s-risk", "风险预警", "risk"],
    ["s-organisations", "主体风险", "organisations"],
    ...(r.selfCheck.available ? [["s-selfcheck", "自检", "self-check"] as [string, string, string]] : []),
  ];

  return `<!DOCTYPE html>
<html lang="${L.locale === "zh" ? "zh-CN" : "zh-CN"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ggzy-cli ${esc(r.toolVersion)}">
<title>公共资源交易规则校验报告 · ${esc(name?.zh ?? "演示城市")}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>公共资源交易规则校验报告${L.locale === "bilingual" ? ` <span style="font-weight:400;opacity:.85">Public-resource trading report</span>` : ""}</h1>
<p>${esc(name?.zh ?? "演示城市")}${L.locale === "bilingual" ? ` · ${esc(name?.en ?? "demo city")}` : ""} · ${L.p("截至", "as of")} <b>${esc(r.asOf)}</b> · ${L.p("规则集", "rule set")} <code style="background:rgba(255,255,255,.2);color:#fff">${esc(r.rulesetVersion)}</code></p>
</header>
<main>
<div class="kpis">${kpis}</div>
<nav class="toc">${toc.map(([id, zh, en]) => `<a href="#${id}">${L.p(zh, en)}</a>`).join("")}</nav>
<div class="grid">
<div class="card"><h2>${L.h("按条款的问题", "findings by clause")}</h2><div class="chart" style="height:${Math.max(300, clauses.length * 24 + 60)}px"><canvas id="chart-clauses" aria-label="${L.p("按条款的问题", "findings by clause")}"></canvas></div></div>
<div class="card"><h2>${L.h(`代理机构信用等级分布（${esc(h.agencies)}）`, "agency credit grades")}</h2><div class="chart"><canvas id="chart-grades" aria-label="${L.p("代理机构信用等级分布", "agency grades")}"></canvas></div></div>
<div class="card"><h2>${L.h("风险信号", "processes per risk signal")}</h2><div class="chart" style="height:${Math.max(300, r.risk.bySignal.length * 24 + 60)}px"><canvas id="chart-signals" aria-label="${L.p("风险信号", "risk signals")}"></canvas></div></div>
<div class="card"><h2>${L.h("按月趋势", "trend by month")}</h2><div class="chart"><canvas id="chart-trend" aria-label="${L.p("按月趋势", "trend by month")}"></canvas></div></div>
${r.selfCheck.available ? `<div class="card wide"><h2>${L.h("自检：预置问题已发现 / 遗漏", "self-check: planted cases found / missed")}</h2><div class="chart" style="height:300px"><canvas id="chart-selfcheck" aria-label="${L.p("自检", "self-check")}"></canvas></div></div>` : ""}
</div>

<section id="s-findings"><h2>${L.h("问题明细", "Findings")}</h2>
<p class="muted">${L.p("已校验", "checked")}：${checkedBy}。${L.para("每条问题附条款、规则、记录、项目（监管部门 · 代理机构 · 区县 · 季度）与证据；可按条款、级别、部门、机构、区县、季度筛选，点击表头排序。", "Every finding with its clause, rule, record, project (department · agency · district · quarter) and evidence; filter, search, and click a heading to sort.")}</p>
${findingsTable}
</section>

<section id="s-breakdowns"><h2>${L.h("分类统计", "Breakdowns")}</h2>
<h3>${L.h("按监管部门", "by supervising department")}</h3>${byDepartment}
<h3>${L.h("按季度", "by quarter")}</h3>${byQuarter}
<h3>${L.h("按区县", "by district")}</h3>${byDistrict}
<h3>${L.h("按代理机构", "by agency")}</h3>${byAgency}
</section>

<section id="s-draws"><h2>${L.h("随机抽取与复核", "Draws and their verification")}</h2>
<p>${L.p("在浏览器中复核抽取", "check a draw in the browser")}：<a href="verify.html">verify.html</a></p>
<p class="muted">${L.para("每次抽取前先写出抽取预告（<code>*.announcement.json</code>，公布随机数的来源与格式）；每次抽取的预告、记录、输入、种子材料（及评标专家抽取揭示后的盐值）都写在 <code>draws/</code>，任何人可用 <code>ggzy verify … --announcement</code> 复核，演示已逐一对照预告复核。⇄ = 外地专家远程评标。演示用种子为虚构信标值；密封的专家抽取结果在演示中即时揭示，以便当场复核（实际应在评标结束后揭示）。", "Each draw is announced before it is made (<code>*.announcement.json</code>: the seed's source and format, fixed in advance); each draw's announcement, record, inputs and seed material (and the revealed salt of a sealed committee draw) are in <code>draws/</code>; anyone can re-run them with <code>ggzy verify … --announcement</code>, and the demo has checked each against its announcement. ⇄ = non-local expert evaluating remotely. The demo's seed material is a fictitious beacon value, and it reveals the sealed committee results at once so they can be verified now (in practice: after the evaluation).")}</p>
${drawsTable}
</section>

<section id="s-scores"><h2>${L.h("信用评分", "Credit scores")}</h2>
<p class="muted">${L.p("专家一事一评等级", "expert grades")}：${Object.entries(r.scores.expertGrades).map(([g, n]) => `${esc(g)} ${esc(n)}`).join(" · ")}<br>
${L.p("投标人信用等级", "bidder grades")}：${Object.entries(r.scores.bidderGrades).map(([g, n]) => `${esc(g)} ${esc(n)}`).join(" · ")}<br>
${L.p("全部代理机构、专家与投标人的得分见", "every agency, expert and bidder score")}：<a href="scores.csv">scores.csv</a><br>
${L.para(`评分所用的数据原样写在 <code>score-inputs/</code>（agencies.json、experts.json、bidders.json），可用 <code>ggzy score agencies score-inputs/agencies.json --as-of ${esc(r.asOf)} --ignore-later-records</code>（experts、bidders 同理）复核每个得分。投诉记录只载明项目，演示把项目上截至基准日已作出处理决定的投诉计入承办该项目的代理机构，其中成立的投诉扣分。`, `What was scored is in <code>score-inputs/</code> (agencies.json, experts.json, bidders.json): <code>ggzy score agencies score-inputs/agencies.json --as-of ${esc(r.asOf)} --ignore-later-records</code> (and experts, bidders) reproduces every score. A complaint names a project only: the demo attaches every complaint decided by the as-of date to the agency that ran the project, and the upheld ones cost points.`)}</p>
<h3>${L.h(`代理机构（${esc(r.scores.agencies.length)}）`, "agencies")}</h3>
${agencyTable}
<h3>${L.h("本周项目的代理机构择优排名", "merit ranking for the coming week (LC80-3.2)")}</h3>
${rankingTable}
</section>

<section id="s-risk"><h2>${L.h("风险预警排名", "Risk ranking")}</h2>
<p class="muted">${L.p("风险信号只是预警，附证据，不是认定", "risk signals are flags with evidence, not verdicts")}。${L.p(`${r.risk.ranked.length} 个项目有预警`, `${r.risk.ranked.length} processes flagged`)}。</p>
${riskTable}
<h3>${L.h("信号说明", "what the signals mean")}</h3>
${signalTable}
</section>

<section id="s-organisations"><h2>${L.h("主体风险名单", "Organisations at risk")}</h2>
<p class="muted">${L.p(`投标人、代理机构等主体按其涉及的风险信号汇总评分（${orgRows.length} 个主体）`, `organisations scored over the signals they are involved in (${orgRows.length})`)}。</p>
${orgTable}
</section>

${r.selfCheck.available ? `<section id="s-selfcheck"><h2>${L.h("自检：与预置问题对照", "Self-check against the planted cases")}</h2>
<p class="muted">${L.para("演示数据中预置了每条规则的违规和若干串通围标团伙；每个预置问题都必须被发现（“另发现”是非预置的记录，不算失败）。", "The demo city has planted violations of every rule and planted collusion rings; every planted case must be found (\"also found\": flagged records that were not planted — not a failure).")}</p>
${checkTable}</section>` : ""}

${problemRows ? `<section><h2>${L.h("无法读取的记录", "Records that could not be read")}</h2><div class="tw"><table><thead><tr><th>文件</th><th>行</th><th>记录</th><th>问题</th></tr></thead><tbody>${problemRows}</tbody></table></div></section>` : ""}

<footer id="footer">
<dl>
<dt>${L.p("生成工具", "tool")}</dt><dd>ggzy-cli <span id="tool-version">${esc(r.toolVersion)}</span>（ggzy-rules）</dd>
<dt>${L.p("规则集", "rule set")}</dt><dd>${esc(r.rulesetVersion)} · ${L.p("内容哈希", "content hash")} <code id="ruleset-hash">${esc(r.rulesetHash)}</code></dd>
<dt>${L.p("数据集", "data set")}</dt><dd>${esc(dataset)}</dd>
<dt>${L.p("数据截至", "as of")}</dt><dd>${esc(r.asOf)}</dd>
<dt>${L.p("生成时间", "generated at")}</dt><dd><span id="generated-at">${esc(beijingTime(r.generatedAt))}</span>（北京时间；${esc(r.generatedAt)}）</dd>
</dl>
${L.para("依据聊政办字〔2018〕80号、招标投标法及其实施条例、政府采购法及其实施条例、财政部令第87号。风险信号只是预警，不是认定。", "Based on the Liaocheng directive, the Tendering Law and its regulation, the Government Procurement Law and its regulation, MOF Order 87. Risk signals are flags, not verdicts.")}
</footer>
</main>
<script type="application/json" id="chart-data">${scriptJson(chartData)}</script>
<script type="application/json" id="ui-text">${scriptJson(ui)}</script>
<script>${chartJs.replace(/<\/script/gi, "<\\/script")}</script>
<script>${CHART_SCRIPT}</script>
<script>${TABLE_SCRIPT}</script>
</body>
</html>
`;
}

const CHART_SCRIPT = `
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
          tooltip: { callbacks: { title: function(items){ return titles && items.length ? titles[items[0].dataIndex] : (items.length ? items[0].label : ""); } } } },
        scales: { x: { stacked: !!stacked, ticks: { autoSkip: !horizontal } }, y: { stacked: !!stacked, ticks: { autoSkip: false } } } } }));
  }
  bar("chart-clauses", D.clauses.labels, [{ label: D.clauses.label, data: D.clauses.values, backgroundColor: "#1976d2" }], true, false, D.clauses.titles);
  var g = document.getElementById("chart-grades");
  if (g && D.agencyGrades.labels.length > 0) charts.push(new Chart(g, { type: "doughnut",
    data: { labels: D.agencyGrades.labels, datasets: [{ data: D.agencyGrades.values, backgroundColor: D.agencyGrades.colors }] },
    options: { maintainAspectRatio: false, plugins: { legend: { position: "right" } } } }));
  bar("chart-signals", D.signals.labels, [{ label: D.signals.label, data: D.signals.values, backgroundColor: "#ef6c00" }], true, false, D.signals.titles);
  var t = document.getElementById("chart-trend");
  if (t && D.trend.labels.length > 0) charts.push(new Chart(t, { type: "line",
    data: { labels: D.trend.labels, datasets: [
      { label: D.trend.names[0], data: D.trend.errors, borderColor: "#c62828", backgroundColor: "#c62828", tension: 0.2 },
      { label: D.trend.names[1], data: D.trend.warnings, borderColor: "#ef6c00", backgroundColor: "#ef6c00", tension: 0.2 },
      { label: D.trend.names[2], data: D.trend.risk, borderColor: "#1565c0", backgroundColor: "#1565c0", tension: 0.2 }] },
    options: { maintainAspectRatio: false, responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } }));
  bar("chart-selfcheck", D.selfCheck.labels, [
    { label: D.selfCheck.names[0], data: D.selfCheck.found, backgroundColor: "#2e7d32" },
    { label: D.selfCheck.names[1], data: D.selfCheck.missed, backgroundColor: "#c62828" }], false, true, D.selfCheck.titles);
  window.__ggzyCharts = charts;
  // Print: let the charts take the printed width, then the screen width again.
  window.addEventListener("beforeprint", function(){ charts.forEach(function(c){ c.resize(); }); });
  window.addEventListener("afterprint", function(){ charts.forEach(function(c){ c.resize(); }); });
})();`;

/*
 * The tables' tools, in plain ES5 so any browser runs them: search, drop-down filters (from the rows' data-fN
 * values), sorting by a click on a heading (numbers as numbers, text in Chinese collation), paging on screen, and
 * CSV export (UTF-8 with BOM) of every row that passes the filters, not only the page shown.
 */
const TABLE_SCRIPT = `
(function(){
  var U = JSON.parse(document.getElementById("ui-text").textContent);
  var coll = (typeof Intl !== "undefined" && Intl.Collator) ? new Intl.Collator("zh-CN", { numeric: true }) : null;
  function val(td){ return td ? (td.hasAttribute("data-v") ? td.getAttribute("data-v") : td.textContent.replace(/\\s+/g, " ").trim()) : ""; }
  function num(s){ return s !== "" && isFinite(Number(s)) ? Number(s) : NaN; }
  function el(tag, attrs, text){ var e = document.createElement(tag); for (var k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; return e; }
  function csvField(s){ s = String(s); return /[",\\r\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  var tables = [];
  function setup(table){
    var tbody = table.tBodies[0];
    var rows = [].slice.call(tbody.rows).filter(function(r){ return !r.classList.contains("empty"); });
    if (rows.length === 0) return;
    var heads = [].slice.call(table.tHead.rows[0].cells);
    var filterNames = JSON.parse(table.getAttribute("data-filters") || "[]");
    var filterHeads = JSON.parse(table.getAttribute("data-filter-heads") || "[]");
    var st = { q: "", f: [], sort: -1, dir: 1, page: 0, size: rows.length > 50 ? 25 : 0 };
    var bar = el("div", { "class": "tools", "data-for": table.id });
    var q = el("input", { type: "search", placeholder: U.search, "aria-label": U.search });
    q.addEventListener("input", function(){ st.q = q.value.trim().toLowerCase(); st.page = 0; apply(); });
    bar.appendChild(q);
    filterNames.forEach(function(name, i){
      var seen = {}; rows.forEach(function(r){ seen[r.getAttribute("data-f" + i) || ""] = true; });
      var values = Object.keys(seen).sort(function(a, b){ return coll ? coll.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0); });
      if (values.length < 2) return;
      var s = el("select", { "aria-label": name, "data-filter": String(i) });
      s.appendChild(el("option", { value: "" }, name + "：" + U.all));
      values.forEach(function(v){ s.appendChild(el("option", { value: v }, v)); });
      s.addEventListener("change", function(){ st.f[i] = s.value; st.page = 0; apply(); });
      bar.appendChild(s);
    });
    var size = el("select", { "aria-label": U.perPage, "data-role": "page-size" });
    [[25, "25"], [50, "50"], [100, "100"], [0, U.all]].forEach(function(o){ var op = el("option", { value: String(o[0]) }, U.perPage + " " + o[1]); if (o[0] === st.size) op.selected = true; size.appendChild(op); });
    size.addEventListener("change", function(){ st.size = Number(size.value); st.page = 0; apply(); });
    var prev = el("button", { type: "button", "data-role": "prev" }, "‹ " + U.prev);
    var next = el("button", { type: "button", "data-role": "next" }, U.next + " ›");
    var info = el("span", { "class": "info", "data-role": "info" });
    prev.addEventListener("click", function(){ if (st.page > 0) { st.page--; apply(); } });
    next.addEventListener("click", function(){ st.page++; apply(); });
    var csv = el("button", { type: "button", "data-role": "csv" }, U.csv);
    csv.addEventListener("click", function(){ exportCsv(); });
    bar.appendChild(size); bar.appendChild(prev); bar.appendChild(info); bar.appendChild(next); bar.appendChild(csv);
    var holder = table.parentNode; holder.parentNode.insertBefore(bar, holder);
    heads.forEach(function(th, i){
      th.setAttribute("tabindex", "0");
      function sortBy(){ st.dir = st.sort === i ? -st.dir : 1; st.sort = i; apply(); }
      th.addEventListener("click", sortBy);
      th.addEventListener("keydown", function(e){ if (e.key === "Enter") sortBy(); });
    });
    function matches(r){
      for (var i = 0; i < st.f.length; i++) if (st.f[i] && (r.getAttribute("data-f" + i) || "") !== st.f[i]) return false;
      return st.q === "" || r.textContent.toLowerCase().indexOf(st.q) >= 0;
    }
    var shown = rows;
    function apply(){
      var order = rows.slice();
      if (st.sort >= 0) {
        order.sort(function(a, b){
          var x = val(a.cells[st.sort]), y = val(b.cells[st.sort]); var nx = num(x), ny = num(y);
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : (coll ? coll.compare(x, y) : (x < y ? -1 : x > y ? 1 : 0));
          return c * st.dir || rows.indexOf(a) - rows.indexOf(b);
        });
        heads.forEach(function(th, i){ th.classList.toggle("sorted-asc", i === st.sort && st.dir > 0); th.classList.toggle("sorted-desc", i === st.sort && st.dir < 0); });
      }
      order.forEach(function(r){ tbody.appendChild(r); });
      shown = order.filter(matches);
      var pages = st.size > 0 ? Math.max(1, Math.ceil(shown.length / st.size)) : 1;
      if (st.page >= pages) st.page = pages - 1;
      var from = st.size > 0 ? st.page * st.size : 0, to = st.size > 0 ? from + st.size : shown.length;
      order.forEach(function(r){ r.classList.add("f-off"); r.classList.remove("pg-off"); });
      shown.forEach(function(r, i){ r.classList.remove("f-off"); if (i < from || i >= to) r.classList.add("pg-off"); });
      info.textContent = shown.length + " / " + rows.length + " " + U.rows + (pages > 1 ? " · " + (st.page + 1) + "/" + pages + " " + U.page : "");
      prev.disabled = st.page === 0; next.disabled = st.page >= pages - 1;
    }
    function exportCsv(){
      var head = heads.map(function(th){ return th.getAttribute("data-h") || th.textContent; }).concat(filterHeads);
      var lines = [head.map(csvField).join(",")];
      shown.forEach(function(r){
        var cells = [].slice.call(r.cells).map(function(td){ return td.textContent.replace(/\\s+/g, " ").trim(); });
        for (var i = 0; i < filterHeads.length; i++) cells.push(r.getAttribute("data-f" + i) || "");
        lines.push(cells.map(csvField).join(","));
      });
      var blob = new Blob(["\\ufeff" + lines.join("\\r\\n") + "\\r\\n"], { type: "text/csv;charset=utf-8" });
      var a = el("a", { href: URL.createObjectURL(blob), download: table.getAttribute("data-csv") || "table.csv" });
      document.body.appendChild(a); a.click(); setTimeout(function(){ URL.revokeObjectURL(a.href); a.remove(); }, 0);
    }
    apply();
    tables.push({ table: table, state: st, apply: apply });
  }
  [].slice.call(document.querySelectorAll("table.dt")).forEach(setup);
  window.__ggzyTables = tables;
})();`;
