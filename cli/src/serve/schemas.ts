import { z } from "zod";
import { extend } from "zod/mini";
import { ComplaintSchema, ExpertSchema, IsoDateSchema, ProjectSchema, SpotCheckQuarterSchema } from "ggzy-rules/model";
import {
  AgencySelectionCheckSchema,
  AwardCheckSchema,
  CommitteeCheckSchema,
  EvaluationCheckSchema,
  ProjectRecordSchema,
  RECORD_KINDS,
} from "ggzy-rules/rules";
import type { RecordKind } from "ggzy-rules/rules";
import { SUBJECT_NAMES, subjectNamesText } from "../subjects";
import { JSON_LINES_TYPES } from "./context";
import {
  AgencyCreditSchema,
  AgencyRankingSchema,
  Bilingual,
  DRAW_RESULT_SCHEMAS,
  DrawRecordSchema,
  ExpertRatingSummarySchema,
  OrganisationRiskSchema,
  ProcessRiskSchema,
  reportShape,
  RiskSummarySchema,
  ScoreResultSchema,
  SeveritySchema,
} from "./result-schemas";
import {
  BlindReviewRequestSchema,
  CommitteeRequestSchema,
  SeedMaterialSchema,
  SpotChecksRequestSchema,
  SupervisorsRequestSchema,
} from "ggzy-rules/sampling";
import {
  AgencyCreditInputSchema,
  BidderCreditDataSchema,
  ExpertRatingDataSchema,
  ExpertRatingPolicySchema,
  ScoreDetailSchema,
  ScorecardSchema,
} from "ggzy-rules/scoring";

/*
 * The library's schemas are zod/mini schemas (no methods such as `.optional()` or `.extend()`): they are wrapped
 * here with zod's functions (`z.optional(s)`, `extend(s, shape)`), which give the same schemas the methods did.
 *
 * The service's request and response bodies. Requests are the library's own schemas (what each function parses);
 * responses wrap the library's results with the decision id, the rule set's content hash and the tool version.
 * The OpenAPI document is generated from these very schemas.
 */

/**
 * The operationId of a route whose name is a kind in its URL: `operationId("check", "spotCheck")` → `checkSpotCheck`,
 * `operationId("draw", "spot-checks")` → `drawSpotChecks`. Code generators name a client's methods by it.
 */
