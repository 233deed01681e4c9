/*
 * Why an expert may not sit on a committee. The sampler counts exclusions by these reasons in its draw record, so
 * the names are part of the draw protocol: add new ones, never rename.
 */

/** One reason an expert is not eligible for a project's committee. */
export type ExclusionReason =
  | "official" // LC80-4.4: staff of an industry supervisor or of the trading centre may not be in a pool at all
  | "supervisingDepartmentStaff" // national: staff of the department that supervises this very project
  | "notAdmitted" // LC80-4.1: no approved admission review (审核入库) for the pool
  | "suspended" // pool status suspended, suspension still running on asOf
  | "removed" // removed from the pool
  | "blacklisted" // on a blacklist the caller passes in
  | "conflictOfInterest" // 实施条例 art. 46, 政府采购法实施条例 art. 9
  | "coolDown"; // drawn too recently (policy, LC80-4.3 "not too concentrated")

/** All reasons, in the fixed order reports and draw records list them. */
export const EXCLUSION_REASONS = [
  "official",
  "supervisingDepartmentStaff",
  "notAdmitted",
  "suspended",
  "removed",
  "blacklisted",
  "conflictOfInterest",
  "coolDown",
] as const satisfies ReadonlyArray<ExclusionReason>;

/** The clause each reason rests on (DIRECTIVE.md clause IDs; national articles in `basis`). */
export const EXCLUSION_BASIS: Readonly<Record<ExclusionReason, { clause: string; basis: readonly string[] }>> = {
  official: { clause: "LC80-4.4", basis: ["聊政办字〔2018〕80号 （四）四是"] },
  supervisingDepartmentStaff: { clause: "NAT-TBLR-46", basis: ["招标投标法实施条例 第四十六条"] },
  notAdmitted: { clause: "LC80-4.1", basis: ["聊政办字〔2018〕80号 （四）一是"] },
  suspended: { clause: "LC80-4.1", basis: ["聊政办字〔2018〕80号 （四）一是"] },
  removed: { clause: "LC80-4.1", basis: ["聊政办字〔2018〕80号 （四）一是"] },
  blacklisted: { clause: "LC80-4.2", basis: ["聊政办字〔2018〕80号 （四）二是"] },
  conflictOfInterest: { clause: "NAT-TBLR-46", basis: ["招标投标法实施条例 第四十六条", "政府采购法实施条例 第九条"] },
  coolDown: { clause: "LC80-4.3", basis: ["聊政办字〔2018〕80号 （四）三是"] },
};
