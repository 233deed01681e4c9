import type { DemoResult } from "./run";
import type { DemoFinding } from "./validate";

/*
 * Figures every presentation of the demo shares (the terminal table, report.md, report.html), computed once here so
 * they cannot disagree.
 */

/** One rule's findings. */
export interface RuleTally {
  readonly ruleId: string;
  readonly clause: string;
  readonly severity: DemoFinding["severity"];
  readonly count: number;
  readonly records: ReadonlyArray<string>;
  /** One finding of the rule, for its message. */
  readonly example: DemoFinding;
}

/**
 * Findings per rule, ordered by clause then rule id.
 *
 * @example
 * ```ts
 * tallyByRule(result.validation.findings)[0]?.ruleId; // e.g. "AGENCY_DISCLOSURE_COMPLETE"
 * ```
 */
export function tallyByRule(findings: readonly DemoFinding[]): RuleTally[] {
  const map = new Map<string, { f: DemoFinding; records: string[] }>();
  for (const f of findings) {
    const e = map.get(f.ruleId);
    if (e) e.records.push(f.recordId);
    else map.set(f.ruleId, { f, records: [f.recordId] });
  }
  return [...map.values()]
    .map(({ f, records }) => ({ ruleId: f.ruleId, clause: f.clause, severity: f.severity, count: records.length, records: [...new Set(records)].sort(), example: f }))
    .sort((a, b) => clauseOrder(a.clause, b.clause) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * Clause ids in reading order: the directive's items first (LC80-3.1 < LC80-4.3 < LC80-9), then national articles.
 *
 * @example
 * ```ts
 * ["NAT-TBL-37", "LC80-9", "LC80-3.1"].sort(clauseOrder); // ["LC80-3.1", "LC80-9", "NAT-TBL-37"]
 * ```
 */
export function clauseOrder(a: string, b: string): number {
  const key = (c: string): [number, number, number, string] => {
    const m = /^LC80-(\d+)(?:\.(\d+))?$/.exec(c);
    if (m) return [0, Number(m[1]), Number(m[2] ?? 0), c];
    const n = /-(\d+)$/.exec(c);
    return [1, Number(n?.[1] ?? 0), 0, c];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
  return ka[3] < kb[3] ? -1 : ka[3] > kb[3] ? 1 : 0;
}

/**
 * Findings per clause, in reading order.
 *
 * @example
 * ```ts
 * tallyByClause(findings); // [{ clause: "LC80-3.1", count: 18 }, …]
 * ```
 */
export function tallyByClause(findings: readonly DemoFinding[]): Array<{ clause: string; count: number }> {
  const map = new Map<string, number>();
  for (const f of findings) map.set(f.clause, (map.get(f.clause) ?? 0) + 1);
  return [...map].map(([clause, count]) => ({ clause, count })).sort((a, b) => clauseOrder(a.clause, b.clause));
}

/** The headline figures. */
export interface Headline {
  readonly projects: number;
  readonly recordsRead: number;
  readonly recordsRejected: number;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly rulesWithFindings: number;
  readonly draws: number;
  readonly drawsVerified: number;
  readonly drawsFailed: number;
  readonly drawsRefused: number;
  readonly agencies: number;
  readonly experts: number;
  readonly bidders: number;
  readonly riskProcesses: number;
  readonly riskHits: number;
  readonly planted: number;
  readonly missed: number;
}

/**
 * The headline figures of a demo run.
 *
 * @example
 * ```ts
 * headline(result).missed; // 0
 * ```
 */
export function headline(r: DemoResult): Headline {
  const f = r.validation.findings;
  return {
    projects: r.validation.checked.projects ?? 0,
    recordsRead: r.city.files.reduce((a, x) => a + x.records, 0),
    recordsRejected: r.city.files.reduce((a, x) => a + x.rejected, 0),
    findings: f.length,
    errors: f.filter((x) => x.severity === "error").length,
    warnings: f.filter((x) => x.severity === "warning").length,
    infos: f.filter((x) => x.severity === "info").length,
    rulesWithFindings: new Set(f.map((x) => x.ruleId)).size,
    draws: r.draws.length,
    drawsVerified: r.draws.filter((d) => d.verified === true).length,
    drawsFailed: r.draws.filter((d) => d.verified === false).length,
    drawsRefused: r.draws.filter((d) => d.status !== "drawn").length,
    agencies: r.scores.agencies.length,
    experts: r.scores.experts.length,
    bidders: r.scores.bidders.length,
    riskProcesses: r.risk.ranked.length,
    riskHits: r.risk.ranked.reduce((a, p) => a + p.hits.length, 0),
    planted: r.selfCheck.plantedTotal,
    missed: r.selfCheck.missedTotal,
  };
}

/** Short Chinese titles of the built-in rules, for tables (the rule's own message is per finding). */
export const RULE_TITLES_ZH: Readonly<Record<string, string>> = {
  AGENCY_DISCLOSURE_COMPLETE: "代理机构信息公示完整",
  AGENCY_NOT_BLACKLISTED: "不得委托黑名单代理机构",
  AGENCY_MERIT_OR_JUSTIFIED: "择优选择代理机构或书面说明",
  AGENCY_SELECTION_FILED: "代理机构选定向纪检监察组报备",
  AGENCY_STAFF_TRAINED: "代理从业人员定期培训",
  EXPERT_ADMITTED: "专家审核入库",
  EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF: "监管部门、交易中心人员不得入库",
  COMMITTEE_MEMBER_NOT_OFFICIAL: "评委会成员非监管或中心人员",
  CIVIL_SERVANT_UNPAID: "公务员参加评标不得领取报酬",
  COMMITTEE_NOT_CONCENTRATED: "评标专家不过于集中（外地专家）",
  EXPERT_RATED_PER_EVENT: "专家一事一评",
  EXPERT_RATINGS_PUBLISHED: "专家评议结果公开",
  COMMITTEE_SIZE_FIVE_OR_MORE_ODD: "评委会五人以上单数",
  COMMITTEE_EXPERTS_TWO_THIRDS: "专家不少于成员三分之二",
  GP_COMMITTEE_SEVEN: "政府采购招标评标委员会七人以上（预算、技术复杂或社会影响）",
  GP_CONSULTATION_GROUP_COMPOSITION: "磋商小组三人以上单数",
  GP_NEGOTIATION_GROUP_COMPOSITION: "谈判、询价小组三人以上单数",
  AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT: "代理机构人员不评本机构代理项目",
  GP_CONTRACT_ANNOUNCED_IN_TIME: "政府采购合同两个工作日内公告",
  EXPERT_AVOIDS_CONFLICT_OF_INTEREST: "专家回避利害关系",
  SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE: "监管部门人员不评本部门项目",
  CANDIDATES_PUBLISHED_IN_TIME: "中标候选人按时公示",
  CANDIDATES_PUBLISHED_LONG_ENOUGH: "中标候选人公示不少于三日",
  COMPLAINT_FILED_IN_TIME: "投诉在期限内提出",
  COMPLAINT_ACCEPTANCE_IN_TIME: "投诉按时决定受理",
  COMPLAINT_DECIDED_IN_TIME: "投诉按时作出处理决定",
  CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED: "中标后取消采购须集体决策并报告",
  CONTRACT_SIGNED_IN_TIME: "中标后三十日内签订合同",
  SPOT_CHECK_RATE: "每季度抽查 5%–10% 项目",
  SPOT_CHECK_DRAWN: "抽查有可验证的随机抽取记录",
  SPOT_CHECK_PUBLISHED: "抽查结果按时公示",
  ABANDONMENT_REASON_FILED: "弃标说明理由并备案",
  ABANDONMENT_WITHOUT_PROPER_REASON: "无正当理由弃标移送查处",
  FULLY_ELECTRONIC: "全流程电子化交易",
  BLIND_REVIEW_ASSIGNMENT_VALID: "暗标错位评审安排有效",
  SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS: "重大项目社会监督员全程监标",
  EVALUATION_DISCLOSED_IN_TIME: "评标专家及总分按时公开",
  PROJECT_HAS_SUPERVISOR: "项目有明确的监管部门",
  COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME: "投诉按环节、按时处理并公开",
};

/**
 * Clause labels (directive item / national article) for charts and tables.
 *
 * @example
 * ```ts
 * clauseLabel("LC80-4.3"); // "LC80-4.3（第四项第3点）"
 * ```
 */
export function clauseLabel(clause: string): string {
  const m = /^LC80-(\d+)(?:\.(\d+))?$/.exec(clause);
  const items = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (m) return `${clause}（第${items[Number(m[1])] ?? m[1]}项${m[2] ? `第${m[2]}点` : ""}）`;
  const names: Record<string, string> = {
    "NAT-TBL-37": "招标投标法第37条",
    "NAT-TBLR-46": "实施条例第46条",
    "NAT-TBLR-54": "实施条例第54条",
    "NAT-TBLR-60": "实施条例第60条",
    "NAT-TBLR-61": "实施条例第61条",
    "NAT-MOF87-47": "财政部令87号第47条",
    "NAT-GPLR-9": "政府采购法实施条例第9条",
  };
  return names[clause] ? `${clause}（${names[clause]}）` : clause;
}
