import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "../../src/serve/app";
import { committeeRequest, json, post, problemOf, server } from "./helpers";

/*
 * POST /v1/draws/verify checks a record as `ggzy verify --json` does: against the announcement published before the
 * draw and the whole request, not only the re-run. A draw made again under another drawId, from the same lottery
 * numbers written another way or said to come from another source, or with a new salt, re-runs consistently from its
 * own header; only the announcement and the request show that it is not the draw that was announced.
 */

type Verdict = { reproduced: boolean; firstDifference?: { path: string; expected: unknown; actual: unknown }; against?: string };

const SOURCE = "中国福利彩票双色球 第2024050期 开奖号码";
const FORMAT = "####### ## ## ## ## ## ## + ##";

let s: Server;
beforeAll(async () => {
  s = await server();
});
afterAll(async () => {
  await s.app.close();
});

/** The request as published before the draw: no salt, no seed material. */
function publishedRequest(): Record<string, unknown> {
  const { salt: _salt, seedMaterial: _seed, ...request } = committeeRequest();
  return request;
}

async function announcement(): Promise<Record<string, unknown>> {
  const r = await post(s, "/v1/draws/announce", { kind: "committee", request: publishedRequest(), seedMaterial: { kind: "lottery", source: SOURCE, valueFormat: FORMAT } });
  expect(r.statusCode, r.body).toBe(200);
  const { contentHash: _h, toolVersion: _v, ...a } = json<Record<string, unknown>>(r);
  return a;
}

/** Draws a committee from the example request changed by `change`; returns the record, seed material and salt. */
async function drawn(change: (req: Record<string, unknown>) => void = () => {}): Promise<{ record: unknown; seedMaterial: unknown; salt: string }> {
  const req = committeeRequest();
  change(req);
  const r = await post(s, "/v1/draws/committee", req);
  expect(r.statusCode, r.body).toBe(200);
  return { record: json<{ record: unknown }>(r).record, seedMaterial: req["seedMaterial"], salt: req["salt"] as string };
}

async function verify(body: Record<string, unknown>): Promise<Verdict> {
  const r = await post(s, "/v1/draws/verify", body);
  expect(r.statusCode, r.body).toBe(200);
  return json<Verdict>(r);
}

describe("POST /v1/draws/announce", () => {
  it("binds drawId, createdAt, inputHash, saltCommitment and the seed's kind, source and format", async () => {
    const a = await announcement();
    const req = publishedRequest();
    expect(a).toMatchObject({ announcement: "ggzy-draw-announcement/1", protocol: "ggzy-draw/1", kind: "committee", drawId: req["drawId"], createdAt: req["createdAt"], saltCommitment: req["saltCommitment"] });
    expect(a["seedMaterial"]).toEqual({ kind: "lottery", source: SOURCE, valueFormat: FORMAT });
    const { record } = await drawn();
    expect(a["inputHash"]).toBe((record as { inputHash: string }).inputHash);
  });

  it("refuses a value format with no digit placeholder, and a sealed request without saltCommitment (422, the field)", async () => {
    const bad = await post(s, "/v1/draws/announce", { kind: "committee", request: publishedRequest(), seedMaterial: { kind: "lottery", source: SOURCE, valueFormat: "2024050" } });
    expect(bad.statusCode).toBe(422);
    expect(problemOf(bad).issues[0]?.path.join(".")).toBe("seedMaterial.valueFormat");
    const { saltCommitment: _c, ...bare } = publishedRequest();
    const noCommitment = await post(s, "/v1/draws/announce", { kind: "committee", request: bare, seedMaterial: { kind: "lottery", source: SOURCE, valueFormat: FORMAT } });
    expect(noCommitment.statusCode).toBe(422);
    expect(problemOf(noCommitment).issues[0]?.path).toEqual(["saltCommitment"]);
  });
});

