import type {
  Abandonment,
  AgencySelection,
  Award,
  Bid,
  Complaint,
  Contract,
  Evaluation,
  PlanCancellation,
  Project,
} from "ggzy-rules/model";
import type { CityData } from "./load";

/** Everything the city holds about one project, gathered once so each stage can read it by project. */
export interface ProjectBundle {
  readonly project: Project;
  readonly selection: AgencySelection | undefined;
  readonly bids: Bid[];
  readonly evaluations: Evaluation[];
  readonly awards: Award[];
  readonly contracts: Contract[];
  readonly cancellations: PlanCancellation[];
  readonly abandonments: Abandonment[];
  readonly complaints: Complaint[];
}

/**
 * Groups the city's records by project id, projects in id order. Records that name an unknown project are returned
 * in `orphans` (file kind and id) so the report can list them.
 *
 * @example
 * ```ts
 * const { bundles } = bundleProjects(city.data);
 * bundles[0]?.bids.length;
 * ```
 */
export function bundleProjects(data: CityData): { bundles: ProjectBundle[]; orphans: Array<{ kind: string; id: string; projectId: string }> } {
  const byId = new Map<string, ProjectBundle>();
  for (const project of [...data.projects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (byId.has(project.id)) continue;
    byId.set(project.id, {
      project,
      selection: undefined,
      bids: [],
      evaluations: [],
      awards: [],
      contracts: [],
      cancellations: [],
      abandonments: [],
      complaints: [],
    });
  }
  const orphans: Array<{ kind: string; id: string; projectId: string }> = [];
  const add = <K extends Exclude<keyof ProjectBundle, "project" | "selection">>(kind: K, list: ReadonlyArray<ProjectBundle[K][number] & { projectId: string; id: string }>): void => {
    for (const r of list) {
      const b = byId.get(r.projectId);
      if (b === undefined) orphans.push({ kind, id: r.id, projectId: r.projectId });
      else (b[kind] as Array<typeof r>).push(r);
    }
  };
  add("bids", data.bids);
  add("evaluations", data.evaluations);
  add("awards", data.awards);
  add("contracts", data.contracts);
  add("cancellations", data.cancellations);
  add("abandonments", data.abandonments);
  add("complaints", data.complaints);
  for (const s of data.agencySelections) {
    const b = byId.get(s.projectId);
    if (b === undefined) orphans.push({ kind: "agencySelections", id: s.id, projectId: s.projectId });
    else if (b.selection === undefined) (b as { selection: AgencySelection | undefined }).selection = s;
  }
  return { bundles: [...byId.values()], orphans };
}
