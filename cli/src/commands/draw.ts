import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Option } from "commander";
import type { Command } from "commander";
import { GgzyError, isGgzyError } from "ggzy-rules/model";
import {
  SEALED_DRAW_KINDS,
  commitSalt,
  draw,
  normaliseSalt,
  parseSeedMaterialText,
  revealDraw,
} from "ggzy-rules/sampling";
import type { DrawKind, DrawRecord, SeedMaterial } from "ggzy-rules/sampling";
import { announceDraw, differenceFromAnnouncement } from "ggzy-rules/announcement";
import { drawNotice } from "../draw-notice";
import { EXIT, action, printJson, readJson, readText, refuseExisting, writeFile } from "../io";
import { verifierPage } from "../verifier/shipped";

/** The environment variable that may hold the secret salt (instead of the command line, which shells record). */
export const SALT_ENV = "GGZY_SALT";

/** A value given on the command line either directly or as the path of a file holding it. */
export function fileOrValue(arg: string): string {
  return existsSync(arg) ? readText(arg) : arg;
}

/** `--seed-material <file|hex>`: a file with JSON seed material or hex digits, or hex digits themselves. */
export function seedMaterialOption(arg: string): SeedMaterial {
  // Hex digits are the value itself; anything else names a file, and a name that is not there is said as such (not
  // "must be a JSON object or hex digits" of the file name).
  if (!existsSync(arg) && !/^\s*[0-9a-fA-F]+\s*$/.test(arg)) readText(arg);
  return parseSeedMaterialText(fileOrValue(arg));
}

/** The secret salt from `--salt-file`, else from $GGZY_SALT, else none. Never from the command line itself. */
export function saltFrom(opts: { saltFile?: string }): { salt?: string; source?: string } {
  if (opts.saltFile !== undefined) return { salt: readText(opts.saltFile).trim(), source: opts.saltFile };
  const env = process.env[SALT_ENV];
  if (env !== undefined && env.trim() !== "") return { salt: env.trim(), source: `$${SALT_ENV}` };
  return {};
}

/**
 * The salt a sealed draw kind (committee, blind review) needs, or the error saying how to give it: the library's own
 * error knows nothing of files or environment variables.
 */
export function requireSaltFor(kind: unknown, salt: string | undefined, doing: { zh: string; en: string }): void {
  if (salt !== undefined || !(SEALED_DRAW_KINDS as readonly unknown[]).includes(kind)) return;
  throw new GgzyError("INVALID_INPUT", {
    zh: `${doing.zh}（${String(kind)}，密封抽取）需要秘密盐值：请用 --salt-file <文件> 或环境变量 ${SALT_ENV}`,
    en: `${doing.en} (${String(kind)}, a sealed draw kind) needs the secret salt: give --salt-file <file> or the ${SALT_ENV} environment variable`,
    issues: [{ path: ["salt"], message: "required for a sealed draw", code: "salt_missing" }],
  });
}

/** `--salt` is refused: a salt typed on the command line stays in the shell's history. */
export function refuseSaltOnCommandLine(): never {
  throw new GgzyError("INVALID_INPUT", {
    zh: `秘密盐值不在命令行给出（会留在 shell 历史记录中）：请用 --salt-file <文件> 或环境变量 ${SALT_ENV}`,
    en: `The secret salt is not given on the command line (it would stay in the shell history): use --salt-file <file> or the ${SALT_ENV} environment variable`,
  });
}

/** The hidden `--salt` option, kept only to explain why it is refused. */
export function hiddenSaltOption(): Option {
  return new Option("--salt <value>").hideHelp();
}

const SALT_FILE_HELP = `秘密盐值文件（密封抽取必需；也可用环境变量 ${SALT_ENV}）/ file holding the secret salt (sealed draws; or the ${SALT_ENV} environment variable)`;

interface DrawCliOptions {
  seedMaterial: string;
  salt?: string;
  saltFile?: string;
  out?: string;
  resultOut?: string;
  json?: boolean;
  force?: boolean;
  announcement?: string;
}

