/*
 * The benchmark's rule pack: 8 rules in the directive's spirit over one 20-field `project` fact, using the
 * operators every compared engine has (json-rules-engine built-ins with their JSON Logic equivalents).
 */
import type { Rule, RulePack } from "../../src/rules/engine/index";

function r(id: string, conditions: Rule["conditions"], zh: string, en: string, evidence: string[], params: string[] = []): Rule {
  return {
    id,
    version: 1,
    clause: "BENCH",
    basis: ["benchmark"],
    severity: "error",
    subject: "project",
    effective: { from: "2018-09-26" },
    message: { zh, en },
    conditions,
    evidence,
    ...(params.length > 0 ? { params } : {}),
  };
}

const p = (path: string) => ({ fact: "project", path });
const param = (path: string) => ({ fact: "params", path });

export const BENCH_RULES: Rule[] = [
  r("COMMITTEE_TOO_SMALL", { all: [{ ...p("committeeSize"), operator: "lessThan", value: param("minMembers") }] },
    "{project.name} 评标委员会 {project.committeeSize} 人，少于 {params.minMembers} 人", "{project.name}: committee of {project.committeeSize}, fewer than {params.minMembers}",
    ["project.committeeSize"], ["minMembers"]),
  r("COMMITTEE_EVEN", { all: [{ ...p("committeeParity"), operator: "equal", value: "even" }] },
    "{project.name} 评标委员会人数为偶数", "{project.name}: committee size is even", ["project.committeeSize"]),
  r("EXPERT_SHARE", { all: [{ ...p("techShare"), operator: "lessThan", value: param("minTechShare") }] },
    "{project.name} 技术经济专家占比 {project.techShare} 不足", "{project.name}: expert share {project.techShare} too low", ["project.techShare"], ["minTechShare"]),
  r("GOV_LARGE_COMMITTEE", {
    all: [
      { ...p("category"), operator: "equal", value: "governmentProcurement" },
      { ...p("budgetYuan"), operator: "greaterThanInclusive", value: param("largeBudgetYuan") },
      { ...p("committeeSize"), operator: "lessThan", value: 7 },
    ],
  }, "{project.name} 预算 {project.budgetYuan} 元，评审委员会应不少于 7 人", "{project.name}: budget {project.budgetYuan}, committee needs 7 or more",
    ["project.budgetYuan", "project.committeeSize"], ["largeBudgetYuan"]),
  r("SOCIAL_SUPERVISION", {
    all: [
      { any: [
        { ...p("budgetYuan"), operator: "greaterThanInclusive", value: param("majorBudgetYuan") },
        { ...p("publicService"), operator: "equal", value: true },
      ] },
      { ...p("socialSupervisors"), operator: "lessThan", value: 1 },
    ],
  }, "{project.name} 为重大项目，未抽取社会监督员", "{project.name}: major project without a social supervisor",
    ["project.budgetYuan", "project.publicService", "project.socialSupervisors"], ["majorBudgetYuan"]),
  r("CONCENTRATED", {
    any: [
      { ...p("nonLocalShare"), operator: "lessThan", value: param("minNonLocalShare") },
      { ...p("maxPerEmployer"), operator: "greaterThan", value: param("maxPerEmployer") },
    ],
  }, "{project.name} 评标专家过于集中", "{project.name}: experts too concentrated", ["project.nonLocalShare", "project.maxPerEmployer"],
    ["minNonLocalShare", "maxPerEmployer"]),
  r("AGENCY_BLACKLISTED", { all: [{ ...p("agencyStatus"), operator: "in", value: ["blacklisted", "suspended"] }] },
    "{project.name} 代理机构 {project.agencyId} 已列入黑名单", "{project.name}: agency {project.agencyId} is blacklisted", ["project.agencyId", "project.agencyStatus"]),
  r("NOT_ELECTRONIC", {
    all: [
      { not: { ...p("channel"), operator: "equal", value: "electronic" } },
      { not: { ...p("tags"), operator: "contains", value: "classified" } },
    ],
  }, "{project.name} 未全流程电子化", "{project.name}: not fully electronic", ["project.channel", "project.tags"]),
];

export const BENCH_PARAMS = {
  minMembers: 5,
  minTechShare: 0.6667,
  largeBudgetYuan: 10_000_000,
  majorBudgetYuan: 50_000_000,
  minNonLocalShare: 0.2,
  maxPerEmployer: 2,
};

export const BENCH_PACK: RulePack = {
  name: "bench",
  version: "1.0.0",
  params: Object.fromEntries(Object.entries(BENCH_PARAMS).map(([k, v]) => [k, { value: v, description: { zh: k, en: k } }])),
  rules: BENCH_RULES,
};

/** Deterministic records (a small LCG; benchmarks need no cryptographic randomness). */
export function benchRecords(n: number, seed = 20181026): Array<{ project: Record<string, unknown> }> {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: Array<{ project: Record<string, unknown> }> = [];
  for (let i = 0; i < n; i++) {
    const committeeSize = next() < 0.95 ? pick([5, 7, 7, 9, 11]) : pick([3, 4, 6]);
    out.push({
      project: {
        id: `P${i}`,
        name: `项目${i}`,
        category: pick(["construction", "transport", "waterResources", "governmentProcurement"]),
        budgetYuan: Math.round(next() * 60_000_000),
        publicService: next() < 0.1,
        committeeSize,
        committeeParity: committeeSize % 2 === 0 ? "even" : "odd",
        techShare: next() < 0.96 ? 0.7 + next() * 0.3 : 0.5,
        nonLocalShare: next() < 0.95 ? 0.2 + next() * 0.6 : 0.1,
        maxPerEmployer: next() < 0.96 ? pick([1, 2]) : 3,
        socialSupervisors: next() < 0.7 ? pick([1, 2]) : 0,
        agencyId: `A${Math.floor(next() * 50)}`,
        agencyStatus: next() < 0.97 ? "active" : pick(["blacklisted", "suspended"]),
        channel: next() < 0.97 ? "electronic" : "paper",
        tags: next() < 0.5 ? ["classified"] : ["open", "2024"],
        region: pick(["371502", "371521", "371522", "371523"]),
        tendererId: `T${Math.floor(next() * 200)}`,
        awardNoticeDate: "2024-05-06",
        contractSignedDate: "2024-05-20",
        bidCount: 3 + Math.floor(next() * 10),
      },
    });
  }
  return out;
}
