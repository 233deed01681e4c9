// Enumerated values in Chinese come from the library's own table, which its Chinese messages already use.
import { withBuiltinDocs } from "ggzy-rules/authoring";
import { valueZh as libraryValueZh } from "ggzy-rules/model";
import { defaultRuleSet } from "ggzy-rules/rules";
import type { Rule, RuleSet, RuleSetClause } from "ggzy-rules/rules";
import { SIGNAL_INFO } from "ggzy-rules/scoring";
import type { RiskSignalId } from "ggzy-rules/scoring";
import type { DrawSummary } from "./draws";

/*
 * Chinese for what the report shows: the title of every code (rule and clause from the rule set with the built-in
 * documentation, ggzy-rules/authoring's withBuiltinDocs; risk signal from the library's signal table), the labels of evidence fields and the Chinese of the enumerated values that rules and
 * risk indicators put in their evidence and messages. Evidence keys are localized generically — object prefix, then the field, then word by word
 * from camelCase — so fields that new rules add read in Chinese without a line here when their words are known.
 */

/** The rule set's entry for a clause ID, with the built-in documentation, if it has one (own properties only: an ID is data). */
function clauseOf(clause: string, set: RuleSet): RuleSetClause | undefined {
  const documented = withBuiltinDocs(set);
  return Object.hasOwn(documented.clauses, clause) ? documented.clauses[clause] : undefined;
}

/** The rule set's rule of an id, with the built-in documentation. */
function ruleOf(ruleId: string, set: RuleSet): Rule | undefined {
  return withBuiltinDocs(set).rules.find((e) => e.rule.id === ruleId)?.rule;
}

/** Directive clauses are read by their subject (the code says item and point); other clauses by their source too. */
const bySubjectOnly = (clause: string): boolean => clause.startsWith("LC80-");

/**
 * The Chinese title of a clause, from the rule set's clauses (its packs' own, and the built-in packs' documentation): a directive clause by its
 * subject, a national article by the article and its subject; "—" for a clause the rule set does not title.
 *
 * @example
 * ```ts
 * clauseTitleZh("LC80-5.2"); // "双随机一抽查"
 * clauseTitleZh("NAT-TBL-47"); // "招标投标法 第四十七条（招标投标情况书面报告）"
 * ```
 */
export function clauseTitleZh(clause: string, set: RuleSet = defaultRuleSet()): string {
  const c = clauseOf(clause, set);
  if (c === undefined) return "—";
  return bySubjectOnly(clause) ? c.title.zh : `${c.source.zh}（${c.title.zh}）`;
}

/**
 * The English title of a clause, as {@link clauseTitleZh}.
 *
 * @example
 * ```ts
 * clauseTitleEn("NAT-TBL-47"); // "Tendering and Bidding Law art. 47 (Written report on the tendering to the supervisor)"
 * ```
 */
export function clauseTitleEn(clause: string, set: RuleSet = defaultRuleSet()): string {
  const c = clauseOf(clause, set);
  if (c === undefined) return "—";
  return bySubjectOnly(clause) ? c.title.en : `${c.source.en} (${c.title.en})`;
}

/**
 * A clause's subject alone, for a chart's axis (the tooltip has the whole title).
 *
 * @example
 * ```ts
 * clauseSubjectZh("NAT-TBL-47"); // "招标投标情况书面报告"
 * ```
 */
export function clauseSubjectZh(clause: string, set: RuleSet = defaultRuleSet()): string {
  return clauseOf(clause, set)?.title.zh ?? "—";
}

/**
 * A rule's Chinese title, from the rule itself; "—" for a rule without one (a county's rule may have none).
 *
 * @example
 * ```ts
 * ruleTitleZh("CONTRACT_SIGNED_IN_TIME"); // "中标通知书发出后按期签订书面合同"
 * ```
 */
export function ruleTitleZh(ruleId: string, set: RuleSet = defaultRuleSet()): string {
  return ruleOf(ruleId, set)?.title?.zh ?? "—";
}

/**
 * A rule's English title, as {@link ruleTitleZh}.
 *
 * @example
 * ```ts
 * ruleTitleEn("CONTRACT_SIGNED_IN_TIME"); // "Written contract signed in time after the award notice"
 * ```
 */
export function ruleTitleEn(ruleId: string, set: RuleSet = defaultRuleSet()): string {
  return ruleOf(ruleId, set)?.title?.en ?? "—";
}

