import { execFileSync, spawn, spawnSync } from "node:child_process";
import { closeSync, createReadStream, lstatSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CLI, ROOT, ggzy, tempDir } from "./ggzy";

/*
 * Commands that stream (check over JSON Lines, risk prepare) as a user runs them: interrupted, writing into a pipe
 * that is a file name, or read by a reader that stops early.
 */

const release = JSON.stringify({ ocid: "ocds-1", buyer: { id: 7 }, bids: { details: [{ status: "valid", tenderers: { id: 3 } }] } });

describe("risk prepare writes through temporary files", () => {
  it("interrupted (SIGINT), it leaves neither its outputs nor a temporary file", async () => {
    const dir = tempDir();
    const input = join(dir, "big.jsonl");
    writeFileSync(input, `${release}\n`.repeat(300_000));
    const child = spawn(process.execPath, [CLI, "risk", "prepare", input, "-o", join(dir, "out.jsonl"), "-e", join(dir, "errors.csv")], { cwd: ROOT });
    // Interrupted once it has started writing.
    for (let i = 0; i < 200 && !readdirSync(dir).some((f) => f.endsWith(".tmp")); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
    child.kill("SIGINT");
    const signal = await new Promise((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
    expect(signal).toBe("SIGINT");
    expect(readdirSync(dir)).toEqual(["big.jsonl"]);
  });
  it("writes into a FIFO given as a file name, and leaves it a FIFO", async () => {
    const dir = tempDir();
    const fifo = join(dir, "errors.fifo");
    execFileSync("mkfifo", [fifo]);
    const input = join(dir, "in.jsonl");
    writeFileSync(input, `${JSON.stringify({ ocid: "a", bids: { details: [{ tenderers: [{ id: "B" }] }] } })}\n`);
    const chunks: Buffer[] = [];
    const reader = createReadStream(fifo).on("data", (c) => chunks.push(Buffer.from(c)));
    const read = new Promise<void>((resolve) => reader.on("close", () => resolve()));
    const child = spawn(process.execPath, [CLI, "risk", "prepare", input, "-o", join(dir, "out.jsonl"), "-e", fifo], { cwd: ROOT });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    await read;
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString()).toBe("1,a,/bids/details[]/status,0,,not set\n");
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, "out.jsonl"), "utf8")).toContain('"ocid":"a"');
  });
  it("writes through a link to its own standard output (as /dev/stdout is) when that output is a plain file", () => {
    const dir = tempDir();
    const link = join(dir, "stdout");
    symlinkSync("/proc/self/fd/1", link);
    const input = join(dir, "in.jsonl");
    writeFileSync(input, `${release}\n`);
    const captured = join(dir, "captured.txt");
    const fd = openSync(captured, "w");
    const r = spawnSync(process.execPath, [CLI, "risk", "prepare", input, "-o", link, "-e", join(dir, "errors.csv")], { cwd: ROOT, stdio: ["ignore", fd, "pipe"] });
    closeSync(fd);
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(captured, "utf8")).toContain('"ocid":"ocds-1"');
  });
  it("refuses standard output, or one file, for both outputs", () => {
    const r = ggzy(["risk", "prepare", "examples/records/records.jsonl", "-o", "-", "-e", "-"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cannot both be standard output");
    const dir = tempDir();
    const same = ggzy(["risk", "prepare", "examples/records/records.jsonl", "-o", join(dir, "x"), "-e", join(dir, ".", "x")]);
    expect(same.code).toBe(2);
    expect(same.err).toContain("cannot write to the same file");
    expect(readdirSync(dir)).toEqual([]);
  });
  it("refuses one file reached by two names (standard output and /dev/stdout, a link), and lets /dev/null take both", () => {
    const dir = tempDir();
    // ggzy() gives the child a pipe for its standard output: `-` and /dev/stdout are that one pipe.
    const piped = ggzy(["risk", "prepare", "examples/records/records.jsonl", "-o", "-", "-e", "/dev/stdout"]);
    expect(piped.code).toBe(2);
    expect(piped.err).toContain("cannot write to the same file: - and /dev/stdout");
    writeFileSync(join(dir, "x.csv"), "");
    symlinkSync(join(dir, "x.csv"), join(dir, "link.csv"));
    const linked = ggzy(["risk", "prepare", "examples/records/records.jsonl", "-o", join(dir, "link.csv"), "-e", join(dir, "x.csv")]);
    expect(linked.code).toBe(2);
    expect(linked.err).toContain("cannot write to the same file");
    expect(ggzy(["risk", "prepare", "examples/records/records.jsonl", "-o", "/dev/null", "-e", "/dev/null"]).code).toBe(0);
  });
});

