/*
 * Prints the README's rule table from the default rule set: `npx tsx tools/rule-table.ts`. A test
 * (test/rules/catalogue/readme-table.test.ts) checks that the README holds exactly this table.
 */
import { withBuiltinDocs } from "../src/authoring/docs/with-builtin-docs";
import { defaultRuleSet } from "../src/rules/packs/default";

const regimeName = { tendering: "tendering", governmentProcurement: "GP" } as Record<string, string>;

/** The README's rule table (Markdown), one row per rule of the default rule set, in clause then id order. */
export function ruleTable(): string {
  const rows = withBuiltinDocs(defaultRuleSet())
    .rules.map((e) => e.rule)
    .sort((a, b) => (a.clause === b.clause ? (a.id < b.id ? -1 : 1) : a.clause < b.clause ? -1 : 1));
  const lines = [
    "| Rule | Title | Clause | Basis | Regime | Methods | From | Severity | Subject | Parameters |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    const regime = r.scope === undefined ? "all (directive)" : r.scope.regimes.map((x) => regimeName[x] ?? x).join(", ");
    const methods = r.scope?.methods === undefined ? "all" : r.scope.methods.join(", ");
    const params = (r.params ?? []).map((p) => `\`${p}\``).join(", ");
    const title = r.title === undefined ? "" : `${r.title.zh} / ${r.title.en}`;
    lines.push(`| \`${r.id}\` | ${title} | ${r.clause} | ${r.basis.join("；")} | ${regime} | ${methods} | ${r.effective.from} | ${r.severity} | ${r.subject} | ${params} |`);
  }
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("rule-table.ts")) process.stdout.write(`${ruleTable()}\n`);
