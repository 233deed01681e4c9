import Fastify, { LogController } from "fastify";
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from "fastify";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import rateLimit from "@fastify/rate-limit";
import { z } from "zod";
import pkg from "../../package.json";
import type { DecisionLog } from "../decisions/log";
import { authenticate, requireScope } from "./auth";
import type { ApiKey } from "./auth";
import { parseJsonText } from "./body";
import { DEFAULT_LIMITS, HEADER, SERVED_WHILE_CLOSING } from "./context";
import type { ServeContext, ServeLimits } from "./context";
import { ServiceMetrics } from "./metrics";
import { openApiTransform, openApiTransformObject } from "./openapi";
import { ServiceError, problem, toProblem } from "./problem";
import type { RuleSetHolder } from "./ruleset";
import { checkRoutes } from "./routes/check";
import { VALIDATED_IN_HANDLER } from "./schemas";
import { checkRequestPart } from "./validate";
import type { RequestPart } from "./validate";
import { drawRoutes } from "./routes/draws";
import { metaRoutes } from "./routes/meta";
import { riskRoutes } from "./routes/risk";
import { scoreRoutes } from "./routes/score";
import { isStreaming } from "./stream";

/** Everything `buildServer` needs; only the rule set is required. */
export interface ServerOptions {
  rules: RuleSetHolder;
  /** API keys (hashed); absent: no authentication (the command then binds to loopback only). */
  keys?: readonly ApiKey[];
  decisions?: DecisionLog;
  limits?: Partial<ServeLimits>;
  /** pino options, `false` for none (tests). */
  logger?: FastifyServerOptions["logger"];
  /** Prometheus default process metrics (off in tests). */
  processMetrics?: boolean;
  /**
   * Check every response body against its route's schema before sending it (tests). Off by default: the response
   * shapes are the service's own, and checking each one cost a tenth of a request's time (bench/serve).
   */
  validateResponses?: boolean;
  now?: () => Date;
  /** Check on a provisional calendar unless a request says `?provisionalCalendar=false` (default false). */
  provisionalCalendar?: boolean;
}

/** The service and what it shares with the command that runs it (for shutdown and reload). */
export interface Server {
  app: FastifyInstance;
  ctx: ServeContext;
  /** Set on shutdown: /readyz answers 503. */
  state: { closing: boolean };
}

/** The version of the tool, in every response. */
export const TOOL_VERSION: string = pkg.version;

/**
 * Builds the HTTP service (not listening): the /v1 API, its OpenAPI 3.1 document generated from the library's zod
 * schemas, the offline docs page, problem+json errors, keys and scopes, limits, metrics and decision records.
 */
