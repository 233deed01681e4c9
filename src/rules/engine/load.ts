import { hashCanonical } from "../../model/canonical";
import { GgzyError, toGgzyIssues } from "../../model/error";
import { assertJsonInput } from "../../model/guard";
import { cloneData, invalidRule } from "./compile";
import { PackOverrideSchema, RulePackSchema } from "./schema";
import type { PackOverride, RulePack } from "./types";

/**
 * Whether a loaded pack is a full pack (it has `rules`) rather than an override.
 *
 * @example
 * ```ts
 * const loaded = loadRulePack(json);
 * const set = isRulePack(loaded) ? createRuleSet([nationalPack, loaded]) : createRuleSet([nationalPack], [loaded]);
 * ```
 */
export function isRulePack(value: RulePack | PackOverride): value is RulePack {
  return typeof value === "object" && value !== null && Object.hasOwn(value, "rules");
}

/**
 * Validates a rule pack or a pack override given as JSON (a parsed value or JSON text). An object with `rules` is a
 * pack; anything else is read as an override (`add`, `disable`, `override`, `params`).
 *
 * @throws GgzyError `INVALID_RULE` naming the rule (or pack) and the path of the first problem.
 * @example
 * ```ts
 * const county = loadRulePack('{"name":"my-county","version":"0.1.0","extends":"liaocheng","disable":["SPOT_CHECK_PUBLISHED"]}');
 * const set = createRuleSet([nationalPack, liaochengPack], isRulePack(county) ? [] : [county]);
 * set.version; // "national@2.0.0+liaocheng@1.0.0+my-county@0.1.0"
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
  assertJsonInput(value, "rule pack");
  const content = Object.hasOwn(value, "signature") ? unsigned(value as Record<string, unknown>) : value;
  if (Object.hasOwn(content, "rules")) return parsePackValue(content);
  return parseOverrideValue(content);
}

/*
 * A signed pack (`ggzy rules sign`) loads like the same pack unsigned: the signature is an envelope around the content.
 * Checking it against trusted keys is `loadPack`'s (ggzy-rules/rules); here a pack whose content no longer matches the
 * hash it was signed with is refused all the same, since it was altered after signing.
 */
function unsigned(value: Record<string, unknown>): Record<string, unknown> {
  const { signature, ...content } = value;
  const claimed = (signature as { contentHash?: unknown } | null)?.contentHash;
  if (claimed !== hashCanonical(content)) {
    throw new GgzyError("PACK_SIGNATURE", {
      zh: "规则包在签名后被改动（内容哈希与签名时不同）",
      en: "The pack was altered after it was signed (its content hash differs from the signed one)",
      issues: [{ path: ["signature", "contentHash"], message: "content hash differs" }],
      details: { reason: "altered" },
    });
  }
  return content;
}

function nameOf(value: unknown, fallback: string): string {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : fallback;
}

/** Throws INVALID_RULE for a list element (`rules[i]`, `add[i]`, `override[i]`) naming the rule by its id. */
function listIssue(value: unknown, issues: ReturnType<typeof toGgzyIssues>, where: string): GgzyError | undefined {
  const first = issues[0];
  if (!first || typeof first.path[0] !== "string" || typeof first.path[1] !== "number") return undefined;
  const key = first.path[0];
  if (key !== "rules" && key !== "add" && key !== "override") return undefined;
  const list = (value as Record<string, unknown>)[key];
  const item = Array.isArray(list) ? (list[first.path[1]] as { id?: unknown } | undefined) : undefined;
  const id = typeof item?.id === "string" ? item.id : `${key}[${first.path[1]}]`;
  return invalidRule(id, issues.map((x) => ({ ...x, path: x.path.slice(2) })), where);
}

/** Validates a full pack (RulePackSchema), a copy detached from the input. */
export function parsePackValue(value: unknown, fallbackName = "(no name)"): RulePack {
  const r = RulePackSchema.safeParse(value);
  if (r.success) return cloneData(r.data);
  const name = nameOf(value, fallbackName);
  const issues = toGgzyIssues(r.error.issues);
  throw listIssue(value, issues, ` (pack ${name})`) ?? invalidRule(`pack ${name}`, issues);
}

/** Validates a pack override (PackOverrideSchema), a copy detached from the input. */
export function parseOverrideValue(value: unknown, fallbackName = "(no name)"): PackOverride {
  const r = PackOverrideSchema.safeParse(value);
  if (r.success) return cloneData(r.data);
  const name = nameOf(value, fallbackName);
  const issues = toGgzyIssues(r.error.issues);
  throw listIssue(value, issues, ` (override ${name})`) ?? invalidRule(`override ${name}`, issues);
}
