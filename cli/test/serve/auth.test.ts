import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "../../src/serve/app";
import { hashKey, parseKeys } from "../../src/serve/auth";
import { committeeRequest, fixture, post, problemOf, server } from "./helpers";

const CHECKER = "k-check-5e0c7b1f8d";
const DRAWER = "k-draw-91aa03c2e4";
const ADMIN = "k-admin-77d2e5f019";
const LIMITED = "k-limited-c3a1b2";

let s: Server;
beforeAll(async () => {
  s = await server({
    keys: parseKeys({
      keys: [
        { id: "checker", sha256: hashKey(CHECKER), scopes: ["check"] },
        { id: "drawer", sha256: hashKey(DRAWER), scopes: ["draw"] },
        { id: "ops", sha256: hashKey(ADMIN), scopes: ["admin"] },
        { id: "limited", sha256: hashKey(LIMITED), scopes: ["check"], perMinute: 2 },
      ],
    }),
  });
});
afterAll(async () => s.app.close());

const bearer = (k: string) => ({ authorization: `Bearer ${k}` });
const award = fixture("examples/records/award.json");

describe("API keys and scopes", () => {
  it("health, readiness and the API document need no key", async () => {
    for (const url of ["/healthz", "/readyz", "/v1/openapi.json", "/docs/"]) expect((await s.app.inject({ method: "GET", url })).statusCode).toBe(200);
  });

  it("every other call needs a key: 401 without one, with a WWW-Authenticate header", async () => {
    const r = await post(s, "/v1/check/award", award);
    expect(r.statusCode).toBe(401);
    expect(problemOf(r).code).toBe("UNAUTHORIZED");
    expect(r.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect((await s.app.inject({ method: "GET", url: "/v1/rules" })).statusCode).toBe(401);
  });

  it("a wrong key is 401; a key is never accepted by a prefix or in another scheme", async () => {
    expect((await post(s, "/v1/check/award", award, bearer("nope"))).statusCode).toBe(401);
    expect((await post(s, "/v1/check/award", award, bearer(CHECKER.slice(0, -1)))).statusCode).toBe(401);
    expect((await post(s, "/v1/check/award", award, { authorization: `Basic ${CHECKER}` })).statusCode).toBe(401);
  });

  it("a key with the scope passes; without it, 403", async () => {
    expect((await post(s, "/v1/check/award", award, bearer(CHECKER))).statusCode).toBe(200);
    const r = await post(s, "/v1/draws/committee", committeeRequest(), bearer(CHECKER));
    expect(r.statusCode).toBe(403);
    expect(problemOf(r).code).toBe("FORBIDDEN");
    expect((await post(s, "/v1/draws/committee", committeeRequest(), bearer(DRAWER))).statusCode).toBe(200);
    expect((await post(s, "/v1/check/award", award, bearer(DRAWER))).statusCode).toBe(403);
    expect((await post(s, "/v1/score/agencies", { agencies: [] }, bearer(CHECKER))).statusCode).toBe(403);
    expect((await s.app.inject({ method: "POST", url: "/v1/risk", headers: { ...bearer(CHECKER), "content-type": "application/x-ndjson" }, payload: "" })).statusCode).toBe(403);
  });

  it("metrics and reload need admin; any key may read the rules", async () => {
    expect((await s.app.inject({ method: "GET", url: "/metrics", headers: bearer(CHECKER) })).statusCode).toBe(403);
    expect((await s.app.inject({ method: "GET", url: "/metrics", headers: bearer(ADMIN) })).statusCode).toBe(200);
    expect((await s.app.inject({ method: "POST", url: "/v1/admin/reload", headers: bearer(CHECKER) })).statusCode).toBe(403);
    expect((await s.app.inject({ method: "GET", url: "/v1/rules", headers: bearer(DRAWER) })).statusCode).toBe(200);
  });

  it("a key with a rate limit gets 429 past it; other keys are not limited", async () => {
    expect((await post(s, "/v1/check/award", award, bearer(LIMITED))).statusCode).toBe(200);
    expect((await post(s, "/v1/check/award", award, bearer(LIMITED))).statusCode).toBe(200);
    const r = await post(s, "/v1/check/award", award, bearer(LIMITED));
    expect(r.statusCode).toBe(429);
    expect(problemOf(r).code).toBe("RATE_LIMITED");
    for (let i = 0; i < 4; i++) expect((await post(s, "/v1/check/award", award, bearer(CHECKER))).statusCode).toBe(200);
  });

  it("a keys file with a bad hash or an unknown scope is refused with its path", () => {
    expect(() => parseKeys({ keys: [{ id: "x", sha256: "abc", scopes: ["check"] }] })).toThrow(/keys\[0\]\.sha256|sha256/);
    expect(() => parseKeys({ keys: [{ id: "x", sha256: hashKey("k"), scopes: ["root"] }] })).toThrow(/scopes/);
    try {
      parseKeys({ keys: [{ id: "x", sha256: hashKey("k"), scopes: ["root"] }] });
    } catch (e) {
      expect((e as { zh: string }).zh).toMatch(/^API 密钥文件数据无效：字段 keys\[0\]\.scopes\[0\]：无效选项/);
    }
  });
});
