import type { Rule } from "../engine/types";
import { LC80, LC80_EFFECTIVE, GPLR, TBLR } from "./basis";

/*
 * Item (六) of the directive: the trading process. Subjects: `project` (fact `project`) and `evaluation` (facts
 * `evaluation`, `project`).
 */

/** LC80-6.1: end the paper/electronic dual track — the whole process online. */
export const fullyElectronic = {
  id: "FULLY_ELECTRONIC",
  version: 1,
  clause: "LC80-6.1",
  basis: [LC80("六", "一是")],
  severity: "warning",
  subject: "project",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "项目{project.name}（{project.id}）未实行全流程电子化交易（纸质或“双轨制”）",
    en: "Project {project.name} ({project.id}) is not traded fully electronically (paper or dual track)",
  },
  conditions: { all: [{ fact: "project", path: "electronic", operator: "equal", value: false }] },
  evidence: ["project.id", "project.name", "project.electronic"],
} as const satisfies Rule;

/** LC80-6.1: blind technical bids with dislocated review — codes unique, every reviewer a full, distinct order. */
export const blindReviewAssignmentValid = {
  id: "BLIND_REVIEW_ASSIGNMENT_VALID",
  version: 1,
  clause: "LC80-6.1",
  basis: [LC80("六", "一是")],
  severity: "error",
  subject: "evaluation",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "评标（{evaluation.id}）的暗标错位评审安排有 {evaluation.blindReviewProblemCount} 处问题：{evaluation.blindReviewProblemsZh}",
    en: "The blind dislocated review of evaluation {evaluation.id} has {evaluation.blindReviewProblemCount} problem(s): {evaluation.blindReviewProblemsEn}",
  },
  conditions: { all: [{ fact: "evaluation", path: "blindReviewProblemCount", operator: "greaterThan", value: 0 }] },
  evidence: ["evaluation.id", "evaluation.blindReviewProblemsEn", "evaluation.blindReviewProblemCount"],
} as const satisfies Rule;

/** LC80-6.3: 1–2 social supervisors attend the whole evaluation of a major or public-impact project. */
export const socialSupervisionForMajorProjects = {
  id: "SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS",
  version: 1,
  clause: "LC80-6.3",
  basis: [LC80("六", "三是")],
  severity: "warning",
  subject: "evaluation",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "重大或社会影响较大项目{project.name}的评标有 {evaluation.socialSupervisorCount} 名社会监督员全程监标，应为 {params.socialSupervisorsMin}–{params.socialSupervisorsMax} 名",
    en: "The evaluation of major or public-impact project {project.name} had {evaluation.socialSupervisorCount} social supervisor(s) attending throughout; {params.socialSupervisorsMin}–{params.socialSupervisorsMax} required",
  },
  conditions: {
    all: [
      { fact: "project", path: "majorOrPublicImpact", operator: "equal", value: true },
      {
        any: [
          { fact: "evaluation", path: "socialSupervisorCount", operator: "lessThan", value: { fact: "params", path: "socialSupervisorsMin" } },
          { fact: "evaluation", path: "socialSupervisorCount", operator: "greaterThan", value: { fact: "params", path: "socialSupervisorsMax" } },
        ],
      },
    ],
  },
  evidence: ["project.name", "project.budgetYuan", "project.major", "project.publicImpact", "evaluation.socialSupervisorCount", "params.majorProjectBudgetYuan"],
  params: ["majorProjectBudgetYuan", "socialSupervisorsMin", "socialSupervisorsMax"],
} as const satisfies Rule;

/**
 * LC80-6.4: experts' names and total scores on the public screen and the website "within the statutory limits";
 * the limit is 招标投标法实施条例 art. 54 (within 3 days of receiving the evaluation report), a pack parameter.
 */
export const evaluationDisclosedInTime = {
  id: "EVALUATION_DISCLOSED_IN_TIME",
  version: 2,
  clause: "LC80-6.4",
  basis: [LC80("六", "四是"), TBLR("五十四"), GPLR("四十三"), "民法典 第二百零一条、第二百零三条"],
  severity: "error",
  subject: "evaluation",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "评标报告 {evaluation.reportOn} 收到后，专家名单和总分最迟应于 {evaluation.disclosureLastDay} 在网站公开，{evaluation.disclosureStatusZh}，逾期 {evaluation.disclosureDaysLate} 日",
    en: "After the evaluation report of {evaluation.reportOn}, expert names and total scores were due on the website by {evaluation.disclosureLastDay}; {evaluation.disclosureStatusEn}, {evaluation.disclosureDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "evaluation", path: "disclosureDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["evaluation.id", "evaluation.reportOn", "evaluation.disclosedOn", "evaluation.disclosureLastDay", "evaluation.disclosureDaysLate", "evaluation.disclosurePeriodEn", "params.disclosureDays"],
  params: ["disclosureDays"],
} as const satisfies Rule;

/** Item (六), in catalogue order. */
export const processRules = [fullyElectronic, blindReviewAssignmentValid, socialSupervisionForMajorProjects, evaluationDisclosedInTime] as const;
