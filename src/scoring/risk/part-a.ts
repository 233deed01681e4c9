import { getOwn, setOwn } from "../../model/own";
import { tukeyFences } from "./quantile";
import type { Fences } from "./quantile";
import { quantileType8 } from "./quantile";
import { parseInstant } from "./process-view";
import type { ProcessView } from "./process-view";
import type { RiskSettings } from "./settings";

/** Flags of one group in the reference engine's shape: identifier → indicator → value. */
export type FlagTable = Record<string, Record<string, number>>;

/** The parity set's output, in the reference engine's shape (`--format cardinal`). */
export interface PartAResult {
  readonly OCID: FlagTable;
  readonly Buyer: FlagTable;
  readonly ProcuringEntity: FlagTable;
  readonly Tenderer: FlagTable;
  readonly Meta: Record<string, unknown>;
}

const AWARD_STATUSES = new Set(["pending", "active", "cancelled", "unsuccessful"]);
const DAY_MS = 86_400_000;

interface Ratio {
  submitted: number;
  disqualified: number;
  processes: number;
}

function set(table: FlagTable, id: string, indicator: string, value: number): void {
  // Ids come from the releases: `__proto__` is an id like any other (own properties, never the prototype).
  let row = getOwn(table, id);
  if (row === undefined) setOwn(table, id, (row = {}));
  setOwn(row, indicator, value);
}

function fenceMeta(f: Fences | undefined, side: "lower" | "upper", threshold: number | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (f) {
    out.q1 = f.q1;
    out.q3 = f.q3;
    if (side === "lower") out.lower_fence = f.lowerFence;
    else out.upper_fence = f.upperFence;
  }
  if (threshold !== undefined) out.threshold = threshold;
  return out;
}

/*
 * An outlier test against a fence. With IQR = 0 the fence equals the quartile and "≥ upper fence" would flag
 * the whole bulk of the sample (every tenderer with one classification, every buyer with no disqualification):
 * a value must also lie strictly beyond the quartile. With IQR > 0 this changes nothing (docs/risk-indicators.md).
 */
function beyondUpper(v: number, f: Fences | undefined, threshold: number | undefined): boolean {
  if (threshold !== undefined) return v >= threshold;
  return f !== undefined && v >= f.upperFence && v > f.q3;
}
function beyondLower(v: number, f: Fences | undefined, threshold: number | undefined): boolean {
  if (threshold !== undefined) return v <= threshold;
  return f !== undefined && v <= f.lowerFence && v < f.q1;
}

/**
 * Streaming accumulator of the parity indicators (RISK-INDICATORS.md Part A). `add` does the per-process work
 * and keeps per-organisation counters (and one number per price-compared process for the R024/R058 fences);
 * `finish` computes the fences and returns the flags.
 */
export class PartAAccumulator {
  private readonly s: RiskSettings;
  private mainCurrency: string | undefined;
  private readonly ocid: FlagTable = {};
  private readonly buyer: FlagTable = {};
  private readonly pe: FlagTable = {};
  private readonly tenderer: FlagTable = {};
  private readonly diffs: Array<{ ocid: string; diff: number; winner: string; runners: string[] }> = [];
  private readonly r025 = new Map<string, { valid: number; wins: number }>();
  private readonly r038Buyer = new Map<string, Ratio>();
  private readonly r038Pe = new Map<string, Ratio>();
  private readonly r038Tenderer = new Map<string, Ratio>();
  private readonly r048 = new Map<string, { classes: Set<string>; processes: number }>();

  constructor(settings: RiskSettings) {
    this.s = settings;
    this.mainCurrency = settings.currency;
  }

  /** The main currency: the `currency` setting, else the first bid currency seen. */
  get currency(): string | undefined {
    return this.mainCurrency;
  }

