import { GgzyError } from "../model/error";
/*
 * The facts a rule may read, per subject: which facts the validators hand to the engine and the paths inside them,
 * with types and meanings. Written from the fact functions (src/rules/facts) and the validators that call them;
 * test/rules/authoring/facts.test.ts holds it to them: every path a shipped rule reads is here, and every value the
 * shipped cases produce has the type said here. `ggzy rules facts` prints it; docs/rule-facts.md is generated from it.
 */

/** The type of a fact value: `date` is a civil date `YYYY-MM-DD`; `?` marks a value that may be absent. */
export type FactType = "string" | "number" | "boolean" | "date" | "string[]" | "object[]" | "string?" | "number?" | "date?";

/** One path inside a fact. */
export interface FactField {
  readonly type: FactType;
  readonly en: string;
}

/** One fact of a subject (`committee`, `project`, `params`…). */
export interface FactDescription {
  readonly en: string;
  /** Where it comes from: the fact function. */
  readonly from: string;
  readonly fields: Readonly<Record<string, FactField>>;
}

/** What a subject's rules may read. */
export interface SubjectFacts {
  readonly subject: string;
  /** The validator (and `ggzy check --subject` kind) that evaluates it. */
  readonly validator: string;
  readonly en: string;
  readonly facts: Readonly<Record<string, FactDescription>>;
}

type Spec = Record<string, `${FactType}|${string}`>;

function fields(spec: Spec): Record<string, FactField> {
  const out: Record<string, FactField> = {};
  for (const [k, v] of Object.entries(spec)) {
    const bar = v.indexOf("|");
    out[k] = { type: v.slice(0, bar) as FactType, en: v.slice(bar + 1) };
  }
  return out;
}

const PROJECT: FactDescription = {
  en: "The project the record belongs to, with what LC80-6.3 and LC80-8 derive from it",
  from: "projectFacts",
  fields: fields({
    id: "string|Project id",
    name: "string|Project name",
    category: "string|construction, transport, waterResources, governmentProcurement, other",
    procurementMethod: "string|open, selective, limited, direct, competitiveNegotiation, competitiveConsultation, inquiry, frameworkAgreement, other",
    budgetYuan: "number?|Budget in yuan",
    electronic: "boolean|Traded fully electronically",
    supervisingDepartmentId: "string?|The industry supervisor (行业监管部门)",
    major: "boolean|Flagged as a major project",
    publicImpact: "boolean|Flagged as of wide social impact",
    majorOrPublicImpact: "boolean|Major (flag or budget ≥ majorProjectBudgetYuan) or of wide social impact (LC80-6.3)",
    regime: "string?|tendering (招标投标法) or governmentProcurement (政府采购法); rules scoped to a regime need it",
    publishedOn: "date?|Day the tender (procurement) notice was published: for a rule's own transitional condition (see rule-author.md)",
    technicallyComplex: "boolean|Flagged as technically complex or specialised (87号令 art. 47: seven or more members)",
    atTenderThreshold: "boolean|Budget at or above the public-tender threshold (87号令 art. 47)",
    agencyId: "string?|The procurement agency running the project",
    supervisionVacuum: "boolean|In one of LC80-8's supervision-vacuum kinds (SOE, investment company, supporting works, no supervisor by law)",
    vacuumKindZh: "string|LC80-8 supervision-vacuum kinds, Chinese (for messages)",
    vacuumKindEn: "string|LC80-8 supervision-vacuum kinds, English (for messages)",
  }),
};

const DEADLINE_NOTE = "computed by the PRC calendar (民法典 art. 201/203)";

/** Facts every subject has: the rule set's parameters and the judging day. */
export const COMMON_FACTS: Readonly<Record<string, FactDescription>> = {
  params: { en: "The rule set's parameters by name (`ggzy rules` lists them)", from: "the rule set", fields: {} },
  asOf: { en: "The day rules are applied on (the record's own date), when known", from: "evaluate options", fields: {} },
};

/**
 * The facts reference: for each subject, the facts its rules may read (besides {@link COMMON_FACTS}).
 *
 * @example
 * ```ts
 * FACTS_CATALOGUE.find((s) => s.subject === "committee")?.facts["committee"]?.fields["size"]?.type; // "number"
 * ```
 */
