import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NATIONAL_CLAUSES, builtInPacks, defaultRuleSet, liaochengPack, nationalPack } from "../../../src/rules/index";
import { withBuiltinDocs } from "../../../src/authoring/index";

/*
 * The rule IDs DIRECTIVE.md names for items (三)–(九), with the clause each is listed under (transcribed from
 * DIRECTIVE.md; when the file is reachable beside the repository, the test re-reads the mapping from it too).
 */
const DIRECTIVE_RULES: Record<string, string> = {
  AGENCY_DISCLOSURE_COMPLETE: "LC80-3.1",
  AGENCY_NOT_BLACKLISTED: "LC80-3.1",
  AGENCY_MERIT_OR_JUSTIFIED: "LC80-3.2",
  AGENCY_SELECTION_FILED: "LC80-3.2",
  AGENCY_STAFF_TRAINED: "LC80-3.3",
  EXPERT_ADMITTED: "LC80-4.1",
  EXPERT_RATED_PER_EVENT: "LC80-4.2",
  EXPERT_RATINGS_PUBLISHED: "LC80-4.2",
  COMMITTEE_NOT_CONCENTRATED: "LC80-4.3",
  EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF: "LC80-4.4",
  CIVIL_SERVANT_UNPAID: "LC80-4.4",
  CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED: "LC80-5.1",
  CONTRACT_SIGNED_IN_TIME: "LC80-5.1",
  SPOT_CHECK_RATE: "LC80-5.2",
  SPOT_CHECK_DRAWN: "LC80-5.2",
  SPOT_CHECK_PUBLISHED: "LC80-5.2",
  ABANDONMENT_REASON_FILED: "LC80-5.3",
  ABANDONMENT_WITHOUT_PROPER_REASON: "LC80-5.3",
  FULLY_ELECTRONIC: "LC80-6.1",
  BLIND_REVIEW_ASSIGNMENT_VALID: "LC80-6.1",
  SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS: "LC80-6.3",
  EVALUATION_DISCLOSED_IN_TIME: "LC80-6.4",
  PROJECT_HAS_SUPERVISOR: "LC80-8",
  COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME: "LC80-9",
};

/** Reads DIRECTIVE.md: each backticked RULE_ID under the bullet `- **4.4 …` belongs to clause LC80-4.4. */
function rulesFromDirective(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let clause: string | undefined;
  for (const line of text.split("\n")) {
    const bullet = /^- \*\*(\d+(?:\.\d+)?)\b/.exec(line);
    if (bullet) clause = `LC80-${bullet[1]}`;
    else if (/^#/.test(line)) clause = undefined;
    if (clause === undefined) continue;
    for (const m of line.matchAll(/`([A-Z][A-Z_]+)`/g)) if (m[1] !== undefined && !(m[1] in out)) out[m[1]] = clause;
  }
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
const directivePath = resolve(here, "../../../../shared/DIRECTIVE.md");

describe("the catalogue covers the directive", () => {
  const all = defaultRuleSet().rules.map((e) => e.rule);
  const byId = new Map(all.map((r) => [r.id, r]));

  it("has every rule DIRECTIVE.md names, under the clause it is listed in", () => {
    for (const [id, clause] of Object.entries(DIRECTIVE_RULES)) {
      expect(byId.get(id)?.clause, id).toBe(clause);
    }
  });

  it.runIf(existsSync(directivePath))("agrees with DIRECTIVE.md as it stands", () => {
    const fromFile = rulesFromDirective(readFileSync(directivePath, "utf8"));
    expect(fromFile).toEqual(DIRECTIVE_RULES);
  });

  it("cites only clause IDs of the directive or of the national baseline, with the article in the basis", () => {
    const directiveClauses = new Set(Object.values(DIRECTIVE_RULES));
    for (const r of all) {
      if (r.clause.startsWith("LC80-")) {
        expect(directiveClauses.has(r.clause), `${r.id} cites ${r.clause}`).toBe(true);
        expect(r.basis.some((b) => b.startsWith("聊政办字〔2018〕80号")), r.id).toBe(true);
      } else {
        const article = (NATIONAL_CLAUSES as Record<string, string>)[r.clause];
        expect(article, `${r.id} cites ${r.clause}`).toBeDefined();
        expect(r.basis, r.id).toContain(article);
      }
    }
  });

  it("ships the Liaocheng pack from 2018-09-26 and the national rules from their laws' dates", () => {
    for (const r of liaochengPack.rules) expect(r.effective.from, r.id).toBe("2018-09-26");
    for (const r of nationalPack.rules) expect(r.effective.from < "2018-09-26", r.id).toBe(true);
  });

  it("declares every parameter a rule reads, with a bilingual description (the built-in documentation's)", () => {
    const params = withBuiltinDocs(defaultRuleSet()).params;
    for (const r of all) {
      const text = JSON.stringify([r.conditions, r.message, r.evidence]);
      for (const m of text.matchAll(/params[."\s,:]+(?:path"?:\s*")?([A-Za-z]+)/g)) {
        const name = m[1] as string;
        if (name === "fact" || name === "path") continue;
        expect(params[name], `${r.id} reads ${name}`).toBeDefined();
      }
    }
    for (const [name, p] of Object.entries(params)) {
      expect(p.description?.zh.length, name).toBeGreaterThan(0);
      expect(p.description?.en.length, name).toBeGreaterThan(0);
    }
  });

  it("gives every rule a message in both languages that names something from the facts", () => {
    for (const r of all) {
      expect(r.message.zh, r.id).toMatch(/\{[a-zA-Z]+\.[A-Za-z.]+\}/);
      expect(r.message.en, r.id).toMatch(/\{[a-zA-Z]+\.[A-Za-z.]+\}/);
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
    }
    expect(builtInPacks.map((p) => p.name)).toEqual(["national", "liaocheng"]);
  });
});
