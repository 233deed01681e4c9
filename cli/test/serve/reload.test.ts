import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultRuleSet } from "ggzy-rules/rules";
import { makePackKeys, signPack } from "ggzy-rules/authoring";
import { RuleSetHolder } from "../../src/serve/ruleset";
import { hashKey, parseKeys } from "../../src/serve/auth";
import { fixture, fixtureJson, json, post, problemOf, server, tempDir } from "./helpers";

describe("rule pack reload (SIGHUP and POST /v1/admin/reload)", () => {
  it("swaps to the new packs when they load; a bad pack is refused and the old set stays", () => {
    const dir = tempDir();
    const pack = join(dir, "county.json");
    copyFileSync("examples/county/my-county.json", pack);
    const holder = new RuleSetHolder([pack]);
    const before = holder.current;
    expect(before.contentHash).not.toBe(defaultRuleSet().contentHash);
    writeFileSync(pack, '{"name":"my-county","version":"0.1.1","disable":["NO_SUCH_RULE"]}');
    expect(() => holder.reload()).toThrow(/NO_SUCH_RULE/);
    expect(holder.current).toBe(before);
    writeFileSync(pack, "{broken");
    expect(() => holder.reload()).toThrow(/county\.json/);
    expect(holder.current).toBe(before);
    const changed = fixtureJson<{ params: Record<string, number> }>("examples/county/my-county.json");
    changed.params["majorProjectBudgetYuan"] = 30_000_000;
    writeFileSync(pack, JSON.stringify(changed));
    const after = holder.reload();
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(holder.current).toBe(after);
  });

  it("refuses at start, and at reload keeps the old set, a pack whose rule reads a path its subject lacks", async () => {
    const dir = tempDir();
    const pack = join(dir, "county.json");
    const typo = fixtureJson<{ add: Array<{ conditions: { all: Array<{ path: string }> } }> }>("examples/county/county.json");
    (typo.add[0]?.conditions.all[1] as { path: string }).path = "budgetYaun";
    writeFileSync(pack, JSON.stringify(typo));
    expect(() => new RuleSetHolder([pack])).toThrow(/county\.json: dong-e-county@1\.0\.0: .*project\.budgetYaun.*did you mean project\.budgetYuan\?/);
    copyFileSync("examples/county/county.json", pack);
    const holder = new RuleSetHolder([pack]);
    const before = holder.current;
    writeFileSync(pack, JSON.stringify(typo));
    const s = await server({ rules: holder, keys: parseKeys({ keys: [{ id: "ops", sha256: hashKey("admin-key"), scopes: ["admin"] }] }) });
    const bad = await s.app.inject({ method: "POST", url: "/v1/admin/reload", headers: { authorization: "Bearer admin-key" } });
    expect(bad.statusCode).toBe(422);
    expect(problemOf(bad)).toMatchObject({ code: "INVALID_RULE", details: { ruleId: "COUNTY_NO_INVITATION_ABOVE_LIMIT", didYouMean: ["project.budgetYuan"] } });
    expect(holder.current).toBe(before);
    await s.app.close();
  });

  it("with trusted keys, reloads a pack signed by one of them and refuses one whose signature no longer holds", () => {
    const city = makePackKeys(new Uint8Array(32).fill(1));
    const other = makePackKeys(new Uint8Array(32).fill(2));
    const dir = tempDir();
    const pack = join(dir, "county.json");
    const county = fixtureJson<{ params: Record<string, number> }>("examples/county/my-county.json");
    writeFileSync(pack, JSON.stringify(signPack(county, city.signingKey)));
    const holder = new RuleSetHolder([pack], [city.publicKey]);
    const before = holder.current;
    // Re-signed by a key the service does not trust.
    writeFileSync(pack, JSON.stringify(signPack({ ...county, version: "0.2.0" }, other.signingKey)));
    expect(() => holder.reload()).toThrow(/county\.json: the pack is signed by key [0-9a-f]+, which is not among the trusted keys/);
    expect(holder.current).toBe(before);
    // Altered after signing.
    const altered = signPack({ ...county, version: "0.2.0" }, city.signingKey) as unknown as { params: Record<string, number> };
    altered.params["majorProjectBudgetYuan"] = 1;
    writeFileSync(pack, JSON.stringify(altered));
    expect(() => holder.reload()).toThrow(/county\.json: the pack was altered after it was signed/);
    // Unsigned.
    writeFileSync(pack, JSON.stringify({ ...county, version: "0.2.0" }));
    expect(() => holder.reload()).toThrow(/county\.json: the pack is not signed/);
    expect(holder.current).toBe(before);
    writeFileSync(pack, JSON.stringify(signPack({ ...county, version: "0.2.0" }, city.signingKey)));
    expect(holder.reload().version).toMatch(/@0\.2\.0$/);
  });

  it("answers requests under the new hash after a reload through the admin endpoint, and 422 for a bad pack", async () => {
    const dir = tempDir();
    const pack = join(dir, "county.json");
    copyFileSync("examples/county/my-county.json", pack);
    const s = await server({ rules: new RuleSetHolder([pack]), keys: parseKeys({ keys: [{ id: "ops", sha256: hashKey("admin-key"), scopes: ["admin", "check"] }] }) });
    const auth = { authorization: "Bearer admin-key" };
    const h1 = json<{ contentHash: string }>(await post(s, "/v1/check/award", fixture("examples/records/award.json"), auth)).contentHash;
    writeFileSync(pack, '{"name":"my-county"');
    const bad = await s.app.inject({ method: "POST", url: "/v1/admin/reload", headers: auth });
    expect(bad.statusCode).toBe(422);
    problemOf(bad);
    expect(json<{ contentHash: string }>(await post(s, "/v1/check/award", fixture("examples/records/award.json"), auth)).contentHash).toBe(h1);
    writeFileSync(pack, JSON.stringify({ ...fixtureJson("examples/county/my-county.json"), version: "0.2.0" }));
    const ok = await s.app.inject({ method: "POST", url: "/v1/admin/reload", headers: auth });
    expect(ok.statusCode).toBe(200);
    const h2 = json<{ contentHash: string }>(await post(s, "/v1/check/award", fixture("examples/records/award.json"), auth));
    expect(h2.contentHash).not.toBe(h1);
    expect(h2.contentHash).toBe(json<{ contentHash: string }>(ok).contentHash);
    await s.app.close();
  });
});
