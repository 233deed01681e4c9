import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { GgzyError, canonicalJson, hashCanonical } from "ggzy-rules/model";
import { DEFAULT_MASK, DecisionLog, maskInput } from "../../src/decisions/log";
import type { DecisionRecord } from "../../src/decisions/record";
import { REPLAY_TOOL, replayLogs } from "../../src/decisions/replay";
import { registerDecisions } from "../../src/commands/decisions";
import { runCommand } from "../helpers/run-command";
import { RuleSetHolder } from "../../src/serve/ruleset";
import { committeeRequest, fixture, fixtureJson, json, post, publicDrawRequest, server, tempDir } from "./helpers";

function records(file: string): DecisionRecord[] {
  return readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as DecisionRecord);
}

describe("the decision log", () => {
  it("appends one line per check, draw and score: id, time, tool, endpoint, subject, input hash, rule-set hash, verdict, finding ids", async () => {
    const dir = tempDir();
    const file = join(dir, "decisions.jsonl");
    const log = new DecisionLog({ file });
    const s = await server({ decisions: log });
    const award = fixtureJson("examples/records/award.json");
    const r = json<{ decisionId: string; contentHash: string }>(await post(s, "/v1/check/award", award));
    await post(s, "/v1/draws/committee", committeeRequest());
    await post(s, "/v1/score/agencies", { asOf: "2026-06-30", agencies: fixtureJson("examples/scoring/agencies.json") });
    await post(s, "/v1/check/award", { award: { id: 1 } });
    await s.app.inject({ method: "POST", url: "/v1/risk", headers: { "content-type": "application/x-ndjson" }, payload: "{}\n" });
    await s.app.close();
    log.close();
    const recs = records(file);
    expect(recs.map((x) => [x.endpoint, x.verdict])).toEqual([
      ["POST /v1/check/award", "findings"],
      ["POST /v1/draws/committee", "drawn"],
      ["POST /v1/score/agencies", "scored"],
      ["POST /v1/check/award", "rejected"],
      ["POST /v1/risk", "clear"],
    ]);
    const first = recs[0]!;
    expect(first.id).toBe(r.decisionId);
    expect(first.time).toBe("2026-06-30T02:00:00.000Z");
    expect(first.tool).toMatch(/^ggzy-cli@\d+\.\d+\.\d+/);
    expect(first.subject).toBe("award");
    expect(first.inputHash).toBe(hashCanonical(award));
    expect(first.ruleset.contentHash).toBe(r.contentHash);
    expect(first.findings).toContain("CONTRACT_SIGNED_IN_TIME");
    expect(first.input).toBeUndefined();
    expect(recs[3]?.error).toBe("INVALID_INPUT");
    expect(recs[4]?.inputHashOf).toBe("bytes");
  });

  it("records every refused call of a decision route, whether its query, its envelope or the library refused it", async () => {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file, logInputs: true });
    const s = await server({ decisions: log });
    const lines = () => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as DecisionRecord) : []);
    const ndjson = { "content-type": "application/x-ndjson" };
    const award = fixture("examples/records/award.json");
    const salt = String(committeeRequest()["salt"]);
    const refusals: Array<[string, () => Promise<LightMyRequestResponse>, string]> = [
      ["POST /v1/risk", () => s.app.inject({ method: "POST", url: `/v1/risk?settings=${encodeURIComponent('{"x":1}')}`, headers: ndjson, payload: "{}\n" }), "INVALID_SETTINGS"],
      ["POST /v1/risk", () => s.app.inject({ method: "POST", url: "/v1/risk?asOf=bad", headers: ndjson, payload: "{}\n" }), "INVALID_INPUT"],
      ["POST /v1/draws/verify", () => post(s, "/v1/draws/verify", {}), "INVALID_INPUT"],
      ["POST /v1/draws/verify", () => post(s, "/v1/draws/verify", { salt }), "INVALID_INPUT"],
      ["POST /v1/check/award", () => post(s, "/v1/check/award?asOf=bad", award), "INVALID_INPUT"],
      ["POST /v1/check/award", () => post(s, "/v1/check/award?explain=every", award), "INVALID_INPUT"],
      ["POST /v1/check", () => post(s, "/v1/check?locale=fr", award), "INVALID_INPUT"],
      ["POST /v1/check", () => post(s, "/v1/check", [1]), "INVALID_INPUT"],
      ["POST /v1/check/batch", () => s.app.inject({ method: "POST", url: "/v1/check/batch?subject=nope", headers: ndjson, payload: `${award}\n` }), "INVALID_INPUT"],
      ["POST /v1/check/award", () => post(s, "/v1/check/award", { award: { id: 1 } }), "INVALID_INPUT"],
      ["POST /v1/score/agencies", () => post(s, "/v1/score/agencies", { agencies: 1 }), "INVALID_INPUT"],
    ];
    for (const [endpoint, call, code] of refusals) {
      const before = lines().length;
      const r = await call();
      expect(r.statusCode, `${endpoint} ${r.body}`).toBeGreaterThanOrEqual(400);
      const after = lines();
      expect(after.length, `${endpoint}: one line per refused call`).toBe(before + 1);
      const rec = after[after.length - 1]!;
      expect([rec.endpoint, rec.verdict, rec.error]).toEqual([endpoint, "rejected", code]);
      expect(r.headers["ggzy-decision-id"]).toBe(rec.id);
    }
    await s.app.close();
    log.close();
    const recs = records(file);
    // A refused risk call keeps the hash of the body's bytes, as an analysed one does; a revealed salt is never logged.
    expect(recs[0]?.inputHash).toBe(createHash("sha256").update("{}\n").digest("hex"));
    expect(recs[0]?.inputHashOf).toBe("bytes");
    expect(readFileSync(file, "utf8")).not.toContain(salt);
    // Replay takes the refused checks and verifications again, and the library refuses them the same way.
    const replayed = await replayLogs([file]);
    expect(replayed.different).toBe(0);
    expect(replayed.outcomes.filter((o) => o.status === "identical").map((o) => o.endpoint)).toEqual([
      "POST /v1/draws/verify",
      "POST /v1/check/award",
      "POST /v1/check/award",
      "POST /v1/check",
      "POST /v1/check",
      "POST /v1/check/award",
      "POST /v1/score/agencies",
    ]);
  });

  it("never logs a salt or a sealed result, even with --log-inputs", async () => {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file, logInputs: true });
    const s = await server({ decisions: log });
    const req = committeeRequest();
    const drawn = json<{ record: unknown; result: unknown }>(await post(s, "/v1/draws/committee", req));
    await post(s, "/v1/draws/verify", { record: drawn.record, inputs: (req as { inputs: unknown }).inputs, seedMaterial: req["seedMaterial"], salt: req["salt"] });
    // A salt left inside the whole request sent to verify is a salt too.
    await post(s, "/v1/draws/verify", { record: drawn.record, request: req, seedMaterial: req["seedMaterial"] });
    await post(s, "/v1/draws/commit-salt", { salt: req["salt"] });
    await s.app.close();
    log.close();
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain(String(req["salt"]));
    expect(text).not.toContain(JSON.stringify(drawn.result));
    const recs = records(file);
    expect(recs.length).toBe(3);
    expect(recs[0]?.draw?.sealed).toBe(true);
    expect((recs[0]?.input as Record<string, unknown>)["salt"]).toBeUndefined();
    expect(recs[1]?.input).toBeUndefined();
    expect(recs[2]?.input).toBeUndefined();
  });

  it("hashes inputs exactly as the library's hashCanonical does", async () => {
    const { hashCanonicalNode } = await import("../../src/decisions/operations");
    for (const v of [fixtureJson("examples/records/award.json"), { 中: "文", n: 1e21, a: [0.1, -0, "\u2028"] }, null]) expect(hashCanonicalNode(v)).toBe(hashCanonical(v));
  });

  it("makes the library's RFC 8785 text of any JSON value, keys of any characters (integer-like, lone surrogates) included", async () => {
    const { canonicalText } = await import("../../src/decisions/operations");
    const anyText = fc.string({ unit: "binary" });
    const json = fc.oneof(fc.jsonValue(), fc.dictionary(anyText, fc.oneof(anyText, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer())));
    // Parsed from text, as a request body is: what the service hashes.
    fc.assert(fc.property(json, (v) => canonicalText(JSON.parse(JSON.stringify(v))) === canonicalJson(JSON.parse(JSON.stringify(v)))), { numRuns: 2000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => canonicalText({ [a]: 1, [b]: 2, b: 3 }) === canonicalJson({ [a]: 1, [b]: 2, b: 3 })));
  });

  it("refuses what is not JSON as the library does (NaN, a function), instead of writing it", async () => {
    const { canonicalText } = await import("../../src/decisions/operations");
    for (const v of [{ a: Number.NaN }, { a: () => 1 }, [Infinity]]) expect(() => canonicalText(v)).toThrow(GgzyError);
  });

  it("writes one turn's decisions together, and flushed() resolves once they are in the file", async () => {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file });
    const s = await server({ decisions: log });
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(s, "/v1/check/complaint", fixture("examples/records/complaint.json"))));
    const ids = answers.map((a) => a.headers["ggzy-decision-id"]);
    // Every answered decision is already in the file, before close().
    expect(new Set(records(file).map((r) => r.id))).toEqual(new Set(ids));
    await s.app.close();
    log.close();
  });

  it("logs the input as sent (the canonical text that was hashed) unless a field must be masked or removed", async () => {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file, logInputs: true, maskFields: ["name"] });
    const s = await server({ decisions: log });
    const award = fixtureJson("examples/records/award.json");
    const complaint = fixtureJson("examples/records/complaint.json");
    // A string value holding `"name":` does not count as the key: it is escaped in JSON text.
    const tricky = { ...complaint, note: '"name": 1' };
    for (const body of [award, complaint, tricky]) await post(s, "/v1/check", body);
    await s.app.close();
    log.close();
    const [a, c, t] = records(file);
    expect(a?.masked).toEqual(["name"]);
    expect(JSON.stringify(a?.input)).not.toContain("赵华兴");
    expect(c?.masked).toBeUndefined();
    expect(c?.input).toEqual(complaint);
    expect(hashCanonical(c?.input)).toBe(c?.inputHash);
    expect(t?.input).toEqual(tricky);
  });

  it("masks named fields wherever they occur in a logged input, and names a salt it removed", () => {
    const m = maskInput({ a: { idNumber: "370000199001011234", keep: 1 }, list: [{ phone: "13800000000" }], salt: "ff" }, new Set(["idNumber", "phone"]));
    expect(m.value).toEqual({ a: { idNumber: "***", keep: 1 }, list: [{ phone: "***" }] });
    expect(m.masked).toEqual(["idNumber", "phone", "salt"]);
  });

  it("rotates by size: the full file becomes <file>.1 and nothing is lost", () => {
    const dir = tempDir();
    const file = join(dir, "d.jsonl");
    const log = new DecisionLog({ file, maxBytes: 1000 });
    const rec = (i: number): DecisionRecord => ({
      format: "ggzy-decision/1",
      id: `id-${i}`,
      time: "2026-06-30T00:00:00Z",
      tool: "t",
      endpoint: "e",
      subject: "s",
      inputHash: "h".repeat(64),
      inputHashOf: "canonicalJson",
      ruleset: { version: "v", contentHash: "c".repeat(64), packs: [] },
      verdict: "ok",
      findings: [],
    });
    for (let i = 0; i < 20; i++) {
      log.append(rec(i));
      log.writePending();
    }
    log.close();
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThan(2);
    const all = files.flatMap((f) => records(join(dir, f)).map((r) => r.id));
    expect(all.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `id-${i}`).sort());
    for (const f of files) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(1000);
  });
});

