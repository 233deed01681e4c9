import { LC80 } from "../../rules/catalogue/basis";
import { NATIONAL_CLAUSES } from "../../rules/catalogue/national";
import type { Clause } from "../../rules/engine/types";

/*
 * What the clause IDs the rules cite stand for: each directive item and point (DIRECTIVE.md) and each national
 * article, with its subject as a practitioner names it. Documentation of the built-in packs, kept out of
 * ggzy-rules/rules (a browser that validates records does not carry it): `withBuiltinDocs` puts them in a rule set's
 * `clauses`, so a report, a catalogue or a platform titles a finding's clause from the rule set.
 */

const ITEM_EN = ["", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const POINT = ["", "一是", "二是", "三是", "四是", "五是"];

/** A clause of 聊政办字〔2018〕80号: item (三), point 一是 → `聊政办字〔2018〕80号 （三）一是`. */
function directive(item: number, point: number | undefined, zh: string, en: string): Clause {
  const items = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  return {
    title: { zh, en },
    source: {
      zh: LC80(items[item] as string, point === undefined ? "" : (POINT[point] as string)),
      en: `Liaocheng directive 聊政办字〔2018〕80号, item ${ITEM_EN[item]}${point === undefined ? "" : `, point ${point}`}`,
    },
  };
}

/**
 * The clauses of the Liaocheng directive (聊政办字〔2018〕80号), `LC80-<item>.<point>` as DIRECTIVE.md numbers
 * them: every item and point, those without rules too (governance, site order, analytics), so that any clause a
 * rule, a risk signal or a report cites has its title.
 *
 * @example
 * ```ts
 * directiveClauses["LC80-5.2"].title.zh; // "双随机一抽查"
 * ```
 */
export const directiveClauses = {
  "LC80-1.1": directive(1, 1, "市公管办统一制定目录、流程、标准并监管平台", "The municipal management office sets catalogues, processes and standards and supervises the platform"),
  "LC80-1.2": directive(1, 2, "组建市级集中采购机构", "A municipal centralised procurement centre"),
  "LC80-1.3": directive(1, 3, "县级分中心成熟一个、挂牌一个", "County sub-centres, each badged when ready"),
  "LC80-1.4": directive(1, 4, "设立县级公共资源交易管理机构", "County-level trading management offices"),
  "LC80-2": directive(2, undefined, "联席会议制度与应急预案", "Joint-meeting rules and an emergency plan"),
  "LC80-3.1": directive(3, 1, "代理机构信息公示与黑名单", "Agency disclosure, credit management and blacklist"),
  "LC80-3.2": directive(3, 2, "择优选择代理机构并报备", "Choosing an agency on merit, filed with the discipline inspection group"),
  "LC80-3.3": directive(3, 3, "代理从业人员培训", "Training of agency staff"),
  "LC80-4.1": directive(4, 1, "专家审核入库", "Admission review of evaluation experts"),
  "LC80-4.2": directive(4, 2, "专家一事一评", "Rating of experts after each evaluation"),
  "LC80-4.3": directive(4, 3, "扩大专家抽取范围、远程异地评标", "Wider expert draws and remote cross-site evaluation"),
  "LC80-4.4": directive(4, 4, "监管及中心人员不入库、公务员不取酬", "Officials out of the expert pools; civil servants unpaid"),
  "LC80-5.1": directive(5, 1, "招标人取消采购或不履约须集体决策并报告", "Cancellation or non-performance by the tenderer: collective decision and report"),
  "LC80-5.2": directive(5, 2, "双随机一抽查", "Random spot checks of contract performance (双随机一抽查)"),
  "LC80-5.3": directive(5, 3, "中标人弃标须说明理由并备案", "Abandonment by the winner: reasons explained and filed"),
  "LC80-6.1": directive(6, 1, "全流程电子化、暗标错位评审", "Fully electronic trading; blind bids and dislocated review"),
  "LC80-6.2": directive(6, 2, "开评标现场管理", "Order at the opening and evaluation site"),
  "LC80-6.3": directive(6, 3, "重大项目社会监督员监标", "Social supervisors at the evaluation of major projects"),
  "LC80-6.4": directive(6, 4, "评标专家及总分公开", "Publication of the experts and total scores"),
  "LC80-6.5": directive(6, 5, "大数据分析与风险预警", "Data analysis and risk warnings"),
  "LC80-7": directive(7, undefined, "关键环节监管责任", "Supervisors' responsibility for the key links"),
  "LC80-8": directive(8, undefined, "消除监管真空", "No project without a supervisor"),
  "LC80-9": directive(9, undefined, "投诉按环节按时处理并公开", "Complaints handled in sequence, on time and in public"),
} as const satisfies Record<string, Clause>;

type NationalClause = keyof typeof NATIONAL_CLAUSES;

/** A national article: its source in Chinese is the article as the rules' `basis` cites it (`NATIONAL_CLAUSES`). */
function article(id: NationalClause, en: string, titleZh: string, titleEn: string): Clause {
  return { title: { zh: titleZh, en: titleEn }, source: { zh: NATIONAL_CLAUSES[id], en } };
}

/**
 * The national articles the baseline cites, `NAT-<law>-<article>`: NAT-TBL 招标投标法, NAT-TBLR its implementing
 * regulation, NAT-GPL 政府采购法, NAT-GPLR its implementing regulation, NAT-MOF87/74/94 财政部令第87/74/94号,
 * NAT-MOF214 财库〔2014〕214号. `source.zh` is the article as the rules' `basis` cites it (`NATIONAL_CLAUSES`).
 *
 * @example
 * ```ts
 * nationalClauses["NAT-TBL-47"].title.zh; // "招标投标情况书面报告"
 * ```
 */
export const nationalClauses = {
  "NAT-TBL-24": article("NAT-TBL-24", "Tendering and Bidding Law art. 24", "投标文件编制时间", "Time to prepare the bids"),
  "NAT-TBL-37": article("NAT-TBL-37", "Tendering and Bidding Law art. 37", "评标委员会组成", "Composition of the evaluation committee"),
  "NAT-TBL-46": article("NAT-TBL-46", "Tendering and Bidding Law art. 46", "订立书面合同", "Signing the written contract"),
  "NAT-TBL-47": article("NAT-TBL-47", "Tendering and Bidding Law art. 47", "招标投标情况书面报告", "Written report on the tendering to the supervisor"),
  "NAT-TBLR-16": article("NAT-TBLR-16", "Tendering Regulation art. 16", "资格预审文件、招标文件发售期", "Sale period of the prequalification and tender documents"),
  "NAT-TBLR-21": article("NAT-TBLR-21", "Tendering Regulation art. 21", "招标文件的澄清和修改", "Clarification and amendment of the tender documents"),
  "NAT-TBLR-22": article("NAT-TBLR-22", "Tendering Regulation art. 22", "对资格预审文件、招标文件的异议及答复", "Objections to the prequalification and tender documents, and their answers"),
  "NAT-TBLR-26": article("NAT-TBLR-26", "Tendering Regulation art. 26", "投标保证金", "Bid bonds"),
  "NAT-TBLR-46": article("NAT-TBLR-46", "Tendering Regulation art. 46", "评标专家的确定与回避", "Choosing the evaluation experts, and avoidance"),
  "NAT-TBLR-54": article("NAT-TBLR-54", "Tendering Regulation art. 54", "中标候选人公示", "Publication of the winning candidates"),
  "NAT-TBLR-57": article("NAT-TBLR-57", "Tendering Regulation art. 57", "签订合同与退还投标保证金", "The contract, and the return of bid bonds"),
  "NAT-TBLR-60": article("NAT-TBLR-60", "Tendering Regulation art. 60", "投诉期限", "Time limit to complain"),
  "NAT-TBLR-61": article("NAT-TBLR-61", "Tendering Regulation art. 61", "投诉的受理与处理期限", "Accepting and deciding a complaint in time"),
  "NAT-GPL-35": article("NAT-GPL-35", "Government Procurement Law art. 35", "等标期", "Bidding period"),
  "NAT-GPL-38": article("NAT-GPL-38", "Government Procurement Law arts. 38 and 40", "谈判小组、询价小组的组成", "Composition of the negotiation and inquiry groups"),
  "NAT-GPL-47": article("NAT-GPL-47", "Government Procurement Law art. 47", "采购合同副本备案", "Filing a copy of the procurement contract"),
  "NAT-GPL-52": article("NAT-GPL-52", "Government Procurement Law art. 52", "质疑期限", "Time limit to challenge"),
  "NAT-GPL-53": article("NAT-GPL-53", "Government Procurement Law art. 53", "质疑答复期限", "Time limit to answer a challenge"),
  "NAT-GPL-55": article("NAT-GPL-55", "Government Procurement Law art. 55", "投诉期限", "Time limit to complain"),
  "NAT-GPL-56": article("NAT-GPL-56", "Government Procurement Law art. 56", "投诉处理期限", "Time limit to decide a complaint"),
  "NAT-GPLR-9": article("NAT-GPLR-9", "Government Procurement Regulation art. 9", "回避的利害关系", "Ties that call for avoidance"),
  "NAT-GPLR-33": article("NAT-GPLR-33", "Government Procurement Regulation art. 33", "投标保证金", "Bid bonds"),
  "NAT-GPLR-43": article("NAT-GPLR-43", "Government Procurement Regulation art. 43", "评审报告送交、确定中标、成交供应商与发出通知书", "Delivering the review report, determining the winner and issuing the award notice"),
  "NAT-GPLR-50": article("NAT-GPLR-50", "Government Procurement Regulation art. 50", "政府采购合同公告", "Publication of the procurement contract"),
  "NAT-MOF87-18": article("NAT-MOF87-18", "MOF Order 87 art. 18", "招标文件提供期限", "Period the tender documents are provided"),
  "NAT-MOF87-27": article("NAT-MOF87-27", "MOF Order 87 art. 27", "招标文件的澄清或者修改", "Clarification or amendment of the tender documents"),
  "NAT-MOF87-47": article("NAT-MOF87-47", "MOF Order 87 art. 47", "评标委员会组成", "Composition of the evaluation committee"),
  "NAT-MOF87-68": article("NAT-MOF87-68", "MOF Order 87 art. 68", "确定中标人", "Determining the winner"),
  "NAT-MOF87-69": article("NAT-MOF87-69", "MOF Order 87 art. 69", "中标结果公告", "Announcement of the result"),
  "NAT-MOF74-7": article("NAT-MOF74-7", "MOF Order 74 art. 7", "谈判小组、询价小组的组成", "Composition of the negotiation and inquiry groups"),
  "NAT-MOF74-29": article("NAT-MOF74-29", "MOF Order 74 arts. 29 and 45", "谈判文件、询价通知书的响应期限及澄清修改", "Time to respond to negotiation documents and inquiry notices, and their clarification"),
  "NAT-MOF214-10": article("NAT-MOF214-10", "Caiku [2014] 214 art. 10", "磋商文件的发售、澄清修改及响应期限", "Sale, clarification of and time to respond to consultation documents"),
  "NAT-MOF214-14": article("NAT-MOF214-14", "Caiku [2014] 214 art. 14", "磋商小组的组成", "Composition of the consultation group"),
  "NAT-MOF94-19": article("NAT-MOF94-19", "MOF Order 94 art. 19", "提起投诉的条件", "Conditions for lodging a complaint"),
  "NAT-MOF94-21": article("NAT-MOF94-21", "MOF Order 94 art. 21", "投诉的审查与受理", "Reviewing and accepting a complaint"),
} as const satisfies Record<NationalClause, Clause>;
