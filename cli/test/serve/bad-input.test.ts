import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "../../src/serve/app";
import { jsonDepthExceeds } from "../../src/serve/body";
import { fixture, json, post, problemOf, server } from "./helpers";

let s: Server;
beforeAll(async () => {
  s = await server({ limits: { bodyLimit: 64 * 1024, maxDepth: 16 } });
});
afterAll(async () => s.app.close());

/** After each refusal the service still answers a good request. */
async function stillServes(): Promise<void> {
  const r = await post(s, "/v1/check/award", fixture("examples/records/award.json"));
  expect(r.statusCode).toBe(200);
}

describe("bad input gets problem+json with the right status, and the service keeps serving", () => {
  it("malformed JSON: 400 MALFORMED_JSON", async () => {
    const r = await post(s, "/v1/check/award", '{"award": ');
    expect(r.statusCode).toBe(400);
    expect(problemOf(r).code).toBe("MALFORMED_JSON");
    await stillServes();
  });

  it("malformed JSON: the problem says at which line and column, and names a bad token without quoting the body", async () => {
    const r = await post(s, "/v1/check/award", '{\n  "award": {\n    "id": tru\n  }\n}');
    expect(r.statusCode).toBe(400);
    const p = json<{ code: string; detail: string; details: { line: number; column: number } }>(r);
    expect(p.code).toBe("MALFORMED_JSON");
    expect(p.detail).toBe("The body is not valid JSON: line 3 column 11 (unexpected token 'tru')");
    expect(p.details).toEqual({ line: 3, column: 11 });
    const cut = json<{ details: { line: number; column: number } }>(await post(s, "/v1/check/award", '{"award": '));
    expect(cut.details).toEqual({ line: 1, column: 11 });
  });

  it("an empty body: 400", async () => {
    const r = await post(s, "/v1/check/award", "");
    expect(r.statusCode).toBe(400);
    problemOf(r);
  });

  it("a wrong content type: 415", async () => {
    const r = await s.app.inject({ method: "POST", url: "/v1/check/award", headers: { "content-type": "text/plain" }, payload: fixture("examples/records/award.json") });
    expect(r.statusCode).toBe(415);
    expect(problemOf(r).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const ndjson = await s.app.inject({ method: "POST", url: "/v1/check/award", headers: { "content-type": "application/x-ndjson" }, payload: "{}" });
    expect(ndjson.statusCode).toBe(415);
    await stillServes();
  });

  it("a wrong content type on a JSON Lines route: the 415 names what that route takes", async () => {
    for (const [url, accepts] of [
      ["/v1/check/batch", ["application/x-ndjson", "application/json"]],
      ["/v1/risk", ["application/x-ndjson"]],
    ] as const) {
      const r = await s.app.inject({ method: "POST", url, headers: { "content-type": "text/plain" }, payload: "{}\n" });
      expect(r.statusCode).toBe(415);
      problemOf(r);
      const p = json<{ detail: string; message: { zh: string }; details: { accepts: string[] } }>(r);
      expect(p.details.accepts).toEqual(accepts);
      expect(p.detail).toBe(`Unsupported content type (this route takes ${accepts.join(", ")})`);
      expect(p.message.zh).toContain("application/x-ndjson");
    }
    // Risk takes JSON Lines only: a JSON body is refused before it is read.
    const risk = await post(s, "/v1/risk", "{}");
    expect(risk.statusCode).toBe(415);
    expect(json<{ details: { accepts: string[] } }>(risk).details.accepts).toEqual(["application/x-ndjson"]);
    // The other routes still name application/json.
    const award = await s.app.inject({ method: "POST", url: "/v1/check/award", headers: { "content-type": "text/plain" }, payload: "{}" });
    expect(json<{ details: { accepts: string[] } }>(award).details.accepts).toEqual(["application/json"]);
    await stillServes();
  });

  it("JSON Lines sent to the batch as application/json: the 400 says to send application/x-ndjson", async () => {
    const r = await post(s, "/v1/check/batch", fixture("examples/records/records.jsonl"));
    expect(r.statusCode).toBe(400);
    const p = json<{ code: string; detail: string; message: { zh: string }; details: Record<string, unknown> }>(r);
    expect(p.code).toBe("MALFORMED_JSON");
    expect(p.detail).toMatch(/^The body is not valid JSON: line 2 column 1 .*; this looks like JSON Lines \(one record per line\): send it with content-type: application\/x-ndjson$/);
    expect(p.message.zh).toContain("application/x-ndjson");
    expect(p.details).toEqual({ line: 2, column: 1, hint: "application/x-ndjson" });
    // A JSON array still works, and a body that is simply broken gets no hint.
    expect((await post(s, "/v1/check/batch", `[${fixture("examples/records/complaint.json")}]`)).statusCode).toBe(200);
    const broken = json<{ detail: string }>(await post(s, "/v1/check/batch", '[{"a":\n tru]'));
    expect(broken.detail).not.toMatch(/JSON Lines/);
    await stillServes();
  });

  it("a body over the limit: 413", async () => {
    const r = await post(s, "/v1/check/award", JSON.stringify({ bidders: [], pad: "x".repeat(70 * 1024) }));
    expect(r.statusCode).toBe(413);
    expect(problemOf(r).code).toBe("PAYLOAD_TOO_LARGE");
    await stillServes();
  });

  it("JSON nested past the limit: 400 JSON_TOO_DEEP, refused before parsing", async () => {
    const deep = `${"[".repeat(17)}${"]".repeat(17)}`;
    const r = await post(s, "/v1/check", `{"a":${deep}}`);
    expect(r.statusCode).toBe(400);
    expect(problemOf(r).code).toBe("JSON_TOO_DEEP");
    const veryDeep = await post(s, "/v1/check", "[".repeat(50_000));
    expect(problemOf(veryDeep).code).toBe("JSON_TOO_DEEP");
    await stillServes();
  });

  it("prototype poisoning: a __proto__ key is 400", async () => {
    const r = await post(s, "/v1/check/award", '{"award":{"__proto__":{"polluted":true}}}');
    expect(r.statusCode).toBe(400);
    expect(problemOf(r).code).toBe("MALFORMED_JSON");
    expect(json<{ detail: string; details: unknown }>(r)).toMatchObject({ detail: "The body has a forbidden key (__proto__ or constructor.prototype): line 1 column 11", details: { line: 1, column: 11 } });
    const nested = await post(s, "/v1/check/award", '{"award": {"note": "\\"__proto__\\": not a key",\n  "x": {"constructor": {"prototype": 1}}}}');
    expect(json<{ details: unknown }>(nested).details).toEqual({ line: 2, column: 25 });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("an unknown route: 404 problem", async () => {
    const r = await s.app.inject({ method: "GET", url: "/v2/nothing?x=1" });
    expect(r.statusCode).toBe(404);
    const p = problemOf(r);
    expect(p.code).toBe("NOT_FOUND");
    expect(json<{ instance: string }>(r).instance).toBe("/v2/nothing");
  });

  it("a known path asked with another method: 405 with Allow, not a 404", async () => {
    const r = await s.app.inject({ method: "GET", url: "/v1/check/award?asOf=2024-01-01" });
    expect(r.statusCode).toBe(405);
    expect(r.headers["allow"]).toBe("POST");
    const p = problemOf(r);
    expect(p.code).toBe("METHOD_NOT_ALLOWED");
    expect(json<{ instance: string; details: { allowed: string[] } }>(r)).toMatchObject({ instance: "/v1/check/award", details: { allowed: ["POST"] } });
    expect((await s.app.inject({ method: "DELETE", url: "/v1/rules" })).headers["allow"]).toBe("GET, HEAD");
    expect((await s.app.inject({ method: "GET", url: "/v1/nothing/award" })).statusCode).toBe(404);
  });

  it("an invalid record: 422 with every issue's path, no stack trace", async () => {
    const r = await post(s, "/v1/check/complaint", { id: "C1", projectId: "P1", complainantId: "B", knownOn: "2024-02-30", filedOn: 7 });
    expect(r.statusCode).toBe(422);
    const p = problemOf(r);
    expect(p.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["knownOn", "filedOn"]));
    expect(r.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it("the zh message says what is wrong in Chinese, for a record's field and for a query option", async () => {
    const award = JSON.parse(fixture("examples/records/award.json")) as { award: Record<string, unknown> };
    award.award["noticeOn"] = "2024-13-45";
    const field = problemOf(await post(s, "/v1/check/award", award));
    expect(field.message.zh).toBe("中标后记录数据无效：字段 award.noticeOn：无效日期：应为 YYYY-MM-DD 格式的真实日期（北京时间，不含时刻）");
    expect(field.message.en).toBe("Invalid award record: field award.noticeOn: Invalid date: expected a real calendar date YYYY-MM-DD (Asia/Shanghai, no time of day)");
    for (const [query, zh] of [
      ["asOf=bad", "请求数据无效：字段 query.asOf：无效日期：应为 YYYY-MM-DD 格式的真实日期（北京时间，不含时刻）"],
      ["explain=x", '请求数据无效：字段 query.explain：无效选项：期望以下之一 "findings"|"all"|"none"'],
      ["locale=fr", '请求数据无效：字段 query.locale：无效选项：期望以下之一 "zh"|"en"|"both"'],
    ]) {
      const p = problemOf(await post(s, `/v1/check/award?${query}`, fixture("examples/records/award.json")));
      expect(p.message.zh).toBe(zh);
      expect(p.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("jsonDepthExceeds", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[["}', 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[["}', 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":[[1]]}', 2)).toBe(true);
    expect(jsonDepthExceeds('{"a":[[1]]}', 3)).toBe(false);
  });
});
