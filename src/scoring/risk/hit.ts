import type { BilingualMessage } from "../../model/error";
import { compareUtf8 } from "../../model/compare-utf8";
import { INDICATOR_FIELDS } from "./indicator-fields";
import type { RiskSignalId } from "./settings";

/**
 * One signal on one contracting process, with the evidence behind it. A hit flags, it does not accuse
 * (RISK-INDICATORS.md): `evidence` says which bids, which shared account or agent, which price pattern,
 * which co-bidding counts against chance, so a supervisor can check it.
 */
export interface RiskHit {
  readonly signal: RiskSignalId;
  /**
   * What kind of flag this is: a parity indicator computed as Cardinal computes it, a signal named by Chinese law
   * or the directive (实施条例 art. 34 / 40, LC80-4.3), or a collusion pattern from the literature (GTI, World Bank).
   */
  readonly family: SignalFamily;
  /** The OCDS fields the signal reads (see `ggzy risk coverage`); a flag is only as good as these fields. */
  readonly restsOn: ReadonlyArray<string>;
  /**
   * How much evidence the hit carries, 1 to 2: 1 for a plain hit, more for each further finding or organisation
   * named. The risk score multiplies the signal's weight by it, so processes with more evidence rank higher.
   */
  readonly strength: number;
  readonly ocid: string;
  /** The legal or policy basis (article, clause, red-flag source). */
  readonly basis: string;
  /** The organisations the hit names (tenderers, suppliers), sorted. */
  readonly organisations: ReadonlyArray<string>;
  readonly message: BilingualMessage;
  readonly evidence: Readonly<Record<string, unknown>>;
}

/** Parity indicator, Chinese-law signal, or collusion pattern (see `RiskHit.family`). */
export type SignalFamily = "cardinal-parity" | "chinese-law" | "collusion-pattern";

/** The family of a signal. */
export function signalFamily(signal: RiskSignalId): SignalFamily {
  if (/^R\d{3}$/.test(signal)) return "cardinal-parity";
  return signal.startsWith("NET-") ? "collusion-pattern" : "chinese-law";
}

/** The basis and a bilingual title of every signal, Part A and Part B. */
export const SIGNAL_INFO: Readonly<Record<RiskSignalId, { basis: string; title: BilingualMessage }>> = {
  R003: { basis: "Cardinal R003", title: { zh: "投标截止期过短", en: "Short submission period" } },
  R018: { basis: "Cardinal R018", title: { zh: "竞争性程序仅一家投标", en: "Single bid received" } },
  R024: { basis: "Cardinal R024", title: { zh: "次低价与中标价过于接近", en: "Price close to winning bid" } },
  R025: { basis: "Cardinal R025", title: { zh: "投标多而中标异常少", en: "Excessive unsuccessful bids" } },
  R028: { basis: "Cardinal R028", title: { zh: "不同投标人报价相同", en: "Identical bid prices" } },
  R030: { basis: "Cardinal R030", title: { zh: "逾期投标中标", en: "Late bid won" } },
  R035: { basis: "Cardinal R035", title: { zh: "除中标人外均被否决", en: "All except winner disqualified" } },
  R036: { basis: "Cardinal R036", title: { zh: "最低价投标被否决", en: "Lowest bid disqualified" } },
  R038: { basis: "Cardinal R038", title: { zh: "否决投标比例过高", en: "Excessive disqualified bids" } },
  R048: { basis: "Cardinal R048", title: { zh: "中标品目过于分散", en: "Heterogeneous supplier" } },
  R058: { basis: "Cardinal R058", title: { zh: "中标价大幅低于次低价", en: "Heavily discounted bid" } },
  "CN40-1": { basis: "招标投标法实施条例 第四十条第（一）项", title: { zh: "不同投标人的投标文件由同一单位或者个人编制", en: "Bids of different bidders prepared by the same unit or person" } },
  "CN40-2": { basis: "招标投标法实施条例 第四十条第（二）项", title: { zh: "不同投标人委托同一单位或者个人办理投标事宜", en: "Different bidders entrusted the same agent" } },
  "CN40-3": { basis: "招标投标法实施条例 第四十条第（三）项", title: { zh: "不同投标人的投标文件载明的项目管理成员为同一人", en: "The same project-management member named by different bidders" } },
  "CN40-4": { basis: "招标投标法实施条例 第四十条第（四）项", title: { zh: "不同投标人的投标文件异常一致或者投标报价呈规律性差异", en: "Abnormally alike bids or prices in a regular pattern" } },
  "CN40-6": { basis: "招标投标法实施条例 第四十条第（六）项", title: { zh: "不同投标人的投标保证金从同一单位或者个人的账户转出", en: "Bid bonds of different bidders paid from the same account" } },
  CN34: { basis: "招标投标法实施条例 第三十四条", title: { zh: "法定代表人为同一人或存在控股、管理关系的投标人参加同一标段投标", en: "Bidders with the same legal representative or in a control relationship bid on the same lot" } },
  "NET-COBID": { basis: "GTI collusion toolkit (cover bidding)", title: { zh: "陪标：投标人组合共同投标远超偶然且一方总是落标", en: "Cover bidding: bidders bid together far more often than chance, one always losing" } },
  "NET-ROTATE": { basis: "World Bank red flag: bidders take turns", title: { zh: "轮流中标：固定投标人组合轮流中标", en: "Bid rotation: a stable group whose members take turns winning" } },
  "EXP-CONC": { basis: "聊政办字〔2018〕80号 LC80-4.3", title: { zh: "评标专家集中：同一专家反复评审同一中标人，或本地专家占多数", en: "Expert concentration: the same experts keep awarding the same bidder, or local experts dominate" } },
};

