import type { Rule } from "../engine/types";
import { LC80, LC80_EFFECTIVE } from "./basis";

/*
 * Item (四) of the directive: evaluation experts. Subjects: `expertAdmission` (fact `expert`), `committee` (facts
 * `committee`, `project`), `committeeMember` (fact `member`, one evaluation per member so a finding names the
 * expert), `evaluation` (facts `evaluation`, `project`).
 */

/** LC80-4.1: experts enter a pool only after an approved admission review (审核入库). */
export const expertAdmitted = {
  id: "EXPERT_ADMITTED",
  version: 1,
  clause: "LC80-4.1",
  basis: [LC80("四", "一是")],
  severity: "error",
  subject: "expertAdmission",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "专家{expert.name}（{expert.id}）在以下专家库无审核通过的入库记录：{expert.unadmittedPoolsZh}",
    en: "Expert {expert.name} ({expert.id}) has no approved admission review for pool(s): {expert.unadmittedPools}",
  },
  conditions: {
    any: [
      { fact: "expert", path: "unadmittedPoolCount", operator: "greaterThan", value: 0 },
      { fact: "expert", path: "poolCount", operator: "equal", value: 0 },
    ],
  },
  evidence: ["expert.id", "expert.name", "expert.poolCount", "expert.unadmittedPools", "expert.unadmittedPoolCount"],
} as const satisfies Rule;

/** LC80-4.4: staff of industry supervisors and of the trading centre may not enter an expert pool. */
export const expertNotSupervisorOrCentreStaff = {
  id: "EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF",
  version: 1,
  clause: "LC80-4.4",
  basis: [LC80("四", "四是")],
  severity: "error",
  subject: "expertAdmission",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "{expert.name}（{expert.employerName}）为行业监管部门或交易中心工作人员，不得进入评标专家库",
    en: "{expert.name} ({expert.employerName}) works for an industry supervisor or the trading centre and may not join an expert pool",
  },
  conditions: {
    all: [{ fact: "expert", path: "employmentKind", operator: "in", value: ["industrySupervisor", "tradingCentreStaff"] }],
  },
  evidence: ["expert.id", "expert.name", "expert.employerName", "expert.employmentKind"],
} as const satisfies Rule;

/** LC80-4.4 on a committee: the same bar, checked per member (they may have joined a pool before the directive). */
export const committeeMemberNotOfficial = {
  id: "COMMITTEE_MEMBER_NOT_OFFICIAL",
  version: 1,
  clause: "LC80-4.4",
  basis: [LC80("四", "四是")],
  severity: "error",
  subject: "committeeMember",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "评标委员会成员{member.name}（{member.employerName}）为行业监管部门或交易中心工作人员",
    en: "Committee member {member.name} ({member.employerName}) works for an industry supervisor or the trading centre",
  },
  conditions: {
    all: [
      { fact: "member", path: "role", operator: "equal", value: "expert" },
      { fact: "member", path: "employmentKind", operator: "in", value: ["industrySupervisor", "tradingCentreStaff"] },
    ],
  },
  evidence: ["member.expertId", "member.name", "member.employerName", "member.employmentKind"],
} as const satisfies Rule;

/** LC80-4.4: a civil servant who evaluates may not be paid for it. */
export const civilServantUnpaid = {
  id: "CIVIL_SERVANT_UNPAID",
  version: 1,
  clause: "LC80-4.4",
  basis: [LC80("四", "四是")],
  severity: "error",
  subject: "committeeMember",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "国家公务员{member.name}（{member.employerName}）参加评标领取了评审费 {member.feeYuan} 元",
    en: "Civil servant {member.name} ({member.employerName}) was paid a fee of {member.feeYuan} yuan for the evaluation",
  },
  conditions: {
    all: [
      { fact: "member", path: "employmentKind", operator: "equal", value: "civilServant" },
      { fact: "member", path: "feeYuan", operator: "greaterThan", value: 0 },
    ],
  },
  evidence: ["member.expertId", "member.name", "member.employerName", "member.employmentKind", "member.feeYuan"],
} as const satisfies Rule;

