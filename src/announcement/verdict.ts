import { DrawRecordSchema } from "../sampling/record";
import { verifyDraw } from "../sampling/verify";
import type { DrawDifference } from "../sampling/verify";
import { differenceFromAnnouncement, differenceFromRequest, isDrawRequest } from "./announcement";
import type { HeaderDifference } from "./announcement";

/**
 * The verdict on a record checked against everything published about its draw: reproduced, or the first difference
 * and what the record was found to disagree with — the announcement, the request, or the re-run of the draw.
 */
export type DrawVerdict =
  | { readonly reproduced: true }
  | { readonly reproduced: false; readonly firstDifference: DrawDifference; readonly against: HeaderDifference["against"] | "re-run" };

/** What a draw is checked against besides its record and seed material. */
export interface DrawVerdictOptions {
  /** The revealed salt of a sealed draw. */
  readonly salt?: string | undefined;
  /** The `ggzy-draw-announcement/1` published before the draw. */
  readonly announcement?: unknown;
}

/** The draw inputs a value holds: a whole request's `inputs`, or the value itself (bare inputs). */
function inputsOf(value: unknown): unknown {
  return isDrawRequest(value) ? (value as { inputs: unknown }).inputs : value;
}

function notReproduced(d: HeaderDifference): DrawVerdict {
  const { against, ...firstDifference } = d;
  return { reproduced: false, firstDifference, against };
}

/**
 * Checks a draw record as `ggzy verify` does: against the announcement published before the draw (when given),
 * then the request's drawId, createdAt and saltCommitment (when `inputsOrRequest` is a whole request), then the
 * re-run of the draw from its inputs and seed material, then the request's completed params. The first difference
 * wins. Without an announcement, a draw whose drawId, seed source or value text was chosen after the lottery still
 * reproduces: pass the announcement. Throws `GgzyError` for a malformed record, inputs that fail their schema, or an
 * announcement that is not one.
 *
 * @example
 * ```ts
 * verifyDrawAgainst(record, request, seedMaterial, { salt, announcement }); // { reproduced: true }
 * // a re-draw under another drawId:
 * // { reproduced: false, firstDifference: { path: "drawId", … }, against: "announcement" }
 * ```
 */
export function verifyDrawAgainst(record: unknown, inputsOrRequest: unknown, seedMaterial: unknown, options: DrawVerdictOptions = {}): DrawVerdict {
  const { salt, announcement } = options;
  // A malformed record is bad input, reported by verifyDraw, before any comparison.
  if (!DrawRecordSchema.safeParse(record).success) verifyDraw(record, inputsOf(inputsOrRequest), seedMaterial, salt);
  const request = isDrawRequest(inputsOrRequest) ? inputsOrRequest : undefined;
  const header =
    (announcement !== undefined ? differenceFromAnnouncement(record, announcement) : null) ??
    (request !== undefined ? differenceFromRequest(record, request) : null);
  if (header !== null) return notReproduced(header);
  const rerun = verifyDraw(record, inputsOf(inputsOrRequest), seedMaterial, salt);
  if (!rerun.reproduced) return { ...rerun, against: "re-run" };
  const params = request !== undefined ? differenceFromRequest(record, request, true) : null;
  return params === null ? rerun : notReproduced(params);
}
