import * as z from "../../model/zod";
import { GgzyError, parseWith } from "../../model/error";
import { EvaluationSchema } from "../../model/evaluation";
import type { Evaluation } from "../../model/evaluation";
import type { Expert } from "../../model/expert";
import { ExpertSchema } from "../../model/expert";
import { compareUtf8 } from "../../model/compare-utf8";
import { indexEvaluationsByExpert, parseEvaluations } from "./score-expert";
import type { ExpertRatingOptions } from "./score-expert";
import { suspensionOf } from "./suspension";

/** The publishable line per expert (LC80-4.2: results published on site, website and WeChat). */
export interface ExpertRatingSummary {
  readonly expertId: string;
  readonly name: string;
  readonly events: number;
  readonly unratedEvents: number;
  readonly score: number | null;
  readonly grade: string | null;
  readonly suspended: boolean;
}

const ExpertListSchema = z.array(ExpertSchema);

/**
 * The publishable summary of per-event ratings (一事一评, LC80-4.2): one line per expert — events, rolling score,
 * grade, whether suspended — ordered by expert id (UTF-8 bytes). Nothing else about the expert is disclosed.
 *
 * @example
 * ```ts
 * expertRatingSummaries(experts, evaluations, { asOf: "2026-06-30" });
 * // [{ expertId: "E1", name: "张三", events: 4, unratedEvents: 0, score: 88.1, grade: "B", suspended: false }, …]
 * ```
 */
export function expertRatingSummaries(
  experts: ReadonlyArray<z.input<typeof ExpertSchema>>,
  evaluations: ReadonlyArray<z.input<typeof EvaluationSchema>>,
  options: ExpertRatingOptions,
): ExpertRatingSummary[] {
  return summarise(parseWith(ExpertListSchema, experts, "Experts"), parseEvaluations(evaluations), options, [], []);
}

/** The file form of `ggzy score experts`: the experts and the evaluations that rated them. */
export const ExpertRatingDataSchema = z.object({
  experts: z.array(ExpertSchema),
  evaluations: z._default(z.array(EvaluationSchema), []),
});
/**
 * {@inheritDoc ExpertRatingDataSchema}
 *
 * @interface
 */
export type ExpertRatingDataInput = z.input<typeof ExpertRatingDataSchema>;

/**
 * `expertRatingSummaries` over one data object `{ experts, evaluations }`, with error paths from its root
 * (`evaluations[3].ratings[0].scores.charm`).
 *
 * @example
 * ```ts
 * expertRatingReport(JSON.parse(text), { asOf: "2026-06-30" });
 * ```
 */
export function expertRatingReport(data: ExpertRatingDataInput, options: ExpertRatingOptions): ExpertRatingSummary[] {
  const d = parseWith(ExpertRatingDataSchema, data, "Expert data");
  const evs = parseEvaluations(d.evaluations, ["evaluations"]); // refuses duplicate ids
  return summarise(d.experts, evs, options, ["experts"], ["evaluations"]);
}

function summarise(
  list: ReadonlyArray<Expert>,
  evs: ReadonlyArray<Evaluation>,
  options: ExpertRatingOptions,
  expertPath: ReadonlyArray<string | number>,
  evaluationPath: ReadonlyArray<string | number>,
): ExpertRatingSummary[] {
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (seen.has(e.id)) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `专家编号重复：${e.id}`,
        en: `Duplicate expert id ${e.id}`,
        issues: [{ path: [...expertPath, i, "id"], message: "duplicate expert id", code: "duplicate_id" }],
      });
    }
    seen.add(e.id);
  });
  const index = indexEvaluationsByExpert(evs);
  return list
    .map((e) => {
      const s = suspensionOf(e, evs, options, evaluationPath, index.get(e.id) ?? []);
      return { expertId: e.id, name: e.name, events: s.rating.events, unratedEvents: s.rating.unratedEvents, score: s.rating.score, grade: s.rating.grade, suspended: s.suspended };
    })
    .sort((a, b) => compareUtf8(a.expertId, b.expertId));
}
