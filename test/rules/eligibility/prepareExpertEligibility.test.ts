import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExpertSchema } from "../../../src/model/expert";
import type { Expert } from "../../../src/model/expert";
import {
  EXCLUSION_REASONS,
  conflictsOfInterest,
  expertExclusionDetails,
  expertExclusions,
  prepareConflictCheck,
  prepareExpertEligibility,
} from "../../../src/rules/eligibility/index";
import type { EligibilityContext, ExclusionReason } from "../../../src/rules/eligibility/index";
import { yearsBefore } from "../../../src/rules/facts/dates";
import { daysFromTo } from "../../../src/rules/facts/dates";
import { expertInput, project } from "../fixtures";

/*
 * The rules as first written, one expert at a time (dates parsed and sets built on every call): the oracle the
 * prepared predicate must agree with, reason for reason.
 */
// A draw without a regime bars what either regime would: GP art. 9(4) reaches every relation the model knows.
const CLOSE = new Set(["spouse", "parent", "child", "grandparent", "grandchild", "greatGrandparent", "greatGrandchild", "sibling", "uncleOrAunt", "nephewOrNiece", "cousin", "parentInLaw", "childInLaw", "siblingInLaw"]);
const touches = (from: string | undefined, to: string | undefined, start: string, asOf: string): boolean =>
  !(from !== undefined && from > asOf) && !(to !== undefined && to < start);
function referenceExclusions(e: Expert, ctx: EligibilityContext): ExclusionReason[] {
  const asOf = ctx.asOf;
  const out = new Set<ExclusionReason>();
  if (e.employmentKind === "industrySupervisor" || e.employmentKind === "tradingCentreStaff") out.add("official");
  if (e.supervisingDepartmentId !== undefined && e.supervisingDepartmentId === ctx.project.supervisingDepartmentId) out.add("supervisingDepartmentStaff");
  const admitted = e.pools.some((m) => (ctx.pool === undefined || m.pool === ctx.pool) && m.admission?.approved === true && m.admission.reviewedOn <= asOf);
  if (!admitted) out.add("notAdmitted");
  if (e.status === "suspended" && (e.suspendedUntil === undefined || e.suspendedUntil >= asOf)) out.add("suspended");
  if (e.status === "removed" && (e.removedOn === undefined || e.removedOn <= asOf)) out.add("removed");
  if (ctx.blacklistedExpertIds?.includes(e.id)) out.add("blacklisted");
  const start = yearsBefore(asOf, ctx.conflictLookbackYears ?? 3);
  const parties = new Set<string>(ctx.bidders.map((b) => b.id));
  if (ctx.asTendererRepresentative !== true) parties.add(ctx.tenderer?.id ?? ctx.project.tendererId);
  const people = ctx.bidders.flatMap((b) => [
    ...(b.legalRepresentative ? [b.legalRepresentative] : []),
    ...(b.shareholders ?? []).flatMap((s) => (s.controlling && s.person ? [s.person] : [])),
  ]);
  const same = (a: { id?: string | undefined; idNumber?: string | undefined; name: string }, b: typeof a): boolean =>
    a.id !== undefined && b.id !== undefined ? a.id === b.id : a.idNumber !== undefined && b.idNumber !== undefined ? a.idNumber === b.idNumber : a.name === b.name;
  if (
    parties.has(e.employer.id) ||
    e.employments.some((x) => parties.has(x.employerId) && touches(x.from, x.to, start, asOf)) ||
    e.directorships.some((x) => parties.has(x.companyId) && touches(x.from, x.to, start, asOf)) ||
    e.shareholdings.some((x) => x.controlling && parties.has(x.companyId) && touches(x.from, x.to, start, asOf)) ||
    e.familyTies.some((t) => CLOSE.has(t.relation) && people.some((p) => same(p, t.person)))
  ) {
    out.add("conflictOfInterest");
  }
  const last = ctx.lastDrawnOn !== undefined && Object.hasOwn(ctx.lastDrawnOn, e.id) ? ctx.lastDrawnOn[e.id] : undefined;
  if ((ctx.coolDownDays ?? 0) > 0 && last !== undefined) {
    const since = daysFromTo(last, asOf);
    if (since >= 0 && since < (ctx.coolDownDays ?? 0)) out.add("coolDown");
  }
  return EXCLUSION_REASONS.filter((r) => out.has(r));
}

