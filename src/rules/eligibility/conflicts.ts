import type { Expert } from "../../model/expert";
import type { PersonRef } from "../../model/common";
import { CLOSE_RELATIVES_CIVIL_CODE, RELATIVES_GP_ARTICLE_9 } from "../../model/parties";
import type { FamilyRelation } from "../../model/parties";
import { periodTouches, yearsBefore } from "../facts/dates";
import type { EligibilityContext } from "./context";

/** The kind of tie that makes an expert an interested party. */
export type ConflictKind = "employment" | "directorship" | "control" | "family";

/** One tie between an expert and a tenderer or bidder, with the facts that show it. */
export interface ConflictOfInterest {
  readonly kind: ConflictKind;
  readonly partyRole: "tenderer" | "bidder";
  readonly partyId: string;
  /** For `family`: the relative and the relation. */
  readonly relative?: string;
  readonly relation?: FamilyRelation;
}

/*
 * Relatives by regime: 政府采购法实施条例 art. 9(4) — spouse, lineal blood relatives, collateral blood relatives within
 * three generations, close in-laws (every relation the model knows); the tendering texts' 近亲属 — 民法典 art. 1045.
 */
const GP_RELATIVES: ReadonlySet<FamilyRelation> = new Set<FamilyRelation>(RELATIVES_GP_ARTICLE_9);
const TENDERING_RELATIVES: ReadonlySet<FamilyRelation> = new Set<FamilyRelation>(CLOSE_RELATIVES_CIVIL_CODE);

/** Same natural person: platform id first, then document number, then name (what the platform has). */
export function samePerson(a: PersonRef, b: PersonRef): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  if (a.idNumber !== undefined && b.idNumber !== undefined) return a.idNumber === b.idNumber;
  return a.name === b.name;
}

/** The expert facts the avoidance rule reads (a parsed `Expert`, or validated input with its defaults absent). */
export type ConflictFacts = Pick<Expert, "employer"> & Partial<Pick<Expert, "employments" | "directorships" | "shareholdings" | "familyTies">>;

/** The avoidance rule prepared for one context: the look-back window, the parties and the bidders' people, once. */
export interface ConflictCheck {
  /** True when the expert has at least one tie (`list(expert).length > 0`), without building the list. */
  has(expert: ConflictFacts): boolean;
  /** Every tie, as {@link conflictsOfInterest} lists them. */
  list(expert: ConflictFacts): ConflictOfInterest[];
}

const NONE: readonly never[] = [];

/**
 * Prepares the avoidance rule for one context: the window start (`asOf` minus the look-back) is computed and `asOf`
 * validated once, the tenderer and bidders go into a map, and the people behind each bidder (legal representative,
 * controlling shareholders) are collected once — so checking a pool of a million experts parses no date and builds
 * nothing per expert.
 *
 * @throws GgzyError `INVALID_DATE` when `ctx.asOf` is not a real date.
 * @example
 * ```ts
 * const check = prepareConflictCheck({ asOf: "2024-05-01", project, bidders: [{ id: "B1" }] });
 * pool.filter((e) => !check.has(e));
 * ```
 */
