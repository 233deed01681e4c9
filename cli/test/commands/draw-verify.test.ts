import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand } from "../helpers/run-command";
import type { CommandRun } from "../helpers/run-command";
import { registerDraw } from "../../src/commands/draw";
import { registerVerify } from "../../src/commands/verify";

const root = new URL("../../../", import.meta.url).pathname;
const ex = (f: string): string => join(root, "examples/draws", f);

/** Runs `ggzy <args>` in-process with the draw and verify commands; returns exit code, stdout and stderr. */
const ggzy = (...args: string[]): Promise<CommandRun> => runCommand([registerDraw, registerVerify], args);

describe("ggzy draw / ggzy verify (the README's commands, run as written)", () => {
  const dir = mkdtempSync(join(tmpdir(), "ggzy-draw-"));
  const seed = ex("seed-material.txt");
  const salt = ex("salt.hex");

  it("draws a sealed committee, verifies it (exit 0) and refuses a tampered copy (exit 1)", async () => {
    const rec = join(dir, "committee-record.json");
    const drawn = await ggzy("draw", "committee", ex("committee-request.json"), "--seed-material", seed, "--salt-file", salt, "--out", rec, "--result-out", join(dir, "sealed.json"));
    expect(drawn.code).toBe(0);
    expect(drawn.out).toMatch(/SEALED/);
    expect(JSON.parse(readFileSync(rec, "utf8")).result).toBeNull();
    expect((await ggzy("verify", rec, "--inputs", ex("committee-request.json"), "--seed-material", seed, "--salt-file", salt)).code).toBe(0);
    const tampered = JSON.parse(readFileSync(rec, "utf8"));
    tampered.exclusions.official = 0;
    writeFileSync(join(dir, "bad.json"), JSON.stringify(tampered));
    const bad = await ggzy("verify", join(dir, "bad.json"), "--inputs", ex("committee-request.json"), "--seed-material", seed, "--salt-file", salt);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("first difference at exclusions.official");
  });

  it("draws public spot checks and supervisors as JSON", async () => {
    for (const [kind, file] of [["spot-checks", "spot-checks-request.json"], ["supervisors", "supervisors-request.json"]] as const) {
      const r = await ggzy("draw", kind, ex(file), "--seed-material", seed, "--json");
      expect(r.code).toBe(0);
      const { record, result } = JSON.parse(r.out);
      expect(record.result).toEqual(result);
    }
  });

  it("reports bad input on one bilingual line and exits 2", async () => {
    const noSalt = await ggzy("draw", "blind-review", ex("blind-review-request.json"), "--seed-material", seed, "--result-out", join(dir, "br.json"));
    expect(noSalt.code).toBe(2);
    expect(noSalt.err).toMatch(/^ggzy: .*盐值.*\nggzy: .*salt/);
    expect(noSalt.err).not.toMatch(/at .*\.ts/);
    const badSeed = await ggzy("draw", "supervisors", ex("supervisors-request.json"), "--seed-material", "not hex!");
    expect(badSeed.code).toBe(2);
  });

  it("prints a salt commitment", async () => {
    const r = await ggzy("draw", "commit-salt", salt);
    expect(r.out.trim()).toBe("b55634019b966cb9d1dbea3770094f3ec635eeb2d9fb665d45e139aed821a954");
  });

  describe("the announcement published before the lottery binds everything that feeds the seed (audit12 item 1)", () => {
    const request = ex("committee-request.json");
    const source = "中国福利彩票双色球 第2024050期 开奖号码";
    const format = "####### ## ## ## ## ## ## + ##";
    const file = (name: string, value: unknown): string => {
      writeFileSync(join(dir, name), typeof value === "string" ? value : JSON.stringify(value));
      return join(dir, name);
    };
    /** Draws and reveals a committee from `req` with `seedFile` (and `saltFile`), returns the revealed record's file. */
    const drawn = async (tag: string, req: string, seedFile: string, saltFile = salt): Promise<string> => {
      const rec = join(dir, `${tag}.record.json`);
      const d = await ggzy("draw", "committee", req, "--seed-material", seedFile, "--salt-file", saltFile, "--out", rec, "--result-out", join(dir, `${tag}.sealed.json`));
      expect(d.code).toBe(0);
      const r = await ggzy("draw", "reveal", rec, "--result", join(dir, `${tag}.sealed.json`), "--salt-file", saltFile, "--out", join(dir, `${tag}.revealed.json`));
      expect(r.code).toBe(0);
      return join(dir, `${tag}.revealed.json`);
    };
    const verify = (rec: string, seedFile: string, extra: string[] = []): Promise<CommandRun> =>
      ggzy("verify", rec, "--inputs", request, "--seed-material", seedFile, ...extra);
    const firstDifference = (run: CommandRun): string => {
      expect(run.code).toBe(1);
      return /first difference at (\S+)/.exec(run.out)?.[1] ?? run.out;
    };
    let announcement = "";

    it("is written from the request: drawId, createdAt, inputHash, saltCommitment, the seed's kind, source and format", async () => {
      announcement = join(dir, "announcement.json");
      const run = await ggzy("draw", "announce", "committee", request, "--seed-kind", "lottery", "--seed-source", source, "--value-format", format, "--out", announcement);
      expect(run.code).toBe(0);
      const a = JSON.parse(readFileSync(announcement, "utf8"));
      const req = JSON.parse(readFileSync(request, "utf8"));
      expect(a).toMatchObject({ announcement: "ggzy-draw-announcement/1", protocol: "ggzy-draw/1", kind: "committee", drawId: req.drawId, createdAt: req.createdAt, saltCommitment: req.saltCommitment });
      expect(a.seedMaterial).toEqual({ kind: "lottery", source, valueFormat: format });
      const honest = await drawn("honest", request, seed);
      expect(JSON.parse(readFileSync(honest, "utf8")).inputHash).toBe(a.inputHash);
      const ok = await verify(honest, seed, ["--salt-file", salt, "--announcement", announcement]);
      expect(ok.code).toBe(0);
      expect(ok.out).toMatch(/matches its announcement/);
    });

    it("refuses a value format with no digit placeholder, and a sealed draw whose request has no saltCommitment", async () => {
      expect((await ggzy("draw", "announce", "committee", request, "--seed-kind", "lottery", "--seed-source", source, "--value-format", "2024050")).code).toBe(2);
      const req = JSON.parse(readFileSync(request, "utf8"));
      delete req.saltCommitment;
      const bare = await ggzy("draw", "announce", "committee", file("no-commitment.json", req), "--seed-kind", "lottery", "--seed-source", source, "--value-format", format);
      expect(bare.code).toBe(2);
      expect(bare.err).toMatch(/saltCommitment/);
    });

    it("ggzy draw --announcement refuses (exit 2, nothing written) seed material not written as announced", async () => {
      const other = file("value-draw.json", { kind: "lottery", value: "2024050 3 11 19 24 28 33 + 7", source });
      const rec = join(dir, "refused.record.json");
      const run = await ggzy("draw", "committee", request, "--seed-material", other, "--salt-file", salt, "--announcement", announcement, "--out", rec, "--result-out", join(dir, "refused.sealed.json"));
      expect(run.code).toBe(2);
      expect(run.err).toContain("seedSource.material.value");
      expect(existsSync(rec)).toBe(false);
      const ok = await ggzy("draw", "committee", request, "--seed-material", seed, "--salt-file", salt, "--announcement", announcement, "--out", rec, "--result-out", join(dir, "refused.sealed.json"));
      expect(ok.code).toBe(0);
    });

        it("another drawId chosen after the lottery: drawId (against the request, and against the announcement)", async () => {
      const req = JSON.parse(readFileSync(request, "utf8"));
      req.drawId = "LC-2024-0042-EXP-1";
      const rec = await drawn("other-id", file("other-id.json", req), seed);
      expect(firstDifference(await verify(rec, seed, ["--salt-file", salt]))).toBe("drawId");
      const run = await verify(rec, seed, ["--salt-file", salt, "--announcement", announcement]);
      expect(firstDifference(run)).toBe("drawId");
      expect(run.out).toMatch(/expected \(announcement\)/);
    });

    it("another free-text source of the same lottery numbers: seedSource.material.source", async () => {
      const other = file("source-1.json", { kind: "lottery", value: "2024050 03 11 19 24 28 33 + 07", source: "双色球 2024050 期 (1)" });
      const rec = await drawn("source-1", request, other);
      expect((await verify(rec, other, ["--salt-file", salt])).code).toBe(0); // what the request alone cannot see
      expect(firstDifference(await verify(rec, other, ["--salt-file", salt, "--announcement", announcement]))).toBe("seedSource.material.source");
    });

    it("the same numbers written otherwise ('3' for '03', commas, 蓝07): seedSource.material.value", async () => {
      for (const [i, value] of ["2024050 3 11 19 24 28 33 + 7", "2024050: 03,11,19,24,28,33+07", "第2024050期 03 11 19 24 28 33 蓝07"].entries()) {
        const other = file(`value-${i}.json`, { kind: "lottery", value, source });
        const rec = await drawn(`value-${i}`, request, other);
        expect(firstDifference(await verify(rec, other, ["--salt-file", salt, "--announcement", announcement]))).toBe("seedSource.material.value");
      }
    });

    it("a re-draw under a new salt and a new commitment, verified against the original request: saltCommitment", async () => {
      const salt2 = file("salt2.hex", "00112233445566778899aabbccddeeff\n");
      const commitment = (await ggzy("draw", "commit-salt", salt2)).out.trim();
      const req = JSON.parse(readFileSync(request, "utf8"));
      req.saltCommitment = commitment;
      const rec = await drawn("salt2", file("req-salt2.json", req), seed, salt2);
      expect(firstDifference(await verify(rec, seed, ["--salt-file", salt2]))).toBe("saltCommitment");
      expect(firstDifference(await verify(rec, seed, ["--salt-file", salt2, "--announcement", announcement]))).toBe("saltCommitment");
    });

    it("a whole record drawn consistently from other params than the request's: params", async () => {
      const req = JSON.parse(readFileSync(request, "utf8"));
      req.params.coolDownDays = (req.params.coolDownDays ?? 0) + 1;
      const rec = await drawn("params", file("req-params.json", req), seed);
      expect(firstDifference(await verify(rec, seed, ["--salt-file", salt]))).toBe("params");
    });
  });

  describe("never overwrites an earlier draw's record or sealed result without --force (audit12 item 2)", () => {
    const kinds = [
      ["committee", "committee-request.json", true],
      ["blind-review", "blind-review-request.json", true],
      ["spot-checks", "spot-checks-request.json", false],
      ["supervisors", "supervisors-request.json", false],
    ] as const;
    for (const [kind, request, sealed] of kinds) {
      it(`ggzy draw ${kind}: an existing --out or --result-out is refused (exit 2, naming it), neither file is written; --force replaces both`, async () => {
        const sub = mkdtempSync(join(tmpdir(), `ggzy-overwrite-${kind}-`));
        const rec = join(sub, "record.json");
        const res = join(sub, "result.json");
        const args = [kind, ex(request), "--seed-material", seed, ...(sealed ? ["--salt-file", salt] : []), "--out", rec, "--result-out", res];
        expect((await ggzy("draw", ...args)).code).toBe(0);
        for (const existing of [rec, res]) {
          const other = existing === rec ? res : rec;
          writeFileSync(existing, "earlier draw\n");
          rmSync(other, { force: true });
          const again = await ggzy("draw", ...args);
          expect(again.code).toBe(2);
          expect(again.err).toContain(existing);
          expect(again.err).toContain("--force");
          expect(readFileSync(existing, "utf8")).toBe("earlier draw\n");
          expect(existsSync(other)).toBe(false);
        }
        const forced = await ggzy("draw", ...args, "--force");
        expect(forced.code).toBe(0);
        expect(JSON.parse(readFileSync(rec, "utf8")).kind).toBeTypeOf("string");
        expect(readFileSync(res, "utf8")).not.toBe("earlier draw\n");
      });
    }
  });
});