export async function buildServer(options: ServerOptions): Promise<Server> {
  const limits: ServeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const ctx: ServeContext = {
    rules: options.rules,
    keys: options.keys,
    decisions: options.decisions,
    metrics: new ServiceMetrics(options.processMetrics === true),
    limits,
    toolVersion: TOOL_VERSION,
    now: options.now ?? (() => new Date()),
    provisionalCalendar: options.provisionalCalendar === true,
    streams: new Set(),
  };
  const state = { closing: false };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.requestTimeoutMs,
    // Fastify's own 503 while closing is a body of its own, not a problem, without the rule set's headers: the
    // onRequest hook answers those requests instead (state.closing is set before app.close()).
    return503OnClosing: false,
    forceCloseConnections: false,
    routerOptions: { ignoreTrailingSlash: true },
    logController: new RequestLines(),
    // A URL the router cannot take (a %-escape that is not UTF-8, a path parameter past its length limit) is refused
    // before any hook runs; Fastify's own answer is a body of its own. Answered here as a problem, with the headers.
    frameworkErrors: (error, req, res) => {
      const p = toProblem(error);
      const set = ctx.rules.current;
      (res as FastifyReply)
        .code(p.status)
        .header(HEADER.contentHash, set.contentHash)
        .header(HEADER.rulesetVersion, set.version)
        .header(HEADER.toolVersion, ctx.toolVersion)
        .type("application/problem+json; charset=utf-8")
        .send(JSON.stringify({ ...p, instance: req.url.split("?")[0] }));
    },
    clientErrorHandler: clientErrorHandler(ctx),
  });
  // Node swaps the two limits when headersTimeout (default 60 s) is above requestTimeout, which made a 30 s limit
  // 60 s; and it checks them every 30 s by default, which made it up to 90 s. Equal, and checked every second, the
  // limit is what --timeout-ms says (within a second).
  app.server.headersTimeout = limits.requestTimeoutMs;
  // (A property @types/node does not declare; Node reads it when the server starts listening.)
  (app.server as typeof app.server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(1000, limits.requestTimeoutMs);
  app.server.on("timeout", (socket: Socket) => onSocketIdle(ctx, app.log, socket));

  // Requests are checked by the zod schemas of the library; the handler gets the body as it was sent, so the
  // library parses the very input whose hash goes into the decision record. The parts of a request that a decision
  // route checks itself (VALIDATED_IN_HANDLER) pass here unchecked: refused there, they are recorded as decisions.
  app.setValidatorCompiler(({ schema, httpPart }) => (data: unknown) => {
    if (VALIDATED_IN_HANDLER.has(schema)) return { value: data };
    try {
      return { value: checkRequestPart(schema as z.ZodType, data, partOf(httpPart)) };
    } catch (e) {
      return { error: e as Error };
    }
  });
  app.setSerializerCompiler(options.validateResponses === true ? checkedSerializer : () => (data) => JSON.stringify(data));

  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "string", bodyLimit: limits.bodyLimit }, (_req, body, done) => {
    try {
      done(null, parseJsonText(body as string, limits.maxDepth));
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  app.decorateRequest("ruleSet", null as never);
  app.decorateRequest("apiKey", undefined);
  app.decorateRequest("decisionId", undefined);
  app.decorateRequest("streamed", undefined);
  // The hooks take a callback rather than being async: each async hook costs every request a promise.
  app.addHook("onRequest", (req, reply, done) => {
    req.ruleSet = ctx.rules.current;
    reply.header(HEADER.contentHash, req.ruleSet.contentHash);
    reply.header(HEADER.rulesetVersion, req.ruleSet.version);
    reply.header(HEADER.toolVersion, ctx.toolVersion);
    if (state.closing && !SERVED_WHILE_CLOSING.has(req.routeOptions.url ?? "")) {
      // A request that arrives on a kept-alive connection once shutdown has begun: no new work, and the client is
      // told to reconnect (to another instance).
      reply.header("connection", "close");
      done(new ServiceError(503, "UNAVAILABLE", "服务正在关闭，请稍后重试或改用其他实例", "The service is shutting down; retry later or on another instance"));
      return;
    }
    const scope = req.routeOptions.config.scope;
    if (ctx.keys !== undefined && scope !== undefined) {
      try {
        const key = authenticate(req.headers.authorization, ctx.keys);
        req.apiKey = key;
        if (scope !== null) requireScope(key, scope);
      } catch (e) {
        done(e as Error);
        return;
      }
    }
    done();
  });
  app.addHook("onSend", (req, reply, payload, done) => {
    if (req.decisionId === undefined) {
      done(null, payload);
      return;
    }
    reply.header(HEADER.decisionId, req.decisionId);
    // A decision is answered only once its line is in the log (written with the others of this turn).
    if (ctx.decisions === undefined) done(null, payload);
    else ctx.decisions.flushed().then(() => done(null, payload), done);
  });
  app.addHook("onResponse", (req, reply, done) => {
    const route = req.routeOptions.url ?? "unmatched";
    ctx.metrics.requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    ctx.metrics.latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    done();
  });

  // A shutdown does not wait for a streamed request to reach the end of its body (hours, for a multi-year batch):
  // one still running after a few seconds stops at its next record, its answer ending with a line that says so and
  // where to resume (stream.ts, SHUTDOWN_GRACE_MAX_MS).
  app.addHook("preClose", (done) => {
    for (const stream of ctx.streams) stream.shutdown();
    done();
  });

  app.setErrorHandler((err, req, reply) => {
    const p = toProblem(err, req.routeOptions.config.accepts);
    if (p.status >= 500 && p.code === "INTERNAL") req.log.error({ err, route: req.routeOptions.url }, "internal error");
    if (err instanceof ServiceError) for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
    reply
      .code(p.status)
      .type("application/problem+json; charset=utf-8")
      .send(JSON.stringify({ ...p, instance: req.url.split("?")[0] }));
  });
  // The methods each route answers, so that a known path asked with another method gets 405 and `Allow` (RFC 9110)
  // rather than a 404 that says the route does not exist.
  const routeMethods: Array<{ pattern: RegExp; methods: readonly string[] }> = [];
  app.addHook("onRoute", (route) => {
    routeMethods.push({ pattern: routePattern(route.url), methods: Array.isArray(route.method) ? route.method : [route.method as string] });
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0] ?? "";
    const allowed = [...new Set(routeMethods.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))].sort();
    const p =
      allowed.length > 0
        ? problem(405, "METHOD_NOT_ALLOWED", `${path} 不接受 ${req.method} 请求，可用：${allowed.join(", ")}`, `${path} does not take ${req.method}; it takes ${allowed.join(", ")}`, [], { allowed })
        : problem(404, "NOT_FOUND", `没有此接口：${req.method} ${path}`, `No such route: ${req.method} ${path}`);
    if (allowed.length > 0) reply.header("allow", allowed.join(", "));
    reply.code(p.status).type("application/problem+json; charset=utf-8").send(JSON.stringify({ ...p, instance: path }));
  });

  if (ctx.keys?.some((k) => k.perMinute !== undefined)) {
    await app.register(rateLimit, {
      global: true,
      timeWindow: 60_000,
      hook: "preHandler",
      keyGenerator: (req) => req.apiKey?.id ?? req.ip,
      max: (req) => req.apiKey?.perMinute ?? 1_000_000_000,
      allowList: (req) => req.apiKey?.perMinute === undefined,
      errorResponseBuilder: (_req, c) => {
        const p = problem(429, "RATE_LIMITED", `请求过于频繁：每分钟最多 ${c.max} 次`, `Too many requests: at most ${c.max} a minute`);
        return Object.assign(new ServiceError(429, "RATE_LIMITED", p.message.zh, p.message.en), { statusCode: 429 });
      },
    });
  }

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "ggzy-rules service",
        version: TOOL_VERSION,
        description:
          "公共资源交易规则校验、可验证随机抽取、信用评分与风险预警 / Public-resource trading rules, verifiable draws, credit scores and bid-rigging risk. " +
          "Errors are application/problem+json (RFC 9457). Every response carries the headers ggzy-ruleset-hash, ggzy-ruleset-version and ggzy-tool-version.",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: ctx.keys !== undefined ? [{ bearer: [] }] : [],
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs", uiConfig: { url: "/v1/openapi.json", validatorUrl: null } as never, staticCSP: true });
  app.get(
    "/v1/openapi.json",
    {
      schema: {
        operationId: "getOpenApi",
        tags: ["operations"],
        summary: "本文档 / this document (OpenAPI 3.1)",
        response: { 200: z.record(z.string(), z.unknown()).describe("the OpenAPI 3.1 document of this service") },
      },
    },
    async () => app.swagger(),
  );

  checkRoutes(app, ctx);
  drawRoutes(app, ctx);
  scoreRoutes(app, ctx);
  riskRoutes(app, ctx);
  metaRoutes(app, ctx, state);
  await app.ready();
  return { app, ctx, state };
}

