/*
 * What bench/scoring/run.ts and bench/scoring/cpu-onread.mts share: the as-of day, the generator of agencies with 20
 * dated records each, and the floor loop (the scorecard's arithmetic without validation or breakdown objects).
 */
import type { AgencyCreditInputData, Scorecard } from "../../src/scoring/index";

export const AS_OF = "2026-06-30";
export const AS_OF_DAY = Date.UTC(2026, 5, 30) / 86_400_000;
export const RECORDS_PER_AGENCY = 20;

// A small deterministic generator (no Math.random: runs are comparable).
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function dayToDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function makeAgencies(count: number): AgencyCreditInputData[] {
  const rnd = lcg(count);
  const date = () => dayToDate(AS_OF_DAY - Math.floor(rnd() * 1500));
  const severities = ["warning", "minor", "serious", "grave"] as const;
  const out: AgencyCreditInputData[] = [];
  for (let i = 0; i < count; i++) {
    const part = { publishedOn: "2026-01-10" };
    out.push({
      id: `AG-${String(i).padStart(6, "0")}`,
      name: `代理机构 ${i}`,
      professionalFields: ["construction"],
      disclosure: { personnel: part, practiceRecord: part, internalControls: part, inspectionAndPenaltyRecord: part, creditRecord: part },
      // 20 dated records: 6 penalties, 8 credit records, 3 complaints, 3 performance reviews
      penalties: Array.from({ length: 6 }, () => ({ date: date(), severity: severities[Math.floor(rnd() * 2)] ?? "minor", authority: "局" })),
      creditRecords: Array.from({ length: 8 }, () => ({ date: date(), kind: rnd() < 0.5 ? ("positive" as const) : ("negative" as const), category: "c" })),
      complaints: Array.from({ length: 3 }, () => ({ decidedOn: date(), outcome: rnd() < 0.5 ? ("upheld" as const) : ("groundless" as const) })),
      performanceReviews: Array.from({ length: 3 }, () => ({ reviewedOn: date(), outcome: rnd() < 0.5 ? ("good" as const) : ("poor" as const) })),
    });
  }
  return out;
}

// The floor: the arithmetic the scorecard demands, without validation or breakdown objects. Per agency: the share of
// disclosure parts published, each record's decayed weight summed per item (penalty.warning, credit.positive…),
// each item's cap, the base, the bounds, the rounding to 2 decimals, the grade, and the blacklist test (a serious or
// grave penalty within 730 days). Weights, caps and half-lives are read from the default scorecard. Dates are read
// with Date.parse, once per record.

export function floorLoop(CARD: Scorecard): (agencies: ReadonlyArray<AgencyCreditInputData>) => number {
  const ITEM_OF = new Map(CARD.items.map((item, k) => [item.kind, k]));
  const SIGN = CARD.items.map((item) => (item.effect === "reward" ? 1 : -1));
  const DISCLOSURE = ITEM_OF.get("disclosure.completeness") as number;
  const TRAINING = ITEM_OF.get("training.compliance") as number;
  const PARTS = ["personnel", "practiceRecord", "internalControls", "inspectionAndPenaltyRecord", "creditRecord"] as const;
  // Item of each source value, looked up once (not by building "penalty.minor" per record).
  const itemsOf = (prefix: string, values: ReadonlyArray<string>): Record<string, number | undefined> =>
    Object.fromEntries(values.map((v) => [v, ITEM_OF.get(`${prefix}.${v}`)]));
  const PENALTY = itemsOf("penalty", ["warning", "minor", "serious", "grave"]);
  const CREDIT = itemsOf("credit", ["positive", "negative"]);
  const COMPLAINT = itemsOf("complaint", ["upheld", "rejected", "groundless"]);
  const PERFORMANCE = itemsOf("performance", ["good", "satisfactory", "poor"]);
  const dayOf = (date: string): number => Date.parse(date) / 86_400_000;

  return function baseline(agencies: ReadonlyArray<AgencyCreditInputData>): number {
    let total = 0;
    const sums = new Float64Array(CARD.items.length);
    const add = (k: number | undefined, date: string): void => {
      if (k === undefined) return;
      const item = CARD.items[k] as (typeof CARD.items)[number];
      const decay = item.halfLifeDays === undefined ? 1 : Math.pow(0.5, (AS_OF_DAY - dayOf(date)) / item.halfLifeDays);
      sums[k] = (sums[k] as number) + item.weight * decay;
    };
    for (const a of agencies) {
      sums.fill(0);
      let published = 0;
      for (const part of PARTS) {
        const p = a.disclosure?.[part];
        if (p !== undefined && dayOf(p.publishedOn) <= AS_OF_DAY) published++;
      }
      sums[DISCLOSURE] = (CARD.items[DISCLOSURE]?.weight ?? 0) * (published / PARTS.length);
      let trained = 0;
      for (const m of a.staff ?? []) if ((m.trainings ?? []).some((t) => t.passed && AS_OF_DAY - dayOf(t.date) <= 365)) trained++;
      sums[TRAINING] = (CARD.items[TRAINING]?.weight ?? 0) * (a.staff?.length ? trained / a.staff.length : 0);
      let blacklisted = false;
      for (const p of a.penalties ?? []) {
        add(PENALTY[p.severity], p.date);
        if ((p.severity === "serious" || p.severity === "grave") && AS_OF_DAY - dayOf(p.date) <= 730) blacklisted = true;
      }
      for (const c of a.creditRecords ?? []) add(CREDIT[c.kind], c.date);
      for (const c of a.complaints ?? []) add(COMPLAINT[c.outcome], c.decidedOn);
      for (const r of a.performanceReviews ?? []) add(PERFORMANCE[r.outcome], r.reviewedOn);
      let sum = CARD.base;
      for (let k = 0; k < sums.length; k++) {
        const cap = CARD.items[k]?.cap;
        sum += (SIGN[k] as number) * (cap !== undefined ? Math.min(cap, sums[k] as number) : (sums[k] as number));
      }
      const score = Math.round(Math.min(CARD.bounds.max, Math.max(CARD.bounds.min, sum)) * 100) / 100;
      const grade = CARD.grades.find((g) => score >= g.from && score < g.to) ?? CARD.grades[0];
      total += score + (grade?.grade.length ?? 0) + (blacklisted ? 1 : 0);
    }
    return total;
  };
}
