import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultRuleSet, validateRecord } from "../../../src/rules/index";
import { FACTS_CATALOGUE, factsOfSubject, renderFactsReference } from "../../../src/authoring/index";
import type { ExplanationNode } from "../../../src/rules/index";
import { shippedCases } from "./shipped";
import { ProcurementMethodSchema, ProjectCategorySchema, RegimeSchema } from "../../../src/model/index";

function typeOk(type: string, v: unknown): boolean {
  if (v === undefined || v === null) return type.endsWith("?");
  const t = type.replace("?", "");
  if (t === "date") return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  if (t === "string[]") return Array.isArray(v) && v.every((x) => typeof x === "string");
  if (t === "object[]") return Array.isArray(v);
  return typeof v === t;
}

function leaves(e: ExplanationNode, out: Array<Extract<ExplanationNode, { kind: "condition" }>> = []): typeof out {
  if (e.kind === "condition") out.push(e);
  else for (const c of e.children) leaves(c, out);
  return out;
}

describe("the facts reference", () => {
  it("names every subject of the shipped rules", () => {
    for (const s of defaultRuleSet().subjects) expect(factsOfSubject(s), s).toBeDefined();
  });
  it("describes every value the fact functions gave the shipped cases, with the right type", () => {
    const set = defaultRuleSet();
    const bySubject = new Map(set.rules.map((e) => [e.rule.id, e.rule.subject]));
    const seen = new Set<string>();
    for (const c of shippedCases()) {
      const report = validateRecord(c.record, c.kind, { ruleSet: set, asOf: c.asOf, explain: "all" });
      for (const t of report.traces ?? []) {
        const subject = bySubject.get(t.ruleId) as string;
        for (const l of leaves(t.explanation)) {
          if (l.result === null || l.fact === "params" || l.path === undefined) continue;
          const field = factsOfSubject(subject)?.facts[l.fact]?.fields[l.path.split(".")[0] as string];
          expect(field, `${subject} ${l.fact}.${l.path}`).toBeDefined();
          expect(typeOk(field?.type ?? "", l.actual), `${subject} ${l.fact}.${l.path} = ${JSON.stringify(l.actual)} is not ${field?.type}`).toBe(true);
          seen.add(`${l.fact}.${l.path}`);
        }
      }
      for (const f of report.findings) {
        const subject = f.subject;
        for (const [path, v] of Object.entries(f.evidence)) {
          const [fact, head] = path.split(".");
          if (fact === "params" || head === undefined) continue;
          const field = factsOfSubject(subject)?.facts[fact as string]?.fields[head];
          expect(field, `${subject} ${path}`).toBeDefined();
          // Evidence shows a missing value as null.
          expect(typeOk(field?.type ?? "", v), `${subject} ${path} = ${JSON.stringify(v)} is not ${field?.type}`).toBe(true);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(40);
  });
  it("is the page committed as docs/rule-facts.md (regenerate with `ggzy rules facts > docs/rule-facts.md`)", () => {
    const page = readFileSync(new URL("../../../docs/rule-facts.md", import.meta.url), "utf8");
    expect(page).toBe(renderFactsReference());
  });
  it("lists exactly the values the model takes where a field's meaning enumerates them", () => {
    const project = factsOfSubject("project")?.facts["project"]?.fields ?? {};
    const listed = (field: string): string[] => (project[field]?.en.split(/[;:]/)[0] ?? "").replace(/ \([^)]*\)/g, "").split(/, | or /).map((v) => v.trim());
    expect(listed("category")).toEqual(ProjectCategorySchema.options);
    expect(listed("procurementMethod")).toEqual(ProcurementMethodSchema.options);
    expect(listed("regime")).toEqual(RegimeSchema.options);
  });
  it("lists each subject once", () => {
    expect(new Set(FACTS_CATALOGUE.map((s) => s.subject)).size).toBe(FACTS_CATALOGUE.length);
  });
});