  /** Per-process indicators and per-organisation counters for one process. */
  add(p: ProcessView): void {
    const a = this.s.partA;
    if (this.mainCurrency === undefined) {
      for (const b of p.bids) {
        if (b.currency !== undefined && b.amount !== undefined) {
          this.mainCurrency = b.currency;
          break;
        }
      }
    }
    if (p.tenderStatus === "cancelled") return;
    if (p.procurementMethodDetails !== undefined && this.s.excludedProcurementMethodDetails.includes(p.procurementMethodDetails)) return;

    const submitted = p.bids.filter((b) => b.status === "valid" || b.status === "disqualified");
    const valid = submitted.filter((b) => b.status === "valid");
    const tendererIdsOk = submitted.every((b) => b.tenderers.length > 0 && b.tenderers.every((t) => t !== undefined));
    const active = p.awards.filter((aw) => aw.status === "active");
    const activeSuppliers = new Set<string>();
    let supplierIdsOk = true;
    for (const aw of active) for (const s of aw.suppliers) s === undefined ? (supplierIdsOk = false) : activeSuppliers.add(s);
    const priceCompared = this.priceCompared(p);

    if (a.R003) this.r003(p, a.R003);
    if (a.R018 && tendererIdsOk && p.procurementMethod !== undefined && a.R018.procurementMethods.includes(p.procurementMethod)) {
      const ids = new Set<string>();
      for (const b of submitted) for (const t of b.tenderers) ids.add(t as string);
      if (ids.size === 1) set(this.ocid, p.ocid, "R018", 1);
    }

    // Exclusions shared by the price indicators R024, R025, R058.
    const priceExcluded =
      !tendererIdsOk ||
      !supplierIdsOk ||
      p.awards.some((aw) => aw.status === "pending" || aw.status === undefined || !AWARD_STATUSES.has(aw.status)) ||
      active.length !== 1 ||
      submitted.some((b) => b.tenderers.length !== 1) ||
      active.some((aw) => aw.suppliers.length !== 1);

    if ((a.R024 || a.R058) && !priceExcluded && priceCompared) this.r024(p, valid, [...activeSuppliers][0] as string);
    if (a.R025 && !priceExcluded) {
      const winner = [...activeSuppliers][0] as string;
      for (const b of valid) {
        const t = b.tenderers[0] as string;
        const e = this.r025.get(t) ?? { valid: 0, wins: 0 };
        e.valid++;
        this.r025.set(t, e);
      }
      const e = this.r025.get(winner) ?? { valid: 0, wins: 0 };
      e.wins++;
      this.r025.set(winner, e);
    }
    if (a.R028 && priceCompared && tendererIdsOk) this.r028(p, submitted);
    if (a.R030 && p.tenderEndMs !== undefined && tendererIdsOk) {
      const end = p.tenderEndMs;
      const late = (b: ProcessView["bids"][number]) => {
        const ms = parseInstant(b.date);
        return ms !== undefined && ms > end;
      };
      if (valid.some((b) => b.tenderers.some((t) => activeSuppliers.has(t as string)) && late(b))) {
        set(this.ocid, p.ocid, "R030", 1);
      }
    }
    if (a.R035 && tendererIdsOk && supplierIdsOk) {
      const validT = new Set<string>();
      for (const b of valid) for (const t of b.tenderers) validT.add(t as string);
      const disq = new Set<string>();
      for (const b of submitted) if (b.status === "disqualified") for (const t of b.tenderers) if (!validT.has(t as string)) disq.add(t as string);
      const winner = [...validT][0];
      if (validT.size === 1 && activeSuppliers.size === 1 && winner !== undefined && activeSuppliers.has(winner) && disq.size >= a.R035.threshold) {
        set(this.ocid, p.ocid, "R035", disq.size);
        set(this.tenderer, winner, "R035", 0);
      }
    }
    if (a.R036 && priceCompared && active.length > 0) {
      const priced = submitted.filter((b) => b.amount !== undefined);
      if (priced.every((b) => b.currency === this.mainCurrency)) {
        let minValid = Infinity;
        let minDisq = Infinity;
        for (const b of priced) {
          if (b.status === "valid") minValid = Math.min(minValid, b.amount as number);
          else minDisq = Math.min(minDisq, b.amount as number);
        }
        if (minValid < Infinity && minDisq < minValid) set(this.ocid, p.ocid, "R036", 1);
      }
    }
    if (a.R038 && submitted.length > 0) {
      const d = submitted.filter((b) => b.status === "disqualified").length;
      const bump = (m: Map<string, Ratio>, id: string, s: number, dq: number) => {
        const e = m.get(id) ?? { submitted: 0, disqualified: 0, processes: 0 };
        e.submitted += s;
        e.disqualified += dq;
        e.processes++;
        m.set(id, e);
      };
      if (p.buyerId !== undefined) bump(this.r038Buyer, p.buyerId, submitted.length, d);
      if (p.procuringEntityId !== undefined) bump(this.r038Pe, p.procuringEntityId, submitted.length, d);
      if (tendererIdsOk) for (const b of submitted) for (const t of b.tenderers) bump(this.r038Tenderer, t as string, 1, b.status === "disqualified" ? 1 : 0);
    }
    if (a.R048 && supplierIdsOk) {
      const digits = a.R048.digits;
      const seen = new Set<string>();
      for (const aw of active) {
        for (const s of aw.suppliers) {
          const e = this.r048.get(s as string) ?? { classes: new Set<string>(), processes: 0 };
          for (const c of aw.classifications) if (c.length >= digits) e.classes.add(c.slice(0, digits));
          if (!seen.has(s as string)) {
            seen.add(s as string);
            e.processes++;
          }
          this.r048.set(s as string, e);
        }
      }
    }
  }

