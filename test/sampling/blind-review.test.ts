import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assignBlindReview } from "../../src/sampling/blind-review";
import { hashCanonical } from "../../src/model/canonical";
import { SALT, blindReviewRequest } from "./fixtures";

type Req = Record<string, any>;
const assign = (r: Req) => assignBlindReview(r as never);

describe("assignBlindReview (暗标错位, LC80-6.1)", () => {
  it("gives every bid one code and seals the code map: only its salted hash is public", () => {
    const { record, result } = assign(blindReviewRequest());
    expect(Object.keys(result.codeMap)).toEqual(["T01", "T02", "T03", "T04", "T05"]);
    expect(new Set(Object.values(result.codeMap)).size).toBe(5);
    expect(JSON.stringify(record)).not.toContain("BID-");
    expect(record.result).toEqual({ reviewerOrders: result.reviewerOrders, codeMapHash: result.codeMapHash });
    expect(result.codeMapHash).toBe(hashCanonical({ codeMap: result.codeMap, salt: SALT }));
  });
  it("balances positions as far as the numbers allow, with different orders within each block (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 20 }), fc.nat(), (bids, reviewers, k) => {
        const { result } = assign(blindReviewRequest({ drawId: `BR-${k}` }, bids, reviewers));
        const orders = Object.values(result.reviewerOrders);
        expect(orders).toHaveLength(reviewers);
        for (const o of orders) expect([...o].sort()).toEqual(Object.keys(result.codeMap));
        for (let pos = 0; pos < bids; pos++) {
          const counts = new Map<string, number>(Object.keys(result.codeMap).map((c) => [c, 0]));
          for (const o of orders) counts.set(o[pos]!, counts.get(o[pos]!)! + 1);
          const values = [...counts.values()];
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        }
        if (reviewers <= bids) expect(new Set(orders.map((o) => o.join())).size).toBe(reviewers);
      }),
      { seed: 41, numRuns: 150 },
    );
  });
  it("does not depend on the order of bids or reviewers", () => {
    const req = blindReviewRequest();
    const a = assign(req);
    const b = assign({ ...req, inputs: { bids: [...req.inputs.bids].reverse(), reviewers: [...req.inputs.reviewers].reverse() } });
    expect(b.record).toEqual(a.record);
    expect(b.result).toEqual(a.result);
  });
  it("refuses duplicate bids and a missing salt", () => {
    const req = blindReviewRequest();
    expect(() => assign({ ...req, inputs: { ...req.inputs, bids: [{ id: "x" }, { id: "x" }] } })).toThrow(/Duplicate ids in bids/);
    expect(() => assign({ ...req, salt: undefined })).toThrow(/salt/);
  });
});