const DRAWS: Record<string, { kind: DrawKind; zh: string; en: string }> = {
  committee: { kind: "committee", zh: "抽取评标委员会专家（密封，LC80-4.3）", en: "draw an evaluation committee (sealed, LC80-4.3)" },
  "spot-checks": { kind: "spotChecks", zh: "双随机一抽查：抽取项目与检查人员（LC80-5.2）", en: "draw a quarter's spot checks and inspectors (LC80-5.2)" },
  supervisors: { kind: "supervisors", zh: "抽取社会监督员 1–2 名（LC80-6.3）", en: "draw 1–2 social supervisors (LC80-6.3)" },
  "blind-review": { kind: "blindReview", zh: "暗标编码与错位评审顺序（密封，LC80-6.1）", en: "assign blind-review codes and orders (sealed, LC80-6.1)" },
};

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

function recordSummary(r: DrawRecord<unknown>): string[] {
  return [
    `${r.protocol} ${r.kind} ${r.drawId}`,
    `inputHash  ${r.inputHash}`,
    `resultHash ${r.resultHash}`,
    ...(r.saltCommitment !== undefined ? [`saltCommitment ${r.saltCommitment}`] : []),
    `exclusions ${JSON.stringify(r.exclusions)}`,
  ];
}

function runDraw(name: string, d: (typeof DRAWS)[string], requestFile: string, opts: DrawCliOptions): number {
  if (opts.salt !== undefined) refuseSaltOnCommandLine();
  const sealed = (SEALED_DRAW_KINDS as readonly string[]).includes(d.kind);
  if (sealed && opts.resultOut === undefined) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `密封抽取的结果不输出到屏幕：请用 --result-out <文件> 指定保存位置（评标结束前保密）`,
      en: `A sealed draw's result is never printed: give --result-out <file> to keep it (secret until the evaluation ends)`,
      details: { command: `draw ${name}` },
    });
  }
  const request = readJson(requestFile) as Record<string, unknown>;
  const { salt } = saltFrom(opts);
  requireSaltFor(d.kind, salt, { zh: "抽取", en: "The draw" });
  // A record or sealed result already there is the evidence of an earlier draw: never replaced without --force, and
  // refused before the draw so that neither file is written (as salt, reveal, notice and verifier refuse).
  const force = opts.force === true;
  if (!force) refuseExisting([opts.resultOut, opts.out].filter((f): f is string => f !== undefined));
  const outcome = draw(d.kind, { ...request, seedMaterial: seedMaterialOption(opts.seedMaterial), ...(salt !== undefined ? { salt } : {}) });
  if (opts.announcement !== undefined) {
    // The operator's own check before anything is written: a draw that is not the announced one is not made.
    const d = differenceFromAnnouncement(outcome.record, readJson(opts.announcement));
    if (d !== null) {
      throw new GgzyError("INVALID_INPUT", {
        zh: `抽取与预告不符（${d.path}）：预告为 ${JSON.stringify(d.expected)}，实为 ${JSON.stringify(d.actual)}；未写入任何文件`,
        en: `The draw is not the announced one (${d.path}): announced ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}; nothing written`,
        details: { ...d },
      });
    }
  }
  for (const w of outcome.warnings) process.stderr.write(`ggzy: 警告 ${w.zh}\nggzy: warning: ${w.en}\n`);
  if (opts.resultOut !== undefined) writeFile(opts.resultOut, json(outcome.result), { force: true, ...(sealed ? { mode: 0o600 } : {}) });
  if (opts.out !== undefined) writeFile(opts.out, json(outcome.record), { force: true });
  const r = outcome.record;
  if (opts.json) {
    printJson({ record: r, ...(r.sealed ? { resultFile: opts.resultOut } : { result: outcome.result }), warnings: outcome.warnings });
    return EXIT.ok;
  }
  process.stdout.write(
    [
      ...recordSummary(r),
      r.sealed
        ? `结果已密封，写入 ${opts.resultOut}（仅本人可读），评标结束前不得公开 / result SEALED, written to ${opts.resultOut} (mode 0600): do not publish before the evaluation ends`
        : `结果（公开）/ result (public):\n${JSON.stringify(outcome.result, null, 2)}`,
      ...(opts.out !== undefined ? [`记录已写入 / record written to ${opts.out}`] : []),
    ].join("\n") + "\n",
  );
  return EXIT.ok;
}

