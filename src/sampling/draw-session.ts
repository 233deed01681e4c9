import * as z from "../model/zod";
import { GgzyError } from "../model/error";
import { IdSchema, IsoDateTimeSchema } from "../model/common";
import { toShanghaiDate } from "../calendar/shanghai";
import { DRAW_PROTOCOL, SEALED_DRAW_KINDS } from "./protocol";
import type { DrawKind } from "./protocol";
import { seedMaterialAt, seedMaterialBytes, seedMaterialEntropyBits } from "./seed-material";
import type { SeedMaterial } from "./seed-material";
import { commitSalt, normaliseSalt, saltBytes } from "./salt";
import { streamFor } from "./stream";
import type { DrawStream } from "./stream";
import { resultHashOf } from "./record";
import { inputHashOf } from "./draw-inputs";
import type { HashedInputs } from "./draw-inputs";
import type { DrawOutcome, DrawRecord, DrawWarning } from "./record";

/** The part every draw request shares: who, when, and the randomness. */
export const DrawEnvelopeSchema = z.object({
  /** The draw's public identifier (part of every stream's key). */
  drawId: IdSchema,
  /** When the draw is made, ISO-8601 (no offset = +08:00). An input: the library never reads the clock. */
  createdAt: IsoDateTimeSchema,
  /** Public randomness fixed after the inputs were committed (see `SeedMaterialSchema`). */
  seedMaterial: z.optional(z.unknown()),
  /** Secret salt (hex, ≥ 128 bits): required for sealed draws (committee, blind review), refused for public ones. */
  salt: z.optional(z.string()),
  /** The salt commitment published in advance, if the caller wants it checked against `salt`. */
  saltCommitment: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
});

/** The envelope of a draw request, as given. */
export type DrawEnvelope = z.input<typeof DrawEnvelopeSchema>;

/** An open draw: its streams and the data that go into its record. */
export interface DrawSession {
  readonly kind: DrawKind;
  readonly drawId: string;
  readonly createdAt: string;
  /** Asia/Shanghai civil date of `createdAt`: the "as of" day of eligibility checks (cool-down, 3-year look-back). */
  readonly asOf: string;
  readonly inputHash: string;
  readonly seedMaterial: SeedMaterial;
  /** Lower-case hex salt, or "" for a public draw. */
  readonly salt: string;
  /** The integer stream of one named sub-draw. */
  stream(name: string): DrawStream;
}

/**
 * Opens a draw: validates the envelope, checks seed material and salt, hashes the canonical inputs
 * (`inputHash = SHA-256(JCS({ createdAt, params, inputs }))`, see `inputHashOf`) and prepares the per-stream key
 * derivation. The caller passes params and inputs ALREADY validated and in canonical order.
 *
 * @example
 * ```ts
 * const session = openDraw("supervisors", request, params, canonicalInputs);
 * const s = session.stream("supervisors");
 * ```
 */
