import type { Expert } from "../../model/expert";
import { daysFromTo } from "../facts/dates";
import { conflictsOfInterest } from "./conflicts";
import type { ConflictOfInterest } from "./conflicts";
import type { EligibilityContext } from "./context";
import { EXCLUSION_REASONS } from "./reasons";
import type { ExclusionReason } from "./reasons";

/** Employment kinds LC80-4.4 keeps out of every expert pool. */
export const OFFICIAL_EMPLOYMENT_KINDS = ["industrySupervisor", "tradingCentreStaff"] as const;

/** One exclusion with the facts behind it (for findings and draw audits). */
export interface ExpertExclusion {
  readonly reason: ExclusionReason;
  /** For `conflictOfInterest`: each tie found. */
  readonly conflicts?: readonly ConflictOfInterest[];
  /** For `coolDown`: the last draw and the first day the expert is drawable again. */
  readonly lastDrawnOn?: string;
  readonly daysSinceLastDraw?: number;
  /** For `suspended`: last day of the suspension, when known. */
  readonly suspendedUntil?: string;
}

/** True when the expert has an approved admission review on or before `asOf` (for `pool`, or for any pool). */
export function isAdmitted(expert: Expert, asOf: string, pool?: string): boolean {
  return expert.pools.some(
    (m) => (pool === undefined || m.pool === pool) && m.admission !== undefined && m.admission.approved && m.admission.reviewedOn <= asOf,
  );
}

/**
 * Every reason the expert may not sit on the project's committee on `ctx.asOf`, with the facts behind each, in the
 * fixed order of {@link EXCLUSION_REASONS}. Empty = eligible. Pure: the same inputs give the same answer in any
 * order and on any machine.
 *
 * @throws GgzyError `INVALID_DATE` when `ctx.asOf` or a date it compares is not a real date.
 * @example
 * ```ts
 * expertExclusionDetails(expert, { asOf: "2024-05-01", project, bidders: [{ id: "B1" }], coolDownDays: 30,
 *   lastDrawnOn: { [expert.id]: "2024-04-20" } });
 * // [{ reason: "coolDown", lastDrawnOn: "2024-04-20", daysSinceLastDraw: 11 }]
 * ```
 */
export function expertExclusionDetails(expert: Expert, ctx: EligibilityContext): ExpertExclusion[] {
  const asOf = ctx.asOf;
  daysFromTo(asOf, asOf); // validates asOf even when no rule below reads it
  const out = new Map<ExclusionReason, ExpertExclusion>();

  if ((OFFICIAL_EMPLOYMENT_KINDS as readonly string[]).includes(expert.employmentKind)) out.set("official", { reason: "official" });
  if (
    expert.supervisingDepartmentId !== undefined &&
    ctx.project.supervisingDepartmentId !== undefined &&
    expert.supervisingDepartmentId === ctx.project.supervisingDepartmentId
  ) {
    out.set("supervisingDepartmentStaff", { reason: "supervisingDepartmentStaff" });
  }
  if (!isAdmitted(expert, asOf, ctx.pool)) out.set("notAdmitted", { reason: "notAdmitted" });
  if (expert.status === "suspended" && (expert.suspendedUntil === undefined || expert.suspendedUntil >= asOf)) {
    out.set("suspended", expert.suspendedUntil === undefined ? { reason: "suspended" } : { reason: "suspended", suspendedUntil: expert.suspendedUntil });
  }
  if (expert.status === "removed" && (expert.removedOn === undefined || expert.removedOn <= asOf)) out.set("removed", { reason: "removed" });
  if (ctx.blacklistedExpertIds?.includes(expert.id)) out.set("blacklisted", { reason: "blacklisted" });
  const conflicts = conflictsOfInterest(expert, ctx);
  if (conflicts.length > 0) out.set("conflictOfInterest", { reason: "conflictOfInterest", conflicts });
  const coolDownDays = ctx.coolDownDays ?? 0;
  const last = ctx.lastDrawnOn?.[expert.id];
  if (coolDownDays > 0 && last !== undefined) {
    const since = daysFromTo(last, asOf);
    // Drawn on day D with a 30-day cool-down: drawable again from D + 30.
    if (since >= 0 && since < coolDownDays) out.set("coolDown", { reason: "coolDown", lastDrawnOn: last, daysSinceLastDraw: since });
  }
  return EXCLUSION_REASONS.flatMap((r) => {
    const e = out.get(r);
    return e ? [e] : [];
  });
}

/**
 * The reasons (only) the expert may not sit on the project's committee; empty = eligible. This is the predicate
 * the committee draw uses to filter its pool.
 *
 * @example
 * ```ts
 * expertExclusions(expert, { asOf: "2024-05-01", project, bidders: [] }); // [] — eligible
 * ```
 */
export function expertExclusions(expert: Expert, ctx: EligibilityContext): ExclusionReason[] {
  return expertExclusionDetails(expert, ctx).map((e) => e.reason);
}

/**
 * True when nothing excludes the expert.
 *
 * @example
 * ```ts
 * isExpertEligible(expert, { asOf: "2024-05-01", project, bidders: [] }); // true
 * ```
 */
export function isExpertEligible(expert: Expert, ctx: EligibilityContext): boolean {
  return expertExclusionDetails(expert, ctx).length === 0;
}
