import * as z from "../../model/zod";

/**
 * One dated fact about a subject, in the scorecard's terms: `kind` names the item that scores it, `quantity`
 * (default 1) multiplies the item's weight — e.g. the share 0..1 of disclosure parts that are complete.
 */
export const ScoreRecordSchema = z.strictObject({
    id: z.optional(z.string().check(z.minLength(1))),
    kind: z.string().check(z.minLength(1)),
    date: z.string().check(z.minLength(10)),
    quantity: z.optional(z.number().check(z.nonnegative())),
    note: z.optional(z.string()),
  });

/** What a scorecard scores: an identified subject and its records (order has no meaning). */
export const ScoreSubjectSchema = z.strictObject({
    id: z.string().check(z.minLength(1)),
    records: z.array(ScoreRecordSchema),
  });

/**
 * {@inheritDoc ScoreRecordSchema}
 *
 * @interface
 */
export type ScoreRecord = z.output<typeof ScoreRecordSchema>;
/**
 * {@inheritDoc ScoreSubjectSchema}
 *
 * @interface
 */
export type ScoreSubject = z.output<typeof ScoreSubjectSchema>;
