import { GgzyError } from "../model/error";
import { previewOf } from "../model/guard";
import { assignBlindReview } from "./blind-review";
import type { BlindReviewResult } from "./blind-review";
import { drawCommittee } from "./committee";
import type { CommitteeResult } from "./committee";
import { DRAW_KINDS } from "./protocol";
import type { DrawKind } from "./protocol";
import type { DrawOutcome } from "./record";
import { drawSpotChecks } from "./spot-checks";
import type { SpotChecksResult } from "./spot-checks";
import { drawSocialSupervisors } from "./supervisors";
import type { SupervisorsResult } from "./supervisors";

/** The result of each draw kind. */
export interface DrawResults {
  committee: CommitteeResult;
  spotChecks: SpotChecksResult;
  supervisors: SupervisorsResult;
  blindReview: BlindReviewResult;
}

// Each draw validates its own request, so a request of unknown shape can be handed straight to it.
const DRAWS: { readonly [K in DrawKind]: (request: never) => DrawOutcome<DrawResults[K]> } = {
  committee: drawCommittee,
  spotChecks: drawSpotChecks,
  supervisors: drawSocialSupervisors,
  blindReview: assignBlindReview,
};

/**
 * Runs the draw of `kind` on a request that has not been typed yet (a parsed JSON body, a file): the same as calling
 * `drawCommittee`, `drawSpotChecks`, `drawSocialSupervisors` or `assignBlindReview`, which validate the request.
 * For a service or a CLI that is told the kind at run time; `verifyDraw` re-runs a record's draw through it.
 *
 * @throws GgzyError `INVALID_INPUT` for an unknown kind (the known ones in `details.known`) or a request that fails
 *   the kind's schema; `DRAW_UNSATISFIABLE` when the inputs cannot fill the draw.
 * @example
 * ```ts
 * const { record, result } = draw("supervisors", JSON.parse(requestText));
 * record.kind; // "supervisors"
 * ```
 */
export function draw<K extends DrawKind>(kind: K, request: unknown): DrawOutcome<DrawResults[K]> {
  if (typeof kind !== "string" || !Object.hasOwn(DRAWS, kind)) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `未知的抽取类型：${previewOf(kind)}`,
      en: `Unknown draw kind: ${previewOf(kind)}`,
      details: { kind: previewOf(kind), known: DRAW_KINDS },
    });
  }
  return (DRAWS[kind] as (request: unknown) => DrawOutcome<DrawResults[K]>)(request);
}
