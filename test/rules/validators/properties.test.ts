import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../../../src/calendar/date";
import { addWorkingDays, isWorkingDay } from "../../../src/calendar/working-days";
import { validateAgencySelection, validateAward, validateCommittee, validateComplaint, validateSpotCheckQuarter } from "../../../src/rules/index";
import { expertExclusions } from "../../../src/rules/eligibility/expertExclusions";
import type { CommitteeInput, ComplaintInput } from "../../../src/rules/index";
import { agency, expert, expertInput, ids, project, projectInput, selection } from "../fixtures";
import type { AgencyIn, ExpertIn } from "../fixtures";

const BIDDERS = [
  { id: "B1", name: "甲", legalRepresentative: { name: "孙甲" } },
  { id: "B2", name: "乙", legalRepresentative: { name: "周乙" } },
  { id: "B3", name: "丙", legalRepresentative: { name: "吴丙" } },
];

/** A random expert: region, employer, kind, and maybe a tie to a bidder. */
const arbitraryExpert = (i: number) =>
  fc
    .record({
      region: fc.constantFrom("371502", "371521", "370102", "370902"),
      employer: fc.constantFrom("ORG1", "ORG2", "ORG3", "ORG4", "ORG5", "ORG6", "ORG7"),
      kind: fc.constantFrom("private", "university", "civilServant", "industrySupervisor", "retired"),
      dept: fc.constantFrom(undefined, "DEP-ZJ", "DEP-SL"),
      tie: fc.constantFrom(undefined, "employment", "directorship", "control", "family"),
      bidder: fc.constantFrom("B1", "B2", "B3"),
      role: fc.constantFrom("expert", "expert", "expert", "tendererRepresentative"),
      fee: fc.constantFrom(undefined, 0, 600),
    })
    .map((r) => {
      const bidder = BIDDERS.find((b) => b.id === r.bidder);
      const ties: Partial<ExpertIn> = {};
      if (r.tie === "employment") ties.employments = [{ employerId: r.bidder, from: "2021-01-01" }];
      if (r.tie === "directorship") ties.directorships = [{ companyId: r.bidder, from: "2020-01-01", to: "2023-01-01" }];
      if (r.tie === "control") ties.shareholdings = [{ companyId: r.bidder, controlling: true }];
      if (r.tie === "family") ties.familyTies = [{ person: { name: bidder?.legalRepresentative.name ?? "" }, relation: "sibling" }];
      const e = expertInput({ id: `E${i}`, name: `专家${i}`, region: r.region, employer: { id: r.employer }, employmentKind: r.kind, ...(r.dept ? { supervisingDepartmentId: r.dept } : {}), ...ties });
      const member = { expertId: `E${i}`, role: r.role, ...(r.fee !== undefined ? { feeYuan: r.fee } : {}) };
      return { e, member };
    });

const arbitraryCommittee = fc.integer({ min: 3, max: 9 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryExpert(i + 1))));

const check = (members: CommitteeInput["committee"], list: CommitteeInput["experts"], bidders: NonNullable<CommitteeInput["bidders"]>) =>
  validateCommittee({ project: projectInput(), committee: members, experts: list, bidders, evaluationOn: "2024-05-10" });

