import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AgencyCreditInputData } from "../../../src/scoring/agency/agency-input";
import { scoreAgencies } from "../../../src/scoring/agency/score-agencies";
import type { ScoreAgenciesOptions } from "../../../src/scoring/agency/score-agencies";
import { scoreAgency } from "../../../src/scoring/agency/score-agency";
import { blacklistStatus } from "../../../src/scoring/agency/blacklist";

/*
 * The output of `scoreAgencies` on a generated registry of 2,000 agencies, pinned by the SHA-256 of its JSON text
 * as the scorer produced it before the performance work of issue 14 (commit 077564f). A faster scorer must give
 * the same bytes: same scores, same breakdowns, same key order.
 */

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const AS_OF_DAY = Date.UTC(2026, 5, 30) / 86_400_000;
const dayToDate = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A varied registry: every record kind and outcome, staff and trainings, blacklist entries, later records. */
function registry(count: number, withLater: boolean): AgencyCreditInputData[] {
  const rnd = lcg(count + (withLater ? 1 : 0));
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(rnd() * xs.length)] as T;
  const n = (max: number) => Math.floor(rnd() * (max + 1));
  const date = () => dayToDate(AS_OF_DAY - Math.floor(rnd() * 2000) + (withLater && rnd() < 0.03 ? 40 : 0));
  const parts = ["personnel", "practiceRecord", "internalControls", "inspectionAndPenaltyRecord", "creditRecord"] as const;
  const out: AgencyCreditInputData[] = [];
  for (let i = 0; i < count; i++) {
    const disclosure: Record<string, { publishedOn: string }> = {};
    for (const p of parts) if (rnd() < 0.7) disclosure[p] = { publishedOn: date() };
    const a: AgencyCreditInputData = {
      // Ids out of order, some non-ASCII, so the sort by UTF-8 bytes shows.
      id: rnd() < 0.1 ? `代理-${count - i}` : `AG-${String((i * 7919) % 100_003).padStart(6, "0")}`,
      name: `代理机构 ${i}`,
      ...(rnd() < 0.9 ? { disclosure } : {}),
      ...(rnd() < 0.8 ? { professionalFields: [pick(["construction", "transport", "other"] as const)] } : {}),
      staff: Array.from({ length: n(3) }, (_, s) => ({
        person: { id: `P-${i}-${s}`, name: `员工${s}` },
        trainings: Array.from({ length: n(2) }, () => ({ date: date(), course: "c", passed: rnd() < 0.8 })),
      })),
      penalties: Array.from({ length: n(6) }, () => ({ date: date(), severity: pick(["warning", "minor", "serious", "grave"] as const), authority: "局" })),
      creditRecords: Array.from({ length: n(9) }, () => ({ date: date(), kind: pick(["positive", "negative"] as const), category: "c" })),
      complaints: Array.from({ length: n(3) }, () => ({ decidedOn: date(), outcome: pick(["upheld", "rejected", "groundless"] as const) })),
      performanceReviews: Array.from({ length: n(4) }, () => ({ reviewedOn: date(), outcome: pick(["good", "satisfactory", "poor"] as const) })),
      ...(rnd() < 0.05 ? { blacklist: [{ from: date(), ...(rnd() < 0.5 ? { until: date() } : {}), reason: "r" }] } : {}),
    };
    out.push(a);
  }
  return out;
}

