/**
 * The `ggzy-draw/1` protocol: seeded, verifiable draws of committees, spot checks, social supervisors and blind-review orders, and their records.
 *
 * @packageDocumentation
 * @module ggzy-rules/sampling
 */
// The sampling module's public face: the four draws, their request schemas, verification, salts and seed material.
// The protocol's parts (key derivation, streams, Fisher–Yates, canonical order) stay in their files.
export { DRAW_PROTOCOL, DRAW_KINDS, SEALED_DRAW_KINDS } from "./protocol";
export type { DrawProtocol, DrawKind } from "./protocol";
export { SeedMaterialSchema, parseSeedMaterial, parseSeedMaterialText } from "./seed-material";
export type { SeedMaterial, SeedMaterialInput } from "./seed-material";
export { commitSalt, normaliseSalt, MIN_SALT_HEX_DIGITS } from "./salt";
export { DrawRecordSchema, revealDraw } from "./record";
export type { DrawOutcome, DrawRecord, DrawWarning, SeedSource } from "./record";
export { DrawEnvelopeSchema } from "./draw-session";
export type { DrawEnvelope } from "./draw-session";
export { SPOT_CHECK_RATE_MAX, SPOT_CHECK_RATE_MIN, spotCheckSize } from "./spot-check-size";
export { CommitteeInputsSchema, CommitteeParamsSchema, CommitteeRequestSchema, CommitteeStratumSchema, drawCommittee } from "./committee";
export type {
  CommitteeInputs,
  CommitteeParams,
  CommitteeRequest,
  CommitteeResult,
  CommitteeSeat,
  CommitteeShortfall,
  CommitteeStratumResult,
} from "./committee";
export { InspectorConflictSchema, SpotChecksInputsSchema, SpotChecksParamsSchema, SpotChecksRequestSchema, UNASSIGNED_STRATUM, drawSpotChecks } from "./spot-checks";
export type {
  InspectorExclusionReason,
  SpotCheck,
  SpotCheckStratum,
  SpotChecksInputs,
  SpotChecksParams,
  SpotChecksRequest,
  SpotChecksResult,
} from "./spot-checks";
export { SupervisorConflictSchema, SupervisorsInputsSchema, SupervisorsParamsSchema, SupervisorsRequestSchema, drawSocialSupervisors } from "./supervisors";
export type {
  SupervisorExclusionReason,
  SupervisorSeat,
  SupervisorsInputs,
  SupervisorsParams,
  SupervisorsRequest,
  SupervisorsResult,
} from "./supervisors";
export { BlindReviewInputsSchema, BlindReviewParamsSchema, BlindReviewRequestSchema, assignBlindReview } from "./blind-review";
export type { BlindReviewInputs, BlindReviewParams, BlindReviewPublicResult, BlindReviewRequest, BlindReviewResult } from "./blind-review";
export { draw } from "./draw";
export type { DrawResults } from "./draw";
export { verifyDraw } from "./verify";
export type { DrawDifference, VerifyResult } from "./verify";
