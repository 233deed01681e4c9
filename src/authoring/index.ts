/**
 * Rule authoring: test cases and their runner with condition coverage, the facts reference, lint, the published
 * catalogue, pack keys and signatures, and loading (signed) pack files into a rule set.
 *
 * @packageDocumentation
 * @module ggzy-rules/authoring
 */
// Rule authoring's public face (ggzy-rules/authoring): what a rule author, a city publishing a pack, or a service
// loading packs from files uses — test cases and their runner with condition coverage, the facts reference, lint,
// the catalogue a supervisor publishes, pack keys and signatures, and loading (signed) pack files into a rule set.
// Apart from ggzy-rules/rules so that a browser that only validates records does not carry it (nor Ed25519).
// The coverage tracker and leaf walker stay in their files.
export type * from "./cases";
export { RuleCaseSchema, parseCases } from "./cases";
export type { ConditionCoverage, CoverageReport } from "./coverage";
export { meetsCoverage } from "./coverage";
export type * from "./run-cases";
export { runCases } from "./run-cases";
export type * from "./facts-catalogue";
export { COMMON_FACTS, FACTS_CATALOGUE, factsOfSubject } from "./facts-catalogue";
export type { LintCheck, LintFinding, LintReport } from "./lint";
export { LINT_CHECKS, lintPacks } from "./lint";
export { similarNames } from "./similar-names";
export type { CatalogueOptions } from "./doc";
export { renderCatalogue, renderFactsReference } from "./doc";
export * from "./signing";
export * from "./load-pack";
export { withBuiltinDocs } from "./docs/with-builtin-docs";
