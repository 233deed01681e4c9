import fc from "fast-check";
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

const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000; // 2026-06-30

// Random agencies: every source of records (disclosure, staff trainings, penalties, credit records, complaints,
// performance reviews, blacklist entries), dates up to ~7 years back.
const dateArb = fc.integer({ min: 0, max: 2500 }).map((age) => new Date((asOfDay - age) * 86_400_000).toISOString().slice(0, 10));
const publishedArb = fc.option(fc.record({ publishedOn: dateArb }), { nil: undefined });
export const agencyArb = (i: number): fc.Arbitrary<AgencyCreditInputData> =>
  fc
    .record({
      disclosure: fc.record({ personnel: publishedArb, practiceRecord: publishedArb, internalControls: publishedArb, creditRecord: publishedArb }),
      staff: fc.array(fc.record({ person: fc.constant({ name: "员工" }), trainings: fc.array(fc.record({ date: dateArb, course: fc.constant("c"), passed: fc.boolean() }), { maxLength: 2 }) }), { maxLength: 3 }),
      penalties: fc.array(fc.record({ date: dateArb, severity: fc.constantFrom("warning" as const, "minor" as const, "serious" as const, "grave" as const), authority: fc.constant("局") }), { maxLength: 6 }),
      creditRecords: fc.array(fc.record({ date: dateArb, kind: fc.constantFrom("positive" as const, "negative" as const), category: fc.constant("c") }), { maxLength: 12 }),
      complaints: fc.array(fc.record({ decidedOn: dateArb, outcome: fc.constantFrom("upheld" as const, "rejected" as const, "groundless" as const) }), { maxLength: 3 }),
      performanceReviews: fc.array(fc.record({ reviewedOn: dateArb, outcome: fc.constantFrom("good" as const, "satisfactory" as const, "poor" as const) }), { maxLength: 8 }),
      blacklist: fc.array(fc.record({ from: dateArb, reason: fc.constant("r") }), { maxLength: 1 }),
    })
    .map(({ disclosure, ...rest }) => ({
      id: `AG-${i}`,
      name: `代理机构 ${i}`,
      disclosure: Object.fromEntries(Object.entries(disclosure).filter(([, v]) => v !== undefined)),
      ...rest,
    }));
/** 1–6 random agencies with distinct ids (`AG-0`, `AG-1`, …), dated up to ~7 years before 2026-06-30. */
export const registryArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => agencyArb(i))));

