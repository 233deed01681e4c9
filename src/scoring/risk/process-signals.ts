import { compareUtf8 } from "../../model/compare-utf8";
import { makeHit } from "./hit";
import type { RiskHit } from "./hit";
import { findPricePattern } from "./price-pattern";
import type { BidView, ProcessView } from "./process-view";
import type { PricePattern } from "./price-pattern";
import type { PartBSettings } from "./settings";
import { amountText, percentText, personLabel } from "./wording";
import type { BilingualMessage } from "../../model/error";

type SharedField = "author" | "machineId" | "fileHash" | "agent" | "projectManager" | "bondAccount";

interface Shared {
  readonly field: SharedField;
  readonly value: string;
  readonly bids: string[];
  readonly tenderers: string[];
}

/** Bids that were actually submitted (an `invited` entry is not a bid document). */
function documents(p: ProcessView): BidView[] {
  return p.bids.filter((b) => b.status !== "invited" && b.tenderers.some((t) => t !== undefined));
}

/** Values of `field` shared by bids of two or more different bidders. */
function sharedValues(bids: ReadonlyArray<BidView>, field: SharedField, ignored: ReadonlySet<string>): Shared[] {
  // Fast path, no allocation: most processes share nothing.
  let any = false;
  outer: for (let i = 0; i < bids.length; i++) {
    const v = (bids[i] as BidView)[field];
    if (v === undefined) continue;
    for (let j = i + 1; j < bids.length; j++) {
      if ((bids[j] as BidView)[field] === v) {
        any = true;
        break outer;
      }
    }
  }
  if (!any) return [];
  const by = new Map<string, { bids: string[]; tenderers: Set<string> }>();
  for (const b of bids) {
    const v = b[field];
    if (v === undefined || ignored.has(v.toLowerCase())) continue;
    const e = by.get(v) ?? { bids: [], tenderers: new Set<string>() };
    e.bids.push(b.id);
    for (const t of b.tenderers) if (t !== undefined) e.tenderers.add(t);
    by.set(v, e);
  }
  const out: Shared[] = [];
  for (const [value, e] of by) {
    if (e.tenderers.size < 2) continue;
    out.push({ field, value, bids: e.bids.sort(compareUtf8), tenderers: [...e.tenderers].sort(compareUtf8) });
  }
  return out.sort((a, b) => compareUtf8(a.value, b.value));
}

const FIELD_NAMES: Record<SharedField, { zh: string; en: string }> = {
  author: { zh: "文档作者", en: "document author" },
  machineId: { zh: "制作机器码", en: "machine id" },
  fileHash: { zh: "文件哈希", en: "file hash" },
  agent: { zh: "委托代理人", en: "agent" },
  projectManager: { zh: "项目负责人", en: "project manager" },
  bondAccount: { zh: "保证金转出账户", en: "bid-bond account" },
};

/** Fields whose values are people as process-view keys them (`id:…`, `name:…`): worded as the person. */
const PERSON_FIELDS: ReadonlySet<SharedField> = new Set(["agent", "projectManager"]);

function sharedHit(signal: "CN40-1" | "CN40-2" | "CN40-3" | "CN40-6", ocid: string, shared: Shared[]): RiskHit | undefined {
  if (shared.length === 0) return undefined;
  const orgs = shared.flatMap((s) => s.tenderers);
  const value = (s: Shared): BilingualMessage => (PERSON_FIELDS.has(s.field) ? personLabel(s.value) : { zh: s.value, en: s.value });
  const what = shared.map((s) => `${FIELD_NAMES[s.field].en} ${value(s).en} (${s.tenderers.join(", ")})`).join("; ");
  const whatZh = shared.map((s) => `${FIELD_NAMES[s.field].zh} ${value(s).zh}（${s.tenderers.join("、")}）`).join("；");
  return makeHit(signal, ocid, orgs, { zh: whatZh, en: what }, { shared });
}

/**
 * A price pattern in words, with its parameter's meaning: the common step (arithmetic), the rise from one price to
 * the next (geometric, the common ratio − 1), how far the highest lies above the lowest (cluster). The exact
 * `parameter` stays in the evidence.
 */
