import { describe, expect, it } from "vitest";
import { ProjectSchema, readOcdsRelease, writeOcdsRelease } from "../../src/model/index";
import { liaochengRelease } from "./ocdsRelease.fixture";

describe("regime and method in the model and in OCDS", () => {
  const { process, source } = readOcdsRelease(liaochengRelease());
  it("is never inferred: a release without tender.ggzy.regime gives a project without one", () => {
    expect(process.project.regime).toBeUndefined();
  });
  it("round-trips a GP consultation through procurementMethod (limited) + the extension values", () => {
    const gp = { ...process, project: { ...process.project, regime: "governmentProcurement" as const, procurementMethod: "competitiveConsultation" as const, technicallyComplex: true } };
    const release = writeOcdsRelease(gp, source);
    const tender = release["tender"] as Record<string, unknown>;
    expect(tender["procurementMethod"]).toBe("limited");
    expect((tender["ggzy"] as Record<string, unknown>)["regime"]).toBe("governmentProcurement");
    const back = readOcdsRelease(release).process.project;
    expect([back.regime, back.procurementMethod, back.technicallyComplex]).toEqual(["governmentProcurement", "competitiveConsultation", true]);
  });
  it("refuses an unknown regime, listing the known ones", () => {
    const r = ProjectSchema.safeParse({ ...process.project, regime: "concession" });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("governmentProcurement");
  });
});
