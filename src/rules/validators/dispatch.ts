import { GgzyError } from "../../model/error";
import { previewOf } from "../../model/guard";
import type { Report } from "../engine/types";
import type { ValidateOptions } from "./options";
import { validateAgencySelection } from "./validateAgencySelection";
import { validateAward } from "./validateAward";
import { validateCommittee } from "./validateCommittee";
import { validateComplaint } from "./validateComplaint";
import { validateEvaluation } from "./validateEvaluation";
import { validateExpertAdmission } from "./validateExpertAdmission";
import { validateProject } from "./validateProject";
import { validateSpotCheckQuarter } from "./validateSpotCheckQuarter";

/** The kinds of record the validators check, as `ggzy check --subject` names them. */
export const RECORD_KINDS = ["expert", "agencySelection", "committee", "evaluation", "award", "spotCheck", "complaint", "project"] as const;
/** One of {@link RECORD_KINDS}. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/*
 * The one place where untyped JSON meets the typed validators. Each validator parses its whole input at run time
 * (the types only help callers who have them), so handing it `unknown` here is safe: bad input still gets the
 * typed GgzyError with its path.
 */
type UntypedValidator = (input: unknown, options?: ValidateOptions) => Report;
const untyped = <I>(validate: (input: I, options?: ValidateOptions) => Report): UntypedValidator => validate as UntypedValidator;

const VALIDATORS: Record<RecordKind, UntypedValidator> = {
  expert: untyped(validateExpertAdmission),
  agencySelection: untyped(validateAgencySelection),
  committee: untyped(validateCommittee),
  evaluation: untyped(validateEvaluation),
  award: untyped(validateAward),
  spotCheck: untyped(validateSpotCheckQuarter),
  complaint: untyped(validateComplaint),
  project: untyped(validateProject),
};

/**
 * Guesses the kind of a record from its top-level keys (the validators' input shapes), or `undefined`.
 *
 * @example
 * ```ts
 * detectRecordKind({ quarter: "2024-Q1", totalProjects: 60 }); // "spotCheck"
 * ```
 */
export function detectRecordKind(record: unknown): RecordKind | undefined {
  if (record === null || typeof record !== "object" || Array.isArray(record)) return undefined;
  const has = (k: string): boolean => Object.hasOwn(record, k);
  if (has("selection") && has("agencies")) return "agencySelection";
  if (has("committee") && has("experts") && has("project")) return "committee";
  if (has("evaluation") && has("project")) return "evaluation";
  if (has("award") || has("cancellation") || has("abandonment")) return "award";
  if (has("quarter") && has("totalProjects")) return "spotCheck";
  if (has("knownOn") && has("filedOn")) return "complaint";
  if (has("employmentKind") && has("employer")) return "expert";
  if (has("project")) return "project";
  return undefined;
}

/**
 * Validates one record of the given kind (or of the kind {@link detectRecordKind} finds). This is the entry for
 * callers that hold untyped data — parsed JSON, a request body, a line of a file: it takes `unknown`, where
 * `validateAward` and the other validators take their typed input (`AwardInput`, …) and refuse a wrong literal at
 * compile time. Both check the record at run time the same way.
 *
 * @throws GgzyError `UNKNOWN_SUBJECT` when the kind is unknown or cannot be detected; the validator's errors otherwise.
 * @example
 * ```ts
 * validateRecord({ id: "C1", projectId: "P1", regime: "tendering", complainantId: "B2", knownOn: "2024-09-20", filedOn: "2024-09-27" })
 *   .subject; // "complaint"
 * validateRecord(JSON.parse(body), "award", { asOf: "2024-04-15" }); // a request body: unknown until checked
 * ```
 */
export function validateRecord(record: unknown, kind?: string, options: ValidateOptions = {}): Report {
  const k = kind === undefined ? detectRecordKind(record) : typeof kind === "string" ? kind : previewOf(kind);
  if (k === undefined || !(RECORD_KINDS as readonly string[]).includes(k)) {
    throw new GgzyError("UNKNOWN_SUBJECT", {
      zh: k === undefined ? `无法识别记录类型，请指定：${RECORD_KINDS.join("、")}` : `未知的记录类型 ${previewOf(k)}，可选：${RECORD_KINDS.join("、")}`,
      en: k === undefined ? `Cannot tell the kind of record; give one of: ${RECORD_KINDS.join(", ")}` : `Unknown record kind ${previewOf(k)}; one of: ${RECORD_KINDS.join(", ")}`,
      details: { kind: k ?? null, known: [...RECORD_KINDS] },
    });
  }
  return VALIDATORS[k as RecordKind](record, options);
}
