import { describe, expect, it } from "vitest";
import { draw } from "../../src/sampling/draw";
import { drawCommittee } from "../../src/sampling/committee";
import { drawSpotChecks } from "../../src/sampling/spot-checks";
import { drawSocialSupervisors } from "../../src/sampling/supervisors";
import { assignBlindReview } from "../../src/sampling/blind-review";
import { DRAW_KINDS } from "../../src/sampling/protocol";
import type { DrawKind } from "../../src/sampling/protocol";
import type { DrawOutcome } from "../../src/sampling/record";
import { GgzyError } from "../../src/model/error";
import { blindReviewRequest, committeeRequest, spotChecksRequest, supervisorsRequest } from "./fixtures";
import type { Json } from "./fixtures";

const byKind: Record<DrawKind, { request: () => Json; direct: (r: Json) => DrawOutcome<unknown> }> = {
  committee: { request: () => committeeRequest(), direct: (r) => drawCommittee(r as never) },
  spotChecks: { request: () => spotChecksRequest(), direct: (r) => drawSpotChecks(r as never) },
  supervisors: { request: () => supervisorsRequest(), direct: (r) => drawSocialSupervisors(r as never) },
  blindReview: { request: () => blindReviewRequest(), direct: (r) => assignBlindReview(r as never) },
};

describe("draw(kind, request): the draw of a kind named at run time", () => {
  it.each(DRAW_KINDS)("%s: gives exactly what the kind's own function gives", (kind) => {
    const { request, direct } = byKind[kind];
    const outcome = draw(kind, request());
    expect(outcome.record.kind).toBe(kind);
    expect(outcome).toEqual(direct(request()));
  });

  it("refuses an unknown kind, naming the known ones", () => {
    for (const [i, kind] of (["lottery", "constructor", "__proto__", "", 3, null, Object.create(null), { toString: () => "committee" }] as unknown[]).entries()) {
      const error = (() => {
        try {
          draw(kind as DrawKind, committeeRequest());
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error, `kind #${i}`).toBeInstanceOf(GgzyError);
      expect((error as GgzyError).code).toBe("INVALID_INPUT");
      expect((error as GgzyError).details).toMatchObject({ known: DRAW_KINDS });
    }
  });

  it("hands a request of the wrong shape to the kind's own schema (the field is named)", () => {
    expect(() => draw("supervisors", { ...supervisorsRequest(), params: { count: 3 } })).toThrow(/params\.count/);
    expect(() => draw("committee", null)).toThrow(GgzyError);
  });
});
