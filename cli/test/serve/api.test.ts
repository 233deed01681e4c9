import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRuleSet, RECORD_KINDS } from "ggzy-rules/rules";
import { scoreAgency } from "ggzy-rules/scoring";
import type { AgencyCreditInputData } from "ggzy-rules/scoring";
import { canonicalText, runScore } from "../../src/decisions/operations";
import { AgencyCreditSchema } from "../../src/serve/result-schemas";
import { generateReleases, emptyTruth } from "../../../examples/risk/generate";
import { kindOfSubject } from "../../src/names";
import type { Server } from "../../src/serve/app";
import { SUBJECT_ALIASES } from "../../src/subjects";
import { committeeRequest, fixture, fixtureJson, json, post, problemOf, publicDrawRequest, server } from "./helpers";

let s: Server;
beforeAll(async () => {
  s = await server();
});
afterAll(async () => s.app.close());

const hash = defaultRuleSet().contentHash;

/** Each record kind with an example record. */
const EXAMPLES: Record<string, string> = {
  award: "examples/records/award.json",
  committee: "examples/records/committee.json",
  complaint: "examples/records/complaint.json",
  expert: "examples/records/expert.json",
  agencySelection: "examples/records/agency-selection.json",
  project: "examples/records/project.json",
  spotCheck: "examples/records/spot-check.json",
};

/** The report's subject where it is not the URL's name. */
const REPORT_SUBJECT: Record<string, string> = { expert: "expertAdmission", spotCheck: "spotCheckQuarter" };

/** The example award with no contract yet (signing is pending), under the regime given. */
function pendingAward(regime: "tendering" | "governmentProcurement"): Record<string, unknown> {
  const a = fixtureJson<{ contract?: unknown; project: Record<string, unknown> }>("examples/records/award.json");
  delete a.contract;
  a.project = { ...a.project, regime, ...(regime === "governmentProcurement" ? { category: "governmentProcurement" } : {}) };
  return a;
}

/** A GP award whose winner was chosen in 2024 and whose result was never announced: late, counted in working days to asOf. */
function unannouncedGpAward(): Record<string, unknown> {
  const award = pendingAward("governmentProcurement");
  award["award"] = { ...(award["award"] as object), reportReceivedOn: "2024-05-13", decidedOn: "2024-05-15" };
  return award;
}

