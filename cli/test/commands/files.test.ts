import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CommanderError } from "commander";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildProgram } from "../../src/program";

/*
 * Issue #19 item 7: every command, given a file that is missing, a directory, under a file, binary, empty, not
 * UTF-8 or huge — as input or as output — exits 0, 1 or 2 with at most one bilingual error (a `ggzy:` line in
 * Chinese and one in English), never a stack trace; and an output that cannot be written leaves nothing behind.
 * Runs in-process, as `main` does (the process is root here, so "unreadable" is a path through a file).
 */

const root = new URL("../../../", import.meta.url).pathname;
const ex = (f: string): string => join(root, "examples", f);
const dir = mkdtempSync(join(tmpdir(), "ggzy-files-"));

async function ggzy(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = 0;
  try {
    await buildProgram().parseAsync(args, { from: "user" });
  } catch (x) {
    // What main() does with what escapes commander: usage errors are exit 2, anything else would be a stack trace.
    if (!(x instanceof CommanderError)) throw x;
    process.exitCode = x.exitCode === 0 ? 0 : 2;
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, out, err };
}

afterAll(() => {
  process.exitCode = 0;
});

const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const aFile = file("a-file.txt", "x");
const INPUTS: Record<string, string> = {
  missing: join(dir, "no-such-file.json"),
  directory: (() => {
    const d = join(dir, "a-directory");
    mkdirSync(d);
    return d;
  })(),
  "through a file": join(aFile, "x.json"),
  binary: file("binary.bin", Uint8Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)),
  empty: file("empty.json", ""),
  "invalid UTF-8": file("latin1.json", Uint8Array.from([...Buffer.from('{"id":"'), 0xe9, 0xff, ...Buffer.from('"}')])),
  "huge text": file("huge.txt", "x".repeat(8_000_000)),
  "huge string": file("huge-string.json", `{"drawId":"${"y".repeat(2_000_000)}","id":"${"z".repeat(2_000_000)}"}`),
};

const seed = ex("draws/seed-material.txt");
const salt = ex("draws/salt.hex");

/** Each command with `F` where the bad file goes. */
const COMMANDS: string[][] = [
  ["check", "F"],
  ["check", ex("records/award.json"), "--pack", "F"],
  ["rules", "--pack", "F"],
  ["score", "agencies", "F", "--as-of", "2026-06-30"],
  ["score", "agencies", ex("scoring/agencies.json"), "--as-of", "2026-06-30", "--scorecard", "F"],
  ["score", "experts", "F", "--as-of", "2026-06-30"],
  ["score", "bidders", "F", "--as-of", "2026-06-30"],
  ["rank", "F", ex("scoring/agencies.json"), "--as-of", "2026-06-30"],
  ["rank", ex("scoring/project.json"), "F", "--as-of", "2026-06-30"],
  ["risk", "F", "--quiet"],
  ["risk", ex("records/records.jsonl"), "--quiet", "--settings", "F"],
  ["draw", "committee", "F", "--seed-material", seed, "--salt-file", salt],
  ["draw", "committee", ex("draws/committee-request.json"), "--seed-material", "F", "--salt-file", salt],
  ["draw", "committee", ex("draws/committee-request.json"), "--seed-material", seed, "--salt-file", "F"],
  ["draw", "spot-checks", "F", "--seed-material", seed],
  ["verify", "F", "--inputs", ex("draws/committee-request.json"), "--seed-material", seed, "--salt-file", salt],
  ["verify", ex("draws/committee-request.json"), "--inputs", "F", "--seed-material", seed, "--salt-file", salt],
  ["draw", "commit-salt", "F"],
];

function expectOneCleanError(r: { code: number; err: string }, what: string): void {
  expect([0, 1, 2], what).toContain(r.code);
  expect(r.err, what).not.toMatch(/\n\s+at /);
  const lines = r.err.split("\n").filter((l) => l.startsWith("ggzy: ") && !l.startsWith("ggzy: 警告") && !l.startsWith("ggzy: warning"));
  expect(lines.length, `${what}: ${r.err.slice(0, 300)}`).toBeLessThanOrEqual(2);
}

describe("ggzy with bad input files: exit 0/1/2, one bilingual error, no stack trace (issue #19)", () => {
  for (const [kind, path] of Object.entries(INPUTS)) {
    it(kind, async () => {
      for (const command of COMMANDS) {
        const args = command.map((a) => (a === "F" ? path : a));
        const r = await ggzy(...args);
        expectOneCleanError(r, `${command.join(" ")} with ${kind}`);
        // `risk` reads a batch: lines it cannot read are counted as problems and the analysis goes on (exit 0).
        const batch = command[0] === "risk" && command[1] === "F" && !["missing", "directory", "through a file"].includes(kind);
        if (kind !== "empty" && !batch) expect(r.code, `${command.join(" ")} with ${kind}`).not.toBe(0);
      }
    });
  }
});

describe("ggzy with outputs that cannot be written: exit 2, one bilingual error naming the path, nothing left behind", () => {
  const outputs: Record<string, string> = {
    "a missing directory": join(dir, "no-such-dir", "record.json"),
    "a directory": INPUTS["directory"] as string,
    "a path through a file": join(aFile, "record.json"),
  };
  for (const [kind, out] of Object.entries(outputs)) {
    for (const option of ["--out", "--result-out"]) {
      it(`${option} to ${kind}`, async () => {
        const before = readdirSync(dir).sort();
        // A sealed draw writes its record (--out) and its result (--result-out): one goes to the bad place, the other
        // to a good one, which must not be left behind either.
        const other = option === "--out" ? "--result-out" : "--out";
        const good = join(mkdtempSync(join(tmpdir(), "ggzy-files-good-")), "other.json");
        const r = await ggzy("draw", "committee", ex("draws/committee-request.json"), "--seed-material", seed, "--salt-file", salt, option, out, other, good);
        expect(r.code).toBe(2);
        expectOneCleanError(r, `${option} ${kind}`);
        expect(r.err).toContain(out);
        expect(readdirSync(dir).sort()).toEqual(before); // no temporary file left
      });
    }
  }

  it("writes through a temporary file and a rename (the record is whole, no temporary file stays)", async () => {
    const out = join(dir, "written", "record.json");
    mkdirSync(join(dir, "written"));
    const result = join(dir, "written", "result.json");
    const r = await ggzy("draw", "committee", ex("draws/committee-request.json"), "--seed-material", seed, "--salt-file", salt, "--out", out, "--result-out", result);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(join(dir, "written")).sort()).toEqual(["record.json", "result.json"]);
  });
});
