import { findingDate, quarterOf } from "./context";
import { toCsv } from "./csv";
import { REGION_ZH, clauseTitleZh, evidenceEntriesZh, localizeZh, ruleTitleZh, signalTitleZh, valueZh } from "./labels";
import type { DemoResult } from "./run";
import type { DemoFinding } from "./validate";

/*
 * The report's tables as rows, shared by the HTML page and the CSV files written beside it, so what a supervisor
 * exports is what the page shows (all rows, not a page of them).
 */

/** Chinese names of the severities. */
export const SEVERITY_ZH: Readonly<Record<string, string>> = { error: "违规", warning: "警示", info: "提示" };

/** Chinese names of risk grades and organisation kinds. */
export const GRADE_ZH: Readonly<Record<string, string>> = { high: "高", medium: "中", low: "低", none: "无" };
export const KIND_ZH: Readonly<Record<string, string>> = { department: "监管部门", agency: "代理机构", tenderer: "招标人", bidder: "投标人", expert: "专家" };

/**
 * The stable number of a finding in the report ("F0001"): the same in the page, in the CSV and in print.
 *
 * @example
 * ```ts
 * findingKey(0); // "F0001"
 * ```
 */
export function findingKey(i: number): string {
  return `F${String(i + 1).padStart(4, "0")}`;
}

/** Name of an organisation or department by id, else the id. */
export function nameOf(r: DemoResult, id: string | undefined): string {
  if (id === undefined) return "—";
  return r.context.names[id] ?? id;
}

/** District name of a region code. */
export function regionName(code: string | undefined): string {
  if (code === undefined) return "—";
  return REGION_ZH[code] ?? code;
}

/** What the findings table shows of one finding. */
export interface FindingRow {
  readonly key: string;
  readonly finding: DemoFinding;
  readonly clauseTitle: string;
  readonly ruleTitle: string;
  readonly project: string;
  readonly department: string;
  readonly agency: string;
  readonly district: string;
  readonly quarter: string;
  readonly messageZh: string;
  readonly evidenceZh: ReadonlyArray<readonly [string, string]>;
}

/**
 * Every finding with what the report shows of it, in the order the validators returned them.
 *
 * @example
 * ```ts
 * findingRows(result)[0]?.key; // "F0001"
 * ```
 */
export function findingRows(r: DemoResult): FindingRow[] {
  return r.validation.findings.map((f, i) => {
    const p = f.projectId !== undefined ? r.context.projects[f.projectId] : undefined;
    const date = findingDate(f, r.context);
    return {
      key: findingKey(i),
      finding: f,
      clauseTitle: clauseTitleZh(f.clause),
      ruleTitle: ruleTitleZh(f.ruleId),
      project: p !== undefined ? `${f.projectId} ${p.name}` : (f.projectId ?? "—"),
      department: p?.department !== undefined ? nameOf(r, p.department) : "—",
      agency: p?.agency !== undefined ? nameOf(r, p.agency) : "—",
      district: regionName(p?.region),
      quarter: date !== undefined ? quarterOf(date) : "—",
      messageZh: localizeZh(f.message.zh),
      evidenceZh: evidenceEntriesZh(f.evidence),
    };
  });
}

const evidenceText = (e: ReadonlyArray<readonly [string, string]>): string => e.map(([k, v]) => `${k}：${v}`).join("；");

/**
 * findings.csv: one line per finding.
 *
 * @example
 * ```ts
 * writeFileSync("findings.csv", findingsCsv(result));
 * ```
 */
export function findingsCsv(r: DemoResult): string {
  return toCsv(
    ["编号", "条款", "条款名称", "规则", "规则名称", "级别", "记录", "项目", "监管部门", "代理机构", "区县", "季度", "说明", "证据", "message (en)"],
    findingRows(r).map((x) => [
      x.key,
      x.finding.clause,
      x.clauseTitle,
      x.finding.ruleId,
      x.ruleTitle,
      SEVERITY_ZH[x.finding.severity] ?? x.finding.severity,
      x.finding.recordId,
      x.project,
      x.department,
      x.agency,
      x.district,
      x.quarter,
      x.messageZh,
      evidenceText(x.evidenceZh),
      x.finding.message.en,
    ]),
  );
}

/**
 * risk.csv: one line per risk hit, processes riskiest first.
 *
 * @example
 * ```ts
 * writeFileSync("risk.csv", riskCsv(result));
 * ```
 */
