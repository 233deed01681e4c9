import { z } from "zod";
import type { Report, Severity, SkipReason } from "ggzy-rules/rules";
import { DrawRecordSchema as LibraryDrawRecordSchema } from "ggzy-rules/sampling";

/*
 * The shapes of the library's results as the service sends them: check reports, credit scores, the merit ranking,
 * draw records and results, and risk results. They describe the library's result types (ggzy-rules/rules,
 * ggzy-rules/scoring, ggzy-rules/sampling) field by field, so
 * that a client generated from the OpenAPI document gets typed classes instead of `Object`. Each is registered with
 * an id and appears once, as a component. The tests build the service with `validateResponses: true`: every response
 * of every test must parse by these schemas and carry no field they do not declare, so a change of a result type that
 * is not made here too fails the tests.
 */

/** A text in Chinese and English: a finding's or a problem's message, an item's label… (the library's `RuleText`). */
export const Bilingual = z.object({ zh: z.string(), en: z.string() }).meta({ id: "Bilingual", description: "a text in Chinese and English" });
const Reason = z.object({ code: z.string(), zh: z.string(), en: z.string() }).meta({ id: "Reason", description: "a reason, with its code and the Chinese and English text" });
const ScorecardRef = z.object({ id: z.string(), version: z.int32() });

const RecordContribution = z
  .object({
    index: z.int32().describe("position of the record in the subject's records as given"),
    id: z.string().optional(),
    kind: z.string(),
    date: z.string(),
    ageDays: z.int32(),
    quantity: z.number(),
    decay: z.number().describe("0.5^(ageDays / halfLifeDays), 1 without a half-life, 0 outside the item's window"),
    points: z.number().describe("signed points this record added, after the item's cap (shared pro rata)"),
  })
  .meta({ id: "RecordContribution", description: "how much one record moved the score" });

const itemPoints = {
  itemId: z.string(),
  kind: z.string(),
  effect: z.enum(["reward", "penalty"]),
  label: Bilingual,
  points: z.number().describe("signed points after the cap"),
  uncappedPoints: z.number().describe("signed points before the cap"),
  capped: z.boolean(),
};

const ItemBreakdown = z
  .object({ ...itemPoints, records: z.array(RecordContribution).describe("records in canonical order (date, quantity, id)") })
  .meta({ id: "ItemBreakdown", description: "one scorecard item's share of the score, and the records behind it" });

const ItemSummary = z
  .object({ ...itemPoints, recordCount: z.int32().describe("how many records the item scored") })
  .meta({ id: "ItemSummary", description: 'one scorecard item\'s share of the score without its records (detail: "items")' });

const scoreResultShape = {
  subjectId: z.string(),
  scorecard: ScorecardRef,
  asOf: z.string(),
  score: z.number().describe("rounded to 2 decimals, within the scorecard's bounds"),
  grade: z.string(),
  base: z.number(),
  boundsAdjustment: z.number().describe("points removed (negative) or added (positive) to keep the score within bounds"),
};

/** A credit score with its breakdown per item and record (bidders; agencies at the default detail). */
export const ScoreResultSchema = z
  .object({ ...scoreResultShape, breakdown: z.array(ItemBreakdown) })
  .meta({ id: "ScoreResult", description: "a score, its grade and why: each item with the records behind it" });

/** An agency's credit score, its breakdown at either level of detail. */
const AgencyScoreResult = z
  .object({ ...scoreResultShape, breakdown: z.array(z.union([ItemBreakdown, ItemSummary])).describe('ItemBreakdown entries, or ItemSummary entries with detail "items"') })
  .meta({ id: "AgencyScoreResult", description: "an agency's credit score and its breakdown" });

const BlacklistStatus = z
  .object({
    agencyId: z.string(),
    blacklisted: z.boolean(),
    until: z.string().optional().describe("last blacklisted day; absent when not blacklisted or blacklisted indefinitely"),
    indefinite: z.boolean(),
    reasons: z.array(Reason),
  })
  .meta({ id: "BlacklistStatus", description: "whether an agency is blacklisted on the day, until when, and why (LC80-3.1)" });