/**
 * The Chinese title of a risk signal, from the library's own signal table.
 *
 * @example
 * ```ts
 * signalTitleZh("R028"); // "不同投标人报价相同"
 * ```
 */
export function signalTitleZh(signal: string): string {
  return SIGNAL_INFO[signal as RiskSignalId]?.title.zh ?? "风险信号";
}

/** The English title of a risk signal. */
export function signalTitleEn(signal: string): string {
  return SIGNAL_INFO[signal as RiskSignalId]?.title.en ?? signal;
}

/**
 * A risk signal's basis in Chinese (the library cites some international sources in English).
 *
 * @example
 * ```ts
 * basisZh("Cardinal R003"); // "Cardinal 风险指标库 R003"
 * ```
 */
export function basisZh(basis: string): string {
  if (basis.startsWith("Cardinal ")) return `Cardinal 风险指标库 ${basis.slice("Cardinal ".length)}`;
  if (basis.startsWith("GTI collusion toolkit")) return "政府透明度研究所（GTI）串通投标识别方法：陪标";
  if (basis.startsWith("World Bank red flag")) return "世界银行串通投标预警指标：轮流中标";
  return localizeZh(basis);
}

/** Names of the record kinds that prefix evidence keys (`agency.name`, `complaint.filedOn`…). */
const OBJECT_ZH: Readonly<Record<string, string>> = {
  agency: "代理机构",
  cancellation: "取消采购",
  selection: "代理选定",
  merit: "择优排名",
  complaint: "投诉",
  committee: "评委会",
  project: "项目",
  evaluation: "评标",
  award: "中标",
  contract: "合同",
  member: "成员",
  abandonment: "弃标",
  expert: "专家",
  spotCheck: "抽查",
  params: "参数",
  bid: "投标",
  tenderer: "招标人",
  bidder: "投标人",
  timeline: "时间线",
  awardTimeline: "中标时间线",
};

