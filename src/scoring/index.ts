/**
 * Scorecards, agency / expert / bidder credit, the agency merit ranking and the bid-rigging risk indicators.
 *
 * @packageDocumentation
 * @module ggzy-rules/scoring
 */
// The scoring module's public face: scorecards, the agency / expert / bidder scorers, the merit ranking and the
// risk indicators. Record builders and the statistics behind the risk signals stay in their files. Types are
// re-exported by name, never with `export type *`: that would also re-export a file's functions as types, which the
// API reference then documents although they do not exist at run time.
export * from "./reason";
export type { LaterRecords } from "./later-records";
export type { ScoreRecord, ScoreSubject } from "./scorecard/subject";
export type { BreakdownTime, ItemAt, ItemBreakdown, ItemPoints, ItemSummary, RecordContribution, ScoreDetail, ScoreResult } from "./scorecard/result";
export { BreakdownTimeSchema, ScoreDetailSchema } from "./scorecard/result";
export { SCORECARD_FORMAT, ScorecardItemSchema, GradeBandSchema, ScorecardSchema, parseScorecard } from "./scorecard/schema";
export type { GradeBand, Scorecard, ScorecardItem } from "./scorecard/schema";
export { ScoreRecordSchema, ScoreSubjectSchema } from "./scorecard/subject";
export { score } from "./scorecard/score";
export type { ScoreOptions } from "./scorecard/score";
export * from "./agency/agency-input";
export { DEFAULT_TRAINING_PERIOD_DAYS } from "./agency/agency-records";
export type { AgencyRecordOptions } from "./agency/agency-records";
export * from "./agency/default-scorecard";
export * from "./agency/score-agency";
export * from "./agency/score-agencies";
export { DEFAULT_BLACKLIST_WINDOW_DAYS, blacklistStatus, isBlacklisted } from "./agency/blacklist";
export type { BlacklistOptions, BlacklistStatus } from "./agency/blacklist";
export { rankAgencies } from "./ranking/rank-agencies";
export type { AgencyRanking, ExcludedAgency, RankAgenciesOptions, RankedAgency } from "./ranking/rank-agencies";
export * from "./expert/rating-policy";
export { scoreExpert } from "./expert/score-expert";
export type { ExpertEventScore, ExpertRatingOptions, ExpertRatingResult, PartyScore } from "./expert/score-expert";
export { applyRatingSuspensions, expertSuspension } from "./expert/suspension";
export type { ExpertSuspension } from "./expert/suspension";
export * from "./expert/summary";
export * from "./bidder/bidder-input";
export * from "./bidder/default-scorecard";
export { DEFAULT_PROPER_ABANDONMENT_REASONS, scoreBidder, scoreBidders } from "./bidder/score-bidders";
export type { ScoreBiddersOptions } from "./bidder/score-bidders";
export { PART_A_INDICATORS, PART_B_SIGNALS, defaultRiskSettings, parseRiskSettings } from "./risk/settings";
export type { PartAIndicator, PartASettings, PartBSettings, PartBSignal, PrepareSettings, RiskSettings, RiskSignalId } from "./risk/settings";
export { SIGNAL_INFO } from "./risk/hit";
export type { RiskHit, SignalFamily } from "./risk/hit";
export type { PartAResult, FlagTable } from "./risk/part-a";
export { findPricePattern } from "./risk/price-pattern";
export type { PricePattern, PricePatternOptions } from "./risk/price-pattern";
export * from "./risk/risk-scorecard";
export * from "./risk/analyzer";
export * from "./risk/cardinal";
export * from "./risk/evaluate";
export * from "./risk/template";
export * from "./risk/coverage";
export * from "./risk/prepare";
export * from "./risk/indicator-fields";
