import * as z from "../../model/zod";
import { GgzyError, parseWith } from "../../model/error";
import { compareUtf8 } from "../../model/compare-utf8";
import { checkIterable } from "./iterable";
import { dataTable } from "./part-a";
import { PART_A_INDICATORS, PART_B_SIGNALS } from "./settings";
import { INDICATOR_FIELDS } from "./indicator-fields";
import type { RiskSignalId } from "./settings";

/*
 * `coverage`: how often each JSON path is present and non-empty across a JSON Lines file, counted exactly as the
 * reference engine's `coverage` command counts (CARDINAL.md §3.2), plus what those counts mean for each indicator.
 */

/** What the coverage of a file found. */
export interface CoverageResult {
  /** Path → count, as the reference counts: `""` the lines, `/` root objects, `/tender/` the tender object, `[]` array elements. */
  readonly counts: Readonly<Record<string, number>>;
  readonly lines: number;
  /** Lines that are not valid JSON or not valid UTF-8 (the reference warns and goes on). */
  readonly skipped: number;
  readonly problems: ReadonlyArray<{ readonly line: number; readonly reason: "invalid-json" | "invalid-utf8" }>;
}

/** Whether an indicator has the data it reads, and which paths are missing. */
export interface IndicatorCoverage {
  readonly indicator: RiskSignalId;
  readonly computable: boolean;
  /**
   * Each path the indicator reads, with its count (0 = never present and non-empty) and its share of the objects
   * that could carry it (`of`: the lines, or the nearest array's elements, e.g. `/bids/details[]` for a bid's date).
   */
  readonly fields: ReadonlyArray<{ readonly path: string; readonly count: number; readonly required: boolean; readonly share: number; readonly of: string }>;
  readonly why: { readonly zh: string; readonly en: string };
}

/** The reference's walk: counts a path when the value there is non-empty; returns whether it counted. */
function walk(value: unknown, path: string, counts: Record<string, number>): boolean {
  let counted = false;
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) {
    const child = `${path}[]`;
    for (const v of value) if (walk(v, child, counts)) counted = true;
  } else if (typeof value === "object") {
    const self = `${path}/`;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (walk(v, `${self}${k}`, counts)) counted = true;
    if (counted) counts[self] = (counts[self] ?? 0) + 1;
  } else if (typeof value === "string") counted = value !== "";
  else counted = true; // numbers and booleans always count
  if (counted) counts[path] = (counts[path] ?? 0) + 1;
  return counted;
}

/** Counts one line at a time: what `riskCoverage` and `riskCoverageStream` share. */
class CoverageCounter {
  private readonly counts = dataTable<number>();
  private readonly problems: Array<{ line: number; reason: "invalid-json" | "invalid-utf8" }> = [];
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private lines = 0;

  add(raw: string | Uint8Array): void {
    const n = ++this.lines;
    let text: string;
    if (typeof raw === "string") text = raw;
    else {
      try {
        text = this.decoder.decode(raw);
      } catch {
        this.problems.push({ line: n, reason: "invalid-utf8" });
        return;
      }
    }
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.problems.push({ line: n, reason: "invalid-json" });
      return;
    }
    walk(value, "", this.counts);
  }

  result(): CoverageResult {
    const sorted = dataTable<number>();
    for (const k of Object.keys(this.counts).sort(compareUtf8)) sorted[k] = this.counts[k] as number;
    return { counts: sorted, lines: this.lines, skipped: this.problems.length, problems: [...this.problems] };
  }
}

/**
 * Counts, per JSON path, how often the field is present and non-empty across JSON Lines (strings, or UTF-8
 * bytes), as the reference engine's `coverage` does: a string counts when non-empty, a number or boolean always,
 * null never, an array or object when one of its children counts. Any JSON value is a valid line; invalid JSON
 * and invalid UTF-8 lines are skipped and listed. Blank lines are skipped silently. For a file too large to hold,
 * `riskCoverageStream` reads the lines as they come.
 *
 * @example
 * ```ts
 * riskCoverage(['{"ocid":"a","tender":{"id":""}}']).counts; // { "": 1, "/": 1, "/ocid": 1 }
 * ```
 */
export function riskCoverage(lines: Iterable<string | Uint8Array>): CoverageResult {
  checkIterable(lines, Symbol.iterator, "riskCoverage lines");
  const counter = new CoverageCounter();
  for (const raw of lines) counter.add(raw);
  return counter.result();
}

/**
 * `riskCoverage` over an async iterable of lines (a stream): one line in memory at a time, whatever the file's size.
 *
 * @example
 * ```ts
 * // Any async iterable of lines: in Node, readline over a file stream; here, a generator.
 * async function* lines() {
 *   yield '{"ocid":"a","bids":{"details":[{"date":"2024-01-02"},{"date":""}]}}';
 * }
 * const coverage = await riskCoverageStream(lines());
 * coverage.counts["/bids/details[]/date"]; // 1: one bid of two carries a date
 * ```
 */
