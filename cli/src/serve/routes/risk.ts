import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { RiskAnalyzer, parseRiskSettings } from "ggzy-rules/scoring";
import type { RiskSettings } from "ggzy-rules/scoring";
import type { z } from "zod";
import { bytesHash, splitLines } from "../body";
import { JSON_LINES_TYPES } from "../context";
import type { ServeContext } from "../context";
import { decide, refused } from "../decide";
import { ServiceError, unsupportedMediaType } from "../problem";
import { RiskBodySchema, RiskQuerySchema, RiskResponseSchema, jsonLinesContent, problemResponses } from "../schemas";
import { checkRequestPart } from "../validate";
import { ClientClosed, StreamStopped, StreamedRequest } from "../stream";

/**
 * This route's own errors (503: the analysis stopped by the shutdown; its 408s, the body idle or past --stream-max-ms,
 * are in every route's list); what every route may answer is added to the document by serve/openapi.ts.
 */
const ERRORS = problemResponses(422, 503);

/**
 * `POST /v1/risk`: OCDS compiled releases as JSON Lines, streamed into the analyzer line by line (the body is never
 * held whole); settings as JSON in the `settings` query parameter. The decision record keeps the SHA-256 of the
 * body's bytes, never the releases.
 */
export function riskRoutes(app: FastifyInstance, ctx: ServeContext): void {
  app.register(async (scope) => {
    scope.addContentTypeParser([...JSON_LINES_TYPES], (_req, payload, done) => done(null, payload));
    // Only JSON Lines: a JSON body is refused (415) before it is read, not parsed whole to be refused after.
    scope.removeContentTypeParser("application/json");
    scope.post(
      "/v1/risk",
      {
        config: { scope: "risk", accepts: ["application/x-ndjson"] },
        schema: {
          operationId: "analyseRisk",
          tags: ["risk"],
          summary: "围标串标风险指标（OCDS JSON Lines）/ bid-rigging risk indicators over OCDS JSON Lines",
          description: "Body: application/x-ndjson, one OCDS compiled release per line. A bad line is skipped and reported in summary.problems.",
          querystring: RiskQuerySchema,
          body: { content: jsonLinesContent(RiskBodySchema) },
          response: { 200: RiskResponseSchema, ...ERRORS },
        },
      },
      async (req, reply) => {
        if (!(req.body instanceof Readable)) {
          const p = unsupportedMediaType(["application/x-ndjson"]);
          throw new ServiceError(415, "UNSUPPORTED_MEDIA_TYPE", p.message.zh, p.message.en, [], {}, p.details);
        }
        const stream = new StreamedRequest(ctx, req, reply);
        const body = stream.body(req.body);
        const query = { ...(req.query as Record<string, unknown>) };
        let q: z.infer<typeof RiskQuerySchema>;
        let settings: RiskSettings | undefined;
        let analyzer: RiskAnalyzer;
        try {
          q = checkRequestPart(RiskQuerySchema, req.query, "query");
          if (q.settings !== undefined) settings = parseRiskSettings(q.settings, "json");
          analyzer = new RiskAnalyzer({ ...(settings ? { settings } : {}), ...(q.asOf !== undefined ? { asOf: q.asOf } : {}), maps: q.maps === "true" });
        } catch (e) {
          // Refused before the analysis: the record keeps the hash of the body's bytes, as an analysed call's does.
          const inputHash = await stopped(stream, () => bytesHash(body));
          throw refused(ctx, req, e, { endpoint: "POST /v1/risk", subject: "risk", input: undefined, inputHash, options: query, loggable: false });
        }
        const hash = createHash("sha256");
        // The indicators need every process: a stopped analysis answers its problem, never a part of the result.
        await stopped(stream, async () => {
          for await (const line of splitLines(body, ctx.limits.bodyLimit, (c) => hash.update(c))) {
            if (stream.stopped !== undefined) throw new StreamStopped(stream.stopped);
            // An over-long line reaches the analyzer as an empty object, so it is reported under its line number.
            analyzer.addLine(line ?? "{}");
            stream.progress.records++;
            stream.progress.lastLine++;
          }
        });
        stream.end();
        const result = analyzer.finish();
        const signals = Object.keys(result.summary.hitsBySignal).sort();
        const decisionId = decide(ctx, req, {
          endpoint: "POST /v1/risk",
          subject: "risk",
          input: undefined,
          inputHash: hash.digest("hex"),
          verdict: result.processes.length > 0 || result.organisations.length > 0 ? "flagged" : "clear",
          findings: signals,
          options: { ...(settings ? { settings: q.settings } : {}), asOf: result.summary.asOf },
          loggable: false,
        });
        return { summary: result.summary, processes: result.processes, organisations: result.organisations, decisionId, contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
      },
    );
  });
}

/**
 * Runs `read` (which reads the body). If a limit or the shutdown stopped the request meanwhile, the answer is the
 * stop's problem, with the number of lines read; the stop is recorded for the request log line.
 */
async function stopped<T>(stream: StreamedRequest, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ClientClosed) throw new ServiceError(400, "CLIENT_CLOSED", "客户端在请求体结束前关闭了连接", "The client closed the connection before the end of the body");
    const p = e instanceof StreamStopped ? e.problem : stream.stopped;
    if (p === undefined) throw e;
    stream.end();
    const lines = stream.progress.lastLine;
    throw new ServiceError(
      p.status,
      p.code as ServiceError["code"],
      `${p.message.zh}；风险指标需要全部数据，未作计算（已读 ${lines} 行）`,
      `${p.message.en}; the indicators need every release and were not computed (${lines} lines read)`,
      [],
      {},
      { ...p.details, linesRead: lines },
    );
  }
}
