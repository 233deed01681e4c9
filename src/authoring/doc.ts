import * as z from "../model/zod";
import { parseWith } from "../model/error";
import { assertRuleSet } from "../rules/engine/ruleset";
/*
 * The catalogue a supervisor publishes (`ggzy rules doc`), and the facts reference (`ggzy rules facts`,
 * docs/rule-facts.md): plain text renderings of data, so the published page always says what the rules do.
 */
import type { RuleSet } from "../rules/engine/ruleset";
import { withBuiltinDocs } from "./docs/with-builtin-docs";
import type { PackOverride, ParamFloor, RulePack } from "../rules/engine/types";
import { COMMON_FACTS, FACTS_CATALOGUE } from "./facts-catalogue";
import type { SubjectFacts } from "./facts-catalogue";

/**
 * A floor in words: `≥ 0.05`, `≤ 30`, `keeps ["tenderer","agency"]`, with its article.
 *
 * @example
 * ```ts
 * describeFloor({ min: 0.05, basis: "聊政办字〔2018〕80号 （五）二是" }); // "≥ 0.05 (聊政办字〔2018〕80号 （五）二是)"
 * ```
 */
export function describeFloor(f: ParamFloor): string {
  const parts: string[] = [];
  if (f.min !== undefined && f.max !== undefined && f.min === f.max) parts.push(`= ${f.min}`);
  else {
    if (f.min !== undefined) parts.push(`≥ ${f.min}`);
    if (f.max !== undefined) parts.push(`≤ ${f.max}`);
  }
  if (f.includes !== undefined) parts.push(`keeps ${JSON.stringify(f.includes)}`);
  if (f.within !== undefined) parts.push(`within ${JSON.stringify(f.within)}`);
  return `${parts.join(", ")} (${f.basis})`;
}

