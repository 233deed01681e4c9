import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtInPacks, createRuleSet, defaultRuleSet, isRulePack, loadRulePack } from "../../src/rules";

/*
 * The guides quote rule-set content hashes in their sample output (`content hash 9a8ff922…`, `"contentHash": "…"`,
 * `rulesetHash …`). Any change to a rule changes the hash, so a quoted one goes stale silently; here each quoted
 * prefix is held to the hash of the rule set its line names.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const guides = ["README.md", "cli/README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** Every quoted hash prefix (8+ hex digits then `…`) of a line that names a rule-set hash, with where it is. */
function quotedHashes(pattern: RegExp): Array<{ where: string; prefix: string }> {
  const found: Array<{ where: string; prefix: string }> = [];
  for (const file of guides) {
    readFileSync(join(root, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        for (const m of line.matchAll(pattern)) found.push({ where: `${file}:${i + 1}`, prefix: m[1] as string });
      });
  }
  return found;
}

describe("rule-set hashes quoted in the guides", () => {
  it("the service's content hash (national + Liaocheng, the built-in set) is the default rule set's", () => {
    const quoted = quotedHashes(/(?:contentHash"?\s*:\s*"|content hash )([0-9a-f]{8,})…/g);
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    const hash = defaultRuleSet().contentHash;
    expect(quoted.filter((q) => !hash.startsWith(q.prefix))).toEqual([]);
  });

  it("the county example's rulesetHash (docs/rule-author.md) is the hash of the built-in packs and examples/county/county.json", () => {
    const quoted = quotedHashes(/\+dong-e-county@1\.0\.0\s+rulesetHash ([0-9a-f]{8,})…/g);
    expect(quoted.length).toBe(1);
    const pack = loadRulePack(readFileSync(join(root, "examples/county/county.json"), "utf8"));
    // `ggzy rules test` composes as the service does: a full pack after the built-in ones, an override applied to them.
    const set = isRulePack(pack) ? createRuleSet([...builtInPacks, pack]) : createRuleSet([...builtInPacks], [pack]);
    expect(set.version).toBe("national@2.0.0+liaocheng@1.0.0+dong-e-county@1.0.0");
    expect(quoted.filter((q) => !set.contentHash.startsWith(q.prefix))).toEqual([]);
  });
});
