import { GgzyError, parseWith } from "../model/error";
import { previewOf } from "../model/guard";
import { DRAW_PROTOCOL } from "./protocol";
import { DrawRecordSchema } from "./record";
import type { DrawOutcome, DrawRecord } from "./record";
import { draw } from "./draw";

/** The first place where a record and its re-run disagree. `path` reads like `result.strata[0].members[2].expertId`. */
export interface DrawDifference {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** The verdict of `verifyDraw`. */
export type VerifyResult = { readonly reproduced: true } | { readonly reproduced: false; readonly firstDifference: DrawDifference };

// The record's fields in the order a difference is looked for: the header first, the result last.
const RECORD_FIELDS = [
  "protocol",
  "kind",
  "drawId",
  "createdAt",
  "inputHash",
  "params",
  "seedSource",
  "saltCommitment",
  "sealed",
  "exclusions",
  "result",
  "resultHash",
] as const;

/** A JSON copy of a compared value (an absent one is `null`), so a verdict is plain JSON whatever was compared. */
function plainJson(v: unknown): unknown {
  if (v === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(v)) as unknown;
  } catch {
    return previewOf(v);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The first difference between two JSON values, depth first (object keys in the expected value's order, then keys
 * only the actual value has); `null` when they are equal.
 *
 * @example
 * ```ts
 * firstDifference({ a: [1, 2] }, { a: [1, 3] }, "x"); // { path: "x.a[1]", expected: 2, actual: 3 }
 * ```
 */
export function firstDifference(expected: unknown, actual: unknown, path: string): DrawDifference | null {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      const d = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const keys = [...Object.keys(expected), ...Object.keys(actual).filter((k) => !Object.hasOwn(expected, k))];
    for (const k of keys) {
      const d = firstDifference(
        Object.hasOwn(expected, k) ? expected[k] : undefined,
        Object.hasOwn(actual, k) ? actual[k] : undefined,
        path === "" ? k : `${path}.${k}`,
      );
      if (d) return d;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : { path: path === "" ? "(root)" : path, expected: plainJson(expected), actual: plainJson(actual) };
}


/**
 * Re-runs a draw from its record, the inputs it was made from, the seed material (and, for a sealed draw, the
 * revealed salt), and compares every field. Returns `{ reproduced: true }` or the first difference.
 * A sealed record (`sealed: true`) is compared in its sealed form; a revealed one with the full result.
 * Throws `GgzyError` for input that is not a record of a known protocol, or inputs that fail their schema.
 *
 * @example
 * ```ts
 * verifyDraw(record, inputs, { kind: "lottery", value: "2024050 03 11 19 24 28 33 + 07" }, salt);
 * // { reproduced: true }
 * ```
 */
export function verifyDraw(record: unknown, inputs: unknown, seedMaterial: unknown, salt?: string): VerifyResult {
  const rec = parseWith(DrawRecordSchema, record, { zh: "抽取记录", en: "draw record" });
  if (rec.protocol !== DRAW_PROTOCOL) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `不支持的抽取协议版本：${rec.protocol}`,
      en: `Unsupported draw protocol version: ${rec.protocol}`,
      details: { protocol: rec.protocol, supported: [DRAW_PROTOCOL] },
    });
  }
  const request: Record<string, unknown> = {
    drawId: rec.drawId,
    createdAt: rec.createdAt,
    params: rec.params,
    inputs,
    seedMaterial,
    ...(salt !== undefined ? { salt } : {}),
  };
  let outcome: DrawOutcome<unknown>;
  try {
    outcome = draw(rec.kind, request);
  } catch (e) {
    // The inputs do not even allow the draw the record claims: that is a failed verification, not bad input.
    if (e instanceof GgzyError && e.code === "DRAW_UNSATISFIABLE") {
      return { reproduced: false, firstDifference: { path: "result", expected: plainJson(e.toJSON()), actual: plainJson(rec.result) } };
    }
    throw e;
  }
  const expected: DrawRecord<unknown> =
    rec.sealed || !outcome.record.sealed ? outcome.record : { ...outcome.record, sealed: false, result: outcome.result };
  const actual = record as Record<string, unknown>;
  const fields = [...RECORD_FIELDS, ...Object.keys(actual).filter((k) => !(RECORD_FIELDS as readonly string[]).includes(k))];
  for (const f of fields) {
    const d = firstDifference((expected as unknown as Record<string, unknown>)[f], Object.hasOwn(actual, f) ? actual[f] : undefined, f);
    if (d) return { reproduced: false, firstDifference: d };
  }
  return { reproduced: true };
}