describe("committee verdicts", () => {
  it("do not depend on the order of members, experts or bidders", () => {
    fc.assert(
      fc.property(arbitraryCommittee, fc.integer(), (rows, salt) => {
        const members = rows.map((r) => r.member);
        const list = rows.map((r) => r.e);
        const shuffle = <T>(xs: T[], k: number): T[] => xs.map((x, i) => ({ x, key: ((i + 1) * 2654435761 + k) % 4294967291 })).sort((a, b) => a.key - b.key).map((p) => p.x);
        const a = check(members, list, BIDDERS);
        const b = check(shuffle(members, salt), shuffle(list, salt + 1), shuffle(BIDDERS, salt + 2));
        expect(b).toEqual(a);
      }),
      { seed: 20260101, numRuns: 120 },
    );
  });

  it("always find a committee whose every member has an interest in a bidder", () => {
    fc.assert(
      fc.property(arbitraryCommittee, (rows) => {
        const list = rows.map((r) => ({ ...r.e, employments: [{ employerId: "B2", from: "2023-01-01" }] }));
        const r = check(rows.map((x) => ({ ...x.member, role: "expert" })), list, BIDDERS);
        expect(r.ok).toBe(false);
        expect(ids(r).filter((id) => id === "EXPERT_AVOIDS_CONFLICT_OF_INTEREST").length).toBe(rows.length);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it("agree with the eligibility predicate the committee draw uses", () => {
    fc.assert(
      fc.property(arbitraryCommittee, (rows) => {
        const r = check(rows.map((x) => ({ ...x.member, role: "expert" })), rows.map((x) => x.e), BIDDERS);
        const flagged = new Set(r.findings.filter((f) => f.ruleId === "EXPERT_AVOIDS_CONFLICT_OF_INTEREST").map((f) => f.evidence["member.expertId"]));
        for (const row of rows) {
          const reasons = expertExclusions(expert(row.e), { asOf: "2024-05-10", project: project(), bidders: BIDDERS });
          expect(flagged.has(row.e["id"]), String(row.e["id"])).toBe(reasons.includes("conflictOfInterest"));
        }
      }),
      { seed: 99, numRuns: 80 },
    );
  });
});

describe("deadline rules", () => {
  const days = fc.integer({ min: 0, max: 6 * 365 }).map((n) => addCalendarDays("2019-01-01", n));

  it("contract: late exactly when signed after the computed last day, which is a working day ≥ notice + 30", () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 45 }), (noticeOn, k) => {
        const signedOn = addCalendarDays(noticeOn, k);
        const r = validateAward({ project: projectInput(), award: { id: "A", projectId: "P", bidderId: "B", noticeOn, status: "active" }, contract: { id: "C", projectId: "P", awardId: "A", signedOn } });
        const probe = validateAward({ project: projectInput(), award: { id: "A", projectId: "P", bidderId: "B", noticeOn, status: "active" } }, { asOf: "2026-12-31" });
        const lastDay = probe.findings[0]?.evidence["contract.lastDay"] as string;
        expect(isWorkingDay(lastDay)).toBe(true);
        expect(lastDay >= addCalendarDays(noticeOn, 30)).toBe(true);
        expect(ids(r).includes("CONTRACT_SIGNED_IN_TIME")).toBe(signedOn > lastDay);
      }),
      { seed: 3, numRuns: 150 },
    );
  });

  it("complaint acceptance: due on the 3rd working day after receipt, late the next working day", () => {
    fc.assert(
      fc.property(days, (receivedOn) => {
        const due = addWorkingDays(receivedOn, 3);
        const c = (acceptedOn: string): ComplaintInput => ({
          id: "C",
          projectId: "P",
          complainantId: "B",
          regime: "tendering",
          knownOn: receivedOn,
          filedOn: receivedOn,
          stages: [{ stage: "received", on: receivedOn }, { stage: "accepted", on: acceptedOn }],
        });
        expect(ids(validateComplaint(c(due)))).not.toContain("COMPLAINT_ACCEPTANCE_IN_TIME");
        const late = validateComplaint(c(addWorkingDays(receivedOn, 4)));
        expect(ids(late)).toContain("COMPLAINT_ACCEPTANCE_IN_TIME");
        expect(late.findings.find((f) => f.ruleId === "COMPLAINT_ACCEPTANCE_IN_TIME")?.evidence["complaint.acceptanceLastDay"]).toBe(due);
      }),
      { seed: 11, numRuns: 150 },
    );
  });
});

describe("spot-check rate", () => {
  it("flags exactly the counts outside ⌈5%⌉ … max(⌈5%⌉, ⌊10%⌋) (integer oracle)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }).chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total }))), ([total, checked]) => {
        const min = Math.floor((total * 5 + 99) / 100);
        const max = Math.max(min, Math.floor((total * 10) / 100));
        const r = validateSpotCheckQuarter({
          id: "S",
          quarter: "2024-Q1",
          totalProjects: total,
          checkedProjectIds: Array.from({ length: checked }, (_, i) => `P${i}`),
          drawRecordRef: "d",
          publishedOn: "2024-04-10",
        });
        expect(ids(r).includes("SPOT_CHECK_RATE")).toBe(checked < min || checked > max);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe("agency selection verdicts", () => {
  it("do not depend on the order of the agencies considered", () => {
    const arbitraryAgency = (i: number) =>
      fc
        .record({
          field: fc.constantFrom("construction", "transport"),
          good: fc.integer({ min: 0, max: 3 }),
          bad: fc.integer({ min: 0, max: 3 }),
          blacklisted: fc.boolean(),
        })
        .map((r) =>
          agency({
            id: `A${i}`,
            name: `代理${i}`,
            professionalFields: [r.field],
            creditRecords: [
              ...Array.from({ length: r.good }, (_, k) => ({ date: `2023-0${k + 1}-10`, kind: "positive" as const, category: "表彰" })),
              ...Array.from({ length: r.bad }, (_, k) => ({ date: `2023-0${k + 5}-10`, kind: "negative" as const, category: "不良行为" })),
            ],
            blacklist: r.blacklisted ? [{ from: "2024-01-01", reason: "串通投标" }] : [],
          }),
        );
    fc.assert(
      fc.property(fc.tuple(arbitraryAgency(1), arbitraryAgency(2), arbitraryAgency(3), arbitraryAgency(4)), fc.integer({ min: 1, max: 4 }), (list, chosen) => {
        const input = (agencies: AgencyIn[]) => ({ selection: selection({ chosenAgencyId: `A${chosen}` }), project: projectInput(), agencies });
        const a = validateAgencySelection(input(list));
        const b = validateAgencySelection(input([...list].reverse()));
        expect(b).toEqual(a);
        expect(ids(a).includes("AGENCY_NOT_BLACKLISTED")).toBe((list[chosen - 1]?.blacklist ?? []).length > 0);
      }),
      { seed: 17, numRuns: 60 },
    );
  });
});
