import * as z from "../../model/zod";
import { compareUtf8 } from "../../model/compare-utf8";
import { parseWith } from "../../model/error";
import type { RiskResult } from "./analyzer";
import { dataTable } from "./part-a";
import type { FlagTable } from "./part-a";
import { CardinalInputSchema } from "./result-schema";

const CardinalOptionsSchema = z.object({ meta: z.optional(z.boolean()), map: z.optional(z.boolean()) });

/** Options of `toCardinalOutput`. */
export interface CardinalOutputOptions {
  /** Include `Meta` (quartiles and fences); default true (`--no-meta` turns it off). */
  readonly meta?: boolean;
  /** Include `Maps` (`--map`); needs an analysis run with `maps: true`. */
  readonly map?: boolean;
}

function sortedTable(t: FlagTable): FlagTable {
  const out: FlagTable = dataTable<Record<string, number>>();
  for (const id of Object.keys(t).sort(compareUtf8)) {
    const row = t[id] as Record<string, number>;
    const r = dataTable<number>();
    for (const k of Object.keys(row).sort(compareUtf8)) r[k] = row[k] as number;
    out[id] = r;
  }
  return out;
}

/**
 * The parity set in the reference red-flag engine's JSON shape: `{"OCID": {ocid: {"R0xx": value}}, "Buyer",
 * "ProcuringEntity", "Tenderer", "Meta", "Maps"}`. A group appears only when something in it was flagged;
 * identifiers and indicators are sorted (UTF-8 order) so the text is stable.
 *
 * @example
 * ```ts
 * JSON.stringify(toCardinalOutput(analyzeRiskLines(lines), { meta: false })); // '{"OCID":{"ocds-1":{"R018":1}}}'
 * ```
 */
export function toCardinalOutput(result: RiskResult, options: CardinalOutputOptions = {}): Record<string, unknown> {
  parseWith(CardinalInputSchema, result, { zh: "风险分析结果", en: "risk result" });
  parseWith(CardinalOptionsSchema, options, { zh: "Cardinal 输出选项", en: "Cardinal output options" });
  const out: Record<string, unknown> = {};
  const a = result.partA;
  for (const [name, table] of [["OCID", a.OCID], ["Buyer", a.Buyer], ["ProcuringEntity", a.ProcuringEntity], ["Tenderer", a.Tenderer]] as const) {
    if (Object.keys(table).length > 0) out[name] = sortedTable(table);
  }
  // Meta is always there (even `{}`) unless turned off (CARDINAL.md §1.9).
  if (options.meta !== false) out.Meta = a.Meta;
  if (options.map === true && a.Maps) out.Maps = a.Maps;
  return out;
}
