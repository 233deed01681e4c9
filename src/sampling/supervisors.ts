import * as z from "../model/zod";
import { parseWith, GgzyError } from "../model/error";
import { IdSchema } from "../model/common";
import { BidderSchema, SocialSupervisorSchema, TendererSchema } from "../model/parties";
import type { SocialSupervisor } from "../model/parties";
import { ProjectSchema } from "../model/project";
import { DrawEnvelopeSchema, closeDraw, openDraw } from "./draw-session";
import type { DrawOutcome } from "./record";
import { bump, canonicalRawInputs, canonicalSet, sortedRecord, uniqueSortedById } from "./draw-inputs";
import type { RawObject } from "./draw-inputs";
import { selectOrdered } from "./select";
import { log2Binomial } from "./entropy";

/** Parameters of a social-supervisor draw (LC80-6.3: one or two supervisors attend the whole evaluation). */
export const SupervisorsParamsSchema = z.object({
  count: z.number().check(z.int(), z.gte(1), z.lte(2)),
  alternates: z._default(z.number().check(z.int(), z.gte(0)), 0),
});
/**
 * {@inheritDoc SupervisorsParamsSchema}
 *
 * @interface
 */
export type SupervisorsParams = z.output<typeof SupervisorsParamsSchema>;

/** A declared tie between a social supervisor and a party of the project (tenderer, bidder or agency id). */
export const SupervisorConflictSchema = z.object({ supervisorId: IdSchema, partyId: IdSchema });

/** The data a social-supervisor draw is made from. */
export const SupervisorsInputsSchema = z.object({
  project: ProjectSchema,
  tenderer: z.optional(TendererSchema),
  bidders: z._default(z.array(BidderSchema), []),
  pool: z.array(SocialSupervisorSchema),
  conflicts: z._default(z.array(SupervisorConflictSchema), []),
});
/**
 * {@inheritDoc SupervisorsInputsSchema}
 *
 * @interface
 */
export type SupervisorsInputs = z.output<typeof SupervisorsInputsSchema>;

/** A social-supervisor draw request. */
export const SupervisorsRequestSchema = z.extend(DrawEnvelopeSchema, { params: SupervisorsParamsSchema, inputs: SupervisorsInputsSchema });
/**
 * {@inheritDoc SupervisorsRequestSchema}
 *
 * @interface
 */
export type SupervisorsRequest = z.input<typeof SupervisorsRequestSchema>;

/** A drawn social supervisor. */
export interface SupervisorSeat {
  readonly supervisorId: string;
  readonly name: string;
}

/** The drawn supervisors and ordered alternates (public in full). */
export interface SupervisorsResult {
  readonly supervisors: readonly SupervisorSeat[];
  readonly alternates: readonly SupervisorSeat[];
}

/** Why a social supervisor is passed over: not active in the pool, or tied to a party of the project. */
export type SupervisorExclusionReason = "suspended" | "removed" | "conflictOfInterest";

/**
 * The reasons a social supervisor may not attend this project (avoidance, LC80-6.3): suspended or removed from the
 * pool, employed by the tenderer, a bidder or the agency, or a declared tie with one of them.
 *
 * @example
 * ```ts
 * supervisorExclusions({ id: "S1", name: "王", status: "active", employerId: "B1" }, new Set(["B1"]), new Set()); // ["conflictOfInterest"]
 * ```
 */
export function supervisorExclusions(
  s: SocialSupervisor,
  parties: ReadonlySet<string>,
  declared: ReadonlySet<string>,
): SupervisorExclusionReason[] {
  const out: SupervisorExclusionReason[] = [];
  if (s.status === "suspended") out.push("suspended");
  if (s.status === "removed") out.push("removed");
  if ((s.employerId !== undefined && parties.has(s.employerId)) || declared.has(s.id)) out.push("conflictOfInterest");
  return out;
}

/**
 * Draws 1 or 2 social supervisors (LC80-6.3) and ordered alternates, with avoidance. Public: the record carries the
 * result in full. Protocol: pool sorted by id, excluded ones counted and left out, forward Fisher–Yates on stream
 * `supervisors`; the alternates continue the same walk.
 *
 * @example
 * ```ts
 * const { record } = drawSocialSupervisors({
 *   drawId: "LC-2024-0042-SUP", createdAt: "2024-05-06T09:00:00+08:00",
 *   seedMaterial: { kind: "dice", values: [4, 2, 6, 1, 3] },
 *   params: { count: 2, alternates: 1 }, inputs: { project, bidders, pool },
 * });
 * ```
 */
export function drawSocialSupervisors(request: SupervisorsRequest): DrawOutcome<SupervisorsResult> {
  const req = parseWith(SupervisorsRequestSchema, request, { zh: "社会监督员抽取请求", en: "social-supervisor draw request" });
  const params = req.params;
  const inputs: SupervisorsInputs = {
    project: req.inputs.project,
    ...(req.inputs.tenderer !== undefined ? { tenderer: req.inputs.tenderer } : {}),
    bidders: uniqueSortedById(req.inputs.bidders, "bidders"),
    pool: uniqueSortedById(req.inputs.pool, "pool"),
    conflicts: canonicalSet(req.inputs.conflicts),
  };
  const hashed = canonicalRawInputs((request as { inputs: RawObject }).inputs, ["pool", "bidders"], { "": ["conflicts"] });
  const session = openDraw("supervisors", req, params, { fixed: hashed });

  const parties = new Set<string>([inputs.project.tendererId, ...inputs.bidders.map((b) => b.id)]);
  if (inputs.tenderer) parties.add(inputs.tenderer.id);
  if (inputs.project.agencyId !== undefined) parties.add(inputs.project.agencyId);
  const declared = new Set(inputs.conflicts.filter((c) => parties.has(c.partyId)).map((c) => c.supervisorId));

  const exclusions: Record<string, number> = {};
  const eligible = inputs.pool.filter((s) => {
    const reasons = supervisorExclusions(s, parties, declared);
    for (const r of reasons) bump(exclusions, r);
    return reasons.length === 0;
  });
  const needed = params.count + params.alternates;
  if (eligible.length < needed) {
    throw new GgzyError("DRAW_UNSATISFIABLE", {
      zh: `社会监督员可抽取人数不足：需要 ${needed} 人，符合条件 ${eligible.length} 人`,
      en: `Not enough eligible social supervisors: ${needed} needed, ${eligible.length} eligible`,
      details: { shortfalls: [{ stratum: "supervisors", need: "members", needed, eligible: eligible.length, excluded: sortedRecord(exclusions) }] },
    });
  }
  const drawn = selectOrdered(eligible, needed, session.stream("supervisors")).map((s) => ({ supervisorId: s.id, name: s.name }));
  return closeDraw(session, {
    params,
    result: { supervisors: drawn.slice(0, params.count), alternates: drawn.slice(params.count) },
    exclusions: sortedRecord(exclusions),
    bitsNeeded: log2Binomial(eligible.length, needed),
  });
}
