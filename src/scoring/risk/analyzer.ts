import * as z from "../../model/zod";
import { GgzyError, parseWith } from "../../model/error";
import { IsoDateSchema } from "../../model/common";
import { assertJsonInput, typeName } from "../../model/guard";
import { writeOcdsRelease } from "../../model/ocdsWrite";
import type { ContractingProcess } from "../../model/process";
import { compareUtf8 } from "../../model/compare-utf8";
import { score } from "../scorecard/score";
import type { ScoreResult } from "../scorecard/result";
import { parseScorecard } from "../scorecard/schema";
import type { Scorecard } from "../scorecard/schema";
import { SIGNAL_INFO, makeHit } from "./hit";
import type { RiskHit, SignalFamily } from "./hit";
import { NetworkAccumulator } from "./network";
import { PartAAccumulator } from "./part-a";
import type { CardinalMaps, PartAResult } from "./part-a";
import { processSignals } from "./process-signals";
import { parseInstant, readProcess } from "./process-view";
import { defaultRiskScorecard } from "./risk-scorecard";
import { checkIterable } from "./iterable";
import { defaultRiskSettings } from "./settings";
import type { RiskSettings, RiskSignalId } from "./settings";

const AnalysisOptionsSchema = z.object({
  // Settings come from parseRiskSettings/defaultRiskSettings (checked there); here only their being an object.
  settings: z.optional(z.looseObject({})),
  scorecard: z.optional(z.unknown()),
  asOf: z.optional(IsoDateSchema),
  maps: z.optional(z.boolean()),
  maxReportedProblems: z.optional(z.number().check(z.int(), z.gte(0))),
});

function checkAnalysisOptions(options: unknown): void {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new GgzyError("INVALID_INPUT", { zh: "选项必须是对象", en: "options must be an object", details: { type: typeName(options) } });
  }
  parseWith(AnalysisOptionsSchema, options, { zh: "风险分析选项", en: "risk analysis options" });
}

/** Options of the risk analysis. */
export interface RiskAnalysisOptions {
  /** Settings from `parseRiskSettings`; default: every indicator and signal with its defaults. */
  readonly settings?: RiskSettings;
  /** Scorecard of the project / organisation risk score; default `defaultRiskScorecard`. */
  readonly scorecard?: Scorecard;
  /** Date the scores are for (`YYYY-MM-DD`); default: the latest release date in the data (never the clock). */
  readonly asOf?: string;
  /** Keep the reference engine's eight `Maps` (`--map`, CARDINAL.md §1.9); costs memory per process. */
  readonly maps?: boolean;
  /** How many malformed lines to list one by one (all are counted); default 1000. */
  readonly maxReportedProblems?: number;
}

/** A line that could not be read. */
export interface InputProblem {
  readonly line: number;
  readonly reason: "invalid-json" | "invalid-utf8" | "not-an-object" | "no-ocid" | "invalid-model";
  readonly message: string;
}

/** Counts of what was read. */
export interface RiskSummary {
  readonly lines: number;
  readonly emptyLines: number;
  readonly processes: number;
  /** Lines left out: malformed JSON, invalid UTF-8, not an object, no string `ocid`. */
  readonly skipped: number;
  readonly skippedByReason: Readonly<Record<InputProblem["reason"], number>>;
  readonly problems: ReadonlyArray<InputProblem>;
  readonly mainCurrency?: string;
  /** The day the scores are for: the `asOf` option, else the latest release date read, else 1970-01-01. */
  readonly asOf: string;
  /** Where `asOf` came from: `"option"`, `"data"` (the latest release date), or `"none"` (no option, no dated release). */
  readonly asOfFrom: "option" | "data" | "none";
  readonly hitsBySignal: Readonly<Record<string, number>>;
}

/** One process's risk: its hits, and the scorecard's score with the breakdown. */
export interface ProcessRisk {
  readonly ocid: string;
  readonly score: number;
  readonly grade: string;
  readonly signals: ReadonlyArray<RiskSignalId>;
  readonly hits: ReadonlyArray<RiskHit>;
  readonly breakdown: ScoreResult["breakdown"];
}

