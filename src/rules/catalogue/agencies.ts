import type { Rule } from "../engine/types";
import { LC80, LC80_EFFECTIVE } from "./basis";

/*
 * Item (三) of the directive: procurement agencies. Subject `agencySelection`: facts `selection`, `agency` (the
 * engaged agency, with derived disclosure / blacklist / training facts) and `merit` (its merit rank).
 */

/** LC80-3.1: supervisors publish five parts per agency: personnel, practice, internal controls, inspections, credit. */
export const agencyDisclosureComplete = {
  id: "AGENCY_DISCLOSURE_COMPLETE",
  version: 1,
  clause: "LC80-3.1",
  basis: [LC80("三", "一是")],
  severity: "warning",
  subject: "agencySelection",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "代理机构{agency.name}的公示缺少 {agency.disclosureMissingCount} 项：{agency.disclosureMissingZh}",
    en: "Agency {agency.name} has {agency.disclosureMissingCount} disclosure part(s) unpublished: {agency.disclosureMissingEn}",
  },
  conditions: { all: [{ fact: "agency", path: "disclosureMissingCount", operator: "greaterThan", value: 0 }] },
  evidence: ["agency.id", "agency.name", "agency.disclosureMissingEn", "agency.disclosureMissingCount"],
} as const satisfies Rule;

/** LC80-3.1: a blacklisted agency may not be engaged. */
export const agencyNotBlacklisted = {
  id: "AGENCY_NOT_BLACKLISTED",
  version: 1,
  clause: "LC80-3.1",
  basis: [LC80("三", "一是")],
  severity: "error",
  subject: "agencySelection",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "代理机构{agency.name}在选定日 {selection.selectedOn} 处于黑名单（自 {agency.blacklistedFrom} 起，原因：{agency.blacklistReason}），不得委托",
    en: "Agency {agency.name} was blacklisted on the selection day {selection.selectedOn} (since {agency.blacklistedFrom}: {agency.blacklistReason}) and may not be engaged",
  },
  conditions: { all: [{ fact: "agency", path: "blacklisted", operator: "equal", value: true }] },
  evidence: ["agency.id", "agency.name", "selection.selectedOn", "agency.blacklistedFrom", "agency.blacklistedUntil", "agency.blacklistReason"],
} as const satisfies Rule;

/** LC80-3.2: choose on merit (field, then credit); otherwise explain in writing. */
export const agencyMeritOrJustified = {
  id: "AGENCY_MERIT_OR_JUSTIFIED",
  version: 1,
  clause: "LC80-3.2",
  basis: [LC80("三", "二是")],
  severity: "error",
  subject: "agencySelection",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "选定的代理机构{agency.name}在择优排名中列第 {merit.rank} 名（第 1 名为{merit.topAgencyName}），且无书面说明",
    en: "The chosen agency {agency.name} ranks {merit.rank} on merit (first: {merit.topAgencyName}) and no written explanation is attached",
  },
  conditions: {
    all: [
      { fact: "merit", path: "rank", operator: "greaterThan", value: 1 },
      { fact: "selection", path: "hasJustification", operator: "equal", value: false },
    ],
  },
  evidence: ["agency.name", "merit.rank", "merit.rankedCount", "merit.topAgencyId", "merit.topAgencyName", "merit.source", "selection.hasJustification"],
} as const satisfies Rule;

/** LC80-3.2: method and result filed with the resident discipline inspection group, as a “三重一大” decision. */
export const agencySelectionFiled = {
  id: "AGENCY_SELECTION_FILED",
  version: 1,
  clause: "LC80-3.2",
  basis: [LC80("三", "二是")],
  severity: "error",
  subject: "agencySelection",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "代理机构选定（{selection.id}）未作为“三重一大”事项向派驻纪检监察组报备：{selection.filingStatusZh}",
    en: "The agency selection {selection.id} was not filed with the discipline inspection group as a collective decision: {selection.filingStatusEn}",
  },
  conditions: {
    any: [
      { fact: "selection", path: "filed", operator: "equal", value: false },
      { fact: "selection", path: "filedCollectively", operator: "equal", value: false },
    ],
  },
  evidence: ["selection.id", "selection.filed", "selection.filedCollectively", "selection.filedOn"],
} as const satisfies Rule;

/** LC80-3.3: agency staff trained periodically; each staff member on the project has a passed training in the period. */
export const agencyStaffTrained = {
  id: "AGENCY_STAFF_TRAINED",
  version: 1,
  clause: "LC80-3.3",
  basis: [LC80("三", "三是")],
  severity: "warning",
  subject: "agencySelection",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "代理机构{agency.name}有 {agency.untrainedStaffCount} 名从业人员在 {params.trainingPeriodDays} 日内无合格培训记录：{agency.untrainedStaff}",
    en: "Agency {agency.name} has {agency.untrainedStaffCount} staff without a passed training in the last {params.trainingPeriodDays} days: {agency.untrainedStaff}",
  },
  conditions: { all: [{ fact: "agency", path: "untrainedStaffCount", operator: "greaterThan", value: 0 }] },
  evidence: ["agency.name", "agency.untrainedStaff", "agency.untrainedStaffCount", "params.trainingPeriodDays"],
  params: ["trainingPeriodDays"],
} as const satisfies Rule;

/** Item (三), in catalogue order. */
export const agencyRules = [agencyDisclosureComplete, agencyNotBlacklisted, agencyMeritOrJustified, agencySelectionFiled, agencyStaffTrained] as const;
