import { describe, expect, it } from "vitest";
import { composeRuleSet, loadPack } from "../../../src/authoring/index";
import { createRuleSet, liaochengPack, nationalPack } from "../../../src/rules/index";
import { thrown } from "./helpers";

const base = [nationalPack, liaochengPack] as const;
const override = (params: Record<string, unknown>) => ({ name: "county", version: "1", params });

describe("a parameter keeps the type the pack declaring it gives it", () => {
  it("refuses a string where national law declares a number with a floor: a type error, not a loosened floor", () => {
    const e = thrown(() => createRuleSet(base, [override({ committeeMinMembers: "7" })]));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toBe('county@1 sets parameter committeeMinMembers to "7" (a string), but national@2.0.0 declares it a number');
    expect(e.zh).toBe('county@1 将参数 committeeMinMembers 设为 "7"（字符串），但 national@2.0.0 声明其为数值');
    expect(e.issues.map((i) => i.path)).toEqual([["params", "committeeMinMembers"]]);
    expect(e.details).toMatchObject({ override: "county@1", param: "committeeMinMembers", expected: "a number", value: "7", declaredBy: "national@2.0.0" });
  });
  it("refuses a string where a number without a floor is declared (it composed before, then failed every record)", () => {
    const e = thrown(() => createRuleSet(base, [override({ ratingsPublicationDays: "10" })]));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toBe('county@1 sets parameter ratingsPublicationDays to "10" (a string), but liaocheng@1.0.0 declares it a number');
    expect(e.issues[0]?.path).toEqual(["params", "ratingsPublicationDays"]);
  });
  it("checks a list's items, and lists every mistyped parameter of the override", () => {
    const e = thrown(() => createRuleSet(base, [override({ requiredRaters: ["tenderer", 2], spotCheckMinRate: true })]));
    expect(e.en).toContain("requiredRaters to [\"tenderer\",2] (a list), but liaocheng@1.0.0 declares it a list of strings");
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["params.requiredRaters", "params.spotCheckMinRate"]);
  });
  it("keeps FLOOR_LOOSENED for a value of the right type that loosens", () => {
    expect(thrown(() => createRuleSet(base, [override({ committeeMinMembers: 3 })])).code).toBe("FLOOR_LOOSENED");
  });
  it("accepts values of the declared type (an empty list is a list of anything)", () => {
    const set = createRuleSet(base, [override({ committeeMinMembers: 7, ratingsPublicationDays: 10, requiredRaters: ["tenderer", "agency", "supervisor"] })]);
    expect(set.params["ratingsPublicationDays"]?.value).toBe(10);
  });
});

describe("composeRuleSet names the pack's file", () => {
  it("for a parameter of the wrong type", () => {
    const e = thrown(() => composeRuleSet([loadPack(override({ ratingsPublicationDays: "10" }), { source: "county.json" })]));
    expect(e.en).toBe('county.json: county@1 sets parameter ratingsPublicationDays to "10" (a string), but liaocheng@1.0.0 declares it a number');
    expect(e.details["file"]).toBe("county.json");
  });
  it("for a number the fact functions cannot count with (2.5 days), refused at loading, not by every record", () => {
    const e = thrown(() => composeRuleSet([loadPack(override({ ratingsPublicationDays: 2.5 }), { source: "county.json" })]));
    expect(e.code).toBe("INVALID_RULE");
    expect(e.en).toBe("county.json: county@1: Rule pack parameter ratingsPublicationDays is invalid: 2.5 (expected a positive whole number of days)");
    expect(e.issues[0]?.path).toEqual(["params", "ratingsPublicationDays"]);
    expect(() => composeRuleSet([loadPack(override({ ratingsPublicationDays: 3 }), { source: "county.json" })])).not.toThrow();
  });
});
