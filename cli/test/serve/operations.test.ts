import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "../../src/serve/logging";
import { fixture, json, post, problemOf, server } from "./helpers";

describe("shutdown and time limits", () => {
  it("/readyz answers 503 once shutdown has begun; a request in flight still completes on close, a new one gets a 503 problem", async () => {
    const s = await server();
    // A batch whose body is still arriving: its handler is reading it, so the request is in flight.
    const complaint = JSON.stringify(JSON.parse(fixture("examples/records/complaint.json")));
    let reading!: () => void;
    const handlerReads = new Promise<void>((resolve) => (reading = resolve));
    let pushed = false;
    const body = new Readable({
      read() {
        if (pushed) return;
        pushed = true;
        this.push(`${complaint}\n`);
        reading();
      },
    });
    const inFlight = s.app.inject({ method: "POST", url: "/v1/check/batch", headers: { "content-type": "application/x-ndjson" }, payload: body });
    await handlerReads;
    s.state.closing = true;
    const ready = await s.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(503);
    expect(problemOf(ready).code).toBe("UNAVAILABLE");
    expect((await s.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    // A new request (on a kept-alive connection) is refused as a problem, with the rule set's headers, not Fastify's own 503 body.
    const late = await post(s, "/v1/check/award", fixture("examples/records/award.json"));
    expect(late.statusCode).toBe(503);
    expect(problemOf(late).code).toBe("UNAVAILABLE");
    expect(late.headers["connection"]).toBe("close");
    expect(late.headers["ggzy-ruleset-hash"]).toMatch(/^[0-9a-f]{64}$/);
    body.push(`${complaint}\n`);
    body.push(null);
    const [answer] = await Promise.all([inFlight, s.app.close()]);
    expect(answer.statusCode).toBe(200);
    expect(answer.body.trim().split("\n").map((l) => JSON.parse(l) as { subject?: string; summary?: unknown })).toEqual([
      expect.objectContaining({ subject: "complaint" }),
      expect.objectContaining({ subject: "complaint" }),
      { summary: expect.objectContaining({ complete: true, records: 2 }) as unknown },
    ]);
  });

  it("--timeout-ms does not limit the processing of a batch whose body has arrived: every line is answered", async () => {
    const s = await server({ limits: { requestTimeoutMs: 1 } });
    const complaint = JSON.stringify(JSON.parse(fixture("examples/records/complaint.json")));
    const body = Array.from({ length: 400 }, () => complaint).join("\n");
    const r = await s.app.inject({ method: "POST", url: "/v1/check/batch", headers: { "content-type": "application/x-ndjson" }, payload: body });
    const out = r.body.trim().split("\n").map((l) => JSON.parse(l) as { line?: number; summary?: { complete: boolean; records: number } });
    expect(out.length).toBe(401);
    expect(out[400]?.summary).toMatchObject({ complete: true, records: 400 });
    await s.app.close();
  });

  it("the tool version in every response is the package's", async () => {
    const s = await server();
    const { default: pkg } = await import("../../package.json");
    const r = await s.app.inject({ method: "GET", url: "/healthz" });
    expect(r.headers["ggzy-tool-version"]).toBe(pkg.version);
    expect(json<{ toolVersion: string }>(r).toolVersion).toBe(pkg.version);
    await s.app.close();
  });
});

describe("request logs", () => {
  /** The service logging at `level` into an array of parsed lines. */
  async function logged(level: string): Promise<{ s: Awaited<ReturnType<typeof server>>; lines: Array<Record<string, unknown>> }> {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString("utf8").split("\n")) if (l !== "") lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    });
    return { s: await server({ logger: loggerOptions(level, sink) }), lines };
  }

  const award = JSON.parse(fixture("examples/records/award.json")) as { bidders: Array<{ name: string }> };
  const send = (s: Awaited<ReturnType<typeof server>>) =>
    post(s, "/v1/check/award?asOf=2024-07-01&explain=none", award, { authorization: "Bearer secret-key-123" });

  it("at info: one line per request, when it completes, with id, method, path, status and time — no body, query or key", async () => {
    const { s, lines } = await logged("info");
    const r = await send(s);
    await s.app.inject({ method: "GET", url: "/no/such/route?phone=13800000000" });
    await s.app.close();
    expect(r.statusCode).toBe(200);
    const requests = lines.filter((l) => l["reqId"] !== undefined);
    expect(requests.map((l) => l["msg"])).toEqual(["request completed", "request completed"]);
    expect(requests[0]).toMatchObject({ level: 30, req: { method: "POST", path: "/v1/check/award" }, res: { statusCode: 200 } });
    expect(typeof requests[0]?.["responseTime"]).toBe("number");
    expect(requests[1]).toMatchObject({ req: { method: "GET", path: "/no/such/route" }, res: { statusCode: 404 } });
    const text = JSON.stringify(lines);
    for (const secret of ["secret-key-123", "asOf", "13800000000", award.bidders[0]!.name]) expect(text).not.toContain(secret);
  });

  it("at debug: the incoming request too, before it is answered", async () => {
    const { s, lines } = await logged("debug");
    await send(s);
    await s.app.close();
    expect(lines.filter((l) => l["reqId"] !== undefined).map((l) => l["msg"])).toEqual(["incoming request", "request completed"]);
  });

  it("at warn: no line for a request that went well", async () => {
    const { s, lines } = await logged("warn");
    await send(s);
    await s.app.close();
    expect(lines.filter((l) => l["reqId"] !== undefined)).toEqual([]);
  });
});