export function pricePatternMessage(pattern: PricePattern, bidders: number, currency: string | undefined): BilingualMessage {
  const low = amountText(pattern.prices[0] as number, currency);
  const high = amountText(pattern.prices[pattern.prices.length - 1] as number, currency);
  const range = { zh: `从 ${low.zh} 到 ${high.zh}`, en: `from ${low.en} to ${high.en}` };
  switch (pattern.kind) {
    case "identical":
      return { zh: `${bidders} 家投标人报价完全相同，均为 ${low.zh}`, en: `${bidders} bidders bid exactly the same price, ${low.en}` };
    case "arithmetic": {
      const step = amountText(pattern.parameter, currency);
      return {
        zh: `${bidders} 家投标人的报价呈等差数列，${range.zh}，相邻报价相差约 ${step.zh}`,
        en: `the prices of ${bidders} bidders form an arithmetic progression ${range.en}, in steps of about ${step.en}`,
      };
    }
    case "geometric": {
      const rise = percentText(pattern.parameter - 1);
      return {
        zh: `${bidders} 家投标人的报价呈等比数列，${range.zh}，每个报价比前一个高约 ${rise}`,
        en: `the prices of ${bidders} bidders form a geometric progression ${range.en}, each about ${rise} above the one before`,
      };
    }
    case "cluster": {
      const spread = percentText(pattern.parameter);
      return {
        zh: `${bidders} 家投标人的报价异常接近，${range.zh}，最高价仅比最低价高 ${spread}`,
        en: `the prices of ${bidders} bidders lie unusually close together ${range.en}: the highest only ${spread} above the lowest`,
      };
    }
  }
}

/**
 * The signals one contracting process shows on its own (实施条例 art. 40(1)(2)(3)(4)(6) and art. 34): shared
 * preparer fingerprints, agents, project managers and bond accounts between different bidders, regular price
 * patterns, and bidders on one lot with the same legal representative or a control relationship.
 *
 * @example
 * ```ts
 * const hits = processSignals(readProcess(release)!, defaultRiskSettings().partB, "CNY");
 * hits.map((h) => h.signal); // e.g. ["CN40-2"]
 * ```
 */
export function processSignals(p: ProcessView, s: Readonly<PartBSettings>, mainCurrency: string | undefined): RiskHit[] {
  const hits: RiskHit[] = [];
  const docs = documents(p);
  if (docs.length < 2) return hits;
  const none = new Set<string>();
  const push = (h: RiskHit | undefined) => {
    if (h) hits.push(h);
  };
  if (s["CN40-1"]) {
    const ignored = new Set(s["CN40-1"].ignoredValues.map((v) => v.toLowerCase()));
    push(sharedHit("CN40-1", p.ocid, [...sharedValues(docs, "author", ignored), ...sharedValues(docs, "machineId", none), ...sharedValues(docs, "fileHash", none)]));
  }
  if (s["CN40-2"]) push(sharedHit("CN40-2", p.ocid, sharedValues(docs, "agent", none)));
  if (s["CN40-3"]) push(sharedHit("CN40-3", p.ocid, sharedValues(docs, "projectManager", none)));
  if (s["CN40-6"]) push(sharedHit("CN40-6", p.ocid, sharedValues(docs, "bondAccount", none)));
  if (s["CN40-4"]) {
    // One price per bidder (its lowest), in one currency: a bidder's own two variants are not "different bidders".
    const currency = mainCurrency;
    const best = new Map<string, number>();
    for (const b of docs) {
      if (b.amount === undefined || b.currency !== currency || b.tenderers.length !== 1) continue;
      const t = b.tenderers[0] as string;
      best.set(t, Math.min(best.get(t) ?? Infinity, b.amount));
    }
    const pattern = findPricePattern([...best.values()], s["CN40-4"]);
    if (pattern) {
      const involved = [...best].filter(([, v]) => pattern.prices.includes(v)).map(([t]) => t).sort(compareUtf8);
      const bids = docs.filter((b) => b.amount !== undefined && pattern.prices.includes(b.amount)).map((b) => b.id).sort(compareUtf8);
      push(
        makeHit(
          "CN40-4",
          p.ocid,
          involved,
          pricePatternMessage(pattern, involved.length, currency),
          { pattern: pattern.kind, parameter: pattern.parameter, prices: pattern.prices, currency, bids, tenderers: involved },
        ),
      );
    }
  }
  if (s.CN34) push(cn34(p, docs));
  return hits;
}

