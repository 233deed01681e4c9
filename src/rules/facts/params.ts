import { GgzyError } from "../../model/error";
import type { RuleSet } from "../engine/ruleset";
import { liaochengPack } from "../packs/liaocheng";
import { nationalPack } from "../packs/national";

/** The pack parameters the derived facts read (names as in the packs; see `docs/readme/rules.md`). */
export interface RuleParams {
  readonly committeeMinMembers: number;
  readonly conflictLookbackYears: number;
  readonly contractDays: number;
  readonly candidatePublicationDeadlineDays: number;
  readonly candidatePublicationMinDays: number;
  readonly resultObjectionAnswerDays: number;
  readonly complaintFilingDays: number;
  readonly complaintAcceptanceWorkingDays: number;
  readonly complaintDecisionWorkingDays: number;
  readonly trainingPeriodDays: number;
  readonly minNonLocalShare: number;
  readonly localityPrefixDigits: number;
  readonly requiredRaters: readonly string[];
  readonly ratingsPublicationDays: number;
  readonly spotCheckMinRate: number;
  readonly spotCheckMaxRate: number;
  readonly spotCheckPublicationDays: number;
  readonly majorProjectBudgetYuan: number;
  readonly disclosureDays: number;
  readonly complaintPublicationDays: number;
  readonly bidPeriodMinDays: number;
  readonly documentsSaleMinDays: number;
  readonly gpDocumentsMinWorkingDays: number;
  readonly negotiationMinWorkingDays: number;
  readonly consultationMinDays: number;
  readonly clarificationMinDays: number;
  readonly negotiationClarificationMinWorkingDays: number;
  readonly consultationClarificationMinDays: number;
  readonly consultationDocumentsMinWorkingDays: number;
  readonly objectionMinDays: number;
  readonly objectionAnswerDays: number;
  readonly bidBondMaxShare: number;
  readonly bondReturnDays: number;
  readonly gpBondReturnWorkingDays: number;
  readonly gpReportDeliveryWorkingDays: number;
  readonly supervisorReportDays: number;
  readonly gpConfirmWorkingDays: number;
  readonly gpResultWorkingDays: number;
  readonly gpContractPublicationWorkingDays: number;
  readonly gpNoticeWorkingDays: number;
  readonly gpContractFilingWorkingDays: number;
  readonly gpChallengeWorkingDays: number;
  readonly gpChallengeAnswerWorkingDays: number;
  readonly gpComplaintWorkingDays: number;
  readonly gpComplaintReviewWorkingDays: number;
  readonly gpComplaintRefusalWorkingDays: number;
  readonly gpComplaintDecisionWorkingDays: number;
}

const NUMBER_PARAMS = [
  "committeeMinMembers",
  "conflictLookbackYears",
  "contractDays",
  "candidatePublicationDeadlineDays",
  "candidatePublicationMinDays",
  "resultObjectionAnswerDays",
  "complaintFilingDays",
  "complaintAcceptanceWorkingDays",
  "complaintDecisionWorkingDays",
  "trainingPeriodDays",
  "minNonLocalShare",
  "localityPrefixDigits",
  "ratingsPublicationDays",
  "spotCheckMinRate",
  "spotCheckMaxRate",
  "spotCheckPublicationDays",
  "majorProjectBudgetYuan",
  "disclosureDays",
  "complaintPublicationDays",
  "bidPeriodMinDays",
  "documentsSaleMinDays",
  "gpDocumentsMinWorkingDays",
  "negotiationMinWorkingDays",
  "consultationMinDays",
  "clarificationMinDays",
  "negotiationClarificationMinWorkingDays",
  "consultationClarificationMinDays",
  "consultationDocumentsMinWorkingDays",
  "objectionMinDays",
  "objectionAnswerDays",
  "bidBondMaxShare",
  "bondReturnDays",
  "gpBondReturnWorkingDays",
  "gpReportDeliveryWorkingDays",
  "supervisorReportDays",
  "gpConfirmWorkingDays",
  "gpResultWorkingDays",
  "gpContractPublicationWorkingDays",
  "gpNoticeWorkingDays",
  "gpContractFilingWorkingDays",
  "gpChallengeWorkingDays",
  "gpChallengeAnswerWorkingDays",
  "gpComplaintWorkingDays",
  "gpComplaintReviewWorkingDays",
  "gpComplaintRefusalWorkingDays",
  "gpComplaintDecisionWorkingDays",
] as const satisfies ReadonlyArray<keyof RuleParams>;

function builtInValue(name: string): unknown {
  const all: Record<string, { value: unknown }> = { ...nationalPack.params, ...liaochengPack.params };
  return all[name]?.value;
}

function badParam(name: string, value: unknown, want: { zh: string; en: string }): GgzyError {
  return new GgzyError("INVALID_RULE", {
    zh: `规则包参数 ${name} 无效：${JSON.stringify(value)}（须为${want.zh}）`,
    en: `Rule pack parameter ${name} is invalid: ${JSON.stringify(value)} (expected ${want.en})`,
    issues: [{ path: ["params", name], message: `expected ${want.en}` }],
    details: { param: name, value },
  });
}

/**
 * The parameters a rule set carries, falling back to the built-in defaults for any the set does not define (a
 * user's own pack may omit them). Derived facts compute deadlines and quotas from these values, so a county's
 * override of, say, `contractDays` moves the computed last day too. The result is frozen, and the same object for the
 * same rule set (a rule set never changes).
 *
 * @throws GgzyError `INVALID_RULE` when a parameter has the wrong type.
 * @example
 * ```ts
 * ruleParams(defaultRuleSet()).contractDays; // 30
 * ```
 */
export function ruleParams(ruleSet: RuleSet): RuleParams {
  // A rule set (frozen by createRuleSet) never changes, so its parameters are read and checked once; every validator
  // call asks for them.
  let params = paramsOf.get(ruleSet);
  if (params === undefined) {
    params = Object.freeze(readParams(ruleSet));
    if (Object.isFrozen(ruleSet)) paramsOf.set(ruleSet, params);
  }
  return params;
}

const paramsOf = new WeakMap<RuleSet, RuleParams>();

function readParams(ruleSet: RuleSet): RuleParams {
  const read = (name: string): unknown => (Object.hasOwn(ruleSet.params, name) ? ruleSet.params[name]?.value : builtInValue(name));
  const out: Record<string, unknown> = {};
  for (const name of NUMBER_PARAMS) {
    const v = read(name);
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw badParam(name, v, { zh: "非负有限数", en: "a finite non-negative number" });
    out[name] = v;
  }
  for (const name of ["contractDays", "candidatePublicationDeadlineDays", "complaintFilingDays", "complaintAcceptanceWorkingDays", "complaintDecisionWorkingDays", "ratingsPublicationDays", "spotCheckPublicationDays", "disclosureDays", "complaintPublicationDays", "trainingPeriodDays"]) {
    const v = out[name] as number;
    if (!Number.isInteger(v) || v < 1) throw badParam(name, v, { zh: "正整数（天数）", en: "a positive whole number of days" });
  }
  const raters = read("requiredRaters");
  if (!Array.isArray(raters) || !raters.every((r) => typeof r === "string")) throw badParam("requiredRaters", raters, { zh: "字符串数组", en: "an array of strings" });
  out["requiredRaters"] = Object.freeze([...raters]);
  return out as unknown as RuleParams;
}