export function prepareConflictCheck(ctx: EligibilityContext): ConflictCheck {
  const asOf = ctx.asOf;
  const windowStart = yearsBefore(asOf, ctx.conflictLookbackYears ?? 3);
  const parties = new Map<string, "tenderer" | "bidder">();
  // GP art. 9 speaks of suppliers only: the purchaser's staff are barred by 87号令 art. 47 instead (another rule).
  if (ctx.asTendererRepresentative !== true && ctx.regime !== "governmentProcurement") parties.set(ctx.tenderer?.id ?? ctx.project.tendererId, "tenderer");
  const CLOSE_FAMILY = ctx.regime === "tendering" ? TENDERING_RELATIVES : GP_RELATIVES;
  for (const b of ctx.bidders) parties.set(b.id, "bidder");
  // The people behind each bidder whose close family bars an expert (实施条例 art. 46 reading of 近亲属).
  const bidderPeople = ctx.bidders.map((b) => {
    const people: PersonRef[] = [];
    if (b.legalRepresentative) people.push(b.legalRepresentative);
    for (const sh of b.shareholders ?? []) if (sh.controlling && sh.person) people.push(sh.person);
    return { id: b.id, people };
  });
  const anyBidderPeople = bidderPeople.some((b) => b.people.length > 0);

  const has = (expert: ConflictFacts): boolean => {
    if (parties.has(expert.employer.id)) return true;
    for (const e of expert.employments ?? NONE) if (parties.has(e.employerId) && periodTouches(e.from, e.to, windowStart, asOf)) return true;
    for (const d of expert.directorships ?? NONE) if (parties.has(d.companyId) && periodTouches(d.from, d.to, windowStart, asOf)) return true;
    for (const s of expert.shareholdings ?? NONE) {
      if (s.controlling && parties.has(s.companyId) && periodTouches(s.from, s.to, windowStart, asOf)) return true;
    }
    if (!anyBidderPeople) return false;
    for (const tie of expert.familyTies ?? NONE) {
      if (!CLOSE_FAMILY.has(tie.relation)) continue;
      for (const b of bidderPeople) for (const p of b.people) if (samePerson(p, tie.person)) return true;
    }
    return false;
  };

  const list = (expert: ConflictFacts): ConflictOfInterest[] => {
    const found = new Map<string, ConflictOfInterest>();
    const add = (c: ConflictOfInterest): void => {
      const key = `${c.partyId}\u0000${c.kind}\u0000${c.relative ?? ""}`;
      if (!found.has(key)) found.set(key, c);
    };
    const employerRole = parties.get(expert.employer.id);
    if (employerRole) add({ kind: "employment", partyRole: employerRole, partyId: expert.employer.id });
    for (const e of expert.employments ?? NONE) {
      const role = parties.get(e.employerId);
      if (role && periodTouches(e.from, e.to, windowStart, asOf)) add({ kind: "employment", partyRole: role, partyId: e.employerId });
    }
    for (const d of expert.directorships ?? NONE) {
      const role = parties.get(d.companyId);
      if (role && periodTouches(d.from, d.to, windowStart, asOf)) add({ kind: "directorship", partyRole: role, partyId: d.companyId });
    }
    for (const s of expert.shareholdings ?? NONE) {
      const role = parties.get(s.companyId);
      if (role && s.controlling && periodTouches(s.from, s.to, windowStart, asOf)) {
        add({ kind: "control", partyRole: role, partyId: s.companyId });
      }
    }
    for (const tie of expert.familyTies ?? NONE) {
      if (!CLOSE_FAMILY.has(tie.relation)) continue;
      for (const b of bidderPeople) {
        if (b.people.some((p) => samePerson(p, tie.person))) {
          add({ kind: "family", partyRole: "bidder", partyId: b.id, relative: tie.person.name, relation: tie.relation });
        }
      }
    }
    return [...found.values()].sort((a, b) =>
      a.partyId < b.partyId ? -1 : a.partyId > b.partyId ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : (a.relative ?? "") < (b.relative ?? "") ? -1 : 1,
    );
  };
  return { has, list };
}

/**
 * The expert's ties to the tenderer and the bidders that bar them from the committee: employment, directorship or
 * control within the look-back (3 years by default, 政府采购法实施条例 art. 9), close family of a bidder's legal
 * representative or controlling person, and the current employer being the tenderer or a bidder (实施条例 art. 46).
 * The result is sorted (party id, kind), so it does not depend on the order of the input arrays. To check many
 * experts against one context, use {@link prepareConflictCheck}.
 *
 * @example
 * ```ts
 * conflictsOfInterest(expert, { asOf: "2024-05-01", project, bidders: [{ id: "B1" }] });
 * // [{ kind: "employment", partyRole: "bidder", partyId: "B1" }]
 * ```
 */
export function conflictsOfInterest(expert: Expert, ctx: EligibilityContext): ConflictOfInterest[] {
  return prepareConflictCheck(ctx).list(expert);
}
