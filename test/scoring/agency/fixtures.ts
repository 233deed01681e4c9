import type { AgencyCreditInputData } from "../../../src/scoring/agency/agency-input";

const part = { publishedOn: "2026-01-10" };

/** A well-run agency: five parts published, two trained staff, in the construction field. */
export function agency(overrides: Partial<AgencyCreditInputData> = {}): AgencyCreditInputData {
  return {
    id: "A1",
    name: "聊城示例招标代理有限公司",
    professionalFields: ["construction", "governmentProcurement"],
    disclosure: { personnel: part, practiceRecord: part, internalControls: part, inspectionAndPenaltyRecord: part, creditRecord: part },
    staff: [
      { person: { name: "王一" }, trainings: [{ date: "2026-03-01", course: "招标采购业务培训", passed: true }] },
      { person: { name: "李二" }, trainings: [{ date: "2026-03-01", course: "招标采购业务培训", passed: true }] },
    ],
    ...overrides,
  };
}
