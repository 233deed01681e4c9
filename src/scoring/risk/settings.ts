import { GgzyError } from "../../model/error";
import { parseIni } from "./ini";

/** The parity set: the reference red-flag engine's indicator IDs we reproduce (RISK-INDICATORS.md Part A). */
export const PART_A_INDICATORS = ["R003", "R018", "R024", "R025", "R028", "R030", "R035", "R036", "R038", "R048", "R058"] as const;
/** The signals beyond the parity set (RISK-INDICATORS.md Part B). */
export const PART_B_SIGNALS = ["CN40-1", "CN40-2", "CN40-3", "CN40-4", "CN40-6", "CN34", "NET-COBID", "NET-ROTATE", "EXP-CONC"] as const;

/** A Cardinal parity indicator id (one of {@link PART_A_INDICATORS}). */
export type PartAIndicator = (typeof PART_A_INDICATORS)[number];
/** A signal beyond Cardinal's set: Chinese-law and collusion-pattern signals (one of {@link PART_B_SIGNALS}). */
export type PartBSignal = (typeof PART_B_SIGNALS)[number];
/** Any risk indicator or signal id. */
export type RiskSignalId = PartAIndicator | PartBSignal;

/**
 * Settings of each parity indicator, with the reference engine's types (CARDINAL.md §2): integers where it reads
 * `i64`/`usize`, any float (including ±∞) where it reads `f64`. `threshold` (where allowed) replaces the fence.
 */
export interface PartASettings {
  /** `procurementMethods` empty = every method (CARDINAL.md §1.7); `threshold` may be negative. */
  R003?: { threshold: number; procurementMethods: ReadonlyArray<string>; procurementMethodDetails: Readonly<Record<string, number>> };
  R018?: { procurementMethods: ReadonlyArray<string> };
  R024?: { threshold?: number };
  R025?: { percentile: number; threshold?: number };
  R028?: Record<string, never>;
  R030?: Record<string, never>;
  /** 0 acts as 1. */
  R035?: { threshold: number };
  R036?: Record<string, never>;
  R038?: { threshold?: number; minimumSubmittedBids: number; minimumContractingProcesses: number };
  R048?: { threshold?: number; digits: number; minimumContractingProcesses: number };
  R058?: { threshold?: number };
}

/** The reference engine's `prepare` settings (CARDINAL.md §3.2); the indicators accept and ignore them. */
export interface PrepareSettings {
  readonly defaults?: {
    readonly currency?: string;
    readonly itemClassificationScheme?: string;
    readonly bidStatus?: string;
    readonly awardStatus?: string;
    readonly partyRoles?: boolean;
  };
  readonly redactions?: { readonly amount?: ReadonlyArray<string>; readonly organizationId?: ReadonlyArray<string> };
  readonly corrections?: { readonly awardStatusByContractStatus?: boolean };
  readonly modifications?: {
    readonly moveAuctions?: boolean;
    readonly prefixBuyerOrProcuringEntityId?: string;
    readonly prefixTendererOrSupplierId?: string;
    readonly splitProcurementMethodDetails?: string;
  };
  /** Status remappings, e.g. `{ bidStatus: { Qualified: "valid" } }`; null-prototype tables. */
  readonly codelists?: { readonly bidStatus?: Readonly<Record<string, string>>; readonly awardStatus?: Readonly<Record<string, string>> };
}

/** Settings of each Part B signal (our own; documented in docs/risk-indicators.md). */
export interface PartBSettings {
  "CN40-1"?: { ignoredValues: ReadonlyArray<string> };
  "CN40-2"?: Record<string, never>;
  "CN40-3"?: Record<string, never>;
  "CN40-4"?: { clusterTolerance: number; progressionTolerance: number; minimumProgressionBids: number; minimumClusterBids: number };
  "CN40-6"?: Record<string, never>;
  CN34?: Record<string, never>;
  "NET-COBID"?: { minimumCoBids: number; alpha: number; minimumWinShare: number };
  "NET-ROTATE"?: { minimumProcesses: number; minimumGroupSize: number; maximumWinShare: number; alpha: number };
  "EXP-CONC"?: { localShare: number; minimumCommittee: number; minimumRepeats: number; minimumShare: number; alpha: number };
}