/** `POST /v1/score/agencies`: one per agency. */
export const AgencyCreditSchema = z
  .object({ agencyId: z.string(), name: z.string(), credit: AgencyScoreResult, blacklist: BlacklistStatus })
  .meta({ id: "AgencyCredit", description: "one agency's credit and blacklist status" });

/** `POST /v1/score/experts`: the publishable line per expert (LC80-4.2). */
export const ExpertRatingSummarySchema = z
  .object({
    expertId: z.string(),
    name: z.string(),
    events: z.int32(),
    unratedEvents: z.int32(),
    score: z.number().nullable(),
    grade: z.string().nullable(),
    suspended: z.boolean(),
  })
  .meta({ id: "ExpertRatingSummary", description: "one expert's rolling per-event rating (LC80-4.2)" });

/** `POST /v1/rank`: the merit ranking of agencies for a project (LC80-3.2). */
export const AgencyRankingSchema = z
  .object({
    projectId: z.string(),
    asOf: z.string(),
    scorecard: ScorecardRef,
    ranked: z.array(z.object({ agencyId: z.string(), rank: z.int32().describe("1 = best; no ties"), score: z.number(), grade: z.string(), reasons: z.array(Reason) })),
    excluded: z.array(z.object({ agencyId: z.string(), reasons: z.array(Reason) })),
  })
  .meta({ id: "AgencyRanking", description: "the merit ranking of agencies for a project (LC80-3.2)" });

const CommitteeSeat = z.object({ expertId: z.string(), name: z.string(), employerId: z.string(), region: z.string(), remote: z.boolean() });
const SupervisorSeat = z.object({ supervisorId: z.string(), name: z.string() });

/** The result of each draw kind, by the kind in the URL. */
export const DRAW_RESULT_SCHEMAS = {
  committee: z
    .object({ strata: z.array(z.object({ specialty: z.string(), members: z.array(CommitteeSeat), alternates: z.array(CommitteeSeat) })) })
    .meta({ id: "CommitteeResult", description: "a drawn committee: per specialty the members in draw order, then the ordered alternates (sealed until the salt is revealed)" }),
  "spot-checks": z
    .object({
      quarter: z.string(),
      population: z.int32(),
      strata: z.array(z.object({ key: z.string(), population: z.int32(), checked: z.int32() })),
      checks: z.array(z.object({ projectId: z.string(), stratum: z.string(), inspectorIds: z.array(z.string()) })),
    })
    .meta({ id: "SpotChecksResult", description: "the projects drawn for a quarter's spot checks and their inspectors" }),
  supervisors: z
    .object({ supervisors: z.array(SupervisorSeat), alternates: z.array(SupervisorSeat) })
    .meta({ id: "SupervisorsResult", description: "the drawn social supervisors and ordered alternates" }),
  "blind-review": z
    .object({
      codeMap: z.record(z.string(), z.string()).describe("anonymous code → bid id; SEALED until the evaluation is over"),
      reviewerOrders: z.record(z.string(), z.array(z.string())).describe("reviewer id → the codes in reading order"),
      codeMapHash: z.string().describe("SHA-256 of JCS({ codeMap, salt })"),
    })
    .meta({ id: "BlindReviewResult", description: "the blind-review assignment: sealed code map, reviewers' orders, the map's salted hash" }),
} as const;

const SignalFamily = z.enum(["cardinal-parity", "chinese-law", "collusion-pattern"]);
const ProblemReason = z.enum(["invalid-json", "invalid-utf8", "not-an-object", "no-ocid", "invalid-model"]);

