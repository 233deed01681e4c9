import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleTable } from "../../../tools/rule-table";

// The table lives in the platform guide (docs/platform.md), linked from the README, which stays short for every reader.
describe("the rule table of the platform guide", () => {
  it("shows every rule with its title, clause, basis, regime, methods and effective date, as the catalogue has them", () => {
    const readme = readFileSync(new URL("../../../docs/platform.md", import.meta.url), "utf8");
    expect(readme).toContain(ruleTable());
    expect(ruleTable()).toContain(
      "| `GP_CONSULTATION_GROUP_COMPOSITION` | 磋商小组三人以上单数且专家不少于三分之二 / Consultation group of three or more, odd, two thirds experts | NAT-MOF214-14 | 财库〔2014〕214号 第十四条 | GP | competitiveConsultation | 2014-12-31 |",
    );
  });
});
