import type { Rule } from "../engine/types";
import { LC80, LC80_EFFECTIVE, NATIONAL_EFFECTIVE, SCOPE, GPL, TBL } from "./basis";

/*
 * Item (五) of the directive: performance of tenderers and bidders. Subjects: `award` (facts `award`, `contract`),
 * `cancellation`, `abandonment`, `spotCheckQuarter` (fact `spotCheck`).
 */

/** LC80-5.1: cancelling the plan, delaying or refusing performance after award is a “三重一大” decision, reported. */
export const cancellationCollectivelyDecidedAndReported = {
  id: "CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED",
  version: 1,
  clause: "LC80-5.1",
  basis: [LC80("五", "一是")],
  severity: "error",
  subject: "cancellation",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "招标人（{cancellation.tendererId}）中标后{cancellation.kindZh}（{cancellation.cancelledOn}）：{cancellation.missingZh}",
    en: "After award the tenderer ({cancellation.tendererId}) chose to {cancellation.kindEn} on {cancellation.cancelledOn}: {cancellation.missingEn}",
  },
  conditions: {
    all: [
      { fact: "cancellation", path: "afterAward", operator: "equal", value: true },
      {
        any: [
          { fact: "cancellation", path: "collectivelyDecided", operator: "equal", value: false },
          { fact: "cancellation", path: "reported", operator: "equal", value: false },
        ],
      },
    ],
  },
  evidence: [
    "cancellation.id",
    "cancellation.tendererId",
    "cancellation.kind",
    "cancellation.cancelledOn",
    "cancellation.decidedOn",
    "cancellation.collectivelyDecided",
    "cancellation.reportedOn",
    "cancellation.reported",
  ],
} as const satisfies Rule;

/**
 * LC80-5.1 flags delay; the period is national law: the written contract within 30 days of the award notice
 * (招标投标法 art. 46; 政府采购法 art. 46), counted from the day after the notice, a last day on a rest day moved to
 * the next working day (民法典 art. 201, 203). Ships in the national pack: the law applies since 2000.
 */
export const contractSignedInTime = {
  id: "CONTRACT_SIGNED_IN_TIME",
  version: 2,
  clause: "LC80-5.1",
  basis: [LC80("五", "一是"), TBL("四十六"), GPL("四十六"), "民法典 第二百零一条、第二百零三条"],
  severity: "error",
  subject: "award",
  effective: { from: NATIONAL_EFFECTIVE.tenderingLaw },
  message: {
    zh: "中标通知书 {award.noticeOn} 发出后，合同最迟应于 {contract.lastDay} 签订，{contract.statusZh}，逾期 {contract.daysLate} 日",
    en: "After the award notice of {award.noticeOn} the contract was due by {contract.lastDay}; {contract.statusEn}, {contract.daysLate} day(s) late",
  },
  conditions: { all: [{ fact: "contract", path: "daysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["award.id", "award.noticeOn", "contract.signedOn", "contract.nominalLastDay", "contract.lastDay", "contract.daysLate", "params.contractDays"],
  params: ["contractDays"],
  scope: SCOPE.both,
} as const satisfies Rule;

/** LC80-5.2: each quarter 5–10% of all trading projects are spot-checked. */
export const spotCheckRate = {
  id: "SPOT_CHECK_RATE",
  version: 2,
  clause: "LC80-5.2",
  basis: [LC80("五", "二是")],
  severity: "error",
  subject: "spotCheckQuarter",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "{spotCheck.quarter} 抽查 {spotCheck.checkedCount} 个项目，占总数 {spotCheck.totalProjects} 个的 {spotCheck.ratePercent}%，应为 {spotCheck.minRequired}–{spotCheck.maxAllowed} 个（{params.spotCheckMinRate}–{params.spotCheckMaxRate}）",
    en: "{spotCheck.quarter}: {spotCheck.checkedCount} of {spotCheck.totalProjects} projects checked ({spotCheck.ratePercent}%); {spotCheck.minRequired}–{spotCheck.maxAllowed} required ({params.spotCheckMinRate}–{params.spotCheckMaxRate})",
  },
  conditions: {
    all: [
      { fact: "spotCheck", path: "quarterEnded", operator: "equal", value: true },
      {
        any: [
          { fact: "spotCheck", path: "checkedCount", operator: "lessThan", value: { fact: "spotCheck", path: "minRequired" } },
          { fact: "spotCheck", path: "checkedCount", operator: "greaterThan", value: { fact: "spotCheck", path: "maxAllowed" } },
        ],
      },
    ],
  },
  evidence: ["spotCheck.quarter", "spotCheck.totalProjects", "spotCheck.checkedCount", "spotCheck.ratePercent", "spotCheck.minRequired", "spotCheck.maxAllowed"],
  params: ["spotCheckMinRate", "spotCheckMaxRate"],
} as const satisfies Rule;

/** LC80-5.2: 双随机 — the checked projects (and inspectors) come from a verifiable draw record. */
export const spotCheckDrawn = {
  id: "SPOT_CHECK_DRAWN",
  version: 1,
  clause: "LC80-5.2",
  basis: [LC80("五", "二是")],
  severity: "error",
  subject: "spotCheckQuarter",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "{spotCheck.quarter} 抽查的 {spotCheck.checkedCount} 个项目没有可验证的随机抽取记录",
    en: "{spotCheck.quarter}: the {spotCheck.checkedCount} checked projects have no verifiable draw record",
  },
  conditions: {
    all: [
      { fact: "spotCheck", path: "checkedCount", operator: "greaterThan", value: 0 },
      { fact: "spotCheck", path: "drawRecordRef", operator: "notExists" },
    ],
  },
  evidence: ["spotCheck.id", "spotCheck.quarter", "spotCheck.checkedCount", "spotCheck.drawRecordRef"],
} as const satisfies Rule;

/** LC80-5.2: the results are published (公示); the directive sets no period, the pack does. */
export const spotCheckPublished = {
  id: "SPOT_CHECK_PUBLISHED",
  version: 1,
  clause: "LC80-5.2",
  basis: [LC80("五", "二是")],
  severity: "warning",
  subject: "spotCheckQuarter",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "{spotCheck.quarter} 抽查结果最迟应于 {spotCheck.publicationLastDay} 公示，逾期 {spotCheck.publicationDaysLate} 日",
    en: "{spotCheck.quarter} spot-check results were due for publication by {spotCheck.publicationLastDay}; {spotCheck.publicationDaysLate} day(s) late",
  },
  conditions: { all: [{ fact: "spotCheck", path: "publicationDaysLate", operator: "greaterThan", value: 0 }] },
  evidence: ["spotCheck.quarter", "spotCheck.quarterEnd", "spotCheck.publishedOn", "spotCheck.publicationLastDay", "spotCheck.publicationDaysLate"],
  params: ["spotCheckPublicationDays"],
} as const satisfies Rule;

