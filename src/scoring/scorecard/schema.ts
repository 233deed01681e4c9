import * as z from "../../model/zod";
import { GgzyError, formatPath, toGgzyIssues } from "../../model/error";
import type { GgzyIssue } from "../../model/error";
import { gradeBandIssues } from "./grade-bands";

/** The format tag of a scorecard file; a change of meaning gets a new tag, old files keep their meaning. */
export const SCORECARD_FORMAT = "ggzy-scorecard/1";

const BilingualSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/**
 * One scorecard item: every record of `kind` adds (`reward`) or takes away (`penalty`) `weight × quantity`
 * points, multiplied by `0.5^(age / halfLifeDays)` when a half-life is set, ignored once older than
 * `windowDays`, and the item's total is limited to `cap` points.
 */
export const ScorecardItemSchema = z.strictObject({
    id: z.string().check(z.minLength(1)),
    kind: z.string().check(z.minLength(1)),
    effect: z.enum(["reward", "penalty"]),
    weight: z.number().check(z.nonnegative({ message: "weight must not be negative (use effect: penalty)" })),
    cap: z.optional(z.number().check(z.nonnegative({ message: "cap must not be negative" }))),
    halfLifeDays: z.optional(z.number().check(z.positive())),
    windowDays: z.optional(z.number().check(z.int(), z.positive())),
    label: BilingualSchema,
    rationale: z.optional(z.string()),
  });

/** A grade band `[from, to)`; the band that ends at the scorecard's maximum includes it. */
export const GradeBandSchema = z.strictObject({
    grade: z.string().check(z.minLength(1)),
    from: z.number(),
    to: z.number(),
    label: z.optional(BilingualSchema),
    rationale: z.optional(z.string()),
  });

/** A scorecard: data, versioned, replaceable by a supervisor without touching code. */
export const ScorecardSchema = z.strictObject({
    format: z.literal(SCORECARD_FORMAT),
    id: z.string().check(z.minLength(1)),
    version: z.number().check(z.int(), z.positive()),
    title: BilingualSchema,
    bounds: z.strictObject({ min: z.number(), max: z.number() }),
    base: z.number(),
    items: z.array(ScorecardItemSchema),
    ignoredKinds: z.optional(z.array(z.string().check(z.minLength(1)))),
    grades: z.array(GradeBandSchema).check(z.minLength(1)),
    rationale: z.optional(z.string()),
  });

/**
 * {@inheritDoc ScorecardItemSchema}
 *
 * @interface
 */
export type ScorecardItem = z.output<typeof ScorecardItemSchema>;
/**
 * {@inheritDoc GradeBandSchema}
 *
 * @interface
 */
export type GradeBand = z.output<typeof GradeBandSchema>;
/**
 * {@inheritDoc ScorecardSchema}
 *
 * @interface
 */
export type Scorecard = z.output<typeof ScorecardSchema>;

// Scorecards that passed `parseScorecard` (deep-frozen, so they cannot change afterwards): `score` skips
// re-validating them, which matters when one scorecard scores 50 000 agencies.
const validated = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The semantic checks zod's shapes cannot express: bounds, unique ids and kinds, contiguous grade bands. */
function semanticIssues(card: Scorecard): GgzyIssue[] {
  const issues: GgzyIssue[] = [];
  const { min, max } = card.bounds;
  if (!(min < max)) issues.push({ path: ["bounds", "max"], message: "bounds.max must be greater than bounds.min" });
  if (card.base < min || card.base > max) issues.push({ path: ["base"], message: "base must lie within bounds" });

  const ids = new Map<string, number>();
  const kinds = new Map<string, number>();
  card.items.forEach((item, i) => {
    if (ids.has(item.id)) issues.push({ path: ["items", i, "id"], message: `duplicate item id ${JSON.stringify(item.id)}` });
    ids.set(item.id, i);
    if (kinds.has(item.kind)) {
      issues.push({ path: ["items", i, "kind"], message: `kind ${JSON.stringify(item.kind)} is already scored by items[${kinds.get(item.kind)}]` });
    }
    kinds.set(item.kind, i);
  });
  (card.ignoredKinds ?? []).forEach((kind, i) => {
    if (kinds.has(kind)) issues.push({ path: ["ignoredKinds", i], message: `kind ${JSON.stringify(kind)} is both scored and ignored` });
  });

  issues.push(...gradeBandIssues(card.grades, min, max));
  return issues;
}

/**
 * Validates a scorecard (shape, non-negative weights and caps, bounds, unique items, grade bands that tile
 * the score range without overlap or gap) and returns it deep-frozen. Throws `GgzyError("INVALID_SCORECARD")`
 * whose `issues` carry the path of every problem.
 *
 * @example
 * ```ts
 * const card = parseScorecard(JSON.parse(readFileSync("my-scorecard.json", "utf8")));
 * score(card, subject, { asOf: "2026-06-30" });
 * ```
 */
export function parseScorecard(input: unknown): Scorecard {
  if (input !== null && typeof input === "object" && validated.has(input)) return input as Scorecard;
  const shape = ScorecardSchema.safeParse(input);
  const issues = shape.success ? semanticIssues(shape.data) : toGgzyIssues(shape.error.issues);
  if (!shape.success || issues.length > 0) {
    const first = issues[0];
    const where = first ? formatPath(first.path) : "(root)";
    throw new GgzyError("INVALID_SCORECARD", {
      zh: `评分卡无效：字段 ${where}：${first?.message ?? "格式错误"}`,
      en: `Invalid scorecard: field ${where}: ${first?.message ?? "malformed"}`,
      issues,
    });
  }
  const card = deepFreeze(shape.data);
  validated.add(card);
  return card;
}
