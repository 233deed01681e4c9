import type { Command } from "commander";
import { verifyDrawAgainst } from "ggzy-rules/announcement";
import { EXIT, action, printJson, readJson } from "../io";
import { SALT_ENV, hiddenSaltOption, refuseSaltOnCommandLine, requireSaltFor, saltFrom, seedMaterialOption } from "./draw";

interface VerifyCliOptions {
  inputs: string;
  seedMaterial: string;
  salt?: string;
  saltFile?: string;
  announcement?: string;
  json?: boolean;
}

/**
 * `ggzy verify <record.json> --inputs <file> --seed-material <file|hex> [--salt-file <file>] [--announcement <file>]
 * [--json]`: re-runs the draw — public, sealed, or revealed (after `ggzy draw reveal`) — and checks the record
 * against the request and the announcement made before the draw. Exit 0 reproduced, 1 not reproduced (the first
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
    .option(
      "--announcement <file>",
      "抽取前公布的预告（ggzy draw announce）：核对编号、输入指纹、盐值承诺与随机数的类型、来源和格式 / the announcement published before the draw (ggzy draw announce): checks drawId, inputHash, saltCommitment and the seed's kind, source and text format",
    )
    .option("--json", "JSON output")
    .action(
      action((recordFile: string, opts: VerifyCliOptions) => {
        if (opts.salt !== undefined) refuseSaltOnCommandLine();
        const record = readJson(recordFile);
        const { salt } = saltFrom(opts);
        // A revealed record's salt is published with it; a sealed one's, once the evaluation has ended.
        requireSaltFor((record as { kind?: unknown } | null)?.kind, salt, { zh: "复核此记录", en: "Verifying this record" });
        const announcement = opts.announcement !== undefined ? readJson(opts.announcement) : undefined;
        const verdict = verifyDrawAgainst(record, readJson(opts.inputs), seedMaterialOption(opts.seedMaterial), { salt, announcement });
        if (opts.json) printJson(verdict);
        else if (verdict.reproduced) {
          process.stdout.write(
            announcement !== undefined
              ? "已复现 / reproduced: the record follows from its inputs and seed material and matches its announcement\n"
              : "已复现 / reproduced: the record follows from its inputs and seed material\n" +
                  "  未核对抽取预告（--announcement）：编号、随机数来源与书写格式可能是开奖后选定的 / no announcement checked (--announcement): the drawId, the seed's source and its text format could have been chosen after the lottery\n",
          );
        } else {
          const d = verdict.firstDifference;
          const label = `expected (${verdict.against}):`.padEnd(28);
          process.stdout.write(
            `未能复现 / NOT reproduced: first difference at ${d.path}\n  ${label}${JSON.stringify(d.expected)}\n  ${"actual (record):".padEnd(28)}${JSON.stringify(d.actual)}\n`,
          );
        }
        return verdict.reproduced ? EXIT.ok : EXIT.findings;
      }),
    );
}