/** Field names (last part of an evidence key), whole. */
const FIELD_ZH: Readonly<Record<string, string>> = {
  id: "编号",
  name: "名称",
  disclosureMissingCount: "缺少公示项数",
  tendererId: "招标人编号",
  kind: "类型",
  cancelledOn: "取消日期",
  decidedOn: "决定日期",
  collectivelyDecided: "集体决策",
  reportedOn: "报告日期",
  reported: "已报告",
  untrainedStaff: "未培训人员",
  untrainedStaffCount: "未培训人数",
  trainingPeriodDays: "培训周期（天）",
  rank: "排名",
  rankedCount: "参与排名数",
  topAgencyId: "第一名编号",
  topAgencyName: "第一名",
  source: "来源",
  hasJustification: "有书面说明",
  knownOn: "知道之日",
  filedOn: "提出日期",
  filingLastDay: "期限末日",
  filingDaysLate: "逾期天数",
  complaintFilingDays: "投诉期限（天）",
  size: "人数",
  expertCount: "专家人数",
  expertsRequired: "应有专家人数",
  selectedOn: "选定日期",
  blacklistedFrom: "列入黑名单日期",
  blacklistedUntil: "黑名单截止日期",
  blacklistReason: "列入原因",
  budgetYuan: "预算（元）",
  major: "重大项目",
  publicImpact: "社会影响较大",
  socialSupervisorCount: "社会监督员人数",
  majorProjectBudgetYuan: "重大项目预算标准（元）",
  candidatesStartOn: "公示开始",
  candidatesEndOn: "公示结束",
  candidatesPublicationDays: "公示天数",
  candidatePublicationMinDays: "最短公示天数",
  endedOn: "结束日期",
  ratingsPublishedOn: "评议公开日期",
  ratingsPublicationLastDay: "评议公开期限",
  ratingsPublicationDaysLate: "评议公开逾期天数",
  acceptedOn: "受理日期",
  hasChallenge: "事先已质疑",
  decisionLastDay: "处理期限",
  decisionWorkingDaysLate: "处理逾期工作日",
  receivedOn: "收到日期",
  acceptanceLastDay: "受理期限",
  acceptanceWorkingDaysLate: "受理逾期工作日",
  noticeOn: "中标通知日期",
  evaluationEndedOn: "评审结束日期",
  resultObjectionId: "异议编号",
  resultObjectionFiledOn: "异议收到日期",
  resultObjectionLastDay: "异议答复期限",
  resultObjectionAnsweredOn: "异议答复日期",
  resultObjectionDaysLate: "异议答复逾期天数",
  resultObjectionAnswerDays: "异议答复期限（天）",
  pendingObjectionId: "未答复即继续活动的异议编号",
  pendingObjectionFiledOn: "异议收到日期",
  pendingObjectionAnsweredOn: "异议答复日期",
  actBeforeAnswerOn: "答复前进行活动的日期",
  actBeforeAnswerZh: "答复前进行的活动",
  reportDeliveryLastDay: "评审报告送交期限",
  reportDeliveryWorkingDaysLate: "评审报告送交逾期工作日",
  gpReportDeliveryWorkingDays: "评审报告送交期限（工作日）",
  gpBondReturnLastDay: "保证金全部退还期限",
  gpBondReturnWorkingDaysLate: "保证金退还逾期工作日",
  gpBondReturnWorkingDays: "保证金退还期限（工作日）",
  consultationSaleWorkingDays: "磋商文件发售工作日数",
  consultationDocumentsMinWorkingDays: "磋商文件最短发售工作日",
  clarificationWorkingDaysBeforeDeadline: "澄清距截止工作日数",
  negotiationClarificationMinWorkingDays: "澄清距截止最少工作日",
  consultationClarificationMinDays: "澄清距截止最少天数",
  signedOn: "签订日期",
  nominalLastDay: "名义期限",
  lastDay: "期限末日",
  daysLate: "逾期天数",
  contractDays: "签约期限（天）",
  expertId: "专家编号",
  conflictCount: "利害关系数",
  conflictLookbackYears: "回避追溯年限",
  reportOn: "评标报告日期",
  candidatesLastDay: "候选人公示期限",
  candidatesDaysLate: "公示逾期天数",
  candidatePublicationDeadlineDays: "公示期限（天）",
  disclosedOn: "公开日期",
  disclosureLastDay: "公开期限",
  disclosureDaysLate: "公开逾期天数",
  disclosureDays: "公开期限（天）",
  stageList: "处理环节",
  publicationLastDay: "公开期限",
  complaintPublicationDays: "公开期限（天）",
  electronic: "电子化交易",
  winnerName: "中标人",
  reasonCategory: "理由类别",
  reason: "理由",
  properAbandonmentReasons: "正当理由类别",
  winnerId: "中标人编号",
  abandonedOn: "弃标日期",
  explained: "已说明理由",
  filed: "已备案",
  gpLargeBudgetYuan: "大额项目标准（元）",
  gpLargeMinMembers: "大额项目最少人数",
  unratedCount: "未评议人数",
  requiredRaters: "应评议方",
  supervisingDepartmentId: "监管部门",
  blindReviewProblemCount: "暗标问题数",
  odd: "单数",
  committeeMinMembers: "最少人数",
  nonLocalCount: "外地专家人数",
  nonLocalShare: "外地专家比例",
  nonLocalRequired: "应有外地专家人数",
  maxFromOneEmployer: "同一单位最多人数",
  topEmployer: "人数最多的单位",
  minNonLocalShare: "外地专家最低比例",
  maxExpertsPerEmployer: "同一单位人数上限",
  employerName: "工作单位",
  employmentKind: "人员类别",
  feeYuan: "报酬（元）",
  poolCount: "专家库数",
  unadmittedPools: "未审核入库的专家库",
  unadmittedPoolCount: "未入库的库数",
  quarter: "季度",
  totalProjects: "项目总数",
  checkedCount: "抽查数",
  ratePercent: "抽查比例（%）",
  minRequired: "最少应抽",
  maxAllowed: "最多可抽",
  drawRecordRef: "抽取记录",
  quarterEnd: "季度末",
  publishedOn: "公示日期",
  publicationDaysLate: "公示逾期天数",
  filedCollectively: "集体决策报备",
  // risk indicators
  pattern: "规律",
  parameter: "参数",
  prices: "报价",
  currency: "币种",
  bids: "投标",
  tenderers: "投标人",
  value: "数值",
  findings: "发现",
  winner: "中标人",
  loser: "陪标人",
  coBids: "共同投标次数",
  winnerWins: "中标人中标次数",
  loserWins: "陪标人中标次数",
  expectedByChance: "偶然预期",
  pMeetings: "共同投标概率",
  pWinPattern: "中标规律概率",
  pValue: "显著性概率",
  alpha: "显著性水平",
  shared: "共同特征",
  field: "特征",
  lot: "标段",
  relation: "关系",
  via: "关联",
  supplier: "供应商",
  committeesAwardingSupplier: "授予该供应商的评委会数",
  supplierWinsWithCommittee: "该专家在场时中标次数",
  expertSeats: "专家席位数",
  committees: "评委会数",
  group: "投标人组合",
  processesTogether: "共同参与项目数",
  winsByMember: "各成员中标次数",
  distinctWinners: "不同中标人数",
  topWinShare: "最高中标占比",
  localMembers: "本地成员数",
  members: "成员数",
  localShare: "本地比例",
  threshold: "阈值",
  pairs: "投标人对",
};

