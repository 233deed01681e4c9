/*
 * The Chinese of the enumerated values the library's records carry (an abandonment's reason category, an expert
 * pool, a procurement method, a price pattern…), so that the Chinese text of a finding or a risk signal reads in
 * Chinese: "弃标理由类别“报价错误”", not "“priceError”". English messages keep the values as they are.
 */

/** Enumerated values of the library's records, and `true`/`false`, in Chinese. */
export const VALUE_ZH: Readonly<Record<string, string>> = Object.freeze({
  true: "是",
  false: "否",
  refusePerformance: "拒绝履约",
  delayPerformance: "延迟履约",
  cancelPlan: "取消采购计划",
  candidates: "候选名单",
  ranking: "择优排名",
  priceError: "报价错误",
  forceMajeure: "不可抗力",
  tendererFault: "招标人过错",
  lawfulChange: "依法变更",
  tenderer: "招标人",
  agency: "代理机构",
  supervisor: "监管部门",
  bidder: "投标人",
  expert: "专家",
  civilServant: "公务员",
  industrySupervisor: "行业监管部门人员",
  tradingCentreStaff: "交易中心工作人员",
  governmentProcurement: "政府采购",
  waterResources: "水利工程",
  transport: "交通工程",
  construction: "房屋建筑和市政工程",
  identical: "相同",
  arithmetic: "等差",
  geometric: "等比",
  cluster: "高度集中",
  bondAccount: "保证金账户",
  machineId: "制作机器码",
  fileHash: "文件哈希",
  sameLegalRepresentative: "法定代表人为同一人",
  controls: "控股或管理",
  controlledBy: "被控股或管理",
  commonController: "受同一控股股东控制",
  projectManager: "项目管理成员",
  agent: "投标代理人",
  sameExpertSameWinner: "同一专家反复评审同一中标人",
  localDominance: "本地专家占多数",
  received: "收到",
  accepted: "受理",
  transferred: "移送",
  investigated: "调查",
  decided: "决定",
  published: "公开",
  rejected: "驳回",
  upheld: "成立",
  groundless: "缺乏事实根据",
  notAccepted: "不予受理",
  open: "公开招标",
  selective: "邀请招标",
  invited: "邀请招标",
  competitiveNegotiation: "竞争性谈判",
  competitiveConsultation: "竞争性磋商",
  singleSource: "单一来源",
  inquiry: "询价",
  tendering: "招标投标",
  personnel: "人员",
  practiceRecord: "执业记录",
  internalControls: "内部控制制度",
  inspectionAndPenaltyRecord: "检查及处罚记录",
  creditRecord: "信用记录",
  scheduled: "待评标",
  finished: "已完成",
  high: "高",
  medium: "中",
  low: "低",
  CNY: "人民币",
  // organisation groups of the Cardinal parity indicators
  ProcuringEntity: "采购人（招标人）",
  Buyer: "采购人",
  Tenderer: "投标人",
  Supplier: "供应商",
  Tenderers: "投标人",
});

/**
 * A value as a Chinese text shows it: an enumerated value or a boolean in Chinese, anything else as it is written
 * (a name, a number, an id); a value of another type gives "". Never throws.
 *
 * @example
 * ```ts
 * valueZh("priceError"); // "报价错误"
 * valueZh(false); // "否"
 * valueZh("阳谷县办公家具采购项目"); // "阳谷县办公家具采购项目"
 * ```
 */
export function valueZh(value: unknown): string {
  const text = typeof value === "string" ? value : typeof value === "boolean" || typeof value === "number" ? String(value) : "";
  if (typeof value !== "string" && typeof value !== "boolean") return text;
  return Object.hasOwn(VALUE_ZH, text) ? (VALUE_ZH[text] as string) : text;
}
