import { createHash, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { GgzyError, parseWith } from "ggzy-rules/model";
import { ServiceError } from "./problem";

/** What a key may do. `admin`: metrics and pack reload. Health, readiness and the API document need no key. */
export const SCOPES = ["check", "draw", "score", "risk", "admin"] as const;
export type Scope = (typeof SCOPES)[number];

const KeysFileSchema = z.object({
  keys: z
    .array(
      z.object({
        /** A name for logs and metrics (never the key itself). */
        id: z.string().min(1).max(100),
        /** SHA-256 of the key's UTF-8 bytes, 64 hex digits: `printf %s "$KEY" | sha256sum`. */
        sha256: z.string().regex(/^[0-9a-fA-F]{64}$/),
        scopes: z.array(z.enum(SCOPES)).min(1),
        /** Optional rate limit: at most this many requests a minute for this key. */
        perMinute: z.number().int().positive().optional(),
      }),
    )
    .min(1),
});

/** A key as the service holds it: only its hash. */
export interface ApiKey {
  id: string;
  hash: Buffer;
  scopes: ReadonlySet<Scope>;
  perMinute: number | undefined;
}

/** Reads a keys file (JSON: `{ keys: [{ id, sha256, scopes, perMinute? }] }`). */
export function readKeysFile(file: string): ApiKey[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new GgzyError("IO_ERROR", {
      zh: `无法读取密钥文件 ${file}：${(e as Error).message}`,
      en: `Cannot read keys file ${file}: ${(e as Error).message}`,
      details: { file },
    });
  }
  return parseKeys(json);
}

/** Validates the content of a keys file. */
export function parseKeys(json: unknown): ApiKey[] {
  const parsed = parseWith(KeysFileSchema, json, { zh: "API 密钥文件", en: "keys file" });
  return parsed.keys.map((k) => ({ id: k.id, hash: Buffer.from(k.sha256.toLowerCase(), "hex"), scopes: new Set(k.scopes), perMinute: k.perMinute }));
}

/** SHA-256 of a key, hex: what the keys file holds. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * The key an `Authorization: Bearer <key>` header presents, or a 401. The presented key is hashed and compared with
 * every stored hash in constant time (no early exit), so timing tells nothing about which hash was close.
 */
export function authenticate(header: string | undefined, keys: readonly ApiKey[]): ApiKey {
  const m = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (m === null || m[1] === undefined) {
    throw new ServiceError(401, "UNAUTHORIZED", "需要 API 密钥（Authorization: Bearer <key>）", "An API key is required (Authorization: Bearer <key>)", [], {
      "www-authenticate": 'Bearer realm="ggzy"',
    });
  }
  const presented = createHash("sha256").update(m[1], "utf8").digest();
  let found: ApiKey | undefined;
  for (const k of keys) {
    if (timingSafeEqual(presented, k.hash) && found === undefined) found = k;
  }
  if (found === undefined) {
    throw new ServiceError(401, "UNAUTHORIZED", "API 密钥无效", "Invalid API key", [], { "www-authenticate": 'Bearer realm="ggzy", error="invalid_token"' });
  }
  return found;
}

/** A 403 unless `key` has `scope`. */
export function requireScope(key: ApiKey, scope: Scope): void {
  if (!key.scopes.has(scope)) {
    throw new ServiceError(403, "FORBIDDEN", `该密钥没有 ${scope} 权限`, `This key lacks the ${scope} scope`);
  }
}
