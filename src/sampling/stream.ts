import seedrandom from "seedrandom";
import { hkdf } from "@noble/hashes/hkdf";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { GgzyError } from "../model/error";
import { canonicalJson } from "../model/canonical";
import { DRAW_PROTOCOL } from "./protocol";
import type { DrawKind } from "./protocol";

/** What names one sub-draw's random stream (DESIGN.md, draw protocol point 3). */
export interface StreamContext {
  readonly kind: DrawKind;
  readonly drawId: string;
  /** The sub-draw: e.g. `committee/civil` or `inspectors/P-001`. */
  readonly stream: string;
  /** SHA-256 of the draw's canonical inputs. */
  readonly inputHash: string;
}

/**
 * The HKDF `info` of a stream: the UTF-8 bytes of JCS({protocol, kind, drawId, stream, inputHash}).
 *
 * @example
 * ```ts
 * streamInfo({ kind: "committee", drawId: "D1", stream: "s", inputHash: "00" });
 * // bytes of '{"drawId":"D1","inputHash":"00","kind":"committee","protocol":"ggzy-draw/1","stream":"s"}'
 * ```
 */
export function streamInfo(ctx: StreamContext): Uint8Array {
  return utf8ToBytes(
    canonicalJson({ protocol: DRAW_PROTOCOL, kind: ctx.kind, drawId: ctx.drawId, stream: ctx.stream, inputHash: ctx.inputHash }),
  );
}

/**
 * The 32-byte key of one sub-draw, as 64 lowercase hex digits:
 * HKDF-SHA-256(IKM = seed material bytes, salt = secret salt bytes or empty, info = `streamInfo(ctx)`, L = 32).
 *
 * @example
 * ```ts
 * const key = deriveStreamKey(seedMaterialBytes(seed), new Uint8Array(0), ctx); // "3f0a…" (64 hex digits)
 * ```
 */
export function deriveStreamKey(ikm: Uint8Array, salt: Uint8Array, ctx: StreamContext): string {
  return bytesToHex(hkdf(sha256, ikm, salt, streamInfo(ctx), 32));
}

const TWO_32 = 0x1_0000_0000;

/**
 * A deterministic source of integers for one sub-draw: seedrandom's ARC4 (RC4-drop[256]) keyed with the 64-hex-digit
 * stream key. Keyed only with that hex text, because seedrandom keeps just the low byte of each UTF-16 unit of a
 * string seed ('中' and '-' collide; 'ab' equals 'abab').
 */
export interface DrawStream {
  /** The next 32-bit output of the generator, as an unsigned integer: four ARC4 bytes, big-endian. */
  nextUint32(): number;
  /**
   * A uniform integer in [0, n), for 1 ≤ n ≤ 2^32: 32-bit outputs at or above the largest multiple of n are
   * rejected and drawn again, so there is no modulo bias; no floating point is involved.
   */
  nextBelow(n: number): number;
}

/**
 * Opens the integer stream of a 64-hex-digit key.
 *
 * @example
 * ```ts
 * const s = openStream("00".repeat(32));
 * s.nextBelow(7); // an integer 0..6, the same on every machine
 * ```
 */
export function openStream(keyHex: string): DrawStream {
  if (!/^[0-9a-f]{64}$/.test(keyHex)) {
    throw new GgzyError("INVALID_INPUT", {
      zh: "流密钥必须是 64 位小写十六进制数字",
      en: "A stream key must be 64 lowercase hex digits",
    });
  }
  const rng = seedrandom(keyHex);
  const nextUint32 = (): number => rng.int32() >>> 0;
  return {
    nextUint32,
    nextBelow(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
        throw new GgzyError("INVALID_INPUT", {
          zh: `随机整数的范围必须是 1 到 2^32，实际为 ${n}`,
          en: `The range of a random integer must be 1..2^32, got ${n}`,
        });
      }
      // Largest multiple of n not above 2^32; outputs at or above it would favour small results.
      const limit = TWO_32 - (TWO_32 % n);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % n;
      }
    },
  };
}

/**
 * Derives the key of a sub-draw and opens its stream in one step.
 *
 * @example
 * ```ts
 * const s = streamFor(ikm, saltBytes, { kind: "supervisors", drawId: "S-1", stream: "supervisors", inputHash });
 * ```
 */
export function streamFor(ikm: Uint8Array, salt: Uint8Array, ctx: StreamContext): DrawStream {
  return openStream(deriveStreamKey(ikm, salt, ctx));
}
