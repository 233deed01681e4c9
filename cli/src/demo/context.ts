import type { CityData } from "./load";
import type { DemoFinding } from "./validate";
import type { RiskRow } from "./risk";

/*
 * What the report needs to know about the records beyond the findings: for each project its supervising department,
 * agency, district and date (for the breakdowns and the trend), and the names of organisations (for the risk list).
 */

/** A project as the breakdowns see it. */
export interface ProjectFacts {
  readonly name: string;
  readonly department?: string;
  readonly agency?: string;
  readonly region?: string;
  /** Evaluation day, else publication day (YYYY-MM-DD). */
  readonly date?: string;
}

/** The report's lookups. */
export interface ReportContext {
  readonly projects: Readonly<Record<string, ProjectFacts>>;
  /** Names of departments, agencies, tenderers, bidders and experts by id. */
  readonly names: Readonly<Record<string, string>>;
  /** The kind of each organisation id: department, agency, tenderer, bidder. */
  readonly kinds: Readonly<Record<string, string>>;
}

/**
 * The lookups of a city's data.
 *
 * @example
 * ```ts
 * reportContext(city.data).projects.P0001?.department; // "D-CZ"
 * ```
 */
export function reportContext(data: CityData): ReportContext {
  const projects: Record<string, ProjectFacts> = {};
  for (const p of data.projects) {
    const date = p.dates.evaluationOn ?? p.dates.publishedOn;
    projects[p.id] = {
      name: p.name,
      ...(p.supervisingDepartmentId !== undefined ? { department: p.supervisingDepartmentId } : {}),
      ...(p.agencyId !== undefined ? { agency: p.agencyId } : {}),
      ...(p.region !== undefined ? { region: p.region } : {}),
      ...(date !== undefined ? { date: date.slice(0, 10) } : {}),
    };
  }
  const names: Record<string, string> = {};
  const kinds: Record<string, string> = {};
  const add = (kind: string, list: ReadonlyArray<{ id: string; name: string }>): void => {
    for (const x of list) {
      names[x.id] = x.name;
      kinds[x.id] = kind;
    }
  };
  add("department", data.departments);
  add("agency", data.agencies);
  add("tenderer", data.tenderers);
  add("bidder", data.bidders);
  add("expert", data.experts);
  return { projects, names, kinds };
}

/**
 * The quarter of a date: "2025-Q3".
 *
 * @example
 * ```ts
 * quarterOf("2025-08-01"); // "2025-Q3"
 * ```
 */
export function quarterOf(d: string): string {
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The date a finding is counted under: its project's, or the quarter a spot-check record covers. */
export function findingDate(f: DemoFinding, ctx: ReportContext): string | undefined {
  if (f.projectId !== undefined) return ctx.projects[f.projectId]?.date;
  const q = f.evidence["spotCheck.quarter"];
  if (typeof q === "string" && /^\d{4}-Q[1-4]$/.test(q)) return `${q.slice(0, 4)}-${String((Number(q.slice(6)) - 1) * 3 + 3).padStart(2, "0")}-01`;
  return undefined;
}

/** One row of a breakdown. */
export interface BreakdownRow {
  readonly key: string;
  readonly projects: number;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly riskProcesses: number;
}

/**
 * Findings and risk-flagged processes counted by a key of the project (department, agency, district, quarter).
 * Findings without a project (experts, spot-check records) count under "—" unless `keyOfFinding` places them.
 *
 * @example
 * ```ts
 * breakdown(findings, risk.ranked, ctx, (p) => p.department).find((r) => r.key === "D-SL")?.findings;
 * ```
 */
export function breakdown(
  findings: readonly DemoFinding[],
  risk: readonly RiskRow[],
  ctx: ReportContext,
  keyOf: (p: ProjectFacts) => string | undefined,
  keyOfFinding?: (f: DemoFinding) => string | undefined,
): BreakdownRow[] {
  const rows = new Map<string, { projects: number; findings: number; errors: number; warnings: number; infos: number; riskProcesses: number }>();
  const get = (k: string | undefined) => {
    const key = k ?? "—";
    let r = rows.get(key);
    if (r === undefined) rows.set(key, (r = { projects: 0, findings: 0, errors: 0, warnings: 0, infos: 0, riskProcesses: 0 }));
    return r;
  };
  for (const p of Object.values(ctx.projects)) get(keyOf(p)).projects++;
  for (const f of findings) {
    const p = f.projectId !== undefined ? ctx.projects[f.projectId] : undefined;
    const r = get(p !== undefined ? keyOf(p) : keyOfFinding?.(f));
    r.findings++;
    if (f.severity === "error") r.errors++;
    else if (f.severity === "warning") r.warnings++;
    else r.infos++;
  }
  for (const x of risk) {
    const p = ctx.projects[x.ocid];
    get(p !== undefined ? keyOf(p) : undefined).riskProcesses++;
  }
  return [...rows]
    .map(([key, r]) => ({ key, ...r }))
    .filter((r) => r.findings > 0 || r.riskProcesses > 0 || r.projects > 0)
    .sort((a, b) => (a.key === "—" ? 1 : b.key === "—" ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