export function operationId(verb: string, kind: string): string {
  return verb + kind.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

/**
 * A JSON Lines request body, declared under each media type the service takes for it: application/x-ndjson and its
 * aliases application/jsonl and application/json-lines (a client generator offers only the declared ones).
 */
export function jsonLinesContent<T>(schema: T): Record<(typeof JSON_LINES_TYPES)[number], { schema: T }> {
  return Object.fromEntries(JSON_LINES_TYPES.map((type) => [type, { schema }])) as Record<(typeof JSON_LINES_TYPES)[number], { schema: T }>;
}

/** The body each `POST /v1/check/{subject}` takes: the validator's input schema. */
export const CHECK_SCHEMAS: Record<RecordKind, z.core.$ZodType> = {
  expert: ExpertSchema,
  agencySelection: AgencySelectionCheckSchema,
  committee: CommitteeCheckSchema,
  evaluation: EvaluationCheckSchema,
  award: AwardCheckSchema,
  spotCheck: SpotCheckQuarterSchema,
  complaint: ComplaintSchema,
  project: ProjectRecordSchema,
};

/**
 * Schemas a decision route applies itself, inside the code that records a refused input as a decision (verdict
 * `rejected`): the bodies the library function behind the route parses with this very schema (throwing a GgzyError
 * that names the path), the envelopes the score and rank routes parse first, the verification body, and the query
 * options of the check and risk routes. The service's validator passes them through unchecked, so nothing is parsed
 * twice and no refusal of a decision route escapes the decision log.
 */
export const VALIDATED_IN_HANDLER = new WeakSet<object>();

/** The body of `POST /v1/check`: any record the subject endpoints take (the library detects its kind and parses it). */
export const AnyRecordSchema = z.record(z.string(), z.unknown()).describe(`any record the subject endpoints take (${RECORD_KINDS.join(", ")})`);

/** Query options of the check endpoints. */
export const CheckQuerySchema = z.object({
  asOf: z
    .optional(IsoDateSchema)
    .describe("判断基准日，默认为服务时钟的今天（北京时间），并在结果的 asOf 中返回 / the day pending acts are judged on (YYYY-MM-DD, Asia/Shanghai); default: today by the service's clock, echoed as the result's asOf"),
  provisionalCalendar: z
    .enum(["true", "false"])
    .optional()
    .describe(
      "true: count working days in years with no published holiday notice yet on statutory holidays (findings that rest on them are marked provisional); false: such a year refuses the record (CALENDAR_YEAR_NOT_COVERED); default: false, or true where the operator started the service with --provisional-calendar",
    ),
  explain: z.enum(["findings", "all", "none"]).optional().describe("explanation trees: for findings (default), all rules, none"),
  locale: z.enum(["zh", "en", "both"]).optional().describe("language of Finding.text"),
});
export type CheckQuery = z.infer<typeof CheckQuerySchema>;

/**
 * Query options of `POST /v1/check/batch`: the check options and every line's kind — a record kind, or the subject
 * its reports name (`spotCheckQuarter` for `spotCheck`…), so that a name read in a result can be sent back.
 */
export const BatchQuerySchema = CheckQuerySchema.extend({
  subject: z
    .enum(SUBJECT_NAMES)
    .optional()
    .describe(`every line's kind (default: detected per line): a record kind, or the subject its reports name — ${subjectNamesText()}`),
});

/** Draw kinds as they appear in the URL, with the request schema of each. */
export const DRAW_ROUTES = {
  committee: CommitteeRequestSchema,
  "spot-checks": SpotChecksRequestSchema,
  supervisors: SupervisorsRequestSchema,
  "blind-review": BlindReviewRequestSchema,
} as const;
export type DrawRoute = keyof typeof DRAW_ROUTES;

/** The header of a `ggzy-draw-announcement/1`: what the service takes and what it answers. */
const ANNOUNCEMENT_HEADER = {
  announcement: z.literal("ggzy-draw-announcement/1"),
  protocol: z.string(),
  kind: z.string(),
  drawId: z.string(),
  createdAt: z.string(),
  inputHash: z.string(),
  saltCommitment: z.string().optional(),
};
/** The seed to come as an announcement names it (kind and source; the library checks the rest). */
const AnnouncedSeedSchema = z.looseObject({ kind: z.enum(["lottery", "beacon", "hex", "dice"]), source: z.string() });

/** A `ggzy-draw-announcement/1` as the service takes it; the library checks the rest (ggzy-rules/announcement). */
const DrawAnnouncementBodySchema = z
  .looseObject({ ...ANNOUNCEMENT_HEADER, seedMaterial: AnnouncedSeedSchema })
  .describe("抽取前公布的预告（ggzy draw announce）/ the announcement published before the draw: drawId, inputHash, saltCommitment and the seed's kind, source and text format are checked");

export const VerifyBodySchema = z.object({
  record: DrawRecordSchema,
  inputs: z.unknown().optional().describe("the draw's inputs (the request's `inputs`); give `request` instead to check the record against the whole request"),
  request: z
    .looseObject({ params: z.unknown(), inputs: z.unknown() })
    .optional()
    .describe("整个抽取请求：核对编号、时间、盐值承诺与参数 / the whole draw request: its drawId, createdAt, saltCommitment and params are checked too (without its salt and seed material)"),
  announcement: DrawAnnouncementBodySchema.optional(),
  seedMaterial: SeedMaterialSchema,
  salt: z.string().optional().describe("the revealed salt of a sealed draw"),
});

export const CommitSaltBodySchema = z.object({ salt: z.string().describe("secret salt, hex digits (travels only in the body)") });

const LaterRecordsSchema = z.enum(["error", "ignore"]).optional();
const AsOfSchema = z.optional(IsoDateSchema).describe("评分基准日 / as-of date; default today in Asia/Shanghai (echoed in the response)");

export const SCORE_ROUTES = {
  agencies: z.object({
    asOf: AsOfSchema,
    agencies: z.array(AgencyCreditInputSchema),
    scorecard: z.optional(ScorecardSchema),
    laterRecords: LaterRecordsSchema,
    detail: z.optional(ScoreDetailSchema).describe('明细：records（默认）逐条记录，items 仅各项得分与记录数 / breakdown detail: "records" (default) or "items" (item points and record counts only)'),
  }),
  experts: extend(ExpertRatingDataSchema, { asOf: AsOfSchema, policy: z.optional(ExpertRatingPolicySchema), laterRecords: LaterRecordsSchema }),
  bidders: extend(BidderCreditDataSchema, { asOf: AsOfSchema, scorecard: z.optional(ScorecardSchema), laterRecords: LaterRecordsSchema }),
} as const;
export type ScoreRoute = keyof typeof SCORE_ROUTES;

export const RankBodySchema = z.object({
  project: ProjectSchema,
  agencies: z.array(AgencyCreditInputSchema),
  asOf: AsOfSchema,
  scorecard: z.optional(ScorecardSchema),
  laterRecords: LaterRecordsSchema,
});

export const RiskQuerySchema = z.object({
  settings: z.string().optional().describe("indicator settings as JSON text (URL-encoded)"),
  asOf: z.optional(IsoDateSchema),
  maps: z.enum(["true", "false"]).optional(),
});

/** What every result body carries besides the result. */
const Meta = {
  decisionId: z.string().describe("id of the decision record in the decision log"),
  contentHash: z.string().describe("SHA-256 of the rule set's canonical JSON (RFC 8785)"),
  toolVersion: z.string(),
};

/** The answer of a check: the library's report and the decision's id, hash and tool version. */
const AsOf = { asOf: z.iso.date().describe("the day pending acts were judged on: the query's asOf, else the service's today (Asia/Shanghai)") };

export const CheckResponseSchema = z
  .object({ ...reportShape, ...AsOf, ...Meta })
  .meta({ id: "CheckReport", description: "a check report: the findings, the rules evaluated and skipped; with the decision's id" });

const DrawWarningSchema = Bilingual.extend({ code: z.string().optional() })
  .loose()
  .meta({ id: "DrawWarning", description: "a warning about a draw (a thin pool, a fallback taken), in Chinese and English" });

function drawResponse<T extends z.ZodType>(result: T) {
  return z.object({
    record: DrawRecordSchema,
    result: result.describe("the full result; for a sealed draw keep it secret until the evaluation ends (never logged)"),
    warnings: z.array(DrawWarningSchema),
    ...Meta,
  });
}

/** `POST /v1/draws/{kind}`: the public record and the full result of that kind. */
export const DRAW_RESPONSES = {
  committee: drawResponse(DRAW_RESULT_SCHEMAS.committee),
  "spot-checks": drawResponse(DRAW_RESULT_SCHEMAS["spot-checks"]),
  supervisors: drawResponse(DRAW_RESULT_SCHEMAS.supervisors),
  "blind-review": drawResponse(DRAW_RESULT_SCHEMAS["blind-review"]),
} as const;

export const VerifyResponseSchema = z.object({
  reproduced: z.boolean(),
  firstDifference: z.object({ path: z.string(), expected: z.unknown(), actual: z.unknown() }).optional(),
  against: z
    .enum(["announcement", "request", "re-run"])
    .optional()
    .describe("不符的对象：预告、请求或重新抽取 / what the record disagrees with: the announcement, the request, or the re-run (as `ggzy verify --json`)"),
  ...Meta,
});

export const AnnounceBodySchema = z.object({
  kind: z.enum(["committee", "spot-checks", "supervisors", "blind-review"]).describe("抽取类型 / the draw kind, as in /v1/draws/{kind}"),
  request: z
    .looseObject({ params: z.unknown(), inputs: z.unknown() })
    .describe("抽取请求（不含盐值与随机种子；密封抽取须含 saltCommitment）/ the draw request, without its salt and seed material (a sealed kind needs its saltCommitment)"),
  seedMaterial: AnnouncedSeedSchema.describe("随机数的类型、来源与确切格式 / the seed to come: kind, source and valueFormat (# a decimal digit, ? a lower-case hex digit), or for dice sides and count"),
});

export const AnnounceResponseSchema = z.object({
  ...ANNOUNCEMENT_HEADER,
  seedMaterial: z.object({ kind: z.string(), source: z.string(), valueFormat: z.string().optional(), sides: z.int32().optional(), count: z.int32().optional() }),
  contentHash: z.string(),
  toolVersion: z.string(),
});

export const CommitSaltResponseSchema = z.object({ saltCommitment: z.string(), toolVersion: z.string(), contentHash: z.string() });

/** `POST /v1/score/{kind}`: the results of that kind (agencies: credit and blacklist; experts: rating lines; bidders: scores). */
export const SCORE_RESPONSES = {
  agencies: z.object({ kind: z.literal("agencies"), asOf: z.string(), results: z.array(AgencyCreditSchema), ...Meta }),
  experts: z.object({ kind: z.literal("experts"), asOf: z.string(), results: z.array(ExpertRatingSummarySchema), ...Meta }),
  bidders: z.object({ kind: z.literal("bidders"), asOf: z.string(), results: z.array(ScoreResultSchema), ...Meta }),
} as const;
export const RankResponseSchema = z.object({ asOf: z.string(), ranking: AgencyRankingSchema, ...Meta });
export const RiskResponseSchema = z.object({ summary: RiskSummarySchema, processes: z.array(ProcessRiskSchema), organisations: z.array(OrganisationRiskSchema), ...Meta });

export const RulesResponseSchema = z.object({
  rulesetVersion: z.string(),
  contentHash: z.string(),
  toolVersion: z.string(),
  packs: z.array(z.object({ name: z.string(), version: z.string(), kind: z.string() })),
  rules: z.array(
    z.object({
      id: z.string(),
      version: z.int32(),
      clause: z.string(),
      basis: z.array(z.string()),
      severity: SeveritySchema,
      subject: z.string(),
      effective: z.object({ from: z.string(), to: z.string().optional() }),
      title: Bilingual.optional().describe("what the rule checks, static text (every built-in rule has one)"),
      message: Bilingual,
      notes: z.string().optional().describe("how the rule reads its text, where the text leaves room (plain English)"),
      pack: z.string(),
      disabled: z.boolean(),
    }),
  ),
  clauses: z
    .record(z.string(), z.object({ title: Bilingual, source: Bilingual, setBy: z.string() }))
    .describe("what each clause ID stands for: its subject, the provision cited, and the pack or override that declared it"),
  params: z.record(z.string(), z.unknown()),
});

/**
 * An error's body. Registered with an id, so the OpenAPI document declares it once, as the component `Problem`, and
 * every error response refers to it: a generated client has one Problem class, not one per operation and status.
 */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int32().describe("the HTTP status code"),
    detail: z.string(),
    code: z.string(),
    message: Bilingual,
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.int32()])), message: z.string(), code: z.string().optional() })),
    details: z.record(z.string(), z.unknown()).optional(),
    instance: z.string().optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)" });