/** Parsed, validated risk settings. An indicator runs only when its entry is present. */
export interface RiskSettings {
  /** The main currency; any string (the reference engine does not check it). */
  readonly currency?: string;
  readonly noPriceComparisonProcurementMethods: ReadonlyArray<string>;
  /** Unset or empty: the deny list applies; non-empty: only these are price-compared (CARDINAL.md §1.6). */
  readonly priceComparisonProcurementMethods?: ReadonlyArray<string>;
  readonly excludedProcurementMethodDetails: ReadonlyArray<string>;
  /** `[output] info_currency_mismatches`: report skipped other-currency bids as information, not warnings. */
  readonly infoCurrencyMismatches?: boolean;
  /** The `prepare` sections, when the file has them. */
  readonly prepare?: PrepareSettings;
  readonly partA: Readonly<PartASettings>;
  readonly partB: Readonly<PartBSettings>;
}

const PART_A_DEFAULTS: Required<PartASettings> = {
  R003: { threshold: 15, procurementMethods: [], procurementMethodDetails: {} },
  R018: { procurementMethods: ["open", "selective"] },
  R024: {},
  R025: { percentile: 75 },
  R028: {},
  R030: {},
  R035: { threshold: 1 },
  R036: {},
  R038: { minimumSubmittedBids: 2, minimumContractingProcesses: 2 },
  R048: { digits: 2, minimumContractingProcesses: 20 },
  R058: {},
};

const PART_B_DEFAULTS: Required<PartBSettings> = {
  // Office software fills these in by itself: two bids "by Administrator" say nothing about who wrote them.
  "CN40-1": { ignoredValues: ["admin", "administrator", "user", "微软用户", "微软中国", "unknown", "作者", "owner"] },
  "CN40-2": {},
  "CN40-3": {},
  // minimumClusterBids 4, not 3: honest prices spreading ~5 % around the estimate put 3 bids within 0.3 % about once
  // per 1 000 three-bid processes, 4 bids about once per 40 000 (docs/risk-indicators.md, CN40-4).
  "CN40-4": { clusterTolerance: 0.003, progressionTolerance: 0.001, minimumProgressionBids: 4, minimumClusterBids: 4 },
  "CN40-6": {},
  CN34: {},
  "NET-COBID": { minimumCoBids: 3, alpha: 0.01, minimumWinShare: 0.5 },
  "NET-ROTATE": { minimumProcesses: 4, minimumGroupSize: 3, maximumWinShare: 0.6, alpha: 0.01 },
  // alpha 0.001, not 0.01: a chance (expert, winner) finding marks every process of the pair (≥ 3), so the family-wise
  // alpha is close to the share of data sets with a false EXP-CONC finding (docs/risk-indicators.md, EXP-CONC).
  "EXP-CONC": { localShare: 0.8, minimumCommittee: 5, minimumRepeats: 3, minimumShare: 0.25, alpha: 0.001 },
};

/**
 * The settings used when none are given: every indicator and signal enabled with its default.
 *
 * @example
 * ```ts
 * defaultRiskSettings().partA.R048?.minimumContractingProcesses; // 20
 * ```
 */
export function defaultRiskSettings(): RiskSettings {
  return {
    noPriceComparisonProcurementMethods: [],
    excludedProcurementMethodDetails: [],
    partA: { ...structuredClone(PART_A_DEFAULTS), R003: { threshold: 15, procurementMethods: [], procurementMethodDetails: dict<number>() } },
    partB: structuredClone(PART_B_DEFAULTS),
  };
}

type Raw = Record<string, unknown>;

/** A null-prototype table: keys from user text (`__proto__`, `valueOf` …) stay plain data (#19). */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** `why` is written "中文 / English": each message takes its own half (the issue the English one). */
function bad(key: string, why: string, value?: unknown): never {
  const path = key.split(".");
  const at = why.indexOf(" / ");
  const [whyZh, whyEn] = at < 0 ? [why, why] : [why.slice(0, at), why.slice(at + 3)];
  throw new GgzyError("INVALID_SETTINGS", {
    zh: `风险指标设置无效：${key}：${whyZh}${value === undefined ? "" : `（值 ${JSON.stringify(value)}）`}`,
    en: `Invalid risk settings: ${key}: ${whyEn}${value === undefined ? "" : ` (value ${JSON.stringify(value)})`}`,
    issues: [{ path, message: whyEn }],
    details: { key, ...(value === undefined ? {} : { value }) },
  });
}

function toNumber(key: string, v: unknown, check: (n: number) => boolean, what: string): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : Number.NaN;
  if (!Number.isFinite(n) || !check(n)) bad(key, what, v);
  return n;
}

