import { assertRuleSet, deepFreeze, redocumentRuleSet } from "../../rules/engine/ruleset";
import type { RuleSet, RuleSetClause, RuleSetEntry } from "../../rules/engine/ruleset";
import type { Clause } from "../../rules/engine/types";
import { directiveClauses, nationalClauses } from "./clauses";
import { liaochengRuleDocs, nationalRuleDocs } from "./rules";
import type { RuleDoc } from "./rules";

/*
 * The built-in packs' documentation, applied to a rule set as a layer: titles and notes of their rules, titles of
 * the clauses they cite. It lives here, not in the packs, so that ggzy-rules/rules stays small in a browser (the
 * bilingual titles alone were 19 KiB of it); the CLI, the service and the catalogue apply it to every set they show.
 */

const RULE_DOCS: Readonly<Record<string, RuleDoc>> = { ...nationalRuleDocs, ...liaochengRuleDocs };
/** Each built-in pack's clauses, by pack name. */
const PACK_CLAUSES: Readonly<Record<string, Readonly<Record<string, Clause>>>> = { national: nationalClauses, liaocheng: directiveClauses };

const documented = new WeakMap<RuleSet, RuleSet>();

/**
 * The rule set with the built-in packs' documentation: every built-in rule's `title` and `notes`, and in `clauses`
 * the titles of the national articles (when the set has the `national` pack) and of the directive's items and points
 * (with the `liaocheng` pack), `setBy` that pack. What the set's own packs and overrides say comes first: a title,
 * a note or a clause they give is kept, and a rule that shares a built-in id but cites another clause is left as it
 * is. Documentation only: `version`, `contentHash`, parameters and verdicts are the set's own, so a report made with
 * either set names the same rules and hash. Applying it twice changes nothing.
 *
 * @throws GgzyError `INVALID_INPUT` when `ruleSet` was not made by `createRuleSet`.
 * @example
 * ```ts
 * const set = withBuiltinDocs(defaultRuleSet());
 * set.rules.find((e) => e.rule.id === "CONTRACT_SIGNED_IN_TIME")?.rule.title?.zh; // "中标通知书发出后按期签订书面合同"
 * set.clauses["NAT-TBL-47"]?.title.zh; // "招标投标情况书面报告"
 * set.contentHash === defaultRuleSet().contentHash; // true
 * ```
 */
export function withBuiltinDocs(ruleSet: RuleSet): RuleSet {
  assertRuleSet(ruleSet);
  const known = documented.get(ruleSet);
  if (known !== undefined) return known;
  const rules = ruleSet.rules.map(documentEntry);
  const clauses = new Map<string, RuleSetClause>();
  for (const p of ruleSet.packs) {
    const own = p.kind === "pack" && Object.hasOwn(PACK_CLAUSES, p.name) ? PACK_CLAUSES[p.name] : undefined;
    for (const [id, c] of Object.entries(own ?? {})) clauses.set(id, deepFreeze({ title: c.title, source: c.source, setBy: `${p.name}@${p.version}` }));
  }
  for (const [id, c] of Object.entries(ruleSet.clauses)) clauses.set(id, c);
  // fromEntries defines own properties: whatever a clause ID is named, it never sets the table's prototype.
  const sorted = Object.fromEntries([...clauses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out = redocumentRuleSet(ruleSet, rules, sorted);
  documented.set(ruleSet, out);
  documented.set(out, out);
  return out;
}

/** A rule with its built-in title and notes where it has none of its own. */
function documentEntry(entry: RuleSetEntry): RuleSetEntry {
  const { rule } = entry;
  const doc = Object.hasOwn(RULE_DOCS, rule.id) ? RULE_DOCS[rule.id] : undefined;
  if (doc === undefined || doc.clause !== rule.clause || (rule.title !== undefined && rule.notes !== undefined)) return entry;
  return Object.freeze({ ...entry, rule: deepFreeze({ ...rule, title: rule.title ?? doc.title, notes: rule.notes ?? doc.notes }) });
}
