import { z } from "zod";
import { GgzyError, firstIssueZh, formatPath, toGgzyIssues } from "ggzy-rules/model";

/** The parts of a request a schema checks, as issue paths name them (`query.asOf`; a body's fields have no prefix). */
export type RequestPart = "body" | "query" | "params" | "headers";

/**
 * Checks one part of a request against its schema and returns it as it was sent; otherwise throws
 * `GgzyError("INVALID_INPUT")` naming the first bad field, every issue's path prefixed with the part (`query`…).
 * The service's validator compiler and the routes that check their own query (so that a refusal is a decision)
 * both use it: the same input gets the same problem.
 */
export function checkRequestPart<T>(schema: z.core.$ZodType<T>, data: unknown, part: RequestPart): T {
  const r = z.safeParse(schema, data);
  if (r.success) return data as T;
  const prefix = part === "body" ? [] : [part];
  const issues = toGgzyIssues(r.error.issues).map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  const where = issues[0] ? formatPath(issues[0].path) : "(root)";
  // Fastify's query, params and headers objects are not plain objects (their prototype is its own): a plain copy.
  const plain = part === "body" || data === null || typeof data !== "object" ? data : { ...data };
  throw new GgzyError("INVALID_INPUT", {
    zh: `请求数据无效：字段 ${where}：${firstIssueZh(schema, plain) ?? issues[0]?.message ?? "格式错误"}`,
    en: `Invalid request: field ${where}: ${issues[0]?.message ?? "malformed"}`,
    issues,
  });
}
