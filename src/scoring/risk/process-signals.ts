import { compareUtf8 } from "../../model/compare-utf8";
import { makeHit } from "./hit";
import type { RiskHit } from "./hit";
import { findPricePattern } from "./price-pattern";
import type { BidView, ProcessView } from "./process-view";
import type { PartBSettings } from "./settings";
import { valueZh } from "../../model/value-zh";

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

function sharedHit(signal: "CN40-1" | "CN40-2" | "CN40-3" | "CN40-6", ocid: string, shared: Shared[]): RiskHit | undefined {
  if (shared.length === 0) return undefined;
  const orgs = shared.flatMap((s) => s.tenderers);
  const what = shared.map((s) => `${FIELD_NAMES[s.field].en} ${s.value} (${s.tenderers.join(", ")})`).join("; ");
  const whatZh = shared.map((s) => `${FIELD_NAMES[s.field].zh} ${s.value}（${s.tenderers.join("、")}）`).join("；");
  return makeHit(signal, ocid, orgs, { zh: whatZh, en: what }, { shared });
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
          { zh: `报价呈${valueZh(pattern.kind)}规律（参数 ${pattern.parameter}）`, en: `prices form a ${pattern.kind} pattern (parameter ${pattern.parameter})` },
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
  const en = pairs.map((x) => `${x.tenderers.join(" & ")} ${x.relation} ${x.via}${x.lot ? ` (lot ${x.lot})` : ""}`).join("; ");
  const zh = pairs.map((x) => `${x.tenderers.join("与")} ${x.relation} ${x.via}${x.lot ? `（标段 ${x.lot}）` : ""}`).join("；");
  return makeHit("CN34", p.ocid, pairs.flatMap((x) => x.tenderers), { zh, en }, { pairs });
}
