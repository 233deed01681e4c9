import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeRuleSet, lintPacks, loadPack } from "../../src/authoring/index";
import { validateProject } from "../../src/rules/index";
import { thrown } from "../thrown";

/*
 * docs/rule-engine.md: a misspelt name is an error, not a silent no-op. A rule reading `project.budgetYaun` never
 * sees a value: it would be "evaluated" on every project and find nothing. Loading the pack refuses it instead.
 */

type Json = Record<string, unknown>;
const countyText = readFileSync("examples/county/county.json", "utf8");
/** The Dong'e county example (one added project rule), changed by `edit`. */
function county(edit: (rule: Json) => void = () => {}): Json {
  const pack = JSON.parse(countyText) as { add: Json[] };
  edit(pack.add[0] as Json);
  return pack as unknown as Json;
}
const conditions = (rule: Json) => (rule["conditions"] as { all: Json[] }).all;

describe("loadPack refuses a rule that reads a fact path its subject's facts do not have", () => {
  it("loads the county example, whose paths all exist", () => {
    expect(loadPack(county(), { source: "county.json" }).tag).toBe("dong-e-county@1.0.0");
  });

  it("refuses a misspelt path in a condition, naming pack, rule, path, where, and the path meant", () => {
    const e = thrown(() => loadPack(county((r) => void ((conditions(r)[1] as Json)["path"] = "budgetYaun")), { source: "typo2.json" }));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toBe(
      "typo2.json: dong-e-county@1.0.0: a rule reads a path its subject's facts do not have (at add[0].conditions.all[1]): " +
        'COUNTY_NO_INVITATION_ABOVE_LIMIT: project.budgetYaun: fact project of subject project has no "budgetYaun" (see ggzy rules facts project); ' +
        "did you mean project.budgetYuan?",
    );
    expect(e.zh).toContain("typo2.json：dong-e-county@1.0.0：规则读取了其主题的事实中没有的路径（add[0].conditions.all[1]）");
    expect(e.zh).toContain("是否要写 project.budgetYuan？");
    expect(e.details).toMatchObject({ file: "typo2.json", pack: "dong-e-county@1.0.0", ruleId: "COUNTY_NO_INVITATION_ABOVE_LIMIT", at: "add[0].conditions.all[1]", check: "unknown-path", didYouMean: ["project.budgetYuan"] });
  });

  it("refuses a misspelt message placeholder", () => {
    const e = thrown(() =>
      loadPack(
        county((r) => void ((r["message"] as Json)["en"] = "Project {project.nmae} is invited above the limit")),
        { source: "county.json" },
      ),
    );
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toContain("(at add[0].message.en): COUNTY_NO_INVITATION_ABOVE_LIMIT: project.nmae:");
    expect(e.en).toContain("did you mean project.name?");
    expect(e.details).toMatchObject({ check: "placeholder", didYouMean: ["project.name"] });
  });

  it("refuses a misspelt evidence path, and a misspelt fact name", () => {
    const evidence = thrown(() => loadPack(county((r) => void ((r["evidence"] as string[])[2] = "project.budgetYaun"))));
    expect(evidence.en).toContain("(at add[0].evidence[2])");
    expect(evidence.details["didYouMean"]).toEqual(["project.budgetYuan"]);
    const fact = thrown(() => loadPack(county((r) => void ((conditions(r)[0] as Json)["fact"] = "projet"))));
    expect(fact.en).toContain('project has no fact "projet"');
    expect(fact.details["didYouMean"]).toEqual(["project.procurementMethod"]);
  });

  it("says no \"did you mean\" when no known path is close, and counts the other problems", () => {
    const e = thrown(() =>
      loadPack(
        county((r) => {
          (conditions(r)[1] as Json)["path"] = "somethingElseEntirely";
          (r["evidence"] as string[])[0] = "project.nothingLikeIt";
        }),
      ),
    );
    expect(e.en).not.toContain("did you mean");
    expect(e.details["didYouMean"]).toBeUndefined();
    expect(e.en).toMatch(/\(and 1 more\)$/);
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["add.0.conditions.all.1", "add.0.evidence.0"]);
  });

  it("refuses a full pack's rule and an override's patch of a built-in rule alike", () => {
    const { add: [rule], ...rest } = county((r) => void ((conditions(r)[1] as Json)["path"] = "budgetYaun")) as { add: Json[] } & Json;
    const full = { name: rest["name"], version: "2.0.0", params: { countyInvitationLimitYuan: { value: 4_000_000, description: { zh: "限额", en: "limit" } } }, rules: [rule] };
    expect(thrown(() => loadPack(full)).en).toContain("(at rules[0].conditions.all[1])");
    const patch = { name: "county", version: "1.0.0", override: [{ id: "BID_PERIOD_AT_LEAST_20_DAYS", evidence: ["timeline.bidPeriodDayz"] }] };
    expect(thrown(() => loadPack(patch)).en).toContain("did you mean timeline.bidPeriodDays?");
    expect(loadPack({ ...patch, override: [{ id: "BID_PERIOD_AT_LEAST_20_DAYS", evidence: ["timeline.bidPeriodDays"] }] }).kind).toBe("override");
  });

  it("leaves parameter names to composing: a county may read a parameter its city's pack defines", () => {
    const city = { name: "city", version: "1.0.0", params: { cityLimitYuan: { value: 5_000_000, description: { zh: "市限额", en: "city limit" } } }, rules: [] };
    const reader = county((r) => {
      (conditions(r)[1] as Json)["value"] = { fact: "params", path: "cityLimitYuan" };
      r["params"] = ["cityLimitYuan"];
      r["evidence"] = ["project.budgetYuan"];
      r["message"] = { zh: "超过市限额", en: "above the city's limit" };
    });
    const loaded = [loadPack(city), loadPack({ ...reader, params: {} })];
    expect(composeRuleSet(loaded).version).toContain("dong-e-county@1.0.0");
  });

  it("a refused pack would have been a silent no-op: loaded leniently, its rule finds nothing on a 6.5-million invited tender", () => {
    const typo = county((r) => void ((conditions(r)[1] as Json)["path"] = "budgetYaun"));
    const record = (JSON.parse(readFileSync("examples/county/cases/invitation-above-limit.json", "utf8")) as { record: unknown }).record;
    const silent = validateProject(record as never, { ruleSet: composeRuleSet([loadPack(typo, { checkFactPaths: false })]) });
    expect(silent.evaluated).toContain("COUNTY_NO_INVITATION_ABOVE_LIMIT");
    expect(silent.findings.map((f) => f.ruleId)).not.toContain("COUNTY_NO_INVITATION_ABOVE_LIMIT");
    const right = validateProject(record as never, { ruleSet: composeRuleSet([loadPack(county())]) });
    expect(right.findings.map((f) => f.ruleId)).toContain("COUNTY_NO_INVITATION_ABOVE_LIMIT");
  });

  it("agrees with ggzy rules lint: the refusal's issues are lint's unknown-path and placeholder findings", () => {
    const typo = county((r) => {
      (conditions(r)[1] as Json)["path"] = "budgetYaun";
      (r["message"] as Json)["zh"] = "项目{project.nmae}不得邀请招标";
    });
    const refused = thrown(() => loadPack(typo, { source: "county.json" }));
    const report = lintPacks([loadPack(typo, { source: "county.json", checkFactPaths: false })]);
    const linted = report.findings.filter((f) => f.check === "unknown-path" || f.check === "placeholder");
    expect(linted.map((f) => ({ path: f.path, message: f.message.en, code: f.check }))).toEqual(refused.issues);
    expect(linted.map((f) => f.didYouMean)).toEqual([["project.budgetYuan"], ["project.name"]]);
  });

  it("refuses a subject no validator evaluates whose name is a validator's misspelt, and lint says the same", () => {
    const misspelt = county((r) => void (r["subject"] = "projet"));
    const e = thrown(() => loadPack(misspelt, { source: "county.json" }));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toBe(
      "county.json: dong-e-county@1.0.0: a rule's subject is evaluated by no validator (at add[0].subject): " +
        'COUNTY_NO_INVITATION_ABOVE_LIMIT: no validator evaluates subject "projet", so the rule would never run; did you mean project?',
    );
    expect(e.details).toMatchObject({ check: "unknown-subject", didYouMean: ["project"] });
    const linted = lintPacks([loadPack(misspelt, { source: "county.json", checkFactPaths: false })]).findings.filter((f) => f.ruleId === "COUNTY_NO_INVITATION_ABOVE_LIMIT");
    expect(linted.map((f) => [f.check, f.path.join(".")])).toEqual([["unknown-subject", "add.0.subject"]]);
  });

  it("loads a platform's own subject, far from every validator's: its facts are the platform's", () => {
    expect(loadPack(county((r) => void (r["subject"] = "warehouseInspection")), { source: "county.json" }).kind).toBe("override");
  });

  it("refuses a checkFactPaths option that is not a boolean", () => {
    expect(thrown(() => loadPack(county(), { checkFactPaths: "no" as never })).code).toBe("INVALID_INPUT");
  });
});
