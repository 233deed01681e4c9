import { assertJsonInput } from "../model/guard";
/*
 * Signed packs: a city publishes its pack and its public key; a county loads the pack only if the signature holds.
 * The signature covers the pack's content hash — SHA-256 of the RFC 8785 canonical JSON of the pack without its
 * `signature` member — so any change to any rule, parameter or description breaks it, and whitespace or key order
 * do not. Ed25519 through @noble/curves (audited, dependency-free, browser-safe). Keys are made from 32 random
 * bytes the caller supplies: the library reads no randomness of its own.
 */
import { ed25519 } from "@noble/curves/ed25519";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils";
import * as z from "../model/zod";
import { hashCanonical, sha256Hex } from "../model/canonical";
import { GgzyError, formatPath, toGgzyIssues } from "../model/error";

/** Name of the signing scheme, part of every signed message (a signature made for anything else never verifies). */
export const PACK_SIGNATURE_SCHEME = "ggzy-pack-signature/1";

/** The `signature` member of a signed pack. */
export interface PackSignature {
  readonly algorithm: "Ed25519";
  /** First 16 hex digits of SHA-256 of the public key. */
  readonly keyId: string;
  /** SHA-256 (hex) of the JCS of the pack without `signature`. */
  readonly contentHash: string;
  /** The Ed25519 signature (128 hex digits) of `ggzy-pack-signature/1:<contentHash>`. */
  readonly value: string;
}

/** A signing (secret) key file, as `ggzy rules keygen` writes it. Keep it secret. */
export interface PackSigningKey {
  readonly kind: "ggzy-pack-signing-key";
  readonly algorithm: "Ed25519";
  readonly keyId: string;
  readonly secretKey: string;
  readonly publicKey: string;
}

/** A public key file: what a city publishes beside its pack. */
export interface PackPublicKey {
  readonly kind: "ggzy-pack-public-key";
  readonly algorithm: "Ed25519";
  readonly keyId: string;
  readonly publicKey: string;
}

const HEX64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits"));
const SigningKeySchema = z.strictObject({ kind: z.literal("ggzy-pack-signing-key"), algorithm: z.literal("Ed25519"), keyId: z.string(), secretKey: HEX64, publicKey: HEX64 });
const PublicKeySchema = z.strictObject({ kind: z.literal("ggzy-pack-public-key"), algorithm: z.literal("Ed25519"), keyId: z.string(), publicKey: HEX64 });
const SignatureSchema = z.strictObject({
  algorithm: z.literal("Ed25519"),
  keyId: z.string().check(z.minLength(1)),
  contentHash: HEX64,
  value: z.string().check(z.regex(/^[0-9a-f]{128}$/, "128 lower-case hex digits")),
});

/** The key id of a public key (hex): the first 16 hex digits of its SHA-256. */
function keyIdOf(publicKeyHex: string): string {
  return sha256Hex(hexToBytes(publicKeyHex)).slice(0, 16);
}

const message = (contentHash: string): Uint8Array => utf8ToBytes(`${PACK_SIGNATURE_SCHEME}:${contentHash}`);

/**
 * A signing key and its public key from 32 random bytes (the CLI takes them from the operating system).
 *
 * @throws GgzyError `INVALID_KEY` unless `seed` is 32 bytes.
 * @example
 * ```ts
 * const { signingKey, publicKey } = makePackKeys(crypto.getRandomValues(new Uint8Array(32)));
 * publicKey.keyId === signingKey.keyId; // true
 * ```
 */
export function makePackKeys(seed: Uint8Array): { signingKey: PackSigningKey; publicKey: PackPublicKey } {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) {
    throw new GgzyError("INVALID_KEY", { zh: "生成密钥需要 32 字节随机数", en: "A key is made from exactly 32 random bytes" });
  }
  const publicKey = bytesToHex(ed25519.getPublicKey(seed));
  const keyId = keyIdOf(publicKey);
  return {
    signingKey: { kind: "ggzy-pack-signing-key", algorithm: "Ed25519", keyId, secretKey: bytesToHex(seed), publicKey },
    publicKey: { kind: "ggzy-pack-public-key", algorithm: "Ed25519", keyId, publicKey },
  };
}

