import * as z from "./zod";
import { AgencySchema } from "./agency";
import { AgencySelectionSchema } from "./agencySelection";
import { AwardSchema, ContractSchema } from "./award";
import { BidSchema } from "./bid";
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, QuarterSchema, RegionCodeSchema, YuanSchema } from "./common";
import { ComplaintSchema } from "./complaint";
import { GgzyError } from "./error";
import { previewOf } from "./guard";
import { EvaluationSchema } from "./evaluation";
import { ExpertSchema } from "./expert";
import {
  BidderSchema,
  InspectorSchema,
  SocialSupervisorSchema,
  SupervisingDepartmentSchema,
  TendererSchema,
} from "./parties";
import { AbandonmentSchema, PlanCancellationSchema } from "./performance";
import { OcdsBidExtensionSchema, OcdsPartyExtensionSchema, OcdsTenderExtensionSchema } from "./ocds";
import { ContractingProcessSchema } from "./process";
import { ProjectSchema } from "./project";
import { SpotCheckQuarterSchema } from "./spotCheck";

/**
 * Every named schema of the model, by the name `ggzy schema <Name>` accepts. Keys are the type names.
 */
export const schemas = {
  Abandonment: AbandonmentSchema,
  Agency: AgencySchema,
  AgencySelection: AgencySelectionSchema,
  Award: AwardSchema,
  Bid: BidSchema,
  Bidder: BidderSchema,
  Complaint: ComplaintSchema,
  Contract: ContractSchema,
  ContractingProcess: ContractingProcessSchema,
  Evaluation: EvaluationSchema,
  Expert: ExpertSchema,
  Id: IdSchema,
  Inspector: InspectorSchema,
  IsoDate: IsoDateSchema,
  IsoDateTime: IsoDateTimeSchema,
  OcdsBidExtension: OcdsBidExtensionSchema,
  OcdsPartyExtension: OcdsPartyExtensionSchema,
  OcdsTenderExtension: OcdsTenderExtensionSchema,
  PlanCancellation: PlanCancellationSchema,
  Project: ProjectSchema,
  Quarter: QuarterSchema,
  RegionCode: RegionCodeSchema,
  SocialSupervisor: SocialSupervisorSchema,
  SpotCheckQuarter: SpotCheckQuarterSchema,
  SupervisingDepartment: SupervisingDepartmentSchema,
  Tenderer: TendererSchema,
  Yuan: YuanSchema,
} as const;

/** A name of the registry. */
export type SchemaName = keyof typeof schemas;

/**
 * The registry's names, sorted.
 *
 * @example
 * ```ts
 * schemaNames().includes("Project"); // true
 * ```
 */
export function schemaNames(): string[] {
  return Object.keys(schemas).sort();
}

/**
 * True when `name` is a registry name (own keys only: `toString` is not a schema).
 *
 * @example
 * ```ts
 * isSchemaName("Project"); // true
 * ```
 */
export function isSchemaName(name: string): name is SchemaName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(schemas, name);
}

/**
 * The JSON Schema (draft 2020-12) of a registry schema, as input accepts it (`io: "input"`: fields with a default
 * are optional). Throws `GgzyError("UNKNOWN_SCHEMA")` listing the known names for an unknown one.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema("Project"); // { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", ... }
 * ```
 */
export function toJsonSchema(name: string): Record<string, unknown> {
  if (!isSchemaName(name)) {
    const known = schemaNames().join(", ");
    const shown = previewOf(name);
    throw new GgzyError("UNKNOWN_SCHEMA", {
      zh: `未知的数据结构“${shown}”。可用：${known}`,
      en: `Unknown schema '${shown}'. Known: ${known}`,
      details: { name: shown, known: schemaNames() },
    });
  }
  return z.toJSONSchema(schemas[name], { io: "input" }) as Record<string, unknown>;
}
