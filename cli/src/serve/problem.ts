import { GgzyError } from "ggzy-rules/model";
import type { GgzyIssue } from "ggzy-rules/model";

/** Codes the service adds to the library's GgzyError codes (transport, auth and limits). */
export type ServiceErrorCode =
  | "MALFORMED_JSON"
  | "JSON_TOO_DEEP"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "RATE_LIMITED"
  | "TIMEOUT"
  | "UNAVAILABLE"
  | "INTERNAL";

/** An RFC 9457 problem details object, with the library's code, both messages and the issue paths. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  message: { zh: string; en: string };
  issues: GgzyIssue[];
  details?: Record<string, unknown>;
}

/** A service-level error: what the error handler turns into a problem+json response. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServiceErrorCode,
    readonly zh: string,
    readonly en: string,
    readonly issues: GgzyIssue[] = [],
    readonly headers: Record<string, string> = {},
    /** Machine-readable facts about the problem, e.g. the line and column of a JSON syntax error. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(en);
    this.name = "ServiceError";
  }
}

/** HTTP status of a library error: unknown names are 404, everything else the caller sent is 422. */
export function statusOfGgzyError(e: GgzyError): number {
  switch (e.code) {
    case "UNKNOWN_SUBJECT":
    case "UNKNOWN_SCHEMA":
      return 404;
    case "IO_ERROR":
      return 500;
    default:
      return 422;
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** Builds a problem object. `type` is a URN naming the code, so clients can switch on it without fetching a page. */
export function problem(status: number, code: string, zh: string, en: string, issues: ReadonlyArray<GgzyIssue> = [], details?: Record<string, unknown>): Problem {
  return {
    type: `urn:ggzy:problem:${code}`,
    title: TITLES[status] ?? "Error",
    status,
    detail: en,
    code,
    message: { zh, en },
    issues: issues.map((i) => ({ path: [...i.path], message: i.message, ...(i.code !== undefined ? { code: i.code } : {}) })),
    ...(details !== undefined && Object.keys(details).length > 0 ? { details } : {}),
  };
}

/** The problem for a library error. */
export function problemOfGgzyError(e: GgzyError): Problem {
  return problem(statusOfGgzyError(e), e.code, e.zh, e.en, e.issues, { ...e.details });
}

/** The problem for a service error. */
export function problemOfServiceError(e: ServiceError): Problem {
  return problem(e.status, e.code, e.zh, e.en, e.issues, e.details);
}

/** The 415 problem of a route: it names the media types the route takes. */
export function unsupportedMediaType(accepts: readonly string[]): Problem {
  return problem(415, "UNSUPPORTED_MEDIA_TYPE", `不支持的内容类型（此接口接受 ${accepts.join("、")}）`, `Unsupported content type (this route takes ${accepts.join(", ")})`, [], { accepts: [...accepts] });
}

/**
 * Whatever was thrown, as a problem: never a stack trace, never the message of an unexpected error. `accepts`: the
 * media types the route's body may have, named by a 415.
 */
export function toProblem(e: unknown, accepts: readonly string[] = ["application/json"]): Problem {
  if (e instanceof GgzyError) return problemOfGgzyError(e);
  if (e instanceof ServiceError) return problemOfServiceError(e);
  const err = e as { statusCode?: number; code?: string; validation?: unknown };
  const status = typeof err.statusCode === "number" ? err.statusCode : 500;
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem(413, "PAYLOAD_TOO_LARGE", "请求体超过大小上限", "The request body is over the size limit");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      if (status === 415) return unsupportedMediaType(accepts);
      break;
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return problem(400, "MALFORMED_JSON", "请求体为空，应为 JSON", "The body is empty; JSON expected");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return problem(400, "MALFORMED_JSON", "请求体不是有效的 JSON", "The body is not valid JSON");
    default:
      break;
  }
  if (status === 415) return unsupportedMediaType(accepts);
  if (status === 413) return problem(413, "PAYLOAD_TOO_LARGE", "请求体超过大小上限", "The request body is over the size limit");
  if (status === 429) return problem(429, "RATE_LIMITED", "请求过于频繁，请稍后再试", "Too many requests; try again later");
  if (status >= 400 && status < 500) return problem(status, "BAD_REQUEST", "请求无效", "Bad request");
  return problem(500, "INTERNAL", "服务内部错误（已记录）", "Internal error (logged)");
}
