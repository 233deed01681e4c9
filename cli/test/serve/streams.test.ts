import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { DecisionLog } from "../../src/decisions/log";
import type { Server, ServerOptions } from "../../src/serve/app";
import { loggerOptions } from "../../src/serve/logging";
import { fixture, server, tempDir } from "./helpers";

/*
 * Streamed requests over a real connection: what cuts one (or does not) is in Node's HTTP server and the socket, which
 * Fastify's inject does not go through. Limits are small so that the tests run in a few seconds.
 */

const complaint = JSON.stringify(JSON.parse(fixture("examples/records/complaint.json")));
const release = JSON.stringify({ ocid: "ocds-x-1", id: "r1", date: "2024-01-01T00:00:00Z", tag: ["tender"], tender: { id: "T1" } });

let running: Server | undefined;
afterEach(async () => {
  await running?.app.close();
  running = undefined;
});

/** The service listening on a free loopback port, its request log lines collected. */
async function listening(options: Partial<ServerOptions>): Promise<{ s: Server; port: number; logs: Array<Record<string, unknown>> }> {
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString("utf8").split("\n")) if (l !== "") logs.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const s = await server({ logger: loggerOptions("info", sink), ...options });
  running = s;
  await s.app.listen({ port: 0, host: "127.0.0.1" });
  return { s, port: (s.app.server.address() as AddressInfo).port, logs };
}

/** What a client got: status, body, whether the answer ended (or how it failed), when the connection closed. */
interface Answer {
  status: number;
  type: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  ended: boolean;
  error: string | undefined;
  ms: number;
}

/** A POST whose body the test writes as it likes; the answer settles when the connection has closed. */
function open(port: number, path: string, headers: Record<string, string> = { "content-type": "application/x-ndjson" }): { req: http.ClientRequest; answer: Promise<Answer> } {
  const t0 = Date.now();
  const req = http.request({ port, host: "127.0.0.1", method: "POST", path, headers, agent: false });
  const answer = new Promise<Answer>((resolve) => {
    const a: Answer = { status: 0, type: "", headers: {}, body: "", ended: false, error: undefined, ms: 0 };
    const fail = (e: Error): void => {
      a.error ??= e.message;
    };
    req.on("error", (e) => {
      // A write after the answer's end may fail once the service has closed its side: the answer is what counts.
      if (!a.ended) fail(e);
    });
    req.on("response", (res) => {
      a.status = res.statusCode ?? 0;
      a.type = String(res.headers["content-type"]);
      a.headers = res.headers;
      res.setEncoding("utf8");
      res.on("data", (c: string) => (a.body += c));
      res.on("end", () => (a.ended = true));
      res.on("aborted", () => fail(new Error("aborted")));
      res.on("error", fail);
    });
    req.on("close", () => {
      a.ms = Date.now() - t0;
      resolve(a);
    });
  });
  return { req, answer };
}

/** Writes `count` lines, `perTick` every `everyMs`, then ends the body (or leaves it open). */
function send(req: http.ClientRequest, line: string, count: number, perTick: number, everyMs: number, end = true): void {
  let sent = 0;
  const timer = setInterval(() => {
    if (req.destroyed || req.writableEnded) {
      clearInterval(timer);
      return;
    }
    for (let k = 0; k < perTick && sent < count; k++, sent++) req.write(`${line}\n`);
    if (sent >= count) {
      clearInterval(timer);
      if (end) req.end();
    }
  }, everyMs);
}

type Line = { line?: number; problem?: { code: string }; summary?: Summary };
type Summary = {
  complete: boolean;
  records: number;
  checked: number;
  ok: number;
  withFindings: number;
  rejected: number;
  lastLine: number;
  resumeFromLine?: number;
  stopped?: { type: string; title: string; status: number; detail: string; code: string; message: { zh: string; en: string } };
};

function linesOf(a: Answer): Line[] {
  return a.body
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Line);
}

/** The final line, after checking that it is the only one without `line` and that the result lines are 1…records. */
function summaryOf(a: Answer): Summary {
  const lines = linesOf(a);
  const last = lines[lines.length - 1];
  expect(last?.summary, "the answer ends with the summary line").toBeDefined();
  expect(lines.slice(0, -1).every((l) => typeof l.line === "number" && l.summary === undefined)).toBe(true);
  expect(lines.slice(0, -1).map((l) => l.line)).toEqual(Array.from({ length: lines.length - 1 }, (_, i) => i + 1));
  expect(last!.summary!.records).toBe(lines.length - 1);
  return last!.summary!;
}

