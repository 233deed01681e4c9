import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { GgzyError } from "ggzy-rules/model";
import { builtInPacks } from "ggzy-rules/rules";
import { FACTS_CATALOGUE, LINT_CHECKS, factsOfSubject, lintPacks, loadPack, makePackKeys, readSigningKey, renderCatalogue, renderFactsReference, signPack } from "ggzy-rules/authoring";
import type { RulePack } from "ggzy-rules/rules";
import type { LintReport } from "ggzy-rules/authoring";
import { EXIT, action, printJson, readJson, refuseExisting, writeFile, writeText } from "../io";
import { subjectsOfKind, unknownName } from "../names";
import { readPackArgs, ruleSetOf } from "../rule-files";

/** Names, the first few of them. */
function someNames(names: ReadonlySet<string>): string {
  const list = [...names];
  return list.length > 4 ? `${list.slice(0, 4).join(", ")}, …` : list.join(", ");
}

/**
 * The last line of a lint that found problems, counted by where they are: in rules (which), in parameters (which),
 * or in the packs as a whole (they do not compose). "1 problem in 0 rules" said nothing true about a loosened param.
 */
export function lintSummary(report: LintReport): string {
  const rules = new Set<string>();
  const params = new Set<string>();
  let inRules = 0;
  let inParams = 0;
  let elsewhere = 0;
  for (const f of report.findings) {
    if (f.ruleId !== undefined) {
      inRules++;
      rules.add(f.ruleId);
    } else if (f.path[0] === "params") {
      inParams++;
      if (typeof f.path[1] === "string") params.add(f.path[1]);
    } else elsewhere++;
  }
  const n = report.findings.length;
  const where = [
    ...(inRules > 0 ? [`${inRules} in ${rules.size === 1 ? "rule" : `${rules.size} rules`} ${someNames(rules)}`] : []),
    ...(inParams > 0 ? [`${inParams} in ${params.size === 1 ? "parameter" : `${params.size} parameters`} ${someNames(params)}`] : []),
    ...(elsewhere > 0 ? [`${elsewhere} in how the packs compose`] : []),
  ];
  return `${n} ${n === 1 ? "problem" : "problems"}: ${where.join("; ")} (${report.rules} ${report.rules === 1 ? "rule" : "rules"} linted)`;
}

/** `ggzy rules lint <pack…>`. */
function registerLint(rules: Command): void {
  rules
    .command("lint")
    .description(`检查规则包 / lint packs: ${Object.keys(LINT_CHECKS).join(", ")}. Packs: files, or national / liaocheng for the built-ins`)
    .argument("<packs...>", "规则包文件 / pack files")
    .option("--json", "JSON output")
    .action(
      action((args: string[], opts: { json?: boolean }) => {
        const builtIns = args.filter((a) => builtInPacks.some((p) => p.name === a));
        // Lint lists a rule reading a path its subject lacks among its findings, rather than stopping at it as loading does.
        const { loaded } = readPackArgs(args.filter((a) => !builtIns.includes(a)), undefined, { checkFactPaths: false });
        const report = lintPacks(loaded, builtIns);
        if (opts.json) printJson(report);
        else {
          const out = report.findings.map((f) => `${f.pack}: ${f.check}${f.ruleId ? ` ${f.ruleId}` : ""} at ${f.path.join(".") || "(pack)"}\n  ${f.message.zh}\n  ${f.message.en}`);
          out.push(report.ok ? `lint clean: ${report.rules} rules, ${Object.keys(LINT_CHECKS).length} checks` : lintSummary(report));
          process.stdout.write(`${out.join("\n")}\n`);
        }
        return report.ok ? EXIT.ok : EXIT.findings;
      }),
    );
}

/** `ggzy rules facts [subject] [--json]`. */
function registerFacts(rules: Command): void {
  rules
    .command("facts")
    .description("规则可读取的事实（按主题）/ the facts and paths a rule may read, per subject")
    .argument("[subject]", `主题 / subject: ${FACTS_CATALOGUE.map((s) => s.subject).join(", ")}`)
    .option("--json", "JSON output")
    .action(
      action((subject: string | undefined, opts: { json?: boolean }) => {
        if (subject !== undefined && factsOfSubject(subject) === undefined) {
          throw unknownName({
            what: { zh: "未知主题", en: "Unknown subject" },
            given: subject,
            known: FACTS_CATALOGUE.map((s) => s.subject),
            note: subjectsOfKind(subject),
            details: { subject },
          });
        }
        if (opts.json) printJson(subject === undefined ? FACTS_CATALOGUE.map((s) => factsOfSubject(s.subject)) : factsOfSubject(subject));
        else process.stdout.write(renderFactsReference(subject));
      }),
    );
}

