import type { Command } from "commander";
import { GgzyError } from "ggzy-rules/model";
import { meetsCoverage, runCases } from "ggzy-rules/authoring";
import type { CaseRunReport } from "ggzy-rules/authoring";
import { EXIT, action, printJson } from "../io";
import { readCases, readPackArgs, ruleSetOf } from "../rule-files";

interface TestOptions {
  coverage?: boolean;
  coverageMin?: string;
  trustedKey?: string[];
  json?: boolean;
}

function show(v: unknown): string {
  return v === undefined ? "(none)" : JSON.stringify(v);
}

function printRun(run: CaseRunReport, coverage: boolean): void {
  const out: string[] = [`# ${run.rulesetVersion}  rulesetHash ${run.rulesetHash}`, ""];
  for (const r of run.results) {
    out.push(`${r.ok ? "✓" : "✗"} ${r.name}${r.name === r.source ? "" : `  (${r.source})`}`);
    if (r.error) out.push(`    ! ${r.error.code}: ${r.error.en}`);
    for (const m of r.missing) out.push(`    - expected ${m.ruleId}${m.evidence ? ` ${show(m.evidence)}` : ""}, not found`);
    for (const u of r.unexpected) out.push(`    + unexpected ${u}`);
    for (const d of r.evidence) out.push(`    ~ ${d.ruleId} evidence ${d.path}: expected ${show(d.expected)}, got ${show(d.actual)}`);
  }
  out.push("", `${run.passed} passed, ${run.failed} failed`);
  if (coverage) {
    const c = run.coverage;
    const rules = new Set(c.conditions.map((x) => x.ruleId)).size;
    out.push(`coverage: ${c.percent}% of condition outcomes (${c.covered} of ${c.total}; ${c.conditions.length} conditions of ${rules} rules)`);
    for (const u of c.uncovered) out.push(`  ${u.ruleId} ${u.at}: ${u.label} — never ${u.missing === "both" ? "evaluated" : u.missing}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

/** `ggzy rules test <pack…> <cases>`: runs a pack's cases, with per-condition coverage. */
export function registerRulesTest(rules: Command): void {
  rules
    .command("test")
    .description(
      "用测试用例检验规则包（条件覆盖率）/ run a pack's test cases and report per-condition coverage. Packs: files, or national / liaocheng for the built-ins",
    )
    .argument("<packs-and-cases...>", "规则包文件…，最后是用例目录 / pack files…, then the cases directory (or file)")
    .option("--coverage", "报告条件覆盖率 / report condition coverage")
    .option("--coverage-min <pct>", "覆盖率低于此值即失败（不四舍五入）/ fail below this coverage (never rounded up)")
    .option("--trusted-key <file...>", "只接受由这些公钥签名的规则包 / accept only packs signed by these public keys")
    .option("--json", "JSON output")
    .action(
      action((args: string[], opts: TestOptions) => {
        if (args.length < 2) {
          throw new GgzyError("INVALID_INPUT", { zh: "需要至少一个规则包和一个用例目录", en: "Give at least one pack and a cases directory" });
        }
        let min: number | undefined;
        if (opts.coverageMin !== undefined) {
          min = Number(opts.coverageMin);
          if (!/^\d+(\.\d+)?$/.test(opts.coverageMin) || min > 100) {
            throw new GgzyError("INVALID_INPUT", { zh: `--coverage-min 须为 0–100 的数（收到 ${opts.coverageMin}）`, en: `--coverage-min must be a number from 0 to 100 (got ${opts.coverageMin})` });
          }
        }
        const packArgs = readPackArgs(args.slice(0, -1), opts.trustedKey);
        const cases = readCases(args[args.length - 1] as string);
        const set = ruleSetOf(packArgs);
        const run = runCases(set, cases, { packsUnderTest: packArgs.named });
        const covered = min === undefined || meetsCoverage(run.coverage, min);
        if (opts.json) printJson({ ...run, coverageMin: min ?? null, coverageMet: covered });
        else {
          printRun(run, opts.coverage === true || min !== undefined);
          if (!covered) process.stdout.write(`coverage ${run.coverage.percent}% is below the minimum ${min}% (${run.coverage.covered} of ${run.coverage.total})\n`);
        }
        return run.failed > 0 || !covered ? EXIT.findings : EXIT.ok;
      }),
    );
}
