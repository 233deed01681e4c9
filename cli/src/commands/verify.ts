import type { Command } from "commander";
import { verifyDraw } from "ggzy-rules/sampling";
import { EXIT, action, printJson, readJson } from "../io";
import { saltOption, seedMaterialOption } from "./draw";

interface VerifyCliOptions {
  inputs: string;
  seedMaterial: string;
  salt?: string;
  json?: boolean;
}

/** The draw inputs held by a file: the request itself (its `inputs`) or the bare inputs object. */
function inputsOf(value: unknown): unknown {
  if (typeof value === "object" && value !== null && "inputs" in value && "params" in value) return (value as { inputs: unknown }).inputs;
  return value;
}

/**
 * `ggzy verify <record.json> --inputs <file> --seed-material <file|hex> [--salt <file|hex>] [--json]`: re-runs the
 * draw. Exit 0 reproduced, 1 not reproduced (the first difference is printed), 2 bad input.
 */
export function registerVerify(program: Command): void {
  program
    .command("verify <record>")
    .description("复核抽取记录 / re-run a draw from its record and compare (exit 0 reproduced, 1 not, 2 bad input)")
    .requiredOption("--inputs <file>", "抽取输入（请求文件或 inputs 对象）/ the draw's inputs: the request file or its inputs object")
    .requiredOption("--seed-material <file|hex>", "公开随机种子 / public seed material: file or hex digits")
    .option("--salt <file|hex>", "已揭示的秘密盐值（密封抽取）/ the revealed salt of a sealed draw")
    .option("--json", "JSON output")
    .action(
      action((recordFile: string, opts: VerifyCliOptions) => {
        const verdict = verifyDraw(readJson(recordFile), inputsOf(readJson(opts.inputs)), seedMaterialOption(opts.seedMaterial), saltOption(opts.salt).salt);
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
