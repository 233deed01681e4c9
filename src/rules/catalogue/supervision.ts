import type { Rule } from "../engine/types";
import { LC80, LC80_EFFECTIVE, MOF94, TBLR } from "./basis";

/*
 * Items (七)(八)(九) of the directive: supervision and complaints. Subjects: `project` (fact `project`) and
 * `complaint` (fact `complaint`). Item (七) — the risk-point register — is data, not a predicate.
 */

/**
 * LC80-8: the "supervision vacuum" projects — by SOEs or investment companies, supporting municipal, pipeline and
 * greening works, matters with no supervisor set by law — each need a named supervising department. Other projects
 * have their supervisor by law and are not this clause's concern.
 */
export const projectHasSupervisor = {
  id: "PROJECT_HAS_SUPERVISOR",
  version: 2,
  clause: "LC80-8",
  basis: [LC80("八", "")],
  severity: "error",
  subject: "project",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "项目{project.name}（{project.id}，{project.vacuumKindZh}）没有明确的行政监管部门",
    en: "Project {project.name} ({project.id}, {project.vacuumKindEn}) has no named supervising department",
  },
  conditions: {
    all: [
      { fact: "project", path: "supervisionVacuum", operator: "equal", value: true },
      { fact: "project", path: "supervisingDepartmentId", operator: "notExists" },
    ],
  },
  evidence: ["project.id", "project.name", "project.vacuumKindEn", "project.supervisingDepartmentId"],
} as const satisfies Rule;

/**
 * LC80-9: acceptance, transfer, investigation and publication follow each other in order, and the decision is
 * published within the pack's period. The national periods of art. 60–61 are separate rules (national pack).
 */
export const complaintHandledInSequenceAndTime = {
  id: "COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME",
  version: 2,
  clause: "LC80-9",
  // The acceptance the sequence starts from: 实施条例 art. 61 for tendering complaints, 94号令 art. 21 for GP ones.
  basis: [LC80("九", ""), TBLR("六十一"), MOF94("二十一")],
  severity: "error",
  subject: "complaint",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "投诉{complaint.id}的处理环节不衔接：{complaint.sequenceProblemsZh}",
    en: "Complaint {complaint.id} was not handled in sequence and time: {complaint.sequenceProblemsEn}",
  },
  conditions: { all: [{ fact: "complaint", path: "sequenceProblemCount", operator: "greaterThan", value: 0 }] },
  evidence: ["complaint.id", "complaint.stageList", "complaint.sequenceProblemsEn", "complaint.publicationLastDay", "params.complaintPublicationDays"],
  params: ["complaintPublicationDays"],
} as const satisfies Rule;

/** Items (七)(八)(九), in catalogue order. */
export const supervisionRules = [projectHasSupervisor, complaintHandledInSequenceAndTime] as const;
