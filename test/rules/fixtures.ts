import type * as z from "zod";
import type { AgencySelectionSchema } from "../../src/model/agencySelection";
import type { AwardSchema, ContractSchema } from "../../src/model/award";
import type { ComplaintSchema } from "../../src/model/complaint";
import type { AbandonmentSchema, PlanCancellationSchema } from "../../src/model/performance";
import type { CommitteeMemberSchema, EvaluationSchema } from "../../src/model/evaluation";
import { ExpertSchema } from "../../src/model/expert";
import type { Expert } from "../../src/model/expert";
import { ProjectSchema } from "../../src/model/project";
import type { Project } from "../../src/model/project";
import type { BidderSchema } from "../../src/model/parties";
import type { AgencyCreditInputSchema } from "../../src/scoring/agency/agency-input";

/*
 * Fixtures are typed by the schemas' input types, as the validators take them: a test that builds a wrong record
 * does not compile, and one that means to pass bad input says so with `asUnknownInput` (test/unknown-input.ts).
 */
export type ExpertIn = z.input<typeof ExpertSchema>;
export type ProjectIn = z.input<typeof ProjectSchema>;
export type AgencyIn = z.input<typeof AgencyCreditInputSchema>;
export type SelectionIn = z.input<typeof AgencySelectionSchema>;
export type MemberIn = z.input<typeof CommitteeMemberSchema>;
export type EvaluationIn = z.input<typeof EvaluationSchema>;
export type BidderIn = z.input<typeof BidderSchema>;
export type AwardIn = z.input<typeof AwardSchema>;
export type ContractIn = z.input<typeof ContractSchema>;
export type CancellationIn = z.input<typeof PlanCancellationSchema>;
export type AbandonmentIn = z.input<typeof AbandonmentSchema>;
export type ComplaintIn = z.input<typeof ComplaintSchema>;

export { asUnknownInput } from "../unknown-input";

/** An admitted, active, private-sector expert in Liaocheng; override what a test is about. */
export function expertInput(over: Partial<ExpertIn> = {}): ExpertIn {
  return {
    id: "E1",
    name: "王工",
    region: "371502",
    pools: [{ pool: "construction", admission: { reviewedBy: "市住建局", reviewedOn: "2019-01-10", approved: true } }],
    specialties: ["A010101"],
    employer: { id: "ORG-DESIGN", name: "聊城市建筑设计院" },
    employmentKind: "private",
    ...over,
  };
}

export function expert(over: Partial<ExpertIn> = {}): Expert {
  return ExpertSchema.parse(expertInput(over));
}

export function projectInput(over: Partial<ProjectIn> = {}): ProjectIn {
  return {
    id: "P1",
    name: "聊城市东昌府区道路改造工程",
    category: "construction",
    budgetYuan: 3_000_000,
    regime: "tendering",
    procurementMethod: "open",
    supervisingDepartmentId: "DEP-ZJ",
    tendererId: "T1",
    agencyId: "A1",
    electronic: true,
    region: "371502",
    ...over,
  };
}

export function project(over: Partial<ProjectIn> = {}): Project {
  return ProjectSchema.parse(projectInput(over));
}

/** Ruled ids of a report's findings. */
export const ids = (report: { findings: ReadonlyArray<{ ruleId: string }> }): string[] => report.findings.map((f) => f.ruleId);

const published = { publishedOn: "2023-01-05" };

/** An agency with full disclosure, trained staff, in the construction field. */
export function agency(over: Partial<AgencyIn> = {}): AgencyIn {
  return {
    id: "A1",
    name: "聊城正信招标代理有限公司",
    region: "371502",
    disclosure: { personnel: published, practiceRecord: published, internalControls: published, inspectionAndPenaltyRecord: published, creditRecord: published },
    staff: [{ person: { id: "S1", name: "赵敏" }, trainings: [{ date: "2023-11-01", course: "招标代理实务", passed: true }] }],
    professionalFields: ["construction"],
    creditRecords: [{ date: "2023-06-01", kind: "positive", category: "表彰" }],
    ...over,
  };
}