/** The parameter floors the packs declare, by parameter name. */
function paramFloors(packs: ReadonlyArray<RulePack | PackOverride>): Map<string, { floor: ParamFloor; pack: string }> {
  const out = new Map<string, { floor: ParamFloor; pack: string }>();
  for (const p of packs) {
    if (!Object.hasOwn(p, "rules")) continue;
    for (const [k, v] of Object.entries((p as RulePack).params)) if (v.floor !== undefined) out.set(k, { floor: v.floor, pack: `${p.name}@${p.version}` });
  }
  return out;
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Options of {@link renderCatalogue}. */
export interface CatalogueOptions {
  /** The packs the set was built from (for parameter floors). */
  readonly packs: ReadonlyArray<RulePack | PackOverride>;
  readonly format?: "md" | "html";
}

/**
 * The published catalogue of a rule set: every rule with its title, its clause and the clause's title, article, regime, effective dates, severity,
 * bilingual message, floor, the parameters it reads with their values and floors, and its notes; then every parameter.
 * The built-in rules and clauses are documented as {@link withBuiltinDocs} documents them.
 *
 * @example
 * ```ts
 * renderCatalogue(defaultRuleSet(), { packs: builtInPacks }).startsWith("# Rule catalogue"); // true
 * ```
 */
export function renderCatalogue(set: RuleSet, options: CatalogueOptions): string {
  assertRuleSet(set);
  // A published catalogue always says what the built-in rules check and how they read their text.
  const ruleSet = withBuiltinDocs(set);
  parseWith(
    z.looseObject({ packs: z.array(z.looseObject({ name: z.string(), version: z.string() })), format: z.optional(z.enum(["md", "html"])) }),
    options,
    { zh: "目录选项", en: "catalogue options" },
  );
  const floors = paramFloors(options.packs);
  const param = (name: string): string => {
    const p = ruleSet.params[name];
    const f = floors.get(name);
    return `${name} = ${JSON.stringify(p?.value)}${f ? `, floor ${describeFloor(f.floor)}` : ""}`;
  };
  const rules = ruleSet.rules.map((e) => {
    const r = e.rule as typeof e.rule & { regime?: unknown; methods?: unknown };
    return {
      id: r.id,
      version: r.version,
      title: r.title === undefined ? "" : `${r.title.zh} / ${r.title.en}`,
      clause: r.clause,
      clauseTitle: ruleSet.clauses[r.clause] === undefined ? "" : `${ruleSet.clauses[r.clause]?.title.zh} / ${ruleSet.clauses[r.clause]?.title.en} (${ruleSet.clauses[r.clause]?.source.zh})`,
      notes: r.notes ?? "",
      article: r.basis.join("；"),
      regime: r.regime === undefined ? "—" : Array.isArray(r.regime) ? r.regime.join(", ") : String(r.regime),
      methods: Array.isArray(r.methods) ? r.methods.join(", ") : "",
      subject: r.subject,
      severity: r.severity,
      effective: `${r.effective.from} – ${r.effective.to ?? ""}`,
      zh: r.message.zh,
      en: r.message.en,
      floor: r.floor === undefined ? "" : `may be tightened, not loosened (${r.floor.basis})`,
      params: (r.params ?? []).map(param),
      pack: e.pack,
      disabled: e.disabled,
    };
  });
  const params = Object.entries(ruleSet.params).map(([k, p]) => {
    const f = floors.get(k);
    return { name: k, value: JSON.stringify(p.value), setBy: p.setBy, floor: f ? `${describeFloor(f.floor)} — ${f.pack}` : "", zh: p.description?.zh ?? "", en: p.description?.en ?? "" };
  });
  if (options.format === "html") {
    const li = (k: string, v: string): string => (v === "" ? "" : `<li><b>${esc(k)}</b>: ${esc(v)}</li>`);
    return [
      '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>Rule catalogue</title>',
      "<style>body{font-family:sans-serif;max-width:60em;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em;vertical-align:top}</style></head><body>",
      `<h1>规则目录 / Rule catalogue</h1><p>${esc(ruleSet.version)}<br>rulesetHash <code>${ruleSet.contentHash}</code></p>`,
      ...rules.map(
        (r) =>
          `<section id="${esc(r.id)}"><h2>${esc(r.id)} <small>${esc(r.clause)}</small>${r.disabled ? " (disabled)" : ""}</h2><ul>${li("Title", r.title)}${li("Clause", r.clauseTitle)}${li("Article", r.article)}${li("Regime", r.regime)}${li("Methods", r.methods)}${li("Subject", r.subject)}${li("Severity", r.severity)}${li("Effective", r.effective)}${li("Floor", r.floor)}${li("Pack", r.pack)}${li("Parameters", r.params.join("; "))}${li("Notes", r.notes)}</ul><p lang="zh">${esc(r.zh)}</p><p lang="en">${esc(r.en)}</p></section>`,
      ),
      "<h2>参数 / Parameters</h2><table><tr><th>name</th><th>value</th><th>set by</th><th>floor</th><th>meaning</th></tr>",
      ...params.map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.value)}</td><td>${esc(p.setBy)}</td><td>${esc(p.floor)}</td><td>${esc(p.zh)}<br>${esc(p.en)}</td></tr>`),
      "</table></body></html>",
      "",
    ].join("\n");
  }
  const out: string[] = [`# Rule catalogue / 规则目录`, "", `${ruleSet.version}  `, `rulesetHash \`${ruleSet.contentHash}\``, ""];
  for (const r of rules) {
    out.push(`## ${r.id} — ${r.clause}${r.disabled ? " (disabled)" : ""}`, "");
    if (r.title) out.push(`- Title: ${r.title}`);
    if (r.clauseTitle) out.push(`- Clause: ${r.clauseTitle}`);
    out.push(`- Article: ${r.article}`, `- Regime: ${r.regime}${r.methods ? ` (${r.methods})` : ""}`, `- Subject: ${r.subject}; severity: ${r.severity}; effective: ${r.effective}`);
    if (r.floor) out.push(`- Floor: ${r.floor}`);
    if (r.params.length > 0) out.push(`- Parameters: ${r.params.join("; ")}`);
    if (r.notes) out.push(`- Notes: ${r.notes}`);
    out.push(`- Pack: ${r.pack}`, `- 中文：${r.zh}`, `- English: ${r.en}`, "");
  }
  out.push("## Parameters / 参数", "", "| name | value | set by | floor | meaning |", "|---|---|---|---|---|");
  for (const p of params) out.push(`| \`${p.name}\` | ${cell(p.value)} | ${p.setBy} | ${cell(p.floor)} | ${cell(p.zh)} / ${cell(p.en)} |`);
  return `${out.join("\n")}\n`;
}

function subjectSection(s: SubjectFacts): string[] {
  const out = [`## ${s.subject}`, "", `${s.en}. Validator: \`ggzy check --subject ${s.validator}\`.`, ""];
  for (const [name, f] of Object.entries(s.facts)) {
    out.push(`### \`${name}\` — ${f.en} (\`${f.from}\`)`, "", "| path | type | meaning |", "|---|---|---|");
    for (const [k, v] of Object.entries(f.fields)) out.push(`| \`${name}.${k}\` | ${v.type} | ${cell(v.en)} |`);
    out.push("");
  }
  return out;
}

/**
 * The facts reference in Markdown: every subject (or one), its facts and paths with types and meanings. The page
 * docs/rule-facts.md is this text (a test checks it is up to date).
 *
 * @example
 * ```ts
 * renderFactsReference("committee").includes("`committee.size` | number"); // true
 * ```
 */
export function renderFactsReference(subject?: string): string {
  const subjects = FACTS_CATALOGUE.filter((s) => subject === undefined || s.subject === subject);
  const out = [
    "# Facts a rule may read / 规则可读取的事实",
    "",
    "Generated by `ggzy rules facts` from the facts catalogue (src/authoring/facts-catalogue.ts), which tests hold",
    "to the fact functions. Types: `date` is a civil date YYYY-MM-DD (Asia/Shanghai); `?` marks a value that may be",
    "absent (a condition on it is then false, a placeholder shows `?`).",
    "",
    "Every subject also has:",
    "",
    ...Object.entries(COMMON_FACTS).map(([k, f]) => `- \`${k}\` — ${f.en}`),
    "",
  ];
  for (const s of subjects) out.push(...subjectSection(s));
  return `${out.join("\n").trimEnd()}\n`;
}