describe("POST /v1/check/{subject}", () => {
  it("judges pending acts on today by the service's clock when no asOf is given, and says which day it used", async () => {
    // the service's clock: 2026-06-30 in Shanghai; the award's notice 2026-05-20, no contract
    const award = pendingAward("tendering");
    award["award"] = { ...(award["award"] as object), noticeOn: "2026-05-20" };
    const today = await post(s, "/v1/check/award", award);
    expect(today.statusCode).toBe(200);
    const report = json<{ asOf: string; findings: Array<{ ruleId: string }> }>(today);
    expect(report.asOf).toBe("2026-06-30");
    expect(report.findings.map((f) => f.ruleId)).toContain("CONTRACT_SIGNED_IN_TIME");
    const earlier = json<{ asOf: string; findings: Array<{ ruleId: string }> }>(await post(s, "/v1/check/award?asOf=2026-06-01", award));
    expect(earlier.asOf).toBe("2026-06-01");
    expect(earlier.findings.map((f) => f.ruleId)).not.toContain("CONTRACT_SIGNED_IN_TIME");
  });


  it.each(Object.entries(EXAMPLES))("checks the example %s record and carries the rule set's hash and the tool version", async (subject, file) => {
    const r = await post(s, `/v1/check/${subject}`, fixture(file));
    expect(r.statusCode).toBe(200);
    const body = json<{ subject: string; ok: boolean; contentHash: string; toolVersion: string; decisionId: string; findings: unknown[] }>(r);
    expect(body.subject).toBe(REPORT_SUBJECT[subject] ?? subject);
    expect(body.contentHash).toBe(hash);
    expect(r.headers["ggzy-ruleset-hash"]).toBe(hash);
    expect(r.headers["ggzy-tool-version"]).toBe(body.toolVersion);
    expect(r.headers["ggzy-decision-id"]).toBe(body.decisionId);
  });

  it("reports the late contract of the example award as a finding with evidence", async () => {
    const body = json<{ ok: boolean; findings: Array<{ ruleId: string; evidence: Record<string, unknown>; message: { zh: string; en: string } }> }>(await post(s, "/v1/check/award", fixture("examples/records/award.json")));
    expect(body.ok).toBe(false);
    const f = body.findings.find((x) => x.ruleId === "CONTRACT_SIGNED_IN_TIME");
    expect(f?.message.zh).toMatch(/逾期 5 日/);
    expect(f?.evidence).toBeTypeOf("object");
  });

  it("answers a rule it cannot judge for lack of data as skipped, noData, with the facts missing, never as evaluated", async () => {
    type Body = { evaluated: string[]; skipped: Array<{ ruleId: string; reason: string; missing?: string[] }> };
    const award = fixtureJson<Record<string, unknown>>("examples/records/award.json"); // no evaluations
    const without = json<Body>(await post(s, "/v1/check/award", award));
    expect(without.skipped).toContainEqual({ ruleId: "RESULT_OBJECTION_ANSWERED_BEFORE_AWARD", reason: "noData", missing: ["evaluations"] });
    expect(without.evaluated).not.toContain("RESULT_OBJECTION_ANSWERED_BEFORE_AWARD");
    const none = json<Body>(await post(s, "/v1/check/award", { ...award, evaluations: [] }));
    expect(none.evaluated).toContain("RESULT_OBJECTION_ANSWERED_BEFORE_AWARD");
    expect(none.skipped.filter((x) => x.reason === "noData")).toEqual([]);
  });

  it("checks an evaluation (built from the committee example), and refuses one without a status", async () => {
    const c = fixtureJson<{ project: { id: string }; experts: unknown; committee: unknown[] }>("examples/records/committee.json");
    const evaluation = { id: "EV-1", projectId: c.project.id, status: "finished", committee: c.committee };
    const r = await post(s, "/v1/check/evaluation", { project: c.project, evaluation, experts: c.experts });
    expect(r.statusCode, r.body.slice(0, 400)).toBe(200);
    expect(json<{ subject: string }>(r).subject).toBe("evaluation");
    const { status: _s, ...noStatus } = evaluation;
    const bad = await post(s, "/v1/check/evaluation", { project: c.project, evaluation: noStatus, experts: c.experts });
    expect(bad.statusCode).toBe(422);
    expect(problemOf(bad).issues[0]?.path).toEqual(["evaluation", "status"]);
  });

  it("takes asOf, explain and locale as query options and refuses a bad one with its path", async () => {
    const r = await post(s, "/v1/check/award?explain=none&locale=en", fixture("examples/records/award.json"));
    const body = json<{ findings: Array<{ explanation?: unknown; text: string }> }>(r);
    expect(body.findings[0]?.explanation).toBeUndefined();
    expect(body.findings[0]?.text).toMatch(/^After the award notice/);
    const bad = await post(s, "/v1/check/award?asOf=tomorrow", fixture("examples/records/award.json"));
    expect(bad.statusCode).toBe(422);
    expect(problemOf(bad).issues[0]?.path).toEqual(["query", "asOf"]);
  });

  it("an invalid record is 422 with the field's path, and the library's code", async () => {
    const r = await post(s, "/v1/check/award", { award: { id: "A", projectId: "P", bidderId: "B", noticeOn: "2024-13-45", status: "active" } });
    expect(r.statusCode).toBe(422);
    const p = problemOf(r);
    expect(p.code).toBe("INVALID_INPUT");
    expect(p.issues.map((i) => i.path.join("."))).toContain("award.noticeOn");
    expect(p.type).toBe("urn:ggzy:problem:INVALID_INPUT");
  });

  it("an unknown subject is 404 naming the known ones", async () => {
    const r = await post(s, "/v1/check/tender", {});
    expect(r.statusCode).toBe(404);
    const p = problemOf(r);
    expect(p.code).toBe("UNKNOWN_SUBJECT");
    for (const k of RECORD_KINDS) expect(p.message.en).toContain(k);
  });

  it("a rule subject or a misspelt kind in the path is answered with the record kind meant", async () => {
    const r = await post(s, "/v1/check/spotCheckQuarter", {});
    expect(r.statusCode).toBe(404);
    const p = problemOf(r);
    expect(p.code).toBe("UNKNOWN_SUBJECT");
    expect(p.message.en).toContain("Unknown record kind spotCheckQuarter; subject spotCheckQuarter is checked on records of kind spotCheck; did you mean spotCheck? One of: expert,");
    expect(p.message.zh).toContain("主题 spotCheckQuarter 由 spotCheck 类记录检查，是否要找 spotCheck？");
    expect(p.details).toMatchObject({ kind: "spotCheckQuarter", didYouMean: ["spotCheck"] });
    expect(problemOf(await post(s, "/v1/check/expertAdmission", {})).details).toMatchObject({ didYouMean: ["expert"] });
    expect(problemOf(await post(s, "/v1/check/compliant", {})).details).toMatchObject({ didYouMean: ["complaint"] });
    expect(problemOf(await post(s, "/v1/check/tender", {})).details).not.toHaveProperty("didYouMean");
  });
});

