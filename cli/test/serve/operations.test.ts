import { describe, expect, it } from "vitest";
import { fixture, json, post, problemOf, server } from "./helpers";

describe("shutdown and time limits", () => {
  it("/readyz answers 503 once shutdown has begun; a request in flight still completes on close", async () => {
    const s = await server();
    const inFlight = post(s, "/v1/check/award", fixture("examples/records/award.json"));
    s.state.closing = true;
    const ready = await s.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(503);
    expect(problemOf(ready).code).toBe("UNAVAILABLE");
    const [answer] = await Promise.all([inFlight, s.app.close()]);
    expect(answer.statusCode).toBe(200);
  });

  it("a batch past the time limit stops with a TIMEOUT line instead of running on", async () => {
    const s = await server({ limits: { requestTimeoutMs: 1 } });
    const complaint = JSON.stringify(JSON.parse(fixture("examples/records/complaint.json")));
    const body = Array.from({ length: 400 }, () => complaint).join("\n");
    const r = await s.app.inject({ method: "POST", url: "/v1/check/batch", headers: { "content-type": "application/x-ndjson" }, payload: body });
    const out = r.body.trim().split("\n").map((l) => JSON.parse(l) as { problem?: { code: string } });
    expect(out.length).toBeLessThan(400);
    expect(out[out.length - 1]?.problem?.code).toBe("TIMEOUT");
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