/** LC80-5.3: a winner who abandons explains its reason to the tenderer and files it with the supervisor. */
export const abandonmentReasonFiled = {
  id: "ABANDONMENT_REASON_FILED",
  version: 1,
  clause: "LC80-5.3",
  basis: [LC80("五", "三是")],
  severity: "error",
  subject: "abandonment",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "中标人{abandonment.winnerName}于 {abandonment.abandonedOn} 弃标：{abandonment.missingZh}",
    en: "Winner {abandonment.winnerName} abandoned on {abandonment.abandonedOn}: {abandonment.missingEn}",
  },
  conditions: {
    any: [
      { fact: "abandonment", path: "explained", operator: "equal", value: false },
      { fact: "abandonment", path: "filed", operator: "equal", value: false },
    ],
  },
  evidence: ["abandonment.id", "abandonment.winnerId", "abandonment.winnerName", "abandonment.abandonedOn", "abandonment.explained", "abandonment.filed"],
} as const satisfies Rule;

/** LC80-5.3: abandoning without a proper (or lawful) reason is referred to the supervisor for investigation. */
export const abandonmentWithoutProperReason = {
  id: "ABANDONMENT_WITHOUT_PROPER_REASON",
  version: 1,
  clause: "LC80-5.3",
  basis: [LC80("五", "三是")],
  severity: "error",
  subject: "abandonment",
  effective: { from: LC80_EFFECTIVE },
  message: {
    zh: "中标人{abandonment.winnerName}弃标理由类别“{abandonment.reasonCategory}”不属正当理由，应由监管部门依法查处",
    en: "Winner {abandonment.winnerName} abandoned for a reason of kind '{abandonment.reasonCategory}', which is not a proper reason: refer to the supervisor",
  },
  conditions: {
    all: [{ fact: "abandonment", path: "reasonCategory", operator: "notIn", value: { fact: "params", path: "properAbandonmentReasons" } }],
  },
  evidence: ["abandonment.winnerName", "abandonment.reasonCategory", "abandonment.reason", "params.properAbandonmentReasons"],
  params: ["properAbandonmentReasons"],
} as const satisfies Rule;

/** Item (五), in catalogue order. */
export const performanceRules = [
  cancellationCollectivelyDecidedAndReported,
  contractSignedInTime,
  spotCheckRate,
  spotCheckDrawn,
  spotCheckPublished,
  abandonmentReasonFiled,
  abandonmentWithoutProperReason,
] as const;
