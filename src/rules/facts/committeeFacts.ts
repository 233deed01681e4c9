import type { Expert } from "../../model/expert";
import type { CommitteeMember } from "../../model/evaluation";
import type { Bidder, Tenderer } from "../../model/parties";
import type { Project } from "../../model/project";
import { conflictsOfInterest } from "../eligibility/conflicts";
import type { ConflictOfInterest } from "../eligibility/conflicts";
import { sameLocality } from "./locality";
import type { RuleParams } from "./params";
import { listEn, listZh } from "./text";

/** Derived facts of a whole committee (subject `committee`). */
export interface CommitteeFacts {
  readonly size: number;
  readonly odd: boolean;
  /** Members with role `expert` (招标投标法 art. 37: technical and economic experts). */
  readonly expertCount: number;
  /** ⌈2/3 × size⌉: the fewest experts art. 37 allows. */
  readonly expertsRequired: number;
  /** Experts whose region is outside the project's city (first `localityPrefixDigits` digits differ). */
  readonly nonLocalCount: number;
  readonly nonLocalShare: number;
  /** ⌈minNonLocalShare × expertCount⌉. */
  readonly nonLocalRequired: number;
  readonly maxFromOneEmployer: number;
  /** The employer with the most experts (ties: smallest id), `name (id)`. */
  readonly topEmployer: string;
}

// Shares are compared after rounding away binary noise (0.2 × 5 = 1.0000000000000002 must give 1, not 2).
const ceilShare = (share: number, n: number): number => Math.ceil(Math.round(share * n * 1e9) / 1e9);

/**
 * The `committee` fact: size, parity, the experts' share (招标投标法 art. 37) and concentration (LC80-4.3).
 * Independent of the order of `members`.
 *
 * @example
 * ```ts
 * committeeFacts(project, members, expertsById, params).expertsRequired; // 4 for a committee of 5
 * ```
 */
export function committeeFacts(
  project: Pick<Project, "region">,
  members: readonly CommitteeMember[],
  expertsById: ReadonlyMap<string, Expert>,
  params: RuleParams,
): CommitteeFacts {
  const experts = members.filter((m) => m.role === "expert").map((m) => expertsById.get(m.expertId));
  const known = experts.filter((e): e is Expert => e !== undefined);
  const nonLocal = known.filter((e) => !sameLocality(e.region, project.region, params.localityPrefixDigits)).length;
  const byEmployer = new Map<string, { n: number; label: string }>();
  for (const e of known) {
    const cur = byEmployer.get(e.employer.id);
    byEmployer.set(e.employer.id, { n: (cur?.n ?? 0) + 1, label: e.employer.name ? `${e.employer.name} (${e.employer.id})` : e.employer.id });
  }
  let top: { id: string; n: number; label: string } | undefined;
  for (const [id, v] of byEmployer) {
    if (top === undefined || v.n > top.n || (v.n === top.n && id < top.id)) top = { id, n: v.n, label: v.label };
  }
  const size = members.length;
  const expertCount = experts.length;
  return {
    size,
    odd: size % 2 === 1,
    expertCount,
    expertsRequired: ceilShare(2 / 3, size),
    nonLocalCount: nonLocal,
    nonLocalShare: expertCount === 0 ? 0 : Math.round((nonLocal / expertCount) * 1e4) / 1e4,
    nonLocalRequired: ceilShare(params.minNonLocalShare, expertCount),
    maxFromOneEmployer: top?.n ?? 0,
    topEmployer: top?.label ?? "—",
  };
}

/** Derived facts of one committee member (subject `committeeMember`). */
export interface CommitteeMemberFacts {
  readonly expertId: string;
  readonly name: string;
  readonly role: string;
  readonly employerName: string;
  readonly employmentKind: string;
  /** Fees recorded (`feeYuan` plus payments of kind `fee`), 0 when none. */
  readonly feeYuan: number;
  /** Reimbursed actual costs (not remuneration). */
  readonly reimbursedYuan: number;
  readonly agencyId: string | undefined;
  /** Works for the procurement agency running this project (87号令 art. 47, 74号令 art. 7, 214号 art. 14). */
  readonly agencyStaff: boolean;
  /** Works for the purchaser / tenderer yet sits as an expert rather than as its representative. */
  readonly purchaserStaffAsExpert: boolean;
  readonly tendererId: string;
  readonly supervisingDepartmentId: string | undefined;
  /** Staff of the department that supervises this project (实施条例 art. 46). */
  readonly supervisesProject: boolean;
  readonly conflicts: readonly ConflictOfInterest[];
  readonly conflictCount: number;
  readonly conflictsZh: string;
  readonly conflictsEn: string;
}