/** `POST /v1/risk`: counts of what was read. */
export const RiskSummarySchema = z
  .object({
    lines: z.int32(),
    emptyLines: z.int32(),
    processes: z.int32(),
    skipped: z.int32().describe("lines left out: malformed JSON, invalid UTF-8, not an object, no string ocid"),
    skippedByReason: z.object(Object.fromEntries(ProblemReason.options.map((r) => [r, z.int32()])) as Record<z.infer<typeof ProblemReason>, z.ZodInt32>),
    problems: z.array(z.object({ line: z.int32(), reason: ProblemReason, message: z.string() })),
    mainCurrency: z.string().optional(),
    asOf: z.string(),
    asOfFrom: z.enum(["option", "data", "none"]),
    hitsBySignal: z.record(z.string(), z.int32()),
  })
  .meta({ id: "RiskSummary", description: "what the risk analysis read" });

const RiskHit = z
  .object({
    signal: z.string(),
    family: SignalFamily,
    restsOn: z.array(z.string()).describe("the OCDS fields the signal reads"),
    strength: z.number().describe("1 to 2: how much evidence the hit carries"),
    ocid: z.string(),
    basis: z.string(),
    organisations: z.array(z.string()),
    message: Bilingual,
    evidence: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "RiskHit", description: "one risk indicator that fired on a process, with its evidence" });

/** `POST /v1/risk`: one process's risk. */
export const ProcessRiskSchema = z
  .object({ ocid: z.string(), score: z.number(), grade: z.string(), signals: z.array(z.string()), hits: z.array(RiskHit), breakdown: z.array(ItemBreakdown) })
  .meta({ id: "ProcessRisk", description: "one contracting process's risk: its hits and the risk score with its breakdown" });

/** `POST /v1/risk`: one organisation's risk. */
export const OrganisationRiskSchema = z
  .object({
    id: z.string(),
    score: z.number(),
    grade: z.string(),
    signals: z.record(z.string(), z.int32()),
    processes: z.array(z.string()),
    evidence: z.array(
      z.object({ signal: z.string(), family: SignalFamily, ocid: z.string().optional(), group: z.string().optional(), value: z.number().optional(), message: Bilingual }),
    ),
    evidenceCount: z.int32(),
    breakdown: z.array(ItemBreakdown),
  })
  .meta({ id: "OrganisationRisk", description: "one organisation's risk: processes that named it per signal, scored, with evidence" });

/*
 * The check report (ggzy-rules/rules `Report`) and what it holds. A finding's explanation is a tree: the component
 * `ExplanationNode` refers to itself through `GroupExplanation.children`.
 */

/** How bad a finding is (the library's `Severity`). */
export const SeveritySchema = z
  .enum(["error", "warning", "info"])
  .meta({ id: "Severity", description: "how bad a finding is: a report is ok unless some finding is an error" });

const ConditionExplanation = z
  .object({
    kind: z.literal("condition"),
    name: z.string().optional(),
    fact: z.string(),
    path: z.string().optional(),
    operator: z.string(),
    expected: z.unknown().optional().describe("the condition's value (a fact reference shown resolved); absent for exists / notExists"),
    actual: z.unknown().optional().describe("the fact's value seen; absent when missing or not evaluated"),
    result: z.boolean().nullable().describe("null: not evaluated (short-circuited)"),
    computed: z.record(z.string(), z.unknown()).optional().describe("what a calendar operator computed (day count, period end)"),
  })
  .meta({ id: "ConditionExplanation", description: "a leaf condition: what was compared, to what, and the outcome" });

/** The type a self-referring schema must be given (TypeScript cannot infer it): what the tree's nodes share. */
interface ExplanationTree {
  kind: string;
  result: boolean | null;
  children?: ExplanationTree[];
}

const GroupExplanation = z
  .object({
    kind: z.enum(["all", "any", "not"]),
    name: z.string().optional(),
    result: z.boolean().nullable().describe("null: not evaluated (short-circuited by its parent)"),
    get children(): z.ZodArray<z.ZodType<ExplanationTree>> {
      return z.array(ExplanationNodeSchema);
    },
  })
  .meta({ id: "GroupExplanation", description: "a boolean node (all, any, not) and its children's explanations" });