export const FACTS_CATALOGUE: ReadonlyArray<SubjectFacts> = [
  {
    subject: "expertAdmission",
    validator: "expert",
    en: "An expert's admission to expert pools (LC80-4.1, 4.4)",
    facts: {
      expert: {
        en: "The expert",
        from: "expertAdmissionFacts",
        fields: fields({
          id: "string|Expert id",
          name: "string|Name",
          employerName: "string|Employer name (or id)",
          employmentKind: "string|private, soe, university, civilServant, industrySupervisor, tradingCentreStaff, other",
          poolCount: "number|Pools the expert sits in",
          unadmittedPools: "string|Pools without an approved admission review on or before asOf",
          unadmittedPoolsZh: "string|The same, for Chinese messages",
          unadmittedPoolCount: "number|How many such pools",
        }),
      },
    },
  },
  {
    subject: "agencySelection",
    validator: "agencySelection",
    en: "A tenderer's choice of agency (item (三))",
    facts: {
      selection: {
        en: "The selection",
        from: "selectionFacts",
        fields: fields({
          id: "string|Selection id",
          selectedOn: "date|Day of the selection",
          method: "string|merit, lottery, other",
          chosenAgencyId: "string|The agency chosen",
          hasJustification: "boolean|A written justification is attached",
          filed: "boolean|Filed with the discipline inspection group",
          filedCollectively: "boolean|Filed as a collective decision",
          filedOn: "date?|Day filed",
          filingStatusZh: "string|Filing status, Chinese",
          filingStatusEn: "string|Filing status, English",
        }),
      },
      agency: {
        en: "The chosen agency on the day of the selection",
        from: "agencyFacts",
        fields: fields({
          id: "string|Agency id",
          name: "string|Agency name",
          disclosureMissingCount: "number|Disclosure parts not published by the selection day (LC80-3.1)",
          disclosureMissingZh: "string|Those parts, Chinese",
          disclosureMissingEn: "string|Those parts, English",
          blacklisted: "boolean|On a blacklist that day",
          blacklistedFrom: "date?|Start of the blacklisting",
          blacklistedUntil: "date?|End of the blacklisting",
          blacklistReason: "string?|Reason given",
          untrainedStaff: "string|Project staff without a passed training within trainingPeriodDays",
          untrainedStaffCount: "number|How many",
        }),
      },
      merit: {
        en: "The chosen agency's place in the merit ranking (LC80-3.2)",
        from: "meritFacts",
        fields: fields({
          rank: "number?|1 = top; absent when nothing was ranked",
          rankedCount: "number|Agencies ranked",
          topAgencyId: "string?|The top agency",
          topAgencyName: "string?|Its name",
          source: "string|candidates (the tenderer's ranking), rankAgencies (the library's) or none",
          excludedReasons: "string[]|Why the ranking left the chosen agency out, if it did",
        }),
      },
    },
  },
  {
    subject: "committee",
    validator: "committee",
    en: "An evaluation committee as a whole (招标投标法 art. 37, 财政部令第87号 art. 47, LC80-4.3)",
    facts: {
      committee: {
        en: "The committee",
        from: "committeeFacts",
        fields: fields({
          size: "number|Members",
          odd: "boolean|An odd number of members",
          expertCount: "number|Members with role expert",
          expertsRequired: "number|⌈2/3 × size⌉, the fewest experts art. 37 allows",
          nonLocalCount: "number|Experts from outside the project's city",
          nonLocalShare: "number|Their share of the experts (0–1)",
          nonLocalRequired: "number|⌈minNonLocalShare × experts⌉",
          maxFromOneEmployer: "number|Most experts from one employer",
          topEmployer: "string|That employer, `name (id)`",
        }),
      },
      project: PROJECT,
    },
  },
  {
    subject: "committeeMember",
    validator: "committee",
    en: "One committee member, evaluated once per member (实施条例 art. 46, LC80-4.4)",
    facts: {
      member: {
        en: "The member and every tie to the tenderer or a bidder",
        from: "committeeMemberFacts",
        fields: fields({
          expertId: "string|Expert id",
          name: "string|Name",
          role: "string|expert, tendererRepresentative",
          employerName: "string|Employer",
          employmentKind: "string|As for expertAdmission",
          feeYuan: "number|Fee paid, 0 when none",
          supervisingDepartmentId: "string?|The department the expert works for, if a supervisor",
          supervisesProject: "boolean|Staff of the department that supervises this project",
          agencyId: "string?|The project's procurement agency",
          agencyStaff: "boolean|Works for the procurement agency running this project (87号令 art. 47, 74号令 art. 7)",
          purchaserStaffAsExpert: "boolean|Works for the purchaser / tenderer yet sits as an expert rather than as its representative",
          tendererId: "string|The tenderer / purchaser",
          conflicts: "object[]|Each tie: kind, partyId, partyRole, …",
          conflictCount: "number|How many ties",
          conflictsZh: "string|The ties, Chinese",
          conflictsEn: "string|The ties, English",
        }),
      },
      project: PROJECT,
    },
  },
  {
    subject: "evaluation",
    validator: "evaluation",
    en: "An evaluation: ratings, blind review, supervision, disclosure, candidate publication",
    facts: {
      evaluation: {
        en: "The evaluation",
        from: "evaluationFacts",
        fields: fields({
          id: "string|Evaluation id",
          status: "string|Status",
          endedOn: "date?|Last day",
          unratedCount: "number|Experts missing a rating from a required party (LC80-4.2)",
          unratedZh: "string|Those experts, Chinese",
          unratedEn: "string|Those experts, English",
          ratingsPublishedOn: "date?|Day the ratings were published",
          ratingsPublicationLastDay: `date?|Last day to publish them, ${DEADLINE_NOTE}`,
          ratingsPublicationDaysLate: "number|Days late, 0 when in time",
          blindReviewProblemCount: "number|Problems of the blind-review assignment (LC80-6.1)",
          blindReviewProblemsZh: "string|Those problems, Chinese",
          blindReviewProblemsEn: "string|Those problems, English",
          socialSupervisorCount: "number|Social supervisors who attended the whole evaluation (LC80-6.3)",
          reportOn: "date?|Day of the evaluation report",
          disclosedOn: "date?|Day expert names and total scores were both published (LC80-6.4)",
          disclosureLastDay: `date?|Last day to publish them, ${DEADLINE_NOTE}`,
          disclosureDaysLate: "number|Days late (calendar days)",
          disclosurePeriodZh: "string|The period the last day comes from (art. 54's days, or GP's working days under 政府采购法实施条例 art. 43), Chinese",
          disclosurePeriodEn: "string|The period the last day comes from, English",
          disclosureStatusZh: "string|Disclosure status, Chinese",
          disclosureStatusEn: "string|Disclosure status, English",
          candidatesStartOn: "date?|First day of the candidate publication",
          candidatesEndOn: "date?|Last day of the candidate publication",
          candidatesLastDay: `date?|Last day to start it (实施条例 art. 54), ${DEADLINE_NOTE}`,
          candidatesDaysLate: "number|Days late",
          candidatesStatusZh: "string|Candidate publication status, Chinese",
          candidatesStatusEn: "string|Candidate publication status, English",
          candidatesPublicationDays: "number?|Days of publication, both end days counted",
          resultObjectionId: "string?|The objection to the evaluation result answered latest past resultObjectionAnswerDays (实施条例 art. 54 para. 2), among those filed within the candidates' publication (none without one)",
          resultObjectionFiledOn: "date?|Day it was received",
          resultObjectionLastDay: `date?|Last day to answer it, ${DEADLINE_NOTE}`,
          resultObjectionAnsweredOn: "string|Day answered, or — (asOf) when not",
          resultObjectionDaysLate: "number|Days late answering, 0 when every objection was answered in time",
        }),
      },
      project: PROJECT,
    },
  },
  {
    subject: "award",
    validator: "award",
    en: "An award and its contract (招标投标法 art. 46, LC80-5.1)",
    facts: {
      award: {
        en: "The award",
        from: "awardFacts",
        fields: fields({ id: "string|Award id", noticeOn: "date?|Day of the award notice", bidderId: "string|The winner", status: "string|Award status" }),
      },
      contract: {
        en: "The contract, judged against contractDays",
        from: "awardFacts",
        fields: fields({
          signedOn: "date?|Day signed",
          nominalLastDay: "date?|Notice + contractDays",
          lastDay: `date?|The last day, ${DEADLINE_NOTE}`,
          daysLate: "number|Days late (as of asOf when unsigned)",
          statusZh: "string|Status, Chinese",
          statusEn: "string|Status, English",
        }),
      },
      awardTimeline: {
        en: "What follows the evaluation: bonds, report to the supervisor, GP confirmation, result and contract announcements; an act not done is late only once asOf is past its last day",
        from: "awardTimelineFacts",
        fields: fields({
          awardId: "string|Award id",
          signedOn: "date?|Day the contract was signed",
          bondsReturnedOn: "string|Day the bid bonds were returned, or — (asOf) when not yet",
          bondReturnLastDay: `date?|Last day to return the bonds (contract + bondReturnDays, 实施条例 art. 57), ${DEADLINE_NOTE}`,
          bondReturnDaysLate: "number|Days late returning the bonds",
          gpBondReturnLastDay: "date?|GP: last day to return every bond — the later of notice and contract + gpBondReturnWorkingDays working days (政府采购法实施条例 art. 33)",
          gpBondReturnWorkingDaysLate: "number|GP: working days the last bond came back after gpBondReturnLastDay",
          noticeOn: "date?|Day of the award notice",
          evaluationEndedOn: "date?|Day the evaluation (review) ended: the latest endedAt of the award lot's evaluations (one without a lot matches any); the project's evaluationOn only when no such evaluation is on record; absent when unknown (the record gives no evaluations, or they do not say when they ended)",
          reportDeliveryLastDay: "date?|Last day for the agency to deliver the review report (evaluationEndedOn + gpReportDeliveryWorkingDays working days, 政府采购法实施条例 art. 43); absent without an agency or a recorded receipt",
          reportDeliveryWorkingDaysLate: "number|Working days late delivering the report",
          decidedOn: "date?|Day the winner was decided",
          supervisorReportOn: "string|Day reported to the supervisor, or — (asOf) when not yet",
          supervisorReportLastDay: `date?|Last day to report (decision + supervisorReportDays, 招标投标法 art. 47), ${DEADLINE_NOTE}`,
          supervisorReportDaysLate: "number|Days late reporting",
          reportReceivedOn: "date?|Day the purchaser received the evaluation report (GP)",
          confirmFrom: "date?|Day the confirmation period runs from: reportReceivedOn, else for a self-run procedure (no agency) evaluationEndedOn (87号令 art. 68)",
          confirmFromZh: "string|What it runs from, Chinese, for messages",
          confirmFromEn: "string|What it runs from, English, for messages",
          confirmLastDay: "date?|Last day to confirm the winner (gpConfirmWorkingDays working days from confirmFrom, 87号令 art. 68)",
          confirmWorkingDaysLate: "number|Working days late confirming",
          resultPublishedOn: "string|Day the result was announced, or — (asOf) when not yet",
          resultLastDay: "date?|Last day to announce the result (gpResultWorkingDays working days, 87号令 art. 69)",
          resultWorkingDaysLate: "number|Working days late announcing",
          contractPublishedOn: "string|Day the contract was announced, or — (asOf) when not yet",
          contractPublicationLastDay: "date?|Last day to announce the GP contract (gpContractPublicationWorkingDays, 政府采购法实施条例 art. 50)",
          contractPublicationWorkingDaysLate: "number|Working days late announcing the contract",
          noticeIssuedOn: "string|Day the award notice was issued, or — (asOf) when not yet",
          noticeLastDay: "date?|GP: last day to issue the award notice (decidedOn + gpNoticeWorkingDays working days, 政府采购法实施条例 art. 43)",
          noticeWorkingDaysLate: "number|GP: working days late issuing the notice (a notice not yet issued, once asOf is past the last day)",
          contractFiledOn: "string|Day a copy of the contract was filed with the finance department (contract.filedOn), or — (asOf) when not on record",
          contractFilingLastDay: "date?|GP: last day to file the contract's copy (signedOn + gpContractFilingWorkingDays working days, 政府采购法 art. 47)",
          contractFilingWorkingDaysLate: "number|GP: working days late filing the copy (a filing not on record, once asOf is past the last day)",
          awardBeforeAnswer: "boolean|The winner was determined, the notice issued or the contract signed after an objection to the result and before its answer (实施条例 art. 54 para. 2); from the objections filed during the candidates' publication (at least candidatePublicationMinDays) of the round that produced the award (the lot's evaluation whose publication started latest on or before the award's first step), so only with the evaluations (validateProject, or validateAward given them)",
          pendingObjectionId: "string?|That objection (the one with the earliest such step; ties by id)",
          pendingObjectionFiledOn: "date?|Day it was received",
          pendingObjectionAnsweredOn: "string|Day it was answered, or — (asOf) when not",
          actBeforeAnswerOn: "date?|Day of the first step taken before the answer (strictly after the objection's day and before the answer's; without an answer, before asOf)",
          actBeforeAnswerZh: "string?|That step: 定标, 发出中标通知书 or 签订合同",
          actBeforeAnswerEn: "string?|That step, in English",
        }),
      },
      evaluations: {
        en: "What the project's evaluations say, present only when the record gives them (validateProject and validateAward with `evaluations` in their input, `[]` included): a rule that `requires: [\"evaluations\"]` is skipped (noData) for an award record without them",
        from: "awardContext",
        fields: fields({
          count: "number|Evaluations on record (every lot and status; 0 when the record says there were none)",
          resultObjectionCount: "number|Objections to the result the award had to wait for (those of the round that produced it)",
        }),
      },
    },
  },
  {
    subject: "cancellation",
    validator: "award",
    en: "A plan cancelled or a contract delayed or refused (LC80-5.1)",
    facts: {
      cancellation: {
        en: "The cancellation",
        from: "cancellationFacts",
        fields: fields({
          id: "string|Id",
          tendererId: "string|The tenderer",
          kind: "string|cancelPlan, delayPerformance, refusePerformance",
          kindZh: "string|Kind, Chinese",
          kindEn: "string|Kind, English",
          cancelledOn: "date|Day",
          afterAward: "boolean|After the award",
          decidedOn: "date?|Day of the collective decision",
          collectivelyDecided: "boolean|Decided collectively on or before the day",
          reportedOn: "date?|Day reported to the supervisor",
          reported: "boolean|Reported to the supervisor",
          missingZh: "string|What is missing, Chinese",
          missingEn: "string|What is missing, English",
        }),
      },
    },
  },
  {
    subject: "abandonment",
    validator: "award",
    en: "A winner abandoning its award (LC80-5.3)",
    facts: {
      abandonment: {
        en: "The abandonment",
        from: "abandonmentFacts",
        fields: fields({
          id: "string|Id",
          winnerId: "string|The winner",
          winnerName: "string|Its name (or id)",
          abandonedOn: "date|Day",
          reason: "string?|Reason given",
          reasonCategory: "string?|forceMajeure, tendererFault, lawfulChange, other…",
          explained: "boolean|Explained to the tenderer",
          filed: "boolean|Filed with the supervisor",
          missingZh: "string|What is missing, Chinese",
          missingEn: "string|What is missing, English",
        }),
      },
    },
  },
  {
    subject: "spotCheckQuarter",
    validator: "spotCheck",
    en: "A quarter's 双随机一抽查 of contract performance (LC80-5.2)",
    facts: {
      spotCheck: {
        en: "The quarter's spot check",
        from: "spotCheckFacts",
        fields: fields({
          id: "string|Id",
          quarter: "string|YYYY-Qn",
          totalProjects: "number|Projects traded in the quarter",
          checkedCount: "number|Distinct projects checked",
          ratePercent: "number|checked / total in per cent (2 decimals)",
          minRequired: "number|⌈spotCheckMinRate × total⌉",
          maxAllowed: "number|max(minRequired, ⌊spotCheckMaxRate × total⌋)",
          drawRecordRef: "string?|Reference to the draw record",
          quarterEnd: "date|Last day of the quarter",
          publishedOn: "date?|Day the results were published",
          publicationLastDay: `date|Last day to publish, ${DEADLINE_NOTE}`,
          publicationDaysLate: "number|Days late",
          quarterEnded: "boolean|The quarter is over (asOf, else the publication day, is past its last day); its rate is judged only then",
        }),
      },
    },
  },
  {
    subject: "complaint",
    validator: "complaint",
    en: "A complaint and its handling (实施条例 art. 60–61, LC80-9)",
    facts: {
      complaint: {
        en: "The complaint",
        from: "complaintFacts",
        fields: fields({
          id: "string|Id",
          complainantName: "string|Complainant (or id)",
          knownOn: "date|Day the complainant knew",
          filedOn: "date|Day filed",
          filingLastDay: `date|Last day to file, ${DEADLINE_NOTE}`,
          filingDaysLate: "number|Days late",
          receivedOn: "date|Day received",
          acceptedOn: "date?|Day accepted",
          acceptanceLastDay: "date|Last day to decide on acceptance (working days)",
          acceptanceWorkingDaysLate: "number|Working days late",
          acceptanceStatusZh: "string|Status, Chinese",
          acceptanceStatusEn: "string|Status, English",
          decidedOn: "date?|Day decided",
          decisionLastDay: "date?|Last day to decide (working days)",
          decisionWorkingDaysLate: "number|Working days late",
          decisionStatusZh: "string|Status, Chinese",
          decisionStatusEn: "string|Status, English",
          publishedOn: "date?|Day the decision was published",
          publicationLastDay: "date?|Last day to publish it",
          stageList: "string|The stages in order, for messages",
          sequenceProblemCount: "number|Stages out of order, repeated or missing",
          sequenceProblemsZh: "string|Those problems, Chinese",
          sequenceProblemsEn: "string|Those problems, English",
          objectionFiledOn: "date?|Day the prior objection (异议 / 质疑) was filed",
          objectionAnsweredOn: "string|Day it was answered, or — when not",
          objectionDaysExcluded: "number|Days the objection's answer took, not counted in the filing period (实施条例 art. 60)",
          pausedWorkingDays: "number|Working days the handling was paused (inspection, expert opinion…), not counted",
          hasChallenge: "boolean|A GP challenge (质疑) preceded the complaint",
          gpAcceptedWithoutChallenge: "boolean|A GP complaint accepted (an 'accepted' stage, or a later one showing it) with no challenge on record (94号令 arts. 19(1), 21(2))",
          challengeKnownOn: "date|Day the supplier knew (of the challenged matter, else of the complaint's)",
          challengeLastDay: "date?|Last day to challenge (gpChallengeWorkingDays working days, 政府采购法 art. 52)",
          challengeWorkingDaysLate: "number|Working days late challenging",
          challengeAnswerLastDay: "date?|Last day to answer the challenge (gpChallengeAnswerWorkingDays, 政府采购法 art. 53)",
          challengeAnswerWorkingDaysLate: "number|Working days late answering",
          gpFilingLastDay: "date?|Last day to complain after the answer's deadline (gpComplaintWorkingDays, 政府采购法 art. 55)",
          gpFilingWorkingDaysLate: "number|Working days late complaining",
          gpReviewLastDay: "date|Last day to review the complaint for acceptance (gpComplaintReviewWorkingDays, plus gpComplaintRefusalWorkingDays for a refusal, plus a 补正 notice's pause, 94号令 arts. 21, 27)",
          gpReviewSupplementWorkingDays: "number|Working days awaiting a 补正 (supplement) asked for within the review's days, not counted (94号令 arts. 21(1), 27)",
          gpReviewPeriodZh: "string|The review's period in words, Chinese (5 working days; a refusal's 3 more; the supplement's days)",
          gpReviewPeriodEn: "string|The review's period in words, English",
          gpReviewWorkingDaysLate: "number|Working days late reviewing",
          gpDecisionPausedWorkingDays: "number|Working days paused not counted in the GP decision period: the pauses from 2018-03-01 (94号令 art. 27), none before",
          gpDecisionLastDay: "date|Last day to decide (gpComplaintDecisionWorkingDays plus gpDecisionPausedWorkingDays, 政府采购法 art. 56, 94号令 art. 26; time not counted: art. 27)",
          gpDecisionWorkingDaysLate: "number|Working days late deciding",
        }),
      },
    },
  },
  {
    subject: "project",
    validator: "project",
    en: "A whole project (its other parts are checked under their own subjects)",
    facts: {
      project: PROJECT,
      timeline: {
        en: "The statutory timeline of the documents phase: minimum periods (from the day after A to B) and deadlines after an event; a value is absent when the record lacks a date it needs",
        from: "projectTimelineFacts",
        fields: fields({
          documentsIssuedOn: "date?|Day the tender / procurement documents were issued",
          bidDeadlineDay: "date?|Day of the bid deadline (Asia/Shanghai)",
          bidPeriodDays: "number?|Days from issue to deadline",
          bidPeriodShortDays: "number|Days short of bidPeriodMinDays (招标投标法 art. 24; 政府采购法 art. 35)",
          consultationShortDays: "number|Days short of consultationMinDays (竞争性磋商, 财库〔2014〕214号 art. 10)",
          negotiationWorkingDays: "number?|Working days from issue to deadline (GP negotiation and inquiry only)",
          negotiationShortWorkingDays: "number|Working days short of negotiationMinWorkingDays (竞争性谈判 / 询价, 财政部令第74号 arts. 29, 45)",
          documentsAvailableUntil: "date?|Last day the documents were on sale",
          saleDays: "number?|Days on sale, first and last included",
          saleShortDays: "number|Days short of documentsSaleMinDays (实施条例 art. 16)",
          gpSaleFrom: "date?|First day of the GP provision period: the notice's publication (87号令 art. 18), else the documents' first issue",
          gpSaleWorkingDays: "number?|Working days on sale from gpSaleFrom, both ends counted (GP open and selective tenders only)",
          gpSaleShortWorkingDays: "number|Working days short of gpDocumentsMinWorkingDays (87号令 art. 18)",
          consultationSaleWorkingDays: "number?|Working days the consultation documents were on sale, from documentsIssuedOn, both ends counted (GP consultation only)",
          consultationSaleShortWorkingDays: "number|Working days short of consultationDocumentsMinWorkingDays (财库〔2014〕214号 art. 10)",
          clarificationOn: "date?|Day of the latest clarification that affects preparation (GP negotiation, inquiry and consultation: none issued after the deadline day, when the talks themselves may change the documents)",
          clarificationDaysBeforeDeadline: "number?|Its days before the deadline",
          clarificationShortDays: "number|Days short of clarificationMinDays (实施条例 art. 21; 87号令 art. 27)",
          consultationClarificationShortDays: "number|Days short of consultationClarificationMinDays (财库〔2014〕214号 art. 10)",
          clarificationWorkingDaysBeforeDeadline: "number?|The same clarification's working days before the deadline day: from its issue day to the day before the deadline day, both included (GP negotiation and inquiry only)",
          negotiationClarificationShortWorkingDays: "number|Working days short of negotiationClarificationMinWorkingDays (财政部令第74号 arts. 29, 45)",
          lateObjectionId: "string?|The objection to the documents filed latest before the deadline, when too late",
          lateObjectionOn: "date?|Day it was filed",
          lateObjectionDaysBeforeDeadline: "number?|Its days before the deadline",
          lateObjectionShortDays: "number|Days short of objectionMinDays (实施条例 art. 22)",
          slowAnswerObjectionId: "string?|The objection answered latest past objectionAnswerDays",
          slowAnswerFiledOn: "date?|Day it was filed",
          slowAnswerLastDay: `date?|Last day to answer it, ${DEADLINE_NOTE}`,
          slowAnswerAnsweredOn: "string|Day answered, or — when not",
          slowAnswerDaysLate: "number|Days late answering (实施条例 art. 22)",
          deadlineBeforeAnswer: "boolean|The bid deadline was held after an objection to the documents raised in time (objectionMinDays before it) and before its answer (实施条例 art. 22); a deadline on either day is not judged",
          pendingObjectionId: "string?|That objection (ties by id)",
          pendingObjectionFiledOn: "date?|Day it was received",
          pendingObjectionAnsweredOn: "string|Day it was answered, or — (asOf) when not",
          bidBondYuan: "number?|Bid bond asked for",
          bidBondBaseYuan: "number?|Its base: estimated price (else budget) under the bidding law, budget under GP",
          bidBondCapYuan: "number?|Base × bidBondMaxShare",
          bidBondOverCap: "boolean|The bond exceeds its cap (实施条例 art. 26; 政府采购法实施条例 art. 33)",
        }),
      },
    },
  },
];

/**
 * The facts of one subject (with `params` and `asOf`), or `undefined` for a subject no validator evaluates.
 *
 * @example
 * ```ts
 * Object.keys(factsOfSubject("committee")?.facts ?? {}); // ["committee", "project", "params", "asOf"]
 * ```
 */
export function factsOfSubject(subject: string): SubjectFacts | undefined {
  if (typeof subject !== "string") {
    throw new GgzyError("INVALID_INPUT", { zh: "主题必须是字符串", en: "subject must be a string", details: { type: subject === null ? "null" : typeof subject } });
  }
  const s = FACTS_CATALOGUE.find((x) => x.subject === subject);
  return s === undefined ? undefined : { ...s, facts: { ...s.facts, ...COMMON_FACTS } };
}