/*
 * Values as the reference engine's config reader converts them (config-rs 0.15, CARDINAL.md §1.10): an INI value
 * is a string; integers are the whole string (`10.5` is an error), floats follow Rust's f64 grammar (`1e-3`,
 * `inf`, `NaN`), and `true`/`on`/`yes` mean 1, `false`/`off`/`no` mean 0, whatever the case.
 */
const BOOL_WORDS: Readonly<Record<string, number>> = { true: 1, on: 1, yes: 1, false: 0, off: 0, no: 0 };
const RUST_INT = /^[+-]?\d+$/;
const RUST_FLOAT = /^[+-]?(?:inf|infinity|nan|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)$/i;
const INT = "应为整数 / expected an integer";
const UINT = "应为非负整数 / expected a non-negative integer";
const FLOAT = "应为数字 / expected a number";

function boolWord(v: string): number | undefined {
  const w = v.toLowerCase();
  return Object.prototype.hasOwnProperty.call(BOOL_WORDS, w) ? BOOL_WORDS[w] : undefined;
}

function cardinalInt(key: string, v: unknown, unsigned: boolean): number {
  let n: number | undefined;
  if (typeof v === "number") n = Number.isSafeInteger(v) ? v : undefined;
  else if (typeof v === "boolean") n = v ? 1 : 0;
  else if (typeof v === "string") n = boolWord(v) ?? (RUST_INT.test(v) ? Number(v) : undefined);
  if (n === undefined || !Number.isSafeInteger(n) || (unsigned && n < 0)) bad(key, unsigned ? UINT : INT, v);
  return n === 0 ? 0 : n; // no −0
}

function cardinalFloat(key: string, v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const w = boolWord(v);
    if (w !== undefined) return w;
    if (RUST_FLOAT.test(v)) {
      const t = v.toLowerCase().replace(/^\+/, "");
      if (/^-?nan$/.test(t)) return Number.NaN;
      if (/^-?inf(inity)?$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
      return Number(t.startsWith(".") ? `0${t}` : t.startsWith("-.") ? `-0${t.slice(1)}` : t);
    }
  }
  return bad(key, FLOAT, v);
}

function cardinalBool(key: string, v: unknown): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const w = v.toLowerCase();
    if (w === "1" || boolWord(w) === 1) return true;
    if (w === "0" || boolWord(w) === 0) return false;
  }
  return bad(key, "应为 true 或 false / expected true or false", v);
}

function cardinalString(key: string, v: unknown): string {
  if (typeof v !== "string") bad(key, "应为字符串 / expected a string", v);
  return v;
}

/**
 * A pipe list as the reference engine splits it (Rust's `split_terminator('|')`, CARDINAL.md §1.4): pieces are
 * not trimmed, inner empty pieces are kept, one trailing empty piece is dropped, and "" is the empty list. A
 * JSON array of strings is taken as it is.
 */
