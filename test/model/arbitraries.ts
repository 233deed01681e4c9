/**
 * fast-check arbitraries for the model: every value they produce is a VALID model value in its parsed (output)
 * form, i.e. `XSchema.parse(v)` returns a deep-equal copy. Other modules import them for their property tests:
 *
 * ```ts
 * import { arbitraryExpert, arbitraryProject } from "../model/arbitraries";
 * ```
 *
 * Dates fall in 2018-01-01 .. 2026-06-30: inside the built-in working-day calendar (2018–2026), with half a year
 * to spare so deadlines counted from any generated date stay inside the table. Region codes are
 * Shandong codes so that "local" (same city = same first four digits) happens often enough to matter.
 */
import fc from "fast-check";
import type {
  Abandonment,
  Agency,
  AgencySelection,
  Award,
  BankAccount,
  Bid,
  Bidder,
  Complaint,
  Contract,
  ContractingProcess,
  Evaluation,
  Expert,
  Inspector,
  PersonRef,
  PlanCancellation,
  Project,
  SocialSupervisor,
  SpotCheckQuarter,
  SupervisingDepartment,
  Tenderer,
} from "../../src/model/index";
import {
  AbandonmentReasonCategorySchema,
  AgencySelectionMethodSchema,
  AwardStatusSchema,
  BidStatusSchema,
  CancellationKindSchema,
  CommitteeRoleSchema,
  ComplaintOutcomeSchema,
  ComplaintStageNameSchema,
  ContractStatusSchema,
  CreditRecordKindSchema,
  DisclosureChannelSchema,
  DisclosureContentSchema,
  EmploymentKindSchema,
  EvaluationStatusSchema,
  ExpertPoolSchema,
  FamilyRelationSchema,
  PenaltySeveritySchema,
  PoolStatusSchema,
  ProcurementMethodSchema,
  ProjectCategorySchema,
  RaterPartySchema,
  SpotCheckOutcomeSchema,
  TenderStatusSchema,
} from "../../src/model/index";

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2018, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2026, 5, 30) / DAY_MS;

/** Turns an enum schema's options into a constant-from arbitrary. */
function oneOf<T extends string>(schema: { options: ReadonlyArray<T> }): fc.Arbitrary<T> {
  return fc.constantFrom(...schema.options);
}

/** Epoch day (UTC days since 1970-01-01) → `YYYY-MM-DD`. */
export function epochDayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A valid civil date in 2018-01-01..2026-06-30. */
export const arbitraryIsoDate: fc.Arbitrary<string> = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(epochDayToIsoDate);

/** A valid date-time in 2018-01-01..2026-06-30, with or without seconds, fraction and offset. */
export const arbitraryIsoDateTime: fc.Arbitrary<string> = fc
  .record({
    date: arbitraryIsoDate,
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    millis: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    offset: fc.constantFrom("", "Z", "+08:00", "-05:00", "+00:00"),
  })
  .map(({ date, hour, minute, second, millis, offset }) => {
    const p2 = (n: number) => String(n).padStart(2, "0");
    let time = `${p2(hour)}:${p2(minute)}`;
    if (second !== undefined) {
      time += `:${p2(second)}`;
      if (millis !== undefined) time += `.${String(millis).padStart(3, "0")}`;
    }
    // zod's ISO date-time wants seconds when an offset is given.
    if (offset !== "" && second === undefined) time += ":00";
    return `${date}T${time}${offset}`;
  });

/** A platform id: a short prefix plus digits, always trimmed and non-empty. */
export function arbitraryId(prefix: string): fc.Arbitrary<string> {
  return fc.integer({ min: 1, max: 9999 }).map((n) => `${prefix}${n}`);
}

/** Six-digit Shandong division codes: a few cities, a few districts each. */
export const arbitraryRegion: fc.Arbitrary<string> = fc
  .record({ city: fc.constantFrom("3701", "3702", "3715", "3714", "3716"), district: fc.constantFrom("00", "01", "02", "21", "22") })
  .map(({ city, district }) => city + district);

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰"];

/** A Chinese personal name. */
export const arbitraryName: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([s, g]) => s + g.join(""));

