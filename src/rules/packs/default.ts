import { createRuleSet } from "../engine/ruleset";
import type { RuleSet } from "../engine/ruleset";
import { liaochengPack } from "./liaocheng";
import { nationalPack } from "./national";

/** The built-in packs, in the order the default rule set composes them. */
export const builtInPacks = [nationalPack, liaochengPack] as const;

let cached: RuleSet | undefined;

/**
 * The default rule set (national baseline + Liaocheng), compiled once on first use. Immutable, so sharing it
 * between evaluations is safe.
 *
 * @example
 * ```ts
 * defaultRuleSet().version; // "national@2.0.0+liaocheng@1.0.0"
 * ```
 */
export function defaultRuleSet(): RuleSet {
  cached ??= createRuleSet(builtInPacks);
  return cached;
}
