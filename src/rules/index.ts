/**
 * The directive's obligations as declarative rules: the rule engine and format, rule packs, the catalogue, the validators and the rule-authoring tools.
 *
 * @packageDocumentation
 * @module ggzy-rules/rules
 */
// The rules module's public face: validators, the rule engine (format, packs, rule sets) and the built-in packs.
// Fact functions and eligibility helpers are the validators' and draws' insides: reachable from their files only.
export type * from "./engine/types";
export { RuleSchema, RulePackSchema, PackOverrideSchema, ConditionsSchema, MAX_CONDITION_DEPTH } from "./engine/schema";
export { compileRule } from "./engine/compile";
export type { CompiledRule } from "./engine/compile";
export { createRuleSet } from "./engine/ruleset";
export type { RuleSet, RuleSetClause, RuleSetEntry, RuleSetParam } from "./engine/ruleset";
export { loadRulePack, isRulePack } from "./engine/load";
export { evaluate, violations } from "./engine/evaluate";
export { VALUE_OPERATORS, REFERENCE_OPERATORS } from "./engine/operators";
export type { ValueOperator } from "./engine/operators";
export { WINDOW_OPERATORS } from "./engine/window-operators";
export type { WindowOperator, WindowValue } from "./engine/window-operators";
export { LC80_EFFECTIVE, NATIONAL_EFFECTIVE } from "./catalogue/basis";
export { agencyRules } from "./catalogue/agencies";
export { expertRules } from "./catalogue/experts";
export { performanceRules } from "./catalogue/performance";
export { processRules } from "./catalogue/process";
export { supervisionRules } from "./catalogue/supervision";
export { NATIONAL_CLAUSES, nationalRules } from "./catalogue/national";
export { nationalTimelineRules } from "./catalogue/nationalTimeline";
export * from "./packs/index";
export type { RuleParams } from "./facts/params";
export { ruleSetWithPack } from "./validators/options";
export type { ValidateOptions } from "./validators/options";
export * from "./validators/inputs";
export * from "./validators/validateExpertAdmission";
export * from "./validators/validateAgencySelection";
export { validateCommittee } from "./validators/validateCommittee";
export { validateEvaluation } from "./validators/validateEvaluation";
export { validateAward } from "./validators/validateAward";
export * from "./validators/validateSpotCheckQuarter";
export * from "./validators/validateComplaint";
export * from "./validators/validateProject";
export * from "./validators/dispatch";
