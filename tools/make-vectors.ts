/**
 * Writes the published test vectors of the draw protocol ggzy-draw/1 to test/vectors/*.json:
 * key derivation, the first PRNG outputs, unbiased integers, Fisher–Yates selections and whole draws.
 * Run: `npx tsx tools/make-vectors.ts` (deterministic: the same files every time). Tests check that the library
 * reproduces them; tools/verify_vectors.py checks them with an independent Python implementation.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { assignBlindReview, drawCommittee, drawSocialSupervisors, drawSpotChecks, parseSeedMaterial, parseSeedMaterialText, revealDraw } from "../src/sampling/index";
import { deriveStreamKey, openStream, streamInfo } from "../src/sampling/stream";
import { saltBytes } from "../src/sampling/salt";
import { seedMaterialBytes } from "../src/sampling/seed-material";
import { selectPositions } from "../src/sampling/select";
import type { DrawKind, DrawOutcome } from "../src/sampling/index";
import type { StreamContext } from "../src/sampling/stream";
import { bytesToHex } from "@noble/hashes/utils";

const OUT = "test/vectors";
mkdirSync(OUT, { recursive: true });
const write = (name: string, value: unknown): void => writeFileSync(`${OUT}/${name}`, `${JSON.stringify(value, null, 2)}\n`);
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

// --- key derivation -------------------------------------------------------------------------------------------
const keyCases: { seedMaterial: unknown; salt: string; context: StreamContext }[] = [
  { seedMaterial: { kind: "hex", value: "00" }, salt: "", context: { kind: "supervisors", drawId: "D1", stream: "supervisors", inputHash: "0".repeat(64) } },
  {
    seedMaterial: { kind: "lottery", value: "2024050 03 11 19 24 28 33 + 07", source: "双色球 2024050" },
    salt: "5f1c2a9e0b7d4c3e8a6f1b2d3c4e5f60",
    context: { kind: "committee", drawId: "聊城-2024-评标-42", stream: "committee/水利", inputHash: "ab".repeat(32) },
  },
  { seedMaterial: { kind: "dice", values: [6, 1, 3, 3, 5, 2] }, salt: "", context: { kind: "spotChecks", drawId: "Q", stream: "projects/all", inputHash: "f".repeat(64) } },
  { seedMaterial: { kind: "beacon", value: "A1B2-😀-\u0000" }, salt: "ff".repeat(32), context: { kind: "blindReview", drawId: "D\"\\", stream: "codes", inputHash: "12".repeat(32) } },
];
const keys = keyCases.map((c) => {
  const material = parseSeedMaterial(c.seedMaterial);
  const ikm = seedMaterialBytes(material);
  const salt = c.salt === "" ? new Uint8Array(0) : saltBytes(c.salt);
  return {
    seedMaterial: material,
    salt: c.salt,
    context: c.context,
    ikmHex: bytesToHex(ikm),
    infoHex: bytesToHex(streamInfo(c.context)),
    keyHex: deriveStreamKey(ikm, salt, c.context),
  };
});
write("stream-keys.json", { protocol: "ggzy-draw/1", description: "HKDF-SHA-256(IKM = seed material bytes, salt, info = JCS({protocol, kind, drawId, stream, inputHash}), L = 32)", cases: keys });

// --- first PRNG outputs -----------------------------------------------------------------------------------------
const prngKeys = ["0".repeat(64), "f".repeat(64), ...keys.map((k) => k.keyHex)];
write("prng-outputs.json", {
  protocol: "ggzy-draw/1",
  description: "seedrandom 3.0.5 ARC4 keyed with the 64-hex-digit key; uint32 = int32() >>> 0 (four ARC4 bytes, big-endian, after the 256-byte drop)",
  cases: prngKeys.map((keyHex) => {
    const s = openStream(keyHex);
    return { keyHex, uint32: Array.from({ length: 24 }, () => s.nextUint32()) };
  }),
});

// --- unbiased integers ------------------------------------------------------------------------------------------
const ns = [1, 2, 7, 100000, 2 ** 31 + 1, 2 ** 32];
write("integers.json", {
  protocol: "ggzy-draw/1",
  description: "nextBelow(n): draw uint32 x; accept when x < 2^32 - (2^32 mod n), return x mod n; else draw again",
  cases: prngKeys.slice(0, 4).flatMap((keyHex) =>
    ns.map((n) => {
      const s = openStream(keyHex);
      return { keyHex, n, values: Array.from({ length: 20 }, () => s.nextBelow(n)) };
    }),
  ),
});

// --- Fisher–Yates selections ------------------------------------------------------------------------------------
write("selection.json", {
  protocol: "ggzy-draw/1",
  description: "forward partial Fisher-Yates over positions 0..n-1: step i swaps i with i + nextBelow(n - i) and emits the position now at i",
  cases: [
    [1, 1],
    [10, 3],
    [10, 10],
    [1000, 12],
    [1_000_000, 10],
  ].map(([n, count]) => {
    const keyHex = prngKeys[1] as string;
    return { keyHex, n, count, positions: selectPositions(n as number, count as number, openStream(keyHex)) };
  }),
});

// --- whole draws ------------------------------------------------------------------------------------------------
const seedMaterial = parseSeedMaterialText(readFileSync("examples/draws/seed-material.txt", "utf8"));
const salt = readFileSync("examples/draws/salt.hex", "utf8").trim();
type Draw = (r: never) => DrawOutcome<unknown>;
const runners: Record<DrawKind, Draw> = {
  committee: drawCommittee as Draw,
  spotChecks: drawSpotChecks as Draw,
  supervisors: drawSocialSupervisors as Draw,
  blindReview: assignBlindReview as Draw,
};
const draws: unknown[] = [];
const add = (name: string, kind: DrawKind, request: Record<string, unknown>, material: unknown, sealedSalt?: string): void => {
  const outcome = runners[kind]({ ...request, seedMaterial: material, ...(sealedSalt !== undefined ? { salt: sealedSalt } : {}) } as never);
  const base = { inputs: request.inputs, seedMaterial: material, ...(sealedSalt !== undefined ? { salt: sealedSalt } : {}) };
  draws.push({ name, ...base, record: outcome.record, warnings: outcome.warnings.map((w) => w.code) });
  if (outcome.record.sealed && sealedSalt !== undefined) {
    draws.push({ name: `${name} (revealed)`, ...base, record: revealDraw(outcome.record, outcome.result, sealedSalt), warnings: [] });
  }
};
add("committee (example)", "committee", readJson("examples/draws/committee-request.json"), seedMaterial, salt);
add("spot checks (example)", "spotChecks", readJson("examples/draws/spot-checks-request.json"), seedMaterial);
{
  // Strata of 33–34 projects at 10%: ⌈3.3⌉ = 4 would exceed 10%, so each stratum is capped at ⌊10% × N⌋ = 3.
  const request = readJson("examples/draws/spot-checks-request.json");
  const params = { ...(request.params as Record<string, unknown>), rate: 0.1, stratifyBy: "category" };
  add("spot checks, 10% by category, capped per stratum", "spotChecks", { ...request, drawId: "SPOT-CAP", params }, seedMaterial);
}
add("social supervisors (example)", "supervisors", readJson("examples/draws/supervisors-request.json"), seedMaterial);
add("blind review (example)", "blindReview", readJson("examples/draws/blind-review-request.json"), seedMaterial, salt);
add(
  "social supervisors, UTF-8 order of ids, dice",
  "supervisors",
  {
    drawId: "UTF8-ORDER",
    createdAt: "2024-05-06T01:00:00Z",
    params: { count: 2, alternates: 3 },
    inputs: {
      project: { id: "P", name: "p", category: "other", procurementMethod: "open", tendererId: "T", electronic: true, region: "371500" },
      pool: ["\u{1F600}", "\uFF21", "Z", "a", "中", "é", "A-1", "A1"].map((id) => ({ id, name: `n${id}` })),
      conflicts: [{ supervisorId: "Z", partyId: "T" }],
    },
  },
  { kind: "dice", values: [2, 5, 6, 1] },
);
add(
  "blind review, more reviewers than bids, hex seed",
  "blindReview",
  {
    drawId: "BR-2",
    createdAt: "2024-05-06T09:30:00",
    params: { codePrefix: "AB" },
    inputs: { bids: [{ id: "b3" }, { id: "b1" }, { id: "b2" }], reviewers: ["r1", "r2", "r3", "r4", "r5", "r6", "r7"].map((id) => ({ id })) },
  },
  { kind: "hex", value: "C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00" },
  "00112233445566778899aabbccddeeff",
);
write("draws.json", { protocol: "ggzy-draw/1", description: "whole draws: record + inputs + seed material (+ salt for sealed draws)", cases: draws });
console.log(`wrote ${OUT}: ${keys.length} keys, ${prngKeys.length} PRNG streams, ${draws.length} draws`);
