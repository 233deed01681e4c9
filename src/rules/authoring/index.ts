// Rule authoring's public face: test cases and their runner with condition coverage, the facts reference, lint, the
// catalogue a supervisor publishes. The coverage tracker and leaf walker stay in their files.
export type * from "./cases";
export { RuleCaseSchema, parseCases } from "./cases";
export type { ConditionCoverage, CoverageReport } from "./coverage";
export { meetsCoverage } from "./coverage";
export type * from "./run-cases";
export { runCases } from "./run-cases";
export type * from "./facts-catalogue";
export { COMMON_FACTS, FACTS_CATALOGUE, factsOfSubject } from "./facts-catalogue";
export type * from "./lint";
export { LINT_CHECKS, lintPacks } from "./lint";
export type { CatalogueOptions } from "./doc";
export { renderCatalogue, renderFactsReference } from "./doc";
