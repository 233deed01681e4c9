import * as z from "zod";

/**
 * One dated fact about a subject, in the scorecard's terms: `kind` names the item that scores it, `quantity`
 * (default 1) multiplies the item's weight — e.g. the share 0..1 of disclosure parts that are complete.
 */
export const ScoreRecordSchema = z
  .object({
    id: z.string().min(1).optional(),
    kind: z.string().min(1),
    date: z.string().min(10),
    quantity: z.number().finite().nonnegative().optional(),
    note: z.string().optional(),
  })
  .strict();

/** What a scorecard scores: an identified subject and its records (order has no meaning). */
export const ScoreSubjectSchema = z
  .object({
    id: z.string().min(1),
    records: z.array(ScoreRecordSchema),
  })
  .strict();

/**
 * {@inheritDoc ScoreRecordSchema}
 *
 * @interface
 */
export type ScoreRecord = z.infer<typeof ScoreRecordSchema>;
/**
 * {@inheritDoc ScoreSubjectSchema}
 *
 * @interface
 */
export type ScoreSubject = z.infer<typeof ScoreSubjectSchema>;