  private priceCompared(p: ProcessView): boolean {
    const d = p.procurementMethodDetails;
    if (this.s.priceComparisonProcurementMethods !== undefined && (d === undefined || !this.s.priceComparisonProcurementMethods.includes(d))) return false;
    return d === undefined || !this.s.noPriceComparisonProcurementMethods.includes(d);
  }

  private r003(p: ProcessView, r: NonNullable<RiskSettings["partA"]["R003"]>): void {
    if (r.procurementMethods !== undefined && (p.procurementMethod === undefined || !r.procurementMethods.includes(p.procurementMethod))) return;
    if (p.tenderStartMs === undefined || p.tenderEndMs === undefined || p.tenderEndMs < p.tenderStartMs) return;
    const threshold = (p.procurementMethodDetails !== undefined ? r.procurementMethodDetails[p.procurementMethodDetails] : undefined) ?? r.threshold;
    // Whole days, truncated, as the reference does (chrono's num_days()).
    const days = Math.trunc((p.tenderEndMs - p.tenderStartMs) / DAY_MS);
    if (days < threshold) set(this.ocid, p.ocid, "R003", 1);
  }

  private r024(p: ProcessView, valid: ReadonlyArray<ProcessView["bids"][number]>, winner: string): void {
    if (valid.some((b) => b.amount === undefined || b.currency !== this.mainCurrency)) return;
    let win = Infinity;
    let second = Infinity;
    for (const b of valid) {
      const amount = b.amount as number;
      if (b.tenderers[0] === winner) win = Math.min(win, amount);
      else second = Math.min(second, amount);
    }
    if (win === Infinity || second === Infinity || !(win > 0) || second < win) return;
    const runners = [...new Set(valid.filter((b) => b.tenderers[0] !== winner && b.amount === second).map((b) => b.tenderers[0] as string))];
    this.diffs.push({ ocid: p.ocid, diff: (second - win) / win, winner, runners });
  }

