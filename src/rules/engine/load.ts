import { GgzyError, toGgzyIssues } from "../../model/error";
import { cloneData, invalidRule } from "./compile";
import { PackOverrideSchema, RulePackSchema } from "./schema";
import type { PackOverride, RulePack } from "./types";

/** Whether a loaded pack is a full pack (it has `rules`) rather than an override. */
export function isRulePack(value: RulePack | PackOverride): value is RulePack {
  return Object.hasOwn(value, "rules");
}

/**
 * Validates a rule pack or a pack override given as JSON (a parsed value or JSON text). An object with `rules` is a
 * pack; anything else is read as an override (`add`, `disable`, `override`, `params`).
 *
 * @throws GgzyError `INVALID_RULE` naming the rule (or pack) and the path of the first problem.
 * @example
 * ```ts
 * const county = loadRulePack('{"name":"my-county","version":"0.1.0","extends":"liaocheng","disable":["SPOT_CHECK_PUBLISHED"]}');
 * const set = createRuleSet([national, liaocheng], isRulePack(county) ? [] : [county]);
 * ```
 */
export function loadRulePack(json: unknown): RulePack | PackOverride {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      throw new GgzyError("INVALID_RULE", {
        zh: `规则包不是有效的 JSON：${(e as Error).message}`,
        en: `The rule pack is not valid JSON: ${(e as Error).message}`,
      });
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new GgzyError("INVALID_RULE", { zh: "规则包必须是 JSON 对象", en: "A rule pack must be a JSON object" });
  }
  const name = typeof (value as { name?: unknown }).name === "string" ? (value as { name: string }).name : "(no name)";
  if (Object.hasOwn(value, "rules")) {
    const r = RulePackSchema.safeParse(value);
    if (r.success) return cloneData(r.data);
    const issues = toGgzyIssues(r.error.issues);
    const first = issues[0];
    if (first && first.path[0] === "rules" && typeof first.path[1] === "number") {
      const rule = (value as { rules: unknown[] }).rules[first.path[1]] as { id?: unknown } | undefined;
      const id = typeof rule?.id === "string" ? rule.id : `rules[${first.path[1]}]`;
      throw invalidRule(id, issues.map((x) => ({ ...x, path: x.path.slice(2) })), ` (pack ${name})`);
    }
    throw invalidRule(`pack ${name}`, issues);
  }
  const r = PackOverrideSchema.safeParse(value);
  if (r.success) return cloneData(r.data);
  const issues = toGgzyIssues(r.error.issues);
  const first = issues[0];
  if (first && (first.path[0] === "add" || first.path[0] === "override") && typeof first.path[1] === "number") {
    const list = (value as Record<string, unknown[]>)[first.path[0]] ?? [];
    const rule = list[first.path[1]] as { id?: unknown } | undefined;
    const id = typeof rule?.id === "string" ? rule.id : `${first.path[0]}[${first.path[1]}]`;
    throw invalidRule(id, issues.map((x) => ({ ...x, path: x.path.slice(2) })), ` (override ${name})`);
  }
  throw invalidRule(`override ${name}`, issues);
}