function cn34(p: ProcessView, docs: ReadonlyArray<BidView>): RiskHit | undefined {
  if (p.parties.size < 2) return undefined;
  // Fast path: no two parties share a legal representative and nobody has a controlling shareholder.
  let related = false;
  const reps = new Set<string>();
  for (const party of p.parties.values()) {
    if (party.controllers.length > 0) related = true;
    if (party.legalRepresentative !== undefined) {
      if (reps.has(party.legalRepresentative)) related = true;
      reps.add(party.legalRepresentative);
    }
  }
  if (!related) return undefined;
  const lots = new Map<string, Set<string>>();
  for (const b of docs) {
    for (const lot of b.lots.length > 0 ? b.lots : [""]) {
      const set = lots.get(lot) ?? new Set<string>();
      for (const t of b.tenderers) if (t !== undefined) set.add(t);
      lots.set(lot, set);
    }
  }
  const pairs: Array<{ lot: string; tenderers: [string, string]; relation: string; via: string }> = [];
  for (const [lot, set] of [...lots].sort((a, b) => compareUtf8(a[0], b[0]))) {
    const ids = [...set].sort(compareUtf8);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const pa = p.parties.get(a);
        const pb = p.parties.get(b);
        if (!pa || !pb) continue;
        if (pa.legalRepresentative !== undefined && pa.legalRepresentative === pb.legalRepresentative) {
          pairs.push({ lot, tenderers: [a, b], relation: "sameLegalRepresentative", via: pa.legalRepresentative });
        } else if (pb.controllers.includes(`party:${a}`)) {
          pairs.push({ lot, tenderers: [a, b], relation: "controls", via: a });
        } else if (pa.controllers.includes(`party:${b}`)) {
          pairs.push({ lot, tenderers: [b, a], relation: "controls", via: b });
        } else {
          const common = pa.controllers.find((c) => pb.controllers.includes(c));
          if (common !== undefined) pairs.push({ lot, tenderers: [a, b], relation: "commonController", via: common });
        }
      }
    }
  }
  if (pairs.length === 0) return undefined;
  const worded = pairs.map(relatedPairMessage);
  const zh = worded.map((w) => w.zh).join("；");
  const en = worded.map((w) => w.en).join("; ");
  return makeHit("CN34", p.ocid, pairs.flatMap((x) => x.tenderers), { zh, en }, { pairs });
}

/**
 * One related pair of CN34 in words, the direction of control as the data gives it: for `controls`, `tenderers`
 * is [controlling shareholder, the bidder it controls] and `via` the controlling one.
 */
export function relatedPairMessage(x: { lot: string; tenderers: readonly [string, string]; relation: string; via: string }): BilingualMessage {
  const [a, b] = x.tenderers;
  const who = personLabel(x.via);
  const lot = x.lot ? { zh: `（标段 ${x.lot}）`, en: ` (lot ${x.lot})` } : { zh: "", en: "" };
  switch (x.relation) {
    case "sameLegalRepresentative":
      return { zh: `${a} 与 ${b} 的法定代表人为同一人（${who.zh}）${lot.zh}`, en: `${a} and ${b} have the same legal representative (${who.en})${lot.en}` };
    case "controls":
      return { zh: `${a} 是 ${b} 的控股股东${lot.zh}`, en: `${a} is the controlling shareholder of ${b}${lot.en}` };
    default:
      return { zh: `${a} 与 ${b} 受同一控股股东（${who.zh}）控制${lot.zh}`, en: `${a} and ${b} have the same controlling shareholder (${who.en})${lot.en}` };
  }
}
