/**
 * The package root: the API most callers need (errors, canonical JSON, OCDS, working days, validators and rule packs, draws, scorers and risk). Each subpath exports its module's full surface.
 *
 * @packageDocumentation
 * @module ggzy-rules
 */
// The package root: the public API most callers need, named one by one (a new internal function does not become
// public by accident). Each module's subpath (ggzy-rules/model, /calendar, /rules, /sampling, /scoring) exports
// that module's full public surface: schemas, types and the less common functions.
export { GgzyError, GGZY_ERROR_CODES, MAX_INPUT_CONTAINERS, MAX_INPUT_DEPTH, MAX_STRING_LENGTH } from "./model/index";
export type { BilingualMessage, GgzyErrorCode, GgzyIssue } from "./model/index";
export { canonicalJson, hashCanonical } from "./model/index";
export { ocdsReleasesOf, parseOcdsJsonLines, readOcdsRelease, writeOcdsRelease } from "./model/index";
export type { OcdsMapping, OcdsReadOptions, OcdsWriteOptions } from "./model/index";

export { PRC_CALENDAR, addWorkingDays, createCalendar, describeDay, isRestDay, isWorkingDay, periodEnd, workingDaysBetween } from "./calendar/index";
export type { Calendar, CreateCalendarOptions, DayDescription, PeriodEnd, PeriodLength } from "./calendar/index";

export {
  RECORD_KINDS,
  createRuleSet,
  defaultRuleSet,
  detectRecordKind,
  evaluate,
  liaochengPack,
  loadRulePack,
  nationalPack,
  ruleSetWithPack,
  validateAgencySelection,
  validateAward,
  validateCommittee,
  validateComplaint,
  validateEvaluation,
  validateExpertAdmission,
  validateProject,
  validateRecord,
  validateSpotCheckQuarter,
  violations,
} from "./rules/index";
export type { Finding, PackOverride, RecordKind, Report, Rule, RulePack, RuleSet, ValidateOptions } from "./rules/index";

export { DRAW_PROTOCOL, assignBlindReview, commitSalt, drawCommittee, drawSocialSupervisors, drawSpotChecks, revealDraw, verifyDraw } from "./sampling/index";
export type { DrawOutcome, DrawRecord, VerifyResult } from "./sampling/index";

export {
  RiskAnalyzer,
  analyzeReleases,
  analyzeRiskLines,
  analyzeRiskStream,
  applyRatingSuspensions,
  defaultRiskSettings,
  expertRatingReport,
  parseRiskSettings,
  parseScorecard,
  rankAgencies,
  score,
  scoreAgencies,
  scoreAgency,
  scoreBidders,
  toCardinalOutput,
} from "./scoring/index";
export type { RiskResult, RiskSettings, ScoreResult, Scorecard } from "./scoring/index";