/** A node of a rule's explanation tree (the library's `ExplanationNode`). */
export const ExplanationNodeSchema: z.ZodType<ExplanationTree> = z
  .union([GroupExplanation, ConditionExplanation])
  .meta({ id: "ExplanationNode", description: "a node of a rule's explanation tree: a group (kind all, any, not) or a condition (kind condition)" });

/** A rule whose conditions held (the library's `Finding`). */
export const FindingSchema = z
  .object({
    ruleId: z.string(),
    ruleVersion: z.int32(),
    clause: z.string(),
    basis: z.array(z.string()),
    severity: SeveritySchema,
    subject: z.string(),
    message: Bilingual,
    text: z.string().describe("the message in the requested locale (zh / en for both)"),
    evidence: z.record(z.string(), z.unknown()).describe("evidence path → value (null when the fact or path is missing); the keys differ by rule"),
    explanation: ExplanationNodeSchema.optional().describe("present unless explain=none"),
  })
  .meta({ id: "Finding", description: "a rule whose conditions held: one violation, as data" });

const AppliedRule = z
  .object({ id: z.string(), version: z.int32(), pack: z.string() })
  .meta({ id: "AppliedRule", description: "a rule applied, in which version, from which pack (or override)" });

const SKIP_REASONS = ["disabled", "notYetEffective", "noLongerEffective", "outOfScope", "noData"] as const satisfies readonly SkipReason[];

const SkippedRule = z
  .object({
    ruleId: z.string(),
    reason: z.enum(SKIP_REASONS),
    missing: z
      .array(z.string())
      .optional()
      .describe("with reason noData only: the fact paths the rule requires that the record lacks (e.g. evaluations), in the rule's order"),
  })
  .meta({
    id: "SkippedRule",
    description:
      "a rule of the subject not evaluated, and why: disabled, not yet or no longer effective, out of the record's scope, or noData (the record lacks what the rule needs: it was not judged, neither passed nor failed)",
  });

const RuleTrace = z
  .object({ ruleId: z.string(), result: z.boolean(), explanation: ExplanationNodeSchema })
  .meta({ id: "RuleTrace", description: "the outcome of one evaluated rule with its explanation (explain=all)" });

/** The fields of the library's `Report`. */
export const reportShape = {
  ok: z.boolean().describe("false iff some finding has severity error"),
  rulesetVersion: z.string(),
  rulesetHash: z.string().describe("the content hash of the rule set the report was made under (as contentHash)"),
  subject: z.string(),
  findings: z.array(FindingSchema),
  evaluated: z.array(z.string()).describe("ids of the rules evaluated (judged: each passed or gave a finding), in id order"),
  skipped: z.array(SkippedRule).describe("the subject's other rules, in id order, with the reason each was not judged; with evaluated, every rule once"),
  rules: z.array(AppliedRule),
  traces: z.array(RuleTrace).optional().describe("every evaluated rule's explanation, with explain=all only"),
};

/** A draw record as the library checks one read back (ggzy-rules/sampling `DrawRecordSchema`), named `DrawRecord`. */
export const DrawRecordSchema = LibraryDrawRecordSchema.clone();
z.globalRegistry.add(DrawRecordSchema, {
  id: "DrawRecord",
  description: "a draw's public record: what was drawn from, how, and the result's (salted) hash; send it back to POST /v1/draws/verify",
});

// What these schemas declare is what the library's types say: a severity, a skip reason or a report field added to
// the library and not here fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _severities: Same<z.infer<typeof SeveritySchema>, Severity> = true;
const _skipReasons: Same<(typeof SKIP_REASONS)[number], SkipReason> = true;
const _reportFields: Same<keyof typeof reportShape, keyof Report> = true;
void [_severities, _skipReasons, _reportFields];
