import * as z from "../model/zod";
/*
 * Loading a user's packs as the CLI and the service do: JSON text or value → (signature checked against trusted keys)
 * → validated pack or override → one rule set with the built-ins. Every pack is loaded and checked before any rule
 * set is built, so a bad pack anywhere leaves nothing loaded.
 */
import { GgzyError, parseWith } from "../model/error";
import { assertOptions, assertString } from "../model/guard";
import { isRulePack, loadRulePack } from "../rules/engine/load";
import { createRuleSet } from "../rules/engine/ruleset";
import type { RuleSet } from "../rules/engine/ruleset";
import { ruleParams } from "../rules/facts/params";
import type { PackOverride, RulePack } from "../rules/engine/types";
import { builtInPacks } from "../rules/packs/default";
import { packContentHash, verifyPackSignature } from "./signing";
import type { PackPublicKey } from "./signing";
import { unknownPathFindings } from "./lint-rule";
import type { LintFinding } from "./lint-rule";

/** A validated pack or override, with where it came from and its identity. */
/** What `loadPack` returns, as a schema: lists of loaded packs are checked at the public functions that take them. */
export const LoadedPackListSchema = z.array(
  z.looseObject({
    pack: z.looseObject({ name: z.string(), version: z.string() }),
    kind: z.enum(["pack", "override"]),
    tag: z.string(),
    contentHash: z.string(),
  }),
);

/** A pack or override as `loadPack` read it: what it is, its `name@version` tag and content hash. */
export interface LoadedPack {
  readonly pack: RulePack | PackOverride;
  readonly kind: "pack" | "override";
  /** `name@version`. */
  readonly tag: string;
  /** SHA-256 of the JCS of the pack without its signature (what a signature covers). */
  readonly contentHash: string;
  /** Key id of the trusted key whose signature was verified. */
  readonly signedBy?: string;
  readonly source: string;
}

/** Options of {@link loadPack}. */
export interface LoadPackOptions {
  /** A file name or URL, named in every error. */
  readonly source?: string;
  /** When given, the pack must carry a valid signature by one of these keys. */
  readonly trustedKeys?: ReadonlyArray<PackPublicKey>;
  /**
   * Refuse a rule that reads a fact or path its subject's facts do not have (default `true`). `false` for tools that
   * report such rules themselves (`ggzy rules lint`); a recorded pack replayed as it was is loaded without `loadPack`.
   */
  readonly checkFactPaths?: boolean;
}

function withSource(e: unknown, source: string): unknown {
  if (!(e instanceof GgzyError) || e.en.startsWith(`${source}:`)) return e;
  return new GgzyError(e.code, { zh: `${source}：${e.zh}`, en: `${source}: ${e.en}`, issues: e.issues, details: { file: source, ...e.details } });
}

/**
 * Loads one pack or override: parses JSON text, verifies the signature when `trustedKeys` are given (a signed pack
 * whose content no longer matches its signed hash is refused even without them), validates it.
 *
 * @throws GgzyError `PACK_SIGNATURE` (unsigned, altered, untrusted key, bad signature), `INVALID_RULE` (not a pack),
 *   each naming `source`.
 * @example
 * ```ts
 * const city = loadPack(text, { source: "city.json", trustedKeys: [cityKey] });
 * city.signedBy; // the city's key id
 * ```
 */
export function loadPack(json: unknown, options: LoadPackOptions = {}): LoadedPack {
  assertOptions(options, "loadPack options");
  if (options.source !== undefined) assertString(options.source, "loadPack options.source");
  if (options.checkFactPaths !== undefined && typeof options.checkFactPaths !== "boolean") {
    throw new GgzyError("INVALID_INPUT", { zh: "loadPack 选项 checkFactPaths 必须是布尔值", en: "loadPack options.checkFactPaths must be a boolean", details: { option: "checkFactPaths" } });
  }
  const source = options.source ?? "(pack)";
  try {
    let value = json;
    if (typeof json === "string") {
      try {
        value = JSON.parse(json) as unknown;
      } catch (e) {
        throw new GgzyError("INVALID_RULE", { zh: `不是有效的 JSON：${(e as Error).message}`, en: `not valid JSON: ${(e as Error).message}`, details: { file: source } });
      }
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new GgzyError("INVALID_RULE", { zh: "规则包必须是 JSON 对象", en: "a rule pack must be a JSON object", details: { file: source } });
    }
    let signedBy: string | undefined;
    if (options.trustedKeys !== undefined) signedBy = verifyPackSignature(value, options.trustedKeys, source).keyId;
    const { signature: _signature, ...content } = value as Record<string, unknown>;
    // A signed pack whose content no longer matches its signed hash is refused here even without trusted keys.
    const pack = loadRulePack(value);
    const kind = isRulePack(pack) ? "pack" : "override";
    if (options.checkFactPaths !== false) refuseUnknownPaths(unknownPathFindings(pack, kind, source), `${pack.name}@${pack.version}`);
    return {
      pack,
      kind,
      tag: `${pack.name}@${pack.version}`,
      contentHash: packContentHash(content),
      ...(signedBy !== undefined ? { signedBy } : {}),
      source,
    };
  } catch (e) {
    throw withSource(e, source);
  }
}

