import type { Command } from "commander";
import { verifyDraw } from "ggzy-rules/sampling";
import { EXIT, action, printJson, readJson } from "../io";
import { SALT_ENV, hiddenSaltOption, refuseSaltOnCommandLine, requireSaltFor, saltFrom, seedMaterialOption } from "./draw";

interface VerifyCliOptions {
  inputs: string;
  seedMaterial: string;
  salt?: string;
  saltFile?: string;
  json?: boolean;
}

/** The draw inputs held by a file: the request itself (its `inputs`) or the bare inputs object. */
function inputsOf(value: unknown): unknown {
  if (typeof value === "object" && value !== null && "inputs" in value && "params" in value) return (value as { inputs: unknown }).inputs;
  return value;
}

/**
 * `ggzy verify <record.json> --inputs <file> --seed-material <file|hex> [--salt-file <file>] [--json]`: re-runs the
 * draw — public, sealed, or revealed (after `ggzy draw reveal`). Exit 0 reproduced, 1 not reproduced (the first
 * difference is printed), 2 bad input.
 */
export function registerVerify(program: Command): void {
  program
    .command("verify <record>")
    .description("复核抽取记录（公开、密封或已揭示）/ re-run a draw from its record (public, sealed or revealed) and compare (exit 0 reproduced, 1 not, 2 bad input)")
    .requiredOption("--inputs <file>", "抽取输入（请求文件或 inputs 对象）/ the draw's inputs: the request file or its inputs object")
    .requiredOption("--seed-material <file|hex>", "公开随机种子 / public seed material: file or hex digits")
    .option("--salt-file <file>", `已揭示的秘密盐值文件（密封抽取；也可用环境变量 ${SALT_ENV}）/ the revealed salt of a sealed draw (or ${SALT_ENV})`)
    .addOption(hiddenSaltOption())
    .option("--json", "JSON output")
    .action(
      action((recordFile: string, opts: VerifyCliOptions) => {
        if (opts.salt !== undefined) refuseSaltOnCommandLine();
        const record = readJson(recordFile);
        const { salt } = saltFrom(opts);
        // A revealed record's salt is published with it; a sealed one's, once the evaluation has ended.
        requireSaltFor((record as { kind?: unknown } | null)?.kind, salt, { zh: "复核此记录", en: "Verifying this record" });
        const verdict = verifyDraw(record, inputsOf(readJson(opts.inputs)), seedMaterialOption(opts.seedMaterial), salt);
        if (opts.json) printJson(verdict);
        else if (verdict.reproduced) process.stdout.write("已复现 / reproduced: the record follows from its inputs and seed material\n");
        else {
          const d = verdict.firstDifference;
          process.stdout.write(
            `未能复现 / NOT reproduced: first difference at ${d.path}\n  expected (re-run): ${JSON.stringify(d.expected)}\n  actual (record):   ${JSON.stringify(d.actual)}\n`,
          );
        }
        return verdict.reproduced ? EXIT.ok : EXIT.findings;
      }),
    );
}