/**
 * `ggzy draw …`: the draws (committee, spot-checks, supervisors, blind-review) and their lifecycle — `salt` (make a
 * secret salt and its commitment), `commit-salt`, `reveal` (after the evaluation), `notice` (the public notice) and
 * `verifier` (the offline browser page auditors use). Exit 0, 1 for a reveal that does not match, 2 on bad input.
 */
export function registerDraw(program: Command): void {
  const draw = program.command("draw").description("可验证随机抽取及其全过程 / seeded, publicly verifiable draws and their lifecycle (ggzy-draw/1)");

  draw
    .command("salt")
    .description("生成秘密盐值（操作系统随机数，文件权限 0600）并输出应事先公布的承诺 / make a secret salt (OS randomness, file mode 0600) and print the commitment to publish first")
    .requiredOption("--out <file>", "盐值文件（已存在则拒绝，除非 --force）/ salt file (refused if it exists, unless --force)")
    .option("--force", "覆盖已有文件 / overwrite an existing file")
    .option("--json", "JSON output: { saltFile, saltCommitment }")
    .action(
      action((opts: { out: string; force?: boolean; json?: boolean }) => {
        const salt = randomBytes(32).toString("hex");
        writeFile(opts.out, `${salt}\n`, { force: opts.force === true, mode: 0o600 });
        const saltCommitment = commitSalt(salt);
        if (opts.json) printJson({ saltFile: opts.out, saltCommitment });
        else {
          process.stdout.write(
            `saltCommitment ${saltCommitment}\n` +
              `盐值已写入 ${opts.out}（仅本人可读）：抽取前公布上面的承诺，评标结束前不得泄露盐值 / salt written to ${opts.out} (mode 0600): publish the commitment above before the draw; keep the salt secret until the evaluation ends\n`,
          );
        }
        return EXIT.ok;
      }),
    );

  for (const [name, d] of Object.entries(DRAWS)) {
    const sealed = (SEALED_DRAW_KINDS as readonly string[]).includes(d.kind);
    draw
      .command(`${name} <request>`)
      .description(`${d.zh} / ${d.en}`)
      .requiredOption("--seed-material <file|hex>", "公开随机种子（文件或十六进制）/ public seed material: file (JSON or hex) or hex digits")
      .option("--salt-file <file>", SALT_FILE_HELP)
      .addOption(hiddenSaltOption())
      .option("--out <file>", "将公开记录写入文件 / write the public record to this file")
      .option(
        "--result-out <file>",
        sealed ? "完整结果写入此文件（必需，权限 0600，评标结束前保密）/ the full result goes here only (required; mode 0600; secret until the evaluation ends)" : "将结果写入文件 / write the result to this file",
      )
      .option("--force", "覆盖已有的记录或结果文件（否则拒绝，两个文件都不写）/ overwrite an existing record or result file (otherwise refused, and neither file is written)")
      .option("--announcement <file>", "抽取预告（ggzy draw announce）：与预告不符则不抽取 / the draw's announcement (ggzy draw announce): refused, nothing written, unless the draw matches it")
      .option("--json", sealed ? "JSON output: { record, resultFile, warnings } (never the sealed result)" : "JSON output: { record, result, warnings }")
      .action(action((requestFile: string, opts: DrawCliOptions) => runDraw(name, d, requestFile, opts)));
  }

  draw
    .command("announce <kind> <request>")
    .description(
      "抽取前的预告（在开奖或信标值产生之前公布）：绑定编号、时间、输入指纹、盐值承诺，以及随机数的类型、来源和确切格式，使开奖后只能得出一个结果 / the announcement to publish BEFORE the lottery draw or beacon value exists: binds the drawId, time, inputHash, salt commitment and the seed's kind, source and exact text format, so that only one result can follow from the randomness",
    )
    .requiredOption("--seed-kind <kind>", "随机数类型 / seed kind: lottery | beacon | hex | dice")
    .requiredOption("--seed-source <text>", "来源，原样写入种子材料的 source / where it will be published, exactly as the seed material's source will say (e.g. 中国福利彩票双色球 第2024050期 开奖号码)")
    .option("--value-format <format>", "数值的确切格式：# 一位十进制数字，? 一位小写十六进制数字 / the value's exact text: # one decimal digit, ? one lower-case hex digit, anything else itself (lottery, beacon, hex)")
    .option("--dice-sides <n>", "骰子面数 / sides of each die (dice)", "6")
    .option("--dice-count <n>", "骰子个数 / how many dice (dice)")
    .option("--out <file>", "预告写入此文件（已存在则拒绝，除非 --force；默认输出到屏幕）/ write the announcement here (refused if it exists, unless --force; default: standard output)")
    .option("--force", "覆盖已有文件 / overwrite an existing file")
    .action(
      action((kindName: string, requestFile: string, opts: { seedKind: string; seedSource: string; valueFormat?: string; diceSides: string; diceCount?: string; out?: string; force?: boolean }) => {
        const d = DRAWS[kindName];
        if (d === undefined) {
          throw new GgzyError("INVALID_INPUT", {
            zh: `未知的抽取类型：${kindName}（可选 ${Object.keys(DRAWS).join("、")}）`,
            en: `Unknown draw kind: ${kindName} (one of ${Object.keys(DRAWS).join(", ")})`,
          });
        }
        if (opts.out !== undefined && opts.force !== true) refuseExisting([opts.out]);
        const seed =
          opts.seedKind === "dice"
            ? { kind: "dice", source: opts.seedSource, sides: Number(opts.diceSides), count: opts.diceCount === undefined ? NaN : Number(opts.diceCount) }
            : { kind: opts.seedKind, source: opts.seedSource, valueFormat: opts.valueFormat };
        const announcement = announceDraw(d.kind, readJson(requestFile), seed);
        if (opts.out === undefined) process.stdout.write(json(announcement));
        else {
          writeFile(opts.out, json(announcement), { force: opts.force === true });
          process.stdout.write(
            `预告已写入 ${opts.out}：请在开奖（或信标值产生）之前公布 / announcement written to ${opts.out}: publish it before the lottery draw (or beacon value) exists\n`,
          );
        }
        return EXIT.ok;
      }),
    );

  draw
    .command("commit-salt <salt>")
    .description(
      "计算盐值的承诺（事先公布）：盐值文件，或已揭示盐值的十六进制数字 / the commitment to publish before the draw: SHA-256 of the salt's bytes; a salt file, or the hex digits of a salt already revealed",
    )
    .option("--json", "JSON output")
    .action(
      action((salt: string, opts: { json?: boolean }) => {
        const commitment = commitSalt(fileOrValue(salt).trim());
        if (opts.json) printJson({ saltCommitment: commitment });
        else process.stdout.write(`${commitment}\n`);
        return EXIT.ok;
      }),
    );

  draw
    .command("reveal <record>")
    .description(
      "评标结束后揭示密封抽取：核对盐值与承诺、结果与结果哈希，生成公开记录 / after the evaluation: check the salt against its commitment and the result against the sealed record, and write the revealed (public) record",
    )
    .requiredOption("--result <file>", "密封结果文件（抽取时的 --result-out）/ the sealed result file (the draw's --result-out)")
    .option("--salt-file <file>", SALT_FILE_HELP)
    .addOption(hiddenSaltOption())
    .option("--out <file>", "揭示后的公开记录写入此文件（已存在则拒绝，除非 --force；默认输出到屏幕）/ write the revealed record here (refused if it exists, unless --force; default: standard output)")
    .option("--force", "覆盖已有文件 / overwrite an existing file")
    .option("--json", "JSON output: the revealed record and the checks")
    .action(
      action((recordFile: string, opts: { result: string; saltFile?: string; salt?: string; out?: string; force?: boolean; json?: boolean }) => {
        if (opts.salt !== undefined) refuseSaltOnCommandLine();
        // `--out` over the sealed record (or any file) would destroy what an auditor compares the revealed one with.
        if (opts.out !== undefined && opts.force !== true) refuseExisting([opts.out]);
        const record = readJson(recordFile) as DrawRecord<unknown>;
        const { salt } = saltFrom(opts);
        if (salt === undefined) {
          throw new GgzyError("INVALID_INPUT", {
            zh: `揭示需要秘密盐值：请用 --salt-file <文件> 或环境变量 ${SALT_ENV}`,
            en: `Revealing needs the secret salt: give --salt-file <file> or the ${SALT_ENV} environment variable`,
          });
        }
        if (record === null || typeof record !== "object" || record.sealed !== true) {
          throw new GgzyError("INVALID_INPUT", {
            zh: `${recordFile} 不是密封的抽取记录（sealed 不为 true），无需揭示`,
            en: `${recordFile} is not a sealed draw record (sealed is not true): nothing to reveal`,
            details: { file: recordFile },
          });
        }
        const normalised = normaliseSalt(salt);
        const commitment = commitSalt(normalised);
        if (record.saltCommitment !== commitment) {
          process.stderr.write(
            `ggzy draw reveal: 盐值与记录中的承诺不符 / the salt does not match the record's saltCommitment\n  record:   ${String(record.saltCommitment)}\n  the salt: ${commitment}\n`,
          );
          return EXIT.findings;
        }
        let revealed: DrawRecord<unknown>;
        try {
          revealed = revealDraw(record, readJson(opts.result), normalised);
        } catch (e) {
          if (!isGgzyError(e) || e.code !== "VERIFY_MISMATCH") throw e;
          process.stderr.write(`ggzy draw reveal: ${e.zh} / ${e.en}\n`);
          return EXIT.findings;
        }
        if (opts.out !== undefined) writeFile(opts.out, json(revealed), { force: opts.force === true });
        if (opts.json) printJson({ saltCommitment: "matches", resultHash: "matches", record: revealed });
        else if (opts.out === undefined) process.stdout.write(json(revealed));
        else {
          process.stdout.write(
            `盐值与承诺相符，结果与结果哈希相符 / the salt matches its commitment and the result matches the resultHash\n已揭示记录写入 / revealed record written to ${opts.out}\n公布该记录与盐值，任何人可用 ggzy verify 或 verify.html 复核 / publish it with the salt: anyone can check it with ggzy verify or verify.html\n`,
          );
        }
        return EXIT.ok;
      }),
    );

  draw
    .command("notice <record>")
    .description(
      "生成抽取结果公告（中英文，Markdown 与 HTML）：notice-<编号>.md；密封记录为 .sealed.md，揭示后的记录为 .revealed.md / write the draw's public notice (Chinese and English, Markdown and HTML): notice-<drawId>.md and .html; notice-<drawId>.sealed.* for a sealed record, .revealed.* for the revealed one",
    )
    .option("--inputs <file>", "抽取输入（请求文件），用于说明候选人数 / the draw's inputs (the request file), to state the pool sizes")
    .option("--out-dir <dir>", "输出目录 / output directory", ".")
    .option("--force", "覆盖已有文件 / overwrite existing files")
    .option("--json", "JSON output: { markdown, html } file names")
    .action(
      action((recordFile: string, opts: { inputs?: string; outDir: string; force?: boolean; json?: boolean }) => {
        const record = readJson(recordFile);
        const inputsFile = opts.inputs !== undefined ? readJson(opts.inputs) : undefined;
        const notice = drawNotice(record, inputsFile);
        mkdirSync(opts.outDir, { recursive: true });
        const md = join(opts.outDir, `${notice.baseName}.md`);
        const html = join(opts.outDir, `${notice.baseName}.html`);
        // Both files or neither: an existing one is refused before the other is written.
        if (opts.force !== true) refuseExisting([md, html]);
        writeFile(md, notice.markdown);
        writeFile(html, notice.html);
        if (opts.json) printJson({ markdown: md, html });
        else process.stdout.write(`公告已写入 / notice written: ${md}, ${html}\n`);
        return EXIT.ok;
      }),
    );

  draw
    .command("verifier")
    .description("写出离线复核页面 verify.html（浏览器打开即可复核抽取，无需安装任何软件）/ write verify.html, the offline page that checks a draw in any browser")
    .requiredOption("--out <dir>", "输出目录 / output directory")
    .option("--force", "覆盖已有文件 / overwrite an existing file")
    .action(
      action((opts: { out: string; force?: boolean }) => {
        const page = verifierPage();
        mkdirSync(opts.out, { recursive: true });
        const file = join(opts.out, "verify.html");
        writeFile(file, page, { force: opts.force === true });
        process.stdout.write(`${file}\n`);
        return EXIT.ok;
      }),
    );
}