/** `add[0].conditions.all[1]`: where in the pack, as a JSON path. */
function jsonPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/*
 * A rule reading a path its subject's facts lack never sees a value: its condition is simply false, and the rule is
 * "evaluated" and finds nothing (docs/rule-engine.md: a misspelt name is an error, not a silent no-op). The findings
 * are lint's own `unknown-path`/`placeholder` findings, so `ggzy rules lint` and loading agree.
 */
function refuseUnknownPaths(findings: ReadonlyArray<LintFinding>, tag: string): void {
  const first = findings[0];
  if (first === undefined) return;
  const more = findings.length - 1;
  const at = jsonPath(first.path);
  throw new GgzyError("INVALID_RULE", {
    zh: `${tag}：${first.check === "unknown-subject" ? "规则的主题没有校验器评估" : "规则读取了其主题的事实中没有的路径"}（${at}）：${first.message.zh}${more > 0 ? `（另有 ${more} 处）` : ""}`,
    en: `${tag}: ${first.check === "unknown-subject" ? "a rule's subject is evaluated by no validator" : "a rule reads a path its subject's facts do not have"} (at ${at}): ${first.message.en}${more > 0 ? ` (and ${more} more)` : ""}`,
    issues: findings.map((f) => ({ path: [...f.path], message: f.message.en, code: f.check })),
    details: {
      pack: tag,
      ...(first.ruleId !== undefined ? { ruleId: first.ruleId } : {}),
      at,
      check: first.check,
      ...(first.didYouMean !== undefined ? { didYouMean: [...first.didYouMean] } : {}),
    },
  });
}

/**
 * One rule set from the built-in packs and loaded ones: full packs after the built-ins, then overrides, each in the
 * order given (a county's override after its city's pack).
 *
 * @throws GgzyError as `createRuleSet` (a duplicate rule, an unknown parameter or one of the wrong type,
 *   `FLOOR_LOOSENED`…), naming the pack's file; `INVALID_RULE` for a parameter value the fact functions cannot use
 *   (`contractDays: 1.5`).
 * @example
 * ```ts
 * composeRuleSet([loadPack(cityText), loadPack(countyText)]).version; // "national@2.0.0+liaocheng@1.0.0+city@1+county@1"
 * ```
 */
export function composeRuleSet(loaded: ReadonlyArray<LoadedPack>): RuleSet {
  parseWith(LoadedPackListSchema, loaded, { zh: "已载入的规则包列表", en: "list of loaded packs" });
  const packs = loaded.filter((l) => l.kind === "pack").map((l) => l.pack as RulePack);
  const overrides = loaded.filter((l) => l.kind === "override").map((l) => l.pack as PackOverride);
  let set: RuleSet;
  try {
    set = createRuleSet([...builtInPacks, ...packs], overrides);
  } catch (e) {
    // Name the file of the pack or override the error is about.
    const d = e instanceof GgzyError ? e.details : {};
    const culprit = loaded.find((l) => l.tag === d["override"] || l.tag === d["pack"] || l.tag === d["by"]);
    throw culprit === undefined ? e : withSource(e, culprit.source);
  }
  refuseUnusableParams(set, loaded);
  return set;
}

/*
 * A value of the declared type may still be one the fact functions cannot count with (2.5 days, a negative share):
 * refused now, naming the pack that set it, rather than by every record a validator is later given.
 */
function refuseUnusableParams(set: RuleSet, loaded: ReadonlyArray<LoadedPack>): void {
  try {
    ruleParams(set);
  } catch (e) {
    if (!(e instanceof GgzyError)) throw e;
    const param = e.details["param"];
    const setBy = typeof param === "string" ? set.params[param]?.setBy : undefined;
    const culprit = loaded.find((l) => l.tag === setBy);
    if (culprit === undefined) throw e;
    throw withSource(
      new GgzyError(e.code, { zh: `${culprit.tag}：${e.zh}`, en: `${culprit.tag}: ${e.en}`, issues: e.issues, details: { ...e.details, override: culprit.tag } }),
      culprit.source,
    );
  }
}
