import { Readable } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { GgzyError } from "ggzy-rules/model";
import { RECORD_KINDS, detectRecordKind } from "ggzy-rules/rules";
import type { Report } from "ggzy-rules/rules";
import { checkVerdict, reportDigest, runCheck } from "../../decisions/operations";
import { kindOfSubject, nameHint, unknownName } from "../../names";
import type { CheckOptions } from "../../decisions/operations";
import { bytesHash, parseJsonText, readBodyLines } from "../body";
import { JSON_LINES_TYPES } from "../context";
import { serviceToday } from "../context";
import type { ServeContext } from "../context";
import { decide, refused } from "../decide";
import { ServiceError, problem, toProblem } from "../problem";
import type { Problem } from "../problem";
import { ClientClosed, StreamStopped, StreamedRequest, internalProblem } from "../stream";
import type { StreamOutcome } from "../stream";
import { AnyRecordSchema, BatchBodySchemas, BatchLineSchema, BatchQuerySchema, CHECK_SCHEMAS, CheckQuerySchema, CheckResponseSchema, jsonLinesContent, operationId, problemResponses } from "../schemas";
import { checkRequestPart } from "../validate";
import { SUBJECT_NAMES, recordKindOf } from "../../subjects";

/** This route's own errors; what every route may answer is added to the document by serve/openapi.ts. */
const ERRORS = problemResponses(404, 422);

/**
 * The check options of a query. Pending acts are judged on the query's asOf, else on today in Asia/Shanghai by the
 * service's clock (as `ggzy check` and the score endpoints do): the day used is recorded in the decision (so replay
 * judges on it) and echoed in the answer's `asOf`.
 */
function checkOptions(ctx: ServeContext, q: z.infer<typeof CheckQuerySchema>): CheckOptions & { asOf: string } {
  return {
    asOf: q.asOf ?? serviceToday(ctx),
    ...((q.provisionalCalendar ?? (ctx.provisionalCalendar ? "true" : "false")) === "true" ? { provisionalCalendar: true } : {}),
    ...(q.explain !== undefined ? { explain: q.explain } : {}),
    ...(q.locale !== undefined ? { locale: q.locale } : {}),
  };
}

/** The query as it was sent, for the record of a refused request (replay hands it to the library, which refuses it too). */
function queryOf(req: FastifyRequest): Record<string, unknown> {
  return { ...(req.query as Record<string, unknown>) };
}

/** The check options of the query; a bad query refuses the record, and the refusal is recorded as its decision. */
function queryOptions(ctx: ServeContext, req: FastifyRequest, endpoint: string, subject: string | undefined): CheckOptions & { asOf: string } {
  try {
    return checkOptions(ctx, checkRequestPart(CheckQuerySchema, req.query, "query"));
  } catch (e) {
    const kind = subject ?? detectRecordKind(req.body) ?? "unknown";
    throw refused(ctx, req, e, { endpoint, subject: kind, input: req.body, options: { ...queryOf(req), ...(subject === undefined ? { detected: true } : {}) } });
  }
}

/** Checks one record and records the decision; a refused record is recorded too (verdict `rejected`) and rethrown. */
function checkOne(ctx: ServeContext, req: FastifyRequest, endpoint: string, subject: string | undefined, input: unknown, options: CheckOptions): { report: Report; decisionId: string } {
  const kind = subject ?? detectRecordKind(input) ?? "unknown";
  let report: Report;
  try {
    report = runCheck(subject, input, options, req.ruleSet);
  } catch (e) {
    throw refused(ctx, req, e, { endpoint, subject: kind, input, options: { ...options, ...(subject === undefined ? { detected: true } : {}) } });
  }
  const findings = report.findings.map((f) => f.ruleId);
  const decisionId = decide(ctx, req, {
    endpoint,
    subject: kind,
    input,
    verdict: checkVerdict(report),
    findings,
    ...(ctx.decisions !== undefined ? { outputHash: reportDigest(report) } : {}),
    options: { ...options, ...(subject === undefined ? { detected: true } : {}) },
  });
  return { report, decisionId };
}