export function splitPipeList(value: string): string[] {
  if (value === "") return [];
  const parts = value.split("|");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

function toList(key: string, v: unknown): string[] {
  if (typeof v === "string") return splitPipeList(v);
  if (Array.isArray(v) && v.every((s) => typeof s === "string")) return [...(v as string[])];
  return bad(key, "应为以 | 分隔的字符串或字符串数组 / expected a pipe-separated string or an array of strings", v);
}

function asTable(key: string, v: unknown): Raw {
  if (v === null || typeof v !== "object" || Array.isArray(v)) bad(key, "应为一个表 / expected a table (object)", v);
  return v as Raw;
}

const positiveInt = (n: number) => Number.isInteger(n) && n >= 1;
const share = (n: number) => n >= 0 && n <= 1;
const probability = (n: number) => n > 0 && n < 1;

/** Reads one section's keys with the given readers; any other key is an error naming it. */
function readSection<T extends object>(name: string, table: Raw, defaults: T, readers: Record<string, (key: string, v: unknown) => [string, unknown]>): T {
  const out: Record<string, unknown> = structuredClone(defaults) as Record<string, unknown>;
  for (const [k, v] of Object.entries(table)) {
    const reader = own(readers, k) ? readers[k] : undefined;
    if (reader === undefined) bad(`${name}.${k}`, `未知设置项（可用：${Object.keys(readers).join(", ") || "无"}） / unknown setting (known: ${Object.keys(readers).join(", ") || "none"})`);
    const [field, value] = reader(`${name}.${k}`, v);
    out[field] = value;
  }
  return out as T;
}

const num = (field: string, check: (n: number) => boolean, what: string) => (key: string, v: unknown): [string, unknown] => [field, toNumber(key, v, check, what)];
const list = (field: string) => (key: string, v: unknown): [string, unknown] => [field, toList(key, v)];
const int = (field: string) => (key: string, v: unknown): [string, unknown] => [field, cardinalInt(key, v, false)];
const uint = (field: string) => (key: string, v: unknown): [string, unknown] => [field, cardinalInt(key, v, true)];
const float = (field: string) => (key: string, v: unknown): [string, unknown] => [field, cardinalFloat(key, v)];
const bool = (field: string) => (key: string, v: unknown): [string, unknown] => [field, cardinalBool(key, v)];
const text = (field: string) => (key: string, v: unknown): [string, unknown] => [field, cardinalString(key, v)];
const SHARE = "应为 0 到 1 之间的数 / expected a number between 0 and 1";
const PROB = "应为大于 0 小于 1 的数 / expected a number strictly between 0 and 1";
const POSINT = "应为正整数 / expected a positive integer";

function readPartA(id: PartAIndicator, table: Raw): unknown {
  switch (id) {
    case "R003": {
      const r003 = readSection(id, table, PART_A_DEFAULTS.R003, {
        threshold: int("threshold"),
        procurement_methods: list("procurementMethods"),
        procurement_method_details: (key, v) => {
          const t = asTable(key, v);
          const out = dict<number>();
          for (const [detail, days] of Object.entries(t)) out[detail] = cardinalInt(`${key}.${detail}`, days, false);
          return ["procurementMethodDetails", out];
        },
      });
      return { ...r003, procurementMethodDetails: Object.assign(dict<number>(), r003.procurementMethodDetails) };
    }
    case "R018":
      return readSection(id, table, PART_A_DEFAULTS.R018, { procurement_methods: list("procurementMethods") });
    case "R024":
    case "R058":
      return readSection(id, table, PART_A_DEFAULTS[id], { threshold: float("threshold") });
    case "R025":
      return readSection(id, table, PART_A_DEFAULTS.R025, { threshold: float("threshold"), percentile: uint("percentile") });
    case "R028":
    case "R030":
    case "R036":
      return readSection(id, table, {}, {});
    case "R035":
      return readSection(id, table, PART_A_DEFAULTS.R035, { threshold: uint("threshold") });
    case "R038":
      return readSection(id, table, PART_A_DEFAULTS.R038, {
        threshold: float("threshold"),
        minimum_submitted_bids: uint("minimumSubmittedBids"),
        minimum_contracting_processes: uint("minimumContractingProcesses"),
      });
    case "R048":
      return readSection(id, table, PART_A_DEFAULTS.R048, {
        threshold: uint("threshold"),
        digits: uint("digits"),
        minimum_contracting_processes: uint("minimumContractingProcesses"),
      });
  }
}

/** The `prepare` sections: checked as strictly as the indicators' (an unknown key is an error), then kept. */
function readPrepare(sections: Record<string, Raw>): PrepareSettings | undefined {
  const out: Record<string, unknown> = {};
  if (own(sections, "defaults")) {
    out.defaults = readSection("defaults", sections.defaults as Raw, {}, {
      currency: text("currency"),
      item_classification_scheme: text("itemClassificationScheme"),
      bid_status: text("bidStatus"),
      award_status: text("awardStatus"),
      party_roles: bool("partyRoles"),
    });
  }
  if (own(sections, "redactions")) out.redactions = readSection("redactions", sections.redactions as Raw, {}, { amount: list("amount"), organization_id: list("organizationId") });
  if (own(sections, "corrections")) out.corrections = readSection("corrections", sections.corrections as Raw, {}, { award_status_by_contract_status: bool("awardStatusByContractStatus") });
  if (own(sections, "modifications")) {
    out.modifications = readSection("modifications", sections.modifications as Raw, {}, {
      move_auctions: bool("moveAuctions"),
      prefix_buyer_or_procuring_entity_id: text("prefixBuyerOrProcuringEntityId"),
      prefix_tenderer_or_supplier_id: text("prefixTendererOrSupplierId"),
      split_procurement_method_details: text("splitProcurementMethodDetails"),
    });
  }
  if (own(sections, "codelists")) {
    const codelists: Record<string, Record<string, string>> = {};
    for (const [name, table] of Object.entries(sections.codelists as Raw)) {
      const field = name === "bid_status" ? "bidStatus" : name === "award_status" ? "awardStatus" : undefined;
      if (field === undefined) bad(`codelists.${name}`, "未知代码表（可用：bid_status, award_status） / unknown codelist (known: bid_status, award_status)");
      const map = dict<string>();
      for (const [from, to] of Object.entries(asTable(`codelists.${name}`, table))) map[from] = cardinalString(`codelists.${name}.${from}`, to);
      codelists[field] = map;
    }
    out.codelists = codelists;
  }
  return Object.keys(out).length > 0 ? (out as PrepareSettings) : undefined;
}

function readPartB(id: PartBSignal, table: Raw): unknown {
  switch (id) {
    case "CN40-1":
      return readSection(id, table, PART_B_DEFAULTS[id], { ignored_values: list("ignoredValues") });
    case "CN40-4":
      return readSection(id, table, PART_B_DEFAULTS[id], {
        cluster_tolerance: num("clusterTolerance", share, SHARE),
        progression_tolerance: num("progressionTolerance", share, SHARE),
        minimum_progression_bids: num("minimumProgressionBids", (n) => Number.isInteger(n) && n >= 3, "应为不小于 3 的整数 / expected an integer ≥ 3"),
        minimum_cluster_bids: num("minimumClusterBids", (n) => Number.isInteger(n) && n >= 2, "应为不小于 2 的整数 / expected an integer ≥ 2"),
      });
    case "NET-COBID":
      return readSection(id, table, PART_B_DEFAULTS[id], {
        minimum_co_bids: num("minimumCoBids", (n) => Number.isInteger(n) && n >= 2, "应为不小于 2 的整数 / expected an integer ≥ 2"),
        alpha: num("alpha", probability, PROB),
        minimum_win_share: num("minimumWinShare", share, SHARE),
      });
    case "NET-ROTATE":
      return readSection(id, table, PART_B_DEFAULTS[id], {
        minimum_processes: num("minimumProcesses", (n) => Number.isInteger(n) && n >= 2, "应为不小于 2 的整数 / expected an integer ≥ 2"),
        minimum_group_size: num("minimumGroupSize", (n) => Number.isInteger(n) && n >= 2, "应为不小于 2 的整数 / expected an integer ≥ 2"),
        maximum_win_share: num("maximumWinShare", share, SHARE),
        alpha: num("alpha", probability, PROB),
      });
    case "EXP-CONC":
      return readSection(id, table, PART_B_DEFAULTS[id], {
        local_share: num("localShare", share, SHARE),
        minimum_committee: num("minimumCommittee", positiveInt, POSINT),
        minimum_repeats: num("minimumRepeats", (n) => Number.isInteger(n) && n >= 2, "应为不小于 2 的整数 / expected an integer ≥ 2"),
        minimum_share: num("minimumShare", share, SHARE),
        alpha: num("alpha", probability, PROB),
      });
    default:
      return readSection(id, table, {}, {});
  }
}

const TOP_LEVEL_KEYS = ["currency", "no_price_comparison_procurement_methods", "price_comparison_procurement_methods"];
const PREPARE_SECTIONS = ["defaults", "redactions", "corrections", "modifications", "codelists"];
const OTHER_SECTIONS = ["exclusions", "output", ...PREPARE_SECTIONS];

const isTable = (v: unknown): v is Raw => v !== null && typeof v === "object" && !Array.isArray(v);

/** Sets `value` at `path` in a null-prototype tree; tables are deep-merged and a later scalar wins (config-rs). */
function mergeAt(tree: Raw, path: ReadonlyArray<string>, value: unknown): void {
  let node = tree;
  for (const part of path.slice(0, -1)) {
    const next = own(node, part) ? node[part] : undefined;
    node = isTable(next) ? next : (node[part] = dict<unknown>());
  }
  const leaf = path[path.length - 1] as string;
  const existing = own(node, leaf) ? node[leaf] : undefined;
  if (isTable(value)) {
    const target = isTable(existing) ? existing : (node[leaf] = dict<unknown>());
    for (const [k, v] of Object.entries(value)) mergeAt(target, [k], v);
  } else node[leaf] = value;
}

/**
 * Validates a settings tree, as the reference engine's settings struct (serde `deny_unknown_fields`) does: an
 * unknown key or section anywhere is an error naming its path. Shared by the INI and JSON readers.
 */
function settingsFromTree(top: Raw): RiskSettings {
  const known = [...TOP_LEVEL_KEYS, ...OTHER_SECTIONS, ...PART_A_INDICATORS, ...PART_B_SIGNALS];
  for (const k of Object.keys(top)) if (!known.includes(k)) bad(k, `未知设置项或指标（可用：${known.join(", ")}） / unknown setting or indicator (known: ${known.join(", ")})`);
  const sections = dict<Raw>();
  for (const k of [...OTHER_SECTIONS, ...PART_A_INDICATORS, ...PART_B_SIGNALS]) if (own(top, k)) sections[k] = asTable(k, top[k]);

  const currency = own(top, "currency") ? cardinalString("currency", top.currency) : undefined;
  const noPrice = own(top, "no_price_comparison_procurement_methods") ? toList("no_price_comparison_procurement_methods", top.no_price_comparison_procurement_methods) : [];
  const price = own(top, "price_comparison_procurement_methods") ? toList("price_comparison_procurement_methods", top.price_comparison_procurement_methods) : undefined;
  const exclusions = own(sections, "exclusions") ? readSection("exclusions", sections.exclusions as Raw, { excluded: [] as string[] }, { procurement_method_details: list("excluded") }) : { excluded: [] };
  const output = own(sections, "output") ? readSection("output", sections.output as Raw, {} as { info?: boolean }, { info_currency_mismatches: bool("info") }) : {};
  const prepare = readPrepare(sections);

  const partA: Record<string, unknown> = {};
  const partB: Record<string, unknown> = {};
  let anyPartB = false;
  for (const id of PART_A_INDICATORS) if (own(sections, id)) partA[id] = readPartA(id, sections[id] as Raw);
  for (const id of PART_B_SIGNALS) {
    if (!own(sections, id)) continue;
    partB[id] = readPartB(id, sections[id] as Raw);
    anyPartB = true;
  }
  // A reference settings file knows nothing of Part B: when it names no Part B signal, all of them run with
  // their defaults (so an existing file works unchanged and we still go beyond it); naming any selects those.
  const partBOut = anyPartB ? partB : structuredClone(PART_B_DEFAULTS);
  return {
    ...(currency !== undefined ? { currency } : {}),
    noPriceComparisonProcurementMethods: noPrice,
    ...(price !== undefined ? { priceComparisonProcurementMethods: price } : {}),
    excludedProcurementMethodDetails: exclusions.excluded,
    ...(output.info !== undefined ? { infoCurrencyMismatches: output.info } : {}),
    ...(prepare !== undefined ? { prepare } : {}),
    partA: partA as PartASettings,
    partB: partBOut as PartBSettings,
  };
}

/** INI sections and top-level keys are dotted paths (`[R003.procurement_method_details]`); keys inside a section are literal. */
function treeFromIni(doc: Record<string, Record<string, string>>): Raw {
  const tree = dict<unknown>();
  for (const [section, table] of Object.entries(doc)) {
    if (section === "") for (const [k, v] of Object.entries(table)) mergeAt(tree, k.split("."), v);
    else mergeAt(tree, section.split("."), table);
  }
  return tree;
}

/** A JSON document copied into null-prototype tables (a `"__proto__"` member stays data). */
function treeFromJson(v: unknown): Raw {
  const tree = dict<unknown>();
  for (const [k, x] of Object.entries(asTable("(root)", v))) mergeAt(tree, [k], x);
  return tree;
}

/**
 * Reads risk settings from the reference engine's INI format or from JSON (same keys, nested tables), as the
 * reference engine reads them (CARDINAL.md §1.10): an indicator runs only when its section is present (even
 * empty); the `prepare` sections and `[output]` are accepted (and kept in `prepare`); an unknown section or key
 * anywhere, or a value of the wrong type, is a `GgzyError("INVALID_SETTINGS")` whose message and `details.key`
 * name it (e.g. `R024.threshold`). Our Part B signals have sections of their own (docs/risk-indicators.md).
 *
 * @example
 * ```ts
 * const s = parseRiskSettings("currency = CNY\n[R018]\n[R024]\nthreshold = 0.05", "ini");
 * s.partA.R024?.threshold; // 0.05
 * s.partA.R003;            // undefined: R003 does not run
 * ```
 */
export function parseRiskSettings(text: string, format: "ini" | "json"): RiskSettings {
  if (format === "ini") return settingsFromTree(treeFromIni(parseIni(text)));
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new GgzyError("INVALID_SETTINGS", {
      zh: `风险指标设置不是有效的 JSON：${(e as Error).message}`,
      en: `Risk settings are not valid JSON: ${(e as Error).message}`,
    });
  }
  return settingsFromTree(treeFromJson(doc));
}
