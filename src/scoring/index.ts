/**
 * Scorecards, agency / expert / bidder credit, the agency merit ranking and the bid-rigging risk indicators.
 *
 * @packageDocumentation
 * @module ggzy-rules/scoring
 */
// The scoring module's public face: scorecards, the agency / expert / bidder scorers, the merit ranking and the
// risk indicators. Record builders and the statistics behind the risk signals stay in their files.
export * from "./reason";
export type { LaterRecords } from "./later-records";
export type * from "./scorecard/subject";
export type * from "./scorecard/result";
export { ScoreDetailSchema } from "./scorecard/result";
export { SCORECARD_FORMAT, ScorecardItemSchema, GradeBandSchema, ScorecardSchema, parseScorecard } from "./scorecard/schema";
export type * from "./scorecard/schema";
export { ScoreRecordSchema, ScoreSubjectSchema } from "./scorecard/subject";
export { score } from "./scorecard/score";
export type * from "./scorecard/score";
export * from "./agency/agency-input";
export { DEFAULT_TRAINING_PERIOD_DAYS } from "./agency/agency-records";
export type * from "./agency/agency-records";
export * from "./agency/default-scorecard";
export * from "./agency/score-agency";
export * from "./agency/score-agencies";
export { DEFAULT_BLACKLIST_WINDOW_DAYS, blacklistStatus, isBlacklisted } from "./agency/blacklist";
export type * from "./agency/blacklist";
export { rankAgencies } from "./ranking/rank-agencies";
export type * from "./ranking/rank-agencies";
export * from "./expert/rating-policy";
export { scoreExpert } from "./expert/score-expert";
export type * from "./expert/score-expert";
export { applyRatingSuspensions } from "./expert/suspension";
export type * from "./expert/suspension";
export * from "./expert/summary";
export * from "./bidder/bidder-input";
export * from "./bidder/default-scorecard";
export { DEFAULT_PROPER_ABANDONMENT_REASONS, scoreBidder, scoreBidders } from "./bidder/score-bidders";
export type * from "./bidder/score-bidders";
export { PART_A_INDICATORS, PART_B_SIGNALS, defaultRiskSettings, parseRiskSettings } from "./risk/settings";
export type * from "./risk/settings";
export { SIGNAL_INFO } from "./risk/hit";
export type * from "./risk/hit";
export type { PartAResult, FlagTable } from "./risk/part-a";
export * from "./risk/risk-scorecard";
export * from "./risk/analyzer";
export * from "./risk/cardinal";
export * from "./risk/evaluate";
export * from "./risk/template";
export * from "./risk/coverage";
export * from "./risk/prepare";
export * from "./risk/indicator-fields";