function respond(ctx: ServeContext, req: FastifyRequest, report: Report, decisionId: string, asOf: string) {
  return { ...report, asOf, decisionId, contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
}

/** `POST /v1/check/{subject}` (one route per subject, each with its schema), `POST /v1/check`, `POST /v1/check/batch`. */
export function checkRoutes(app: FastifyInstance, ctx: ServeContext): void {
  for (const subject of RECORD_KINDS) {
    app.post(
      `/v1/check/${subject}`,
      {
        config: { scope: "check" },
        schema: {
          operationId: operationId("check", subject),
          tags: ["check"],
          summary: `校验 ${subject} 记录 / check a ${subject} record`,
          body: CHECK_SCHEMAS[subject],
          querystring: CheckQuerySchema,
          response: { 200: CheckResponseSchema, ...ERRORS },
        },
      },
      async (req) => {
        const endpoint = `POST /v1/check/${subject}`;
        const options = queryOptions(ctx, req, endpoint, subject);
        const { report, decisionId } = checkOne(ctx, req, endpoint, subject, req.body, options);
        return respond(ctx, req, report, decisionId, options.asOf);
      },
    );
  }

  app.post(
    "/v1/check",
    {
      config: { scope: "check" },
      schema: {
        operationId: "checkRecord",
        tags: ["check"],
        summary: "校验记录，自动识别类型 / check a record, its kind detected from its top-level keys",
        body: AnyRecordSchema,
        querystring: CheckQuerySchema,
        response: { 200: CheckResponseSchema, ...ERRORS },
      },
    },
    async (req) => {
      const options = queryOptions(ctx, req, "POST /v1/check", undefined);
      const { report, decisionId } = checkOne(ctx, req, "POST /v1/check", undefined, req.body, options);
      return respond(ctx, req, report, decisionId, options.asOf);
    },
  );

  app.post(
    "/v1/check/:subject",
    { config: { scope: "check" }, schema: { hide: true } },
    async (req) => {
      const subject = (req.params as { subject: string }).subject;
      throw unknownName({
        what: { zh: "未知的记录类型", en: "Unknown record kind" },
        given: subject,
        known: RECORD_KINDS,
        note: kindOfSubject(subject, RECORD_KINDS),
        details: { kind: subject },
      });
    },
  );

  app.register(async (scope) => {
    // JSON Lines bodies reach the handler as the raw stream: records are checked as they arrive.
    scope.addContentTypeParser([...JSON_LINES_TYPES], (_req, payload, done) => done(null, payload));
    // A JSON array of records is taken too; JSON Lines sent as application/json get a problem that says so.
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "string", bodyLimit: ctx.limits.bodyLimit }, (_req, body, done) => {
      try {
        done(null, parseJsonText(body as string, ctx.limits.maxDepth));
      } catch (e) {
        done(withJsonLinesHint(e, body as string) as Error, undefined);
      }
    });
    scope.post(
      "/v1/check/batch",
      {
        config: { scope: "check", accepts: ["application/x-ndjson", "application/json"] },
        schema: {
          operationId: "checkBatch",
          tags: ["check"],
          summary: "批量校验（JSON Lines 输入，逐行流式输出）/ check JSON Lines: one result line per record, streamed",
          description:
            "Body: application/x-ndjson, one record per line (or application/json: an array of records). Response: application/x-ndjson, " +
            "one line per record in order: `{ line, decisionId, contentHash, ...report }` or `{ line, problem }` for a bad line; the rest are still checked. " +
            "The last line is always `{ summary: { complete, records, checked, ok, withFindings, rejected, findings, lastLine, … } }`, the only line without `line`: " +
            "`complete: true` when every line was answered. A batch is not limited in total time; it is stopped when the connection is idle for the service's " +
            "--timeout-ms while the body is still coming (IDLE_TIMEOUT), past --stream-max-ms if the operator set one (TIMEOUT), or at shutdown (UNAVAILABLE): " +
            "then `complete: false`, `stopped` is the problem (type, title, status, detail, code) and `resumeFromLine` the line to send again from, and the " +
            'connection is closed cleanly after that line. Example: `{"summary":{"complete":false,"records":23933,…,"lastLine":23933,"resumeFromLine":23934,' +
            '"stopped":{"type":"urn:ggzy:problem:IDLE_TIMEOUT","title":"Request Timeout","status":408,"code":"IDLE_TIMEOUT",…}}}`. ' +
            "An answer that does not end with a summary line was cut: count it as stopped after its last line. " +
            "`?subject=` takes a record kind or the subject its reports name (`spotCheckQuarter` for spotCheck, `expertAdmission` for expert).",
          querystring: BatchQuerySchema,
          body: { content: { ...jsonLinesContent(BatchBodySchemas["application/x-ndjson"]), "application/json": { schema: BatchBodySchemas["application/json"] } } },
          response: { 200: { description: "one result line per record, streamed", content: { "application/x-ndjson": { schema: BatchLineSchema } } }, ...ERRORS },
        },
      },
      async (req, reply) => {
        const stream = new StreamedRequest(ctx, req, reply);
        const body = req.body instanceof Readable ? stream.body(req.body) : req.body;
        let q: z.infer<typeof BatchQuerySchema>;
        try {
          q = batchQuery(req.query);
        } catch (e) {
          // The whole call is refused before any line is checked: one decision, the body's hash but not the body.
          const input = body instanceof Readable ? { input: undefined, inputHash: await bytesHash(body) } : { input: body };
          throw refused(ctx, req, e, { endpoint: "POST /v1/check/batch", subject: "batch", ...input, options: queryOf(req), loggable: false });
        }
        const options = checkOptions(ctx, q);
        const kind = q.subject !== undefined ? recordKindOf(q.subject) : undefined;
        const lines: AsyncIterable<{ line: number; value?: unknown; problem?: Problem }> = body instanceof Readable ? parsedLines(body, ctx) : arrayLines(body);
        const tally = new BatchTally();
        const out = async function* (): AsyncGenerator<string> {
          try {
            for await (const l of lines) {
              // A stop (shutdown, --stream-max-ms) takes effect at the next record, even while lines keep coming.
              if (stream.stopped !== undefined) break;
              let answer: string;
              if (l.problem !== undefined) {
                answer = JSON.stringify({ line: l.line, problem: l.problem });
                tally.rejected++;
              } else {
                try {
                  const { report, decisionId } = checkOne(ctx, req, "POST /v1/check/batch", kind, l.value, options);
                  await ctx.decisions?.flushed();
                  answer = JSON.stringify({ line: l.line, ...respond(ctx, req, report, decisionId, options.asOf) });
                  tally.checked(report);
                } catch (e) {
                  answer = JSON.stringify({ line: l.line, problem: lineProblem(e, l.line) });
                  tally.rejected++;
                }
              }
              stream.progress.records++;
              stream.progress.lastLine = l.line;
              yield `${answer}\n`;
            }
          } catch (e) {
            // The body's read ends with StreamStopped when a limit stops it; anything else is a fault of the service,
            // which stops the batch too: the client still gets the final line, with where to resume.
            if (e instanceof ClientClosed) return; // nobody to answer; logged as aborted (stream.ts)
            if (!(e instanceof StreamStopped)) {
              req.log.error({ err: e, route: "/v1/check/batch" }, "internal error");
              stream.stop(internalProblem());
            }
          }
          const end = stream.end();
          yield `${JSON.stringify({ summary: tally.summary(end, ctx, req) })}\n`;
        };
        reply.type("application/x-ndjson; charset=utf-8");
        return reply.send(Readable.from(out()));
      },
    );
  });
}

