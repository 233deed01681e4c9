import * as z from "../model/zod";
import { GgzyError, parseWith } from "../model/error";
import { IdSchema, QuarterSchema } from "../model/common";
import { InspectorSchema } from "../model/parties";
import type { Inspector } from "../model/parties";
import { ProjectSchema } from "../model/project";
import type { Project } from "../model/project";
import { DrawEnvelopeSchema, closeDraw, openDraw } from "./draw-session";
import type { DrawOutcome } from "./record";
import { bump, canonicalRawInputs, canonicalSet, sortedRecord, uniqueSortedById } from "./draw-inputs";
import type { RawObject } from "./draw-inputs";
import { sortUtf8 } from "./canonical-order";
import { selectOrdered } from "./select";
import { log2Binomial } from "./entropy";
import { checkSpotCheckRate, spotCheckSize } from "./spot-check-size";

/** Parameters of a quarterly spot-check draw (双随机一抽查, LC80-5.2). */
export const SpotChecksParamsSchema = z.object({
  quarter: QuarterSchema,
  /** Share of projects to check, 0.05–0.10; k = ⌈rate × N⌉ per stratum. */
  rate: z.number(),
  /** Draw each supervising department's (or each category's) projects separately; `none`: one stratum. */
  stratifyBy: z._default(z.enum(["none", "supervisingDepartment", "category"]), "none"),
  /** Inspectors per checked project (双随机: at least two). */
  inspectorsPerProject: z._default(z.number().check(z.int(), z.gte(2)), 2),
});
/**
 * {@inheritDoc SpotChecksParamsSchema}
 *
 * @interface
 */
export type SpotChecksParams = z.output<typeof SpotChecksParamsSchema>;

/** A declared tie between an inspector and a project (or a party of it: tenderer or agency id). */
export const InspectorConflictSchema = z.object({
  inspectorId: IdSchema,
  projectId: z.optional(IdSchema),
  partyId: z.optional(IdSchema),
});

/** The data a spot-check draw is made from: the quarter's trading projects and the inspector roster. */
export const SpotChecksInputsSchema = z.object({
  projects: z.array(ProjectSchema),
  inspectors: z.array(InspectorSchema),
  conflicts: z._default(z.array(InspectorConflictSchema), []),
});
/**
 * {@inheritDoc SpotChecksInputsSchema}
 *
 * @interface
 */
export type SpotChecksInputs = z.output<typeof SpotChecksInputsSchema>;

/** A spot-check draw request. */
export const SpotChecksRequestSchema = z.extend(DrawEnvelopeSchema, { params: SpotChecksParamsSchema, inputs: SpotChecksInputsSchema });
/**
 * {@inheritDoc SpotChecksRequestSchema}
 *
 * @interface
 */
export type SpotChecksRequest = z.input<typeof SpotChecksRequestSchema>;

/** One checked project and its inspectors, in draw order. */
export interface SpotCheck {
  readonly projectId: string;
  readonly stratum: string;
  readonly inspectorIds: readonly string[];
}

/** A stratum of the population: its key, how many projects it has, how many are checked. */
export interface SpotCheckStratum {
  readonly key: string;
  readonly population: number;
  readonly checked: number;
}

/** The public result of a spot-check draw. */
export interface SpotChecksResult {
  readonly quarter: string;
  readonly population: number;
  readonly strata: readonly SpotCheckStratum[];
  readonly checks: readonly SpotCheck[];
}

/** Stratum key of projects without the field a stratification uses. */
export const UNASSIGNED_STRATUM = "(unassigned)";

/** Why an inspector may not check a project. */
export type InspectorExclusionReason = "suspended" | "removed" | "ownDepartment" | "conflictOfInterest";

/**
 * The reasons an inspector may not check a project: not active, staff of the project's own supervising department
 * (双随机 keeps checks at arm's length), or a declared tie with the project, its tenderer or its agency.
 *
 * @example
 * ```ts
 * inspectorExclusions(inspector, project, []); // [] or e.g. ["ownDepartment"]
 * ```
 */
export function inspectorExclusions(
  inspector: Inspector,
  project: Project,
  conflicts: ReadonlyArray<z.output<typeof InspectorConflictSchema>>,
): InspectorExclusionReason[] {
  const out: InspectorExclusionReason[] = [];
  if (inspector.status === "suspended") out.push("suspended");
  if (inspector.status === "removed") out.push("removed");
  if (project.supervisingDepartmentId !== undefined && inspector.departmentId === project.supervisingDepartmentId) out.push("ownDepartment");
  const tied = conflicts.some(
    (c) =>
      c.inspectorId === inspector.id &&
      (c.projectId === project.id || (c.partyId !== undefined && (c.partyId === project.tendererId || c.partyId === project.agencyId))),
  );
  if (tied) out.push("conflictOfInterest");
  return out;
}

