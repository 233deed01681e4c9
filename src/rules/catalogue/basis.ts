/*
 * The legal texts rules cite, written once so every rule spells them the same way (one grep finds them all).
 */

/** 聊政办字〔2018〕80号, by item and point, as the rules' `basis` cites it. */
export const LC80 = (item: string, point: string): string => `聊政办字〔2018〕80号 （${item}）${point}`;

/** An article of a national text, as the rules' `basis` cites it: `TBLR("五十四")` is "招标投标法实施条例 第五十四条". */
const article =
  (law: string) =>
  (number: string): string =>
    `${law} 第${number}条`;
export const TBL = article("招标投标法");
export const TBLR = article("招标投标法实施条例");
export const GPL = article("政府采购法");
export const GPLR = article("政府采购法实施条例");
export const MOF87 = article("财政部令第87号");
export const MOF74 = article("财政部令第74号");
export const MOF94 = article("财政部令第94号");
export const MOF214 = article("财库〔2014〕214号");
export const CIVIL = article("民法典");

/** The directive's date of issue: the Liaocheng pack applies from it (DIRECTIVE.md: no other date of entry into force). */
export const LC80_EFFECTIVE = "2018-09-26";

/** Dates of entry into force of the national texts the baseline cites. */
export const NATIONAL_EFFECTIVE = {
  tenderingLaw: "2000-01-01", // 招标投标法
  tenderingRegulation: "2012-02-01", // 招标投标法实施条例
  procurementLaw: "2003-01-01", // 政府采购法
  procurementRegulation: "2015-03-01", // 政府采购法实施条例
  mof87: "2017-10-01", // 财政部令第87号 政府采购货物和服务招标投标管理办法
  mof18: "2004-09-11", // 财政部令第18号 (the same title, replaced by 87号令 on 2017-10-01)
  mof74: "2014-02-01", // 财政部令第74号 政府采购非招标采购方式管理办法
  mof214: "2014-12-31", // 财库〔2014〕214号 政府采购竞争性磋商采购方式管理暂行办法 (in force on issue)
  mof94: "2018-03-01", // 财政部令第94号 政府采购质疑和投诉办法
} as const;

/** Scopes of national rules: the regimes and methods an article covers. */
export const SCOPE = {
  // 招标投标法 art. 10 knows only open and invited tendering (checked on input): no method list needed.
  tendering: { regimes: ["tendering"] },
  gpTender: { regimes: ["governmentProcurement"], methods: ["open", "selective"] },
  gpNegotiationInquiry: { regimes: ["governmentProcurement"], methods: ["competitiveNegotiation", "inquiry"] },
  gpConsultation: { regimes: ["governmentProcurement"], methods: ["competitiveConsultation"] },
  gpGroups: { regimes: ["governmentProcurement"], methods: ["open", "selective", "competitiveNegotiation", "inquiry", "competitiveConsultation"] },
  gpAll: { regimes: ["governmentProcurement"] },
  // 政府采购法实施条例 art. 33: tenders, and negotiation and inquiry "参照" (by reference); consultation (214号) and
  // single source are not named.
  gpBondReturn: { regimes: ["governmentProcurement"], methods: ["open", "selective", "competitiveNegotiation", "inquiry"] },
  // 政府采购法实施条例 art. 43 (and 74号令 art. 18): every method that ends in a result — the groups' methods and
  // single source; framework agreements (财政部令第110号) announce differently and are not covered.
  gpResult: { regimes: ["governmentProcurement"], methods: ["open", "selective", "competitiveNegotiation", "inquiry", "competitiveConsultation", "direct"] },
  both: { regimes: ["tendering", "governmentProcurement"] },
} as const;