describe("POST /v1/check/batch over a real connection", () => {
  it("a batch whose body flows for three times --timeout-ms is answered to its end, with the summary line and its request log line", async () => {
    const { port, logs } = await listening({ limits: { requestTimeoutMs: 800 } });
    const { req, answer } = open(port, "/v1/check/batch?asOf=2024-12-31");
    send(req, complaint, 240, 5, 50);
    const a = await answer;
    expect(a.error).toBeUndefined();
    expect(a.ended).toBe(true);
    expect(a.ms).toBeGreaterThan(2000);
    const summary = summaryOf(a);
    expect(summary).toMatchObject({ complete: true, records: 240, checked: 240, rejected: 0, lastLine: 240 });
    expect(summary.ok + (summary.checked - summary.ok)).toBe(240);
    expect(summary.stopped).toBeUndefined();
    const line = logs.find((l) => l["msg"] === "request completed");
    expect(line).toMatchObject({ level: 30, req: { method: "POST", path: "/v1/check/batch" }, res: { statusCode: 200 }, records: 240, complete: true });
  });

  it("a client that stops sending is stopped after --timeout-ms idle: the last line says why, how many were answered and where to resume; the answer ends cleanly", async () => {
    const file = join(tempDir(), "decisions.jsonl");
    const decisions = new DecisionLog({ file });
    const { port, logs } = await listening({ limits: { requestTimeoutMs: 500 }, decisions });
    const { req, answer } = open(port, "/v1/check/batch?asOf=2024-12-31");
    send(req, complaint, 30, 10, 20, false); // 30 lines, then nothing: the body never ends
    const a = await answer;
    expect(a.error).toBeUndefined(); // no reset: the answer ended and the connection closed
    expect(a.ended).toBe(true);
    expect(a.status).toBe(200);
    const summary = summaryOf(a);
    expect(summary).toMatchObject({ complete: false, records: 30, lastLine: 30, resumeFromLine: 31 });
    expect(summary.stopped).toMatchObject({ type: "urn:ggzy:problem:IDLE_TIMEOUT", title: "Request Timeout", status: 408, code: "IDLE_TIMEOUT" });
    expect(summary.stopped?.detail).toMatch(/idle for 500 ms.*send the body again from line 31$/);
    expect(summary.stopped?.message.zh).toContain("第 31 行");
    // Every record answered is a decision, as before; the stop is in the request log.
    decisions.close();
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(30);
    const line = logs.find((l) => l["msg"] === "request stopped");
    expect(line).toMatchObject({ level: 40, req: { path: "/v1/check/batch" }, res: { statusCode: 200 }, records: 30, lastLine: 30, complete: false, stopped: { code: "IDLE_TIMEOUT", status: 408 } });
  });

  it("--stream-max-ms stops a batch whose client is still sending: TIMEOUT in the last line, the answer intact, counted in the metrics", async () => {
    const { s, port } = await listening({ limits: { requestTimeoutMs: 2000, streamMaxMs: 600 } });
    const { req, answer } = open(port, "/v1/check/batch");
    send(req, complaint, 3000, 10, 20);
    const a = await answer;
    expect(a.error).toBeUndefined();
    expect(a.ended).toBe(true);
    const summary = summaryOf(a);
    expect(summary.complete).toBe(false);
    expect(summary.records).toBeGreaterThan(0);
    expect(summary.records).toBeLessThan(3000);
    expect(summary.resumeFromLine).toBe(summary.lastLine + 1);
    expect(summary.stopped).toMatchObject({ status: 408, code: "TIMEOUT" });
    const metrics = await s.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.body).toMatch(/ggzy_streams_stopped_total\{route="\/v1\/check\/batch",reason="TIMEOUT"\} 1/);
  });

  it("a shutdown stops a batch still running after its grace time at its next record (503 UNAVAILABLE, where to resume) instead of waiting for the end of its body", async () => {
    const { s, port } = await listening({ limits: { requestTimeoutMs: 1000 } });
    const { req, answer } = open(port, "/v1/check/batch");
    send(req, complaint, 100_000, 10, 20);
    await new Promise((r) => setTimeout(r, 400));
    const closing = Date.now();
    await s.app.close();
    running = undefined;
    const a = await answer;
    expect(Date.now() - closing).toBeGreaterThanOrEqual(1000); // the grace: min(5 s, --timeout-ms)
    expect(Date.now() - closing).toBeLessThan(4000);
    expect(a.error).toBeUndefined();
    const summary = summaryOf(a);
    expect(summary).toMatchObject({ complete: false, resumeFromLine: summary.lastLine + 1 });
    expect(summary.stopped).toMatchObject({ status: 503, code: "UNAVAILABLE" });
  });
});

describe("time limits of other requests over a real connection", () => {
  it("risk: a body that stops coming gets a 408 problem with the lines read, not a reset", async () => {
    const { port } = await listening({ limits: { requestTimeoutMs: 500 } });
    const { req, answer } = open(port, "/v1/risk");
    send(req, release, 5, 5, 10, false);
    const a = await answer;
    expect(a.error).toBeUndefined();
    expect(a.status).toBe(408);
    expect(a.type).toMatch(/^application\/problem\+json/);
    const p = JSON.parse(a.body) as { code: string; details: { linesRead: number }; detail: string };
    expect(p.code).toBe("IDLE_TIMEOUT");
    expect(p.details.linesRead).toBe(5);
    expect(p.detail).toMatch(/were not computed \(5 lines read\)$/);
  });

  it("a single record whose body stops coming gets a 408 problem after --timeout-ms", async () => {
    const { port } = await listening({ limits: { requestTimeoutMs: 500 } });
    const { req, answer } = open(port, "/v1/check/complaint", { "content-type": "application/json", "content-length": "1000" });
    req.write("{");
    const a = await answer;
    expect(a.status).toBe(408);
    expect(a.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(a.body)).toMatchObject({ status: 408, code: "TIMEOUT" });
    expect(a.ms).toBeLessThan(3000);
    expect(a.headers["ggzy-ruleset-hash"]).toBe(running?.ctx.rules.current.contentHash);
    expect(a.headers["ggzy-tool-version"]).toBe(running?.ctx.toolVersion);
  });

  it("a single record whose body trickles in, never idle, is still cut at --timeout-ms in all (within a second), with a 408 problem", async () => {
    const { port } = await listening({ limits: { requestTimeoutMs: 500 } });
    const { req, answer } = open(port, "/v1/check/complaint", { "content-type": "application/json", "content-length": "1000" });
    const timer = setInterval(() => (req.destroyed ? clearInterval(timer) : req.write(" ")), 100);
    const a = await answer;
    clearInterval(timer);
    expect(a.status).toBe(408);
    expect(JSON.parse(a.body)).toMatchObject({ status: 408, code: "TIMEOUT" });
    expect(a.ms).toBeLessThan(3000);
  });
});
