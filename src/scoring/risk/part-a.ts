import { compareUtf8 } from "../../model/compare-utf8";
import { quantileType8, tukeyFences } from "./quantile";
import { rawMemberText } from "./raw-number";
import { parseRfc3339, wholeDaysBetween } from "./rfc3339";
import type { RiskSettings } from "./settings";

/*
 * The parity set, computed as the reference red-flag engine (Cardinal 0.0.8) computes it. Every rule below is a
 * paragraph of CARDINAL.md, cited by section; read that document before changing anything here. The engine reads
 * the raw compiled release (not the normalised ProcessView of the Part B signals) because parity depends on raw
 * types: an id counts only when it is a JSON string (a number or "" is not the same thing), `tenderers` must be
 * an array, and R018 reads the literal text of one number.
 */

/** Flags of one group in the reference engine's shape: identifier → indicator → value. */
export type FlagTable = Record<string, Record<string, number>>;

/** `Meta`: indicator → name → value rounded to 4 decimals (`null` for NaN/±∞), as the reference prints it. */
export type CardinalMeta = Record<string, Record<string, number | null>>;

/** `Maps` (`--map`): the reference engine's eight maps (CARDINAL.md §1.9); arrays are sets, sorted here. */
export interface CardinalMaps {
  readonly ocid_tenderer: Record<string, string[]>;
  readonly ocid_buyer_r038: Record<string, string>;
  readonly ocid_procuringentity_r038: Record<string, string>;
  readonly ocid_tenderer_r024: Record<string, string[]>;
  readonly ocid_tenderer_r028: Record<string, string[]>;
  readonly ocid_tenderer_r030: Record<string, string[]>;
  readonly ocid_tenderer_r035: Record<string, string[]>;
  readonly ocid_tenderer_r058: Record<string, string[]>;
}