/** One item of evidence against an organisation: a hit that named it, or an organisation-level parity flag. */
export interface OrganisationEvidence {
  readonly signal: RiskSignalId;
  readonly family: SignalFamily;
  readonly ocid?: string;
  /** For organisation-level parity flags: the group (Tenderer, Buyer, ProcuringEntity) and the value. */
  readonly group?: string;
  readonly value?: number;
  readonly message: { readonly zh: string; readonly en: string };
}

/** One organisation's risk: how many processes named it per signal, scored on the same scorecard, with evidence. */
export interface OrganisationRisk {
  readonly id: string;
  readonly score: number;
  readonly grade: string;
  readonly signals: Readonly<Record<string, number>>;
  readonly processes: ReadonlyArray<string>;
  /** The first `MAX_ORG_EVIDENCE` items of evidence, Chinese-law signals first. */
  readonly evidence: ReadonlyArray<OrganisationEvidence>;
  readonly evidenceCount: number;
  readonly breakdown: ScoreResult["breakdown"];
}

/** Everything the analysis found. Processes and organisations ranked by score (highest first), then id. */
export interface RiskResult {
  readonly summary: RiskSummary;
  readonly processes: ReadonlyArray<ProcessRisk>;
  readonly organisations: ReadonlyArray<OrganisationRisk>;
  /** The parity set in the reference engine's shape. */
  readonly partA: PartAResult;
  /** The reference engine's `Maps` (same object as `partA.Maps`), with `maps: true`. */
  readonly maps?: CardinalMaps;
}

const MAX_ORG_EVIDENCE = 20;
const FAMILY_ORDER: Readonly<Record<SignalFamily, number>> = { "chinese-law": 0, "collusion-pattern": 1, "cardinal-parity": 2 };
const PROCESS_LEVEL_A: ReadonlyArray<RiskSignalId> = ["R003", "R018", "R024", "R028", "R030", "R035", "R036", "R058"];
const ORG_LEVEL_A: ReadonlyArray<RiskSignalId> = ["R025", "R028", "R038", "R048"];
const DECODER_OPTIONS = { fatal: true } as const;

/** "" is a valid ocid and organisation id for the reference (CARDINAL.md §1.2); a scorecard subject needs a name. */
function subjectId(id: string): string {
  return id === "" ? "(empty id)" : id;
}

function shanghaiDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A streaming risk analysis: feed it lines (or parsed releases) one at a time, then `finish`. Per-process work
 * runs as each line arrives; only per-organisation counters (and one number per price-compared process for the
 * fences) are kept. Never throws on bad data: malformed lines are counted and listed with their line number.
 *
 * @example
 * ```ts
 * const analyzer = new RiskAnalyzer();
 * for (const line of text.split("\n")) analyzer.addLine(line);
 * const result = analyzer.finish();
 * result.processes[0]?.hits; // the riskiest process's hits, with evidence
 * ```
 */
export class RiskAnalyzer {
  private readonly settings: RiskSettings;
  private readonly options: RiskAnalysisOptions;
  private readonly partA: PartAAccumulator;
  private readonly network: NetworkAccumulator;
  private readonly ocids: string[] = [];
  private readonly hits = new Map<number, RiskHit[]>();
  private readonly problems: InputProblem[] = [];
  private readonly skippedByReason: Record<InputProblem["reason"], number> = { "invalid-json": 0, "invalid-utf8": 0, "not-an-object": 0, "no-ocid": 0, "invalid-model": 0 };
  private lineNo = 0;
  private emptyLines = 0;
  private latestMs: number | undefined;
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private finished = false;
  private readonly card: Scorecard;

  constructor(options: RiskAnalysisOptions = {}) {
    checkAnalysisOptions(options);
    this.options = options;
    this.settings = options.settings ?? defaultRiskSettings();
    this.partA = new PartAAccumulator(this.settings, { maps: options.maps === true });
    this.network = new NetworkAccumulator(this.settings.partB);
    // Validated once here (a bad scorecard fails before any data is read, and `score` skips re-validating it).
    this.card = parseScorecard(options.scorecard ?? defaultRiskScorecard);
  }

  private problem(line: number, reason: InputProblem["reason"], message: string): void {
    this.skippedByReason[reason]++;
    if (this.problems.length < (this.options.maxReportedProblems ?? 1000)) this.problems.push({ line, reason, message });
  }

