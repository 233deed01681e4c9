import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { bytesToHex } from "@noble/hashes/utils";
import { deriveStreamKey, openStream, streamInfo } from "../../src/sampling/stream";
import { parseSeedMaterial, seedMaterialBytes } from "../../src/sampling/seed-material";
import { saltBytes } from "../../src/sampling/salt";
import { selectPositions } from "../../src/sampling/select";
import { verifyDraw } from "../../src/sampling/verify";

const dir = new URL("../vectors/", import.meta.url);
const load = (name: string): { cases: Record<string, any>[] } => JSON.parse(readFileSync(new URL(name, dir), "utf8"));

describe("published test vectors (test/vectors, ggzy-draw/1)", () => {
  it("key derivation", () => {
    for (const c of load("stream-keys.json").cases) {
      const ikm = seedMaterialBytes(parseSeedMaterial(c.seedMaterial));
      expect(bytesToHex(ikm)).toBe(c.ikmHex);
      expect(bytesToHex(streamInfo(c.context))).toBe(c.infoHex);
      expect(deriveStreamKey(ikm, c.salt === "" ? new Uint8Array(0) : saltBytes(c.salt), c.context)).toBe(c.keyHex);
    }
  });
  it("first PRNG outputs", () => {
    for (const c of load("prng-outputs.json").cases) {
      const s = openStream(c.keyHex);
      expect(c.uint32.map(() => s.nextUint32())).toEqual(c.uint32);
    }
  });
  it("integers for n ∈ {1, 2, 7, 100000, 2^31+1, 2^32}", () => {
    const cases = load("integers.json").cases;
    expect(new Set(cases.map((c) => c.n))).toEqual(new Set([1, 2, 7, 100000, 2 ** 31 + 1, 2 ** 32]));
    for (const c of cases) {
      const s = openStream(c.keyHex);
      expect(c.values.map(() => s.nextBelow(c.n))).toEqual(c.values);
    }
  });
  it("Fisher–Yates selections", () => {
    for (const c of load("selection.json").cases) expect(selectPositions(c.n, c.count, openStream(c.keyHex))).toEqual(c.positions);
  });
  it("whole draws verify", () => {
    const cases = load("draws.json").cases;
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const c of cases) expect(verifyDraw(c.record, c.inputs, c.seedMaterial, c.salt)).toEqual({ reproduced: true });
  });

  const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
  const hasPython = python.status === 0;
  if (!hasPython) console.warn("python3 not found: the independent Python verifier (tools/verify_vectors.py) was NOT run");
  it.skipIf(!hasPython)("are reproduced by the independent Python verifier (tools/verify_vectors.py)", () => {
    const run = spawnSync("python3", ["tools/verify_vectors.py", "test/vectors"], { encoding: "utf8", cwd: new URL("../../", import.meta.url).pathname });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^(\d+)\/\1 vector checks reproduced/m);
    expect(run.status).toBe(0);
  });
  it.skipIf(!hasPython)("the Python verifier reports a tampered record as not reproduced (exit 1)", () => {
    const c = load("draws.json").cases.find((x) => x.record.kind === "supervisors")!;
    const record = structuredClone(c.record);
    record.result.supervisors[0].supervisorId = "someone-else";
    const code = [
      "import sys, json; sys.path.insert(0, 'tools'); import ggzy_draw as g",
      `c = json.loads(sys.stdin.read()); ok, d = g.verify(c['record'], c['inputs'], c['seedMaterial'], c.get('salt'))`,
      "print(ok, d[0] if d else '')",
    ].join("\n");
    const run = spawnSync("python3", ["-B", "-c", code], { input: JSON.stringify({ ...c, record }), encoding: "utf8", cwd: new URL("../../", import.meta.url).pathname });
    expect(run.stdout.trim()).toBe("False result.supervisors[0].supervisorId");
  });
  it.skipIf(!hasPython)("the Python verifier takes a sealed draw's salt from --salt-file or $GGZY_SALT, as `ggzy verify` does", () => {
    const c = load("draws.json").cases.find((x) => x.record.kind === "committee" && x.salt !== undefined)!;
    const tmp = mkdtempSync(join(tmpdir(), "ggzy-py-"));
    const file = (name: string, value: unknown) => {
      writeFileSync(join(tmp, name), typeof value === "string" ? value : JSON.stringify(value));
      return join(tmp, name);
    };
    const args = ["-B", "tools/ggzy_draw.py", file("record.json", c.record), "--inputs", file("inputs.json", c.inputs), "--seed-material", file("seed.json", c.seedMaterial)];
    const run = (extra: string[], env: Record<string, string> = {}) =>
      spawnSync("python3", [...args, ...extra], { encoding: "utf8", cwd: new URL("../../", import.meta.url).pathname, env: { ...process.env, GGZY_SALT: "", ...env } });
    expect(run(["--salt-file", file("salt.hex", `${c.salt as string}\n`)]).status).toBe(0);
    expect(run([], { GGZY_SALT: c.salt as string }).status).toBe(0);
    expect(run([]).status).toBe(2);
  });
  it.skipIf(!hasPython)("the Python verifier checks the record against the request's drawId and saltCommitment and against the announcement", () => {
    const c = load("draws.json").cases.find((x) => x.record.kind === "committee" && x.salt !== undefined)!;
    const tmp = mkdtempSync(join(tmpdir(), "ggzy-py-"));
    const file = (name: string, value: unknown) => {
      writeFileSync(join(tmp, name), typeof value === "string" ? value : JSON.stringify(value));
      return join(tmp, name);
    };
    const r = c.record;
    const request = { drawId: r.drawId, createdAt: r.createdAt, params: r.params, inputs: c.inputs, saltCommitment: r.saltCommitment };
    const announcement = {
      announcement: "ggzy-draw-announcement/1", protocol: r.protocol, kind: r.kind, drawId: r.drawId, createdAt: r.createdAt, inputHash: r.inputHash,
      saltCommitment: r.saltCommitment, seedMaterial: { kind: "lottery", source: c.seedMaterial.source, valueFormat: "####### ## ## ## ## ## ## + ##" },
    };
    const run = (req: unknown, extra: string[] = []) => {
      const args = ["-B", "tools/ggzy_draw.py", file("record.json", r), "--inputs", file("request.json", req), "--seed-material", file("seed.json", c.seedMaterial), "--salt-file", file("salt.hex", c.salt), ...extra];
      const p = spawnSync("python3", args, { encoding: "utf8", cwd: new URL("../../", import.meta.url).pathname, env: { ...process.env, GGZY_SALT: "" } });
      return { code: p.status, at: /first difference at (\S+)/.exec(p.stdout)?.[1] ?? "" };
    };
    expect(run(request)).toEqual({ code: 0, at: "" });
    expect(run(request, ["--announcement", file("a.json", announcement)])).toEqual({ code: 0, at: "" });
    expect(run({ ...request, drawId: `${r.drawId}-1` })).toEqual({ code: 1, at: "drawId" });
    expect(run({ ...request, saltCommitment: "0".repeat(64) })).toEqual({ code: 1, at: "saltCommitment" });
    const other = (seed: Record<string, unknown>) => ["--announcement", file("a.json", { ...announcement, seedMaterial: { ...announcement.seedMaterial, ...seed } })];
    expect(run(request, other({ source: "双色球 2024050 期 (1)" }))).toEqual({ code: 1, at: "seedSource.material.source" });
    expect(run(request, other({ valueFormat: "####### # ## ## ## ## ## + #" }))).toEqual({ code: 1, at: "seedSource.material.value" });
    expect(run(request, ["--announcement", file("a.json", { ...announcement, drawId: "LC-OTHER" })])).toEqual({ code: 1, at: "drawId" });
  });
});