/**
 * Error responses as the service sends them: `application/problem+json`. A route's response schema in this form
 * (`content` by media type) is what @fastify/swagger puts in the OpenAPI document as it is.
 */
export function problemResponses(...statuses: number[]): Record<number, { description: string; content: { "application/problem+json": { schema: typeof ProblemSchema } } }> {
  const response = { description: "RFC 9457 problem details", content: { "application/problem+json": { schema: ProblemSchema } } } as const;
  return Object.fromEntries(statuses.map((s) => [s, response]));
}

/** The body of `POST /v1/check/batch`, by media type: JSON Lines, or a JSON array of records. */
export const BatchBodySchemas = {
  "application/x-ndjson": z.string().describe("JSON Lines (UTF-8): one record per line, each one a body POST /v1/check takes; blank lines are skipped"),
  "application/json": z.array(AnyRecordSchema).describe("the records as a JSON array"),
};

/** The last line of the batch's response, and the only one without `line`: complete, or stopped and why. */
export const BatchSummarySchema = z
  .object({
    complete: z.boolean().describe("true: every line of the body was answered; false: the batch was stopped (see stopped)"),
    records: z.int32().describe("result lines written above (checked + rejected)"),
    checked: z.int32().describe("records checked (a report each)"),
    ok: z.int32().describe("reports with ok: true"),
    withFindings: z.int32().describe("reports with at least one finding"),
    rejected: z.int32().describe("lines answered with a problem (not JSON, too long, not a record, refused by its schema)"),
    findings: z.object({ error: z.int32(), warning: z.int32(), info: z.int32() }).describe("findings by severity"),
    lastLine: z.int32().describe("the body's line number of the last line answered (0: none); blank lines are not answered"),
    resumeFromLine: z.int32().optional().describe("when stopped: send the body again from this line (lastLine + 1)"),
    stopped: ProblemSchema.optional().describe("when stopped: why (RFC 9457 problem: IDLE_TIMEOUT 408, TIMEOUT 408, UNAVAILABLE 503 at shutdown, INTERNAL 500)"),
    contentHash: z.string(),
    toolVersion: z.string(),
  })
  .meta({ id: "BatchSummary", description: "the batch's final line" });

