import { assertJsonInput } from "../model/guard";
/*
 * The rule-pack test case (`ggzy rules test`): a record, the day it is judged on, and the findings a rule author
 * expects — as OPA's `opa test` keeps policy tests beside the policy, in data a county can write without code.
 */
import * as z from "../model/zod";
import { IsoDateSchema } from "../model/common";
import { GgzyError, formatPath, toGgzyIssues } from "../model/error";
import { RECORD_KINDS } from "../rules/validators/dispatch";
import type { RecordKind } from "../rules/validators/dispatch";

/** A finding a case expects: the rule id, and optionally evidence values it must carry (path → value). */
export interface ExpectedFinding {
  readonly ruleId: string;
  readonly evidence?: Readonly<Record<string, unknown>>;
}

/**
 * One test case of a rule pack. `expect.findings` is the WHOLE list of findings the record should give (a rule that
 * fires twice, once per committee member, is listed twice); `[]` means the record is clean.
 */
export interface RuleCase {
  readonly name: string;
  /** The validator to run (`ggzy check --subject` names). */
  readonly kind: RecordKind;
  /** The day the record is judged on (`YYYY-MM-DD`): pending acts are late only once it is past their last day. */
  readonly asOf: string;
  readonly record: unknown;
  readonly expect: { readonly findings: ReadonlyArray<ExpectedFinding> };
  /** Where the case came from (a file name, with `#i` for the i-th case of a list). */
  readonly source: string;
}

const RULE_ID = /^[A-Za-z][A-Za-z0-9_.:-]{0,127}$/;

const ExpectedFindingSchema = z.union([
  z.string().check(z.regex(RULE_ID, "a rule id")),
  z.strictObject({ ruleId: z.string().check(z.regex(RULE_ID, "a rule id")), evidence: z.optional(z.record(z.string(), z.unknown())) }),
]);

/** The JSON form of a case (`expect.findings` items may be bare rule ids). */
export const RuleCaseSchema = z.strictObject({
  name: z.optional(z.string().check(z.minLength(1))),
  kind: z.enum(RECORD_KINDS),
  asOf: IsoDateSchema,
  record: z.record(z.string(), z.unknown()),
  expect: z.strictObject({ findings: z.array(ExpectedFindingSchema) }),
});

function badCase(source: string, path: ReadonlyArray<string | number>, message: string, issues: ReturnType<typeof toGgzyIssues> = []): GgzyError {
  const where = formatPath(path);
  return new GgzyError("INVALID_CASE", {
    zh: `${source} 不是有效的测试用例：${where}：${message}`,
    en: `${source} is not a valid test case: ${where}: ${message}`,
    issues: issues.length > 0 ? issues : [{ path: [...path], message }],
    details: { file: source, path: [...path] },
  });
}

/**
 * Reads the cases of one file: a case object, or an array of cases. Each is checked whole before any is returned.
 *
 * @throws GgzyError `INVALID_CASE` naming `source` and the path of the first bad field (`[2].asOf`).
 * @example
 * ```ts
 * const [c] = parseCases({ kind: "complaint", asOf: "2024-06-01", record, expect: { findings: ["COMPLAINT_FILED_IN_TIME"] } }, "late.json");
 * c?.expect.findings[0]?.ruleId; // "COMPLAINT_FILED_IN_TIME"
 * ```
 */
export function parseCases(value: unknown, source: string): RuleCase[] {
  if (typeof source !== "string") throw new GgzyError("INVALID_INPUT", { zh: "source 必须是字符串（文件名）", en: "source must be a string (a file name)" });
  assertJsonInput(value, source);
  const list = Array.isArray(value) ? value : [value];
  const single = !Array.isArray(value);
  if (list.length === 0) throw badCase(source, [], "an empty list holds no case");
  return list.map((item, i) => {
    const at: Array<string | number> = single ? [] : [i];
    const r = RuleCaseSchema.safeParse(item);
    if (!r.success) {
      const issues = toGgzyIssues(r.error.issues).map((x) => ({ ...x, path: [...at, ...x.path] }));
      const first = issues[0];
      throw badCase(source, first?.path ?? at, first?.message ?? "not a case", issues);
    }
    const c = r.data;
    return {
      name: c.name ?? (single ? source : `${source}#${i}`),
      kind: c.kind,
      asOf: c.asOf,
      record: c.record,
      expect: { findings: c.expect.findings.map((f) => (typeof f === "string" ? { ruleId: f } : f.evidence === undefined ? { ruleId: f.ruleId } : { ruleId: f.ruleId, evidence: f.evidence })) },
      source: single ? source : `${source}#${i}`,
    };
  });
}
