import type { Expert } from "../../model/expert";
import { listEn, sortedStrings } from "./text";
import { valueZh } from "../../model/value-zh";

/** Derived facts of an expert for the `expertAdmission` subject. */
export interface ExpertAdmissionFacts {
  readonly id: string;
  readonly name: string;
  readonly employerName: string;
  readonly employmentKind: string;
  readonly poolCount: number;
  /** Pools without an approved admission review on or before `asOf`, joined for the message. */
  readonly unadmittedPools: string;
  readonly unadmittedPoolsZh: string;
  readonly unadmittedPoolCount: number;
}

/**
 * The `expert` fact of an admission check: which pools the expert sits in without an approved review (LC80-4.1).
 * A review dated after `asOf` does not count yet.
 *
 * @example
 * ```ts
 * expertAdmissionFacts(expert, "2024-05-01").unadmittedPoolCount; // 0 when every pool has an approved review
 * ```
 */
export function expertAdmissionFacts(expert: Expert, asOf: string | undefined): ExpertAdmissionFacts {
  const unadmitted = sortedStrings(
    new Set(
      expert.pools
        .filter((m) => !(m.admission?.approved === true && (asOf === undefined || m.admission.reviewedOn <= asOf)))
        .map((m) => m.pool),
    ),
  );
  return {
    id: expert.id,
    name: expert.name,
    employerName: expert.employer.name ?? expert.employer.id,
    employmentKind: expert.employmentKind,
    poolCount: expert.pools.length,
    unadmittedPools: expert.pools.length === 0 ? "(in no pool)" : listEn(unadmitted),
    unadmittedPoolsZh: expert.pools.length === 0 ? "（未加入任何专家库）" : [...unadmitted].sort().map(valueZh).join("、"),
    unadmittedPoolCount: unadmitted.length,
  };
}
