import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, ggzy, tempDir } from "./ggzy";

/*
 * A county loads its city's pack only if the signature holds (docs/rule-author.md §5): wherever a pack is named —
 * `ggzy rules`, `ggzy check`, `ggzy serve` — with the same check and the same messages.
 */
const COUNTY = "examples/county/county.json";
const RECORD = "examples/records/project.json";

let dir: string;
let cityPub: string;
let signed: string;
let resigned: string;

beforeAll(() => {
  dir = tempDir("ggzy-trust-");
  for (const who of ["city", "other"]) expect(ggzy(["rules", "keygen", "--out", join(dir, who)]).code).toBe(0);
  cityPub = join(dir, "city.pub.json");
  signed = join(dir, "county.signed.json");
  resigned = join(dir, "county.resigned.json");
  expect(ggzy(["rules", "sign", COUNTY, "--key", join(dir, "city.key.json"), "--out", signed]).code).toBe(0);
  expect(ggzy(["rules", "sign", COUNTY, "--key", join(dir, "other.key.json"), "--out", resigned]).code).toBe(0);
}, 60_000);

describe("ggzy check --trusted-key", () => {
  it("checks under a pack signed by a trusted key", () => {
    const r = ggzy(["check", RECORD, "--pack", signed, "--trusted-key", cityPub, "--as-of", "2024-08-01"]);
    expect(r.err).toBe("");
    expect(r.out).toContain("national@2.0.0+liaocheng@1.0.0+dong-e-county@1.0.0");
  });
  it("refuses a pack signed by another key, and an unsigned one, naming the file; nothing is checked", () => {
    const r = ggzy(["check", RECORD, "--pack", resigned, "--trusted-key", cityPub]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`${resigned}: the pack is signed by key`);
    expect(r.err).toContain("which is not among the trusted keys");
    expect(ggzy(["check", RECORD, "--pack", COUNTY, "--trusted-key", cityPub]).err).toContain(`${COUNTY}: the pack is not signed`);
  });
  it("names the pack file when the pack was altered after signing (with or without --trusted-key)", () => {
    const altered = join(dir, "altered.json");
    const pack = JSON.parse(readFileSync(signed, "utf8")) as { params: Record<string, unknown> };
    pack.params["spotCheckMinRate"] = 0.09;
    writeFileSync(altered, JSON.stringify(pack));
    const r = ggzy(["check", RECORD, "--pack", altered]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`ggzy: ${altered}: The pack was altered after it was signed`);
    expect(ggzy(["check", RECORD, "--pack", altered, "--trusted-key", cityPub]).err).toContain(`${altered}: the pack was altered after it was signed`);
  });
});

describe("ggzy serve --trusted-key / GGZY_TRUSTED_KEYS", () => {
  it("does not start on a pack signed by another key", () => {
    const opt = ggzy(["serve", "--port", "0", "--log-level", "silent", "--pack", resigned, "--trusted-key", cityPub]);
    expect(opt.code).toBe(2);
    expect(opt.err).toContain(`${resigned}: the pack is signed by key`);
    const env = ggzy(["serve", "--port", "0", "--log-level", "silent"], { env: { GGZY_PACKS: resigned, GGZY_TRUSTED_KEYS: cityPub } });
    expect(env.code).toBe(2);
    expect(env.err).toContain("which is not among the trusted keys");
  });
});

describe("ggzy rules keygen", () => {
  it("writes the secret key readable by its owner only (0600), the public key for all (umask 022)", () => {
    const prefix = join(dir, "mode");
    // Under the umask a user typically has, where a default-mode file is readable by everyone.
    const r = spawnSync("/bin/sh", ["-c", 'umask 022 && exec "$0" "$1" rules keygen --out "$2"', process.execPath, CLI, prefix], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(statSync(`${prefix}.key.json`).mode & 0o777).toBe(0o600);
    expect(statSync(`${prefix}.pub.json`).mode & 0o777).toBe(0o644);
  });
});

describe("a parameter of the wrong type", () => {
  it("is refused by rules, lint, check and serve when the pack loads, naming the pack, parameter, type and value", () => {
    const pack = join(dir, "typed.json");
    const county = JSON.parse(readFileSync(COUNTY, "utf8")) as { params: Record<string, unknown> };
    county.params["ratingsPublicationDays"] = "10";
    writeFileSync(pack, JSON.stringify(county));
    const message = 'dong-e-county@1.0.0 sets parameter ratingsPublicationDays to "10" (a string), but liaocheng@1.0.0 declares it a number';
    for (const args of [["rules", "--pack", pack], ["check", RECORD, "--pack", pack], ["serve", "--port", "0", "--log-level", "silent", "--pack", pack]]) {
      const r = ggzy(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain(`${pack}: ${message}`);
      expect(r.err).toContain("  - params.ratingsPublicationDays: ");
    }
    const lint = ggzy(["rules", "lint", pack]);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(`${pack}: param-type at params.ratingsPublicationDays\n`);
    expect(lint.out).toContain(message);
    expect(lint.out).toContain("1 problem: 1 in parameter ratingsPublicationDays (1 rule linted)");
  });
});

describe("a rule reading a fact path its subject's facts do not have", () => {
  it("is refused by rules, rules test, check and serve when the pack loads, with the path meant; lint lists it", () => {
    const pack = join(dir, "typo2.json");
    const county = JSON.parse(readFileSync(COUNTY, "utf8")) as { add: Array<{ conditions: { all: Array<{ path: string }> } }> };
    (county.add[0]?.conditions.all[1] as { path: string }).path = "budgetYaun";
    writeFileSync(pack, JSON.stringify(county));
    const message =
      "dong-e-county@1.0.0: a rule reads a path its subject's facts do not have (at add[0].conditions.all[1]): COUNTY_NO_INVITATION_ABOVE_LIMIT: " +
      'project.budgetYaun: fact project of subject project has no "budgetYaun" (see ggzy rules facts project); did you mean project.budgetYuan?';
    for (const args of [
      ["rules", "--pack", pack],
      ["rules", "test", pack, "examples/county/cases"],
      ["check", RECORD, "--pack", pack],
      ["serve", "--port", "0", "--log-level", "silent", "--pack", pack],
    ]) {
      const r = ggzy(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain(`${pack}: ${message}`);
      expect(r.err).toContain("是否要写 project.budgetYuan？");
    }
    const lint = ggzy(["rules", "lint", pack]);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(`${pack}: unknown-path COUNTY_NO_INVITATION_ABOVE_LIMIT at add.0.conditions.all.1\n`);
    expect(lint.out).toContain("did you mean project.budgetYuan?");
  });
});
