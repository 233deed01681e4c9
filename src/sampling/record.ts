import * as z from "../model/zod";
import { assertJsonInput, assertString } from "../model/guard";
import { hashCanonical } from "../model/canonical";
import { GgzyError, parseWith } from "../model/error";
import { DRAW_KINDS } from "./protocol";
import type { DrawKind, DrawProtocol } from "./protocol";
import type { SeedMaterial } from "./seed-material";

/** Where the randomness came from, as published in the record: the seed material itself and its knowable entropy. */
export interface SeedSource {
  readonly material: SeedMaterial;
  /** Bits of entropy of the seed material where knowable (dice, hex), else `null`. */
  readonly entropyBits: number | null;
}

/**
 * A draw record (`ggzy-draw/1`): plain JSON, published, enough (with the inputs and the seed material, plus the
 * salt for a sealed draw) to reproduce the draw anywhere.
 *
 * `sealed: true` means `result` holds only the public part (committee: `null`; blind review: the reviewers' orders of
 * codes and the hash of the code map); `revealDraw` turns it into the revealed record once the salt is public.
 */
export interface DrawRecord<R = unknown> {
  readonly protocol: DrawProtocol;
  readonly kind: DrawKind;
  readonly drawId: string;
  /** When the draw was made: an INPUT of the draw, never read from a clock. */
  readonly createdAt: string;
  /** SHA-256 of JCS({ createdAt, params, inputs }), inputs in canonical order. */
  readonly inputHash: string;
  readonly params: unknown;
  readonly seedSource: SeedSource;
  /** SHA-256 of the secret salt's bytes, for sealed draws (published before the seed material was known). */
  readonly saltCommitment?: string;
  readonly sealed: boolean;
  /** How many candidates each eligibility rule excluded (one candidate may count under several reasons). */
  readonly exclusions: Readonly<Record<string, number>>;
  readonly result: R | unknown;
  /** SHA-256 of JCS({ result, salt }) — the FULL result, salt "" for public draws. */
  readonly resultHash: string;
}

/** A non-fatal remark on a draw (e.g. seed material with less entropy than the draw can consume). */
export interface DrawWarning {
  readonly code: "LOW_SEED_ENTROPY";
  readonly zh: string;
  readonly en: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** What every draw function returns: the record to publish, the full result, and warnings. */
export interface DrawOutcome<R> {
  /** The record to publish now (sealed for committee and blind review). */
  readonly record: DrawRecord<R>;
  /** The full result (for a sealed draw: keep it secret until the evaluation is over). */
  readonly result: R;
  readonly warnings: readonly DrawWarning[];
}

/**
 * The result hash: SHA-256 of JCS({ result, salt }), with the salt in lower-case hex ("" for a public draw). Salted,
 * so the hash of a sealed committee cannot be matched by trying every possible committee.
 *
 * @example
 * ```ts
 * resultHashOf({ supervisorIds: ["S1"] }, ""); // 64 hex digits
 * ```
 */
export function resultHashOf(result: unknown, salt: string): string {
  return hashCanonical({ result, salt });
}

/** Shape check of a record read from JSON (values are checked by re-running the draw). */
export const DrawRecordSchema = z.object({
  protocol: z.string(),
  kind: z.enum(DRAW_KINDS as [DrawKind, ...DrawKind[]]),
  drawId: z.string(),
  createdAt: z.string(),
  inputHash: z.string(),
  params: z.unknown(),
  seedSource: z.unknown(),
  saltCommitment: z.optional(z.string()),
  sealed: z.boolean(),
  exclusions: z.record(z.string(), z.number()),
  result: z.unknown(),
  resultHash: z.string(),
});

/**
 * Unseals a sealed record: puts the full result in, after checking it against the record's salted `resultHash`.
 * Throws `GgzyError("VERIFY_MISMATCH")` if the result or salt does not match.
 *
 * @example
 * ```ts
 * const revealed = revealDraw(outcome.record, outcome.result, salt);
 * ```
 */
export function revealDraw<R>(record: DrawRecord<R>, result: R, salt: string): DrawRecord<R> {
  parseWith(DrawRecordSchema, record, "Draw record");
  assertJsonInput(result, "Draw result");
  assertString(salt, "salt", 4096);
  if (resultHashOf(result, salt.trim().toLowerCase()) !== record.resultHash) {
    throw new GgzyError("VERIFY_MISMATCH", {
      zh: "结果或盐值与记录中的结果哈希不符",
      en: "The result or the salt does not match the record's result hash",
      details: { drawId: record.drawId },
    });
  }
  return { ...record, sealed: false, result };
}