describe("POST /v1/check (auto-detect)", () => {
  it("detects the kind from the record's keys", async () => {
    const r = await post(s, "/v1/check", fixture("examples/records/complaint.json"));
    expect(r.statusCode).toBe(200);
    expect(json<{ subject: string }>(r).subject).toBe("complaint");
  });
  it("a record of no known kind is 404 UNKNOWN_SUBJECT", async () => {
    const r = await post(s, "/v1/check", { hello: "world" });
    expect(r.statusCode).toBe(404);
    expect(problemOf(r).code).toBe("UNKNOWN_SUBJECT");
  });
  it("a year the calendar does not cover: the problem says what an HTTP caller can do, not the library's options", async () => {
    const r = await post(s, "/v1/check/award?asOf=2040-01-01", unannouncedGpAward());
    expect(r.statusCode).toBe(422);
    const p = json<{ code: string; message: { zh: string; en: string }; details: { year: number; covered: number[] } }>(r);
    expect(p.code).toBe("CALENDAR_YEAR_NOT_COVERED");
    for (const text of [p.message.zh, p.message.en]) {
      expect(text).not.toMatch(/createCalendar|validator option|校验选项/);
      expect(text).toContain("2040");
      expect(text).toContain("asOf");
      // the service's own query parameter, for a year past the calendar's last
      expect(text).toContain("provisionalCalendar=true");
    }
    expect(p.message.en).toMatch(/^The service's working-day calendar "PRC" has no holiday arrangement for 2040 \(covered: \d{4}–\d{4}\)/);
    expect(p.details.year).toBe(2040);
  });

  it("a tendering award judged in a year the calendar does not cover is still judged: its government-procurement working-day facts are not counted", async () => {
    // the example: a tendering award whose contract was signed (and, as tendering goes, not announced)
    const r = await post(s, "/v1/check/award?asOf=2040-01-01", fixture("examples/records/award.json"));
    expect(r.statusCode).toBe(200);
    expect(json<{ findings: Array<{ ruleId: string }> }>(r).findings.map((f) => f.ruleId)).toContain("CONTRACT_SIGNED_IN_TIME");
  });

  it("?provisionalCalendar=true counts a year with no holiday notice on statutory holidays, and marks the findings that rest on it", async () => {
    const award = unannouncedGpAward();
    const refused = await post(s, "/v1/check/award?asOf=2040-01-01", award);
    expect(refused.statusCode).toBe(422);
    expect(problemOf(refused).code).toBe("CALENDAR_YEAR_NOT_COVERED");
    const r = await post(s, "/v1/check/award?asOf=2040-01-01&provisionalCalendar=true", award);
    expect(r.statusCode).toBe(200);
    const report = json<{ asOf: string; findings: Array<{ ruleId: string; evidence: Record<string, unknown> }> }>(r);
    expect(report.asOf).toBe("2040-01-01");
    const late = report.findings.find((f) => f.ruleId === "GP_RESULT_ANNOUNCED_IN_TIME");
    expect(late?.evidence["calendar.provisionalYears"]).toEqual(expect.arrayContaining([2027, 2040]));
  });

  it("an operator's --provisional-calendar makes it the default, and a request may still say provisionalCalendar=false", async () => {
    const provisional = await server({ provisionalCalendar: true });
    try {
      const r = await post(provisional, "/v1/check/award?asOf=2040-01-01", unannouncedGpAward());
      expect(r.statusCode).toBe(200);
      const off = await post(provisional, "/v1/check/award?asOf=2040-01-01&provisionalCalendar=false", unannouncedGpAward());
      expect(problemOf(off).code).toBe("CALENDAR_YEAR_NOT_COVERED");
    } finally {
      await provisional.app.close();
    }
  });

  it("a body that is not an object is 422", async () => {
    const r = await post(s, "/v1/check", "[1,2]");
    expect(r.statusCode).toBe(422);
    problemOf(r);
  });
});

describe("POST /v1/check/batch", () => {
  it("answers one line per record, in order, a bad line with its problem, and checks the rest", async () => {
    const lines = fixture("examples/records/records.jsonl").trim().split("\n");
    const body = [lines[0], "{not json", "", JSON.stringify({ hello: 1 }), ...lines.slice(1)].join("\n") + "\n";
    const r = await s.app.inject({ method: "POST", url: "/v1/check/batch", headers: { "content-type": "application/x-ndjson" }, payload: body });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toMatch(/^application\/x-ndjson/);
    const all = r.body.trim().split("\n").map((l) => JSON.parse(l) as { line: number; ok?: boolean; subject?: string; problem?: { status: number; code: string }; contentHash?: string; summary?: Record<string, unknown> });
    const out = all.slice(0, -1);
    expect(out.length).toBe(lines.length + 2);
    expect(out.map((o) => o.line)).toEqual([1, 2, 4, ...lines.slice(1).map((_, i) => 5 + i)]);
    expect(out[1]?.problem?.code).toBe("MALFORMED_JSON");
    expect(out[1]?.problem?.status).toBe(400);
    expect(out[2]?.problem?.code).toBe("UNKNOWN_SUBJECT");
    expect(out[0]?.contentHash).toBe(hash);
    expect(out.filter((o) => o.problem === undefined).length).toBe(lines.length);
    // The last line, the only one without `line`, says the batch is complete and counts what is above.
    expect(all[all.length - 1]).toEqual({
      summary: {
        complete: true,
        records: lines.length + 2,
        checked: lines.length,
        ok: out.filter((o) => o.ok === true).length,
        withFindings: lines.length - out.filter((o) => o.ok === true).length,
        rejected: 2,
        findings: { error: expect.any(Number) as number, warning: 0, info: 0 },
        lastLine: lines.length + 3,
        contentHash: hash,
        toolVersion: expect.any(String) as string,
      },
    });
    expect(out.some((o) => o.ok === true) && out.some((o) => o.ok === false)).toBe(true);
  });

  it("a body with no line gets the summary line alone", async () => {
    const r = await s.app.inject({ method: "POST", url: "/v1/check/batch", headers: { "content-type": "application/x-ndjson" }, payload: Buffer.from("\n\n") });
    expect(r.body.trim().split("\n").map((l) => JSON.parse(l) as unknown)).toEqual([{ summary: expect.objectContaining({ complete: true, records: 0, lastLine: 0 }) as unknown }]);
  });

  it("takes ?subject= for every line and answers an over-long line as 413 without stopping", async () => {
    const small = await server({ limits: { bodyLimit: 2000 } });
    const complaint = JSON.stringify(fixtureJson("examples/records/complaint.json"));
    const body = [complaint, `{"x":"${"a".repeat(5000)}"}`, complaint].join("\r\n");
    const r = await small.app.inject({ method: "POST", url: "/v1/check/batch?subject=complaint", headers: { "content-type": "application/x-ndjson" }, payload: body });
    const out = r.body.trim().split("\n").map((l) => JSON.parse(l) as { line: number; subject?: string; problem?: { status: number }; summary?: { rejected: number } });
    expect(out.map((o) => [o.line, o.subject ?? o.problem?.status ?? o.summary?.rejected])).toEqual([
      [1, "complaint"],
      [2, 413],
      [3, "complaint"],
      [undefined, 1],
    ]);
    await small.app.close();
  });

  it("?subject= takes back every subject a result names: the record kind or its reports' subject, the same reports either way", async () => {
    for (const [kind, file] of Object.entries(EXAMPLES)) {
      const record = JSON.stringify(JSON.parse(fixture(file)));
      const batch = async (subject: string) => {
        const r = await s.app.inject({ method: "POST", url: `/v1/check/batch?asOf=2024-12-31&subject=${subject}`, headers: { "content-type": "application/x-ndjson" }, payload: `${record}\n` });
        expect(r.statusCode, `${subject}: ${r.body.slice(0, 300)}`).toBe(200);
        const [line] = r.body.trim().split("\n").map((l) => JSON.parse(l) as { subject?: string; findings?: Array<{ ruleId: string }>; problem?: unknown });
        return line!;
      };
      const byKind = await batch(kind);
      expect(byKind.problem, kind).toBeUndefined();
      expect(byKind.subject).toBe(REPORT_SUBJECT[kind] ?? kind);
      const byName = await batch(byKind.subject!);
      expect(byName.problem, byKind.subject).toBeUndefined();
      expect(byName.findings?.map((f) => f.ruleId)).toEqual(byKind.findings?.map((f) => f.ruleId));
    }
  });

  it("the names ?subject= takes besides the kinds are rule subjects checked on records of those kinds", () => {
    for (const [subject, kind] of Object.entries(SUBJECT_ALIASES)) expect(kindOfSubject(subject, RECORD_KINDS)?.names).toEqual([kind]);
    expect(Object.values(REPORT_SUBJECT).sort()).toEqual(Object.keys(SUBJECT_ALIASES).sort());
  });

  it("an unknown ?subject= is 422 listing every accepted name, with the one meant when it can tell", async () => {
    const refused = async (subject: string) => {
      const r = await s.app.inject({ method: "POST", url: `/v1/check/batch?subject=${subject}`, headers: { "content-type": "application/x-ndjson" }, payload: "{}\n" });
      expect(r.statusCode).toBe(422);
      return problemOf(r) as ReturnType<typeof problemOf> & { details: { known: string[]; didYouMean?: string[] } };
    };
    const p = await refused("tender");
    expect(p.code).toBe("INVALID_INPUT");
    expect(p.issues[0]?.path).toEqual(["query", "subject"]);
    expect(p.details.known).toEqual([...RECORD_KINDS, "expertAdmission", "spotCheckQuarter"]);
    expect(p.details.didYouMean).toBeUndefined();
    expect(p.message.en).toBe(`Invalid request: field query.subject: unknown record kind tender; one of: ${[...RECORD_KINDS, "expertAdmission", "spotCheckQuarter"].join(", ")}`);
    expect(p.message.zh).toContain("spotCheckQuarter");
    const typo = await refused("spotCheckQuater");
    expect(typo.details.didYouMean).toEqual(["spotCheckQuarter"]);
    expect(typo.message.en).toContain("did you mean spotCheckQuarter? One of: expert,");
  });

  it("accepts a JSON array too", async () => {
    const r = await post(s, "/v1/check/batch", [fixtureJson("examples/records/complaint.json"), fixtureJson("examples/records/award.json")]);
    const out = r.body.trim().split("\n").map((l) => JSON.parse(l) as { subject?: string; summary?: { complete: boolean; records: number; lastLine: number } });
    expect(out.map((o) => o.subject ?? o.summary)).toEqual(["complaint", "award", expect.objectContaining({ complete: true, records: 2, lastLine: 2 })]);
  });
});

describe("GET /v1/rules and /v1/schemas", () => {
  it("lists the rule catalogue with the content hash", async () => {
    const r = await s.app.inject({ method: "GET", url: "/v1/rules" });
    const body = json<{ contentHash: string; rules: Array<{ id: string }> }>(r);
    expect(body.contentHash).toBe(hash);
    expect(body.rules.map((x) => x.id)).toContain("CONTRACT_SIGNED_IN_TIME");
  });
  it("titles every rule and the clauses they cite, and gives each rule its notes (the built-in documentation)", async () => {
    type Body = { rules: Array<{ id: string; clause: string; title?: { zh: string; en: string }; notes?: string }>; clauses: Record<string, { title: { zh: string }; source: { zh: string }; setBy: string }> };
    const body = json<Body>(await s.app.inject({ method: "GET", url: "/v1/rules" }));
    expect(body.rules.filter((r) => r.title === undefined || r.notes === undefined || body.clauses[r.clause] === undefined).map((r) => r.id)).toEqual([]);
    expect(body.rules.find((r) => r.id === "CONTRACT_SIGNED_IN_TIME")?.title?.zh).toBe("中标通知书发出后按期签订书面合同");
    expect(body.clauses["NAT-TBL-47"]).toEqual({
      title: { zh: "招标投标情况书面报告", en: "Written report on the tendering to the supervisor" },
      source: { zh: "招标投标法 第四十七条", en: "Tendering and Bidding Law art. 47" },
      setBy: "national@2.0.0",
    });
  });
  it("serves a model schema as JSON Schema, 404 for an unknown one", async () => {
    const list = json<{ schemas: string[] }>(await s.app.inject({ method: "GET", url: "/v1/schemas" }));
    expect(list.schemas).toContain("Award");
    const award = json<{ type: string; properties: Record<string, unknown> }>(await s.app.inject({ method: "GET", url: "/v1/schemas/Award" }));
    expect(award.type).toBe("object");
    const r = await s.app.inject({ method: "GET", url: "/v1/schemas/toString" });
    expect(r.statusCode).toBe(404);
    expect(problemOf(r).code).toBe("UNKNOWN_SCHEMA");
  });
});

describe("draws", () => {
  it("draws a committee (sealed), then verifies it with the salt", async () => {
    const req = committeeRequest();
    const r = await post(s, "/v1/draws/committee", req);
    expect(r.statusCode).toBe(200);
    const d = json<{ record: { sealed: boolean; resultHash: string }; result: unknown }>(r);
    expect(d.record.sealed).toBe(true);
    const v = await post(s, "/v1/draws/verify", { record: d.record, inputs: (req as { inputs: unknown }).inputs, seedMaterial: req["seedMaterial"], salt: req["salt"] });
    expect(json<{ reproduced: boolean }>(v).reproduced).toBe(true);
    const wrongSalt = await post(s, "/v1/draws/verify", { record: d.record, inputs: (req as { inputs: unknown }).inputs, seedMaterial: req["seedMaterial"], salt: "00".repeat(16) });
    expect(json<{ reproduced: boolean; firstDifference: { path: string } }>(wrongSalt).reproduced).toBe(false);
  });

  it("draws spot checks, supervisors and blind review", async () => {
    for (const [kind, file] of [
      ["spot-checks", "examples/draws/spot-checks-request.json"],
      ["supervisors", "examples/draws/supervisors-request.json"],
    ] as const) {
      const r = await post(s, `/v1/draws/${kind}`, publicDrawRequest(file));
      expect(r.statusCode, r.body).toBe(200);
    }
    const blind = { ...publicDrawRequest("examples/draws/blind-review-request.json"), salt: fixture("examples/draws/salt.hex").trim() };
    expect((await post(s, "/v1/draws/blind-review", blind)).statusCode).toBe(200);
  });

  it("a sealed draw without its salt, or without seed material, is 422 with the path", async () => {
    const { salt: _s, ...noSalt } = committeeRequest();
    const r = await post(s, "/v1/draws/committee", noSalt);
    expect(r.statusCode).toBe(422);
    problemOf(r);
    const { seedMaterial: _m, ...noSeed } = committeeRequest();
    const r2 = await post(s, "/v1/draws/committee", noSeed);
    expect(r2.statusCode).toBe(422);
    expect(problemOf(r2).code).toBe("SEED_MATERIAL_MISSING");
    const badSalt = problemOf(await post(s, "/v1/draws/committee", { ...committeeRequest(), salt: "abc" }));
    expect(badSalt.code).toBe("DRAW_INVALID_REQUEST");
    expect(badSalt.issues.map((i) => i.path)).toEqual([["salt"]]);
  });

  it("an unsatisfiable committee says which stratum fails", async () => {
    const req = committeeRequest() as { params: { strata: Array<{ count: number }> } };
    req.params.strata[0]!.count = 500;
    const r = await post(s, "/v1/draws/committee", req);
    expect(r.statusCode).toBe(422);
    expect(problemOf(r).code).toMatch(/^DRAW_/);
  });

  it("commits a salt; an unknown draw kind is 404", async () => {
    const r = await post(s, "/v1/draws/commit-salt", { salt: fixture("examples/draws/salt.hex").trim() });
    expect(json<{ saltCommitment: string }>(r).saltCommitment).toBe(fixtureJson<{ saltCommitment: string }>("examples/draws/committee-request.json").saltCommitment);
    expect(problemOf(await post(s, "/v1/draws/commit-salt", { salt: "xyz" })).status).toBe(422);
    const u = await post(s, "/v1/draws/lottery", {});
    expect(u.statusCode).toBe(404);
    expect(problemOf(u).code).toBe("UNKNOWN_SUBJECT");
    const typo = problemOf(await post(s, "/v1/draws/spot-check", {}));
    expect(typo.message.en).toContain("Unknown draw kind spot-check; did you mean spot-checks? One of:");
  });
});

describe("scores and ranking", () => {
  it("scores agencies, experts and bidders as of a day", async () => {
    const ag = await post(s, "/v1/score/agencies", { asOf: "2026-06-30", agencies: fixtureJson("examples/scoring/agencies.json") });
    expect(ag.statusCode, ag.body).toBe(200);
    const a = json<{ results: Array<{ agencyId: string; credit: { score: number; grade: string } }> }>(ag);
    expect(a.results.find((x) => x.agencyId === "AG-001")?.credit.grade).toBe("AA");
    const ex = await post(s, "/v1/score/experts", { ...fixtureJson<Record<string, unknown>>("examples/scoring/experts.json"), asOf: "2026-06-30" });
    expect(json<{ results: Array<{ expertId: string; suspended: boolean }> }>(ex).results.map((e) => e.suspended)).toEqual([false, false, true]);
    const bd = await post(s, "/v1/score/bidders", { ...fixtureJson<Record<string, unknown>>("examples/scoring/bidders.json"), asOf: "2026-06-30" });
    expect(bd.statusCode).toBe(200);
  });

  it('scores agencies at the "items" level of detail on request (item points and record counts, no records)', async () => {
    const body = { asOf: "2026-06-30", agencies: fixtureJson("examples/scoring/agencies.json") };
    type Out = { results: Array<{ agencyId: string; credit: { score: number; breakdown: Array<{ points: number; records?: unknown[]; recordCount?: number }> } }> };
    const full = json<Out>(await post(s, "/v1/score/agencies", body));
    const r = await post(s, "/v1/score/agencies", { ...body, detail: "items" });
    expect(r.statusCode, r.body).toBe(200);
    const items = json<Out>(r);
    expect(items.results.map((a) => a.credit.score)).toEqual(full.results.map((a) => a.credit.score));
    expect(items.results[0]?.credit.breakdown.map((i) => [i.points, i.recordCount])).toEqual(full.results[0]?.credit.breakdown.map((i) => [i.points, i.records?.length]));
    expect(JSON.stringify(items.results)).not.toContain('"records"');
    expect((await post(s, "/v1/score/agencies", { ...body, detail: "all" })).statusCode).toBe(422);
  });

  it("answers every agency's breakdown (built on first read by the library) as the eager single-agency scorer gives it", async () => {
    const agencies = fixtureJson<AgencyCreditInputData[]>("examples/scoring/agencies.json");
    const r = await post(s, "/v1/score/agencies", { asOf: "2026-06-30", agencies });
    expect(r.statusCode, r.body).toBe(200);
    const results = json<{ results: Array<{ agencyId: string; credit: unknown }> }>(r).results;
    expect(results.length).toBe(agencies.length);
    for (const a of results) {
      const eager = scoreAgency(agencies.find((x) => x.id === a.agencyId) as AgencyCreditInputData, { asOf: "2026-06-30" });
      expect(a.credit).toStrictEqual(JSON.parse(JSON.stringify(eager)));
    }
    // The decision log's canonical text (sorted keys) sees the breakdown too.
    const direct = runScore("agencies", { agencies }, "2026-06-30");
    expect(canonicalText(direct)).toBe(canonicalText(JSON.parse(JSON.stringify(results))));
    expect(canonicalText(direct)).toContain('"breakdown":[{');
    // The response schema the service checks its answer with reads breakdowns no one has read yet.
    const parsed = runScore("agencies", { agencies }, "2026-06-30").map((a) => AgencyCreditSchema.parse(a));
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(results);
  });

  it("without asOf, scores as of today in Asia/Shanghai by the service's clock, and says so", async () => {
    const r = await post(s, "/v1/score/agencies", { agencies: fixtureJson("examples/scoring/agencies.json") });
    expect(json<{ asOf: string }>(r).asOf).toBe("2026-06-30");
  });

  it("refuses a bad agency with its path; an unknown kind is 404", async () => {
    const r = await post(s, "/v1/score/agencies", { asOf: "2026-06-30", agencies: [{ id: 5 }] });
    expect(r.statusCode).toBe(422);
    expect(problemOf(r).issues[0]?.path.slice(0, 2)).toEqual(["agencies", 0]);
    expect((await post(s, "/v1/score/tenderers", {})).statusCode).toBe(404);
  });

  it("ranks agencies for a project", async () => {
    const r = await post(s, "/v1/rank", { project: fixtureJson("examples/scoring/project.json"), agencies: fixtureJson("examples/scoring/agencies.json"), asOf: "2026-06-30" });
    expect(r.statusCode, r.body).toBe(200);
    expect(json<{ ranking: { ranked: Array<{ agencyId: string }> } }>(r).ranking.ranked.map((x) => x.agencyId)).toEqual(["AG-001", "AG-005", "AG-002"]);
    expect((await post(s, "/v1/rank", { agencies: [] })).statusCode).toBe(422);
  });
});

describe("POST /v1/risk", () => {
  it("analyses OCDS JSON Lines streamed in, a bad line reported by number", async () => {
    const lines = [...generateReleases({ seed: "serve", cleanProcesses: 40 }, emptyTruth("serve"))].map((x) => JSON.stringify(x));
    lines.splice(3, 0, "{broken");
    const r = await s.app.inject({ method: "POST", url: "/v1/risk?asOf=2026-06-30", headers: { "content-type": "application/x-ndjson" }, payload: `${lines.join("\n")}\n` });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    const body = json<{ summary: { lines: number; skipped: number; problems: Array<{ line: number }>; asOf: string }; contentHash: string }>(r);
    expect(body.summary.lines).toBe(lines.length);
    expect(body.summary.problems[0]?.line).toBe(4);
    expect(body.summary.asOf).toBe("2026-06-30");
  });
  it("refuses settings that are not valid, and a JSON body (415)", async () => {
    const bad = await s.app.inject({ method: "POST", url: `/v1/risk?settings=${encodeURIComponent('{"nope":1}')}`, headers: { "content-type": "application/x-ndjson" }, payload: "" });
    expect(bad.statusCode).toBe(422);
    expect(problemOf(bad).code).toBe("INVALID_SETTINGS");
    const j = await post(s, "/v1/risk", {});
    expect(j.statusCode).toBe(415);
    problemOf(j);
  });
});

describe("health, readiness, metrics, OpenAPI, docs", () => {
  it("answers health and readiness with the content hash", async () => {
    expect(json<{ contentHash: string }>(await s.app.inject({ method: "GET", url: "/healthz" })).contentHash).toBe(hash);
    expect((await s.app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
  });

  it("counts requests, latency and findings by rule in Prometheus format", async () => {
    await post(s, "/v1/check/award", fixture("examples/records/award.json"));
    const m = await s.app.inject({ method: "GET", url: "/metrics" });
    expect(m.headers["content-type"]).toMatch(/^text\/plain/);
    expect(m.body).toMatch(/ggzy_http_requests_total\{method="POST",route="\/v1\/check\/award",status="200"\} \d+/);
    expect(m.body).toMatch(/ggzy_http_request_duration_seconds_bucket/);
    expect(m.body).toMatch(/ggzy_findings_total\{rule="CONTRACT_SIGNED_IN_TIME"\} \d+/);
  });

  it("publishes an OpenAPI 3.1 document generated from the schemas, with every endpoint", async () => {
    const doc = json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> }>(
      await s.app.inject({ method: "GET", url: "/v1/openapi.json" }),
    );
    expect(doc.openapi).toBe("3.1.0");
    const paths = Object.keys(doc.paths);
    for (const k of RECORD_KINDS) expect(paths).toContain(`/v1/check/${k}`);
    for (const p of ["/v1/check", "/v1/check/batch", "/v1/rules", "/v1/schemas/{name}", "/v1/draws/committee", "/v1/draws/verify", "/v1/draws/commit-salt", "/v1/score/agencies", "/v1/rank", "/v1/risk", "/healthz", "/readyz", "/metrics"]) {
      expect(paths).toContain(p);
    }
    const award = doc.paths["/v1/check/award"]?.["post"]?.requestBody?.content["application/json"]?.schema.properties;
    expect(Object.keys(award ?? {})).toEqual(expect.arrayContaining(["award", "contract", "cancellation", "abandonment", "bidders"]));
  });

  it("declares the content types the service sends and takes: problem+json errors, JSON Lines in and out", async () => {
    type Media = Record<string, { schema: { type?: string; items?: unknown; anyOf?: unknown[] } }>;
    type Operation = { requestBody?: { content: Media }; responses: Record<string, { content?: Media }> };
    const doc = json<{ paths: Record<string, Record<string, Operation>> }>(await s.app.inject({ method: "GET", url: "/v1/openapi.json" }));
    let errors = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) < 400) continue;
          errors++;
          expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual(["application/problem+json"]);
        }
      }
    }
    expect(errors).toBeGreaterThan(100);
    const batch = doc.paths["/v1/check/batch"]?.["post"];
    expect(Object.keys(batch?.responses["200"]?.content ?? {})).toEqual(["application/x-ndjson"]);
    expect(batch?.responses["200"]?.content?.["application/x-ndjson"]?.schema.anyOf).toHaveLength(3);
    expect(Object.keys(batch?.requestBody?.content ?? {})).toEqual(["application/x-ndjson", "application/jsonl", "application/json-lines", "application/json"]);
    expect(batch?.requestBody?.content["application/json"]?.schema.type).toBe("array");
    const risk = doc.paths["/v1/risk"]?.["post"];
    expect(Object.keys(risk?.requestBody?.content ?? {})).toEqual(["application/x-ndjson", "application/jsonl", "application/json-lines"]);
    expect(Object.keys(risk?.responses["200"]?.content ?? {})).toEqual(["application/json"]);
    // What is declared is what is sent.
    const sent = await s.app.inject({ method: "POST", url: "/v1/check/batch", headers: { "content-type": "application/x-ndjson" }, payload: fixture("examples/records/records.jsonl") });
    expect(sent.headers["content-type"]).toMatch(/^application\/x-ndjson/);
    const refused = await post(s, "/v1/check/award", { award: { id: 1 } });
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });

  it("serves the docs page from the package, no CDN", async () => {
    const page = await s.app.inject({ method: "GET", url: "/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\/[^"']*\.(js|css)/i);
    const init = await s.app.inject({ method: "GET", url: "/docs/static/swagger-initializer.js" });
    expect(init.body).toContain("/v1/openapi.json");
    expect((await s.app.inject({ method: "GET", url: "/docs/static/swagger-ui-bundle.js" })).statusCode).toBe(200);
  });
});