/** The request part Fastify names (`querystring`…), as the service's issue paths name it (`query`). */
function partOf(httpPart: string | undefined): RequestPart {
  switch (httpPart) {
    case "querystring":
      return "query";
    case "params":
    case "headers":
      return httpPart;
    default:
      return "body";
  }
}

/**
 * Fastify's request log lines, one per request: "incoming request" at debug, and at completion the request (id,
 * method, path) with its status and time at info. Fastify's default logs both at info: two lines per request, each
 * a JSON serialisation and a synchronous write to stdout (bench/serve/profile.ts: about 13 µs a line).
 */
class RequestLines extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, "incoming request");
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const streamed = request.streamed;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, "request errored");
    else if (streamed === undefined) reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, "request completed");
    else if (streamed.stopped === undefined) reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime, records: streamed.records, complete: true }, "request completed");
    else {
      const stopped = { code: streamed.stopped.code, status: streamed.stopped.status };
      reply.log.warn({ req: request, res: reply, responseTime: reply.elapsedTime, records: streamed.records, lastLine: streamed.lastLine, complete: false, stopped }, "request stopped");
    }
  }
}

/** The problems of requests Node refuses before they reach a route: their status, code and messages. */
const CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, "TIMEOUT", "未在时间上限（--timeout-ms）内收到完整的请求", "The request was not received in full within the time limit (--timeout-ms)"],
  HPE_HEADER_OVERFLOW: [431, "HEADERS_TOO_LARGE", "请求头过大", "The request headers are too large"],
};
const BAD_REQUEST: [number, string, string, string] = [400, "BAD_REQUEST", "无法解析的 HTTP 请求", "The HTTP request could not be parsed"];
const IDLE: [number, string, string, string] = [408, "TIMEOUT", "请求未完整送达：连接空闲超过时间上限（--timeout-ms）", "The request did not arrive in full: the connection was idle past the time limit (--timeout-ms)"];

