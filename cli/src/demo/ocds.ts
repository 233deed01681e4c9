import { writeOcdsRelease } from "ggzy-rules/model";
import type { Agency, Bidder, ContractingProcess, Evaluation, Expert, JsonObject, SupervisingDepartment, Tenderer } from "ggzy-rules/model";
import type { CityData } from "./load";
import type { ProjectBundle } from "./bundle";

/*
 * The city's projects as OCDS compiled releases, one per project, for the risk indicators. The model's writer
 * (`writeOcdsRelease`) does the mapping; the demo only adds what the model's process does not carry: the
 * evaluation committee in `tender.ggzy.committee` (EXP-CONC reads it, docs/risk-indicators.md) and the release date.
 */

/** Lookups the conversion needs. */
export interface OcdsContext {
  readonly tenderers: ReadonlyMap<string, Tenderer>;
  readonly bidders: ReadonlyMap<string, Bidder>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly departments: ReadonlyMap<string, SupervisingDepartment>;
  readonly experts: ReadonlyMap<string, Expert>;
}

/**
 * Builds the lookups once for a city.
 *
 * @example
 * ```ts
 * const ctx = ocdsContext(city.data);
 * ```
 */
export function ocdsContext(data: CityData): OcdsContext {
  const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));
  return {
    tenderers: byId(data.tenderers),
    bidders: byId(data.bidders),
    agencies: byId(data.agencies),
    departments: byId(data.departments),
    experts: byId(data.experts),
  };
}

function committeeBlock(evaluation: Evaluation | undefined, ctx: OcdsContext): JsonObject[] | undefined {
  if (evaluation === undefined || evaluation.committee.length === 0) return undefined;
  return evaluation.committee.map((m) => {
    const region = ctx.experts.get(m.expertId)?.region;
    return { expertId: m.expertId, role: m.role, ...(region !== undefined ? { region } : {}), ...(m.remote ? { remote: true } : {}) };
  });
}

/**
 * One project as an OCDS compiled release (the model's mapping, plus the committee block).
 *
 * @example
 * ```ts
 * const release = projectRelease(bundle, ocdsContext(city.data), "2025-12-21");
 * release.ocid; // the project id
 * ```
 */
export function projectRelease(bundle: ProjectBundle, ctx: OcdsContext, releaseDate: string): JsonObject {
  const p = bundle.project;
  const bidderIds = new Set<string>();
  for (const b of bundle.bids) {
    bidderIds.add(b.bidderId);
    for (const c of b.consortiumMemberIds) bidderIds.add(c);
  }
  for (const a of bundle.awards) bidderIds.add(a.bidderId);
  const pick = <T>(map: ReadonlyMap<string, T>, ids: Iterable<string | undefined>): T[] => {
    const out: T[] = [];
    for (const id of ids) {
      const v = id === undefined ? undefined : map.get(id);
      if (v !== undefined) out.push(v);
    }
    return out;
  };
  const process: ContractingProcess = {
    project: p,
    bids: bundle.bids,
    awards: bundle.awards,
    contracts: bundle.contracts,
    parties: {
      tenderers: pick(ctx.tenderers, [p.tendererId]),
      bidders: pick(ctx.bidders, [...bidderIds].sort()),
      agencies: pick(ctx.agencies, [p.agencyId]),
      supervisingDepartments: pick(ctx.departments, [p.supervisingDepartmentId]),
    },
  };
  // The writer gives what the parity indicators read (CARDINAL.md): RFC 3339 date-times with their offset (R003
  // parses them strictly, R030 compares them as text) and tender.numberOfTenderers (R018).
  const release = writeOcdsRelease(process, undefined, { releaseDate: `${releaseDate}T18:00:00+08:00` });
  const committee = committeeBlock(bundle.evaluations[0], ctx);
  if (committee !== undefined) {
    const tender = (release.tender ?? {}) as JsonObject;
    const ext = (tender.ggzy ?? {}) as JsonObject;
    ext.committee = committee;
    tender.ggzy = ext;
    release.tender = tender;
  }
  return release;
}
