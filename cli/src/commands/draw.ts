import { existsSync } from "node:fs";
import type { Command } from "commander";
import {
  assignBlindReview,
  commitSalt,
  drawCommittee,
  drawSocialSupervisors,
  drawSpotChecks,
  parseSeedMaterialText,
} from "ggzy-rules/sampling";
import type { DrawOutcome, SeedMaterial } from "ggzy-rules/sampling";
import { EXIT, action, printJson, readJson, readText, writeText } from "../io";

/** A value given on the command line either directly or as the path of a file holding it. */
export function fileOrValue(arg: string): string {
  return existsSync(arg) ? readText(arg) : arg;
}

/** `--seed-material <file|hex>`: a file with JSON seed material or hex digits, or hex digits themselves. */
export function seedMaterialOption(arg: string): SeedMaterial {
  return parseSeedMaterialText(fileOrValue(arg));
}

/** `--salt <file|hex>`. */
export function saltOption(arg: string | undefined): { salt?: string } {
  return arg === undefined ? {} : { salt: fileOrValue(arg).trim() };
}

interface DrawCliOptions {
  seedMaterial: string;
  salt?: string;
  out?: string;
  resultOut?: string;
  json?: boolean;
}

const DRAWS: Record<string, { run: (request: never) => DrawOutcome<unknown>; zh: string; en: string }> = {
  committee: { run: drawCommittee as never, zh: "抽取评标委员会专家（密封，LC80-4.3）", en: "draw an evaluation committee (sealed, LC80-4.3)" },
  "spot-checks": { run: drawSpotChecks as never, zh: "双随机一抽查：抽取项目与检查人员（LC80-5.2）", en: "draw a quarter's spot checks and inspectors (LC80-5.2)" },
  supervisors: { run: drawSocialSupervisors as never, zh: "抽取社会监督员 1–2 名（LC80-6.3）", en: "draw 1–2 social supervisors (LC80-6.3)" },
  "blind-review": { run: assignBlindReview as never, zh: "暗标编码与错位评审顺序（密封，LC80-6.1）", en: "assign blind-review codes and orders (sealed, LC80-6.1)" },
};

/**
 * `ggzy draw committee|spot-checks|supervisors|blind-review <request.json> --seed-material <file|hex> [--salt <file|hex>]
 * [--out <record.json>] [--result-out <file>] [--json]` and `ggzy draw commit-salt <file|hex>`.
 * Writes the public record; a sealed draw's full result goes to `--result-out` (keep it secret until evaluation ends).
 * Exit 0, or 2 on bad input (including an unsatisfiable draw).
 */
export function registerDraw(program: Command): void {
  const draw = program.command("draw").description("可验证随机抽取 / seeded, publicly verifiable draws (ggzy-draw/1)");
  for (const [name, d] of Object.entries(DRAWS)) {
    draw
      .command(`${name} <request>`)
      .description(`${d.zh} / ${d.en}`)
      .requiredOption("--seed-material <file|hex>", "公开随机种子（文件或十六进制）/ public seed material: file (JSON or hex) or hex digits")
      .option("--salt <file|hex>", "秘密盐值（密封抽取必需）/ secret salt, required for sealed draws")
      .option("--out <file>", "将公开记录写入文件 / write the public record to this file")
      .option("--result-out <file>", "将完整结果写入文件（密封抽取须保密）/ write the full result here (secret for sealed draws)")
      .option("--json", "JSON output: { record, result, warnings }")
      .action(
        action((requestFile: string, opts: DrawCliOptions) => {
          const request = readJson(requestFile) as Record<string, unknown>;
          const outcome = d.run({ ...request, seedMaterial: seedMaterialOption(opts.seedMaterial), ...saltOption(opts.salt) } as never);
          for (const w of outcome.warnings) process.stderr.write(`ggzy: 警告 ${w.zh}\nggzy: warning: ${w.en}\n`);
          if (opts.out !== undefined) writeText(opts.out, `${JSON.stringify(outcome.record, null, 2)}\n`);
          if (opts.resultOut !== undefined) writeText(opts.resultOut, `${JSON.stringify(outcome.result, null, 2)}\n`);
          if (opts.json) {
            printJson({ record: outcome.record, result: outcome.result, warnings: outcome.warnings });
            return EXIT.ok;
          }
          const r = outcome.record;
          process.stdout.write(
            [
              `${r.protocol} ${r.kind} ${r.drawId}`,
              `inputHash  ${r.inputHash}`,
              `resultHash ${r.resultHash}`,
              ...(r.saltCommitment !== undefined ? [`saltCommitment ${r.saltCommitment}`] : []),
              `exclusions ${JSON.stringify(r.exclusions)}`,
              r.sealed ? "结果已密封，评标结束前不得公开 / result SEALED: do not publish before the evaluation ends" : "结果（公开）/ result (public):",
              JSON.stringify(outcome.result, null, 2),
              ...(opts.out !== undefined ? [`记录已写入 / record written to ${opts.out}`] : []),
            ].join("\n") + "\n",
          );
          return EXIT.ok;
        }),
      );
  }
  draw
    .command("commit-salt <salt>")
    .description("计算秘密盐值的承诺（事先公布）/ the commitment to publish before the draw: SHA-256 of the salt's bytes")
    .option("--json", "JSON output")
    .action(
      action((salt: string, opts: { json?: boolean }) => {
        const commitment = commitSalt(fileOrValue(salt).trim());
        if (opts.json) printJson({ saltCommitment: commitment });
        else process.stdout.write(`${commitment}\n`);
        return EXIT.ok;
      }),
    );
}
