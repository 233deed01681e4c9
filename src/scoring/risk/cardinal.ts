import * as z from "zod";
import { compareUtf8 } from "../../model/compare-utf8";
import { parseWith } from "../../model/error";
import { setOwn } from "../../model/own";
import type { RiskResult } from "./analyzer";
import type { FlagTable } from "./part-a";
import { CardinalInputSchema } from "./result-schema";

const CardinalOptionsSchema = z.object({ meta: z.boolean().optional(), map: z.boolean().optional() });

/** Options of `toCardinalOutput`. */
export interface CardinalOutputOptions {
  /** Include `Meta` (quartiles and fences); default true (`--no-meta` turns it off). */
  readonly meta?: boolean;
  /** Include `Maps` (`--map`); needs an analysis run with `maps: true`. */
  readonly map?: boolean;
}

function sortedTable(t: FlagTable): FlagTable {
  const out: FlagTable = {};
  for (const id of Object.keys(t).sort(compareUtf8)) {
    const row = t[id] as Record<string, number>;
    const r: Record<string, number> = {};
    for (const k of Object.keys(row).sort(compareUtf8)) setOwn(r, k, row[k] as number);
    setOwn(out, id, r);
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
  parseWith(CardinalInputSchema, result, "RiskResult");
  parseWith(CardinalOptionsSchema, options, "Cardinal output options");
  const out: Record<string, unknown> = {};
  const a = result.partA;
  for (const [name, table] of [["OCID", a.OCID], ["Buyer", a.Buyer], ["ProcuringEntity", a.ProcuringEntity], ["Tenderer", a.Tenderer]] as const) {
    if (Object.keys(table).length > 0) out[name] = sortedTable(table);
  }
  if (options.meta !== false && Object.keys(a.Meta).length > 0) out.Meta = a.Meta;
  if (options.map === true && result.maps) out.Maps = result.maps;
  return out;
}
