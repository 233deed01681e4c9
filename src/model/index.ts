/**
 * Zod schemas and types of the domain (experts, agencies, projects, bids, evaluations, complaints…), parsers, `GgzyError`, canonical JSON and SHA-256, OCDS mapping.
 *
 * @packageDocumentation
 * @module ggzy-rules/model
 */
// The model's public face: schemas and types of the domain, parsers, errors, canonical JSON and hashing, OCDS.
// Helpers the library uses inside (zod-issue conversion, UTF-8 order, OCDS field mapping) stay in their files.
export { GgzyError, GGZY_ERROR_CODES, firstIssueZh, formatPath, isGgzyError, parseWith, toGgzyIssues } from "./error";
export type { BilingualMessage, GgzyErrorCode, GgzyErrorInit, GgzyIssue } from "./error";
export { MAX_INPUT_CONTAINERS, MAX_INPUT_DEPTH, MAX_STRING_LENGTH } from "./guard";
export { canonicalJson, hashCanonical, sha256Hex } from "./canonical";
export { VALUE_ZH, valueZh } from "./value-zh";
export * from "./common";
export * from "./credit";
export * from "./parties";
export * from "./expert";
export * from "./agency";
export * from "./agencySelection";
export * from "./project";
export * from "./bid";
export * from "./award";
export * from "./evaluation";
export * from "./performance";
export * from "./spotCheck";
export * from "./complaint";
export * from "./process";
export * from "./parse";
export { schemaNames, toJsonSchema } from "./registry";
export type { SchemaName } from "./registry";
export { OCDS_EXTENSION_KEY, OcdsBidExtensionSchema, OcdsPartyExtensionSchema, OcdsTenderExtensionSchema } from "./ocds";
export type { Json, JsonObject, OcdsBidExtension, OcdsPartyExtension, OcdsProcurementMethod, OcdsReadOptions, OcdsTenderExtension, OcdsWriteOptions } from "./ocds";
export * from "./ocdsRead";
export * from "./ocdsWrite";
export * from "./ocdsPackage";
