import { GgzyError } from "../../model/error";
import { parseIni } from "./ini";

/** The parity set: the reference red-flag engine's indicator IDs we reproduce (RISK-INDICATORS.md Part A). */
export const PART_A_INDICATORS = ["R003", "R018", "R024", "R025", "R028", "R030", "R035", "R036", "R038", "R048", "R058"] as const;
/** The signals beyond the parity set (RISK-INDICATORS.md Part B). */
export const PART_B_SIGNALS = ["CN40-1", "CN40-2", "CN40-3", "CN40-4", "CN40-6", "CN34", "NET-COBID", "NET-ROTATE", "EXP-CONC"] as const;

export type PartAIndicator = (typeof PART_A_INDICATORS)[number];
export type PartBSignal = (typeof PART_B_SIGNALS)[number];
export type RiskSignalId = PartAIndicator | PartBSignal;

/** Settings of each parity indicator; `threshold` (where allowed) replaces the fence. */
export interface PartASettings {
  R003?: { threshold: number; procurementMethods?: ReadonlyArray<string>; procurementMethodDetails: Readonly<Record<string, number>> };
  R018?: { procurementMethods: ReadonlyArray<string> };
  R024?: { threshold?: number };
  R025?: { percentile: number; threshold?: number };
  R028?: Record<string, never>;
  R030?: Record<string, never>;
  R035?: { threshold: number };
  R036?: Record<string, never>;
  R038?: { threshold?: number; minimumSubmittedBids: number; minimumContractingProcesses: number };
  R048?: { threshold?: number; digits: number; minimumContractingProcesses: number };
  R058?: { threshold?: number };
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
  readonly currency?: string;
  readonly noPriceComparisonProcurementMethods: ReadonlyArray<string>;
  readonly priceComparisonProcurementMethods?: ReadonlyArray<string>;
  readonly excludedProcurementMethodDetails: ReadonlyArray<string>;
  readonly partA: Readonly<PartASettings>;
  readonly partB: Readonly<PartBSettings>;
}

const PART_A_DEFAULTS: Required<PartASettings> = {
  R003: { threshold: 15, procurementMethodDetails: {} },
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
    partA: { ...structuredClone(PART_A_DEFAULTS), R003: { threshold: 15, procurementMethodDetails: dict<number>() } },
    partB: structuredClone(PART_B_DEFAULTS),
  };
}

type Raw = Record<string, unknown>;

/** A null-prototype table: keys from user text (`__proto__`, `valueOf` …) stay plain data (#19). */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function bad(key: string, why: string, value?: unknown): never {
  const path = key.split(".");
  throw new GgzyError("INVALID_SETTINGS", {
    zh: `风险指标设置无效：${key}：${why}${value === undefined ? "" : `（值 ${JSON.stringify(value)}）`}`,
    en: `Invalid risk settings: ${key}: ${why}${value === undefined ? "" : ` (value ${JSON.stringify(value)})`}`,
    issues: [{ path, message: why }],
    details: { key, ...(value === undefined ? {} : { value }) },
  });
}

function toNumber(key: string, v: unknown, check: (n: number) => boolean, what: string): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : Number.NaN;
  if (!Number.isFinite(n) || !check(n)) bad(key, what, v);
  return n;
}

function toList(key: string, v: unknown): string[] {
  if (typeof v === "string") return v.split("|").map((s) => s.trim()).filter((s) => s !== "");
  if (Array.isArray(v) && v.every((s) => typeof s === "string")) return (v as string[]).map((s) => s.trim()).filter((s) => s !== "");
  return bad(key, "应为以 | 分隔的字符串或字符串数组 / expected a pipe-separated string or an array of strings", v);
}

function asTable(key: string, v: unknown): Raw {
  if (v === null || typeof v !== "object" || Array.isArray(v)) bad(key, "应为一个表 / expected a table (object)", v);
  return v as Raw;
}

const nonNegative = (n: number) => n >= 0;
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
const NONNEG = "应为非负数 / expected a non-negative number";
const POSINT = "应为正整数 / expected a positive integer";
const SHARE = "应为 0 到 1 之间的数 / expected a number between 0 and 1";
const PROB = "应为大于 0 小于 1 的数 / expected a number strictly between 0 and 1";

