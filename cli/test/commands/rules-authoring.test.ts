import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerRules } from "../../src/commands/rules";
import { type CommandRun, runCommand } from "../helpers/run-command";

const run = (...args: string[]): Promise<CommandRun> => runCommand([registerRules], args);

afterEach(() => {
  process.exitCode = undefined;
});

const COUNTY = "examples/county/county.json";
const CASES = "examples/county/cases";
const tmp = (): string => mkdtempSync(join(tmpdir(), "ggzy-rules-"));

describe("ggzy rules test", () => {
  it("passes the county example's cases at 100% condition coverage", async () => {
    const r = await run("rules", "test", COUNTY, CASES, "--coverage-min", "100");
    expect(r.err).toBe("");
    expect(r.out).toContain("10 passed, 0 failed");
    expect(r.out).toContain("coverage: 100% of condition outcomes (14 of 14; 7 conditions of 3 rules)");
    expect(r.code).toBe(0);
  });
  it("shows a failing case with a diff of findings, and exits 1", async () => {
    const dir = tmp();
    const c = JSON.parse(readFileSync(join(CASES, "spot-check-below-county-rate.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ ...c, expect: { findings: [{ ruleId: "SPOT_CHECK_RATE", evidence: { "spotCheck.minRequired": 7 } }, "FULLY_ELECTRONIC"] } }));
    const r = await run("rules", "test", COUNTY, dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain("- expected FULLY_ELECTRONIC, not found");
    expect(r.out).toContain("~ SPOT_CHECK_RATE evidence spotCheck.minRequired: expected 7, got 12");
    expect(r.out).toContain("0 passed, 1 failed");
  });
  it("fails below --coverage-min, never rounding up", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "one.json"), readFileSync(join(CASES, "spot-check-below-county-rate.json")));
    const r = await run("rules", "test", COUNTY, dir, "--coverage-min", "14.29");
    // 2 of 14 outcomes (quarterEnded true, any.0 true; any.1 short-circuited) is 14.28…%: shown cut to 14.2, and below 14.29.
    expect(r.out).toContain("coverage: 14.2% of condition outcomes (2 of 14;");
    expect(r.out).toContain("SPOT_CHECK_RATE all.1.any.1: spotCheck.checkedCount greaterThan");
    expect(r.out).toContain("coverage 14.2% is below the minimum 14.29% (2 of 14)");
    expect(r.code).toBe(1);
    expect((await run("rules", "test", COUNTY, dir, "--coverage-min", "14.28")).code).toBe(0);
  });
  it("refuses a case file that is not a case, naming the file and the field", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ kind: "spotCheck", asOf: "2024-13-01", record: {}, expect: { findings: [] } }]));
    const r = await run("rules", "test", COUNTY, dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("bad.json is not a valid test case: [0].asOf");
    expect(r.out).toBe("");
  });
  it("refuses the loosening county variant, naming the floor", async () => {
    const r = await run("rules", "test", "examples/county/county-loosened.json", CASES);
    expect(r.code).toBe(2);
    expect(r.err).toContain("county-loosened.json: dong-e-county@1.0.1-loosened sets spotCheckMinRate to 0.03: below the floor 0.05 that liaocheng@1.0.0 declares (聊政办字〔2018〕80号 （五）二是)");
  });
  it("places a pack's JSON syntax error by line and column, as for every JSON file", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.json"), '{\n  "name": "county",\n  "version": "1\n}');
    for (const args of [["rules", "--pack", join(dir, "p.json")], ["rules", "test", join(dir, "p.json"), CASES], ["rules", "lint", join(dir, "p.json")]]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${join(dir, "p.json")} line 3 column 16: not valid JSON (Bad control character in string literal)`);
    }
  });
  it("refuses a pack that is not a pack, naming the file", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.json"), JSON.stringify({ name: "x", version: "1", rules: [{ id: "R" }] }));
    const r = await run("rules", "test", join(dir, "p.json"), CASES);
    expect(r.code).toBe(2);
    expect(r.err).toContain("p.json: Invalid rule pack x: params");
    expect(r.err).toContain("rules.0.version");
  });
});

it("runs the shipped packs' own cases by the built-in packs' names, at 100% coverage", async () => {
  const r = await run("rules", "test", "national", "liaocheng", "src/rules/packs/cases", "--coverage-min", "100");
  expect(r.out).toMatch(/\n(\d+) passed, 0 failed\ncoverage: 100% of condition outcomes/);
  expect(r.code).toBe(0);
});

describe("ggzy rules lint", () => {
  it("finds the county example clean and the loosening variant not", async () => {
    const clean = await run("rules", "lint", COUNTY);
    expect(clean.out).toContain("lint clean: 1 rules");
    expect(clean.code).toBe(0);
    const loose = await run("rules", "lint", "examples/county/county-loosened.json");
    expect(loose.code).toBe(1);
    expect(loose.out).toContain("floor at params.spotCheckMinRate");
    expect(loose.out).toContain("below the floor 0.05 that liaocheng@1.0.0 declares (聊政办字〔2018〕80号 （五）二是)");
    // The problem is in a parameter, not in a rule: the summary says where.
    expect(loose.out.trimEnd().split("\n").at(-1)).toBe("1 problem: 1 in parameter spotCheckMinRate (0 rules linted)");
  });
  it("counts problems by where they are: in which rules, in which parameters", async () => {
    const dir = tmp();
    const county = JSON.parse(readFileSync(COUNTY, "utf8")) as { params: Record<string, unknown>; disable?: string[] };
    county.params["spotCheckMinRate"] = 0.01;
    county.params["committeeMinMembers"] = "7";
    county.disable = ["COMMITTEE_SIZE_FIVE_OR_MORE_ODD"];
    writeFileSync(join(dir, "c.json"), JSON.stringify(county));
    const r = await run("rules", "lint", join(dir, "c.json"));
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split("\n").at(-1)).toBe("3 problems: 1 in rule COMMITTEE_SIZE_FIVE_OR_MORE_ODD; 2 in 2 parameters committeeMinMembers, spotCheckMinRate (1 rule linted)");
  });
  it("lints the built-in packs by name", async () => {
    const r = await run("rules", "lint", "national", "liaocheng");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lint clean: \d+ rules/);
  });
});

describe("ggzy rules keygen / sign, loading with --trusted-key", () => {
  it("signs a pack; a trusted key loads it; an altered, unsigned or untrusted pack is refused", async () => {
    const dir = tmp();
    expect((await run("rules", "keygen", "--out", join(dir, "city"))).code).toBe(0);
    expect((await run("rules", "keygen", "--out", join(dir, "other"))).code).toBe(0);
    // The secret key is its owner's alone, whatever the umask (cli/test/built/pack-trust.test.ts checks it under 022).
    expect(statSync(join(dir, "city.key.json")).mode & 0o077).toBe(0);
    const signed = join(dir, "county.signed.json");
    const s = await run("rules", "sign", COUNTY, "--key", join(dir, "city.key.json"), "--out", signed);
    expect(s.code).toBe(0);
    expect(s.err).toMatch(/signed dong-e-county@1\.0\.0 \(content hash [0-9a-f]{64}\) with key [0-9a-f]{16}/);
    const ok = await run("rules", "test", signed, CASES, "--trusted-key", join(dir, "city.pub.json"));
    expect(ok.code).toBe(0);

    const altered = join(dir, "altered.json");
    const pack = JSON.parse(readFileSync(signed, "utf8")) as { params: Record<string, unknown> };
    pack.params["spotCheckMinRate"] = 0.06;
    writeFileSync(altered, JSON.stringify(pack));
    const a = await run("rules", "test", altered, CASES, "--trusted-key", join(dir, "city.pub.json"));
    expect(a.code).toBe(2);
    expect(a.err).toContain("altered.json: the pack was altered after it was signed");

    const u = await run("rules", "test", COUNTY, CASES, "--trusted-key", join(dir, "city.pub.json"));
    expect(u.err).toContain("county.json: the pack is not signed");
    const t = await run("rules", "test", signed, CASES, "--trusted-key", join(dir, "other.pub.json"));
    expect(t.err).toContain("which is not among the trusted keys");
  });
  it("keygen writes both files or neither: a public key file in the way leaves no new secret key", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "city.pub.json"), "{}\n");
    const r = await run("rules", "keygen", "--out", join(dir, "city"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("city.pub.json exists (use --force to overwrite)");
    expect(existsSync(join(dir, "city.key.json"))).toBe(false);
    expect((await run("rules", "keygen", "--out", join(dir, "city"), "--force")).code).toBe(0);
    expect(existsSync(join(dir, "city.key.json"))).toBe(true);
  });
  it("refuses a key of the wrong kind, naming the file and field", async () => {
    const dir = tmp();
    await run("rules", "keygen", "--out", join(dir, "city"));
    const s = await run("rules", "sign", COUNTY, "--key", join(dir, "city.pub.json"));
    expect(s.code).toBe(2);
    expect(s.err).toContain("city.pub.json: kind: is a public key; signing needs the signing key");
    const t = await run("rules", "test", COUNTY, CASES, "--trusted-key", join(dir, "city.key.json"));
    expect(t.err).toContain("city.key.json: kind: is a signing (secret) key");
    writeFileSync(join(dir, "rsa.pem"), JSON.stringify("-----BEGIN PUBLIC KEY-----\nMIIB…"));
    expect((await run("rules", "test", COUNTY, CASES, "--trusted-key", join(dir, "rsa.pem"))).err).toContain("is a PEM key");
  });
});

describe("ggzy rules facts / doc", () => {
  it("prints the facts of a subject, and refuses an unknown one", async () => {
    const r = await run("rules", "facts", "spotCheckQuarter");
    expect(r.out).toContain("| `spotCheck.checkedCount` | number | Distinct projects checked |");
    const j = await run("rules", "facts", "committee", "--json");
    expect((JSON.parse(j.out) as { facts: Record<string, unknown> }).facts).toHaveProperty("committee");
    expect((await run("rules", "facts", "nope")).code).toBe(2);
  });
  it("answers a record kind with the subject its rules are filed under, a misspelling with the name meant", async () => {
    const kind = await run("rules", "facts", "spotCheck");
    expect(kind.code).toBe(2);
    expect(kind.err).toContain("Unknown subject spotCheck; records of kind spotCheck are checked under subject spotCheckQuarter; did you mean spotCheckQuarter? One of: expertAdmission,");
    expect(kind.err).toContain("未知主题 spotCheck，spotCheck 类记录按主题 spotCheckQuarter 检查，是否要找 spotCheckQuarter？可选：");
    expect((await run("rules", "facts", "expert")).err).toContain("did you mean expertAdmission?");
    expect((await run("rules", "facts", "comittee")).err).toContain("Unknown subject comittee; did you mean committee? One of:");
    const json = await run("rules", "facts", "spotCheck", "--json");
    expect(JSON.parse(json.err)).toMatchObject({ code: "UNKNOWN_SUBJECT", details: { subject: "spotCheck", didYouMean: ["spotCheckQuarter"] } });
    expect((await run("rules", "facts", "nope")).err).toContain("Unknown subject nope; one of: expertAdmission,");
  });
  it("publishes the county's catalogue with values and floors, in Markdown and HTML", async () => {
    const md = await run("rules", "doc", COUNTY);
    expect(md.out).toContain("## COUNTY_NO_INVITATION_ABOVE_LIMIT — DE-2024-3");
    expect(md.out).toContain("| `spotCheckMinRate` | 0.08 | dong-e-county@1.0.0 | ≥ 0.05 (聊政办字〔2018〕80号 （五）二是) — liaocheng@1.0.0 |");
    expect(md.out).toContain("- Floor: may be tightened, not loosened (招标投标法 第三十七条)");
    const html = await run("rules", "doc", COUNTY, "--format", "html");
    expect(html.out).toContain('<section id="COUNTY_NO_INVITATION_ABOVE_LIMIT">');
    expect((await run("rules", "doc", "--format", "pdf")).code).toBe(2);
  });
});

