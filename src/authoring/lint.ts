import * as z from "../model/zod";
import { parseWith } from "../model/error";
import { LoadedPackListSchema } from "./load-pack";
/*
 * `ggzy rules lint`: what a schema cannot see. A path the subject's facts do not have, an operator on a value of the
 * wrong type, a rule that can never fire or always fires, two rules with one id, a message placeholder with no fact
 * behind it, a parameter nobody reads, undescribed or set to a value of the wrong type, and an override that loosens
 * a floor a higher pack declares.
 */
import { GgzyError } from "../model/error";
import { declareFloors, floorProblems, newFloorTable } from "../rules/engine/floors";
import { declareParamTypes, newParamTypeTable, paramTypeProblems } from "../rules/engine/param-types";
import type { PackOverride, Rule, RulePack } from "../rules/engine/types";
import { ruleParams } from "../rules/facts/params";
import { builtInPacks, defaultRuleSet } from "../rules/packs/default";
import { composeRuleSet } from "./load-pack";
import type { LoadedPack } from "./load-pack";
import { builtInParamDocs } from "./docs/params";
import { lintRule, push } from "./lint-rule";
import type { Ctx, LintFinding, Path } from "./lint-rule";

export { LINT_CHECKS } from "./lint-rule";
export type { LintCheck, LintFinding } from "./lint-rule";

/** What `lintPacks` returns. */
export interface LintReport {
  readonly ok: boolean;
  readonly findings: ReadonlyArray<LintFinding>;
  /** How many rules were linted. */
  readonly rules: number;
}

function paramsRead(rule: Rule): string[] {
  const out = new Set(rule.params ?? []);
  const text = JSON.stringify([rule.conditions, rule.evidence, rule.message]);
  for (const m of text.matchAll(/"fact":"params","path":"([^".]+)/g)) if (m[1]) out.add(m[1]);
  for (const m of text.matchAll(/params\.([\p{L}\p{N}_-]+)/gu)) if (m[1]) out.add(m[1]);
  return [...out];
}

let factFunctionParams: ReadonlySet<string> | undefined;
/** The parameters the fact functions read (deadlines, quotas): `RuleParams`' keys. */
function readByFactFunctions(): ReadonlySet<string> {
  factFunctionParams ??= new Set(Object.keys(ruleParams(defaultRuleSet())));
  return factFunctionParams;
}

/**
 * Lints packs and overrides (already validated with `loadPack`) as they would compose with the built-in packs.
 * Built-in packs are linted when named in `builtIns` (`["national", "liaocheng"]`).
 *
 * @example
 * ```ts
 * const report = lintPacks([loadPack(countyText, { source: "county.json" })]);
 * report.findings.map((f) => `${f.check} ${f.message.en}`);
 * ```
 */
