import * as z from "../model/zod";
import { parseWith } from "../model/error";
import { assertRuleSet } from "../rules/engine/ruleset";
/*
 * Running a pack's cases: each record through its validator under the rule set, findings compared with what the
 * case expects (as a multiset of rule ids, evidence values where the case gives them), and condition coverage
 * gathered from the explanation traces.
 */
import type { Calendar } from "../calendar/calendar";
import { GgzyError } from "../model/error";
import { sameData } from "../rules/engine/floors";
import type { RuleSet } from "../rules/engine/ruleset";
import type { Finding } from "../rules/engine/types";
import { validateRecord } from "../rules/validators/dispatch";
import type { ExpectedFinding, RuleCase } from "./cases";
import { coverageScope, trackCoverage } from "./coverage";
import type { CoverageReport } from "./coverage";

/** An evidence value that differs from what the case expects. */
export interface EvidenceDiff {
  readonly ruleId: string;
  readonly path: string;
  readonly expected: unknown;
  /** `undefined` when the finding has no such evidence. */
  readonly actual: unknown;
}

/** The outcome of one case. */
export interface CaseResult {
  readonly name: string;
  readonly source: string;
  readonly ok: boolean;
  /** Rule ids of the findings, sorted. */
  readonly actual: ReadonlyArray<string>;
  /** Expected findings no finding matched. */
  readonly missing: ReadonlyArray<ExpectedFinding>;
  /** Findings no expectation accounts for (rule ids). */
  readonly unexpected: ReadonlyArray<string>;
  readonly evidence: ReadonlyArray<EvidenceDiff>;
  /** The validator refused the record (a bad record is a failed case, and the run goes on). */
  readonly error?: { readonly code: string; readonly zh: string; readonly en: string };
}

/** The outcome of a run. */
export interface CaseRunReport {
  readonly rulesetVersion: string;
  readonly rulesetHash: string;
  readonly passed: number;
  readonly failed: number;
  readonly results: ReadonlyArray<CaseResult>;
  readonly coverage: CoverageReport;
}

/** Options of {@link runCases}. */
export interface RunCasesOptions {
  /** `name@version` of the packs under test: coverage counts their rules and the rules reading parameters they set. */
  readonly packsUnderTest?: ReadonlyArray<string>;
  readonly calendar?: Calendar;
}

function matchFindings(expected: ReadonlyArray<ExpectedFinding>, findings: ReadonlyArray<Finding>): Pick<CaseResult, "missing" | "unexpected" | "evidence"> {
  const used = new Array<boolean>(findings.length).fill(false);
  const missing: ExpectedFinding[] = [];
  const evidence: EvidenceDiff[] = [];
  const fits = (want: ExpectedFinding, f: Finding): boolean =>
    f.ruleId === want.ruleId && Object.entries(want.evidence ?? {}).every(([k, v]) => sameData(f.evidence[k], v));
  // Expectations with evidence first: they are pickier about which finding they take.
  const order = [...expected].sort((a, b) => (b.evidence === undefined ? 0 : 1) - (a.evidence === undefined ? 0 : 1));
  for (const want of order) {
    let i = findings.findIndex((f, k) => !used[k] && fits(want, f));
    if (i < 0) {
      i = findings.findIndex((f, k) => !used[k] && f.ruleId === want.ruleId);
      if (i < 0) {
        missing.push(want);
        continue;
      }
      const got = findings[i] as Finding;
      for (const [path, v] of Object.entries(want.evidence ?? {})) {
        if (!sameData(got.evidence[path], v)) evidence.push({ ruleId: want.ruleId, path, expected: v, actual: got.evidence[path] });
      }
    }
    used[i] = true;
  }
  const unexpected = findings.filter((_, k) => !used[k]).map((f) => f.ruleId);
  return { missing, unexpected, evidence };
}

/**
 * Runs `cases` under `ruleSet`: every case's record through its validator (with `asOf`), findings compared, condition
 * coverage gathered. A record a validator refuses is a failed case; the run goes on.
 *
 * @example
 * ```ts
 * const run = runCases(createRuleSet(builtInPacks, [county]), parseCases(json, "cases/late.json"), { packsUnderTest: ["my-county@0.1.0"] });
 * run.failed; // 0
 * run.coverage.percent; // 100 once the cases reach every condition of the packs under test
 * ```
 */
export function runCases(ruleSet: RuleSet, cases: ReadonlyArray<RuleCase>, options: RunCasesOptions = {}): CaseRunReport {
  assertRuleSet(ruleSet);
  parseWith(z.array(z.looseObject({ kind: z.string(), asOf: z.string(), record: z.unknown(), expect: z.looseObject({ findings: z.array(z.unknown()) }) })), cases, { zh: "测试用例", en: "test cases" });
  if (options === null || typeof options !== "object") parseWith(z.object({}), options, { zh: "选项", en: "options" });
  if (options.packsUnderTest !== undefined) parseWith(z.array(z.string()), options.packsUnderTest, { zh: "被测规则包", en: "packs under test" });
  const tracker = trackCoverage(ruleSet, coverageScope(ruleSet, options.packsUnderTest ?? []));
  const results: CaseResult[] = cases.map((c) => {
    try {
      const report = validateRecord(c.record, c.kind, {
        ruleSet,
        asOf: c.asOf,
        explain: "all",
        ...(options.calendar !== undefined ? { calendar: options.calendar } : {}),
      });
      tracker.add(report.traces);
      const diff = matchFindings(c.expect.findings, report.findings);
      const ok = diff.missing.length === 0 && diff.unexpected.length === 0 && diff.evidence.length === 0;
      return { name: c.name, source: c.source, ok, actual: report.findings.map((f) => f.ruleId).sort(), ...diff };
    } catch (e) {
      if (!(e instanceof GgzyError)) throw e;
      return { name: c.name, source: c.source, ok: false, actual: [], missing: c.expect.findings, unexpected: [], evidence: [], error: { code: e.code, zh: e.zh, en: e.en } };
    }
  });
  const passed = results.filter((r) => r.ok).length;
  return {
    rulesetVersion: ruleSet.version,
    rulesetHash: ruleSet.contentHash,
    passed,
    failed: results.length - passed,
    results,
    coverage: tracker.report(),
  };
}