/** A filed, collective selection of A1 on merit. */
export function selection(over: Partial<SelectionIn> = {}): SelectionIn {
  return {
    id: "SEL1",
    projectId: "P1",
    tendererId: "T1",
    selectedOn: "2024-03-01",
    method: "merit",
    chosenAgencyId: "A1",
    filing: { method: "择优", result: "聊城正信招标代理有限公司", filedOn: "2024-03-02", collectiveDecision: true, filedWith: "市纪委监委派驻纪检监察组" },
    ...over,
  };
}

/** Five admitted experts from five employers, one of them from Jinan (non-local); `over` changes some, by id. */
export function experts(over: Readonly<Record<string, Partial<ExpertIn>>> = {}): ExpertIn[] {
  return withOverrides(over, [
    expertInput({ id: "E1", name: "王工", employer: { id: "ORG1", name: "设计院" } }),
    expertInput({ id: "E2", name: "李工", employer: { id: "ORG2", name: "监理公司" } }),
    expertInput({ id: "E3", name: "张工", employer: { id: "ORG3", name: "聊城大学" }, employmentKind: "university" }),
    expertInput({ id: "E4", name: "刘工", employer: { id: "ORG4", name: "造价咨询公司" } }),
    expertInput({ id: "E5", name: "陈工", region: "370102", employer: { id: "ORG5", name: "山东建筑大学" }, employmentKind: "university" }),
  ]);
}

/** The five of `experts()` and two more (one of them non-local): enough for a committee of seven. */
export function sevenExperts(over: Readonly<Record<string, Partial<ExpertIn>>> = {}): ExpertIn[] {
  return withOverrides(over, [
    ...experts(),
    expertInput({ id: "E6", name: "吴工", region: "370102", employer: { id: "ORG6", name: "济南设计院" } }),
    expertInput({ id: "E7", name: "郑工", employer: { id: "ORG7", name: "聊城监理站" } }),
  ]);
}

function withOverrides<T extends { id: string }>(over: Readonly<Record<string, Partial<T>>>, list: T[]): T[] {
  return list.map((x) => ({ ...x, ...over[x.id] }));
}

export function committee(n = 5): MemberIn[] {
  return ["E1", "E2", "E3", "E4", "E5", "E6", "E7"].slice(0, n).map((id, i) => ({ expertId: id, role: "expert" as const, chair: i === 0 }));
}

export const bidders: BidderIn[] = [
  { id: "B1", name: "甲建设公司", legalRepresentative: { name: "孙甲" } },
  { id: "B2", name: "乙建设公司", legalRepresentative: { name: "周乙" } },
];

/** A finished evaluation, rated, disclosed in time, with a valid blind review. */
export function evaluation(over: Partial<EvaluationIn> = {}): EvaluationIn {
  const members = committee();
  return {
    id: "EV1",
    projectId: "P1",
    status: "finished",
    startedAt: "2024-05-10T09:00:00",
    endedAt: "2024-05-10T17:00:00",
    committee: members,
    ratings: members.flatMap((m) =>
      (["tenderer", "agency"] as const).map((rater) => ({ expertId: m.expertId, rater, ratedOn: "2024-05-11", scores: { quality: 90 } })),
    ),
    disclosures: [
      { channel: "website", contents: ["expertNames", "totalScores"], publishedOn: "2024-05-13" },
      { channel: "website", contents: ["expertRatings"], publishedOn: "2024-05-15" },
    ],
    reportOn: "2024-05-11",
    candidatePublication: { startOn: "2024-05-13", endOn: "2024-05-15" },
    ...over,
  };
}

/**
 * A government-procurement complaint received Mon 2024-05-20, its challenge filed 05-08 and answered 05-14: the
 * shared start of the GP complaint cases (each adds its stages and outcome).
 */
export function gpComplaint(stages: ComplaintIn["stages"] = [], over: Partial<ComplaintIn> = {}): ComplaintIn {
  return {
    id: "C1",
    projectId: "P1",
    complainantId: "S2",
    regime: "governmentProcurement",
    procurementMethod: "open",
    knownOn: "2024-05-06",
    filedOn: "2024-05-20",
    objection: { knownOn: "2024-05-06", filedOn: "2024-05-08", answeredOn: "2024-05-14" },
    stages: [{ stage: "received", on: "2024-05-20" }, ...(stages ?? [])],
    ...over,
  };
}