  /**
   * Adds one JSON Lines line (text, or raw bytes that must be valid UTF-8). `lineNumber` defaults to the count
   * of lines added so far.
   */
  addLine(line: string | Uint8Array, lineNumber?: number): void {
    this.lineNo++;
    const n = lineNumber ?? this.lineNo;
    let text: string;
    if (typeof line === "string") text = line;
    else {
      try {
        this.decoder ??= new TextDecoder("utf-8", DECODER_OPTIONS);
        text = this.decoder.decode(line);
      } catch {
        this.problem(n, "invalid-utf8", "invalid UTF-8 / 非法 UTF-8 编码");
        return;
      }
    }
    if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // A release starts with "{": only other lines are checked for being blank (trim would copy every line).
    if (text.charCodeAt(0) !== 0x7b && /^\s*$/.test(text)) {
      this.emptyLines++;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.problem(n, "invalid-json", (e as Error).message);
      return;
    }
    this.addParsed(value, n, text);
  }

  /**
   * Adds one already-parsed compiled release, or one of the library's own `ContractingProcess` records (an object
   * with `project` and no `ocid`), which is written to OCDS by the model's `writeOcdsRelease` first.
   */
  addRelease(release: unknown): void {
    this.lineNo++;
    this.addParsed(release, this.lineNo);
  }

  private addParsed(value: unknown, n: number, text?: string): void {
    if (this.finished) {
      throw new GgzyError("INVALID_INPUT", { zh: "风险分析已结束，不能再添加数据", en: "The risk analysis is finished; no more data can be added" });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      this.problem(n, "not-an-object", "line is not a JSON object / 该行不是 JSON 对象");
      return;
    }
    try {
      // The library's one input guard: no cycles, NaN, BigInt, strings over MAX_STRING_LENGTH… (a bad release is
      // reported and skipped; the batch goes on).
      assertJsonInput(value, "release");
    } catch (e) {
      if (!(e instanceof GgzyError)) throw e;
      this.problem(n, "invalid-model", e.en);
      return;
    }
    let release: unknown = value;
    let line = text;
    const record = value as Record<string, unknown>;
    if (!("ocid" in record) && "project" in record) {
      line = undefined;
      try {
        release = writeOcdsRelease(value as ContractingProcess);
      } catch (e) {
        if (!(e instanceof GgzyError)) throw e;
        this.problem(n, "invalid-model", e.en);
        return;
      }
    }
    const p = readProcess(release);
    if (p === undefined) {
      this.problem(n, "no-ocid", "ocid is missing or not a string / ocid 缺失或不是字符串");
      return;
    }
    const index = this.ocids.length;
    this.ocids.push(p.ocid);
    const dateMs = parseInstant(p.date);
    if (dateMs !== undefined && (this.latestMs === undefined || dateMs > this.latestMs)) this.latestMs = dateMs;
    const raw = release as Record<string, unknown>;
    this.partA.add(raw, line);
    // `[exclusions] procurement_method_details` leaves a process out of every indicator, Part B included.
    if (!this.partA.isExcluded(raw)) {
      this.network.add(p, index);
      const found = processSignals(p, this.settings.partB, this.partA.currency);
      if (found.length > 0) this.hits.set(index, found);
    }
  }