function readPartA(id: PartAIndicator, table: Raw): unknown {
  const threshold = num("threshold", () => true, "应为数字 / expected a number");
  switch (id) {
    case "R003": {
      const r003 = readSection(id, table, PART_A_DEFAULTS.R003, {
        threshold: num("threshold", nonNegative, NONNEG),
        procurement_methods: list("procurementMethods"),
        procurement_method_details: (key, v) => {
          const t = asTable(key, v);
          const out = dict<number>();
          for (const [detail, days] of Object.entries(t)) out[detail] = toNumber(`${key}.${detail}`, days, nonNegative, NONNEG);
          return ["procurementMethodDetails", out];
        },
      });
      return { ...r003, procurementMethodDetails: Object.assign(dict<number>(), r003.procurementMethodDetails) };
    }
    case "R018":
      return readSection(id, table, PART_A_DEFAULTS.R018, { procurement_methods: list("procurementMethods") });
    case "R024":
    case "R058":
      return readSection(id, table, PART_A_DEFAULTS[id], { threshold });
    case "R025":
      return readSection(id, table, PART_A_DEFAULTS.R025, {
        threshold,
        percentile: num("percentile", (n) => n >= 0 && n <= 100, "应为 0 到 100 之间的数 / expected a number between 0 and 100"),
      });
    case "R028":
    case "R030":
    case "R036":
      return readSection(id, table, {}, {});
    case "R035":
      return readSection(id, table, PART_A_DEFAULTS.R035, { threshold: num("threshold", positiveInt, POSINT) });
    case "R038":
      return readSection(id, table, PART_A_DEFAULTS.R038, {
        threshold: num("threshold", share, SHARE),
        minimum_submitted_bids: num("minimumSubmittedBids", positiveInt, POSINT),
        minimum_contracting_processes: num("minimumContractingProcesses", positiveInt, POSINT),
      });
    case "R048":
      return readSection(id, table, PART_A_DEFAULTS.R048, {
        threshold: num("threshold", nonNegative, NONNEG),
        digits: num("digits", positiveInt, POSINT),
        minimum_contracting_processes: num("minimumContractingProcesses", positiveInt, POSINT),
      });
  }
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

const TOP_LEVEL = ["currency", "no_price_comparison_procurement_methods", "price_comparison_procurement_methods", "exclusions"];

/**
 * Validates a settings document already split into sections (`""` or top-level keys, then one table per
 * indicator). Shared by the INI and JSON readers so both accept exactly the same keys.
 */
function settingsFromDocument(doc: Raw): RiskSettings {
  // INI writes `[R003.procurement_method_details]` as its own section; fold it into R003.
  const sections = dict<Raw>();
  const top: Raw = dict<unknown>();
  for (const [k, v] of Object.entries(doc)) {
    if (k === "") Object.assign(top, asTable("(top level)", v));
    else if (TOP_LEVEL.includes(k)) top[k] = v;
    else if (k.includes(".")) {
      const [id, ...rest] = k.split(".");
      const sub = rest.join(".");
      const sec = (sections[id as string] ??= dict<unknown>());
      if (own(sec, sub)) bad(k, "重复 / given twice");
      sec[sub] = v;
    } else {
      const sec = (sections[k] ??= dict<unknown>());
      for (const [kk, vv] of Object.entries(asTable(k, v))) {
        if (own(sec, kk)) bad(`${k}.${kk}`, "重复 / given twice");
        sec[kk] = vv;
      }
    }
  }
  for (const k of Object.keys(top)) if (!TOP_LEVEL.includes(k)) bad(k, `未知设置项（可用：${TOP_LEVEL.join(", ")}） / unknown setting (known: ${TOP_LEVEL.join(", ")})`);

  let currency: string | undefined;
  if (top.currency !== undefined) {
    if (typeof top.currency !== "string" || !/^[A-Z]{3}$/.test(top.currency.trim())) bad("currency", "应为三个大写字母的 ISO 4217 代码 / expected an ISO 4217 code of three capital letters", top.currency);
    currency = top.currency.trim();
  }
  const noPrice = top.no_price_comparison_procurement_methods === undefined ? [] : toList("no_price_comparison_procurement_methods", top.no_price_comparison_procurement_methods);
  const price = top.price_comparison_procurement_methods === undefined ? undefined : toList("price_comparison_procurement_methods", top.price_comparison_procurement_methods);
  let excluded: string[] = [];
  if (top.exclusions !== undefined) {
    const ex = asTable("exclusions", top.exclusions);
    for (const [k, v] of Object.entries(ex)) {
      if (k !== "procurement_method_details") bad(`exclusions.${k}`, "未知设置项（可用：procurement_method_details） / unknown setting (known: procurement_method_details)");
      excluded = toList(`exclusions.${k}`, v);
    }
  }

  const partA: Record<string, unknown> = {};
  const partB: Record<string, unknown> = {};
  let anyPartB = false;
  for (const [id, table] of Object.entries(sections)) {
    if ((PART_A_INDICATORS as ReadonlyArray<string>).includes(id)) partA[id] = readPartA(id as PartAIndicator, table);
    else if ((PART_B_SIGNALS as ReadonlyArray<string>).includes(id)) {
      partB[id] = readPartB(id as PartBSignal, table);
      anyPartB = true;
    } else bad(id, `未知指标（可用：${[...PART_A_INDICATORS, ...PART_B_SIGNALS].join(", ")}） / unknown indicator (known: ${[...PART_A_INDICATORS, ...PART_B_SIGNALS].join(", ")})`);
  }
  // A reference settings file knows nothing of Part B: when it names no Part B signal, all of them run with
  // their defaults (so an existing file works unchanged and we still go beyond it); naming any selects those.
  const partBOut = anyPartB ? partB : structuredClone(PART_B_DEFAULTS);
  return {
    ...(currency !== undefined ? { currency } : {}),
    noPriceComparisonProcurementMethods: noPrice,
    ...(price !== undefined ? { priceComparisonProcurementMethods: price } : {}),
    excludedProcurementMethodDetails: excluded,
    partA: partA as PartASettings,
    partB: partBOut as PartBSettings,
  };
}

/**
 * Reads risk settings from the reference engine's INI format or from JSON (same keys, nested tables). An
 * indicator runs only when its section is present; an unknown indicator, an unknown key or a bad value is a
 * `GgzyError("INVALID_SETTINGS")` whose message and `details.key` name the key (e.g. `R024.threshold`).
 *
 * @example
 * ```ts
 * const s = parseRiskSettings("currency = CNY\n[R018]\n[R024]\nthreshold = 0.05", "ini");
 * s.partA.R024?.threshold; // 0.05
 * s.partA.R003;            // undefined: R003 does not run
 * ```
 */
export function parseRiskSettings(text: string, format: "ini" | "json"): RiskSettings {
  if (format === "ini") return settingsFromDocument(parseIni(text));
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new GgzyError("INVALID_SETTINGS", {
      zh: `风险指标设置不是有效的 JSON：${(e as Error).message}`,
      en: `Risk settings are not valid JSON: ${(e as Error).message}`,
    });
  }
  return settingsFromDocument(asTable("(root)", doc));
}