/** `ggzy rules doc <pack…> [--format md|html]`. */
function registerDoc(rules: Command): void {
  rules
    .command("doc")
    .description("生成公开的规则目录 / the catalogue a supervisor publishes (Markdown or HTML)")
    .argument("[packs...]", "规则包文件（缺省：内置规则）/ pack files (default: the built-in packs)")
    .option("--format <format>", "md | html", "md")
    .option("--trusted-key <file...>", "只接受由这些公钥签名的规则包 / accept only packs signed by these public keys")
    .action(
      action((args: string[], opts: { format: string; trustedKey?: string[] }) => {
        if (opts.format !== "md" && opts.format !== "html") {
          throw new GgzyError("INVALID_INPUT", { zh: `--format 须为 md 或 html（收到 ${opts.format}）`, en: `--format must be md or html (got ${opts.format})` });
        }
        const packArgs = readPackArgs(args, opts.trustedKey);
        const set = ruleSetOf(packArgs);
        const packs = [...builtInPacks, ...packArgs.loaded.map((l) => l.pack)] as RulePack[];
        process.stdout.write(renderCatalogue(set, { packs, format: opts.format }));
      }),
    );
}

/** `ggzy rules keygen --out <prefix>`. */
function registerKeygen(rules: Command): void {
  rules
    .command("keygen")
    .description("生成 Ed25519 签名密钥 / make an Ed25519 key pair for signing packs: <prefix>.key.json (secret) and <prefix>.pub.json")
    .requiredOption("--out <prefix>", "文件名前缀 / file name prefix")
    .option("--force", "覆盖已有文件 / overwrite existing files")
    .action(
      action((opts: { out: string; force?: boolean }) => {
        const secretFile = `${opts.out}.key.json`;
        const publicFile = `${opts.out}.pub.json`;
        // Both files or neither: a public key file in the way must not leave a new secret key without its public half.
        if (opts.force !== true) refuseExisting([secretFile, publicFile]);
        // The library takes its randomness as input: 32 bytes from the operating system's generator.
        const { signingKey, publicKey } = makePackKeys(new Uint8Array(randomBytes(32)));
        // The secret key is the owner's alone from the moment it exists (as a draw's salt); the public key is for all.
        writeFile(secretFile, `${JSON.stringify(signingKey, null, 2)}\n`, { force: opts.force === true, mode: 0o600 });
        writeText(publicFile, `${JSON.stringify(publicKey, null, 2)}\n`, opts.force === true);
        process.stdout.write(`key ${publicKey.keyId}: ${opts.out}.key.json (keep secret), ${opts.out}.pub.json (publish)\n`);
      }),
    );
}

/** `ggzy rules sign <pack> --key <file> [--out <file>]`. */
function registerSign(rules: Command): void {
  rules
    .command("sign")
    .description("为规则包签名 / sign a pack with an Ed25519 key (the pack is validated first)")
    .argument("<pack>", "规则包文件 / pack file")
    .requiredOption("--key <file>", "签名私钥（ggzy rules keygen）/ signing key file")
    .option("--out <file>", "输出文件（缺省：标准输出）/ output file (default: standard output)")
    .option("--force", "覆盖已有文件 / overwrite an existing file")
    .action(
      action((file: string, opts: { key: string; out?: string; force?: boolean }) => {
        const key = readSigningKey(readJson(opts.key), opts.key);
        const value = readJson(file);
        const loaded = loadPack(value, { source: file });
        const signed = signPack(value as object, key);
        const json = `${JSON.stringify(signed, null, 2)}\n`;
        if (opts.out !== undefined) writeText(opts.out, json, opts.force === true);
        else process.stdout.write(json);
        process.stderr.write(`signed ${loaded.tag} (content hash ${signed.signature.contentHash}) with key ${key.keyId}\n`);
      }),
    );
}

/** The authoring subcommands of `ggzy rules`. */
export function registerRulesAuthoring(rules: Command): void {
  registerLint(rules);
  registerFacts(rules);
  registerDoc(rules);
  registerKeygen(rules);
  registerSign(rules);
}