/** LC80-4.3: draw wider (non-local, remote) so local experts are not concentrated; thresholds are pack parameters. */
export const committeeNotConcentrated = {
  id: "COMMITTEE_NOT_CONCENTRATED",
  version: 1,
  clause: "LC80-4.3",
  basis: [LC80("四", "三是")],
  severity: "warning",
  subject: "committee",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "评标委员会专家过于集中：外地专家 {committee.nonLocalCount}/{committee.expertCount} 人（至少 {committee.nonLocalRequired} 人），同一单位最多 {committee.maxFromOneEmployer} 人（{committee.topEmployer}，上限 {params.maxExpertsPerEmployer} 人）",
    en: "Committee experts are concentrated: {committee.nonLocalCount} of {committee.expertCount} non-local (at least {committee.nonLocalRequired} required), up to {committee.maxFromOneEmployer} from one employer ({committee.topEmployer}; cap {params.maxExpertsPerEmployer})",
  },
  conditions: {
    any: [
      { fact: "committee", path: "nonLocalCount", operator: "lessThan", value: { fact: "committee", path: "nonLocalRequired" } },
      { fact: "committee", path: "maxFromOneEmployer", operator: "greaterThan", value: { fact: "params", path: "maxExpertsPerEmployer" } },
    ],
  },
  evidence: [
    "committee.expertCount",
    "committee.nonLocalCount",
    "committee.nonLocalShare",
    "committee.nonLocalRequired",
    "committee.maxFromOneEmployer",
    "committee.topEmployer",
    "params.minNonLocalShare",
    "params.maxExpertsPerEmployer",
  ],
  params: ["minNonLocalShare", "maxExpertsPerEmployer"],
} as const satisfies Rule;

/** LC80-4.2: related parties rate every expert after every evaluation (一事一评). */
export const expertRatedPerEvent = {
  id: "EXPERT_RATED_PER_EVENT",
  version: 1,
  clause: "LC80-4.2",
  basis: [LC80("四", "二是")],
  severity: "warning",
  subject: "evaluation",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "评标（{evaluation.id}）结束后有 {evaluation.unratedCount} 名专家缺少相关方评议：{evaluation.unratedZh}",
    en: "After evaluation {evaluation.id}, {evaluation.unratedCount} expert(s) lack ratings from the required parties: {evaluation.unratedEn}",
  },
  conditions: {
    all: [
      { fact: "evaluation", path: "status", operator: "equal", value: "finished" },
      { fact: "evaluation", path: "unratedCount", operator: "greaterThan", value: 0 },
    ],
  },
  evidence: ["evaluation.id", "evaluation.unratedEn", "evaluation.unratedCount", "params.requiredRaters"],
  params: ["requiredRaters"],
} as const satisfies Rule;

/** LC80-4.2: rating results published (on site, website, WeChat). */
export const expertRatingsPublished = {
  id: "EXPERT_RATINGS_PUBLISHED",
  version: 1,
  clause: "LC80-4.2",
  basis: [LC80("四", "二是")],
  severity: "warning",
  subject: "evaluation",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "评标（{evaluation.id}）的专家评议结果未在 {evaluation.ratingsPublicationLastDay} 前公开（已过 {evaluation.ratingsPublicationDaysLate} 日）",
    en: "Expert ratings of evaluation {evaluation.id} were not published by {evaluation.ratingsPublicationLastDay} ({evaluation.ratingsPublicationDaysLate} day(s) late)",
  },
  conditions: { all: [{ fact: "evaluation", path: "ratingsPublicationDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["evaluation.id", "evaluation.endedOn", "evaluation.ratingsPublishedOn", "evaluation.ratingsPublicationLastDay", "evaluation.ratingsPublicationDaysLate"],
  params: ["ratingsPublicationDays"],
} as const satisfies Rule;

/** Item (四), in catalogue order. */
export const expertRules = [
  expertAdmitted,
  expertRatedPerEvent,
  expertRatingsPublished,
  committeeNotConcentrated,
  expertNotSupervisorOrCentreStaff,
  committeeMemberNotOfficial,
  civilServantUnpaid,
] as const;