/**
 * The batch's query. `subject` takes a record kind or the subject its reports name (SUBJECT_NAMES); any other name is
 * refused (422, as every bad query option) with the name meant when it can tell, and every accepted name.
 */
function batchQuery(query: unknown): z.infer<typeof BatchQuerySchema> {
  const given = (query as Record<string, unknown>)["subject"];
  if (typeof given === "string" && recordKindOf(given) === undefined) {
    const hint = nameHint(given, SUBJECT_NAMES);
    const some = hint.suggestions.length > 0;
    const zh = `未知的记录类型 ${given}，${hint.zh}可选：${SUBJECT_NAMES.join("、")}`;
    const en = `unknown record kind ${given}; ${some ? `${hint.en} One of: ` : "one of: "}${SUBJECT_NAMES.join(", ")}`;
    throw new GgzyError("INVALID_INPUT", {
      zh: `请求数据无效：字段 query.subject：${zh}`,
      en: `Invalid request: field query.subject: ${en}`,
      issues: [{ path: ["query", "subject"], message: en, code: "invalid_value" }],
      details: { known: [...SUBJECT_NAMES], ...(some ? { didYouMean: hint.suggestions } : {}) },
    });
  }
  return checkRequestPart(BatchQuerySchema, query, "query");
}

/**
 * A JSON body that does not parse but whose first line does is most likely JSON Lines sent as application/json:
 * the problem says which content type to send it with.
 */
