import { readFileSync } from "node:fs";
import { GgzyError } from "ggzy-rules/model";
import { builtInPacks, createRuleSet, isRulePack, loadRulePack } from "ggzy-rules/rules";
import type { PackOverride, RulePack, RuleSet } from "ggzy-rules/rules";
import type { PackPublicKey } from "ggzy-rules/authoring";
import { loadPackArgs, ruleSetOf } from "../rule-files";

/**
 * The rule set `ggzy decisions replay` composes from recorded packs (the service loads its files with
 * {@link RuleSetHolder}, which gives the same content hash): the built-in packs, then every given pack in order —
 * full packs are added, overrides applied — so the same files always give the same content hash.
 */
export function ruleSetFromPacks(packs: ReadonlyArray<RulePack | PackOverride>): RuleSet {
  const full = packs.filter((p): p is RulePack => isRulePack(p));
  const overrides = packs.filter((p): p is PackOverride => !isRulePack(p));
  return createRuleSet([...builtInPacks, ...full], overrides);
}

/** Reads and validates a pack file (JSON): a GgzyError names the file when it cannot be read or is not a pack. */
export function readPackFile(file: string): RulePack | PackOverride {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new GgzyError("IO_ERROR", {
      zh: `无法读取规则包 ${file}：${(e as Error).message}`,
      en: `Cannot read rule pack ${file}: ${(e as Error).message}`,
      details: { file },
    });
  }
  try {
    return loadRulePack(text);
  } catch (e) {
    if (e instanceof GgzyError) {
      throw new GgzyError(e.code, { zh: `规则包 ${file}：${e.zh}`, en: `Rule pack ${file}: ${e.en}`, issues: e.issues, details: { ...e.details, file } });
    }
    throw e;
  }
}

/**
 * Holds the service's current rule set. `reload()` reads every pack file again and swaps the set only when all of
 * them load and compile — and, with trusted keys, are signed by one of them: a bad pack is refused and the old set
 * stays (requests in flight keep the set they began with). Packs load as `ggzy rules` and `ggzy check` load them.
 * The trusted keys are read once, when the service starts: a reload re-reads packs, not what they are checked against.
 */
export class RuleSetHolder {
  #current: RuleSet;
  readonly files: readonly string[];
  readonly trustedKeys: ReadonlyArray<PackPublicKey> | undefined;

  constructor(files: readonly string[], trustedKeys?: ReadonlyArray<PackPublicKey>) {
    this.files = [...files];
    this.trustedKeys = trustedKeys;
    this.#current = this.#load();
  }

  get current(): RuleSet {
    return this.#current;
  }

  /** Re-reads the pack files; returns the new set, or throws (GgzyError) and keeps the old one. */
  reload(): RuleSet {
    const next = this.#load();
    this.#current = next;
    return next;
  }

  #load(): RuleSet {
    return ruleSetOf(loadPackArgs(this.files, this.trustedKeys));
  }
}
