import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ggzy, tempDir } from "./ggzy";

/* The whole life of a draw from the operator's and the auditor's side, with the built CLI. */

const d = (f: string) => `examples/draws/${f}`;
const SEED = d("seed-material.txt");
const SALT = d("salt.hex");
const mode = (f: string) => statSync(f).mode & 0o777;
const readJson = (f: string) => JSON.parse(readFileSync(f, "utf8")) as Record<string, unknown>;

describe("ggzy draw salt", () => {
  it("writes a fresh salt readable by its owner only, prints its commitment, and never overwrites by accident", () => {
    const dir = tempDir();
    const file = join(dir, "salt.hex");
    const r = ggzy(["draw", "salt", "--out", file]);
    expect(r.code).toBe(0);
    expect(mode(file)).toBe(0o600);
    const salt = readFileSync(file, "utf8").trim();
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(r.out).not.toContain(salt);
    const commitment = /saltCommitment ([0-9a-f]{64})/.exec(r.out)?.[1];
    expect(ggzy(["draw", "commit-salt", file]).out.trim()).toBe(commitment);
    const again = ggzy(["draw", "salt", "--out", file]);
    expect(again.code).toBe(2);
    expect(readFileSync(file, "utf8").trim()).toBe(salt);
    const other = join(dir, "salt2.hex");
    ggzy(["draw", "salt", "--out", other]);
    expect(readFileSync(other, "utf8")).not.toBe(readFileSync(file, "utf8"));
  });
});