/** A company name. */
export const arbitraryCompanyName: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("聊城", "济南", "青岛", "德州", "临沂"), fc.constantFrom("宏达", "鲁信", "华建", "东昌", "水城"), fc.constantFrom("建设集团有限公司", "工程有限公司", "科技有限公司"))
  .map((parts) => parts.join(""));

/** Money in yuan: whole yuan or two decimals, up to 100 million. */
export const arbitraryYuan: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 100_000_000 }),
  fc.integer({ min: 0, max: 10_000_000_000 }).map((fen) => fen / 100),
);

const text = fc.string({ minLength: 1, maxLength: 20 });

export const arbitraryPersonRef: fc.Arbitrary<PersonRef> = fc.record(
  { id: arbitraryId("PER"), name: arbitraryName, idNumber: fc.stringMatching(/^\d{17}[\dX]$/) },
  { requiredKeys: ["name"] },
);

export const arbitraryBankAccount: fc.Arbitrary<BankAccount> = fc.record(
  {
    bank: fc.constantFrom("中国工商银行聊城分行", "中国建设银行聊城分行", "中国农业银行聊城分行"),
    accountNumber: fc.stringMatching(/^\d{16,19}$/),
    accountName: arbitraryCompanyName,
  },
  { requiredKeys: ["bank", "accountNumber"] },
);

const arbitraryCreditCode = fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);

const arbitraryPeriod = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }))
  .map(([from, length]) =>
    length === undefined
      ? { from: epochDayToIsoDate(from) }
      : { from: epochDayToIsoDate(from), to: epochDayToIsoDate(Math.min(LAST_DAY, from + length)) },
  );

const arbitraryCreditRecord = fc.record(
  { date: arbitraryIsoDate, kind: oneOf(CreditRecordKindSchema), category: text, authority: text, description: fc.string() },
  { requiredKeys: ["date", "kind", "category", "description"] },
);
const arbitraryPenalty = fc.record(
  { date: arbitraryIsoDate, severity: oneOf(PenaltySeveritySchema), authority: text, description: fc.string(), fineYuan: arbitraryYuan },
  { requiredKeys: ["date", "severity", "authority", "description"] },
);
const arbitraryBlacklistEntry = fc.record(
  { from: arbitraryIsoDate, until: arbitraryIsoDate, reason: text, authority: text },
  { requiredKeys: ["from", "reason"] },
);

export const arbitraryExpert: fc.Arbitrary<Expert> = fc.record(
  {
    id: arbitraryId("E"),
    name: arbitraryName,
    region: arbitraryRegion,
    pools: fc.array(
      fc.record(
        {
          pool: oneOf(ExpertPoolSchema),
          admission: fc.record({ reviewedBy: text, reviewedOn: arbitraryIsoDate, approved: fc.boolean() }),
        },
        { requiredKeys: ["pool"] },
      ),
      { maxLength: 3 },
    ),
    specialties: fc.array(fc.stringMatching(/^[A-F]\d{6}$/), { maxLength: 3 }),
    employer: fc.record({ id: arbitraryId("U"), name: arbitraryCompanyName }, { requiredKeys: ["id"] }),
    employmentKind: oneOf(EmploymentKindSchema),
    supervisingDepartmentId: arbitraryId("D"),
    status: oneOf(PoolStatusSchema),
    suspendedUntil: arbitraryIsoDate,
    removedOn: arbitraryIsoDate,
    employments: fc.array(
      fc.tuple(fc.record({ employerId: arbitraryId("U"), employerName: arbitraryCompanyName }, { requiredKeys: ["employerId"] }), arbitraryPeriod).map(([e, p]) => ({ ...e, ...p })),
      { maxLength: 3 },
    ),
    directorships: fc.array(
      fc.tuple(fc.record({ companyId: arbitraryId("B"), companyName: arbitraryCompanyName, role: fc.constantFrom("董事", "监事", "总经理") }, { requiredKeys: ["companyId"] }), arbitraryPeriod).map(([e, p]) => ({ ...e, ...p })),
      { maxLength: 2 },
    ),
    shareholdings: fc.array(
      fc.record(
        { companyId: arbitraryId("B"), companyName: arbitraryCompanyName, sharePercent: fc.integer({ min: 0, max: 100 }), controlling: fc.boolean(), from: arbitraryIsoDate, to: arbitraryIsoDate },
        { requiredKeys: ["companyId", "controlling"] },
      ),
      { maxLength: 2 },
    ),
    familyTies: fc.array(fc.record({ person: arbitraryPersonRef, relation: oneOf(FamilyRelationSchema) }), { maxLength: 2 }),
  },
  { requiredKeys: ["id", "name", "region", "pools", "specialties", "employer", "employmentKind", "status", "employments", "directorships", "shareholdings", "familyTies"] },
);