/**
 * Fastify's clientError handler, with two differences. Node's request timeout does not cut a streamed request (its
 * body arrives as fast as it is processed; the stream's own limits stop it, with a final line: stream.ts). And the
 * refusal is problem+json, written only if no response has started on the socket: Fastify's default writes its 408
 * into the middle of a response already streaming (a client then reads "HTTP/1.1 408" as a chunk size).
 */
function clientErrorHandler(ctx: ServeContext): (this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket) => void {
  return function (this: FastifyInstance, err, socket) {
    if (err.code === "ECONNRESET" || socket.destroyed) return;
    if (err.code === "ERR_HTTP_REQUEST_TIMEOUT" && isStreaming(socket)) return;
    const refusal = CLIENT_ERRORS[err.code ?? ""] ?? BAD_REQUEST;
    if (refusal[0] === 408) this.log.info({ res: { statusCode: 408 } }, "request timed out");
    else this.log.debug({ err }, "client error");
    refuseAndClose(ctx, socket, refusal);
    socket.destroy(err);
  };
}

/**
 * A socket idle for --timeout-ms (Node's socket timeout; Fastify's connectionTimeout). Node would destroy it without
 * a word; a request whose body stopped coming gets a 408 problem first, as one that came too slowly does. A streamed
 * request handles its own idle time (stream.ts); a keep-alive connection between requests just closes.
 */
function onSocketIdle(ctx: ServeContext, log: FastifyInstance["log"], socket: Socket): void {
  if (isStreaming(socket) || socket.destroyed) return;
  const res = responseInFlight(socket);
  if (res?.req?.complete === false && refuseAndClose(ctx, socket, IDLE)) log.info({ res: { statusCode: 408 } }, "request timed out");
  socket.destroy();
}

/** The response of the request in flight on a socket, if any: what Node's own clientError handler looks at too. */
function responseInFlight(socket: Socket): { headersSent?: boolean; req?: { complete: boolean } } | undefined {
  return (socket as Socket & { _httpMessage?: { headersSent?: boolean; req?: { complete: boolean } } | null })._httpMessage ?? undefined;
}

/** Writes a problem+json answer, with the headers every answer carries, if no response has started on the socket. */
function refuseAndClose(ctx: ServeContext, socket: Socket, [status, code, zh, en]: [number, string, string, string]): boolean {
  if (!socket.writable || responseInFlight(socket)?.headersSent === true) return false;
  const p = problem(status, code, zh, en);
  const body = JSON.stringify(p);
  const set = ctx.rules.current;
  const headers = [
    `HTTP/1.1 ${status} ${p.title}`,
    "Content-Type: application/problem+json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    `${HEADER.contentHash}: ${set.contentHash}`,
    `${HEADER.rulesetVersion}: ${set.version}`,
    `${HEADER.toolVersion}: ${ctx.toolVersion}`,
    "Connection: close",
  ];
  socket.write(`${headers.join("\r\n")}\r\n\r\n${body}`);
  return true;
}

/**
 * The serializer of the tests: the body must parse by the route's response schema, and parsing must not change it
 * (a field the schema does not know would be dropped by a schema-driven serializer but sent by JSON.stringify).
 */
function checkedSerializer({ schema, method, url }: { schema: unknown; method: string; url: string }): (data: unknown) => string {
  return (data) => {
    const r = (schema as z.ZodType).safeEncode(data);
    if (!r.success) throw new Error(`response of ${method} ${url} does not match its schema: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
    const extra = undeclared(JSON.parse(JSON.stringify(data)) as unknown, r.data);
    if (extra.length > 0) throw new Error(`response of ${method} ${url} has fields its schema does not declare: ${extra.slice(0, 5).join(", ")}`);
    return JSON.stringify(data);
  };
}

/** Paths of the object keys in `sent` that `declared` (the schema's encoding of it) lacks. */
function undeclared(sent: unknown, declared: unknown, path = "$"): string[] {
  if (sent === null || typeof sent !== "object" || declared === null || typeof declared !== "object") return [];
  const d = declared as Record<string, unknown>;
  return Object.entries(sent).flatMap(([k, v]) => (k in d ? undeclared(v, d[k], Array.isArray(sent) ? `${path}[${k}]` : `${path}.${k}`) : [`${path}.${k}`]));
}

/** A route's URL (`/v1/check/:subject`, `/docs/*`) as a pattern of the paths it answers. */
function routePattern(url: string): RegExp {
  const parts = url.split("/").map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${parts.join("/")}$`);
}