describe("a sealed draw", () => {
  const dir = tempDir();
  const rec = join(dir, "record.json");
  const res = join(dir, "sealed-result.json");

  it("refuses the salt on the command line (shell history) and takes it from a file or $GGZY_SALT", () => {
    const onLine = ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--salt", readFileSync(SALT, "utf8").trim(), "--result-out", res]);
    expect(onLine.code).toBe(2);
    expect(onLine.err).toContain("--salt-file");
    expect(onLine.err).toContain("GGZY_SALT");
    expect(existsSync(res)).toBe(false);
    const env = ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--result-out", join(dir, "env.json"), "--json"], { env: { GGZY_SALT: readFileSync(SALT, "utf8").trim() } });
    expect(env.code).toBe(0);
  });

  it("without a salt, drawn or verified, says how to give one; a salt not committed to names both commitments", () => {
    const none = ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--result-out", join(dir, "none.json")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("needs the secret salt: give --salt-file <file> or the GGZY_SALT environment variable");
    const record = join(dir, "for-verify.json");
    expect(ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--salt-file", SALT, "--out", record, "--result-out", join(dir, "r.json")]).code).toBe(0);
    const verify = ggzy(["verify", record, "--inputs", d("committee-request.json"), "--seed-material", SEED]);
    expect(verify.code).toBe(2);
    expect(verify.err).toContain("Verifying this record (committee, a sealed draw kind) needs the secret salt: give --salt-file");
    const other = join(dir, "other-salt.hex");
    ggzy(["draw", "salt", "--out", other]);
    const stale = ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--salt-file", other, "--result-out", join(dir, "stale.json")]);
    expect(stale.code).toBe(2);
    expect(stale.err).toContain(`the request's saltCommitment is ${String(readJson(d("committee-request.json"))["saltCommitment"])}`);
    expect(stale.err).toContain(`this salt's commitment is ${ggzy(["draw", "commit-salt", other]).out.trim()}`);
  });

  it("says so when the seed material names a file that is not there (it is not hex digits either)", () => {
    const r = ggzy(["verify", join(dir, "for-verify.json"), "--inputs", d("committee-request.json"), "--seed-material", "seed-materal.txt", "--salt-file", SALT]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Cannot read file seed-materal.txt: no such file or directory");
  });

  it("needs --result-out, writes the result there only (mode 0600), never on stdout", () => {
    const without = ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--salt-file", SALT, "--out", rec]);
    expect(without.code).toBe(2);
    expect(existsSync(rec)).toBe(false);
    for (const json of [false, true]) {
      const r = ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--salt-file", SALT, "--out", rec, "--result-out", res, ...(json ? ["--json", "--force"] : [])]);
      expect(r.code).toBe(0);
      expect(mode(res)).toBe(0o600);
      const ids = [...readFileSync(res, "utf8").matchAll(/"expertId": "([^"]+)"/g)].map((m) => m[1] ?? "");
      expect(ids.length).toBeGreaterThan(4);
      for (const id of ids) expect(r.out).not.toContain(id);
      expect(readJson(rec)["result"]).toBeNull();
    }
  });

  it("is revealed after the evaluation: salt checked against its commitment, result against the sealed hash; the revealed record verifies", () => {
    const revealed = join(dir, "revealed.json");
    const r = ggzy(["draw", "reveal", rec, "--result", res, "--salt-file", SALT, "--out", revealed]);
    expect(r.code).toBe(0);
    expect(readJson(revealed)).toMatchObject({ sealed: false, result: readJson(res), resultHash: readJson(rec)["resultHash"] });
    const v = ggzy(["verify", revealed, "--inputs", d("committee-request.json"), "--seed-material", SEED, "--salt-file", SALT]);
    expect(v.code).toBe(0);
    expect(v.out).toContain("reproduced");
    // The sealed record is evidence: --out does not write over it (or any file) without --force.
    const sealedText = readFileSync(rec, "utf8");
    const over = ggzy(["draw", "reveal", rec, "--result", res, "--salt-file", SALT, "--out", rec]);
    expect(over.code).toBe(2);
    expect(over.err).toContain("exists (use --force to overwrite)");
    expect(readFileSync(rec, "utf8")).toBe(sealedText);

    const wrongSalt = join(dir, "wrong.hex");
    writeFileSync(wrongSalt, "cd".repeat(32));
    const bad = ggzy(["draw", "reveal", rec, "--result", res, "--salt-file", wrongSalt]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("saltCommitment");
    const forged = join(dir, "forged.json");
    writeFileSync(forged, readFileSync(res, "utf8").replace(/"E\d+"/, '"E99999"'));
    const swapped = ggzy(["draw", "reveal", rec, "--result", forged, "--salt-file", SALT]);
    expect(swapped.code).toBe(1);
    expect(swapped.err).toContain("result hash");
  });

  it("has a bilingual public notice (Markdown and HTML): what, from which lists, which seed, how to check", () => {
    const r = ggzy(["draw", "notice", rec, "--inputs", d("committee-request.json"), "--out-dir", dir]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "notice-LC-2024-0042-EXP.sealed.md"), "utf8");
    const html = readFileSync(join(dir, "notice-LC-2024-0042-EXP.sealed.html"), "utf8");
    for (const text of [md, html]) {
      expect(text).toContain("评标委员会专家抽取");
      expect(text).toContain("evaluation committee draw");
      expect(text).toContain("pool: 45");
      expect(text).toContain("2024050 03 11 19 24 28 33 + 07");
      expect(text).toContain("ggzy verify record.json --inputs request.json --seed-material seed-material.txt --salt-file salt.hex --announcement announcement.json");
      expect(text).toContain("verify.html");
      expect(text).not.toMatch(/E000\d\d"/); // sealed: no member named
    }
    expect(html).toContain("Content-Security-Policy");
  });

  it("gives the revealed record's notice a name of its own: the sealed notice stays beside it for the auditor", () => {
    const sealedNotice = readFileSync(join(dir, "notice-LC-2024-0042-EXP.sealed.md"), "utf8");
    const r = ggzy(["draw", "notice", join(dir, "revealed.json"), "--inputs", d("committee-request.json"), "--out-dir", dir, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ markdown: join(dir, "notice-LC-2024-0042-EXP.revealed.md"), html: join(dir, "notice-LC-2024-0042-EXP.revealed.html") });
    expect(readFileSync(join(dir, "notice-LC-2024-0042-EXP.sealed.md"), "utf8")).toBe(sealedNotice);
    const revealed = readFileSync(join(dir, "notice-LC-2024-0042-EXP.revealed.md"), "utf8");
    expect(revealed).toMatch(/E000\d\d"/); // revealed: the members are named
    expect(existsSync(join(dir, "notice-LC-2024-0042-EXP.md"))).toBe(false);
  });

  it("never overwrites a notice without --force, and writes neither file when one of them exists", () => {
    const md = join(dir, "notice-LC-2024-0042-EXP.sealed.md");
    const html = join(dir, "notice-LC-2024-0042-EXP.sealed.html");
    writeFileSync(md, "kept");
    const again = ggzy(["draw", "notice", rec, "--out-dir", dir]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`File ${md} exists (use --force to overwrite)`);
    expect(readFileSync(md, "utf8")).toBe("kept");
    const other = tempDir();
    writeFileSync(join(other, "notice-LC-2024-0042-EXP.sealed.html"), "kept");
    expect(ggzy(["draw", "notice", rec, "--out-dir", other]).code).toBe(2);
    expect(existsSync(join(other, "notice-LC-2024-0042-EXP.sealed.md"))).toBe(false);
    const forced = ggzy(["draw", "notice", rec, "--out-dir", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(md, "utf8")).toContain("评标委员会专家抽取");
    expect(readFileSync(html, "utf8")).toContain("评标委员会专家抽取");
  });
});

describe("ggzy draw notice of a public draw, ggzy draw verifier", () => {
  it("names a public draw's notice notice-<drawId>.md", () => {
    const dir = tempDir();
    const rec = join(dir, "supervisors.json");
    expect(ggzy(["draw", "supervisors", d("supervisors-request.json"), "--seed-material", SEED, "--out", rec]).code).toBe(0);
    const r = ggzy(["draw", "notice", rec, "--out-dir", dir, "--json"]);
    expect(r.code).toBe(0);
    const { markdown } = JSON.parse(r.out) as { markdown: string };
    expect(markdown).toMatch(/notice-[^/.]+\.md$/);
    expect(existsSync(markdown)).toBe(true);
  });

  it("writes verify.html, and refuses to overwrite it without --force, as salt, keygen and risk init do", () => {
    const dir = tempDir();
    const file = join(dir, "verify.html");
    expect(ggzy(["draw", "verifier", "--out", dir]).code).toBe(0);
    const page = readFileSync(file, "utf8");
    writeFileSync(file, "kept");
    const again = ggzy(["draw", "verifier", "--out", dir]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`File ${file} exists (use --force to overwrite)`);
    expect(readFileSync(file, "utf8")).toBe("kept");
    expect(ggzy(["draw", "verifier", "--out", dir, "--force"]).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(page);
  });
});

describe("the auditor's guide: which difference each kind of tampering produces", () => {
  const dir = tempDir();
  const rec = join(dir, "supervisors.json");
  ggzy(["draw", "supervisors", d("supervisors-request.json"), "--seed-material", SEED, "--out", rec]);
  const sealed = join(dir, "committee.json");
  ggzy(["draw", "committee", d("committee-request.json"), "--seed-material", SEED, "--salt-file", SALT, "--out", sealed, "--result-out", join(dir, "committee-result.json")]);

  function firstDifference(record: Record<string, unknown>, opts: { request?: string; seed?: string; salt?: string } = {}): string {
    const file = join(dir, "tampered.json");
    writeFileSync(file, JSON.stringify(record));
    const r = ggzy(["verify", file, "--inputs", opts.request ?? d("supervisors-request.json"), "--seed-material", opts.seed ?? SEED, ...(opts.salt ? ["--salt-file", opts.salt] : [])]);
    expect(r.code).toBe(1);
    return /first difference at (\S+)/.exec(r.out)?.[1] ?? r.out;
  }
  const edit = (f: (r: Record<string, any>) => void): Record<string, unknown> => {
    const r = readJson(rec);
    f(r);
    return r;
  };

  it("a list drawn from changed (a candidate removed): inputHash", () => {
    const req = readJson(d("supervisors-request.json")) as { inputs: { pool: unknown[] } };
    req.inputs.pool = req.inputs.pool.slice(1);
    writeFileSync(join(dir, "req.json"), JSON.stringify(req));
    expect(firstDifference(readJson(rec), { request: join(dir, "req.json") })).toBe("inputHash");
  });
  it("a parameter changed in the record: inputHash (the hash covers the parameters)", () => {
    expect(firstDifference(edit((r) => (r["params"].alternates = 2)))).toBe("inputHash");
  });
  it("the draw's time changed: createdAt (the request's), inputHash when checked against bare inputs", () => {
    const edited = edit((r) => (r["createdAt"] = "2024-05-07T09:00:00+08:00"));
    expect(firstDifference(edited)).toBe("createdAt");
    writeFileSync(join(dir, "bare-inputs.json"), JSON.stringify((readJson(d("supervisors-request.json")) as { inputs: unknown }).inputs));
    expect(firstDifference(edited, { request: join(dir, "bare-inputs.json") })).toBe("inputHash");
  });
  it("other random numbers than the record names: seedSource", () => {
    writeFileSync(join(dir, "seed.txt"), "ab".repeat(32));
    expect(firstDifference(readJson(rec), { seed: join(dir, "seed.txt") })).toMatch(/^seedSource/);
  });
  it("the exclusion counts edited: exclusions", () => {
    expect(firstDifference(edit((r) => (r["exclusions"].conflict = 0)))).toMatch(/^exclusions/);
  });
  it("the published result edited: result…", () => {
    expect(firstDifference(edit((r) => r["result"].supervisors.reverse()))).toMatch(/^result\./);
  });
  it("the draw's name changed: drawId (the request's); the result when checked against bare inputs (every stream is keyed by it)", () => {
    const edited = edit((r) => (r["drawId"] = "LC-2024-0043-SUP"));
    expect(firstDifference(edited)).toBe("drawId");
    writeFileSync(join(dir, "bare-inputs.json"), JSON.stringify((readJson(d("supervisors-request.json")) as { inputs: unknown }).inputs));
    expect(firstDifference(edited, { request: join(dir, "bare-inputs.json") })).toMatch(/^result\./);
  });
  it("the result hash edited: resultHash", () => {
    expect(firstDifference(edit((r) => (r["resultHash"] = "0".repeat(64))))).toBe("resultHash");
  });
  it("a sealed draw checked with another salt than the committed one: saltCommitment", () => {
    writeFileSync(join(dir, "other.hex"), "cd".repeat(32));
    expect(firstDifference(readJson(sealed), { request: d("committee-request.json"), salt: join(dir, "other.hex") })).toBe("saltCommitment");
  });
});
