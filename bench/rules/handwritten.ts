/*
 * The benchmark's 8 rules written by hand in TypeScript: the baseline an engine is measured against. Like the
 * engine, it records every evaluated condition's value and result in a flat array, and builds findings (message,
 * evidence, explanation tree) only for violated rules.
 */
import { BENCH_RULES } from "./rules";

type P = Record<string, unknown>;
type Rec = unknown[];

const num = (v: unknown): v is number => typeof v === "number";

/** Node layout per rule, pre-order: [kind, slot, fact, path, operator, value] — written out by hand. */
type Node = { kind: "all" | "any" | "not"; slot: number; children: Node[] } | { kind: "condition"; slot: number; path: string; operator: string; value: unknown; ref?: string };
const c = (slot: number, path: string, operator: string, value: unknown, ref?: string): Node => ({ kind: "condition", slot, path, operator, value, ...(ref ? { ref } : {}) });

// slots: 3 per condition (result, actual, expected), 1 per group (result)
function committeeTooSmall(p: P, k: P, rec: Rec): boolean {
  const a = p["committeeSize"], b = k["minMembers"] as number;
  const r = num(a) && a < b;
  rec[1] = r; rec[2] = a; rec[3] = b; rec[0] = r;
  return r;
}
function committeeEven(p: P, _k: P, rec: Rec): boolean {
  const a = p["committeeParity"];
  const r = a === "even";
  rec[1] = r; rec[2] = a; rec[0] = r;
  return r;
}
function expertShare(p: P, k: P, rec: Rec): boolean {
  const a = p["techShare"], b = k["minTechShare"] as number;
  const r = num(a) && a < b;
  rec[1] = r; rec[2] = a; rec[3] = b; rec[0] = r;
  return r;
}
function govLargeCommittee(p: P, k: P, rec: Rec): boolean {
  const a1 = p["category"];
  const r1 = a1 === "governmentProcurement";
  rec[1] = r1; rec[2] = a1;
  if (!r1) return (rec[0] = false);
  const a2 = p["budgetYuan"], b2 = k["largeBudgetYuan"] as number;
  const r2 = num(a2) && a2 >= b2;
  rec[4] = r2; rec[5] = a2; rec[6] = b2;
  if (!r2) return (rec[0] = false);
  const a3 = p["committeeSize"];
  const r3 = num(a3) && a3 < 7;
  rec[7] = r3; rec[8] = a3;
  return (rec[0] = r3);
}
function socialSupervision(p: P, k: P, rec: Rec): boolean {
  const a1 = p["budgetYuan"], b1 = k["majorBudgetYuan"] as number;
  const r1 = num(a1) && a1 >= b1;
  rec[2] = r1; rec[3] = a1; rec[4] = b1;
  let any = r1;
  if (!r1) {
    const a2 = p["publicService"];
    const r2 = a2 === true;
    rec[5] = r2; rec[6] = a2;
    any = r2;
  }
  rec[1] = any;
  if (!any) return (rec[0] = false);
  const a3 = p["socialSupervisors"];
  const r3 = num(a3) && a3 < 1;
  rec[8] = r3; rec[9] = a3;
  return (rec[0] = r3);
}
function concentrated(p: P, k: P, rec: Rec): boolean {
  const a1 = p["nonLocalShare"], b1 = k["minNonLocalShare"] as number;
  const r1 = num(a1) && a1 < b1;
  rec[1] = r1; rec[2] = a1; rec[3] = b1;
  if (r1) return (rec[0] = true);
  const a2 = p["maxPerEmployer"], b2 = k["maxPerEmployer"] as number;
  const r2 = num(a2) && a2 > b2;
  rec[4] = r2; rec[5] = a2; rec[6] = b2;
  return (rec[0] = r2);
}
function agencyBlacklisted(p: P, _k: P, rec: Rec): boolean {
  const a = p["agencyStatus"];
  const r = a === "blacklisted" || a === "suspended";
  rec[1] = r; rec[2] = a; rec[0] = r;
  return r;
}
function notElectronic(p: P, _k: P, rec: Rec): boolean {
  const a1 = p["channel"];
  const r1 = a1 === "electronic";
  rec[2] = r1; rec[3] = a1; rec[1] = !r1;
  if (r1) return (rec[0] = false);
  const a2 = p["tags"];
  const r2 = Array.isArray(a2) && a2.indexOf("classified") > -1;
  rec[5] = r2; rec[6] = a2; rec[4] = !r2;
  return (rec[0] = !r2);
}

interface HandRule {
  id: string;
  test: (p: P, k: P, rec: Rec) => boolean;
  slots: number;
  layout: Node;
  message: (p: P, k: P) => { zh: string; en: string };
  evidence: string[];
}

