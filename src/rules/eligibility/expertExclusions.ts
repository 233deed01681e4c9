import type { Expert } from "../../model/expert";
import { daysFromTo } from "../facts/dates";
import { prepareConflictCheck } from "./conflicts";
import type { ConflictFacts, ConflictOfInterest } from "./conflicts";
import type { EligibilityContext } from "./context";
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

/**
 * The expert facts eligibility reads: a parsed `Expert`, or an expert as given that its schema already accepted —
 * lists and `status` may then be absent, meaning their defaults (`[]`, `"active"`).
 */
export type EligibilityFacts = Pick<Expert, "id" | "employmentKind"> &
  Partial<Pick<Expert, "supervisingDepartmentId" | "status" | "suspendedUntil" | "removedOn" | "pools">> &
  ConflictFacts;

const NO_POOLS: NonNullable<EligibilityFacts["pools"]> = [];

/** True when the expert has an approved admission review on or before `asOf` (for `pool`, or for any pool). */
export function isAdmitted(expert: Pick<EligibilityFacts, "pools">, asOf: string, pool?: string): boolean {
  for (const m of expert.pools ?? NO_POOLS) {
    if ((pool === undefined || m.pool === pool) && m.admission !== undefined && m.admission.approved && m.admission.reviewedOn <= asOf) return true;
  }
  return false;
}

/** The eligibility rules prepared for one context (see {@link prepareExpertEligibility}). */
export interface ExpertEligibility {
  /**
   * The reasons the expert is excluded, in the order of {@link EXCLUSION_REASONS}; the same frozen empty array for
   * every eligible expert (nothing is allocated for them). Equal to `expertExclusions(expert, ctx)`.
   */
  exclusions(expert: EligibilityFacts): readonly ExclusionReason[];
  /** The exclusions with the facts behind each; equal to `expertExclusionDetails(expert, ctx)`. */
  details(expert: EligibilityFacts): ExpertExclusion[];
}

const ELIGIBLE: readonly ExclusionReason[] = Object.freeze([]);
const OFFICIAL: ReadonlySet<string> = new Set(OFFICIAL_EMPLOYMENT_KINDS);

/**
 * Prepares the committee eligibility rules for one context, once: `asOf` is validated, the look-back window
 * computed, the blacklist, the parties and the bidders' people put in lookup sets. The returned predicate then
 * checks an expert with string comparisons and set lookups only — what a draw from a pool of a million needs.
 * {@link expertExclusions} is this, for a single expert.
 *
 * @throws GgzyError `INVALID_DATE` when `ctx.asOf` is not a real date (and, from `exclusions`/`details`, when a
 *   `lastDrawnOn` date that the cool-down compares is not).
 * @example
 * ```ts
 * const eligibility = prepareExpertEligibility({ asOf: "2024-05-01", project, bidders, coolDownDays: 30, lastDrawnOn });
 * const drawable = pool.filter((e) => eligibility.exclusions(e).length === 0);
 * ```
 */
export function prepareExpertEligibility(ctx: EligibilityContext): ExpertEligibility {
  const asOf = ctx.asOf;
  daysFromTo(asOf, asOf); // validates asOf even when no rule below reads it
  const departmentId = ctx.project.supervisingDepartmentId;
  const pool = ctx.pool;
  const blacklisted = new Set(ctx.blacklistedExpertIds ?? []);
  const conflicts = prepareConflictCheck(ctx);
  const coolDownDays = ctx.coolDownDays ?? 0;
  const lastDrawnOn = ctx.lastDrawnOn;
  // Own properties only: an expert whose id is "constructor" has no inherited "last draw".
  const lastDrawOf = (id: string): string | undefined =>
    coolDownDays > 0 && lastDrawnOn !== undefined && Object.hasOwn(lastDrawnOn, id) ? lastDrawnOn[id] : undefined;
  const coolingSince = (last: string | undefined): number | undefined => {
    if (last === undefined) return undefined;
    const since = daysFromTo(last, asOf);
    // Drawn on day D with a 30-day cool-down: drawable again from D + 30.
    return since >= 0 && since < coolDownDays ? since : undefined;
  };
  const isSuspended = (e: EligibilityFacts): boolean => e.status === "suspended" && (e.suspendedUntil === undefined || e.suspendedUntil >= asOf);
  const isRemoved = (e: EligibilityFacts): boolean => e.status === "removed" && (e.removedOn === undefined || e.removedOn <= asOf);
  const isDepartmentStaff = (e: EligibilityFacts): boolean =>
    e.supervisingDepartmentId !== undefined && departmentId !== undefined && e.supervisingDepartmentId === departmentId;

  // The checks run in the order of EXCLUSION_REASONS, so the reasons come out in that order.
  const exclusions = (e: EligibilityFacts): readonly ExclusionReason[] => {
    // No array, no closure for an eligible expert: `out` is created at the first reason only.
    let out: ExclusionReason[] | undefined;
    if (OFFICIAL.has(e.employmentKind)) (out ??= []).push("official");
    if (isDepartmentStaff(e)) (out ??= []).push("supervisingDepartmentStaff");
    if (!isAdmitted(e, asOf, pool)) (out ??= []).push("notAdmitted");
    if (isSuspended(e)) (out ??= []).push("suspended");
    if (isRemoved(e)) (out ??= []).push("removed");
    if (blacklisted.has(e.id)) (out ??= []).push("blacklisted");
    if (conflicts.has(e)) (out ??= []).push("conflictOfInterest");
    if (coolingSince(lastDrawOf(e.id)) !== undefined) (out ??= []).push("coolDown");
    return out ?? ELIGIBLE;
  };

  const details = (e: EligibilityFacts): ExpertExclusion[] => {
    const out: ExpertExclusion[] = [];
    if (OFFICIAL.has(e.employmentKind)) out.push({ reason: "official" });
    if (isDepartmentStaff(e)) out.push({ reason: "supervisingDepartmentStaff" });
    if (!isAdmitted(e, asOf, pool)) out.push({ reason: "notAdmitted" });
    if (isSuspended(e)) out.push(e.suspendedUntil === undefined ? { reason: "suspended" } : { reason: "suspended", suspendedUntil: e.suspendedUntil });
    if (isRemoved(e)) out.push({ reason: "removed" });
    if (blacklisted.has(e.id)) out.push({ reason: "blacklisted" });
    const ties = conflicts.list(e);
    if (ties.length > 0) out.push({ reason: "conflictOfInterest", conflicts: ties });
    const last = lastDrawOf(e.id);
    const since = coolingSince(last);
    if (last !== undefined && since !== undefined) out.push({ reason: "coolDown", lastDrawnOn: last, daysSinceLastDraw: since });
    return out;
  };
  return { exclusions, details };
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
  return prepareExpertEligibility(ctx).details(expert);
}

/**
 * The reasons (only) the expert may not sit on the project's committee; empty = eligible. The committee draw uses
 * the same rules through {@link prepareExpertEligibility}, prepared once for the whole pool.
 *
 * @example
 * ```ts
 * expertExclusions(expert, { asOf: "2024-05-01", project, bidders: [] }); // [] — eligible
 * ```
 */
export function expertExclusions(expert: Expert, ctx: EligibilityContext): ExclusionReason[] {
  return [...prepareExpertEligibility(ctx).exclusions(expert)];
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
  return prepareExpertEligibility(ctx).exclusions(expert).length === 0;
}
