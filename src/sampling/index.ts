export { DRAW_PROTOCOL, DRAW_KINDS, SEALED_DRAW_KINDS } from "./protocol";
export type { DrawProtocol, DrawKind } from "./protocol";
export {
  SeedMaterialSchema,
  parseSeedMaterial,
  parseSeedMaterialText,
  seedMaterialBytes,
  seedMaterialEntropyBits,
} from "./seed-material";
export type { SeedMaterial, SeedMaterialInput } from "./seed-material";
export { commitSalt, normaliseSalt, saltBytes, MIN_SALT_HEX_DIGITS } from "./salt";
export { deriveStreamKey, openStream, streamFor, streamInfo } from "./stream";
export type { DrawStream, StreamContext } from "./stream";
export { fisherYatesWalk, selectOrdered, selectPositions, shuffled } from "./select";
export type { FisherYatesWalk } from "./select";
export { duplicateIds, sortById } from "./canonical-order";
export { log2Binomial, log2Arrangements } from "./entropy";
export { DrawRecordSchema, resultHashOf, revealDraw } from "./record";
export type { DrawOutcome, DrawRecord, DrawWarning, SeedSource } from "./record";
export { DrawEnvelopeSchema } from "./draw-session";
export type { DrawEnvelope } from "./draw-session";
export { SPOT_CHECK_RATE_MAX, SPOT_CHECK_RATE_MIN, checkSpotCheckRate, spotCheckSize } from "./spot-check-size";
export {
  CommitteeInputsSchema,
  CommitteeParamsSchema,
  CommitteeRequestSchema,
  CommitteeStratumSchema,
  canonicalCommitteeInputs,
  drawCommittee,
} from "./committee";
export type {
  CommitteeInputs,
  CommitteeParams,
  CommitteeRequest,
  CommitteeResult,
  CommitteeSeat,
  CommitteeShortfall,
  CommitteeStratumResult,
} from "./committee";
export {
  InspectorConflictSchema,
  SpotChecksInputsSchema,
  SpotChecksParamsSchema,
  SpotChecksRequestSchema,
  UNASSIGNED_STRATUM,
  drawSpotChecks,
  inspectorExclusions,
} from "./spot-checks";
export type {
  InspectorExclusionReason,
  SpotCheck,
  SpotCheckStratum,
  SpotChecksInputs,
  SpotChecksParams,
  SpotChecksRequest,
  SpotChecksResult,
} from "./spot-checks";
export {
  SupervisorConflictSchema,
  SupervisorsInputsSchema,
  SupervisorsParamsSchema,
  SupervisorsRequestSchema,
  drawSocialSupervisors,
  supervisorExclusions,
} from "./supervisors";
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
export { firstDifference, verifyDraw } from "./verify";
export type { DrawDifference, VerifyResult } from "./verify";