const s = (v: unknown): string => (v === undefined ? "?" : String(v));
const HAND: HandRule[] = [
  { id: "COMMITTEE_TOO_SMALL", test: committeeTooSmall, slots: 4, layout: { kind: "all", slot: 0, children: [c(1, "committeeSize", "lessThan", undefined, "minMembers")] },
    message: (p, k) => ({ zh: `${s(p["name"])} 评标委员会 ${s(p["committeeSize"])} 人，少于 ${s(k["minMembers"])} 人`, en: `${s(p["name"])}: committee of ${s(p["committeeSize"])}, fewer than ${s(k["minMembers"])}` }),
    evidence: ["committeeSize"] },
  { id: "COMMITTEE_EVEN", test: committeeEven, slots: 4, layout: { kind: "all", slot: 0, children: [c(1, "committeeParity", "equal", "even")] },
    message: (p) => ({ zh: `${s(p["name"])} 评标委员会人数为偶数`, en: `${s(p["name"])}: committee size is even` }), evidence: ["committeeSize"] },
  { id: "EXPERT_SHARE", test: expertShare, slots: 4, layout: { kind: "all", slot: 0, children: [c(1, "techShare", "lessThan", undefined, "minTechShare")] },
    message: (p) => ({ zh: `${s(p["name"])} 技术经济专家占比 ${s(p["techShare"])} 不足`, en: `${s(p["name"])}: expert share ${s(p["techShare"])} too low` }), evidence: ["techShare"] },
  { id: "GOV_LARGE_COMMITTEE", test: govLargeCommittee, slots: 10,
    layout: { kind: "all", slot: 0, children: [c(1, "category", "equal", "governmentProcurement"), c(4, "budgetYuan", "greaterThanInclusive", undefined, "largeBudgetYuan"), c(7, "committeeSize", "lessThan", 7)] },
    message: (p) => ({ zh: `${s(p["name"])} 预算 ${s(p["budgetYuan"])} 元，评审委员会应不少于 7 人`, en: `${s(p["name"])}: budget ${s(p["budgetYuan"])}, committee needs 7 or more` }),
    evidence: ["budgetYuan", "committeeSize"] },
  { id: "SOCIAL_SUPERVISION", test: socialSupervision, slots: 11,
    layout: { kind: "all", slot: 0, children: [{ kind: "any", slot: 1, children: [c(2, "budgetYuan", "greaterThanInclusive", undefined, "majorBudgetYuan"), c(5, "publicService", "equal", true)] }, c(8, "socialSupervisors", "lessThan", 1)] },
    message: (p) => ({ zh: `${s(p["name"])} 为重大项目，未抽取社会监督员`, en: `${s(p["name"])}: major project without a social supervisor` }),
    evidence: ["budgetYuan", "publicService", "socialSupervisors"] },
  { id: "CONCENTRATED", test: concentrated, slots: 7,
    layout: { kind: "any", slot: 0, children: [c(1, "nonLocalShare", "lessThan", undefined, "minNonLocalShare"), c(4, "maxPerEmployer", "greaterThan", undefined, "maxPerEmployer")] },
    message: (p) => ({ zh: `${s(p["name"])} 评标专家过于集中`, en: `${s(p["name"])}: experts too concentrated` }), evidence: ["nonLocalShare", "maxPerEmployer"] },
  { id: "AGENCY_BLACKLISTED", test: agencyBlacklisted, slots: 4, layout: { kind: "all", slot: 0, children: [c(1, "agencyStatus", "in", ["blacklisted", "suspended"])] },
    message: (p) => ({ zh: `${s(p["name"])} 代理机构 ${s(p["agencyId"])} 已列入黑名单`, en: `${s(p["name"])}: agency ${s(p["agencyId"])} is blacklisted` }), evidence: ["agencyId", "agencyStatus"] },
  { id: "NOT_ELECTRONIC", test: notElectronic, slots: 8,
    layout: { kind: "all", slot: 0, children: [{ kind: "not", slot: 1, children: [c(2, "channel", "equal", "electronic")] }, { kind: "not", slot: 4, children: [c(5, "tags", "contains", "classified")] }] },
    message: (p) => ({ zh: `${s(p["name"])} 未全流程电子化`, en: `${s(p["name"])}: not fully electronic` }), evidence: ["channel", "tags"] },
];

if (HAND.map((h) => h.id).join() !== [...BENCH_RULES].map((r) => r.id).join()) throw new Error("handwritten rules out of step with BENCH_RULES");
const ORDERED = [...HAND].sort((a, b) => (a.id < b.id ? -1 : 1));

function explain(n: Node, rec: Rec): unknown {
  const r = rec[n.slot];
  const result = r === undefined ? null : r;
  if (n.kind !== "condition") return { kind: n.kind, result, children: n.children.map((ch) => explain(ch, rec)) };
  return { kind: "condition", fact: "project", path: n.path, operator: n.operator, expected: n.ref ? rec[n.slot + 2] : n.value, actual: result === null ? undefined : rec[n.slot + 1], result };
}

export interface HandFinding {
  ruleId: string;
  message: { zh: string; en: string };
  evidence: Record<string, unknown>;
  explanation: unknown;
}

/** Evaluates the 8 rules by hand; findings with messages, evidence and explanations. */
export function handwrittenCheck(facts: { project: P }, params: P): { ok: boolean; findings: HandFinding[]; evaluated: string[] } {
  const p = facts.project;
  const rec: Rec = new Array(11);
  const findings: HandFinding[] = [];
  const evaluated: string[] = [];
  for (const h of ORDERED) {
    for (let i = 0; i < h.slots; i++) rec[i] = undefined;
    evaluated.push(h.id);
    if (h.test(p, params, rec)) {
      const evidence: Record<string, unknown> = {};
      for (const e of h.evidence) evidence[`project.${e}`] = p[e] ?? null;
      findings.push({ ruleId: h.id, message: h.message(p, params), evidence, explanation: explain(h.layout, rec) });
    }
  }
  return { ok: findings.length === 0, findings, evaluated };
}

/** The checks alone, recording every condition into the flat array, without building findings: violated count. */
export function handwrittenCore(facts: { project: P }, params: P, rec: Rec): number {
  const p = facts.project;
  let hits = 0;
  for (const h of ORDERED) {
    for (let i = 0; i < h.slots; i++) rec[i] = undefined;
    if (h.test(p, params, rec)) hits++;
  }
  return hits;
}
