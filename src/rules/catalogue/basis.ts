/*
 * The legal texts rules cite, written once so every rule spells them the same way (one grep finds them all).
 */

/** 聊政办字〔2018〕80号, by item and point, as the rules' `basis` cites it. */
export const LC80 = (item: string, point: string): string => `聊政办字〔2018〕80号 （${item}）${point}`;

/** The directive's date of issue: the Liaocheng pack applies from it (DIRECTIVE.md: no other date of entry into force). */
export const LC80_EFFECTIVE = "2018-09-26";

/** Dates of entry into force of the national texts the baseline cites. */
export const NATIONAL_EFFECTIVE = {
  tenderingLaw: "2000-01-01", // 招标投标法
  tenderingRegulation: "2012-02-01", // 招标投标法实施条例
  procurementLaw: "2003-01-01", // 政府采购法
  procurementRegulation: "2015-03-01", // 政府采购法实施条例
  mof87: "2017-10-01", // 财政部令第87号 政府采购货物和服务招标投标管理办法
} as const;