const sha256 = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("scoreAgencies output (issue 14: faster, byte for byte the same)", () => {
  const cases: ReadonlyArray<{ name: string; later: boolean; options: ScoreAgenciesOptions; hash: string }> = [
    { name: "default options", later: false, options: { asOf: "2026-06-30" }, hash: "44a73f7f7fe38c3ced0a1cbe22f5093b80017efabf08151beb693ba531bb22c2" },
    {
      name: "later records ignored, other training period and blacklist window",
      later: true,
      options: { asOf: "2026-06-30T10:00:00", laterRecords: "ignore", trainingPeriodDays: 200, blacklist: { windowDays: 365, severities: ["grave"] } },
      hash: "9cff2678e2cb5833291f3a80590ca1cf40f76d4742f96db581d20ff48782036b",
    },
  ];
  for (const c of cases) {
    it(`gives the pinned output on 2,000 agencies (${c.name})`, () => {
      const agencies = registry(2000, c.later);
      const before = JSON.stringify(agencies);
      const result = scoreAgencies(agencies, c.options);
      expect(result).toHaveLength(new Set(agencies.map((a) => a.id)).size);
      expect(sha256(result)).toBe(c.hash);
      expect(JSON.stringify(agencies)).toBe(before); // input not mutated
    });
  }

  const errorOf = (agencies: ReadonlyArray<unknown>): unknown => {
    try {
      scoreAgencies(agencies as AgencyCreditInputData[], { asOf: "2026-06-30" });
    } catch (e) {
      const g = e as { code: string; zh: string; en: string; issues: unknown; details?: unknown };
      return { code: g.code, zh: g.zh, en: g.en, issues: g.issues, details: g.details };
    }
    return undefined;
  };
  // Inline snapshots, not a .snap file: vitest reads .snap files with `new Function`, which CI disallows when it runs
  // the library's tests (--disallow-code-generation-from-strings), so a .snap file would read as empty there.
  it("gives the same errors: a malformed record, a later record, a bad date, a duplicate id", () => {
    const spoil = (i: number, change: (a: Record<string, unknown>) => void): unknown[] => {
      const agencies = registry(200, false) as unknown as Record<string, unknown>[];
      change(agencies[i] as Record<string, unknown>);
      return agencies;
    };
    expect(errorOf(spoil(150, (a) => (a["penalties"] = [{ date: "2026-01-01", severity: "fatal", authority: "x" }])))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_INPUT",
        "details": {},
        "en": "Invalid Agencies: field [150].penalties[0].severity: Invalid option: expected one of "warning"|"minor"|"serious"|"grave"",
        "issues": [
          {
            "code": "invalid_value",
            "message": "Invalid option: expected one of "warning"|"minor"|"serious"|"grave"",
            "path": [
              150,
              "penalties",
              0,
              "severity",
            ],
          },
        ],
        "zh": "Agencies 数据无效：字段 [150].penalties[0].severity：无效选项：期望以下之一 "warning"|"minor"|"serious"|"grave"",
      }
    `);
    expect(errorOf(spoil(150, (a) => (a["creditRecords"] = [{ date: "2026-07-01", kind: "positive", category: "c" }])))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_INPUT",
        "details": {},
        "en": "Agency AG-087817: record dated 2026-07-01, after the as-of date 2026-06-30",
        "issues": [
          {
            "code": "after_as_of",
            "message": "dated after asOf",
            "path": [
              150,
              "creditRecords",
              0,
              "date",
            ],
          },
        ],
        "zh": "Agency AG-087817：记录日期 2026-07-01 晚于评分基准日 2026-06-30",
      }
    `);
    expect(errorOf(spoil(150, (a) => (a["complaints"] = [{ decidedOn: "2026-02-30", outcome: "upheld" }])))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_INPUT",
        "details": {},
        "en": "Invalid Agencies: field [150].complaints[0].decidedOn: Invalid date: expected a real calendar date YYYY-MM-DD (Asia/Shanghai, no time of day)",
        "issues": [
          {
            "code": "invalid_format",
            "message": "Invalid date: expected a real calendar date YYYY-MM-DD (Asia/Shanghai, no time of day)",
            "path": [
              150,
              "complaints",
              0,
              "decidedOn",
            ],
          },
        ],
        "zh": "Agencies 数据无效：字段 [150].complaints[0].decidedOn：无效日期：应为 YYYY-MM-DD 格式的真实日期（北京时间，不含时刻）",
      }
    `);
    expect(errorOf(spoil(150, (a) => (a["name"] = "")))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_INPUT",
        "details": {},
        "en": "Invalid Agencies: field [150].name: Too small: expected string to have >=1 characters",
        "issues": [
          {
            "code": "too_small",
            "message": "Too small: expected string to have >=1 characters",
            "path": [
              150,
              "name",
            ],
          },
        ],
        "zh": "Agencies 数据无效：字段 [150].name：数值过小：期望 字符串 >=1 字符",
      }
    `);
    expect(errorOf(spoil(150, (a) => (a["id"] = (registry(200, false)[3] as { id: string }).id)))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_INPUT",
        "details": {},
        "en": "Duplicate agency id AG-023757",
        "issues": [
          {
            "code": "duplicate_id",
            "message": "duplicate agency id",
            "path": [
              150,
              "id",
            ],
          },
        ],
        "zh": "代理机构编号重复：AG-023757",
      }
    `);
  });

  it("reads agencies the acceptor passes as zod parses them (each agency scored alone, through zod, agrees)", () => {
    const options = { asOf: "2026-06-30", laterRecords: "ignore" as const };
    const agencies = registry(300, true);
    const byId = new Map(agencies.map((a) => [a.id, a]));
    for (const r of scoreAgencies(agencies, options)) {
      const a = byId.get(r.agencyId) as AgencyCreditInputData;
      expect(JSON.stringify(r.credit)).toBe(JSON.stringify(scoreAgency(a, options)));
      expect(r.blacklist).toEqual(blacklistStatus(a, options.asOf));
    }
  });
});
