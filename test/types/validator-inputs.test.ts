import { describe, expect, expectTypeOf, it } from "vitest";
import { GgzyError } from "../../src/model/error";
import { validateAward, validateCommittee, validateComplaint, validateProject, validateRecord } from "../../src/index";
import type { Report } from "../../src/index";
import type { AwardInput, CommitteeInput, ComplaintInput, ProjectInput } from "../../src/rules/index";
import { projectInput } from "../rules/fixtures";

/*
 * The validators' types (issue 15 item 5). `tsc --noEmit` checks this file: each `@ts-expect-error` fails the type
 * check if the line below it compiles, so "`validateAward({})` is a compile error" is tested, not assumed. The
 * run-time half checks that the same wrong input, passed as untyped data, is still refused with a GgzyError.
 */

const award = { id: "AW1", projectId: "P1", bidderId: "B1", noticeOn: "2024-03-01", status: "active" } as const;

describe("validator types", () => {
  it("refuse a wrong literal at compile time and type the report", () => {
    // @ts-expect-error — none of award, cancellation, abandonment: nothing to check.
    expect(() => validateAward({})).toThrow(GgzyError);
    // @ts-expect-error — "signed" is not an award status.
    expect(() => validateAward({ award: { ...award, status: "signed" } })).toThrow(GgzyError);
    // @ts-expect-error — a complaint needs the day the complainant knew.
    expect(() => validateComplaint({ id: "C1", projectId: "P1", complainantId: "B2", filedOn: "2024-09-27" })).toThrow(GgzyError);

    const report = validateAward({ project: projectInput(), award }, { asOf: "2024-04-15" });
    expectTypeOf(report).toEqualTypeOf<Report>();
    expect(report.findings.map((f) => f.ruleId)).toContain("CONTRACT_SIGNED_IN_TIME");
  });

  it("take the schemas' input types", () => {
    expectTypeOf(validateAward).parameter(0).toEqualTypeOf<AwardInput>();
    expectTypeOf(validateCommittee).parameter(0).toEqualTypeOf<CommitteeInput>();
    expectTypeOf(validateComplaint).parameter(0).toEqualTypeOf<ComplaintInput>();
    expectTypeOf(validateProject).parameter(0).toEqualTypeOf<ProjectInput>();
    expectTypeOf(validateAward).returns.toEqualTypeOf<Report>();
    // Optional fields and defaults are optional in the input: a cancellation alone is an award record.
    expectTypeOf({ cancellation: { id: "X", projectId: "P1", tendererId: "T1", kind: "cancelPlan", cancelledOn: "2024-05-01", afterAward: true } } as const).toExtend<AwardInput>();
    expectTypeOf<{ bidders: [] }>().not.toExtend<AwardInput>();
  });

  it("leave untyped data to validateRecord, which checks it at run time", () => {
    expectTypeOf(validateRecord).parameter(0).toEqualTypeOf<unknown>();
    const body: unknown = JSON.parse("{}");
    expect(() => validateRecord(body, "award")).toThrow(GgzyError);
    expect(validateRecord(JSON.parse(JSON.stringify({ project: projectInput(), award })) as unknown, "award", { asOf: "2024-04-15" }).subject).toBe("award");
  });
});