  private r028(p: ProcessView, submitted: ReadonlyArray<ProcessView["bids"][number]>): void {
    const byAmount = new Map<number, Set<string>>();
    for (const b of submitted) {
      if (b.amount === undefined || b.currency !== this.mainCurrency) continue;
      const s = byAmount.get(b.amount) ?? new Set<string>();
      for (const t of b.tenderers) s.add(t as string);
      byAmount.set(b.amount, s);
    }
    let hit = false;
    for (const ids of byAmount.values()) {
      if (ids.size < 2) continue;
      hit = true;
      for (const t of ids) set(this.tenderer, t, "R028", 1);
    }
    if (hit) set(this.ocid, p.ocid, "R028", 1);
  }

  /** Computes the fences and returns every flag; call once, after the last `add`. */
  finish(): PartAResult {
    const a = this.s.partA;
    const meta: Record<string, unknown> = {};
    if (a.R024 || a.R058) {
      const f = tukeyFences(this.diffs.map((d) => d.diff));
      if (a.R024) {
        meta.R024 = fenceMeta(f, "lower", a.R024.threshold);
        for (const d of this.diffs) {
          if (!beyondLower(d.diff, f, a.R024.threshold)) continue;
          set(this.ocid, d.ocid, "R024", d.diff);
          set(this.tenderer, d.winner, "R024", 0);
          for (const r of d.runners) set(this.tenderer, r, "R024", 0);
        }
      }
      if (a.R058) {
        meta.R058 = fenceMeta(f, "upper", a.R058.threshold);
        for (const d of this.diffs) {
          if (!beyondUpper(d.diff, f, a.R058.threshold)) continue;
          set(this.ocid, d.ocid, "R058", d.diff);
          set(this.tenderer, d.winner, "R058", 0);
        }
      }
    }
    if (a.R025) {
      const counts = Float64Array.from([...this.r025.values()].filter((e) => e.valid > 0).map((e) => e.valid)).sort();
      const cut = quantileType8(Array.from(counts), a.R025.percentile / 100);
      const top = cut === undefined ? [] : [...this.r025].filter(([, e]) => e.valid > 0 && e.valid >= cut);
      const f = tukeyFences(top.map(([, e]) => e.wins / e.valid));
      meta.R025 = { ...(cut !== undefined ? { percentile: cut } : {}), ...fenceMeta(f, "lower", a.R025.threshold) };
      for (const [id, e] of top) {
        const ratio = e.wins / e.valid;
        if (beyondLower(ratio, f, a.R025.threshold)) set(this.tenderer, id, "R025", ratio);
      }
    }
    if (a.R038) {
      const r = a.R038;
      const group = (m: Map<string, Ratio>, table: FlagTable, eligible: (e: Ratio) => boolean) => {
        const rows = [...m].filter(([, e]) => eligible(e) && e.submitted > 0);
        const f = tukeyFences(rows.map(([, e]) => e.disqualified / e.submitted));
        for (const [id, e] of rows) {
          const ratio = e.disqualified / e.submitted;
          if (beyondUpper(ratio, f, r.threshold)) set(table, id, "R038", ratio);
        }
        return fenceMeta(f, "upper", r.threshold);
      };
      meta.R038 = {
        buyer: group(this.r038Buyer, this.buyer, (e) => e.processes >= r.minimumContractingProcesses),
        procuring_entity: group(this.r038Pe, this.pe, (e) => e.processes >= r.minimumContractingProcesses),
        tenderer: group(this.r038Tenderer, this.tenderer, (e) => e.submitted >= r.minimumSubmittedBids),
      };
    }
    if (a.R048) {
      const r = a.R048;
      const rows = [...this.r048].filter(([, e]) => e.processes >= r.minimumContractingProcesses);
      const f = tukeyFences(rows.map(([, e]) => e.classes.size));
      meta.R048 = fenceMeta(f, "upper", r.threshold);
      for (const [id, e] of rows) if (beyondUpper(e.classes.size, f, r.threshold)) set(this.tenderer, id, "R048", e.classes.size);
    }
    return { OCID: this.ocid, Buyer: this.buyer, ProcuringEntity: this.pe, Tenderer: this.tenderer, Meta: meta };
  }
}