describe("POST /v1/draws/verify with the request and the announcement", () => {
  it("reproduces the honest draw: against the announcement and the whole request, and with inputs beside the request", async () => {
    const a = await announcement();
    const { record, seedMaterial, salt } = await drawn();
    const request = publishedRequest();
    expect(await verify({ record, request, announcement: a, seedMaterial, salt })).toEqual(expect.objectContaining({ reproduced: true }));
    expect((await verify({ record, request, inputs: request["inputs"], seedMaterial, salt })).reproduced).toBe(true);
  });

  it("another drawId chosen after the lottery reproduces from bare inputs, but not against the request or the announcement", async () => {
    const { record, seedMaterial, salt } = await drawn((req) => {
      req["drawId"] = "LC-2024-0042-EXP-1";
    });
    const request = publishedRequest();
    expect((await verify({ record, inputs: request["inputs"], seedMaterial, salt })).reproduced).toBe(true);
    const byRequest = await verify({ record, request, seedMaterial, salt });
    expect(byRequest).toMatchObject({ reproduced: false, firstDifference: { path: "drawId", expected: "LC-2024-0042-EXP", actual: "LC-2024-0042-EXP-1" }, against: "request" });
    const byAnnouncement = await verify({ record, inputs: request["inputs"], announcement: await announcement(), seedMaterial, salt });
    expect(byAnnouncement).toMatchObject({ reproduced: false, firstDifference: { path: "drawId" }, against: "announcement" });
  });

  it("another source, or the same numbers written another way, is refused at the seed material's field", async () => {
    const a = await announcement();
    const request = publishedRequest();
    const source = await drawn((req) => {
      req["seedMaterial"] = { kind: "lottery", value: "2024050 03 11 19 24 28 33 + 07", source: "双色球 2024050 期 (1)" };
    });
    expect(await verify({ record: source.record, request, announcement: a, seedMaterial: source.seedMaterial, salt: source.salt })).toMatchObject({
      reproduced: false,
      firstDifference: { path: "seedSource.material.source" },
      against: "announcement",
    });
    const written = await drawn((req) => {
      req["seedMaterial"] = { kind: "lottery", value: "2024050 3 11 19 24 28 33 + 7", source: SOURCE };
    });
    expect(await verify({ record: written.record, request, announcement: a, seedMaterial: written.seedMaterial, salt: written.salt })).toMatchObject({
      reproduced: false,
      firstDifference: { path: "seedSource.material.value", expected: FORMAT, actual: "2024050 3 11 19 24 28 33 + 7" },
      against: "announcement",
    });
  });

  it("a new salt and its new commitment is refused at saltCommitment, against the request and against the announcement", async () => {
    const newSalt = "11".repeat(16);
    const commitment = json<{ saltCommitment: string }>(await post(s, "/v1/draws/commit-salt", { salt: newSalt })).saltCommitment;
    const { record, seedMaterial, salt } = await drawn((req) => {
      req["salt"] = newSalt;
      req["saltCommitment"] = commitment;
    });
    const request = publishedRequest();
    expect((await verify({ record, inputs: request["inputs"], seedMaterial, salt })).reproduced).toBe(true);
    expect(await verify({ record, request, seedMaterial, salt })).toMatchObject({ reproduced: false, firstDifference: { path: "saltCommitment", actual: commitment }, against: "request" });
    expect(await verify({ record, inputs: request["inputs"], announcement: await announcement(), seedMaterial, salt })).toMatchObject({
      reproduced: false,
      firstDifference: { path: "saltCommitment" },
      against: "announcement",
    });
  });

  it("a wrong salt is a difference found by the re-run", async () => {
    const { record, seedMaterial } = await drawn();
    expect(await verify({ record, request: publishedRequest(), announcement: await announcement(), seedMaterial, salt: "00".repeat(16) })).toMatchObject({ reproduced: false, against: "re-run" });
  });

  it("refuses (422 problem+json, the field) an announcement that is not one, a bad value format, inputs that differ from the request, and neither", async () => {
    const { record, seedMaterial, salt } = await drawn();
    const request = publishedRequest();
    const a = await announcement();
    const notOne = await post(s, "/v1/draws/verify", { record, request, announcement: { ...a, announcement: "something-else/1" }, seedMaterial, salt });
    expect(notOne.statusCode).toBe(422);
    expect(problemOf(notOne).issues[0]?.path).toEqual(["announcement", "announcement"]);
    const badFormat = await post(s, "/v1/draws/verify", { record, request, announcement: { ...a, seedMaterial: { kind: "lottery", source: SOURCE, valueFormat: "anything" } }, seedMaterial, salt });
    expect(badFormat.statusCode).toBe(422);
    expect(problemOf(badFormat).issues[0]?.path).toEqual(["announcement", "seedMaterial", "valueFormat"]);
    const differ = await post(s, "/v1/draws/verify", { record, request, inputs: { experts: [] }, seedMaterial, salt });
    expect(differ.statusCode).toBe(422);
    expect(problemOf(differ).issues[0]?.path).toEqual(["inputs"]);
    const neither = await post(s, "/v1/draws/verify", { record, seedMaterial, salt });
    expect(neither.statusCode).toBe(422);
    expect(problemOf(neither).issues[0]?.path).toEqual(["inputs"]);
  });
});