describe("risk prepare read by a reader that stops early", () => {
  it("says which file it did not write, and exits 2 (not 0, as if both were written)", () => {
    const dir = tempDir();
    const input = join(dir, "big.jsonl");
    writeFileSync(input, `${release}\n`.repeat(100_000));
    const errors = join(dir, "errors.csv");
    const r = spawnSync("bash", ["-c", `set -o pipefail; node "${CLI}" risk prepare "${input}" -o - -e "${errors}" | head -1 > /dev/null`], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`standard output was closed before the end of the run: ${errors} not written`);
    expect(readdirSync(dir)).toEqual(["big.jsonl"]);
  });
});

describe("check over JSON Lines, read by a reader that stops early", () => {
  it("`ggzy check … | head -1` still exits 1 on error findings", () => {
    const dir = tempDir();
    const input = join(dir, "awards.jsonl");
    const award = JSON.stringify(JSON.parse(readFileSync(join(ROOT, "examples/records/award.json"), "utf8")));
    writeFileSync(input, `${award}\n`.repeat(3000));
    for (const format of ["table", "jsonl"]) {
      const r = spawnSync("bash", ["-c", `set -o pipefail; node "${CLI}" check "${input}" --as-of 2026-06-30 --format ${format} | head -1 > /dev/null`], { cwd: ROOT });
      expect(r.status, format).toBe(1);
    }
  });
});

describe("check over a file that cannot be read to its end", () => {
  it("reports where reading stopped as a rejected record, checks the other files and ends with the summary", () => {
    const dir = tempDir();
    const award = JSON.stringify(JSON.parse(readFileSync(join(ROOT, "examples/records/award.json"), "utf8")));
    // A gzip stream cut short: its first lines come out, then zlib fails.
    const whole = gzipSync(`${award}\n`.repeat(300));
    const cut = join(dir, "a-cut.jsonl.gz");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const good = join(dir, "b-good.jsonl");
    writeFileSync(good, `${award}\n`);
    for (const format of ["table", "jsonl"]) {
      const r = ggzy(["check", cut, good, "--as-of", "2026-06-30", "--format", format]);
      expect(r.code, format).toBe(2);
      expect(r.err, format).not.toMatch(/^ggzy check: Cannot read/m); // not the run's fatal error
      if (format === "jsonl") {
        const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as { type: string; file?: string; line?: number; error?: { code: string } });
        const rejected = lines.filter((l) => l.type === "rejected");
        expect(rejected).toHaveLength(1);
        expect(rejected[0]).toMatchObject({ file: cut, error: { code: "IO_ERROR" } });
        const read = lines.filter((l) => l.type === "record" && l.file === cut).length;
        expect(read).toBeGreaterThan(0);
        expect(rejected[0]?.line).toBe(read + 1);
        expect(lines.some((l) => l.type === "record" && l.file === good)).toBe(true);
        expect(lines.at(-1)).toMatchObject({ type: "summary", files: 2, rejected: 1, exitCode: 2 });
      } else {
        expect(r.out).toContain(`${cut}:`);
        expect(r.out).toMatch(/汇总 \/ summary/);
        expect(r.err).toMatch(/Cannot read gzipped file/);
      }
    }
  });
});