/** Words of camelCase keys, for keys neither table has whole. */
const WORD_ZH: Readonly<Record<string, string>> = {
  id: "编号", name: "名称", count: "数", days: "天数", day: "日", late: "逾期", last: "期限", on: "日期", date: "日期",
  working: "工作", yuan: "（元）", min: "最少", max: "最多", required: "应有", share: "比例", published: "公开",
  publication: "公示", filed: "备案", filing: "提出", decided: "决定", decision: "处理", agency: "代理机构",
  expert: "专家", experts: "专家", committee: "评委会", member: "成员", members: "成员", project: "项目", budget: "预算",
  regime: "法律制度", method: "方式", procurement: "采购", category: "类别", region: "地区", department: "部门",
  supervising: "监管", reason: "理由", percent: "（%）", rate: "比例", total: "总", local: "本地", non: "非",
  reported: "报告", report: "报告", contract: "合同", signed: "签订", award: "中标", notice: "通知", bid: "投标",
  bids: "投标", bidder: "投标人", bidders: "投标人", tenderer: "招标人", complaint: "投诉", evaluation: "评标",
  started: "开始", start: "开始", end: "结束", ended: "结束", threshold: "阈值", value: "数值", kind: "类型",
  price: "价格", prices: "报价", deposit: "保证金", security: "保证金", fee: "费用", amount: "金额", type: "类型",
  article: "条款", law: "法律", documents: "文件", issued: "发出", deadline: "截止", period: "期", available: "可获取",
  until: "截止", sale: "发售", answer: "答复", answered: "答复", objection: "异议", excluded: "扣除", paused: "中止",
  challenge: "质疑", result: "结果", consultation: "磋商", slow: "迟延", response: "响应",
  gp: "政府采购", bond: "保证金", bonds: "保证金", base: "基数", cap: "上限", return: "退还", returned: "退还",
  supervisor: "监管部门", before: "前", negotiation: "谈判", clarification: "澄清", technically: "技术", complex: "复杂",
  role: "角色", received: "收到", confirm: "确认", known: "知道", applies: "适用", applicable: "适用", effective: "生效", from: "自", to: "至",
};


/**
 * Replaces the English codewords that the library leaves in a Chinese text (enumerated values such as
 * `priceError`) by their Chinese; words it does not know stay as they are.
 *
 * @example
 * ```ts
 * localizeZh("报价呈 identical 规律"); // "报价呈 相同 规律"
 * ```
 */
export function localizeZh(text: string): string {
  return text.replace(/(?<![A-Za-z0-9_.:-])[A-Za-z][a-z]+(?:[A-Z][a-z]*)*(?![A-Za-z0-9_:-])/g, (w) => libraryValueZh(w));
}

/**
 * A word the Chinese text of a report should not contain: an English word of three letters or more that is not part
 * of an identifier (record ids, hashes, machine codes). Proper names the report keeps are listed in `allowed`.
 *
 * @example
 * ```ts
 * englishCodewords("报价呈 identical 规律（S0137、MAC-12-9）"); // ["identical"]
 * ```
 */
export function englishCodewords(text: string, allowed: readonly string[] = ["Cardinal", "Chart"]): string[] {
  const words = text.match(/(?<![A-Za-z0-9_.:-])[A-Za-z][a-z]{2,}[A-Za-z]*(?![A-Za-z0-9_:-])/g) ?? [];
  return words.filter((w) => !allowed.includes(w));
}

function words(key: string): string[] {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(" ");
}

/**
 * The Chinese label of an evidence key: `complaint.filedOn` → "投诉·提出日期". Unknown fields are put together word
 * by word; a key none of whose words is known is shown as it is.
 *
 * @example
 * ```ts
 * fieldLabelZh("contract.daysLate"); // "合同·逾期天数"
 * ```
 */