const arbitraryDisclosurePart = fc.record({ publishedOn: arbitraryIsoDate, updatedOn: arbitraryIsoDate, url: fc.webUrl() }, { requiredKeys: ["publishedOn"] });

export const arbitraryAgency: fc.Arbitrary<Agency> = fc.record(
  {
    id: arbitraryId("A"),
    name: arbitraryCompanyName,
    region: arbitraryRegion,
    disclosure: fc.record(
      {
        personnel: arbitraryDisclosurePart,
        practiceRecord: arbitraryDisclosurePart,
        internalControls: arbitraryDisclosurePart,
        inspectionAndPenaltyRecord: arbitraryDisclosurePart,
        creditRecord: arbitraryDisclosurePart,
      },
      { requiredKeys: [] },
    ),
    staff: fc.array(
      fc.record(
        {
          person: arbitraryPersonRef,
          role: fc.constantFrom("项目负责人", "经办人"),
          trainings: fc.array(fc.record({ date: arbitraryIsoDate, course: text, passed: fc.boolean() }), { maxLength: 3 }),
        },
        { requiredKeys: ["person", "trainings"] },
      ),
      { maxLength: 3 },
    ),
    professionalFields: fc.uniqueArray(oneOf(ProjectCategorySchema), { maxLength: 3 }),
    creditRecords: fc.array(arbitraryCreditRecord, { maxLength: 3 }),
    penalties: fc.array(arbitraryPenalty, { maxLength: 2 }),
    blacklist: fc.array(arbitraryBlacklistEntry, { maxLength: 2 }),
  },
  { requiredKeys: ["id", "name", "disclosure", "staff", "professionalFields", "creditRecords", "penalties", "blacklist"] },
);

export const arbitraryBidder: fc.Arbitrary<Bidder> = fc.record(
  {
    id: arbitraryId("B"),
    name: arbitraryCompanyName,
    creditCode: arbitraryCreditCode,
    region: arbitraryRegion,
    legalRepresentative: arbitraryPersonRef,
    shareholders: fc.array(
      fc.record(
        { partyId: arbitraryId("B"), person: arbitraryPersonRef, sharePercent: fc.integer({ min: 0, max: 100 }), controlling: fc.boolean() },
        { requiredKeys: ["controlling"] },
      ),
      { maxLength: 3 },
    ),
    bankAccounts: fc.array(arbitraryBankAccount, { maxLength: 2 }),
    creditRecords: fc.array(arbitraryCreditRecord, { maxLength: 2 }),
    penalties: fc.array(arbitraryPenalty, { maxLength: 2 }),
    blacklist: fc.array(arbitraryBlacklistEntry, { maxLength: 1 }),
  },
  { requiredKeys: ["id", "name", "shareholders", "bankAccounts", "creditRecords", "penalties", "blacklist"] },
);

export const arbitraryTenderer: fc.Arbitrary<Tenderer> = fc.record(
  {
    id: arbitraryId("T"),
    name: arbitraryCompanyName,
    creditCode: arbitraryCreditCode,
    region: arbitraryRegion,
    soe: fc.boolean(),
    investmentCompany: fc.boolean(),
    supervisingDepartmentId: arbitraryId("D"),
  },
  { requiredKeys: ["id", "name", "soe", "investmentCompany"] },
);

export const arbitrarySocialSupervisor: fc.Arbitrary<SocialSupervisor> = fc.record(
  { id: arbitraryId("S"), name: arbitraryName, region: arbitraryRegion, employerId: arbitraryId("U"), status: oneOf(PoolStatusSchema) },
  { requiredKeys: ["id", "name", "status"] },
);

export const arbitraryInspector: fc.Arbitrary<Inspector> = fc.record(
  { id: arbitraryId("I"), name: arbitraryName, departmentId: arbitraryId("D"), region: arbitraryRegion, status: oneOf(PoolStatusSchema) },
  { requiredKeys: ["id", "name", "departmentId", "status"] },
);