export function riskCsv(r: DemoResult): string {
  const rows: unknown[][] = [];
  r.risk.ranked.forEach((p, i) => {
    const facts = r.context.projects[p.ocid];
    for (const h of p.hits) {
      rows.push([
        i + 1,
        p.ocid,
        p.projectName,
        p.score,
        GRADE_ZH[p.grade] ?? p.grade,
        h.signal,
        signalTitleZh(h.signal),
        h.organisations.map((o) => `${o} ${nameOf(r, o)}`).join("、"),
        facts?.department !== undefined ? nameOf(r, facts.department) : "—",
        facts?.agency !== undefined ? nameOf(r, facts.agency) : "—",
        localizeZh(h.message.zh),
        evidenceText(evidenceEntriesZh(h.evidence as Record<string, unknown>)),
      ]);
    }
  });
  return toCsv(["排名", "项目编号", "项目", "风险分", "风险等级", "信号", "信号名称", "涉及主体", "监管部门", "代理机构", "说明", "证据"], rows);
}

/**
 * risk.json: the risk stage as data — summary, hits per signal, every flagged process, every organisation with a
 * score above 0 (the same list as organisations.csv and the report's 主体风险 table), and the parity-set table.
 * Nothing is cut (it kept the first 200): for the bundled city the 217 organisations take 0.36 of the file's 0.70 MB.
 *
 * @example
 * ```ts
 * writeFileSync("risk.json", JSON.stringify(riskJson(result), null, 2));
 * ```
 */
export function riskJson(r: DemoResult): Record<string, unknown> {
  const risk = r.risk;
  return {
    asOf: r.asOf,
    summary: risk.result.summary,
    bySignal: risk.bySignal,
    processes: risk.ranked,
    organisations: risk.result.organisations.filter((o) => o.score > 0),
    partA: risk.result.partA,
  };
}

/** An organisation on the risk list. */
export interface OrganisationRow {
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly score: number;
  readonly grade: string;
  readonly signals: ReadonlyArray<readonly [string, number]>;
  readonly processes: ReadonlyArray<string>;
  readonly evidence: DemoResult["risk"]["result"]["organisations"][number]["evidence"];
  readonly evidenceCount: number;
}

/**
 * The organisations the risk indicators flag (score above 0), riskiest first.
 *
 * @example
 * ```ts
 * organisationRows(result)[0]?.signals; // e.g. [["CN40-3", 1], ["NET-COBID", 2]]
 * ```
 */
export function organisationRows(r: DemoResult): OrganisationRow[] {
  return r.risk.result.organisations
    .filter((o) => o.score > 0)
    .slice()
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((o, i) => ({
      rank: i + 1,
      id: o.id,
      name: nameOf(r, o.id),
      kind: KIND_ZH[r.context.kinds[o.id] ?? ""] ?? "—",
      score: o.score,
      grade: o.grade,
      signals: Object.entries(o.signals as Record<string, number>).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      processes: o.processes,
      evidence: o.evidence,
      evidenceCount: o.evidenceCount,
    }));
}

/**
 * organisations.csv: the organisation risk list.
 *
 * @example
 * ```ts
 * writeFileSync("organisations.csv", organisationsCsv(result));
 * ```
 */
export function organisationsCsv(r: DemoResult): string {
  return toCsv(
    ["排名", "编号", "名称", "类型", "风险分", "风险等级", "信号", "项目"],
    organisationRows(r).map((o) => [o.rank, o.id, o.name, o.kind, o.score, GRADE_ZH[o.grade] ?? o.grade, o.signals.map(([s, n]) => `${s} ${signalTitleZh(s)}×${n}`).join("；"), o.processes.join("、")]),
  );
}

/**
 * scores.csv: every agency, expert and bidder with its score and grade.
 *
 * @example
 * ```ts
 * writeFileSync("scores.csv", scoresCsv(result));
 * ```
 */
export function scoresCsv(r: DemoResult): string {
  const s = r.scores;
  return toCsv(["类型", "编号", "名称", "得分", "等级", "说明"], [
    ...s.agencies.map((a) => ["代理机构", a.id, a.name, a.score, a.grade, a.top.map((t) => `${t.label.split(" / ")[0] ?? t.label} ${t.points > 0 ? "+" : ""}${t.points}`).join("；")]),
    ...s.experts.map((e) => ["评标专家", e.expertId, e.name, e.score ?? "", e.grade ?? "—", `评标 ${e.events} 次，未评议 ${e.unratedEvents} 次${e.suspended ? "，暂停抽取" : ""}`]),
    ...s.bidders.map((b) => ["投标人", b.id, b.name, b.score, b.grade, ""]),
  ]);
}

export { valueZh };
