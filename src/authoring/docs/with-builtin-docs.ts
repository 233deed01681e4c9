import { assertRuleSet, deepFreeze, redocumentRuleSet } from "../../rules/engine/ruleset";
import type { RuleSet, RuleSetClause, RuleSetEntry, RuleSetParam } from "../../rules/engine/ruleset";
import type { Clause, RuleText } from "../../rules/engine/types";
import { directiveClauses, nationalClauses } from "./clauses";
import { builtInParamDocs } from "./params";
import { liaochengRuleDocs, nationalRuleDocs } from "./rules";
import type { RuleDoc } from "./rules";

/*
 * The built-in packs' documentation, applied to a rule set as a layer: titles and notes of their rules, titles of
 * the clauses they cite, descriptions of their parameters. It lives here, not in the packs, so that ggzy-rules/rules
 * stays small in a browser (the bilingual titles alone were 19 KiB of it, the parameters' descriptions 14 KiB); the
 * CLI, the service and the catalogue apply it to every set they show.
 */

const RULE_DOCS: Readonly<Record<string, RuleDoc>> = { ...nationalRuleDocs, ...liaochengRuleDocs };
/** Each built-in pack's clauses, by pack name. */
const PACK_CLAUSES: Readonly<Record<string, Readonly<Record<string, Clause>>>> = { national: nationalClauses, liaocheng: directiveClauses };

const documented = new WeakMap<RuleSet, RuleSet>();

/**
 * The rule set with the built-in packs' documentation: every built-in rule's `title` and `notes`, in `clauses` the
 * titles of the national articles (when the set has the `national` pack) and of the directive's items and points
 * (with the `liaocheng` pack), `setBy` that pack, and the `description` of each of those packs' parameters. What the
 * set's own packs and overrides say comes first: a title, a note, a clause or a description they give is kept, and a
 * rule that shares a built-in id but cites another clause is left as it is. Documentation only: `version`,
 * `contentHash`, parameter values and verdicts are the set's own, so a report made with either set names the same
 * rules and hash. Applying it twice changes nothing.
 *
 * @throws GgzyError `INVALID_INPUT` when `ruleSet` was not made by `createRuleSet`.
 * @example
 * ```ts
 * const set = withBuiltinDocs(defaultRuleSet());
 * set.rules.find((e) => e.rule.id === "CONTRACT_SIGNED_IN_TIME")?.rule.title?.zh; // "中标通知书发出后按期签订书面合同"
 * set.clauses["NAT-TBL-47"]?.title.zh; // "招标投标情况书面报告"
 * set.params.contractDays?.description?.en; // "Days after the award notice to sign the written contract, Tendering Law art. 46"
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
  const out = redocumentRuleSet(ruleSet, rules, sorted, documentParams(ruleSet));
  documented.set(ruleSet, out);
  documented.set(out, out);
  return out;
}

/** The set's parameters, each with its built-in pack's description where it has none of its own. */
function documentParams(ruleSet: RuleSet): Record<string, RuleSetParam> {
  const docs = ruleSet.packs.flatMap((p) => (p.kind === "pack" && Object.hasOwn(builtInParamDocs, p.name) ? [builtInParamDocs[p.name] as Readonly<Record<string, RuleText>>] : []));
  const out: Record<string, RuleSetParam> = {};
  for (const [name, param] of Object.entries(ruleSet.params)) {
    const doc = param.description === undefined ? docs.find((d) => Object.hasOwn(d, name))?.[name] : undefined;
    out[name] = doc === undefined ? param : Object.freeze({ value: param.value, description: doc, setBy: param.setBy });
  }
  return out;
}

/** A rule with its built-in title and notes where it has none of its own. */
function documentEntry(entry: RuleSetEntry): RuleSetEntry {
  const { rule } = entry;
  const doc = Object.hasOwn(RULE_DOCS, rule.id) ? RULE_DOCS[rule.id] : undefined;
  if (doc === undefined || doc.clause !== rule.clause || (rule.title !== undefined && rule.notes !== undefined)) return entry;
  return Object.freeze({ ...entry, rule: deepFreeze({ ...rule, title: rule.title ?? doc.title, notes: rule.notes ?? doc.notes }) });
}