function stratumKey(p: Project, by: SpotChecksParams["stratifyBy"]): string {
  if (by === "supervisingDepartment") return p.supervisingDepartmentId ?? UNASSIGNED_STRATUM;
  if (by === "category") return p.category;
  return "all";
}

/**
 * Draws a quarter's spot checks (双随机一抽查, LC80-5.2): k = ⌈rate × N⌉ projects per stratum (strata in UTF-8 order
 * of their key, each on stream `projects/<key>`), then for each checked project, in draw order,
 * `inspectorsPerProject` inspectors on stream `inspectors/<projectId>`, avoiding the project's own department and
 * declared ties. The record is public in full. A rate outside 5–10% is `DRAW_INVALID_REQUEST`; a project with too
 * few eligible inspectors is `DRAW_UNSATISFIABLE` (every such project listed).
 *
 * @example
 * ```ts
 * const { record } = drawSpotChecks({
 *   drawId: "LC-2024Q2-SC", createdAt: "2024-07-01T10:00:00+08:00", seedMaterial,
 *   params: { quarter: "2024-Q2", rate: 0.05, stratifyBy: "supervisingDepartment" },
 *   inputs: { projects, inspectors },
 * });
 * ```
 */
export function drawSpotChecks(request: SpotChecksRequest): DrawOutcome<SpotChecksResult> {
  const req = parseWith(SpotChecksRequestSchema, request, { zh: "双随机抽查请求", en: "spot-check draw request" });
  const params = req.params;
  checkSpotCheckRate(params.rate);
  const inputs: SpotChecksInputs = {
    projects: uniqueSortedById(req.inputs.projects, "projects"),
    inspectors: uniqueSortedById(req.inputs.inspectors, "inspectors"),
    conflicts: canonicalSet(req.inputs.conflicts),
  };
  const hashed = canonicalRawInputs((request as { inputs: RawObject }).inputs, ["projects", "inspectors"], { "": ["conflicts"] });
  const session = openDraw("spotChecks", req, params, { fixed: hashed });

  const byKey = new Map<string, Project[]>();
  for (const p of inputs.projects) {
    const key = stratumKey(p, params.stratifyBy);
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  const strata: SpotCheckStratum[] = [];
  const chosen: { project: Project; stratum: string }[] = [];
  let bitsNeeded = 0;
  for (const key of sortUtf8([...byKey.keys()])) {
    const projects = byKey.get(key) as Project[];
    const k = spotCheckSize(params.rate, projects.length);
    strata.push({ key, population: projects.length, checked: k });
    bitsNeeded += log2Binomial(projects.length, k);
    for (const project of selectOrdered(projects, k, session.stream(`projects/${key}`))) chosen.push({ project, stratum: key });
  }

  const exclusions: Record<string, number> = {};
  const shortfalls: { stratum: string; need: "inspectors"; needed: number; eligible: number; excluded: Record<string, number> }[] = [];
  const checks: SpotCheck[] = [];
  for (const { project, stratum } of chosen) {
    const excluded: Record<string, number> = {};
    const eligible = inputs.inspectors.filter((i) => {
      const reasons = inspectorExclusions(i, project, inputs.conflicts);
      for (const r of reasons) {
        bump(excluded, r);
        bump(exclusions, r);
      }
      return reasons.length === 0;
    });
    if (eligible.length < params.inspectorsPerProject) {
      shortfalls.push({ stratum: project.id, need: "inspectors", needed: params.inspectorsPerProject, eligible: eligible.length, excluded: sortedRecord(excluded) });
      continue;
    }
    bitsNeeded += log2Binomial(eligible.length, params.inspectorsPerProject);
    const drawn = selectOrdered(eligible, params.inspectorsPerProject, session.stream(`inspectors/${project.id}`));
    checks.push({ projectId: project.id, stratum, inspectorIds: drawn.map((i) => i.id) });
  }
  if (shortfalls.length > 0) {
    throw new GgzyError("DRAW_UNSATISFIABLE", {
      zh: shortfalls.map((s) => `项目“${s.stratum}”可抽取检查人员不足：需要 ${s.needed} 人，符合条件 ${s.eligible} 人`).join("；"),
      en: shortfalls.map((s) => `Not enough eligible inspectors for project '${s.stratum}': ${s.needed} needed, ${s.eligible} eligible`).join("; "),
      details: { shortfalls },
    });
  }
  return closeDraw(session, {
    params,
    result: { quarter: params.quarter, population: inputs.projects.length, strata, checks },
    exclusions: sortedRecord(exclusions),
    bitsNeeded,
  });
}
