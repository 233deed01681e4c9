import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORD_KINDS } from "ggzy-rules/rules";
import { generateReleases, emptyTruth } from "../../../examples/risk/generate";
import { runDraw } from "../../src/decisions/operations";
import type { DecisionLog } from "../../src/decisions/log";
import type { Server } from "../../src/serve/app";
import { hashKey, parseKeys } from "../../src/serve/auth";
import { RuleSetHolder } from "../../src/serve/ruleset";
import { Contract, operations, refsIn, resolvePointer } from "./contract";
import type { OpenApiDoc } from "./contract";
import { committeeRequest, fixture, fixtureJson, json, post, publicDrawRequest, server, tempDir } from "./helpers";

/*
 * The OpenAPI document the service publishes is what Java and Go platforms generate their clients from. Here it is
 * checked against the OpenAPI 3.1 specification's schema, and every endpoint is called — successes and the main
 * failures — with each answer checked against what the document declares for it: status, content type, body
 * schema (each line of a JSON Lines body), required headers; and each request the service took against the
 * declared parameters and request body.
 */

const KEYS = { check: "k-check-0c1d", draw: "k-draw-77e1", score: "k-score-5a2b", risk: "k-risk-9f30", admin: "k-admin-3e44", limited: "k-limited-11aa" } as const;

let open: Server;
let keyed: Server;
let small: Server;
let reloadable: Server;
let packFile: string;
let openDoc: OpenApiDoc;
let keyedDoc: OpenApiDoc;
let contract: Contract;
let keyedContract: Contract;

beforeAll(async () => {
  open = await server();
  keyed = await server({
    keys: parseKeys({
      keys: [
        { id: "checker", sha256: hashKey(KEYS.check), scopes: ["check"] },
        { id: "drawer", sha256: hashKey(KEYS.draw), scopes: ["draw"] },
        { id: "scorer", sha256: hashKey(KEYS.score), scopes: ["score"] },
        { id: "risk", sha256: hashKey(KEYS.risk), scopes: ["risk"] },
        { id: "ops", sha256: hashKey(KEYS.admin), scopes: ["admin"] },
        { id: "limited", sha256: hashKey(KEYS.limited), scopes: ["check"], perMinute: 1 },
      ],
    }),
  });
  small = await server({ limits: { bodyLimit: 2000, maxDepth: 8 } });
  const dir = tempDir("ggzy-contract-");
  packFile = join(dir, "county.json");
  copyFileSync("examples/county/my-county.json", packFile);
  reloadable = await server({ rules: new RuleSetHolder([packFile]) });
  openDoc = json<OpenApiDoc>(await open.app.inject({ method: "GET", url: "/v1/openapi.json" }));
  keyedDoc = json<OpenApiDoc>(await keyed.app.inject({ method: "GET", url: "/v1/openapi.json" }));
  contract = new Contract(openDoc);
  keyedContract = new Contract(keyedDoc);
});
afterAll(async () => {
  for (const s of [open, keyed, small, reloadable]) await s?.app.close();
});

