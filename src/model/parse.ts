import type { Agency } from "./agency";
import { AgencySchema } from "./agency";
import type { AgencySelection } from "./agencySelection";
import { AgencySelectionSchema } from "./agencySelection";
import type { Award, Contract } from "./award";
import { AwardSchema, ContractSchema } from "./award";
import type { Bid } from "./bid";
import { BidSchema } from "./bid";
import type { Complaint } from "./complaint";
import { ComplaintSchema } from "./complaint";
import { parseWith } from "./error";
import type { Evaluation } from "./evaluation";
import { EvaluationSchema } from "./evaluation";
import type { Expert } from "./expert";
import { ExpertSchema } from "./expert";
import type { Bidder, Tenderer } from "./parties";
import { BidderSchema, TendererSchema } from "./parties";
import type { Abandonment, PlanCancellation } from "./performance";
import { AbandonmentSchema, PlanCancellationSchema } from "./performance";
import type { ContractingProcess } from "./process";
import { ContractingProcessSchema } from "./process";
import type { Project } from "./project";
import { ProjectSchema } from "./project";
import type { SpotCheckQuarter } from "./spotCheck";
import { SpotCheckQuarterSchema } from "./spotCheck";

/*
 * parseX(input): validate unknown input (parsed JSON) into a model value, applying defaults and stripping unknown
 * keys, or throw GgzyError("INVALID_INPUT") whose issues carry the path of each bad field.
 */

/**
 * Parses a project.
 *
 * @example
 * ```ts
 * const project = parseProject(JSON.parse(text)); // throws GgzyError("INVALID_INPUT") on bad input
 * ```
 */
export function parseProject(input: unknown): Project {
  return parseWith(ProjectSchema, input, "Project");
}

/**
 * Parses an expert.
 *
 * @example
 * ```ts
 * const expert = parseExpert({ id: "E1", name: "张三", region: "371502", employer: { id: "U1" }, employmentKind: "university" });
 * ```
 */
export function parseExpert(input: unknown): Expert {
  return parseWith(ExpertSchema, input, "Expert");
}

/**
 * Parses an agency.
 *
 * @example
 * ```ts
 * const agency = parseAgency({ id: "A1", name: "聊城某招标代理有限公司" });
 * ```
 */
export function parseAgency(input: unknown): Agency {
  return parseWith(AgencySchema, input, "Agency");
}

/**
 * Parses an agency selection.
 *
 * @example
 * ```ts
 * const selection = parseAgencySelection(json);
 * ```
 */
export function parseAgencySelection(input: unknown): AgencySelection {
  return parseWith(AgencySelectionSchema, input, "AgencySelection");
}

/**
 * Parses a bidder.
 *
 * @example
 * ```ts
 * const bidder = parseBidder({ id: "B1", name: "某建设集团有限公司" });
 * ```
 */
export function parseBidder(input: unknown): Bidder {
  return parseWith(BidderSchema, input, "Bidder");
}

/**
 * Parses a tenderer.
 *
 * @example
 * ```ts
 * const tenderer = parseTenderer({ id: "T1", name: "聊城市某局", soe: false });
 * ```
 */
export function parseTenderer(input: unknown): Tenderer {
  return parseWith(TendererSchema, input, "Tenderer");
}

/**
 * Parses a bid.
 *
 * @example
 * ```ts
 * const bid = parseBid({ id: "b1", projectId: "P1", bidderId: "B1", status: "valid", receivedAt: "2024-03-01T09:30" });
 * ```
 */
export function parseBid(input: unknown): Bid {
  return parseWith(BidSchema, input, "Bid");
}

/**
 * Parses an award.
 *
 * @example
 * ```ts
 * const award = parseAward({ id: "W1", projectId: "P1", bidderId: "B1", status: "active", noticeOn: "2024-03-10" });
 * ```
 */
export function parseAward(input: unknown): Award {
  return parseWith(AwardSchema, input, "Award");
}

/**
 * Parses a contract.
 *
 * @example
 * ```ts
 * const contract = parseContract({ id: "C1", projectId: "P1", awardId: "W1", signedOn: "2024-04-01" });
 * ```
 */
export function parseContract(input: unknown): Contract {
  return parseWith(ContractSchema, input, "Contract");
}

/**
 * Parses an evaluation.
 *
 * @example
 * ```ts
 * const evaluation = parseEvaluation(json);
 * ```
 */
export function parseEvaluation(input: unknown): Evaluation {
  return parseWith(EvaluationSchema, input, "Evaluation");
}

/**
 * Parses a plan cancellation.
 *
 * @example
 * ```ts
 * const c = parsePlanCancellation(json);
 * ```
 */
export function parsePlanCancellation(input: unknown): PlanCancellation {
  return parseWith(PlanCancellationSchema, input, "PlanCancellation");
}

/**
 * Parses an abandonment.
 *
 * @example
 * ```ts
 * const a = parseAbandonment(json);
 * ```
 */
export function parseAbandonment(input: unknown): Abandonment {
  return parseWith(AbandonmentSchema, input, "Abandonment");
}

/**
 * Parses a quarter's spot check.
 *
 * @example
 * ```ts
 * const q = parseSpotCheckQuarter({ id: "Q", quarter: "2024-Q1", totalProjects: 40, checkedProjectIds: ["P1", "P2"] });
 * ```
 */
export function parseSpotCheckQuarter(input: unknown): SpotCheckQuarter {
  return parseWith(SpotCheckQuarterSchema, input, "SpotCheckQuarter");
}

/**
 * Parses a complaint.
 *
 * @example
 * ```ts
 * const c = parseComplaint({ id: "K1", projectId: "P1", complainantId: "B2", knownOn: "2024-03-01", filedOn: "2024-03-05" });
 * ```
 */
export function parseComplaint(input: unknown): Complaint {
  return parseWith(ComplaintSchema, input, "Complaint");
}

/**
 * Parses a contracting process (project + bids + awards + contracts + parties).
 *
 * @example
 * ```ts
 * const process = parseContractingProcess(json);
 * ```
 */
export function parseContractingProcess(input: unknown): ContractingProcess {
  return parseWith(ContractingProcessSchema, input, "ContractingProcess");
}
