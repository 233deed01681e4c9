import { describe, expect, it } from "vitest";
import { loadRulePack, validateSpotCheckQuarter } from "../../../src/rules/index";
import { composeRuleSet, loadPack, makePackKeys, packContentHash, readPublicKey, readSigningKey, signPack, verifyPackSignature } from "../../../src/authoring/index";
import { thrown } from "../engine/helpers";

const seed = (b: number): Uint8Array => new Uint8Array(32).fill(b);
const city = makePackKeys(seed(7));
const other = makePackKeys(seed(9));
const pack = { name: "county", version: "1", params: { spotCheckMinRate: 0.08 } };
const spot = { id: "SC", quarter: "2024-Q2", totalProjects: 140, checkedProjectIds: ["P1"], drawRecordRef: "d", publishedOn: "2024-07-19" };

describe("signed packs (Ed25519 over the RFC 8785 content hash)", () => {
  it("gives the same keys for the same 32 bytes, and verifies what it signs", () => {
    expect(makePackKeys(seed(7))).toEqual(city);
    const signed = signPack(pack, city.signingKey);
    expect(signed.signature).toMatchObject({ algorithm: "Ed25519", keyId: city.publicKey.keyId, contentHash: packContentHash(pack) });
    expect(verifyPackSignature(signed, [other.publicKey, city.publicKey])).toEqual({ keyId: city.publicKey.keyId, contentHash: packContentHash(pack) });
    const loaded = loadPack(JSON.stringify(signed), { source: "county.json", trustedKeys: [city.publicKey] });
    expect(loaded).toMatchObject({ kind: "override", tag: "county@1", signedBy: city.publicKey.keyId, contentHash: packContentHash(pack) });
    // A validator's `pack` option takes the signed pack as it is.
    expect(validateSpotCheckQuarter(spot, { pack: signed, asOf: "2024-08-01" }).rulesetVersion).toBe("national@2.0.0+liaocheng@1.0.0+county@1");
    // The signature is an envelope: the rule set's hash is the same as for the unsigned pack.
    expect(composeRuleSet([loaded]).contentHash).toBe(composeRuleSet([loadPack(pack)]).contentHash);
  });
  it("hashes content, not layout: key order and whitespace do not matter", () => {
    expect(packContentHash({ params: { spotCheckMinRate: 0.08 }, version: "1", name: "county" })).toBe(packContentHash(pack));
  });
  it("refuses an unsigned, altered, untrusted or forged pack, naming the file", () => {
    const signed = signPack(pack, city.signingKey);
    expect(thrown(() => loadPack(pack, { source: "a.json", trustedKeys: [city.publicKey] })).en).toBe("a.json: the pack is not signed, and a trusted signature is required (--trusted-key)");
    const altered = { ...signed, params: { spotCheckMinRate: 0.06 } };
    const e = thrown(() => loadPack(altered, { source: "b.json", trustedKeys: [city.publicKey] }));
    expect([e.code, e.details["reason"]]).toEqual(["PACK_SIGNATURE", "altered"]);
    // Altered is refused even without trusted keys: the pack says what it was signed as.
    expect(thrown(() => loadPack(altered, { source: "b.json" })).en).toBe("b.json: The pack was altered after it was signed (its content hash differs from the signed one)");
    expect(thrown(() => loadRulePack(altered)).code).toBe("PACK_SIGNATURE");
    expect(thrown(() => loadPack(signed, { source: "c.json", trustedKeys: [other.publicKey] })).details["reason"]).toBe("untrustedKey");
    const forged = { ...signed, signature: { ...signed.signature, value: signPack(pack, other.signingKey).signature.value } };
    expect(thrown(() => loadPack(forged, { source: "d.json", trustedKeys: [city.publicKey] })).details["reason"]).toBe("badSignature");
    const malformed = { ...signed, signature: { ...signed.signature, value: "zz" } };
    expect(thrown(() => loadPack(malformed, { source: "e.json", trustedKeys: [city.publicKey] })).en).toContain("e.json: the signature is malformed: signature.value");
  });
  it("refuses keys of the wrong kind or shape, naming the file and the field", () => {
    expect(thrown(() => readSigningKey(city.publicKey, "k.pub.json")).en).toContain("k.pub.json: kind: is a public key");
    expect(thrown(() => readPublicKey(city.signingKey, "k.key.json")).en).toContain("k.key.json: kind: is a signing (secret) key");
    expect(thrown(() => readPublicKey({ ...city.publicKey, publicKey: "ab" }, "p.json")).en).toContain("p.json: publicKey: is not an Ed25519 public key");
    expect(thrown(() => readSigningKey({ ...city.signingKey, publicKey: other.publicKey.publicKey }, "s.json")).en).toContain("s.json: publicKey: does not belong to the secret key");
    expect(thrown(() => readPublicKey("-----BEGIN PUBLIC KEY-----", "rsa.pem")).en).toContain("is a PEM key");
    expect(thrown(() => makePackKeys(new Uint8Array(16))).code).toBe("INVALID_KEY");
  });
  it("loads nothing half: a pack that is not a pack is refused whole, naming the file", () => {
    const e = thrown(() => loadPack({ name: "x", version: "1", rules: [{ id: "R" }] }, { source: "x.json" }));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en.startsWith("x.json: ")).toBe(true);
    expect(thrown(() => loadPack("{", { source: "y.json" })).en).toContain("y.json: not valid JSON");
  });
});