describe("the OpenAPI document", () => {
  const validator = new Validator();
  it.each([
    ["without keys", () => openDoc],
    ["with keys", () => keyedDoc],
  ])("is a valid OpenAPI 3.1 document (%s)", async (_name, doc) => {
    const r = await validator.validate(structuredClone(doc()) as Record<string, unknown>);
    expect(r.errors ?? []).toEqual([]);
    expect(r.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("every $ref resolves inside the document", () => {
    for (const doc of [openDoc, keyedDoc]) {
      const refs = refsIn(doc);
      const broken = refs.filter(({ ref }) => resolvePointer(doc, ref) === undefined);
      expect(broken).toEqual([]);
    }
  });

  it("every operation has an operationId, unique in the document (code generators name methods by it)", () => {
    for (const doc of [openDoc, keyedDoc]) {
      const ids = operations(doc).map(({ method, path, op }) => op.operationId ?? `(none: ${method} ${path})`);
      expect(ids.filter((id) => id.startsWith("(none"))).toEqual([]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it("every schema in it is a valid JSON Schema 2020-12 schema that ajv compiles in strict mode", () => {
    for (const c of [contract, keyedContract]) {
      const failures: string[] = [];
      for (const { name, pointer } of c.schemaPointers()) {
        const schema = resolvePointer(c.doc, `#${pointer}`);
        if (!c.ajv.validateSchema(schema as object)) failures.push(`${name}: ${c.ajv.errorsText(c.ajv.errors)}`);
        try {
          c.validator(pointer);
        } catch (e) {
          failures.push(`${name}: ${(e as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    }
  });
});

describe("the OpenAPI document names each result shape once (one class per shape in a generated client)", () => {
  const jsonBody = (path: string, status = "200") => openDoc.paths[path]?.["post"]?.responses?.[status]?.content?.["application/json"]?.schema as Record<string, unknown> | undefined;
  const schema = (name: string) => openDoc.components?.schemas?.[name] as { properties: Record<string, Record<string, unknown>>; enum?: string[] } | undefined;
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  /** The schemas in the document (components and operations alike) whose properties include all of `names`. */
  const spelledOut = (...names: string[]): string[] => {
    const found: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (value === null || typeof value !== "object") return;
      const props = (value as { properties?: unknown }).properties;
      if (props !== null && typeof props === "object" && names.every((n) => n in props)) found.push(at);
      for (const [key, child] of Object.entries(value)) walk(child, `${at}/${key}`);
    };
    walk(openDoc, "#");
    return found;
  };

  it("the check report: every check route answers a CheckReport, a finding is written once, with its severity and explanation typed", () => {
    for (const path of [...RECORD_KINDS.map((k) => `/v1/check/${k}`), "/v1/check"]) expect(jsonBody(path), path).toEqual(ref("CheckReport"));
    const batch = openDoc.paths["/v1/check/batch"]?.["post"]?.responses?.["200"]?.content?.["application/x-ndjson"]?.schema as { anyOf: unknown[] };
    expect(batch.anyOf[0]).toEqual(ref("BatchReportLine"));
    expect(spelledOut("ok", "findings", "skipped")).toEqual(["#/components/schemas/CheckReport", "#/components/schemas/BatchReportLine"]);
    expect(spelledOut("ruleVersion", "severity")).toEqual(["#/components/schemas/Finding"]);
    expect(schema("CheckReport")?.properties["findings"]?.["items"]).toEqual(ref("Finding"));
    expect(schema("CheckReport")?.properties["traces"]?.["items"]).toEqual(ref("RuleTrace"));
    expect(schema("BatchReportLine")?.properties["skipped"]?.["items"]).toEqual(ref("SkippedRule"));
    expect(spelledOut("ruleId", "reason")).toEqual(["#/components/schemas/SkippedRule"]);
    expect(schema("Finding")?.properties["severity"]).toEqual(ref("Severity"));
    expect(schema("Severity")?.enum).toEqual(["error", "warning", "info"]);
    expect(schema("Finding")?.properties["explanation"]?.["$ref"]).toBe("#/components/schemas/ExplanationNode");
    expect(schema("RuleTrace")?.properties["explanation"]).toEqual(ref("ExplanationNode"));
    expect(openDoc.components?.schemas?.["ExplanationNode"]).toMatchObject({ anyOf: [ref("GroupExplanation"), ref("ConditionExplanation")] });
    expect(schema("GroupExplanation")?.properties["children"]?.["items"]).toEqual(ref("ExplanationNode"));
  });

  it("the draw record: each draw's answer and the verification's request refer to one DrawRecord, the warnings to DrawWarning", () => {
    for (const kind of ["committee", "spot-checks", "supervisors", "blind-review"]) {
      const body = jsonBody(`/v1/draws/${kind}`) as { properties: Record<string, { items?: unknown }> };
      expect(body.properties["record"], kind).toEqual(ref("DrawRecord"));
      expect(body.properties["warnings"]?.items, kind).toEqual(ref("DrawWarning"));
    }
    const verify = openDoc.paths["/v1/draws/verify"]?.["post"]?.requestBody?.content?.["application/json"]?.schema as { properties: Record<string, unknown> };
    expect(verify.properties["record"]).toEqual(ref("DrawRecord"));
    expect(openDoc.components?.schemas?.["DrawRecordInput"]).toBeUndefined();
    expect(spelledOut("inputHash", "resultHash")).toEqual(["#/components/schemas/DrawRecord"]);
  });

  it("a text in both languages is one Bilingual in every answer (a Reason and a DrawWarning add to it)", () => {
    // Request bodies are the library's input schemas as they are (a scorecard's labels), not results.
    const inAnswers = spelledOut("zh", "en").filter((at) => !at.includes("/requestBody/"));
    expect(inAnswers).toEqual(["#/components/schemas/Bilingual", "#/components/schemas/Reason", "#/components/schemas/DrawWarning"]);
    expect(schema("Problem")?.properties["message"]).toEqual(ref("Bilingual"));
  });
});

type Headers = Record<string, string>;
interface Call {
  method?: string;
  url: string;
  /** Text sent as it is, or a value sent as JSON. */
  body?: unknown;
  headers?: Headers;
}

/** Sends a request in-process and checks the answer against the document; returns the answer. */
async function call(s: Server, c: Contract, { method = "POST", url, body, headers = {} }: Call) {
  const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  const h: Headers = { ...(payload !== undefined && !("content-type" in headers) ? { "content-type": "application/json" } : {}), ...headers };
  const r = await s.app.inject({ method: method as "POST", url, headers: h, ...(payload !== undefined ? { payload } : {}) });
  const exchange = c.check(method, url, r);
  expect(exchange.problems, `${method} ${url} → ${r.statusCode}`).toEqual([]);
  // What the service took, the document must describe (a generated client checks before it sends).
  if (r.statusCode < 300 && exchange.path !== undefined) expect(c.requestProblems(method, url, h["content-type"], payload), `request of ${method} ${url}`).toEqual([]);
  return r;
}

/** Sends a request the service refuses as invalid (422): the document's request schema must refuse it too. */
/** The announcement of the example committee draw (its request without salt or seed material). */
const ANNOUNCE = (() => {
  const { salt: _salt, seedMaterial: _seed, ...request } = committeeRequest();
  return { kind: "committee", request, seedMaterial: { kind: "lottery", source: "中国福利彩票双色球 第2024050期 开奖号码", valueFormat: "####### ## ## ## ## ## ## + ##" } };
})();

async function refusedByBoth(s: Server, c: Contract, req: Call) {
  const r = await call(s, c, req);
  expect(r.statusCode, r.body.slice(0, 300)).toBe(422);
  const payload = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
  expect(c.requestProblems(req.method ?? "POST", req.url, "application/json", payload), `the document accepts what ${req.url} refused: ${r.body.slice(0, 300)}`).not.toEqual([]);
  return r;
}

const RECORDS: Record<string, () => unknown> = {
  award: () => fixture("examples/records/award.json"),
  committee: () => fixture("examples/records/committee.json"),
  complaint: () => fixture("examples/records/complaint.json"),
  expert: () => fixture("examples/records/expert.json"),
  agencySelection: () => fixture("examples/records/agency-selection.json"),
  project: () => fixture("examples/records/project.json"),
  spotCheck: () => fixture("examples/records/spot-check.json"),
  evaluation: () => {
    const c = fixtureJson<{ project: { id: string }; experts: unknown; committee: unknown[] }>("examples/records/committee.json");
    return { project: c.project, evaluation: { id: "EV-1", projectId: c.project.id, status: "finished", committee: c.committee }, experts: c.experts };
  },
};

const releases = (n: number) => [...generateReleases({ seed: "contract", cleanProcesses: n }, emptyTruth("contract"))].map((x) => JSON.stringify(x));
const NDJSON = { "content-type": "application/x-ndjson" };

describe("every endpoint answers as the document declares", () => {
  it("POST /v1/check/{subject}: each record kind, and the options", async () => {
    expect(Object.keys(RECORDS).sort()).toEqual([...RECORD_KINDS].sort());
    for (const [subject, body] of Object.entries(RECORDS)) {
      const r = await call(open, contract, { url: `/v1/check/${subject}`, body: body() });
      expect(r.statusCode, `${subject}: ${r.body.slice(0, 300)}`).toBe(200);
    }
    for (const q of ["explain=all&locale=both", "explain=none&locale=en", "explain=findings&locale=zh&asOf=2024-12-31"]) {
      expect((await call(open, contract, { url: `/v1/check/award?${q}`, body: RECORDS["award"]!() })).statusCode).toBe(200);
    }
  });

  it("POST /v1/check/{subject}: 400, 413, 415, 422, an unknown subject's 404 and a GET's 405", async () => {
    const award = RECORDS["award"]!() as string;
    expect((await call(open, contract, { url: "/v1/check/award", body: '{"award": ' })).statusCode).toBe(400);
    expect((await call(open, contract, { url: "/v1/check/award", body: '{\n "award": tru\n}' })).statusCode).toBe(400);
    expect((await call(open, contract, { url: "/v1/check/award", body: " " })).statusCode).toBe(400);
    expect((await call(open, contract, { url: "/v1/check/award", body: '{"award":{"__proto__":{"x":1}}}' })).statusCode).toBe(400);
    expect((await call(small, contract, { url: "/v1/check/award", body: `{"a":${"[".repeat(9)}${"]".repeat(9)}}` })).statusCode).toBe(400);
    expect((await call(small, contract, { url: "/v1/check/committee", body: RECORDS["committee"]!() })).statusCode).toBe(413);
    expect((await call(open, contract, { url: "/v1/check/award", body: award, headers: { "content-type": "text/plain" } })).statusCode).toBe(415);
    expect((await call(open, contract, { url: "/v1/check/award", body: award, headers: NDJSON })).statusCode).toBe(415);
    await refusedByBoth(open, contract, { url: "/v1/check/award", body: { award: { id: "A", projectId: "P", bidderId: "B", noticeOn: "2024-13-45", status: "active" } } });
    await refusedByBoth(open, contract, { url: "/v1/check/complaint", body: { id: "C1", projectId: "P1", complainantId: "B", knownOn: "2024-02-30", filedOn: 7 } });
    expect((await call(open, contract, { url: "/v1/check/award?asOf=tomorrow", body: award })).statusCode).toBe(422);
    expect((await call(open, contract, { url: "/v1/check/award?explain=everything", body: award })).statusCode).toBe(422);
    // a GP award whose result was never announced: its working days run into 2040, a year the calendar lacks
    const gp = JSON.parse(award) as { award: object; project: object };
    const unannounced = { ...gp, award: { ...gp.award, reportReceivedOn: "2024-05-13", decidedOn: "2024-05-15" }, project: { ...gp.project, regime: "governmentProcurement", category: "governmentProcurement" } };
    expect((await call(open, contract, { url: "/v1/check/award?asOf=2040-01-01", body: unannounced })).statusCode).toBe(422);
    expect((await call(open, contract, { url: "/v1/check/award?asOf=2040-01-01&provisionalCalendar=true", body: unannounced })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/check/tender", body: {} })).statusCode).toBe(404);
    expect((await call(open, contract, { method: "GET", url: "/v1/check/award" })).statusCode).toBe(405);
  });

  it("POST /v1/check: a detected kind, a record of no kind (404), a body that is not an object (422)", async () => {
    expect((await call(open, contract, { url: "/v1/check", body: RECORDS["complaint"]!() })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/check?explain=all", body: RECORDS["committee"]!() })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/check", body: { hello: "world" } })).statusCode).toBe(404);
    await refusedByBoth(open, contract, { url: "/v1/check", body: "[1,2]" });
    expect((await call(open, contract, { url: "/v1/check", body: "{" })).statusCode).toBe(400);
  });

  it("POST /v1/check/batch: JSON Lines (every line checked), a JSON array, ?subject=, bad lines, 400, 413, 415, 422", async () => {
    const lines = fixture("examples/records/records.jsonl").trim().split("\n");
    const body = [lines[0], "{not json", "", JSON.stringify({ hello: 1 }), "[1]", ...lines.slice(1)].join("\n") + "\n";
    const r = await call(open, contract, { url: "/v1/check/batch", body, headers: NDJSON });
    expect(r.statusCode).toBe(200);
    expect(r.body.trim().split("\n")).toHaveLength(lines.length + 4); // and the summary line
    expect((await call(open, contract, { url: "/v1/check/batch?explain=all&locale=en", body: fixture("examples/records/records.jsonl"), headers: NDJSON })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/check/batch", body: [fixtureJson("examples/records/complaint.json"), fixtureJson("examples/records/award.json")] })).statusCode).toBe(200);
    const complaint = JSON.stringify(fixtureJson("examples/records/complaint.json"));
    const long = await call(small, contract, { url: "/v1/check/batch?subject=complaint", body: [complaint, `{"x":"${"a".repeat(3000)}"}`, complaint, "\u00ff"].join("\r\n"), headers: NDJSON });
    expect(long.body.trim().split("\n")).toHaveLength(5);
    expect((await call(open, contract, { url: "/v1/check/batch", body: fixture("examples/records/records.jsonl") })).statusCode).toBe(400);
    expect((await call(open, contract, { url: "/v1/check/batch", body: "{}\n", headers: { "content-type": "text/plain" } })).statusCode).toBe(415);
    expect((await call(open, contract, { url: "/v1/check/batch?subject=tender", body: complaint, headers: NDJSON })).statusCode).toBe(422);
    expect((await call(small, contract, { url: "/v1/check/batch", body: `[${"x".repeat(3000)}]` })).statusCode).toBe(413);
  });

  it("GET /v1/rules, /v1/schemas, /v1/schemas/{name}", async () => {
    expect((await call(open, contract, { method: "GET", url: "/v1/rules" })).statusCode).toBe(200);
    expect((await call(reloadable, contract, { method: "GET", url: "/v1/rules" })).statusCode).toBe(200);
    const list = await call(open, contract, { method: "GET", url: "/v1/schemas" });
    for (const name of json<{ schemas: string[] }>(list).schemas) expect((await call(open, contract, { method: "GET", url: `/v1/schemas/${name}` })).statusCode).toBe(200);
    expect((await call(open, contract, { method: "GET", url: "/v1/schemas/Nope" })).statusCode).toBe(404);
    expect((await call(open, contract, { method: "GET", url: "/v1/schemas/%E0%A4%A" })).statusCode).toBe(400);
    expect((await call(open, contract, { method: "GET", url: `/v1/schemas/${"A".repeat(120)}` })).statusCode).toBe(414);
    expect((await call(open, contract, { method: "GET", url: "/v1/rul%E0s" })).statusCode).toBe(400);
  });

  it("draws: each kind, verify (reproduced or not, against the request and the announcement), announce, commit-salt, and their refusals", async () => {
    const req = committeeRequest();
    const drawn = await call(open, contract, { url: "/v1/draws/committee", body: req });
    expect(drawn.statusCode).toBe(200);
    const d = json<{ record: unknown }>(drawn);
    for (const [kind, file] of [
      ["spot-checks", "examples/draws/spot-checks-request.json"],
      ["supervisors", "examples/draws/supervisors-request.json"],
    ] as const) {
      expect((await call(open, contract, { url: `/v1/draws/${kind}`, body: publicDrawRequest(file) })).statusCode).toBe(200);
    }
    const blind = { ...publicDrawRequest("examples/draws/blind-review-request.json"), salt: fixture("examples/draws/salt.hex").trim() };
    expect((await call(open, contract, { url: "/v1/draws/blind-review", body: blind })).statusCode).toBe(200);
    const verify = { record: d.record, inputs: req["inputs"], seedMaterial: req["seedMaterial"], salt: req["salt"] };
    expect(json<{ reproduced: boolean }>(await call(open, contract, { url: "/v1/draws/verify", body: verify })).reproduced).toBe(true);
    expect(json<{ reproduced: boolean }>(await call(open, contract, { url: "/v1/draws/verify", body: { ...verify, salt: "00".repeat(16) } })).reproduced).toBe(false);
    await refusedByBoth(open, contract, { url: "/v1/draws/verify", body: { record: { protocol: 1 }, inputs: {}, seedMaterial: {} } });
    const announced = await call(open, contract, { url: "/v1/draws/announce", body: ANNOUNCE });
    expect(announced.statusCode).toBe(200);
    const { contentHash: _h, toolVersion: _v, ...announcement } = json<Record<string, unknown>>(announced);
    const checked = { record: d.record, request: ANNOUNCE.request, announcement, seedMaterial: req["seedMaterial"], salt: req["salt"] };
    expect(json<{ reproduced: boolean }>(await call(open, contract, { url: "/v1/draws/verify", body: checked })).reproduced).toBe(true);
    expect(json<{ against: string }>(await call(open, contract, { url: "/v1/draws/verify", body: { ...checked, record: { ...(d.record as object), drawId: "OTHER" } } })).against).toBe("announcement");
    await refusedByBoth(open, contract, { url: "/v1/draws/verify", body: { ...checked, announcement: { ...announcement, announcement: "other/1" } } });
    await refusedByBoth(open, contract, { url: "/v1/draws/announce", body: { ...ANNOUNCE, kind: "lottery" } });
    expect((await call(open, contract, { url: "/v1/draws/commit-salt", body: { salt: fixture("examples/draws/salt.hex").trim() } })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/draws/commit-salt", body: { salt: "xyz" } })).statusCode).toBe(422);
    await refusedByBoth(open, contract, { url: "/v1/draws/commit-salt", body: {} });
    const { salt: _s, ...noSalt } = req;
    expect((await call(open, contract, { url: "/v1/draws/committee", body: noSalt })).statusCode).toBe(422);
    const { seedMaterial: _m, ...noSeed } = req;
    expect((await call(open, contract, { url: "/v1/draws/committee", body: noSeed })).statusCode).toBe(422);
    const tooMany = committeeRequest() as { params: { strata: Array<{ count: number }> } };
    tooMany.params.strata[0]!.count = 500;
    expect((await call(open, contract, { url: "/v1/draws/committee", body: tooMany })).statusCode).toBe(422);
    expect((await call(open, contract, { url: "/v1/draws/lottery", body: {} })).statusCode).toBe(404);
  });

  it("scores and ranking, and their refusals", async () => {
    const agencies = fixtureJson("examples/scoring/agencies.json");
    expect((await call(open, contract, { url: "/v1/score/agencies", body: { asOf: "2026-06-30", agencies } })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/score/agencies", body: { asOf: "2026-06-30", agencies, detail: "items" } })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/score/agencies", body: { agencies } })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/score/experts", body: { ...fixtureJson<Record<string, unknown>>("examples/scoring/experts.json"), asOf: "2026-06-30" } })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/score/bidders", body: { ...fixtureJson<Record<string, unknown>>("examples/scoring/bidders.json"), asOf: "2026-06-30" } })).statusCode).toBe(200);
    const rank = { project: fixtureJson("examples/scoring/project.json"), agencies, asOf: "2026-06-30" };
    expect((await call(open, contract, { url: "/v1/rank", body: rank })).statusCode).toBe(200);
    await refusedByBoth(open, contract, { url: "/v1/score/agencies", body: { asOf: "2026-06-30", agencies: [{ id: 5 }] } });
    await refusedByBoth(open, contract, { url: "/v1/score/agencies", body: { asOf: "2026-06-30", agencies, detail: "all" } });
    await refusedByBoth(open, contract, { url: "/v1/rank", body: { agencies: [] } });
    expect((await call(open, contract, { url: "/v1/score/tenderers", body: {} })).statusCode).toBe(404);
  });

  it("POST /v1/risk: JSON Lines with settings and maps, a bad line, bad settings (422), a JSON body (415)", async () => {
    const lines = releases(30);
    lines.splice(3, 0, "{broken");
    expect((await call(open, contract, { url: "/v1/risk?asOf=2026-06-30", body: `${lines.join("\n")}\n`, headers: NDJSON })).statusCode).toBe(200);
    const settings = encodeURIComponent(JSON.stringify({ currency: "CNY", R024: {}, R025: { percentile: 75 } }));
    expect((await call(open, contract, { url: `/v1/risk?asOf=2026-06-30&maps=true&settings=${settings}`, body: `${lines.join("\n")}\n`, headers: NDJSON })).statusCode).toBe(200);
    expect((await call(open, contract, { url: "/v1/risk", body: "", headers: NDJSON })).statusCode).toBe(200);
    expect((await call(open, contract, { url: `/v1/risk?settings=${encodeURIComponent('{"nope":1}')}`, body: "", headers: NDJSON })).statusCode).toBe(422);
    expect((await call(open, contract, { url: "/v1/risk?asOf=soon", body: "{}\n", headers: NDJSON })).statusCode).toBe(422);
    expect((await call(open, contract, { url: "/v1/risk", body: {} })).statusCode).toBe(415);
    expect((await call(open, contract, { url: "/v1/risk", body: "{}\n", headers: { "content-type": "text/plain" } })).statusCode).toBe(415);
  });

  it("health, readiness (and 503 while closing), metrics, reload (and a refused pack), the document itself", async () => {
    for (const url of ["/healthz", "/readyz", "/metrics", "/v1/openapi.json"]) expect((await call(open, contract, { method: "GET", url })).statusCode).toBe(200);
    expect((await call(reloadable, contract, { url: "/v1/admin/reload" })).statusCode).toBe(200);
    // The reload reads no body, but one sent with a content type is parsed like any other.
    expect((await call(reloadable, contract, { url: "/v1/admin/reload", body: "" })).statusCode).toBe(400);
    expect((await call(reloadable, contract, { url: "/v1/admin/reload", body: "x", headers: { "content-type": "text/plain" } })).statusCode).toBe(415);
    writeFileSync(packFile, "{broken");
    expect((await call(reloadable, contract, { url: "/v1/admin/reload" })).statusCode).toBe(422);
    reloadable.state.closing = true;
    expect((await call(reloadable, contract, { method: "GET", url: "/readyz" })).statusCode).toBe(503);
    expect((await call(reloadable, contract, { method: "GET", url: "/healthz" })).statusCode).toBe(200);
    expect((await call(reloadable, contract, { url: "/v1/check/award", body: RECORDS["award"]!() })).statusCode).toBe(503);
    expect((await call(reloadable, contract, { method: "GET", url: "/v1/rules" })).statusCode).toBe(503);
    expect((await call(open, contract, { method: "GET", url: "/v2/nothing?x=1" })).statusCode).toBe(404);
  });
});

describe("a fault of the service", () => {
  it("is a 500 problem, declared, with the rule set's headers (a decision log that cannot be written)", async () => {
    const broken = { append: () => { throw new Error("EIO: i/o error, write"); }, flushed: async () => {} } as unknown as DecisionLog;
    const s = await server({ decisions: broken });
    try {
      expect((await call(s, contract, { url: "/v1/check/award", body: RECORDS["award"]!() })).statusCode).toBe(500);
      expect((await call(s, contract, { url: "/v1/draws/committee", body: committeeRequest() })).statusCode).toBe(500);
    } finally {
      await s.app.close();
    }
  });
});

describe("with API keys: 401, 403 and 429 are declared where they happen", () => {
  const bearer = (k: string): Headers => ({ authorization: `Bearer ${k}` });
  const award = () => fixture("examples/records/award.json");
  const drawn = committeeRequest();
  const verify = { record: runDraw("committee", drawn).record, inputs: drawn["inputs"], seedMaterial: drawn["seedMaterial"], salt: drawn["salt"] };

  /** Each keyed route with a request it would take, the key whose scope it needs, and a key that lacks it. */
  const ROUTES: Array<{ call: Call; key: string; wrong: string | null }> = [
    ...RECORD_KINDS.map((k) => ({ call: { url: `/v1/check/${k}`, body: RECORDS[k]!() }, key: KEYS.check, wrong: KEYS.draw })),
    { call: { url: "/v1/check", body: RECORDS["complaint"]!() }, key: KEYS.check, wrong: KEYS.draw },
    { call: { url: "/v1/check/batch", body: fixture("examples/records/records.jsonl"), headers: NDJSON }, key: KEYS.check, wrong: KEYS.score },
    { call: { method: "GET", url: "/v1/rules" }, key: KEYS.draw, wrong: null },
    { call: { method: "GET", url: "/v1/schemas" }, key: KEYS.draw, wrong: null },
    { call: { method: "GET", url: "/v1/schemas/Award" }, key: KEYS.risk, wrong: null },
    { call: { url: "/v1/draws/committee", body: committeeRequest() }, key: KEYS.draw, wrong: KEYS.check },
    { call: { url: "/v1/draws/spot-checks", body: publicDrawRequest("examples/draws/spot-checks-request.json") }, key: KEYS.draw, wrong: KEYS.check },
    { call: { url: "/v1/draws/supervisors", body: publicDrawRequest("examples/draws/supervisors-request.json") }, key: KEYS.draw, wrong: KEYS.check },
    { call: { url: "/v1/draws/blind-review", body: { ...publicDrawRequest("examples/draws/blind-review-request.json"), salt: fixture("examples/draws/salt.hex").trim() } }, key: KEYS.draw, wrong: KEYS.check },
    { call: { url: "/v1/draws/verify", body: verify }, key: KEYS.draw, wrong: KEYS.check },
    { call: { url: "/v1/draws/announce", body: ANNOUNCE }, key: KEYS.draw, wrong: KEYS.check },
    { call: { url: "/v1/draws/commit-salt", body: { salt: fixture("examples/draws/salt.hex").trim() } }, key: KEYS.draw, wrong: KEYS.score },
    { call: { url: "/v1/score/agencies", body: { asOf: "2026-06-30", agencies: fixtureJson("examples/scoring/agencies.json") } }, key: KEYS.score, wrong: KEYS.check },
    { call: { url: "/v1/score/experts", body: { ...fixtureJson<Record<string, unknown>>("examples/scoring/experts.json"), asOf: "2026-06-30" } }, key: KEYS.score, wrong: KEYS.check },
    { call: { url: "/v1/score/bidders", body: { ...fixtureJson<Record<string, unknown>>("examples/scoring/bidders.json"), asOf: "2026-06-30" } }, key: KEYS.score, wrong: KEYS.check },
    { call: { url: "/v1/rank", body: { project: fixtureJson("examples/scoring/project.json"), agencies: fixtureJson("examples/scoring/agencies.json"), asOf: "2026-06-30" } }, key: KEYS.score, wrong: KEYS.risk },
    { call: { url: "/v1/risk?asOf=2026-06-30", body: `${releases(5).join("\n")}\n`, headers: NDJSON }, key: KEYS.risk, wrong: KEYS.score },
    { call: { method: "GET", url: "/metrics" }, key: KEYS.admin, wrong: KEYS.check },
    { call: { url: "/v1/admin/reload" }, key: KEYS.admin, wrong: KEYS.check },
  ];

  it.each(ROUTES.map((r) => [`${r.call.method ?? "POST"} ${r.call.url}`, r] as const))("%s: 401 without a key or with a wrong one, 403 without the scope, 200 with it", async (_name, route) => {
    expect((await call(keyed, keyedContract, route.call)).statusCode).toBe(401);
    expect((await call(keyed, keyedContract, { ...route.call, headers: { ...route.call.headers, ...bearer("nope") } })).statusCode).toBe(401);
    if (route.wrong !== null) expect((await call(keyed, keyedContract, { ...route.call, headers: { ...route.call.headers, ...bearer(route.wrong) } })).statusCode).toBe(403);
    const r = await call(keyed, keyedContract, { ...route.call, headers: { ...route.call.headers, ...bearer(route.key) } });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
  });

  it("health, readiness and the document need no key, and say so (security: [])", async () => {
    for (const url of ["/healthz", "/readyz", "/v1/openapi.json"]) {
      expect((await call(keyed, keyedContract, { method: "GET", url })).statusCode).toBe(200);
      expect(keyedContract.find("GET", url)?.op.security).toEqual([]);
    }
  });

  it("a key past its rate limit: 429", async () => {
    expect((await call(keyed, keyedContract, { url: "/v1/check/award", body: award(), headers: bearer(KEYS.limited) })).statusCode).toBe(200);
    expect((await call(keyed, keyedContract, { url: "/v1/check/award", body: award(), headers: bearer(KEYS.limited) })).statusCode).toBe(429);
  });
});

describe("the contract check itself finds each kind of mismatch", () => {
  /** A real answer, changed: status, headers or body. */
  async function answer(url: string, change: { status?: number; headers?: Record<string, string | undefined>; body?: string }): Promise<LightMyRequestResponse> {
    const r = await open.app.inject({ method: "GET", url });
    const headers = { ...r.headers, ...change.headers };
    for (const [k, v] of Object.entries(headers)) if (v === undefined) delete headers[k];
    return { ...r, statusCode: change.status ?? r.statusCode, headers, body: change.body ?? r.body } as LightMyRequestResponse;
  }
  const problems = (method: string, url: string, r: LightMyRequestResponse) => new Contract(openDoc).check(method, url, r).problems;
  const health = (b: Record<string, unknown>) => JSON.stringify({ status: "ok", contentHash: "0".repeat(64), toolVersion: "0.1.0", ...b });

  it("a status, a content type or a header the operation does not declare", async () => {
    expect(problems("GET", "/healthz", await answer("/healthz", {}))).toEqual([]);
    expect(problems("GET", "/healthz", await answer("/healthz", { status: 418 }))).toEqual([expect.stringMatching(/^status 418 is not declared/)]);
    expect(problems("GET", "/healthz", await answer("/healthz", { headers: { "content-type": "text/html" } }))).toEqual([expect.stringMatching(/^content type text\/html is not declared/)]);
    expect(problems("GET", "/healthz", await answer("/healthz", { headers: { "ggzy-tool-version": undefined } }))).toEqual(["header ggzy-tool-version is declared required but was not sent"]);
    expect(problems("GET", "/healthz", await answer("/healthz", { headers: { "ggzy-ruleset-hash": "not-a-hash" } }))).toEqual([expect.stringMatching(/^header ggzy-ruleset-hash: .*pattern/)]);
  });

  it("a body that breaks its schema: a required field absent, a field not declared, a fraction where an integer is declared", async () => {
    expect(problems("GET", "/healthz", await answer("/healthz", { body: health({ toolVersion: undefined }) }))).toEqual([expect.stringMatching(/must have required property 'toolVersion'/)]);
    expect(problems("GET", "/healthz", await answer("/healthz", { body: health({ uptime: 5 }) }))).toEqual([expect.stringMatching(/must NOT have additional properties/)]);
    const p = json<Record<string, unknown>>(await post(open, "/v1/check/award", "{"));
    const bad = await answer("/healthz", { status: 400, headers: { "content-type": "application/problem+json" }, body: JSON.stringify({ ...p, status: 400.5 }) });
    expect(problems("POST", "/v1/check/award", bad)).toEqual([expect.stringMatching(/status must be integer/)]);
  });

  it("a JSON Lines line that breaks the line schema, and one that does not parse", async () => {
    const r = await answer("/healthz", { headers: { "content-type": "application/x-ndjson" }, body: '{"line":1,"problem":{"status":400}}\n{"line":2\n' });
    expect(problems("POST", "/v1/check/batch", r)).toEqual([expect.stringMatching(/^line 1 does not match the 200 schema/), expect.stringMatching(/^body 2 does not parse/)]);
  });

  it("a route the document does not declare: only a problem will do", async () => {
    expect(problems("GET", "/v2/nothing", await answer("/healthz", {}))).toEqual(["status 200 from a route the document does not declare"]);
    expect(problems("GET", "/v2/nothing", await answer("/healthz", { status: 404 }))).toEqual([expect.stringMatching(/not application\/problem\+json/)]);
  });

  it("a request the document would not let a client send", () => {
    const c = new Contract(openDoc);
    expect(c.requestProblems("POST", "/v1/draws/commit-salt", "application/json", JSON.stringify({ salt: "ab" }))).toEqual([]);
    expect(c.requestProblems("POST", "/v1/draws/commit-salt", "application/json", JSON.stringify({ salt: 5 }))).toEqual([expect.stringMatching(/^request body: .*salt must be string/)]);
    expect(c.requestProblems("POST", "/v1/draws/commit-salt", "text/plain", "ab")).toEqual([expect.stringMatching(/^request content type text\/plain is not declared/)]);
    expect(c.requestProblems("POST", "/v1/check/award?explain=some&colour=red", "application/json", "{}")).toEqual([
      expect.stringMatching(/^query parameter explain=some: .*allowed values/),
      "query parameter colour is not declared",
    ]);
    expect(c.requestProblems("POST", "/v1/draws/commit-salt", undefined, undefined)).toEqual(["the document requires a body"]);
  });
});

describe("coverage", () => {
  it("every operation of the document was called and answered a success", () => {
    for (const c of [contract, keyedContract]) {
      const answered = new Set(c.exchanges.filter((e) => e.status < 300 && e.path !== undefined).map((e) => `${e.method} ${e.path}`));
      const missing = operations(c.doc).map(({ method, path }) => `${method.toUpperCase()} ${path}`).filter((k) => !answered.has(k));
      expect(missing).toEqual([]);
    }
  });
});