const day = fc.constantFrom("2019-06-30", "2021-05-09", "2021-05-10", "2023-01-01", "2024-04-20", "2024-05-10", "2024-06-01");
const org = fc.constantFrom("T1", "B1", "B2", "ORG-X");
const person = fc.constantFrom({ id: "P-1", name: "张三" }, { name: "张三" }, { idNumber: "3715", name: "李四" }, { name: "王五" });
const expertArb = fc.record({
  id: fc.constantFrom("E1", "E2", "constructor"),
  employmentKind: fc.constantFrom("private", "industrySupervisor", "tradingCentreStaff", "civilServant"),
  supervisingDepartmentId: fc.option(fc.constantFrom("DEP-ZJ", "DEP-X"), { nil: undefined }),
  status: fc.constantFrom("active", "suspended", "removed"),
  suspendedUntil: fc.option(day, { nil: undefined }),
  removedOn: fc.option(day, { nil: undefined }),
  pools: fc.array(
    fc.record({
      pool: fc.constantFrom("construction", "transport"),
      admission: fc.option(fc.record({ reviewedBy: fc.constant("x"), reviewedOn: day, approved: fc.boolean() }), { nil: undefined }),
    }),
    { maxLength: 2 },
  ),
  employer: fc.record({ id: org }),
  employments: fc.array(fc.record({ employerId: org, from: day, to: fc.option(day, { nil: undefined }) }), { maxLength: 2 }),
  directorships: fc.array(fc.record({ companyId: org, from: day, to: fc.option(day, { nil: undefined }) }), { maxLength: 1 }),
  shareholdings: fc.array(fc.record({ companyId: org, controlling: fc.boolean(), from: fc.option(day, { nil: undefined }) }), { maxLength: 1 }),
  familyTies: fc.array(fc.record({ person, relation: fc.constantFrom("spouse", "sibling", "parentInLaw", "cousin") }), { maxLength: 2 }),
});
const ctxArb = fc.record({
  asOf: fc.constantFrom("2024-05-10", "2024-02-29"),
  tendererRep: fc.boolean(),
  blacklist: fc.subarray(["E1", "E2"]),
  coolDownDays: fc.constantFrom(0, 30),
  last: fc.option(day, { nil: undefined }),
  pool: fc.option(fc.constantFrom("construction" as const, "transport" as const), { nil: undefined }),
  lookback: fc.constantFrom(undefined, 0, 3),
  legalRep: fc.option(person, { nil: undefined }),
});

function build(raw: Record<string, unknown>, c: Record<string, any>) {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const expert = ExpertSchema.parse(expertInput(cleaned));
  const ctx: EligibilityContext = {
    asOf: c.asOf,
    project: project(),
    bidders: [{ id: "B1", ...(c.legalRep ? { legalRepresentative: c.legalRep } : {}) }, { id: "B2", shareholders: [{ person: { name: "王五" }, controlling: true }] }],
    asTendererRepresentative: c.tendererRep,
    blacklistedExpertIds: c.blacklist,
    coolDownDays: c.coolDownDays,
    lastDrawnOn: c.last === undefined ? {} : { E1: c.last, constructor: c.last },
    pool: c.pool,
    conflictLookbackYears: c.lookback,
  };
  return { expert, ctx, given: expertInput(cleaned) };
}

describe("prepareExpertEligibility (the draw's predicate, prepared once per draw)", () => {
  it("agrees reason for reason with the rules applied one expert at a time, details and conflicts included", () => {
    fc.assert(
      fc.property(expertArb, ctxArb, (raw, c) => {
        const { expert, ctx } = build(raw, c);
        const prepared = prepareExpertEligibility(ctx);
        const reasons = prepared.exclusions(expert);
        expect([...reasons]).toEqual(referenceExclusions(expert, ctx));
        expect(expertExclusions(expert, ctx)).toEqual([...reasons]);
        expect(prepared.details(expert).map((d) => d.reason)).toEqual([...reasons]);
        expect(expertExclusionDetails(expert, ctx)).toEqual(prepared.details(expert));
        const check = prepareConflictCheck(ctx);
        expect(check.has(expert)).toBe(conflictsOfInterest(expert, ctx).length > 0);
        expect(check.has(expert)).toBe(reasons.includes("conflictOfInterest"));
      }),
      { seed: 20240510, numRuns: 400 },
    );
  });

  it("judges an expert as given (defaults absent) exactly as the parsed one", () => {
    fc.assert(
      fc.property(expertArb, ctxArb, (raw, c) => {
        const { expert, ctx, given } = build(raw, c);
        const prepared = prepareExpertEligibility(ctx);
        expect(prepared.exclusions(given as never)).toEqual(prepared.exclusions(expert));
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("allocates nothing for an eligible expert: the same empty array every time", () => {
    const prepared = prepareExpertEligibility({ asOf: "2024-05-10", project: project(), bidders: [] });
    const a = prepared.exclusions(ExpertSchema.parse(expertInput()));
    expect(a).toEqual([]);
    expect(prepared.exclusions(ExpertSchema.parse(expertInput({ id: "E9" })))).toBe(a);
    expect(prepared.exclusions(ExpertSchema.parse(expertInput({ employmentKind: "industrySupervisor" })))).toEqual(["official"]);
  });

  it("reads only the expert's own last draw: an id such as 'constructor' has none by inheritance", () => {
    const ctx: EligibilityContext = { asOf: "2024-05-10", project: project(), bidders: [], coolDownDays: 30, lastDrawnOn: {} };
    expect(expertExclusions(ExpertSchema.parse(expertInput({ id: "constructor" })), ctx)).toEqual([]);
    const drawn = { ...ctx, lastDrawnOn: { constructor: "2024-05-01" } };
    expect(expertExclusions(ExpertSchema.parse(expertInput({ id: "constructor" })), drawn)).toEqual(["coolDown"]);
  });

  it("refuses a context whose asOf is not a real date, once, when prepared", () => {
    expect(() => prepareExpertEligibility({ asOf: "2023-02-29", project: project(), bidders: [] })).toThrow(/Invalid date/);
  });
});
