import * as z from "../../model/zod";
import { GgzyError, formatPath, toGgzyIssues } from "../../model/error";
import type { GgzyIssue } from "../../model/error";
import { gradeBandIssues } from "../scorecard/grade-bands";
import { GradeBandSchema } from "../scorecard/schema";

/** The format tag of an expert rating policy file. */
export const EXPERT_RATING_POLICY_FORMAT = "ggzy-expert-rating/1";

const BilingualSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const nonNegative = z.number().check(z.nonnegative({ message: "weight must not be negative" }));

/**
 * How per-event ratings (一事一评, LC80-4.2) become an expert's rolling score: the weight of each rated dimension
 * and of each rating party, the half-life of an event's weight, the grade bands over 0..100 and the suspension
 * thresholds that committee eligibility uses. Data, versioned, replaceable.
 */
export const ExpertRatingPolicySchema = z.strictObject({
    format: z.literal(EXPERT_RATING_POLICY_FORMAT),
    id: z.string().check(z.minLength(1)),
    version: z.number().check(z.int(), z.positive()),
    title: BilingualSchema,
    dimensions: z.array(z.strictObject({ id: z.string().check(z.minLength(1)), weight: nonNegative, label: BilingualSchema })).check(z.minLength(1)),
    parties: z.strictObject({ tenderer: nonNegative, agency: nonNegative, supervisor: nonNegative }),
    halfLifeDays: z.number().check(z.positive()),
    /** Events older than this many days no longer count. */
    windowDays: z.optional(z.number().check(z.int(), z.positive())),
    grades: z.array(GradeBandSchema).check(z.minLength(1)),
    suspension: z.strictObject({
        /** Suspended while the rolling score is below this… */
        threshold: z.number().check(z.gte(0), z.lte(100)),
        /** …once at least this many rated events count (one bad day does not decide a career). */
        minEvents: z.number().check(z.int(), z.positive()),
        /** A single event scored below this suspends at once… */
        severeEventBelow: z.number().check(z.gte(0), z.lte(100)),
        /** …for this many days after the event. */
        severeSuspensionDays: z.number().check(z.int(), z.positive()),
      }),
    rationale: z.optional(z.string()),
  });
/**
 * {@inheritDoc ExpertRatingPolicySchema}
 *
 * @interface
 */
export type ExpertRatingPolicy = z.output<typeof ExpertRatingPolicySchema>;

/**
 * Validates an expert rating policy (non-negative weights, at least one positive dimension and party weight,
 * unique dimensions, grade bands tiling 0..100) or throws `GgzyError("INVALID_SCORECARD")` with the paths.
 *
 * @example
 * ```ts
 * const policy = parseExpertRatingPolicy(JSON.parse(text));
 * ```
 */
export function parseExpertRatingPolicy(input: unknown): ExpertRatingPolicy {
  const r = ExpertRatingPolicySchema.safeParse(input);
  const issues: GgzyIssue[] = r.success ? [] : toGgzyIssues(r.error.issues);
  if (r.success) {
    const p = r.data;
    const seen = new Set<string>();
    p.dimensions.forEach((d, i) => {
      if (seen.has(d.id)) issues.push({ path: ["dimensions", i, "id"], message: `duplicate dimension ${JSON.stringify(d.id)}` });
      seen.add(d.id);
    });
    if (!p.dimensions.some((d) => d.weight > 0)) issues.push({ path: ["dimensions"], message: "at least one dimension needs a positive weight" });
    if (!(p.parties.tenderer > 0 || p.parties.agency > 0 || p.parties.supervisor > 0)) issues.push({ path: ["parties"], message: "at least one party needs a positive weight" });
    issues.push(...gradeBandIssues(p.grades, 0, 100));
  }
  if (issues.length > 0 || !r.success) {
    const first = issues[0];
    const where = first ? formatPath(first.path) : "(root)";
    throw new GgzyError("INVALID_SCORECARD", {
      zh: `专家评价规则无效：字段 ${where}：${first?.message ?? "格式错误"}`,
      en: `Invalid expert rating policy: field ${where}: ${first?.message ?? "malformed"}`,
      issues,
    });
  }
  return r.data;
}

/*
 * The default policy. The directive asks for per-event ratings and their publication but sets no method; every
 * number here is OUR ASSUMPTION, explained in docs/scorecards.md:
 * - dimensions: professional quality 40 %, fairness 30 %, discipline 20 %, punctuality 10 % (quality and fairness
 *   are what the evaluation is for; punctuality matters least);
 * - parties: tenderer 1, agency 1, supervisor 1.5 (the supervisor has no stake in the outcome);
 * - half-life 365 days, window 3 years;
 * - grades 优秀 A ≥ 90, 良好 B ≥ 75, 合格 C ≥ 60, 不合格 D < 60;
 * - suspension below 60 over ≥ 3 events, or at once for 180 days after an event below 40.
 */
const defaults = {
  format: EXPERT_RATING_POLICY_FORMAT,
  id: "expert-rating-default",
  version: 1,
  title: { zh: "评标专家一事一评（默认规则）", en: "Evaluation expert per-event rating (default policy)" },
  dimensions: [
    { id: "professionalQuality", weight: 0.4, label: { zh: "专业水平", en: "Professional quality" } },
    { id: "fairness", weight: 0.3, label: { zh: "公正性", en: "Fairness" } },
    { id: "discipline", weight: 0.2, label: { zh: "遵守纪律", en: "Discipline" } },
    { id: "punctuality", weight: 0.1, label: { zh: "守时", en: "Punctuality" } },
  ],
  parties: { tenderer: 1, agency: 1, supervisor: 1.5 },
  halfLifeDays: 365,
  windowDays: 1095,
  grades: [
    { grade: "A", from: 90, to: 100, label: { zh: "优秀", en: "Excellent" } },
    { grade: "B", from: 75, to: 90, label: { zh: "良好", en: "Good" } },
    { grade: "C", from: 60, to: 75, label: { zh: "合格", en: "Satisfactory" } },
    { grade: "D", from: 0, to: 60, label: { zh: "不合格", en: "Unsatisfactory" } },
  ],
  suspension: { threshold: 60, minEvents: 3, severeEventBelow: 40, severeSuspensionDays: 180 },
} satisfies ExpertRatingPolicy;

/**
 * The default expert rating policy (assumptions documented in `docs/scorecards.md`).
 *
 * @example
 * ```ts
 * defaultExpertRatingPolicy.suspension.threshold; // 60
 * ```
 */
export const defaultExpertRatingPolicy: ExpertRatingPolicy = Object.freeze(parseExpertRatingPolicy(defaults));