export async function riskCoverageStream(lines: AsyncIterable<string | Uint8Array>): Promise<CoverageResult> {
  checkIterable(lines, Symbol.asyncIterator, "riskCoverageStream lines");
  const counter = new CoverageCounter();
  for await (const raw of lines) counter.add(raw);
  return counter.result();
}

/**
 * How often a path is non-empty among the things that could carry it: the lines for a path outside any array, the
 * elements of the nearest enclosing array otherwise (`/bids/details[]/date` is counted per bid). `of` is `""` (the
 * lines) or that array's path; `share` is 0 when there is nothing to count from.
 *
 * @example
 * ```ts
 * const c = riskCoverage(['{"ocid":"a","bids":{"details":[{"date":"x"},{"id":"2"}]}}']);
 * coverageShare(c.counts, "/bids/details[]/date"); // { of: "/bids/details[]", share: 0.5 }
 * ```
 */
export function coverageShare(counts: Readonly<Record<string, number>>, path: string): { readonly of: string; readonly share: number } {
  if (counts === null || typeof counts !== "object" || Array.isArray(counts) || typeof path !== "string") {
    throw new GgzyError("INVALID_INPUT", {
      zh: "coverageShare 需要 riskCoverage 的 counts 与一个路径字符串",
      en: "coverageShare expects the counts of riskCoverage and a path string",
      issues: [{ path: [], message: "expected (counts, path)" }],
    });
  }
  // Own keys only: a path such as "constructor" must not read the prototype.
  const count = (key: string): number => {
    const v: unknown = Object.hasOwn(counts, key) ? counts[key] : 0;
    return typeof v === "number" && Number.isFinite(v) ? v : 0;
  };
  const trimmed = path.endsWith("[]") ? path.slice(0, -2) : path;
  const at = trimmed.lastIndexOf("[]");
  const of = at < 0 ? "" : trimmed.slice(0, at + 2);
  const total = count(of);
  return { of, share: total > 0 ? Math.min(count(path) / total, 1) : 0 };
}

/**
 * Which indicators the fields found can support, and why not: an indicator is computable when every path it
 * needs was present and non-empty at least once (and, where it needs one of several, at least one of them).
 *
 * @example
 * ```ts
 * indicatorCoverage(riskCoverage(lines)).filter((c) => !c.computable).map((c) => c.indicator); // e.g. ["R018", "CN40-1"]
 * ```
 */
export function indicatorCoverage(coverage: CoverageResult): IndicatorCoverage[] {
  parseWith(z.looseObject({ counts: z.record(z.string(), z.number()), lines: z.number(), skipped: z.number() }), coverage, {
    zh: "字段覆盖结果",
    en: "coverage result",
  });
  const out: IndicatorCoverage[] = [];
  for (const id of [...PART_A_INDICATORS, ...PART_B_SIGNALS] as RiskSignalId[]) {
    const fields = INDICATOR_FIELDS[id].map((f) => {
      const required = !f.startsWith("?");
      const path = required ? f : f.slice(1);
      return { path, count: coverage.counts[path] ?? 0, required, ...coverageShare(coverage.counts, path) };
    });
    const missing = fields.filter((f) => f.required && f.count === 0).map((f) => f.path);
    const optional = fields.filter((f) => !f.required);
    // R038 and CN40-1 / CN34 need one of their optional fields; R003's are filters only.
    const needsOneOptional = id === "R038" || id === "CN40-1" || id === "CN34";
    const noneOptional = needsOneOptional && optional.every((f) => f.count === 0);
    const computable = missing.length === 0 && !noneOptional;
    const lacking = [...missing, ...(noneOptional ? [`one of ${optional.map((f) => f.path).join(", ")}`] : [])];
    // Present once is enough to compute; the field seen least often says how much of the data the indicator sees.
    const least = fields.filter((f) => f.required && f.count > 0).sort((a, b) => a.share - b.share)[0];
    const partly = least !== undefined && least.share < 1 ? least : undefined;
    const pct = (f: { share: number }): string => `${(100 * f.share).toFixed(1)}%`;
    const where = (f: { of: string }): { zh: string; en: string } => (f.of === "" ? { zh: "各行", en: "lines" } : { zh: f.of, en: f.of });
    out.push({
      indicator: id,
      computable,
      fields,
      why: !computable
        ? { zh: `缺少字段：${lacking.join("；")}`, en: `missing: ${lacking.join("; ")}` }
        : partly === undefined
          ? { zh: "所需字段均有数据", en: "every field it reads is present" }
          : {
              zh: `所需字段均有数据；${partly.path} 仅见于 ${pct(partly)} 的 ${where(partly).zh}`,
              en: `every field it reads is present; ${partly.path} in only ${pct(partly)} of ${where(partly).en}`,
            },
    });
  }
  return out;
}