function withJsonLinesHint(e: unknown, text: string): unknown {
  if (!(e instanceof ServiceError) || e.code !== "MALFORMED_JSON" || !(Number(e.details["line"]) > 1)) return e;
  const first = text.slice(0, text.indexOf("\n"));
  try {
    JSON.parse(first);
  } catch {
    return e;
  }
  return new ServiceError(
    e.status,
    e.code,
    `${e.zh}；看起来是 JSON Lines（每行一条记录）：请以 content-type: application/x-ndjson 发送`,
    `${e.en}; this looks like JSON Lines (one record per line): send it with content-type: application/x-ndjson`,
    e.issues,
    e.headers,
    { ...e.details, hint: "application/x-ndjson" },
  );
}

/** The counts of a batch's final line. */
class BatchTally {
  checkedCount = 0;
  ok = 0;
  withFindings = 0;
  rejected = 0;
  readonly findings = { error: 0, warning: 0, info: 0 };

  checked(report: Report): void {
    this.checkedCount++;
    if (report.ok) this.ok++;
    if (report.findings.length > 0) this.withFindings++;
    for (const f of report.findings) this.findings[f.severity]++;
  }

  /**
   * The batch's final line: `complete` true when every line of the body was answered; otherwise `stopped` (the
   * problem that stopped it) and `resumeFromLine`, the body's line to send again from.
   */
  summary(end: StreamOutcome, ctx: ServeContext, req: FastifyRequest): BatchSummary {
    return {
      complete: end.complete,
      records: end.records,
      checked: this.checkedCount,
      ok: this.ok,
      withFindings: this.withFindings,
      rejected: this.rejected,
      findings: { ...this.findings },
      lastLine: end.lastLine,
      ...(end.stopped !== undefined ? { resumeFromLine: end.lastLine + 1, stopped: resumable(end.stopped, end.lastLine) } : {}),
      contentHash: req.ruleSet.contentHash,
      toolVersion: ctx.toolVersion,
    };
  }
}

/** The problem that stopped a batch, with what was answered and where to resume, in words. */
function resumable(p: Problem, lastLine: number): Problem {
  const zh = lastLine > 0 ? `${p.message.zh}；第 ${lastLine} 行及之前的行已在前文答复，请从第 ${lastLine + 1} 行起重新发送` : `${p.message.zh}；没有答复任何行，请重新发送`;
  const en = lastLine > 0 ? `${p.message.en}; the lines up to ${lastLine} were answered above: send the body again from line ${lastLine + 1}` : `${p.message.en}; no line was answered: send the body again`;
  return { ...p, detail: en, message: { zh, en }, instance: "/v1/check/batch" };
}

/** The batch's final line (its schema: BatchSummarySchema). */
interface BatchSummary {
  complete: boolean;
  records: number;
  checked: number;
  ok: number;
  withFindings: number;
  rejected: number;
  findings: { error: number; warning: number; info: number };
  lastLine: number;
  resumeFromLine?: number;
  stopped?: Problem;
  contentHash: string;
  toolVersion: string;
}

function lineProblem(e: unknown, line: number): Problem {
  const p = toProblem(e);
  return { ...p, message: { zh: `第 ${line} 行：${p.message.zh}`, en: `Line ${line}: ${p.message.en}` }, detail: `Line ${line}: ${p.detail}` };
}

async function* parsedLines(stream: Readable, ctx: ServeContext): AsyncGenerator<{ line: number; value?: unknown; problem?: Problem }> {
  for await (const l of readBodyLines(stream, ctx.limits.bodyLimit)) {
    if ("error" in l) {
      yield {
        line: l.line,
        problem:
          l.error === "TOO_LONG"
            ? problem(413, "PAYLOAD_TOO_LARGE", `第 ${l.line} 行超过 ${ctx.limits.bodyLimit} 字节`, `Line ${l.line} is longer than ${ctx.limits.bodyLimit} bytes`)
            : problem(400, "MALFORMED_JSON", `第 ${l.line} 行不是有效的 UTF-8`, `Line ${l.line} is not valid UTF-8`),
      };
      continue;
    }
    try {
      yield { line: l.line, value: parseJsonText(l.text, ctx.limits.maxDepth) };
    } catch (e) {
      yield { line: l.line, problem: lineProblem(e, l.line) };
    }
  }
}

async function* arrayLines(body: unknown): AsyncGenerator<{ line: number; value?: unknown; problem?: Problem }> {
  const records = Array.isArray(body) ? body : [body];
  for (let i = 0; i < records.length; i++) yield { line: i + 1, value: records[i] };
}

