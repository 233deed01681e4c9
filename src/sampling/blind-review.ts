import * as z from "../model/zod";
import { parseWith } from "../model/error";
import { hashCanonical } from "../model/canonical";
import { IdSchema } from "../model/common";
import { DrawEnvelopeSchema, closeDraw, openDraw } from "./draw-session";
import type { DrawOutcome } from "./record";
import { canonicalRawInputs, setOwn, sortedRecord, uniqueSortedById } from "./draw-inputs";
import type { RawObject } from "./draw-inputs";
import { shuffled } from "./select";
import { log2Arrangements } from "./entropy";

/** Parameters of a blind-review assignment (暗标错位评审, LC80-6.1). */
export const BlindReviewParamsSchema = z.object({
  /** Letters before the number of each anonymous code (`T07`). */
  codePrefix: z._default(z.string().check(z.regex(/^[A-Z]{1,4}$/)), "T"),
});
/**
 * {@inheritDoc BlindReviewParamsSchema}
 *
 * @interface
 */
export type BlindReviewParams = z.output<typeof BlindReviewParamsSchema>;

/** The technical bids to anonymise and the reviewers who will read them. */
export const BlindReviewInputsSchema = z.object({
  bids: z.array(z.object({ id: IdSchema, bidderId: z.optional(IdSchema) })).check(z.minLength(1)),
  reviewers: z.array(z.object({ id: IdSchema, name: z.optional(z.string().check(z.minLength(1))) })).check(z.minLength(1)),
});
/**
 * {@inheritDoc BlindReviewInputsSchema}
 *
 * @interface
 */
export type BlindReviewInputs = z.output<typeof BlindReviewInputsSchema>;

/** A blind-review assignment request (sealed: needs a salt). */
export const BlindReviewRequestSchema = z.extend(DrawEnvelopeSchema, { params: BlindReviewParamsSchema, inputs: BlindReviewInputsSchema });
/**
 * {@inheritDoc BlindReviewRequestSchema}
 *
 * @interface
 */
export type BlindReviewRequest = z.input<typeof BlindReviewRequestSchema>;

/** The full assignment: the sealed code → bid map, every reviewer's order of codes, and the map's salted hash. */
export interface BlindReviewResult {
  /** Anonymous code → bid id. SEALED until the evaluation is over. */
  readonly codeMap: Readonly<Record<string, string>>;
  /** Reviewer id → the codes in the order that reviewer reads them. */
  readonly reviewerOrders: Readonly<Record<string, readonly string[]>>;
  /** SHA-256 of JCS({ codeMap, salt }): published, so the map cannot be changed after the fact. */
  readonly codeMapHash: string;
}

/** What the public record shows of a blind review before it is unsealed. */
export interface BlindReviewPublicResult {
  readonly reviewerOrders: Readonly<Record<string, readonly string[]>>;
  readonly codeMapHash: string;
}

/**
 * Assigns anonymous codes to technical bids and a different reading order to each reviewer (暗标错位, LC80-6.1).
 *
 * Protocol: bids sorted by id are shuffled on stream `codes`; the i-th bid of that shuffle gets code
 * `<prefix><i+1>` (zero-padded to at least 2 digits). Reviewers sorted by id are shuffled on stream `reviewers`;
 * the reviewer at shuffled position r reads block b = ⌊r / m⌋'s base order (codes shuffled on stream
 * `base-order/<b>`) rotated left by r mod m (m = number of bids). Within each block of m reviewers this is a Latin
 * square: every code sits in every position exactly once, so positions are balanced as far as the numbers allow
 * (each code's count in each position differs by at most one) and orders within a block are all different.
 * The code map is sealed: the public record shows only the orders and the map's salted hash.
 *
 * @example
 * ```ts
 * const { record, result } = assignBlindReview({
 *   drawId: "LC-2024-0042-BR", createdAt: "2024-05-06T09:30:00+08:00", seedMaterial, salt,
 *   params: {}, inputs: { bids: [{ id: "BID-1" }, { id: "BID-2" }, { id: "BID-3" }], reviewers: [{ id: "E1" }, { id: "E2" }] },
 * });
 * result.reviewerOrders; // { E1: ["T02", "T03", "T01"], E2: ["T03", "T01", "T02"] } (for example)
 * ```
 */
export function assignBlindReview(request: BlindReviewRequest): DrawOutcome<BlindReviewResult> {
  const req = parseWith(BlindReviewRequestSchema, request, { zh: "暗标评审分配请求", en: "blind-review request" });
  const params = req.params;
  const inputs: BlindReviewInputs = {
    bids: uniqueSortedById(req.inputs.bids, "bids"),
    reviewers: uniqueSortedById(req.inputs.reviewers, "reviewers"),
  };
  const session = openDraw("blindReview", req, params, {
    fixed: canonicalRawInputs((request as { inputs: RawObject }).inputs, ["bids", "reviewers"], {}),
  });

  const m = inputs.bids.length;
  const width = Math.max(2, String(m).length);
  const code = (i: number): string => `${params.codePrefix}${String(i + 1).padStart(width, "0")}`;
  const codeMap: Record<string, string> = {};
  shuffled(inputs.bids, session.stream("codes")).forEach((bid, i) => {
    codeMap[code(i)] = bid.id;
  });
  const codes = Array.from({ length: m }, (_, i) => code(i));

  const orders: Record<string, string[]> = {};
  const baseOrders: string[][] = [];
  const reviewers = shuffled(inputs.reviewers, session.stream("reviewers"));
  reviewers.forEach((reviewer, r) => {
    const block = Math.floor(r / m);
    const base = (baseOrders[block] ??= shuffled(codes, session.stream(`base-order/${block}`)));
    const shift = r % m;
    setOwn(orders, reviewer.id, [...base.slice(shift), ...base.slice(0, shift)]);
  });
  const reviewerOrders = sortedRecord(orders);
  const blocks = Math.ceil(reviewers.length / m);
  const result: BlindReviewResult = { codeMap, reviewerOrders, codeMapHash: hashCanonical({ codeMap, salt: session.salt }) };
  return closeDraw(session, {
    params,
    result,
    publicResult: { reviewerOrders, codeMapHash: result.codeMapHash } satisfies BlindReviewPublicResult,
    exclusions: {},
    bitsNeeded: log2Arrangements(m, m) * (1 + blocks) + log2Arrangements(reviewers.length, reviewers.length),
  });
}