function badKey(source: string, path: ReadonlyArray<string | number>, zh: string, en: string): GgzyError {
  return new GgzyError("INVALID_KEY", {
    zh: `${source}：${formatPath(path)}：${zh}`,
    en: `${source}: ${formatPath(path)}: ${en}`,
    issues: [{ path: [...path], message: en }],
    details: { file: source, path: [...path] },
  });
}

function kindOf(value: unknown): unknown {
  return value !== null && typeof value === "object" ? (value as { kind?: unknown }).kind : undefined;
}

function parseKey<T>(schema: z.ZodMiniType<T>, value: unknown, source: string, wantZh: string, wantEn: string): T {
  if (typeof value === "string" && value.includes("-----BEGIN")) {
    throw badKey(source, [], "是 PEM 密钥；请使用 ggzy rules keygen 生成的 JSON 密钥文件", "is a PEM key; use a JSON key file made by `ggzy rules keygen`");
  }
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = toGgzyIssues(r.error.issues)[0];
  throw badKey(source, issue?.path ?? [], `不是${wantZh}（${issue?.message ?? ""}）`, `is not ${wantEn} (${issue?.message ?? "wrong shape"})`);
}

/**
 * Reads a signing key file (parsed JSON). A public key, a PEM key or a key whose halves do not match is refused.
 *
 * @throws GgzyError `INVALID_KEY` naming `source` and the field.
 * @example
 * ```ts
 * const key = readSigningKey(JSON.parse(text), "city.key.json");
 * ```
 */
export function readSigningKey(value: unknown, source = "(key)"): PackSigningKey {
  if (typeof source !== "string") throw new GgzyError("INVALID_INPUT", { zh: "source 必须是字符串（文件名）", en: "source must be a string (a file name)" });
  if (kindOf(value) === "ggzy-pack-public-key") {
    throw badKey(source, ["kind"], "是公钥，签名需要私钥（ggzy rules keygen 生成的 .key.json）", "is a public key; signing needs the signing key (the .key.json `ggzy rules keygen` wrote)");
  }
  const key = parseKey(SigningKeySchema, value, source, "Ed25519 签名私钥", "an Ed25519 signing key");
  if (bytesToHex(ed25519.getPublicKey(hexToBytes(key.secretKey))) !== key.publicKey) {
    throw badKey(source, ["publicKey"], "与私钥不匹配", "does not belong to the secret key");
  }
  if (key.keyId !== keyIdOf(key.publicKey)) throw badKey(source, ["keyId"], "与公钥不符", "does not match the public key");
  return key;
}

/**
 * Reads a public key file (parsed JSON). A signing key given where a public key belongs is refused: a trusted key
 * is published, a signing key never is.
 *
 * @throws GgzyError `INVALID_KEY` naming `source` and the field.
 * @example
 * ```ts
 * const trusted = readPublicKey(JSON.parse(text), "city.pub.json");
 * ```
 */
export function readPublicKey(value: unknown, source = "(key)"): PackPublicKey {
  if (typeof source !== "string") throw new GgzyError("INVALID_INPUT", { zh: "source 必须是字符串（文件名）", en: "source must be a string (a file name)" });
  if (kindOf(value) === "ggzy-pack-signing-key") {
    throw badKey(source, ["kind"], "是签名私钥，不应分发；请给出公钥（.pub.json）", "is a signing (secret) key, which is never handed out; give the public key (.pub.json)");
  }
  const key = parseKey(PublicKeySchema, value, source, "Ed25519 公钥", "an Ed25519 public key");
  if (key.keyId !== keyIdOf(key.publicKey)) throw badKey(source, ["keyId"], "与公钥不符", "does not match the public key");
  return key;
}

function asObject(pack: unknown, source: string): Record<string, unknown> {
  if (pack === null || typeof pack !== "object" || Array.isArray(pack)) {
    throw new GgzyError("INVALID_RULE", { zh: `${source}：规则包必须是 JSON 对象`, en: `${source}: a rule pack must be a JSON object`, details: { file: source } });
  }
  return pack as Record<string, unknown>;
}

/**
 * The content hash of a pack: SHA-256 of the JCS of the pack without its `signature` member.
 *
 * @example
 * ```ts
 * packContentHash({ name: "c", version: "1", params: {}, rules: [] }) === packContentHash({ version: "1", name: "c", rules: [], params: {} }); // true
 * ```
 */
export function packContentHash(pack: unknown): string {
  const { signature: _signature, ...content } = asObject(pack, "(pack)");
  return hashCanonical(content);
}