  /** Ends the stream: computes fences and cross-process signals, scores and ranks. Call once. */
  finish(): RiskResult {
    this.finished = true;
    const partA = this.partA.finish();
    const asOf = this.options.asOf ?? (this.latestMs !== undefined ? shanghaiDate(this.latestMs) : "1970-01-01");
    const card = this.card;

    // Cross-process findings become one hit per (process, signal), with every finding as evidence.
    const grouped = new Map<number, Map<string, { orgs: Set<string>; evidence: Record<string, unknown>[] }>>();
    for (const f of this.network.finish()) {
      const bySignal = grouped.get(f.process) ?? new Map();
      grouped.set(f.process, bySignal);
      const g = bySignal.get(f.signal) ?? { orgs: new Set<string>(), evidence: [] };
      bySignal.set(f.signal, g);
      for (const o of f.organisations) g.orgs.add(o);
      g.evidence.push(f.evidence);
    }
    for (const [index, bySignal] of grouped) {
      const list = this.hits.get(index) ?? [];
      for (const [signal, g] of bySignal) {
        // Findings arrive in stream order; sort them so a hit does not depend on the order of the lines.
        g.evidence.sort((a, b) => compareUtf8(JSON.stringify(a), JSON.stringify(b)));
        const detail = { zh: `${g.evidence.length} 项发现，涉及 ${[...g.orgs].sort(compareUtf8).join("、") || "评标委员会"}`, en: `${g.evidence.length} finding(s) involving ${[...g.orgs].sort(compareUtf8).join(", ") || "the committee"}` };
        list.push(makeHit(signal as RiskSignalId, this.ocids[index] as string, g.orgs, detail, { findings: g.evidence }));
      }
      this.hits.set(index, list);
    }

    // Part A process-level flags join the hits so the score sees them.
    const byOcid = new Map<string, RiskHit[]>();
    for (const [index, list] of this.hits) {
      const ocid = this.ocids[index] as string;
      byOcid.set(ocid, [...(byOcid.get(ocid) ?? []), ...list]);
    }
    for (const [ocid, flags] of Object.entries(partA.OCID)) {
      const list = byOcid.get(ocid) ?? [];
      for (const [indicator, value] of Object.entries(flags)) {
        if (!PROCESS_LEVEL_A.includes(indicator as RiskSignalId)) continue;
        // The tenderers the indicator named in this process (winner, runner-up, identical bidders …).
        const named = partA.flaggedTenderers[ocid]?.[indicator] ?? [];
        const detail = named.length > 0 ? { zh: `值 ${value}，涉及 ${named.join("、")}`, en: `value ${value}, naming ${named.join(", ")}` } : { zh: `值 ${value}`, en: `value ${value}` };
        list.push(makeHit(indicator as RiskSignalId, ocid, named, detail, { value, tenderers: named }));
      }
      byOcid.set(ocid, list);
    }

    const hitsBySignal: Record<string, number> = {};
    const processes: ProcessRisk[] = [];
    // Organisation → signal → process (or "(Rxxx)" for an organisation-level parity flag) → evidence strength.
    const orgRecords = new Map<string, Map<string, Map<string, number>>>();
    const orgEvidence = new Map<string, OrganisationEvidence[]>();
    const noteEvidence = (org: string, e: OrganisationEvidence) => {
      const list = orgEvidence.get(org) ?? [];
      orgEvidence.set(org, list);
      list.push(e);
    };
    for (const [ocid, list] of byOcid) {
      list.sort((a, b) => compareUtf8(a.signal, b.signal));
      const signals = [...new Set(list.map((h) => h.signal))];
      for (const s of signals) hitsBySignal[s] = (hitsBySignal[s] ?? 0) + 1;
      // One record per signal, weighted by the strongest hit's evidence (1 to 2), so more evidence ranks higher.
      const strength = new Map<string, number>();
      for (const h of list) strength.set(h.signal, Math.max(strength.get(h.signal) ?? 0, h.strength));
      const r = score(card, { id: subjectId(ocid), records: signals.map((s) => ({ kind: s, date: asOf, quantity: strength.get(s) ?? 1 })) }, { asOf });
      processes.push({ ocid, score: r.score, grade: r.grade, signals, hits: list, breakdown: r.breakdown.filter((b) => b.records.length > 0) });
      for (const h of list) {
        for (const o of h.organisations) {
          const m = orgRecords.get(o) ?? new Map<string, Map<string, number>>();
          orgRecords.set(o, m);
          const byProcess = m.get(h.signal) ?? new Map<string, number>();
          byProcess.set(ocid, Math.max(byProcess.get(ocid) ?? 0, h.strength));
          m.set(h.signal, byProcess);
          noteEvidence(o, { signal: h.signal, family: h.family, ocid, message: h.message });
        }
      }
    }
    for (const [groupName, group] of [["Tenderer", partA.Tenderer], ["Buyer", partA.Buyer], ["ProcuringEntity", partA.ProcuringEntity]] as const) {
      for (const [id, flags] of Object.entries(group)) {
        for (const [indicator, value] of Object.entries(flags)) {
          if (!ORG_LEVEL_A.includes(indicator as RiskSignalId)) continue;
          const m = orgRecords.get(id) ?? new Map<string, Map<string, number>>();
          orgRecords.set(id, m);
          if (!m.has(indicator)) m.set(indicator, new Map([[`(${indicator})`, 1]]));
          if (indicator !== "R028") {
            const info = SIGNAL_INFO[indicator as RiskSignalId];
            noteEvidence(id, { signal: indicator as RiskSignalId, family: "cardinal-parity", group: groupName, value, message: { zh: `${info.title.zh}：${groupName} 值 ${value}`, en: `${info.title.en}: ${groupName} value ${value}` } });
          }
        }
      }
    }
    const organisations: OrganisationRisk[] = [];
    for (const [id, m] of orgRecords) {
      const records: Array<{ kind: string; date: string; quantity: number }> = [];
      const signals: Record<string, number> = {};
      const procs = new Set<string>();
      for (const [signal, byProcess] of [...m].sort((a, b) => compareUtf8(a[0], b[0]))) {
        signals[signal] = byProcess.size;
        for (const [o, strength] of byProcess) {
          records.push({ kind: signal, date: asOf, quantity: strength });
          if (!o.startsWith("(")) procs.add(o);
        }
      }
      const r = score(card, { id: subjectId(id), records }, { asOf });
      // Evidence in a stable order (strongest signal families first, then process), bounded for the report.
      const evidence = (orgEvidence.get(id) ?? []).sort((a, b) => FAMILY_ORDER[a.family] - FAMILY_ORDER[b.family] || compareUtf8(a.signal, b.signal) || compareUtf8(a.ocid ?? "", b.ocid ?? ""));
      organisations.push({
        id,
        score: r.score,
        grade: r.grade,
        signals,
        processes: [...procs].sort(compareUtf8),
        evidence: evidence.slice(0, MAX_ORG_EVIDENCE),
        evidenceCount: evidence.length,
        breakdown: r.breakdown.filter((b) => b.records.length > 0),
      });
    }
    processes.sort((a, b) => b.score - a.score || compareUtf8(a.ocid, b.ocid));
    organisations.sort((a, b) => b.score - a.score || compareUtf8(a.id, b.id));

    const skipped = Object.values(this.skippedByReason).reduce((a, b) => a + b, 0);
    const currency = this.partA.currency;
    return {
      summary: {
        lines: this.lineNo,
        emptyLines: this.emptyLines,
        processes: this.ocids.length,
        skipped,
        skippedByReason: { ...this.skippedByReason },
        problems: [...this.problems],
        ...(currency !== undefined ? { mainCurrency: currency } : {}),
        asOf,
        asOfFrom: this.options.asOf !== undefined ? "option" : this.latestMs !== undefined ? "data" : "none",
        hitsBySignal,
      },
      processes,
      organisations,
      partA,
      ...(partA.Maps ? { maps: partA.Maps } : {}),
    };
  }
}