/** How far beyond its threshold a statistical finding is: orders of magnitude of alpha / p, squashed into [0, 1). */
function surprise(evidence: Record<string, unknown>): number {
  let best = 0;
  for (const f of Array.isArray(evidence.findings) ? evidence.findings : []) {
    const p = (f as Record<string, unknown>)?.pValue;
    const a = (f as Record<string, unknown>)?.alpha;
    if (typeof p === "number" && typeof a === "number" && p > 0 && a > 0) best = Math.max(best, Math.log10(a / p));
  }
  return best > 0 ? best / (best + 10) : 0;
}

/** How extreme a parity value is: a bigger discount (R058) or a closer price (R024), squashed into [0, 1). */
function extremity(signal: RiskSignalId, evidence: Record<string, unknown>): number {
  const v = evidence.value;
  if (typeof v !== "number" || !Number.isFinite(v)) return 0;
  if (signal === "R058") return v > 0 ? v / (v + 1) : 0;
  if (signal === "R024") return v >= 0 ? 1 / (1 + 100 * v) : 0;
  return 0;
}

/**
 * Evidence strength of a hit, 1 to 2: up to +0.75 for breadth (+0.25 per organisation named beyond two, per
 * finding beyond the first) and up to +0.25 for depth (how far a statistical finding lies beyond its alpha, how
 * extreme a price ratio is). Each signal's cap is twice its weight, so a strength of 2 is the most it can add.
 */
function strengthOf(signal: RiskSignalId, organisations: number, evidence: Record<string, unknown>): number {
  const findings = ["findings", "shared", "pairs"].reduce((n, k) => (Array.isArray(evidence[k]) ? Math.max(n, (evidence[k] as unknown[]).length) : n), 1);
  const breadth = Math.min(0.75, 0.25 * Math.max(0, organisations - 2) + 0.25 * Math.max(0, findings - 1));
  const depth = 0.25 * Math.max(surprise(evidence), extremity(signal, evidence));
  return Math.round((1 + breadth + depth) * 10_000) / 10_000;
}

/** Builds a hit with the signal's basis, title, family, the fields it rests on, and its evidence strength. */
export function makeHit(signal: RiskSignalId, ocid: string, organisations: Iterable<string>, detail: BilingualMessage, evidence: Record<string, unknown>): RiskHit {
  const info = SIGNAL_INFO[signal];
  const orgs = [...new Set(organisations)].sort(compareUtf8);
  return {
    signal,
    family: signalFamily(signal),
    restsOn: INDICATOR_FIELDS[signal].map((f) => f.replace(/^\?/, "")),
    strength: strengthOf(signal, orgs.length, evidence),
    ocid,
    basis: info.basis,
    organisations: orgs,
    message: { zh: `${info.title.zh}：${detail.zh}`, en: `${info.title.en}: ${detail.en}` },
    evidence,
  };
}