/**
 * Signs a pack (parsed JSON): returns a copy with a `signature` member (an existing one is replaced). Validate the pack
 * first (`loadPack`): a signature vouches for content, not for its shape.
 *
 * @example
 * ```ts
 * const signed = signPack(pack, signingKey);
 * signed.signature.keyId === signingKey.keyId; // true
 * ```
 */
export function signPack<P extends object>(pack: P, signingKey: PackSigningKey): Omit<P, "signature"> & { signature: PackSignature } {
  const key = readSigningKey(signingKey);
  const contentHash = packContentHash(pack);
  const value = bytesToHex(ed25519.sign(message(contentHash), hexToBytes(key.secretKey)));
  const { signature: _old, ...content } = pack as P & { signature?: unknown };
  return { ...content, signature: { algorithm: "Ed25519", keyId: key.keyId, contentHash, value } } as Omit<P, "signature"> & { signature: PackSignature };
}

function refused(source: string, zh: string, en: string, details: Record<string, unknown>, path: ReadonlyArray<string | number> = ["signature"]): GgzyError {
  return new GgzyError("PACK_SIGNATURE", {
    zh: `${source}：${zh}`,
    en: `${source}: ${en}`,
    issues: [{ path: [...path], message: en }],
    details: { file: source, ...details },
  });
}

/**
 * Checks a pack's signature against trusted public keys: refuses a pack that is unsigned, altered since it was
 * signed, signed by a key not among `trustedKeys`, or whose signature does not verify.
 *
 * @throws GgzyError `PACK_SIGNATURE` naming `source` and what failed.
 * @example
 * ```ts
 * verifyPackSignature(JSON.parse(text), [cityPublicKey], "liaocheng-county.json").keyId; // "3f2a…"
 * ```
 */
export function verifyPackSignature(pack: unknown, trustedKeys: ReadonlyArray<PackPublicKey>, source = "(pack)"): { keyId: string; contentHash: string } {
  if (typeof source !== "string") throw new GgzyError("INVALID_INPUT", { zh: "source 必须是字符串（文件名）", en: "source must be a string (a file name)" });
  if (!Array.isArray(trustedKeys)) throw new GgzyError("INVALID_INPUT", { zh: "trustedKeys 必须是公钥列表", en: "trustedKeys must be a list of public keys" });
  assertJsonInput(pack, source);
  const obj = asObject(pack, source);
  if (!Object.hasOwn(obj, "signature")) {
    throw refused(source, "规则包未签名，但要求可信签名（--trusted-key）", "the pack is not signed, and a trusted signature is required (--trusted-key)", { reason: "unsigned" });
  }
  const s = SignatureSchema.safeParse(obj["signature"]);
  if (!s.success) {
    const issue = toGgzyIssues(s.error.issues)[0];
    const path = ["signature", ...(issue?.path ?? [])];
    throw refused(source, `签名格式无效：${formatPath(path)}：${issue?.message ?? ""}`, `the signature is malformed: ${formatPath(path)}: ${issue?.message ?? ""}`, { reason: "malformed" }, path);
  }
  const sig = s.data;
  const contentHash = packContentHash(obj);
  if (contentHash !== sig.contentHash) {
    throw refused(source, `规则包在签名后被改动（内容哈希 ${contentHash}，签名时为 ${sig.contentHash}）`, `the pack was altered after it was signed (content hash ${contentHash}, signed ${sig.contentHash})`, { reason: "altered", contentHash, signed: sig.contentHash }, ["signature", "contentHash"]);
  }
  const key = trustedKeys.find((k) => k.keyId === sig.keyId);
  if (key === undefined) {
    throw refused(source, `签名密钥 ${sig.keyId} 不在可信公钥之列`, `the pack is signed by key ${sig.keyId}, which is not among the trusted keys (${trustedKeys.map((k) => k.keyId).join(", ") || "none"})`, { reason: "untrustedKey", keyId: sig.keyId }, ["signature", "keyId"]);
  }
  let ok = false;
  try {
    ok = ed25519.verify(hexToBytes(sig.value), message(contentHash), hexToBytes(key.publicKey));
  } catch {
    ok = false;
  }
  if (!ok) throw refused(source, "签名与内容不符", "the signature does not match the pack", { reason: "badSignature", keyId: sig.keyId }, ["signature", "value"]);
  return { keyId: sig.keyId, contentHash };
}
