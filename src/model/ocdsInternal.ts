import { IdSchema } from "./common";
import { GgzyError } from "./error";
import type { GgzyIssue } from "./error";
import type { Json, JsonObject } from "./ocds";

/*
 * Helpers shared by the OCDS reader and writer. Not part of the public API (the model barrel does not export them).
 */

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An OCDS id (string or integer) as the model's string id; `undefined` when absent or unusable. */
export function ocdsId(value: unknown): string | undefined {
  if (typeof value === "string" && IdSchema.safeParse(value).success) return value;
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  return undefined;
}

/** Throws the mapping's error for a bad field of the release. */
export function invalidOcds(path: ReadonlyArray<string | number>, en: string, zh: string): never {
  const issue: GgzyIssue = { path, message: en, code: "invalid_ocds" };
  const where = path.length === 0 ? "(root)" : path.map((p) => (typeof p === "number" ? `[${p}]` : `/${p}`)).join("");
  throw new GgzyError("INVALID_OCDS", {
    zh: `OCDS 发布数据无法映射：${where}：${zh}`,
    en: `OCDS release cannot be mapped: ${where}: ${en}`,
    issues: [issue],
  });
}

/** True when an OCDS `Classification` carries what the model keeps (a scheme and an id). */
export function isMappableClassification(value: unknown): value is { scheme: string; id: string; description?: Json } {
  return isJsonObject(value) && typeof value.scheme === "string" && value.scheme !== "" && typeof value.id === "string" && value.id !== "";
}