/** A line of the batch's response with a record's report: the check report and the body's line number. */
const BatchReportLineSchema = z
  .object({ ...reportShape, ...AsOf, ...Meta, line: z.int32().describe("the body's line number of the record") })
  .meta({ id: "BatchReportLine", description: "the report of the record on a line of the batch (a CheckReport with the line number)" });

/** One line of the batch's response: a record's report, the problem of a line not checked, or the final line. */
export const BatchLineSchema = z
  .union([BatchReportLineSchema, z.object({ line: z.int32(), problem: ProblemSchema }), z.object({ summary: BatchSummarySchema })])
  .describe(
    "one line of the application/x-ndjson response: for each line of the request, in order, the report of the record on that line or its problem (both carry `line`); " +
      "then one final line `{ summary }`, the only line without `line`. An answer without the summary line was cut (the connection was lost).",
  );

/** The body of `POST /v1/risk`: JSON Lines of OCDS compiled releases. */
export const RiskBodySchema = z.string().describe("JSON Lines (UTF-8): one OCDS compiled release per line; a bad line is skipped and reported in summary.problems");

export const HealthSchema = z.object({ status: z.string(), contentHash: z.string(), toolVersion: z.string() });

// Score and rank bodies are envelopes (the library's paths start inside them): their routes parse the envelope first.
for (const schema of [
  ...Object.values(CHECK_SCHEMAS),
  ...Object.values(DRAW_ROUTES),
  ...Object.values(SCORE_ROUTES),
  RankBodySchema,
  AnyRecordSchema,
  VerifyBodySchema,
  AnnounceBodySchema,
  CheckQuerySchema,
  BatchQuerySchema,
  RiskQuerySchema,
  RiskBodySchema,
  ...Object.values(BatchBodySchemas),
]) {
  VALIDATED_IN_HANDLER.add(schema);
}