/**
 * Analyses JSON Lines (strings or UTF-8 bytes, one compiled release each) from any iterable.
 *
 * @example
 * ```ts
 * const result = analyzeRiskLines(text.split("\n"));
 * result.summary.processes;
 * ```
 */
export function analyzeRiskLines(lines: Iterable<string | Uint8Array>, options: RiskAnalysisOptions = {}): RiskResult {
  checkIterable(lines, Symbol.iterator, "lines");
  const a = new RiskAnalyzer(options);
  for (const line of lines) a.addLine(line);
  return a.finish();
}

/**
 * Analyses JSON Lines from an async iterable (a stream), one line at a time.
 *
 * @example
 * ```ts
 * // Any async iterable of lines: in Node, readline over a file stream; here, a generator.
 * async function* lines() {
 *   yield '{"ocid":"ocds-1","bids":{"details":[]}}';
 * }
 * const result = await analyzeRiskStream(lines());
 * result.summary.processes; // 1
 * ```
 */
export async function analyzeRiskStream(lines: AsyncIterable<string | Uint8Array>, options: RiskAnalysisOptions = {}): Promise<RiskResult> {
  checkIterable(lines, Symbol.asyncIterator, "lines");
  const a = new RiskAnalyzer(options);
  for await (const line of lines) a.addLine(line);
  return a.finish();
}

/**
 * Analyses already-parsed compiled releases.
 *
 * @example
 * ```ts
 * analyzeReleases([{ ocid: "ocds-1", bids: { details: [] } }]).summary.processes; // 1
 * ```
 */
export function analyzeReleases(releases: Iterable<unknown>, options: RiskAnalysisOptions = {}): RiskResult {
  checkIterable(releases, Symbol.iterator, "releases");
  const a = new RiskAnalyzer(options);
  for (const r of releases) a.addRelease(r);
  return a.finish();
}
