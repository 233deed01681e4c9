import { hexToBytes } from "@noble/hashes/utils";
import { assertString } from "../model/guard";
import { GgzyError } from "../model/error";
import { sha256Hex } from "../model/canonical";

/**
 * The fewest hex digits a secret salt may have (128 bits). Below that, someone who sees the published commitment
 * could try every salt and unseal a committee before the evaluation.
 */
export const MIN_SALT_HEX_DIGITS = 32;

/**
 * Checks a secret salt (hex digits, even count, at least 128 bits) and returns it in lower case.
 * Throws `GgzyError("DRAW_INVALID_REQUEST")` otherwise, its issue at the path `["salt"]` (the request's field).
 *
 * @example
 * ```ts
 * normaliseSalt("00112233445566778899AABBCCDDEEFF"); // "00112233445566778899aabbccddeeff"
 * ```
 */
export function normaliseSalt(salt: string): string {
  assertString(salt, "salt", 4096);
  const s = salt.trim();
  if (!/^[0-9a-fA-F]*$/.test(s) || s.length % 2 !== 0 || s.length < MIN_SALT_HEX_DIGITS) {
    throw new GgzyError("DRAW_INVALID_REQUEST", {
      zh: `秘密盐值必须是偶数位十六进制数字，且不少于 ${MIN_SALT_HEX_DIGITS} 位（128 比特）`,
      en: `The secret salt must be an even number of hex digits, at least ${MIN_SALT_HEX_DIGITS} (128 bits)`,
      details: { length: s.length },
      issues: [{ path: ["salt"], message: `expected an even number of hex digits, at least ${MIN_SALT_HEX_DIGITS}`, code: "invalid_format" }],
    });
  }
  return s.toLowerCase();
}

/**
 * The salt's bytes (the HKDF salt), after `normaliseSalt`.
 *
 * @example
 * ```ts
 * saltBytes("00".repeat(16)); // Uint8Array(16) of zeros
 * ```
 */
export function saltBytes(salt: string): Uint8Array {
  return hexToBytes(normaliseSalt(salt));
}

/**
 * The commitment to a secret salt, published BEFORE the public seed material is known:
 * SHA-256 of the salt's bytes (not of its hex text), as 64 lowercase hex digits. Anyone can later check a revealed
 * salt against it (`echo -n <salt> | xxd -r -p | sha256sum`).
 *
 * @example
 * ```ts
 * commitSalt("00".repeat(16)); // "374708fff7719dd5979ec875d56cd2286f6d3cf7ec317a3b25632aab28ec37bb"
 * ```
 */
export function commitSalt(salt: string): string {
  return sha256Hex(saltBytes(salt));
}