export function fieldLabelZh(key: string): string {
  const parts = key.split(".");
  const field = parts[parts.length - 1] ?? key;
  const prefix = parts.slice(0, -1).map((p) => OBJECT_ZH[p.replace(/\[\]$/, "")] ?? FIELD_ZH[p] ?? p);
  let label = FIELD_ZH[field] ?? OBJECT_ZH[field];
  if (label === undefined) {
    const ws = words(field);
    label = ws.every((w) => WORD_ZH[w] !== undefined) ? ws.map((w) => WORD_ZH[w]).join("") : field;
  }
  return [...prefix, label].join("·");
}

/** True for evidence that carries English text which a Chinese view leaves out (its Chinese is in the message). */
export function isEnglishOnlyKey(key: string): boolean {
  return /En$/.test(key);
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  if (Math.abs(n) < 0.001) return n.toExponential(2);
  return String(Math.round(n * 1000) / 1000);
}

/**
 * A value of evidence as Chinese text: booleans 是/否, enumerated values in Chinese, lists joined with 、.
 *
 * @example
 * ```ts
 * valueZh(["tenderer", "agency"]); // "招标人、代理机构"
 * valueZh(null); // "—"
 * ```
 */
export function valueZh(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return libraryValueZh(v) !== v ? libraryValueZh(v) : localizeZh(v);
  if (Array.isArray(v)) return v.map(valueZh).join("、");
  if (typeof v === "object") return evidenceEntriesZh(v as Record<string, unknown>).map(([k, x]) => `${k}：${x}`).join("；");
  return String(v);
}

/**
 * Evidence as (Chinese label, Chinese value) pairs. Nested evidence (risk indicators) is flattened one level: a list
 * of objects becomes one entry per object.
 *
 * @example
 * ```ts
 * evidenceEntriesZh({ "contract.daysLate": 13, "agency.disclosureMissingEn": "x" }); // [["合同·逾期天数", "13"]]
 * ```
 */
export function evidenceEntriesZh(e: Readonly<Record<string, unknown>>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(e)) {
    if (v === null || v === undefined || v === "" || isEnglishOnlyKey(k)) continue;
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "object" && x !== null && !Array.isArray(x))) {
      v.forEach((x, i) => out.push([`${fieldLabelZh(k)}${v.length > 1 ? ` ${i + 1}` : ""}`, valueZh(x)]));
    } else out.push([fieldLabelZh(k), valueZh(v)]);
  }
  return out;
}

/** Evidence as (key, value) pairs in the original English form, for the bilingual view. */
export function evidenceEntriesEn(e: Readonly<Record<string, unknown>>): Array<[string, string]> {
  return Object.entries(e)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : typeof v === "number" ? formatNumber(v) : String(v)]);
}

/** Districts of the demo city (行政区划代码), for breakdowns; other codes are shown as they are. */
export const REGION_ZH: Readonly<Record<string, string>> = {
  "371500": "聊城市本级",
  "371502": "东昌府区",
  "371503": "茌平区",
  "371521": "阳谷县",
  "371522": "莘县",
  "371524": "东阿县",
  "371525": "冠县",
  "371526": "高唐县",
  "371581": "临清市",
};

const AGAINST: Readonly<Record<string, readonly [string, string]>> = {
  announcement: ["与抽取预告不符", "against the announcement"],
  request: ["与抽取请求不符", "against the request"],
  "re-run": ["重新抽取结果不同", "on re-running the draw"],
  files: ["文件无法核对", "the files could not be checked"],
};

/**
 * Where a draw that did not verify first differs, for the report: the field, and what it was checked against.
 *
 * @example
 * ```ts
 * drawDifferenceText({ firstDifference: { path: "drawId" }, against: "announcement" });
 * // { zh: "drawId（与抽取预告不符）", en: "drawId (against the announcement)" }
 * ```
 */
export function drawDifferenceText(d: Pick<DrawSummary, "firstDifference" | "against">): { zh: string; en: string } {
  const f = d.firstDifference as { path?: unknown; message?: unknown } | undefined;
  const where = typeof f?.path === "string" && f.path !== "" ? f.path : "?";
  const [zh, en] = AGAINST[d.against ?? ""] ?? ["", ""];
  const message = typeof f?.message === "string" ? `: ${f.message}` : "";
  return { zh: `${where}（${zh}）${message}`, en: `${where} (${en})${message}` };
}
