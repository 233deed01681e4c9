/**
 * Small, valid, realistic model values for example tests, with overrides:
 *
 * ```ts
 * import { sampleExpert } from "../model/fixtures";
 * const e = sampleExpert({ employmentKind: "tradingCentreStaff" });
 * ```
 *
 * Each builder parses its result through the schema, so an override that breaks the schema fails loudly.
 */
import type {
  Abandonment,
  Agency,
  AgencySelection,
  Award,
  Bid,
  Bidder,
  Complaint,
  Contract,
  Evaluation,
  Expert,
  PlanCancellation,
  Project,
  SpotCheckQuarter,
  Tenderer,
} from "../../src/model/index";
import {
  AbandonmentSchema,
  AgencySchema,
  AgencySelectionSchema,
  AwardSchema,
  BidSchema,
  BidderSchema,
  ComplaintSchema,
  ContractSchema,
  EvaluationSchema,
  ExpertSchema,
  PlanCancellationSchema,
  ProjectSchema,
  SpotCheckQuarterSchema,
  TendererSchema,
} from "../../src/model/index";

export function sampleProject(overrides: Partial<Project> = {}): Project {
  return ProjectSchema.parse({
    id: "LC-2024-0001",
    name: "聊城市东昌府区某道路改造工程",
    category: "construction",
    budgetYuan: 12_500_000,
    procurementMethod: "open",
    supervisingDepartmentId: "D-ZJ",
    tendererId: "T1",
    agencyId: "A1",
    electronic: true,
    region: "371502",
    dates: { publishedOn: "2024-03-01", bidDeadline: "2024-03-22T09:30:00+08:00", evaluationOn: "2024-03-22" },
    ...overrides,
  });
}

export function sampleExpert(overrides: Partial<Expert> = {}): Expert {
  return ExpertSchema.parse({
    id: "E1",
    name: "张伟",
    region: "371502",
    pools: [{ pool: "construction", admission: { reviewedBy: "市公管办", reviewedOn: "2020-05-10", approved: true } }],
    specialties: ["A010101"],
    employer: { id: "U-SDJZ", name: "山东某建筑设计研究院" },
    employmentKind: "private",
    ...overrides,
  });
}

export function sampleAgency(overrides: Partial<Agency> = {}): Agency {
  const part = { publishedOn: "2024-01-05" };
  return AgencySchema.parse({
    id: "A1",
    name: "聊城某招标代理有限公司",
    region: "371502",
    disclosure: { personnel: part, practiceRecord: part, internalControls: part, inspectionAndPenaltyRecord: part, creditRecord: part },
    staff: [{ person: { id: "PER1", name: "李娜" }, trainings: [{ date: "2023-11-02", course: "政府采购法规培训", passed: true }] }],
    professionalFields: ["construction", "governmentProcurement"],
    ...overrides,
  });
}

export function sampleAgencySelection(overrides: Partial<AgencySelection> = {}): AgencySelection {
  return AgencySelectionSchema.parse({
    id: "AS1",
    projectId: "LC-2024-0001",
    tendererId: "T1",
    selectedOn: "2024-02-20",
    method: "merit",
    candidates: [
      { agencyId: "A1", rank: 1 },
      { agencyId: "A2", rank: 2 },
    ],
    chosenAgencyId: "A1",
    filing: { method: "择优选取", result: "聊城某招标代理有限公司", filedOn: "2024-02-21", collectiveDecision: true },
    ...overrides,
  });
}

export function sampleBidder(overrides: Partial<Bidder> = {}): Bidder {
  return BidderSchema.parse({
    id: "B1",
    name: "聊城宏达建设集团有限公司",
    legalRepresentative: { id: "PER-B1", name: "王强" },
    bankAccounts: [{ bank: "中国工商银行聊城分行", accountNumber: "1610000000000000001" }],
    ...overrides,
  });
}

export function sampleTenderer(overrides: Partial<Tenderer> = {}): Tenderer {
  return TendererSchema.parse({ id: "T1", name: "聊城市东昌府区住房和城乡建设局", ...overrides });
}