const KIND_ZH = { directorship: "担任董事或高管" } as const;
const KIND_EN: Record<ConflictOfInterest["kind"], string> = { employment: "employment", directorship: "directorship", control: "control", family: "close family" };

/** Where a committee member is judged: the project, its tenderer and bidders, the day of the evaluation. */
export interface MemberContext {
  readonly project: Project;
  readonly tenderer?: Tenderer | undefined;
  readonly bidders: readonly Bidder[];
  /** Day the ties are judged on (the evaluation day). */
  readonly on: string;
  readonly params: RuleParams;
}

/**
 * The `member` fact: who the member is, the fee, and every tie to the tenderer or a bidder (via the eligibility
 * module's `conflictsOfInterest`, so the draw and the check agree), described for the message.
 *
 * @example
 * ```ts
 * committeeMemberFacts(member, expert, { project, bidders, on: "2024-05-10", params }).conflictCount; // 0
 * ```
 */
export function committeeMemberFacts(member: CommitteeMember, expert: Expert, ctx: MemberContext): CommitteeMemberFacts {
  const conflicts = conflictsOfInterest(expert, {
    asOf: ctx.on,
    project: ctx.project,
    tenderer: ctx.tenderer,
    bidders: ctx.bidders,
    conflictLookbackYears: ctx.params.conflictLookbackYears,
    asTendererRepresentative: member.role === "tendererRepresentative",
    regime: ctx.project.regime,
  });
  const payments = member.payments ?? [];
  const feeYuan = (member.feeYuan ?? 0) + payments.filter((p) => p.kind === "fee").reduce((n, p) => n + p.amountYuan, 0);
  const reimbursedYuan = payments.filter((p) => p.kind === "reimbursement").reduce((n, p) => n + p.amountYuan, 0);
  const names = new Map<string, string>();
  for (const b of ctx.bidders) names.set(b.id, b.name);
  if (ctx.tenderer) names.set(ctx.tenderer.id, ctx.tenderer.name);
  const party = (c: ConflictOfInterest): string => {
    const n = names.get(c.partyId);
    return n ? `${n} (${c.partyId})` : c.partyId;
  };
  const partyZh = (c: ConflictOfInterest): string => {
    const n = names.get(c.partyId);
    return `${c.partyRole === "tenderer" ? "招标人" : "投标人"}${n ? `${n}（${c.partyId}）` : c.partyId}`;
  };
  const zh = conflicts.map((c) =>
    c.kind === "employment"
      ? `在${partyZh(c)}任职（三年内）`
      : c.kind === "directorship"
        ? `在${partyZh(c)}${KIND_ZH.directorship}（三年内）`
        : c.kind === "control"
          ? `控股${partyZh(c)}（三年内）`
          : `与${partyZh(c)}的${c.relative ?? ""}有近亲属关系（${c.relation ?? ""}）`,
  );
  const en = conflicts.map((c) => `${KIND_EN[c.kind]} with ${c.partyRole} ${party(c)}${c.relative ? ` (${c.relative}, ${c.relation ?? ""})` : ""}`);
  return {
    expertId: expert.id,
    name: expert.name,
    role: member.role,
    employerName: expert.employer.name ?? expert.employer.id,
    employmentKind: expert.employmentKind,
    feeYuan,
    reimbursedYuan,
    agencyId: ctx.project.agencyId,
    agencyStaff: ctx.project.agencyId !== undefined && expert.employer.id === ctx.project.agencyId,
    purchaserStaffAsExpert: member.role === "expert" && expert.employer.id === (ctx.tenderer?.id ?? ctx.project.tendererId),
    tendererId: ctx.tenderer?.id ?? ctx.project.tendererId,
    supervisingDepartmentId: expert.supervisingDepartmentId,
    supervisesProject: expert.supervisingDepartmentId !== undefined && expert.supervisingDepartmentId === ctx.project.supervisingDepartmentId,
    conflicts,
    conflictCount: conflicts.length,
    conflictsZh: listZh(zh),
    conflictsEn: listEn(en),
  };
}
