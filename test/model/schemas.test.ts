import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod/mini";
import { BidderSchema, CreditCodeSchema, ExpertSchema, IdSchema, IsoDateSchema, IsoDateTimeSchema, ProjectSchema, QuarterSchema, RegionCodeSchema, YuanSchema, parseBid, parseComplaint, parseExpert, parseProject, schemaNames, toJsonSchema } from "../../src/model/index";
import { schemas } from "../../src/model/registry";
import { aggregateArbitraries } from "./arbitraries";
import * as fixtures from "./fixtures";
import { thrown } from "../thrown";

describe("every schema round-trips through JSON", () => {
  it("has an arbitrary for every registry name", () => {
    expect(Object.keys(aggregateArbitraries).sort()).toEqual(schemaNames());
  });
  for (const name of schemaNames()) {
    it(`${name}: parse(JSON(v)) deep-equals v, and the value is valid`, () => {
      const schema = schemas[name as keyof typeof schemas] as z.ZodMiniType;
      const arbitrary = aggregateArbitraries[name as keyof typeof aggregateArbitraries] as fc.Arbitrary<unknown>;
      fc.assert(
        fc.property(arbitrary, (value) => {
          const parsed = schema.parse(JSON.parse(JSON.stringify(value)));
          expect(parsed).toEqual(value);
          // Idempotent: parsing the parsed value changes nothing (defaults are already applied).
          expect(schema.parse(parsed)).toEqual(parsed);
        }),
        { seed: 20180926, numRuns: 60 },
      );
    });
  }
});

