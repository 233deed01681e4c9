import canonicalize from "canonicalize";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { GgzyError } from "./error";
import { assertJsonInput, assertString } from "./guard";

/**
 * RFC 8785 (JCS) canonical JSON of a value: keys sorted by UTF-16 code units, numbers in ECMAScript form,
 * no insignificant white space. Two equal values give byte-equal text, so their hashes agree. The value passes
 * the input guard first (no cycles, NaN, BigInt, …: `GgzyError`, never a RangeError from deep inside).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, "x"] }); // '{"a":[true,"x"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  assertJsonInput(value, "canonicalJson");
  const text = (canonicalize as unknown as (v: unknown) => string | undefined)(value);
  if (text === undefined) {
    throw new GgzyError("INVALID_INPUT", {
      zh: "无法规范化为 JSON（值为 undefined 或函数）",
      en: "Value cannot be canonicalised as JSON (undefined or a function)",
    });
  }
  return text;
}

/**
 * {@link canonicalJson} for the items of a big list already checked by their schema (a draw's pool of a million):
 * the guard's walk is paid only when serialising fails (a cycle, NaN, a BigInt in an unknown field), to name the
 * problem and its path. Internal: a value the guard would refuse but JCS serialises (a Map in an unknown field) is
 * hashed as JCS writes it.
 */
export function canonicalJsonOfChecked(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = (canonicalize as unknown as (v: unknown) => string | undefined)(value);
  } catch {
    assertJsonInput(value, what);
    throw new GgzyError("INVALID_INPUT", { zh: `${what} 无法规范化为 JSON`, en: `${what} cannot be canonicalised as JSON` });
  }
  return text ?? canonicalJson(value);
}

/**
 * SHA-256 of a string's UTF-8 bytes (or of raw bytes), as 64 lowercase hex digits.
 *
 * @example
 * ```ts
 * sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function sha256Hex(data: string | Uint8Array): string {
  // Hashing long text is what it is for (a canonical pool of a million experts): a type check, no size limit.
  if (!(data instanceof Uint8Array)) assertString(data, "sha256Hex input", Number.MAX_SAFE_INTEGER);
  return bytesToHex(sha256(typeof data === "string" ? utf8ToBytes(data) : data));
}

/**
 * SHA-256 of the canonical JSON of a value: the `inputHash` / `resultHash` of the draw protocol.
 *
 * @example
 * ```ts
 * hashCanonical({ a: 1 }) === sha256Hex('{"a":1}'); // true
 * ```
 */
export function hashCanonical(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