export function lintPacks(loaded: ReadonlyArray<LoadedPack>, builtIns: ReadonlyArray<string> = []): LintReport {
  parseWith(LoadedPackListSchema, loaded, { zh: "已载入的规则包列表", en: "list of loaded packs" });
  parseWith(z.array(z.string()), builtIns, { zh: "内置规则包名称", en: "names of built-in packs" });
  const out: LintFinding[] = [];
  const targets: Array<{ source: string; pack: RulePack | PackOverride; kind: "pack" | "override" }> = [
    ...builtInPacks.filter((p) => builtIns.includes(p.name)).map((p) => ({ source: `${p.name}@${p.version}`, pack: p as RulePack, kind: "pack" as const })),
    ...loaded.map((l) => ({ source: l.source, pack: l.pack, kind: l.kind })),
  ];
  // Every parameter the composed set would have (built-ins, packs, overrides' new ones), with its value.
  const params = new Map<string, unknown>();
  for (const p of builtInPacks) for (const [k, v] of Object.entries(p.params)) params.set(k, v.value);
  for (const l of loaded) {
    if (l.kind === "pack") for (const [k, v] of Object.entries((l.pack as RulePack).params)) params.set(k, v.value);
    else for (const [k, v] of Object.entries((l.pack as PackOverride).params ?? {})) params.set(k, v);
  }
  // Rules as they stand, for duplicates and floors.
  const defined = new Map<string, string>();
  const current = new Map<string, Rule>();
  const table = newFloorTable();
  const paramTypes = newParamTypeTable();
  const seen = (id: string, source: string, at: Path): void => {
    const prior = defined.get(id);
    if (prior !== undefined) {
      out.push({ check: "duplicate-id", pack: source, ruleId: id, path: [...at], message: { zh: `规则 ${id} 已在 ${prior} 中定义`, en: `rule ${id} is defined already, in ${prior}` } });
    } else defined.set(id, source);
  };
  for (const p of builtInPacks) {
    if (!builtIns.includes(p.name)) for (const r of p.rules) defined.set(r.id, `${p.name}@${p.version}`);
    for (const r of p.rules) current.set(r.id, r);
    declareFloors(table, `${p.name}@${p.version}`, p.params, p.rules);
    declareParamTypes(paramTypes, `${p.name}@${p.version}`, p.params);
  }
  let rules = 0;
  for (const t of targets) {
    const ctx: Ctx = { pack: t.source, params, out };
    if (t.kind === "pack") {
      const pack = t.pack as RulePack;
      const builtIn = builtInPacks.some((b) => b.name === pack.name && t.source === `${b.name}@${b.version}`);
      if (!builtIn) {
        declareParamTypes(paramTypes, `${pack.name}@${pack.version}`, pack.params);
        try {
          declareFloors(table, `${pack.name}@${pack.version}`, pack.params, pack.rules);
        } catch (e) {
          if (!(e instanceof GgzyError)) throw e;
          push(ctx, "floor", undefined, ["params"], e.en, e.zh);
        }
      }
      pack.rules.forEach((r, i) => {
        seen(r.id, t.source, ["rules", i, "id"]);
        if (!builtIn) current.set(r.id, r);
        lintRule(r, ["rules", i], ctx);
        rules++;
      });
    } else {
      const o = t.pack as PackOverride;
      const tag = `${o.name}@${o.version}`;
      // A value of the wrong type is that, not a loosened floor: reported once, as a type error.
      const mistyped = new Set<string>();
      for (const p of paramTypeProblems(paramTypes, o, tag)) {
        mistyped.add(p.param);
        out.push({ check: "param-type", pack: t.source, path: p.path, message: p.message });
      }
      for (const p of floorProblems(table, o, tag, (id) => current.get(id))) {
        if (p.param !== undefined && mistyped.has(p.param)) continue;
        out.push({ check: "floor", pack: t.source, ...(p.ruleId !== undefined ? { ruleId: p.ruleId } : {}), path: p.path, message: p.message });
      }
      (o.override ?? []).forEach((patch, i) => {
        const prior = current.get(patch.id);
        if (prior === undefined) return;
        const merged = { ...prior, ...patch } as Rule;
        current.set(patch.id, merged);
        lintRule(merged, ["override", i], ctx);
        rules++;
      });
      (o.add ?? []).forEach((r, i) => {
        seen(r.id, t.source, ["add", i, "id"]);
        current.set(r.id, r);
        lintRule(r, ["add", i], ctx);
        rules++;
      });
    }
  }
  // Parameters of the linted packs that nothing reads.
  const read = new Set<string>(readByFactFunctions());
  for (const r of current.values()) for (const p of paramsRead(r)) read.add(p);
  for (const t of targets) {
    const own = t.kind === "pack" ? Object.keys((t.pack as RulePack).params) : Object.keys((t.pack as PackOverride).params ?? {});
    for (const name of own) {
      if (!read.has(name)) {
        out.push({ check: "unused-param", pack: t.source, path: ["params", name], message: { zh: `参数 ${name} 没有任何规则或事实函数读取`, en: `parameter ${name} is read by no rule and no fact function` } });
      }
    }
  }
  // Parameters of the linted packs that say nothing of what they mean (the built-in packs' say it in docs/params.ts).
  for (const t of targets) {
    if (t.kind !== "pack") continue;
    const pack = t.pack as RulePack;
    const builtIn = builtInPacks.some((b) => b.name === pack.name && t.source === `${b.name}@${b.version}`);
    const documented: Readonly<Record<string, unknown>> = builtIn ? (builtInParamDocs[pack.name] ?? {}) : {};
    for (const [name, p] of Object.entries(pack.params)) {
      if (p.description !== undefined || Object.hasOwn(documented, name)) continue;
      out.push({ check: "undescribed-param", pack: t.source, path: ["params", name], message: { zh: `参数 ${name} 没有说明（description）`, en: `parameter ${name} has no description` } });
    }
  }
  // Whatever else stops the packs from composing (floors and parameter types are reported above already).
  if (loaded.length > 0 && !out.some((f) => f.check === "duplicate-id" || f.check === "floor" || f.check === "param-type")) {
    try {
      composeRuleSet(loaded);
    } catch (e) {
      if (!(e instanceof GgzyError)) throw e;
      out.push({ check: "compose", pack: typeof e.details["file"] === "string" ? e.details["file"] : (loaded[0]?.source ?? ""), path: [], message: { zh: e.zh, en: e.en } });
    }
  }
  return { ok: out.length === 0, findings: out, rules };
}
