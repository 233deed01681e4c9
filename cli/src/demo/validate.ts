import type { Agency, Expert, Tenderer } from "ggzy-rules/model";
import { validateExpertAdmission, validateProject, validateSpotCheckQuarter } from "ggzy-rules/rules";
import type { Finding, Report } from "ggzy-rules/rules";
import type { ProjectBundle } from "./bundle";
import type { CityData } from "./load";

/*
 * Stage 1 of the demo: every record through the rules' validators (national + Liaocheng packs), as of the demo's
 * "today". The validators report by subject kind; the demo names the record each finding is about so the report
 * can link it and the self-check can compare it with the ground truth.
 */

/** A finding with the record it is about. */
export interface DemoFinding {
  readonly ruleId: string;
  readonly clause: string;
  readonly severity: Finding["severity"];
  readonly subject: string;
  /** Id of the record the finding is about (project, selection, evaluation, award, complaint, expert, spot check…). */
  readonly recordId: string;
  readonly projectId?: string;
  readonly message: Finding["message"];
  readonly basis: ReadonlyArray<string>;
  readonly evidence: Finding["evidence"];
  /** The rule's explanation tree: every condition with the fact value it saw (findings.json keeps it). */
  readonly explanation?: Finding["explanation"];
}

export interface ValidationResult {
  readonly rulesetVersion: string;
  /** Records put through a validator, by kind. */
  readonly checked: Readonly<Record<string, number>>;
  readonly findings: DemoFinding[];
  /** Rule ids evaluated at least once. */
  readonly evaluated: string[];
}

function evidenceId(f: Finding, key: string): string | undefined {
  const v = f.evidence[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** The id of the record a project-level finding is about. */
function recordOf(f: Finding, b: ProjectBundle): string {
  switch (f.subject) {
    case "project":
      return b.project.id;
    case "agencySelection":
      return evidenceId(f, "selection.id") ?? b.selection?.id ?? b.project.id;
    case "committee":
    case "committeeMember":
    case "evaluation":
      return evidenceId(f, "evaluation.id") ?? b.evaluations[0]?.id ?? b.project.id;
    case "award":
      return evidenceId(f, "award.id") ?? b.awards[0]?.id ?? b.project.id;
    case "cancellation":
      return evidenceId(f, "cancellation.id") ?? b.cancellations[0]?.id ?? b.project.id;
    case "abandonment":
      return evidenceId(f, "abandonment.id") ?? b.abandonments[0]?.id ?? b.project.id;
    case "complaint":
      return evidenceId(f, "complaint.id") ?? b.complaints[0]?.id ?? b.project.id;
    default:
      return b.project.id;
  }
}

function toDemo(f: Finding, recordId: string, projectId: string | undefined): DemoFinding {
  return {
    ruleId: f.ruleId,
    clause: f.clause,
    severity: f.severity,
    subject: f.subject,
    recordId,
    ...(projectId !== undefined ? { projectId } : {}),
    message: f.message,
    basis: f.basis,
    evidence: f.evidence,
    ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
  };
}

/** Lookups shared by the per-project validation. */
export interface ValidationContext {
  readonly tenderers: ReadonlyMap<string, Tenderer>;
  readonly bidders: ReadonlyMap<string, CityData["bidders"][number]>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly experts: ReadonlyMap<string, Expert>;
}

/**
 * Validates one project with everything that hangs off it (selection, committee, evaluation, awards, contracts,
 * cancellations, abandonments, complaints) in one `validateProject` call.
 *
 * @example
 * ```ts
 * const { findings } = validateBundle(bundle, ctx, "2025-12-22");
 * ```
 */
export function validateBundle(b: ProjectBundle, ctx: ValidationContext, asOf: string): { report: Report; findings: DemoFinding[] } {
  const p = b.project;
  const bidderIds = new Set(b.bids.map((x) => x.bidderId));
  for (const a of b.awards) bidderIds.add(a.bidderId);
  const expertIds = new Set<string>();
  for (const e of b.evaluations) for (const m of e.committee) expertIds.add(m.expertId);
  const agencyIds = new Set<string>();
  if (p.agencyId !== undefined) agencyIds.add(p.agencyId);
  if (b.selection) {
    agencyIds.add(b.selection.chosenAgencyId);
    for (const c of b.selection.candidates) agencyIds.add(c.agencyId);
  }
  const pick = <T>(map: ReadonlyMap<string, T>, ids: Iterable<string>): T[] => {
    const out: T[] = [];
    for (const id of [...ids].sort()) {
      const v = map.get(id);
      if (v !== undefined) out.push(v);
    }
    return out;
  };
  const tenderer = ctx.tenderers.get(p.tendererId);
  const agencies = pick(ctx.agencies, agencyIds);
  const report = validateProject(
    {
      project: p,
      bids: b.bids,
      awards: b.awards,
      contracts: b.contracts,
      parties: { tenderers: tenderer ? [tenderer] : [], bidders: pick(ctx.bidders, bidderIds), agencies, supervisingDepartments: [] },
      ...(b.selection !== undefined ? { agencySelection: b.selection } : {}),
      agencyCredit: agencies,
      evaluations: b.evaluations,
      experts: pick(ctx.experts, expertIds),
      cancellations: b.cancellations,
      abandonments: b.abandonments,
      complaints: b.complaints,
    },
    { asOf },
  );
  return { report, findings: report.findings.map((f) => toDemo(f, recordOf(f, b), p.id)) };
}

/**
 * Validates an expert's pool admission (LC80-4.1, 4.4).
 *
 * @example
 * ```ts
 * validateExpert(expert, "2025-12-22").findings.map((f) => f.ruleId); // e.g. ["EXPERT_ADMITTED"]
 * ```
 */
export function validateExpert(expert: Expert, asOf: string): { report: Report; findings: DemoFinding[] } {
  const report = validateExpertAdmission(expert, { asOf });
  return { report, findings: report.findings.map((f) => toDemo(f, expert.id, undefined)) };
}

/**
 * Validates one quarter's spot-check record (LC80-5.2).
 *
 * @example
 * ```ts
 * validateSpotCheck(record, "2025-12-22").findings[0]?.ruleId; // e.g. "SPOT_CHECK_RATE"
 * ```
 */
export function validateSpotCheck(record: CityData["spotChecks"][number], asOf: string): { report: Report; findings: DemoFinding[] } {
  const report = validateSpotCheckQuarter(record, { asOf });
  return { report, findings: report.findings.map((f) => toDemo(f, record.id, undefined)) };
}