export const arbitrarySupervisingDepartment: fc.Arbitrary<SupervisingDepartment> = fc.record(
  { id: arbitraryId("D"), name: text, region: arbitraryRegion, sectors: fc.uniqueArray(oneOf(ProjectCategorySchema), { maxLength: 3 }) },
  { requiredKeys: ["id", "name", "sectors"] },
);

/** OCDS-style items with classifications (R048 reads the first two digits of the code). */
export const arbitraryItems = fc.uniqueArray(
  fc.record(
    {
      id: arbitraryId("IT"),
      description: text,
      classification: fc.record(
        { scheme: fc.constantFrom("CPV", "GB/T 4754"), id: fc.stringMatching(/^\d{8}$/), description: text },
        { requiredKeys: ["scheme", "id"] },
      ),
      quantity: fc.integer({ min: 0, max: 1000 }),
      lotId: arbitraryId("L"),
    },
    { requiredKeys: ["id"] },
  ),
  { maxLength: 3, selector: (item) => item.id },
);

export const arbitraryProject: fc.Arbitrary<Project> = fc.record(
  {
    id: arbitraryId("P"),
    name: text,
    category: oneOf(ProjectCategorySchema),
    budgetYuan: arbitraryYuan,
    procurementMethod: oneOf(ProcurementMethodSchema),
    procurementMethodDetails: fc.constantFrom("公开招标", "邀请招标", "竞争性磋商", "询价"),
    supervisingDepartmentId: arbitraryId("D"),
    tendererId: arbitraryId("T"),
    agencyId: arbitraryId("A"),
    major: fc.boolean(),
    publicImpact: fc.boolean(),
    supportingWorks: fc.boolean(),
    electronic: fc.boolean(),
    lots: fc.uniqueArray(fc.record({ id: arbitraryId("L"), name: text, budgetYuan: arbitraryYuan }, { requiredKeys: ["id"] }), {
      maxLength: 3,
      selector: (l) => l.id,
    }),
    items: arbitraryItems,
    region: arbitraryRegion,
    status: oneOf(TenderStatusSchema),
    dates: fc.record(
      { publishedOn: arbitraryIsoDate, bidPeriodStart: arbitraryIsoDateTime, bidDeadline: arbitraryIsoDateTime, evaluationOn: arbitraryIsoDate },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["id", "name", "category", "procurementMethod", "tendererId", "major", "publicImpact", "supportingWorks", "electronic", "lots", "region", "dates"] },
);

export const arbitraryAgencySelection: fc.Arbitrary<AgencySelection> = fc.record(
  {
    id: arbitraryId("AS"),
    projectId: arbitraryId("P"),
    tendererId: arbitraryId("T"),
    selectedOn: arbitraryIsoDate,
    method: oneOf(AgencySelectionMethodSchema),
    candidates: fc.array(
      fc.record({ agencyId: arbitraryId("A"), rank: fc.integer({ min: 1, max: 10 }), creditScore: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: ["agencyId", "rank"] }),
      { maxLength: 4 },
    ),
    chosenAgencyId: arbitraryId("A"),
    justification: fc.record({ text, date: arbitraryIsoDate, documentRef: text }, { requiredKeys: ["text", "date"] }),
    filing: fc.record(
      {
        method: text,
        result: text,
        filedOn: arbitraryIsoDate,
        collectiveDecision: fc.boolean(),
        decision: fc.record({ decidedOn: arbitraryIsoDate, body: text, recordRef: text }, { requiredKeys: ["decidedOn"] }),
        filedWith: text,
      },
      { requiredKeys: ["method", "result", "filedOn", "collectiveDecision"] },
    ),
  },
  { requiredKeys: ["id", "projectId", "tendererId", "selectedOn", "method", "candidates", "chosenAgencyId"] },
);

export const arbitraryBid: fc.Arbitrary<Bid> = fc.record(
  {
    id: arbitraryId("BID"),
    projectId: arbitraryId("P"),
    lotId: arbitraryId("L"),
    bidderId: arbitraryId("B"),
    consortiumMemberIds: fc.array(arbitraryId("B"), { maxLength: 2 }),
    priceYuan: arbitraryYuan,
    status: oneOf(BidStatusSchema),
    receivedAt: arbitraryIsoDateTime,
    fingerprint: fc.record({ fileHash: fc.stringMatching(/^[0-9a-f]{64}$/), author: arbitraryName, machineId: fc.stringMatching(/^[0-9A-F]{2}(-[0-9A-F]{2}){5}$/) }, { requiredKeys: [] }),
    agent: arbitraryPersonRef,
    projectManager: arbitraryPersonRef,
    bondAccount: arbitraryBankAccount,
  },
  { requiredKeys: ["id", "projectId", "bidderId", "consortiumMemberIds", "status"] },
);

export const arbitraryAward: fc.Arbitrary<Award> = fc.record(
  {
    id: arbitraryId("W"),
    projectId: arbitraryId("P"),
    lotId: arbitraryId("L"),
    bidderId: arbitraryId("B"),
    otherSupplierIds: fc.array(arbitraryId("B"), { maxLength: 2 }),
    noticeOn: arbitraryIsoDate,
    status: oneOf(AwardStatusSchema),
    valueYuan: arbitraryYuan,
    items: arbitraryItems,
  },
  { requiredKeys: ["id", "projectId", "bidderId", "otherSupplierIds", "status"] },
);

export const arbitraryContract: fc.Arbitrary<Contract> = fc.record(
  {
    id: arbitraryId("C"),
    projectId: arbitraryId("P"),
    awardId: arbitraryId("W"),
    signedOn: arbitraryIsoDate,
    amountYuan: arbitraryYuan,
    status: oneOf(ContractStatusSchema),
  },
  { requiredKeys: ["id", "projectId", "awardId"] },
);

export const arbitraryEvaluation: fc.Arbitrary<Evaluation> = fc.record(
  {
    id: arbitraryId("EV"),
    projectId: arbitraryId("P"),
    lotId: arbitraryId("L"),
    status: oneOf(EvaluationStatusSchema),
    startedAt: arbitraryIsoDateTime,
    endedAt: arbitraryIsoDateTime,
    siteRegion: arbitraryRegion,
    committee: fc.array(
      fc.record(
        { expertId: arbitraryId("E"), role: oneOf(CommitteeRoleSchema), chair: fc.boolean(), feeYuan: arbitraryYuan, remote: fc.boolean(), siteRegion: arbitraryRegion },
        { requiredKeys: ["expertId", "role", "chair", "remote"] },
      ),
      { maxLength: 9 },
    ),
    committeeDrawRef: text,
    blindReview: fc.record(
      {
        codes: fc.array(fc.record({ bidId: arbitraryId("BID"), code: fc.stringMatching(/^[A-Z]\d{2}$/) }), { maxLength: 5 }),
        orders: fc.array(fc.record({ expertId: arbitraryId("E"), codes: fc.array(fc.stringMatching(/^[A-Z]\d{2}$/), { maxLength: 5 }) }), { maxLength: 5 }),
        drawRecordRef: text,
        sealedUntil: arbitraryIsoDateTime,
      },
      { requiredKeys: ["codes", "orders"] },
    ),
    ratings: fc.array(
      fc.record(
        {
          expertId: arbitraryId("E"),
          rater: oneOf(RaterPartySchema),
          raterId: arbitraryId("T"),
          ratedOn: arbitraryIsoDate,
          scores: fc.dictionary(fc.constantFrom("fairness", "professionalism", "discipline", "punctuality"), fc.integer({ min: 0, max: 100 })),
          comment: fc.string(),
        },
        { requiredKeys: ["expertId", "rater", "ratedOn", "scores"] },
      ),
      { maxLength: 6 },
    ),
    disclosures: fc.array(
      fc.record(
        {
          channel: oneOf(DisclosureChannelSchema),
          contents: fc.uniqueArray(oneOf(DisclosureContentSchema), { minLength: 1, maxLength: 3 }),
          publishedOn: arbitraryIsoDate,
          url: fc.webUrl(),
        },
        { requiredKeys: ["channel", "contents", "publishedOn"] },
      ),
      { maxLength: 3 },
    ),
    reportOn: arbitraryIsoDate,
    candidatePublication: fc.record({ startOn: arbitraryIsoDate, endOn: arbitraryIsoDate }),
    socialSupervisors: fc.array(fc.record({ supervisorId: arbitraryId("S"), wholeEvaluation: fc.boolean() }), { maxLength: 2 }),
  },
  { requiredKeys: ["id", "projectId", "status", "committee", "ratings", "disclosures", "socialSupervisors"] },
);

export const arbitraryPlanCancellation: fc.Arbitrary<PlanCancellation> = fc.record(
  {
    id: arbitraryId("X"),
    projectId: arbitraryId("P"),
    tendererId: arbitraryId("T"),
    kind: oneOf(CancellationKindSchema),
    cancelledOn: arbitraryIsoDate,
    afterAward: fc.boolean(),
    reason: fc.string(),
    collectiveDecision: fc.record({ decidedOn: arbitraryIsoDate, body: text, recordRef: text }, { requiredKeys: ["decidedOn"] }),
    reportedToSupervisorOn: arbitraryIsoDate,
    supervisingDepartmentId: arbitraryId("D"),
  },
  { requiredKeys: ["id", "projectId", "tendererId", "kind", "cancelledOn", "afterAward"] },
);

export const arbitraryAbandonment: fc.Arbitrary<Abandonment> = fc.record(
  {
    id: arbitraryId("Y"),
    projectId: arbitraryId("P"),
    lotId: arbitraryId("L"),
    awardId: arbitraryId("W"),
    winnerId: arbitraryId("B"),
    abandonedOn: arbitraryIsoDate,
    reason: fc.string(),
    reasonCategory: oneOf(AbandonmentReasonCategorySchema),
    explainedToTendererOn: arbitraryIsoDate,
    filedWithSupervisorOn: arbitraryIsoDate,
  },
  { requiredKeys: ["id", "projectId", "winnerId", "abandonedOn", "reason", "reasonCategory"] },
);

export const arbitrarySpotCheckQuarter: fc.Arbitrary<SpotCheckQuarter> = fc.record(
  {
    id: arbitraryId("Q"),
    quarter: fc.tuple(fc.integer({ min: 2018, max: 2026 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    supervisingDepartmentId: arbitraryId("D"),
    region: arbitraryRegion,
    totalProjects: fc.integer({ min: 0, max: 500 }),
    checkedProjectIds: fc.uniqueArray(arbitraryId("P"), { maxLength: 10 }),
    inspectorIds: fc.uniqueArray(arbitraryId("I"), { maxLength: 4 }),
    drawRecordRef: text,
    results: fc.array(fc.record({ projectId: arbitraryId("P"), outcome: oneOf(SpotCheckOutcomeSchema), note: fc.string() }, { requiredKeys: ["projectId", "outcome"] }), { maxLength: 4 }),
    publishedOn: arbitraryIsoDate,
  },
  { requiredKeys: ["id", "quarter", "totalProjects", "checkedProjectIds", "inspectorIds", "results"] },
);

export const arbitraryComplaint: fc.Arbitrary<Complaint> = fc.record(
  {
    id: arbitraryId("K"),
    projectId: arbitraryId("P"),
    complainantId: arbitraryId("B"),
    complainantName: arbitraryCompanyName,
    knownOn: arbitraryIsoDate,
    filedOn: arbitraryIsoDate,
    stages: fc.array(fc.record({ stage: oneOf(ComplaintStageNameSchema), on: arbitraryIsoDate, departmentId: arbitraryId("D") }, { requiredKeys: ["stage", "on"] }), { maxLength: 6 }),
    outcome: oneOf(ComplaintOutcomeSchema),
    subject: fc.string(),
  },
  { requiredKeys: ["id", "projectId", "complainantId", "knownOn", "filedOn", "stages"] },
);

export const arbitraryContractingProcess: fc.Arbitrary<ContractingProcess> = fc.record({
  project: arbitraryProject,
  bids: fc.array(arbitraryBid, { maxLength: 4 }),
  awards: fc.array(arbitraryAward, { maxLength: 2 }),
  contracts: fc.array(arbitraryContract, { maxLength: 2 }),
  parties: fc.record({
    tenderers: fc.array(arbitraryTenderer, { maxLength: 1 }),
    bidders: fc.array(arbitraryBidder, { maxLength: 3 }),
    agencies: fc.array(arbitraryAgency, { maxLength: 1 }),
    supervisingDepartments: fc.array(arbitrarySupervisingDepartment, { maxLength: 1 }),
  }),
});

/** The `bids.details[].ggzy` OCDS extension block. */
export const arbitraryOcdsBidExtension = arbitraryBid.map(({ fingerprint, agent, projectManager, bondAccount }) => ({
  ...(fingerprint !== undefined && { fingerprint }),
  ...(agent !== undefined && { agent }),
  ...(projectManager !== undefined && { projectManager }),
  ...(bondAccount !== undefined && { bondAccount }),
}));

/** The `tender.ggzy` OCDS extension block. */
export const arbitraryOcdsTenderExtension = fc.record(
  {
    category: oneOf(ProjectCategorySchema),
    procurementMethod: oneOf(ProcurementMethodSchema),
    supervisingDepartmentId: arbitraryId("D"),
    major: fc.boolean(),
    publicImpact: fc.boolean(),
    supportingWorks: fc.boolean(),
    electronic: fc.boolean(),
    region: arbitraryRegion,
    publishedOn: arbitraryIsoDate,
    evaluationOn: arbitraryIsoDate,
  },
  { requiredKeys: [] },
);

/** The `parties[].ggzy` OCDS extension block. */
export const arbitraryOcdsPartyExtension = fc.record(
  {
    tenderer: arbitraryTenderer.map(({ id: _id, name: _name, ...rest }) => rest),
    bidder: arbitraryBidder.map(({ id: _id, name: _name, ...rest }) => rest),
    agency: arbitraryAgency.map(({ id: _id, name: _name, ...rest }) => rest),
    supervisingDepartment: arbitrarySupervisingDepartment.map(({ id: _id, name: _name, ...rest }) => rest),
  },
  { requiredKeys: [] },
);

/** Every registry aggregate with its arbitrary (used by the JSON round-trip property; handy for others too). */
export const aggregateArbitraries = {
  Abandonment: arbitraryAbandonment,
  Agency: arbitraryAgency,
  AgencySelection: arbitraryAgencySelection,
  Award: arbitraryAward,
  Bid: arbitraryBid,
  Bidder: arbitraryBidder,
  Complaint: arbitraryComplaint,
  Contract: arbitraryContract,
  ContractingProcess: arbitraryContractingProcess,
  Evaluation: arbitraryEvaluation,
  Expert: arbitraryExpert,
  Inspector: arbitraryInspector,
  PlanCancellation: arbitraryPlanCancellation,
  Project: arbitraryProject,
  SocialSupervisor: arbitrarySocialSupervisor,
  SpotCheckQuarter: arbitrarySpotCheckQuarter,
  SupervisingDepartment: arbitrarySupervisingDepartment,
  Tenderer: arbitraryTenderer,
  IsoDate: arbitraryIsoDate,
  IsoDateTime: arbitraryIsoDateTime,
  OcdsBidExtension: arbitraryOcdsBidExtension,
  OcdsPartyExtension: arbitraryOcdsPartyExtension,
  OcdsTenderExtension: arbitraryOcdsTenderExtension,
  RegionCode: arbitraryRegion,
  Id: arbitraryId("X"),
  Quarter: fc.tuple(fc.integer({ min: 2018, max: 2026 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  Yuan: arbitraryYuan,
} as const;

/** A copy of `value` with one change at the place `path` leads to: the key dropped, or its value replaced. */
function mutate(value: unknown, path: readonly number[], replacement: unknown, drop: boolean): unknown {
  if (value === null || typeof value !== "object") return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0 || path.length === 0) return replacement;
  const key = keys[(path[0] as number) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  if (drop && path.length === 1 && !Array.isArray(value)) delete copy[key];
  else copy[key] = mutate(copy[key], path.slice(1), replacement, drop);
  return copy;
}

// Replacement values near the edges of what the model's schemas accept (and an object with a key no schema has).
const nearMiss = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, "", " ", " E1", "E1 ", "2024-02-30", "2024-02-29", "2023-02-29", "37150", "3715021", 1.5, -1, 0, NaN, Infinity, "active", "suspended", [], {}, { extra: 1 }),
);

/** Valid values changed at one random place (a key dropped, a value replaced): near misses for schema tests. */
export const mutated = <T,>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.tuple(valid, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), nearMiss, fc.boolean()).map(([v, path, r, drop]) => mutate(v, path, r, drop));