/** The parity set's output, in the reference engine's shape (`--format cardinal`). */
export interface PartAResult {
  readonly OCID: FlagTable;
  readonly Buyer: FlagTable;
  readonly ProcuringEntity: FlagTable;
  readonly Tenderer: FlagTable;
  readonly Meta: CardinalMeta;
  /** Present when the analysis ran with `maps: true`. */
  readonly Maps?: CardinalMaps;
  /** Bids skipped by R024/R058/R036 because their currency is not the main one (the reference logs each). */
  readonly otherCurrencyBids: number;
  /** Per flagged process, the tenderers each process-level indicator named (R024, R028, R030, R035, R058). */
  readonly flaggedTenderers: Readonly<Record<string, Readonly<Record<string, ReadonlyArray<string>>>>>;
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): ReadonlyArray<unknown> | undefined => (Array.isArray(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
/** §1.2: an organisation reference counts only when its `id` is a JSON string ("" included). */
const idOf = (ref: unknown): string | undefined => str(obj(ref)?.id);

/** §1.3 submitted bid: a string status other than invited and withdrawn. */
function isSubmitted(status: unknown): boolean {
  return typeof status === "string" && status !== "invited" && status !== "withdrawn";
}

/** §1.3 amount of a bid: `value` with a finite numeric `amount` and a string `currency`. */
function priceOf(bid: Json): { amount: number; currency: string } | undefined {
  const v = obj(bid.value);
  if (v === undefined || typeof v.amount !== "number" || !Number.isFinite(v.amount) || typeof v.currency !== "string") return undefined;
  return { amount: v.amount, currency: v.currency };
}

/** §1.3 "all awards final": the active awards, or `undefined` when the process does not qualify. */
function completeAwards(release: Json): Json[] | undefined {
  const awards = arr(release.awards);
  if (awards === undefined || arr(obj(release.bids)?.details) === undefined) return undefined;
  const out: Json[] = [];
  for (const raw of awards) {
    const a = obj(raw);
    const status = a?.status;
    if (typeof status !== "string") continue; // no status: ignored, not excluding
    if (status === "active") out.push(a as Json);
    else if (status !== "cancelled" && status !== "unsuccessful") return undefined;
  }
  return out;
}

/** §1.3 "single winner": the one supplier id of the one complete award. */
function singleSupplier(release: Json): string | undefined {
  const complete = completeAwards(release);
  if (complete === undefined || complete.length !== 1) return undefined;
  const suppliers = arr((complete[0] as Json).suppliers);
  return suppliers !== undefined && suppliers.length === 1 ? idOf(suppliers[0]) : undefined;
}

/** A bid's one tenderer with a string id (§2 R024, R025); `undefined` for 0 or ≥ 2 tenderers. */
function soleTenderer(bid: Json): string | undefined {
  const t = arr(bid.tenderers);
  return t !== undefined && t.length === 1 ? idOf(t[0]) : undefined;
}

function stringIds(list: ReadonlyArray<unknown>, into: Set<string>): Set<string> {
  for (const t of list) {
    const id = idOf(t);
    if (id !== undefined) into.add(id);
  }
  return into;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The first `n` Unicode characters (code points) of `s` (§2 R048). */
function firstCodePoints(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return s.slice(0, i);
}

/** §1.9: Meta values are round(v × 10⁴) / 10⁴ with ties away from zero (Rust's f64::round); NaN and ±∞ print as null. */
export function roundMeta(v: number): number | null {
  if (!Number.isFinite(v)) return null;
  const y = v * 10_000;
  const r = Math.sign(y) * Math.round(Math.abs(y));
  return r / 10_000;
}

function sortedFloat(values: Iterable<number>): number[] {
  return Array.from(Float64Array.from(values).sort());
}

interface Counts {
  total: number;
  disqualified: number;
}

/** A null-prototype table: ids come from the data, and an id "__proto__" must stay an id (issue #19). */
export function dataTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function set(table: FlagTable, id: string, indicator: string, value: number): void {
  (table[id] ??= dataTable<number>())[indicator] = value;
}

/**
 * Streaming accumulator of the parity indicators (CARDINAL.md). `add` does the per-process work and keeps
 * per-organisation counters (and one ratio per price-compared process for the R024/R058 fences); `finish`
 * computes the fences and returns the flags.
 */
export class PartAAccumulator {
  private readonly s: RiskSettings;
  private mainCurrency: string | undefined;
  private otherCurrencyBids = 0;
  private readonly ocid: FlagTable = dataTable<Record<string, number>>();
  private readonly buyer: FlagTable = dataTable<Record<string, number>>();
  private readonly pe: FlagTable = dataTable<Record<string, number>>();
  private readonly tenderer: FlagTable = dataTable<Record<string, number>>();
  private readonly ratios: Array<{ ocid: string; ratio: number; winner: string; runner: string }> = [];
  private readonly r025 = new Map<string, { total: number; wins: number }>();
  private readonly r038Buyer = new Map<string, Counts>();
  private readonly r038Pe = new Map<string, Counts>();
  private readonly r038Tenderer = new Map<string, Counts>();
  private readonly r048 = new Map<string, { prefixes: Set<string>; processes: number }>();
  private readonly excluded: ReadonlySet<string>;
  private readonly allow: ReadonlySet<string>;
  private readonly deny: ReadonlySet<string>;
  private readonly r003Methods: ReadonlySet<string>;
  private readonly r018Methods: ReadonlySet<string>;
  // The indicator-specific maps hold flagged processes only and are always kept (the supervisor's view names
  // the organisations behind each flag); ocid_tenderer and the R038 maps cover every process: only with `maps`.
  private readonly maps: { [K in keyof CardinalMaps]: Map<string, K extends "ocid_buyer_r038" | "ocid_procuringentity_r038" ? string : Set<string>> };
  private readonly keepMaps: boolean;

  constructor(settings: RiskSettings, options: { maps?: boolean } = {}) {
    this.s = settings;
    this.mainCurrency = settings.currency;
    this.excluded = new Set(settings.excludedProcurementMethodDetails);
    this.allow = new Set(settings.priceComparisonProcurementMethods ?? []);
    this.deny = new Set(settings.noPriceComparisonProcurementMethods);
    this.r003Methods = new Set(settings.partA.R003?.procurementMethods ?? []);
    this.r018Methods = new Set(settings.partA.R018?.procurementMethods ?? []);
    this.maps = {
          ocid_tenderer: new Map(),
          ocid_buyer_r038: new Map(),
          ocid_procuringentity_r038: new Map(),
          ocid_tenderer_r024: new Map(),
          ocid_tenderer_r028: new Map(),
          ocid_tenderer_r030: new Map(),
          ocid_tenderer_r035: new Map(),
          ocid_tenderer_r058: new Map(),
        };
    this.keepMaps = options.maps === true;
  }

  /** The main currency: the `currency` setting, else the first one a price calculation looked at (§1.5). */
  get currency(): string | undefined {
    return this.mainCurrency;
  }

  /**
   * §1.4: true when the process is left out of every indicator (tender cancelled, or its
   * procurementMethodDetails in `[exclusions]`).
   */
  isExcluded(release: Json): boolean {
    const tender = obj(release.tender);
    if (tender?.status === "cancelled") return true;
    const d = str(tender?.procurementMethodDetails);
    return d !== undefined && this.excluded.has(d);
  }

  /**
   * Per-process indicators and per-organisation counters for one compiled release whose `ocid` is a string.
   * `text` is the release's JSON line when it came from one (R018 reads a number's literal text from it).
   */
  add(release: Json, text?: string): void {
    if (this.isExcluded(release)) return;
    const a = this.s.partA;
    const ocid = release.ocid as string;
    const tender = obj(release.tender);
    const details = arr(obj(release.bids)?.details);
    const priceCompared = this.priceCompared(str(tender?.procurementMethodDetails));

    if (a.R003 && tender) this.r003(ocid, tender, a.R003);
    if (a.R018 && tender) this.r018(ocid, tender, text);
    // Within one process the R024/R058 pass runs before R036: it may set the main currency first (§1.5).
    if ((a.R024 || a.R058) && priceCompared && details) this.pricePass(ocid, release, details);
    if (a.R025 && details) this.r025Add(release, details);
    if (a.R028 && priceCompared && details) this.r028(ocid, details);
    if (a.R030 && details) this.r030(ocid, release, tender, details);
    if (a.R035 && details) this.r035(ocid, release, details, a.R035.threshold);
    if (a.R036 && priceCompared && details) this.r036(ocid, release, details);
    if (a.R038 && details) this.r038Add(ocid, release, tender, details);
    if (a.R048) this.r048Add(release, a.R048.digits);
    if (this.keepMaps && details && (a.R025 || a.R038 || a.R048)) {
      const ids = new Set<string>();
      for (const raw of details) {
        const b = obj(raw);
        const t = arr(b?.tenderers);
        if (b && t && isSubmitted(b.status)) stringIds(t, ids);
      }
      if (ids.size > 0) this.maps.ocid_tenderer.set(ocid, ids);
    }
  }

  /** §1.6: the allow list, when non-empty, decides alone; otherwise the deny list. */
  private priceCompared(d: string | undefined): boolean {
    if (this.allow.size > 0) return d !== undefined && this.allow.has(d);
    return d === undefined || !this.deny.has(d);
  }

  /** §1.5: the first currency a price calculation looks at becomes the main one; others are skipped. */
  private takesCurrency(currency: string): boolean {
    if (this.mainCurrency === undefined) this.mainCurrency = currency;
    if (currency === this.mainCurrency) return true;
    this.otherCurrencyBids++;
    return false;
  }

  private mapAdd(key: "ocid_tenderer_r024" | "ocid_tenderer_r028" | "ocid_tenderer_r030" | "ocid_tenderer_r035" | "ocid_tenderer_r058", ocid: string, ids: Iterable<string>): void {
    const m = this.maps[key];
    const s = m.get(ocid) ?? new Set<string>();
    for (const id of ids) s.add(id);
    m.set(ocid, s);
  }

  /** §1.7: an empty set matches every process. */
  private static methodMatches(methods: ReadonlySet<string>, tender: Json): boolean {
    if (methods.size === 0) return true;
    const m = str(tender.procurementMethod);
    return m !== undefined && methods.has(m);
  }

  private r003(ocid: string, tender: Json, r: NonNullable<RiskSettings["partA"]["R003"]>): void {
    if (!PartAAccumulator.methodMatches(this.r003Methods, tender)) return;
    const period = obj(tender.tenderPeriod);
    const start = str(period?.startDate);
    const end = str(period?.endDate);
    if (start === undefined || end === undefined) return;
    const s = parseRfc3339(start);
    const e = parseRfc3339(end);
    if (s === undefined || e === undefined) return;
    const d = str(tender.procurementMethodDetails);
    const perDetail = r.procurementMethodDetails;
    const threshold = d !== undefined && Object.prototype.hasOwnProperty.call(perDetail, d) ? (perDetail[d] as number) : r.threshold;
    if (wholeDaysBetween(s, e) < threshold) set(this.ocid, ocid, "R003", 1);
  }

  /** §2 R018: `numberOfTenderers` is the unsigned-integer literal 1 (not `1.0`); bids are not read. */
  private r018(ocid: string, tender: Json, text: string | undefined): void {
    if (!PartAAccumulator.methodMatches(this.r018Methods, tender) || tender.numberOfTenderers !== 1) return;
    if (text !== undefined && rawMemberText(text, ["tender", "numberOfTenderers"]) !== "1") return;
    set(this.ocid, ocid, "R018", 1);
  }

  /** §2 R024/R058 price pass: the winner's lowest bid and the first lowest other bid, when the winner was cheapest. */
  private pricePass(ocid: string, release: Json, details: ReadonlyArray<unknown>): void {
    const supplier = singleSupplier(release);
    if (supplier === undefined) return;
    let win: number | undefined;
    let other: { amount: number; id: string } | undefined;
    for (const raw of details) {
      const b = obj(raw);
      if (b === undefined || b.status !== "valid") continue;
      const id = soleTenderer(b);
      const price = id === undefined ? undefined : priceOf(b);
      if (id === undefined || price === undefined || !this.takesCurrency(price.currency)) continue;
      if (id === supplier) {
        if (win === undefined || price.amount < win) win = price.amount;
      } else if (other === undefined || price.amount < other.amount) other = { amount: price.amount, id };
    }
    if (win === undefined || other === undefined || !(other.amount >= win)) return;
    this.ratios.push({ ocid, ratio: (other.amount - win) / win, winner: supplier, runner: other.id });
  }

  /** §2 R025: each distinct valid single tenderer counts once per process; a win when it is the supplier. */
  private r025Add(release: Json, details: ReadonlyArray<unknown>): void {
    const supplier = singleSupplier(release);
    if (supplier === undefined) return;
    const ids = new Set<string>();
    for (const raw of details) {
      const b = obj(raw);
      if (b?.status !== "valid") continue;
      const id = soleTenderer(b);
      if (id !== undefined) ids.add(id);
    }
    for (const id of ids) {
      const e = this.r025.get(id) ?? { total: 0, wins: 0 };
      e.total++;
      if (id === supplier) e.wins++;
      this.r025.set(id, e);
    }
  }

  /** §2 R028: a bid whose (amount, currency) an earlier bid had, with another set of tenderers. */
  private r028(ocid: string, details: ReadonlyArray<unknown>): void {
    const seen = new Map<string, Set<string>>();
    for (const raw of details) {
      const b = obj(raw);
      if (b === undefined || !isSubmitted(b.status)) continue;
      const tenderers = arr(b.tenderers);
      const price = tenderers === undefined ? undefined : priceOf(b);
      if (tenderers === undefined || price === undefined) continue;
      const ids = stringIds(tenderers, new Set<string>());
      if (ids.size === 0) continue;
      const key = `${price.amount}|${price.currency}`;
      const earlier = seen.get(key);
      if (earlier !== undefined && !sameSet(earlier, ids)) {
        set(this.ocid, ocid, "R028", 1);
        const union = new Set([...earlier, ...ids]);
        for (const id of union) set(this.tenderer, id, "R028", 1);
        this.mapAdd("ocid_tenderer_r028", ocid, union);
      }
      seen.set(key, ids);
    }
  }

  /** §2 R030: a valid bid dated after the deadline (plain string order) by an active award's supplier. */
  private r030(ocid: string, release: Json, tender: Json | undefined, details: ReadonlyArray<unknown>): void {
    const end = str(obj(tender?.tenderPeriod)?.endDate);
    const awards = arr(release.awards);
    if (end === undefined || awards === undefined) return;
    const suppliers = new Set<string>();
    for (const raw of awards) {
      const aw = obj(raw);
      const s = arr(aw?.suppliers);
      if (aw?.status === "active" && s !== undefined) stringIds(s, suppliers);
    }
    for (const raw of details) {
      const b = obj(raw);
      const date = str(b?.date);
      const tenderers = arr(b?.tenderers);
      if (b?.status !== "valid" || date === undefined || tenderers === undefined || compareUtf8(date, end) <= 0) continue;
      for (const t of tenderers) {
        const id = idOf(t);
        if (id === undefined || !suppliers.has(id)) continue;
        set(this.ocid, ocid, "R030", 1);
        set(this.tenderer, id, "R030", 1);
        this.mapAdd("ocid_tenderer_r030", ocid, [id]);
      }
    }
  }

  /** §2 R035: the one valid tenderer is the award's supplier set and ≥ threshold others were disqualified. */
  private r035(ocid: string, release: Json, details: ReadonlyArray<unknown>, threshold: number): void {
    const complete = completeAwards(release);
    if (complete === undefined) return;
    const suppliers = new Set<string>();
    for (const aw of complete) {
      const s = arr(aw.suppliers);
      if (s !== undefined) stringIds(s, suppliers);
    }
    const valid = new Set<string>();
    const disqualified = new Set<string>();
    for (const raw of details) {
      const b = obj(raw);
      const tenderers = arr(b?.tenderers);
      if (tenderers === undefined) continue;
      if (b?.status === "valid") stringIds(tenderers, valid);
      else if (b?.status === "disqualified") stringIds(tenderers, disqualified);
    }
    if (valid.size !== 1 || !sameSet(valid, suppliers)) return;
    let others = 0;
    for (const id of disqualified) if (!valid.has(id)) others++;
    if (others < Math.max(threshold, 1)) return;
    const winner = [...valid][0] as string;
    set(this.ocid, ocid, "R035", others);
    set(this.tenderer, winner, "R035", 0);
    this.mapAdd("ocid_tenderer_r035", ocid, [winner]);
  }

  /** §2 R036: the lowest submitted bid (first on a tie) is disqualified while a valid bid has an amount. */
  private r036(ocid: string, release: Json, details: ReadonlyArray<unknown>): void {
    const awards = arr(release.awards);
    if (awards === undefined || !awards.some((aw) => obj(aw)?.status === "active")) return;
    let lowest: { amount: number; disqualified: boolean } | undefined;
    let anyValid = false;
    for (const raw of details) {
      const b = obj(raw);
      if (b === undefined || !isSubmitted(b.status)) continue;
      const price = priceOf(b);
      if (price === undefined || !this.takesCurrency(price.currency)) continue;
      if (b.status === "valid") anyValid = true;
      if (lowest === undefined || price.amount < lowest.amount) lowest = { amount: price.amount, disqualified: b.status === "disqualified" };
    }
    if (anyValid && lowest?.disqualified === true) set(this.ocid, ocid, "R036", 1);
  }

  /** §2 R038: submitted and disqualified bids per buyer, procuring entity and tenderer. */
  private r038Add(ocid: string, release: Json, tender: Json | undefined, details: ReadonlyArray<unknown>): void {
    let total = 0;
    let dq = 0;
    for (const raw of details) {
      const b = obj(raw);
      if (b === undefined || !isSubmitted(b.status)) continue;
      total++;
      const isDq = b.status === "disqualified";
      if (isDq) dq++;
      for (const t of arr(b.tenderers) ?? []) {
        const id = idOf(t);
        if (id !== undefined) bump(this.r038Tenderer, id, 1, isDq ? 1 : 0);
      }
    }
    if (total === 0) return;
    const buyerId = idOf(release.buyer);
    const peId = idOf(tender?.procuringEntity);
    if (buyerId !== undefined) bump(this.r038Buyer, buyerId, total, dq);
    if (peId !== undefined) bump(this.r038Pe, peId, total, dq);
    if (this.keepMaps && dq > 0) {
      if (buyerId !== undefined) this.maps.ocid_buyer_r038.set(ocid, buyerId);
      if (peId !== undefined) this.maps.ocid_procuringentity_r038.set(ocid, peId);
    }
  }

  /** §2 R048: classification prefixes of the items of active single-supplier awards, per supplier. */
  private r048Add(release: Json, digits: number): void {
    const counted = new Set<string>();
    for (const raw of arr(release.awards) ?? []) {
      const aw = obj(raw);
      const items = arr(aw?.items);
      const suppliers = arr(aw?.suppliers);
      if (aw?.status !== "active" || items === undefined || suppliers === undefined || suppliers.length !== 1) continue;
      const id = idOf(suppliers[0]);
      if (id === undefined) continue;
      for (const item of items) {
        const cls = str(obj(obj(item)?.classification)?.id);
        if (cls === undefined) continue;
        let e = this.r048.get(id);
        if (e === undefined) this.r048.set(id, (e = { prefixes: new Set(), processes: 0 }));
        e.prefixes.add(firstCodePoints(cls, digits));
        if (!counted.has(id)) {
          counted.add(id);
          e.processes++;
        }
      }
    }
  }

  /** Computes the fences and returns every flag; call once, after the last `add`. */
  finish(): PartAResult {
    const a = this.s.partA;
    const meta: CardinalMeta = {};
    if (a.R024 || a.R058) {
      const f = tukeyFences(this.ratios.map((d) => d.ratio));
      if (a.R024) {
        const t = a.R024.threshold;
        const fence = t ?? f.lowerFence;
        meta.R024 = t === undefined ? { q1: roundMeta(f.q1), q3: roundMeta(f.q3), lower_fence: roundMeta(fence) } : { lower_fence: roundMeta(fence) };
        // With a threshold Q1 is taken as 1 (a dummy), so only the fence's sign guards (§2 R024).
        if ((t === undefined ? f.q1 : 1) > 0 && fence > 0) {
          for (const d of this.ratios) {
            if (!(d.ratio <= fence)) continue;
            set(this.ocid, d.ocid, "R024", d.ratio);
            set(this.tenderer, d.winner, "R024", 0);
            set(this.tenderer, d.runner, "R024", 0);
            this.mapAdd("ocid_tenderer_r024", d.ocid, [d.winner, d.runner]);
          }
        }
      }
      if (a.R058) {
        const t = a.R058.threshold;
        const fence = t ?? f.upperFence;
        meta.R058 = t === undefined ? { q1: roundMeta(f.q1), q3: roundMeta(f.q3), upper_fence: roundMeta(fence) } : { upper_fence: roundMeta(fence) };
        if (fence > 0) {
          for (const d of this.ratios) {
            if (!(d.ratio >= fence)) continue;
            set(this.ocid, d.ocid, "R058", d.ratio);
            set(this.tenderer, d.winner, "R058", 0);
            this.mapAdd("ocid_tenderer_r058", d.ocid, [d.winner]);
          }
        }
      }
    }
    if (a.R025) {
      const entries = [...this.r025];
      const upper = quantileType8(sortedFloat(entries.map(([, e]) => e.total)), a.R025.percentile / 100);
      const f = tukeyFences(entries.map(([, e]) => e.wins / e.total));
      const t = a.R025.threshold;
      const lower = t ?? f.lowerFence;
      meta.R025 =
        t === undefined
          ? { q1: roundMeta(f.q1), q3: roundMeta(f.q3), upper_fence: roundMeta(upper), lower_fence: roundMeta(lower) }
          : { upper_fence: roundMeta(upper), lower_fence: roundMeta(lower) };
      if ((t === undefined ? f.q1 : 1) > 0 && lower > 0) {
        for (const [id, e] of entries) {
          const ratio = e.wins / e.total;
          if (e.total >= upper && ratio <= lower) set(this.tenderer, id, "R025", ratio);
        }
      }
    }
    if (a.R038) {
      const r = a.R038;
      const out: Record<string, number | null> = {};
      const group = (name: string, m: Map<string, Counts>, table: FlagTable, minimum: number) => {
        // §2 R038: eligibility compares the number of submitted bids, for buyers and procuring entities too.
        const rows = [...m].filter(([, e]) => e.total >= minimum);
        if (rows.length === 0) return;
        const f = tukeyFences(rows.map(([, e]) => e.disqualified / e.total));
        const fence = r.threshold ?? f.upperFence;
        if (r.threshold === undefined) {
          out[`${name}_q1`] = roundMeta(f.q1);
          out[`${name}_q3`] = roundMeta(f.q3);
        }
        out[`${name}_upper_fence`] = roundMeta(fence);
        if (!(fence > 0)) return;
        for (const [id, e] of rows) {
          const ratio = e.disqualified / e.total;
          if (ratio >= fence) set(table, id, "R038", ratio);
        }
      };
      group("Buyer", this.r038Buyer, this.buyer, r.minimumContractingProcesses);
      group("ProcuringEntity", this.r038Pe, this.pe, r.minimumContractingProcesses);
      group("Tenderer", this.r038Tenderer, this.tenderer, r.minimumSubmittedBids);
      if (Object.keys(out).length > 0) meta.R038 = out;
    }
    if (a.R048) {
      const r = a.R048;
      const rows = [...this.r048].filter(([, e]) => e.processes >= r.minimumContractingProcesses);
      const f = tukeyFences(rows.map(([, e]) => e.prefixes.size));
      const fence = r.threshold ?? f.upperFence;
      meta.R048 = r.threshold === undefined ? { q1: roundMeta(f.q1), q3: roundMeta(f.q3), upper_fence: roundMeta(fence) } : { upper_fence: roundMeta(fence) };
      // No positivity guard for R048 (§2 R048): a threshold of 0 flags every eligible supplier.
      for (const [id, e] of rows) if (e.prefixes.size >= fence) set(this.tenderer, id, "R048", e.prefixes.size);
    }
    return {
      OCID: this.ocid,
      Buyer: this.buyer,
      ProcuringEntity: this.pe,
      Tenderer: this.tenderer,
      Meta: meta,
      ...(this.keepMaps ? { Maps: this.mapsOut() } : {}),
      otherCurrencyBids: this.otherCurrencyBids,
      flaggedTenderers: this.flaggedOut(),
    };
  }

  private flaggedOut(): Record<string, Record<string, string[]>> {
    const out = dataTable<Record<string, string[]>>();
    for (const code of ["R024", "R028", "R030", "R035", "R058"] as const) {
      const m = this.maps[`ocid_tenderer_${code.toLowerCase()}` as "ocid_tenderer_r024"];
      for (const [ocid, ids] of m) (out[ocid] ??= dataTable<string[]>())[code] = [...ids].sort(compareUtf8);
    }
    return out;
  }

  private mapsOut(): CardinalMaps {
    const m = this.maps;
    const lists = (x: Map<string, Set<string>>) => {
      const o = dataTable<string[]>();
      for (const k of [...x.keys()].sort(compareUtf8)) o[k] = [...(x.get(k) as Set<string>)].sort(compareUtf8);
      return o;
    };
    const plain = (x: Map<string, string>) => {
      const o = dataTable<string>();
      for (const k of [...x.keys()].sort(compareUtf8)) o[k] = x.get(k) as string;
      return o;
    };
    return {
      ocid_tenderer: lists(m.ocid_tenderer),
      ocid_buyer_r038: plain(m.ocid_buyer_r038),
      ocid_procuringentity_r038: plain(m.ocid_procuringentity_r038),
      ocid_tenderer_r024: lists(m.ocid_tenderer_r024),
      ocid_tenderer_r028: lists(m.ocid_tenderer_r028),
      ocid_tenderer_r030: lists(m.ocid_tenderer_r030),
      ocid_tenderer_r035: lists(m.ocid_tenderer_r035),
      ocid_tenderer_r058: lists(m.ocid_tenderer_r058),
    };
  }
}

function bump(m: Map<string, Counts>, id: string, total: number, disqualified: number): void {
  const e = m.get(id);
  if (e === undefined) m.set(id, { total, disqualified });
  else {
    e.total += total;
    e.disqualified += disqualified;
  }
}