describe("ggzy decisions replay", () => {
  async function logged(packs: string[] = [], packDir?: string) {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file, logInputs: true, maskFields: ["legalRepresentative"] });
    const s = await server({ decisions: log, rules: new RuleSetHolder(packs) });
    await post(s, "/v1/check/award", fixture("examples/records/award.json"));
    await post(s, "/v1/check", fixture("examples/records/complaint.json"));
    await post(s, "/v1/check/spotCheck?asOf=2024-12-31", fixture("examples/records/spot-check.json"));
    await post(s, "/v1/check/award", { award: { id: 1 } });
    await post(s, "/v1/draws/spot-checks", publicDrawRequest("examples/draws/spot-checks-request.json"));
    await post(s, "/v1/draws/committee", committeeRequest());
    await post(s, "/v1/score/bidders", { ...fixtureJson<Record<string, unknown>>("examples/scoring/bidders.json"), asOf: "2026-06-30" });
    await post(s, "/v1/rank", { project: fixtureJson("examples/scoring/project.json"), agencies: fixtureJson("examples/scoring/agencies.json"), asOf: "2026-06-30" });
    await s.app.close();
    log.close();
    return { file, packDir };
  }

  it("reports every logged decision identical under the rule set of its hash (sealed draws not replayable: no salt)", async () => {
    const { file } = await logged();
    const r = await replayLogs([file]);
    expect(r.outcomes.filter((o) => o.status !== "identical").map((o) => [o.endpoint, o.status, o.reason])).toEqual([
      ["POST /v1/draws/committee", "notReplayable", "sealed draw: its salt is never logged"],
    ]);
    expect(r.identical).toBe(7);
  });

  it("a batch whose kind is given by the subject its reports name is logged under the record kind and replays identical", async () => {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file, logInputs: true });
    const s = await server({ decisions: log });
    const spotCheck = JSON.stringify(fixtureJson("examples/records/spot-check.json"));
    const r = await s.app.inject({ method: "POST", url: "/v1/check/batch?asOf=2024-12-31&subject=spotCheckQuarter", headers: { "content-type": "application/x-ndjson" }, payload: `${spotCheck}\n${spotCheck}\n` });
    expect((JSON.parse(r.body.split("\n")[0]!) as { subject: string }).subject).toBe("spotCheckQuarter");
    await s.app.close();
    log.close();
    expect(records(file).map((d) => [d.endpoint, d.subject])).toEqual([
      ["POST /v1/check/batch", "spotCheck"],
      ["POST /v1/check/batch", "spotCheck"],
    ]);
    const replayed = await replayLogs([file]);
    expect(replayed.identical).toBe(2);
  });

  it("finds a county pack's rule set in --packs by its hash, and says which pack is missing without it", async () => {
    const dir = tempDir();
    copyFileSync("examples/county/my-county.json", join(dir, "county.json"));
    writeFileSync(join(dir, "notes.json"), '{"not":"a pack"}');
    const { file } = await logged([join(dir, "county.json")]);
    expect((await replayLogs([file], dir)).different).toBe(0);
    expect((await replayLogs([file], dir)).identical).toBe(7);
    const without = await replayLogs([file]);
    expect(without.identical).toBe(0);
    expect(without.outcomes[0]?.reason).toMatch(/my-county@0\.1\.0 not found/);
  });

  it("a pack changed since keeps its name but not its hash: replay says so", async () => {
    const dir = tempDir();
    copyFileSync("examples/county/my-county.json", join(dir, "county.json"));
    const { file } = await logged([join(dir, "county.json")]);
    const pack = fixtureJson<{ params: Record<string, number> }>("examples/county/my-county.json");
    pack.params["majorProjectBudgetYuan"] = 1;
    writeFileSync(join(dir, "county.json"), JSON.stringify(pack));
    const r = await replayLogs([file], dir);
    expect(r.outcomes[0]?.status).toBe("notReplayable");
    expect(r.outcomes[0]?.reason).toMatch(/content changed/);
  });

  it("a record whose verdict no longer follows is reported different, with the findings that changed; a torn line unreadable", async () => {
    const { file } = await logged();
    const recs = records(file);
    // The spot check was logged whole; the award with legalRepresentative masked (its decision cannot be compared).
    expect([recs[2]!.masked, recs[0]!.masked]).toEqual([undefined, ["legalRepresentative"]]);
    for (const i of [2, 0]) {
      recs[i]!.findings = [...recs[i]!.findings, "MADE_UP_RULE"];
      recs[i]!.outputHash = "0".repeat(64);
    }
    recs[3]!.error = "UNKNOWN_SUBJECT";
    writeFileSync(file, recs.map((x) => JSON.stringify(x)).join("\n") + "\n");
    appendFileSync(file, '{"format":"ggzy-decision/1","id":"x","ti');
    const r = await replayLogs([file]);
    expect(r.outcomes[2]?.status).toBe("different");
    expect(r.outcomes[2]?.reason).toMatch(/no longer raised: MADE_UP_RULE/);
    expect(r.outcomes[0]?.status).toBe("notReplayable");
    expect(r.outcomes[0]?.reason).toMatch(/^input masked \(legalRepresentative\): taken again on the masked input, fewer findings raised: MADE_UP_RULE;/);
    expect(r.outcomes[3]?.status).toBe("different");
    expect(r.outcomes[3]?.reason).toMatch(/now refused with INVALID_INPUT/);
    expect(r.unreadable).toBe(1);
  });

  it("a line edited after the fact is inconsistent: its input no longer hashes to inputHash, or its verdict is not what its outputHash records", async () => {
    const { file } = await logged();
    const recs = records(file);
    expect(recs[1]!.masked).toBeUndefined();
    (recs[1]!.input as Record<string, unknown>)["id"] = "C-EDITED";
    expect(recs[0]!.verdict).toBe("findings");
    recs[0]!.verdict = "ok";
    recs[0]!.findings = [];
    recs[6]!.verdict = "ranked";
    recs[2]!.outputHash = `00${recs[2]!.outputHash!.slice(2)}`;
    writeFileSync(file, recs.map((x) => JSON.stringify(x)).join("\n") + "\n");
    const r = await replayLogs([file]);
    expect(r.outcomes.map((o) => o.status)).toEqual(["inconsistent", "inconsistent", "different", "identical", "identical", "notReplayable", "inconsistent", "identical"]);
    expect(r.inconsistent).toBe(3);
    expect(r.outcomes[0]?.reason).toMatch(/^the line says ok \[\], but the decision its outputHash records is findings \[CONTRACT_SIGNED_IN_TIME/);
    expect(r.outcomes[1]?.reason).toMatch(/does not hash to the recorded inputHash/);
    expect(r.outcomes[2]?.reason).toMatch(/^same verdict and finding ids; .*or the line's outputHash was edited/);
    expect(r.outcomes[6]?.reason).toMatch(/the line says ranked \[\], but the decision its outputHash records is scored/);
  });

  it("of two files with the same pack name and version, replay takes the one that hashes to the recorded rule set", async () => {
    const dir = tempDir();
    copyFileSync("examples/county/my-county.json", join(dir, "b-county.json"));
    const { file } = await logged([join(dir, "b-county.json")]);
    const draft = fixtureJson<{ params: Record<string, number> }>("examples/county/my-county.json");
    draft.params["majorProjectBudgetYuan"] = 1;
    // Sorted after the first and before it: whichever came last used to win.
    writeFileSync(join(dir, "a-draft.json"), JSON.stringify(draft));
    writeFileSync(join(dir, "c-draft.json"), JSON.stringify(draft));
    const r = await replayLogs([file], dir);
    expect(r.identical).toBe(7);
    expect(r.different + r.inconsistent).toBe(0);
  });

  it("streams: each outcome as it comes when asked, in the order of the lines; a line not UTF-8 is unreadable", async () => {
    const { file } = await logged();
    appendFileSync(file, Buffer.from([0x7b, 0xff, 0x7d, 0x0a]));
    const seen: Array<[number, string]> = [];
    const r = await replayLogs([file, file], undefined, (o) => seen.push([o.line, o.status]));
    expect(r.outcomes).toEqual([]);
    expect(seen.map(([line]) => line)).toEqual([...Array.from({ length: 9 }, (_, i) => i + 1), ...Array.from({ length: 9 }, (_, i) => i + 1)]);
    expect(seen[8]).toEqual([9, "unreadable"]);
    expect(r).toMatchObject({ decisions: 18, identical: 14, notReplayable: 2, unreadable: 2 });
    expect((await replayLogs([file])).outcomes[8]?.reason).toBe("not valid UTF-8 text");
  });

  it("a missing log fails the replay before any decision is taken", async () => {
    const { file } = await logged();
    const seen: unknown[] = [];
    await expect(replayLogs([file, join(tempDir(), "absent.jsonl")], undefined, (o) => seen.push(o))).rejects.toThrow(/Cannot read decision log/);
    expect(seen).toEqual([]);
  });

  it("a partial last line (a write cut short by kill -9) is moved to <file>.torn on opening; the log goes on whole", async () => {
    const { file } = await logged();
    const whole = readFileSync(file, "utf8");
    const fragment = '{"format":"ggzy-decision/1","id":"x","time":"2026-06-30T02:0';
    appendFileSync(file, fragment);
    const log = new DecisionLog({ file, logInputs: true });
    expect(log.repairedBytes).toBe(Buffer.byteLength(fragment));
    expect(readFileSync(`${file}.torn`, "utf8")).toBe(`${fragment}\n`);
    expect(readFileSync(file, "utf8")).toBe(whole);
    const s = await server({ decisions: log });
    await post(s, "/v1/check/award", fixture("examples/records/award.json"));
    await s.app.close();
    log.close();
    const r = await replayLogs([file]);
    expect(r.unreadable).toBe(0);
    expect(r.identical).toBe(r.decisions - r.outcomes.filter((o) => o.status === "notReplayable").length);
    expect(records(file).length).toBe(whole.split("\n").length);
  });

  it("a log that ends with a whole line, or is empty, is left as it is", async () => {
    const { file } = await logged();
    const before = readFileSync(file, "utf8");
    for (const log of [new DecisionLog({ file }), new DecisionLog({ file: join(tempDir(), "new.jsonl") })]) {
      expect(log.repairedBytes).toBe(0);
      log.close();
    }
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  /** A project whose first expert has a sibling named as a bidder's legal representative, told apart by id number alone. */
  function namesakeProject(): Record<string, unknown> {
    const p = fixtureJson<{ experts: Array<Record<string, unknown>>; parties: { bidders: Array<{ legalRepresentative: Record<string, unknown> }> } }>("examples/records/project.json");
    p.experts[0]!["familyTies"] = [{ person: { name: "赵华兴", idNumber: "370000199001010000" }, relation: "sibling" }];
    p.parties.bidders[0]!.legalRepresentative["idNumber"] = "370000198001010011";
    return p;
  }

  async function loggedNamesake(maskFields: readonly string[]): Promise<string> {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file, logInputs: true, maskFields });
    const s = await server({ decisions: log });
    await post(s, "/v1/check/project?asOf=2024-07-31", namesakeProject());
    await s.app.close();
    log.close();
    return file;
  }

  it("a decision that turns on a masked value (the default idNumber) is not replayable, never different, and says which field", async () => {
    const file = await loggedNamesake(DEFAULT_MASK);
    expect(records(file)[0]!.masked).toEqual(["idNumber"]);
    const r = await replayLogs([file]);
    expect(r).toMatchObject({ decisions: 1, identical: 0, different: 0, inconsistent: 0, notReplayable: 1 });
    expect(r.outcomes[0]?.reason).toBe(
      "input masked (idNumber): taken again on the masked input, more findings raised: EXPERT_AVOIDS_CONFLICT_OF_INTEREST; the decision may turn on the masked values, so replay cannot tell whether it changed (log these fields unmasked to replay it)",
    );
    expect(r.outcomes[0]?.reason).not.toMatch(/outputHash was edited/);
    // Logged unmasked, the same decision replays identical.
    expect((await replayLogs([await loggedNamesake([])])).identical).toBe(1);
  });

  it("a masked line is checked against the hash of its masked input, and against its outputHash when replay gives that back", async () => {
    const file = await loggedNamesake(DEFAULT_MASK);
    const rec = records(file)[0]!;
    expect(rec.maskedInputHash).toBe(hashCanonical(rec.input));
    const edited = structuredClone(rec);
    (edited.input as { project: Record<string, unknown> }).project["name"] = "EDITED";
    // A masked field that the decision does not turn on: replay gives back the outputHash, so the verdict is checked.
    const { file: other } = await logged();
    const award = records(other)[0]!;
    expect(award.masked).toEqual(["legalRepresentative"]);
    const lied = { ...award, verdict: "ok", findings: [] };
    const unhashed = { ...award, input: { ...(award.input as object), extra: 1 } };
    writeFileSync(file, [edited, lied, unhashed].map((x) => JSON.stringify(x)).join("\n") + "\n");
    const r = await replayLogs([file]);
    expect(r.outcomes.map((o) => o.status)).toEqual(["inconsistent", "inconsistent", "inconsistent"]);
    expect(r.outcomes[0]?.reason).toMatch(/masked\) input does not hash to the recorded maskedInputHash/);
    expect(r.outcomes[1]?.reason).toMatch(/^the line says ok \[\], but the decision its outputHash records is findings/);
  });

  it("says when decisions were taken by another version of the tool: replayed all the same, counted by version", async () => {
    const { file } = await logged();
    const recs = records(file);
    expect(recs.every((x) => x.tool === REPLAY_TOOL)).toBe(true);
    expect((await replayLogs([file])).otherTools).toEqual({});
    for (const x of recs) x.tool = "ggzy-cli@0.0.7";
    recs[3]!.error = "UNKNOWN_SUBJECT";
    writeFileSync(file, recs.map((x) => JSON.stringify(x)).join("\n") + "\n");
    const r = await replayLogs([file]);
    expect(r).toMatchObject({ identical: 6, different: 1, notReplayable: 1, tool: REPLAY_TOOL, otherTools: { "ggzy-cli@0.0.7": 8 } });
    expect(r.outcomes[0]?.tool).toBe("ggzy-cli@0.0.7");
    const run = await runCommand([registerDecisions], ["decisions", "replay", file]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/:4 \S+ POST \/v1\/check\/award DIFFERENT: now refused with INVALID_INPUT .* \(taken by ggzy-cli@0\.0\.7\)\n/);
    expect(run.out.trim().split("\n").at(-1)).toBe(
      `8 decisions were taken by another version (ggzy-cli@0.0.7: 8) and replayed by ${REPLAY_TOOL}: identical means identical under ${REPLAY_TOOL}, not under the version that took them`,
    );
  });

  it("without --log-inputs a decision cannot be replayed, and replay says why", async () => {
    const file = join(tempDir(), "d.jsonl");
    const log = new DecisionLog({ file });
    const s = await server({ decisions: log });
    await post(s, "/v1/check/award", fixture("examples/records/award.json"));
    await s.app.close();
    log.close();
    expect((await replayLogs([file])).outcomes[0]?.reason).toMatch(/--log-inputs/);
  });
});