export function sampleBid(overrides: Partial<Bid> = {}): Bid {
  return BidSchema.parse({
    id: "BID1",
    projectId: "LC-2024-0001",
    bidderId: "B1",
    priceYuan: 11_980_000,
    status: "valid",
    receivedAt: "2024-03-21T16:05:00+08:00",
    fingerprint: { fileHash: "a".repeat(64), author: "王强", machineId: "00-1A-2B-3C-4D-5E" },
    agent: { id: "PER-AG1", name: "赵敏" },
    projectManager: { id: "PER-PM1", name: "陈杰" },
    bondAccount: { bank: "中国工商银行聊城分行", accountNumber: "1610000000000000001" },
    ...overrides,
  });
}

export function sampleAward(overrides: Partial<Award> = {}): Award {
  return AwardSchema.parse({ id: "W1", projectId: "LC-2024-0001", bidderId: "B1", noticeOn: "2024-03-29", status: "active", valueYuan: 11_980_000, ...overrides });
}

export function sampleContract(overrides: Partial<Contract> = {}): Contract {
  return ContractSchema.parse({ id: "C1", projectId: "LC-2024-0001", awardId: "W1", signedOn: "2024-04-15", amountYuan: 11_980_000, status: "active", ...overrides });
}

export function sampleEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return EvaluationSchema.parse({
    id: "EV1",
    projectId: "LC-2024-0001",
    status: "finished",
    startedAt: "2024-03-22T09:30",
    endedAt: "2024-03-22T17:00",
    siteRegion: "371502",
    committee: ["E1", "E2", "E3", "E4"].map((expertId) => ({ expertId, role: "expert", feeYuan: 800 })).concat([{ expertId: "E5", role: "tendererRepresentative", feeYuan: 0 }]),
    reportOn: "2024-03-23",
    candidatePublication: { startOn: "2024-03-25", endOn: "2024-03-27" },
    disclosures: [{ channel: "website", contents: ["expertNames", "totalScores", "candidates"], publishedOn: "2024-03-25" }],
    ...overrides,
  });
}

export function samplePlanCancellation(overrides: Partial<PlanCancellation> = {}): PlanCancellation {
  return PlanCancellationSchema.parse({
    id: "X1",
    projectId: "LC-2024-0001",
    tendererId: "T1",
    kind: "cancelPlan",
    cancelledOn: "2024-05-06",
    afterAward: true,
    collectiveDecision: { decidedOn: "2024-04-30", body: "局党组会", recordRef: "会议纪要〔2024〕12号" },
    reportedToSupervisorOn: "2024-05-07",
    ...overrides,
  });
}

export function sampleAbandonment(overrides: Partial<Abandonment> = {}): Abandonment {
  return AbandonmentSchema.parse({
    id: "Y1",
    projectId: "LC-2024-0001",
    awardId: "W1",
    winnerId: "B1",
    abandonedOn: "2024-04-02",
    reason: "主要设备供应商停产，无法履约",
    reasonCategory: "forceMajeure",
    explainedToTendererOn: "2024-04-02",
    filedWithSupervisorOn: "2024-04-03",
    ...overrides,
  });
}

export function sampleSpotCheckQuarter(overrides: Partial<SpotCheckQuarter> = {}): SpotCheckQuarter {
  return SpotCheckQuarterSchema.parse({
    id: "Q-2024-1",
    quarter: "2024-Q1",
    supervisingDepartmentId: "D-ZJ",
    totalProjects: 40,
    checkedProjectIds: ["P3", "P17", "P29"],
    inspectorIds: ["I2", "I5"],
    drawRecordRef: "draw-2024Q1",
    publishedOn: "2024-04-10",
    ...overrides,
  });
}

export function sampleComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return ComplaintSchema.parse({
    id: "K1",
    projectId: "LC-2024-0001",
    complainantId: "B2",
    knownOn: "2024-03-25",
    filedOn: "2024-03-28",
    stages: [
      { stage: "received", on: "2024-03-28" },
      { stage: "accepted", on: "2024-03-29" },
      { stage: "investigated", on: "2024-04-15" },
      { stage: "decided", on: "2024-04-26" },
      { stage: "published", on: "2024-04-28" },
    ],
    outcome: "rejected",
    ...overrides,
  });
}