describe("malformed input names the bad field", () => {
  const good = fixtures.sampleProject();
  it("accepts the sample project", () => expect(parseProject(good)).toEqual(good));
  it("points at a bad budget", () => {
    const e = thrown(() => parseProject({ ...good, budgetYuan: "12万" }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues[0]?.path).toEqual(["budgetYuan"]);
    expect(e.en).toContain("budgetYuan");
  });
  it("points inside nested objects and arrays", () => {
    const e = thrown(() => parseProject({ ...good, lots: [{ id: "L1" }, { id: "" }] }));
    expect(e.issues[0]?.path).toEqual(["lots", 1, "id"]);
    expect(e.zh).toContain("lots[1].id");
    const d = thrown(() => parseProject({ ...good, dates: { bidDeadline: "2023-02-29T09:30" } }));
    expect(d.issues[0]?.path).toEqual(["dates", "bidDeadline"]);
  });
  it("points at a missing required field and an unknown enum value", () => {
    const { tendererId: _dropped, ...rest } = good;
    expect(thrown(() => parseProject(rest)).issues[0]?.path).toEqual(["tendererId"]);
    expect(thrown(() => parseProject({ ...good, procurementMethod: "auction" })).issues[0]?.path).toEqual(["procurementMethod"]);
  });
  it("property: corrupting any one top-level field of a valid project is reported at that field", () => {
    const required = ["id", "name", "category", "procurementMethod", "tendererId", "electronic", "region"] as const;
    fc.assert(
      fc.property(aggregateArbitraries.Project, fc.constantFrom(...required), fc.constantFrom(null, 42, [], {}), (project, field, junk) => {
        const e = thrown(() => parseProject({ ...project, [field]: junk }));
        expect(e.issues.map((i) => i.path[0])).toContain(field);
      }),
      { seed: 7, numRuns: 80 },
    );
  });
  it("other parse helpers throw GgzyError too", () => {
    expect(thrown(() => parseExpert({ ...fixtures.sampleExpert(), employmentKind: "astronaut" })).issues[0]?.path).toEqual(["employmentKind"]);
    expect(thrown(() => parseBid({ ...fixtures.sampleBid(), priceYuan: -1 })).issues[0]?.path).toEqual(["priceYuan"]);
    expect(thrown(() => parseComplaint({ ...fixtures.sampleComplaint(), stages: [{ stage: "received", on: "2024-13-01" }] })).issues[0]?.path).toEqual(["stages", 0, "on"]);
  });
});

describe("primitives", () => {
  it("IsoDate is a real calendar date", () => {
    for (const ok of ["2024-02-29", "2000-02-29", "2018-09-26", "2030-12-31"]) expect(IsoDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-1-01", "20240101", "2024-01-01T00:00", ""]) {
      expect(IsoDateSchema.safeParse(bad).success).toBe(false);
    }
  });
  it("IsoDateTime takes an optional offset and rejects impossible times", () => {
    for (const ok of ["2024-03-22T09:30", "2024-03-22T09:30:00", "2024-03-22T09:30:00.5+08:00", "2024-03-22T01:30:00Z"]) {
      expect(IsoDateTimeSchema.safeParse(ok).success).toBe(true);
    }
    for (const bad of ["2024-03-22", "2024-03-22T24:00:00", "2024-02-30T09:30", "2024-03-22T09:30+0800", "2024-03-22 09:30"]) {
      expect(IsoDateTimeSchema.safeParse(bad).success).toBe(false);
    }
  });
  it("Yuan is a finite non-negative number", () => {
    expect(YuanSchema.safeParse(0).success).toBe(true);
    expect(YuanSchema.safeParse(1234.56).success).toBe(true);
    for (const bad of [-0.01, Number.NaN, Number.POSITIVE_INFINITY, "100"]) expect(YuanSchema.safeParse(bad).success).toBe(false);
  });
  it("ids, regions, quarters and credit codes", () => {
    expect(IdSchema.safeParse("P-1").success).toBe(true);
    expect(IdSchema.safeParse(" P-1").success).toBe(false);
    expect(IdSchema.safeParse("").success).toBe(false);
    expect(RegionCodeSchema.safeParse("371502").success).toBe(true);
    expect(RegionCodeSchema.safeParse("3715").success).toBe(false);
    expect(QuarterSchema.safeParse("2024-Q4").success).toBe(true);
    expect(QuarterSchema.safeParse("2024-Q5").success).toBe(false);
    expect(CreditCodeSchema.safeParse("91371500MA3C123456").success).toBe(true);
    expect(CreditCodeSchema.safeParse("91371500MA3C12345").success).toBe(false);
  });
});

describe("object conventions", () => {
  it("strips unknown keys of platform payloads", () => {
    const parsed = ProjectSchema.parse({ ...fixtures.sampleProject(), platformField: 1 });
    expect(parsed).not.toHaveProperty("platformField");
  });
  it("applies documented defaults", () => {
    const b = BidderSchema.parse({ id: "B9", name: "某公司" });
    expect(b).toEqual({ id: "B9", name: "某公司", shareholders: [], bankAccounts: [], creditRecords: [], penalties: [], blacklist: [] });
    expect(ExpertSchema.parse({ id: "E9", name: "李强", region: "371502", employer: { id: "U1" }, employmentKind: "retired" }).status).toBe("active");
  });
  it("object schemas can be picked and extended (no refinements on them)", () => {
    for (const name of schemaNames()) {
      const schema = schemas[name as keyof typeof schemas] as unknown as { pick?: (m: Record<string, true>) => unknown; shape?: object };
      if (schema.shape && schema.pick) {
        const first = Object.keys(schema.shape)[0] as string;
        expect(() => schema.pick?.({ [first]: true })).not.toThrow();
      }
    }
  });
  it("every fixture is valid", () => {
    for (const build of Object.values(fixtures)) expect(() => build()).not.toThrow();
  });
});

describe("schema registry", () => {
  it("lists the names sorted, and every one renders as JSON Schema", () => {
    const names = schemaNames();
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(["Project", "Expert", "Agency", "Bid", "Evaluation", "Complaint", "SpotCheckQuarter"]));
    for (const n of names) {
      const js = toJsonSchema(n);
      expect(js.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(JSON.parse(JSON.stringify(js))).toEqual(js);
    }
  });
  it("Project's JSON Schema requires what the model requires and documents money", () => {
    const js = toJsonSchema("Project") as { required: string[]; properties: Record<string, { description?: string }> };
    expect(js.required.sort()).toEqual(["category", "electronic", "id", "name", "procurementMethod", "region", "tendererId"]);
    expect(js.properties.budgetYuan?.description).toMatch(/yuan/i);
  });
  it("refuses an unknown name, listing the known ones", () => {
    const e = thrown(() => toJsonSchema("Nope"));
    expect(e.code).toBe("UNKNOWN_SCHEMA");
    expect(e.en).toContain("Nope");
    expect(e.en).toContain("Project");
    expect(e.details.known).toEqual(schemaNames());
    // Inherited object keys are not schema names.
    expect(thrown(() => toJsonSchema("toString")).code).toBe("UNKNOWN_SCHEMA");
  });
});
