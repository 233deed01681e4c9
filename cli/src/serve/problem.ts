import { GgzyError } from "ggzy-rules/model";
import type { GgzyIssue } from "ggzy-rules/model";

/** Codes the service adds to the library's GgzyError codes (transport, auth and limits). */
export type ServiceErrorCode =
  | "MALFORMED_JSON"
  | "MALFORMED_URL"
  | "URI_TOO_LONG"
  | "JSON_TOO_DEEP"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "RATE_LIMITED"
  | "TIMEOUT"
  | "IDLE_TIMEOUT"
  | "CLIENT_CLOSED"
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
  405: "Method Not Allowed",
  408: "Request Timeout",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
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
  if (e.code === "CALENDAR_YEAR_NOT_COVERED") return calendarProblem(e);
  return problem(statusOfGgzyError(e), e.code, e.zh, e.en, e.issues, { ...e.details });
}

/**
 * A year the calendar does not cover, said for an HTTP caller: the library's message tells a programmer how to add
 * the year or count on a provisional calendar (createCalendar options), which a caller of the service cannot do.
 */
function calendarProblem(e: GgzyError): Problem {
  const year = String(e.details["year"]);
  const name = String(e.details["calendar"]);
  const covered = Array.isArray(e.details["covered"]) ? (e.details["covered"] as unknown[]).filter((y): y is number => typeof y === "number") : [];
  const range = yearRanges(covered);
  // A year past the last covered usually has no published notice yet: the query option that counts on statutory holidays.
  const future = e.details["provisional"] === true;
  return problem(
    statusOfGgzyError(e),
    e.code,
    `服务的工作日历“${name}”未收录 ${year} 年的节假日安排（已收录：${range}），无法按工作日计算该年的期限：请使用已收录年份内的日期和 asOf，或请服务的运营方换用收录了 ${year} 年安排的 ggzy 版本` +
      (future ? `；也可加查询参数 provisionalCalendar=true，按法定节日暂定计算（相关发现标为暂定）` : ""),
    `The service's working-day calendar "${name}" has no holiday arrangement for ${year} (covered: ${range}), so working-day periods cannot be counted in that year: use dates and an asOf within the covered years, or ask the service's operator for a version of ggzy that covers ${year}` +
      (future ? `; or add the query parameter provisionalCalendar=true to count on statutory holidays (findings that rest on them are marked provisional)` : ""),
    e.issues,
    { ...e.details },
  );
}

/** Years as runs: 2004–2026, 2030. */
function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.length > 0 ? runs.join(", ") : "none";
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
    case "FST_ERR_BAD_URL":
      return problem(400, "MALFORMED_URL", "请求地址无效：含有不能按 UTF-8 解码的 % 转义", "The URL is not valid: a %-escape that does not decode as UTF-8");
    case "FST_ERR_MAX_PARAM_LENGTH":
      return problem(414, "URI_TOO_LONG", "请求地址中的参数过长", "A parameter in the URL path is too long");
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
