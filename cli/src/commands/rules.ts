import type { Command } from "commander";
import { withBuiltinDocs } from "ggzy-rules/authoring";
import { defaultRuleSet } from "ggzy-rules/rules";
import { action, printJson } from "../io";
import { readPackArgs, ruleSetOf } from "../rule-files";
import { registerRulesAuthoring } from "./rules-authoring";
import { registerRulesTest } from "./rules-test";

/** "tendering (all methods)", "governmentProcurement: open, selective", or "every record" for an unscoped rule. */
function scopeText(scope: { readonly regimes: ReadonlyArray<string>; readonly methods?: ReadonlyArray<string> } | null): string {
  if (scope === null) return "all regimes (directive rule: its conditions name the categories it covers)";
  return `${scope.regimes.join(" + ")}${scope.methods === undefined ? " (all methods)" : `: ${scope.methods.join(", ")}`}`;
}

/** `ggzy rules [--pack <file>] [--json]`: the catalogue — id, title, clause and its title, basis, severity, effective dates, message — and the parameters. */
export function registerRules(program: Command): void {
  const rules = program
    .command("rules")
    .description("列出规则目录（编号、条款、依据、严重程度、生效日期、提示）及参数 / list the rule catalogue and its parameters")
    .option("--pack <file>", "规则包或覆盖（JSON）/ a rule pack or override (JSON)")
    .option("--trusted-key <file...>", "只接受由这些公钥签名的规则包 / accept the pack only if signed by one of these public keys")
    .option("--json", "JSON output")
    .action(
      action((opts: { pack?: string; trustedKey?: string[]; json?: boolean }) => {
        // Titles and notes of the built-in rules are documentation kept apart from the packs: always shown here.
        const set = withBuiltinDocs(opts.pack !== undefined ? ruleSetOf(readPackArgs([opts.pack], opts.trustedKey)) : defaultRuleSet());
        const rules = set.rules.map((e) => ({
          id: e.rule.id,
          version: e.rule.version,
          title: e.rule.title ?? null,
          clause: e.rule.clause,
          basis: e.rule.basis,
          severity: e.rule.severity,
          subject: e.rule.subject,
          effective: e.rule.effective,
          // Where the rule applies: national rules name the regimes and methods their article covers.
          scope: e.rule.scope ?? null,
          notes: e.rule.notes ?? null,
          message: e.rule.message,
          params: e.rule.params ?? [],
          pack: e.pack,
          disabled: e.disabled,
        }));
        if (opts.json) {
          printJson({ rulesetVersion: set.version, rulesetHash: set.contentHash, rules, clauses: set.clauses, params: set.params });
          return;
        }
        const out: string[] = [`# ${set.version}: ${rules.length} rules`, `# rulesetHash ${set.contentHash}`, ""];
        for (const r of rules) {
          const to = r.effective.to ?? "";
          const clause = set.clauses[r.clause];
          out.push(`${r.id}  [${r.clause}]  ${r.severity}  ${r.subject}  ${r.effective.from}–${to}${r.disabled ? "  (disabled)" : ""}`);
          if (r.title !== null) out.push(`  ${r.title.zh} / ${r.title.en}`);
          if (clause !== undefined) out.push(`  ${r.clause}: ${clause.title.zh} / ${clause.title.en}`);
          out.push(`  ${r.basis.join("；")}`);
          out.push(`  applies to: ${scopeText(r.scope)}`);
          if (r.notes !== null) out.push(`  notes: ${r.notes}`);
          out.push(`  ${r.message.zh}`);
          out.push(`  ${r.message.en}`);
          if (r.params.length > 0) out.push(`  params: ${r.params.join(", ")}`);
          out.push("");
        }
        out.push("# params");
        for (const [name, p] of Object.entries(set.params)) out.push(`${name} = ${JSON.stringify(p.value)}  (${p.setBy})${p.description === undefined ? "" : `  ${p.description.zh} / ${p.description.en}`}`);
        process.stdout.write(`${out.join("\n")}\n`);
      }),
    );
  // The list's own options (--pack, --json, --trusted-key) come before a subcommand; after it they are the
  // subcommand's. Commander needs positional options on every ancestor for that (the program has only -v and -h).
  program.enablePositionalOptions();
  rules.enablePositionalOptions();
  registerRulesTest(rules);
  registerRulesAuthoring(rules);
}