export function openDraw(kind: DrawKind, envelope: unknown, params: unknown, inputs: HashedInputs): DrawSession {
  const env = DrawEnvelopeSchema.safeParse(envelope);
  if (!env.success) {
    const issue = env.error.issues[0];
    throw new GgzyError("INVALID_INPUT", {
      zh: `抽取请求无效：字段 ${issue?.path.join(".") ?? ""}：${issue?.message ?? ""}`,
      en: `Invalid draw request: field ${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`,
      issues: env.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })),
    });
  }
  const { drawId, createdAt, saltCommitment } = env.data;
  const seedMaterial = seedMaterialAt(env.data.seedMaterial, ["seedMaterial"]);
  const sealed = SEALED_DRAW_KINDS.includes(kind);
  let salt = "";
  if (sealed) {
    if (env.data.salt === undefined) {
      throw new GgzyError("DRAW_INVALID_REQUEST", {
        zh: "密封抽取（评标专家、暗标错位）需要事先承诺的秘密盐值",
        en: "A sealed draw (committee, blind review) needs a secret salt committed in advance",
        issues: [{ path: ["salt"], message: "required for a sealed draw", code: "salt_missing" }],
        details: { kind },
      });
    }
    salt = normaliseSalt(env.data.salt);
    const actual = commitSalt(salt);
    if (saltCommitment !== undefined && actual !== saltCommitment) {
      // Both commitments in the message: the usual cause is a request still carrying an earlier salt's commitment.
      throw new GgzyError("DRAW_INVALID_REQUEST", {
        zh: `盐值与事先公布的承诺不符：请求中的 saltCommitment 为 ${saltCommitment}，此盐值的承诺为 ${actual}`,
        en: `The salt does not match the commitment published in advance: the request's saltCommitment is ${saltCommitment}, this salt's commitment is ${actual}`,
        issues: [{ path: ["saltCommitment"], message: "not the commitment of the salt given", code: "salt_commitment_mismatch" }],
        details: { saltCommitment, actual },
      });
    }
  } else if (env.data.salt !== undefined) {
    throw new GgzyError("DRAW_INVALID_REQUEST", {
      zh: "公开抽取不使用秘密盐值：记录须任何人可即时复核",
      en: "A public draw takes no secret salt: anyone must be able to verify its record at once",
      details: { kind },
    });
  }
  const asOf = toShanghaiDate(createdAt);
  const inputHash = inputHashOf(createdAt, params, inputs);
  const ikm = seedMaterialBytes(seedMaterial);
  const hkdfSalt = sealed ? saltBytes(salt) : new Uint8Array(0);
  return {
    kind,
    drawId,
    createdAt,
    asOf,
    inputHash,
    seedMaterial,
    salt,
    stream: (name: string) => streamFor(ikm, hkdfSalt, { kind, drawId, stream: name, inputHash }),
  };
}

/** What a draw hands to `closeDraw`. */
export interface DrawClosing<R> {
  readonly params: unknown;
  readonly result: R;
  /** The public part of a sealed draw's result (ignored for public draws). */
  readonly publicResult?: unknown;
  readonly exclusions: Readonly<Record<string, number>>;
  /** Bits the draw can consume (sum of log2 C(n, k) over sub-draws), for the entropy warning. */
  readonly bitsNeeded: number;
}

/**
 * Builds the record and warnings of a finished draw.
 *
 * @example
 * ```ts
 * return closeDraw(session, { params, result, exclusions: {}, bitsNeeded: log2Binomial(n, k) });
 * ```
 */
export function closeDraw<R>(session: DrawSession, closing: DrawClosing<R>): DrawOutcome<R> {
  const sealed = SEALED_DRAW_KINDS.includes(session.kind);
  const entropyBits = seedMaterialEntropyBits(session.seedMaterial);
  const warnings: DrawWarning[] = [];
  if (entropyBits !== null && entropyBits < closing.bitsNeeded) {
    warnings.push({
      code: "LOW_SEED_ENTROPY",
      zh: `种子材料约含 ${entropyBits.toFixed(1)} 比特熵，少于本次抽取可能结果所需的 ${closing.bitsNeeded.toFixed(1)} 比特：部分结果不可能被抽中`,
      en: `The seed material carries about ${entropyBits.toFixed(1)} bits, fewer than the ${closing.bitsNeeded.toFixed(1)} bits this draw's outcomes need: some outcomes cannot occur`,
      details: { entropyBits, bitsNeeded: closing.bitsNeeded },
    });
  }
  const record: DrawRecord<R> = {
    protocol: DRAW_PROTOCOL,
    kind: session.kind,
    drawId: session.drawId,
    createdAt: session.createdAt,
    inputHash: session.inputHash,
    params: closing.params,
    seedSource: { material: session.seedMaterial, entropyBits },
    ...(sealed ? { saltCommitment: commitSalt(session.salt) } : {}),
    sealed,
    exclusions: closing.exclusions,
    result: sealed ? (closing.publicResult ?? null) : closing.result,
    resultHash: resultHashOf(closing.result, session.salt),
  };
  return { record, result: closing.result, warnings };
}
