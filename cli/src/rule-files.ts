/*
 * Reading what `ggzy rules test|lint|doc|sign` take: pack files (or the names of the built-in packs), trusted public
 * keys, directories of cases. Everything is read and checked before anything runs: one bad file stops the command
 * with its name, and nothing is loaded half. `ggzy check --pack` and `ggzy serve --pack` load their packs here too, so
 * a pack is trusted, refused or composed the same way wherever it is named.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { GgzyError } from "ggzy-rules/model";
import { builtInPacks } from "ggzy-rules/rules";
import { composeRuleSet, loadPack, parseCases, readPublicKey } from "ggzy-rules/authoring";
import type { RuleSet } from "ggzy-rules/rules";
import type { LoadedPack, PackPublicKey, RuleCase } from "ggzy-rules/authoring";
import { readJson } from "./io";

/** The packs of a command line: loaded files, and the tags of every pack named (built-in ones included). */
export interface PackArgs {
  readonly loaded: LoadedPack[];
  /** `name@version` of each pack named on the command line, in order. */
  readonly named: string[];
}

/** Reads trusted public keys (`--trusted-key`). */
export function readTrustedKeys(files: ReadonlyArray<string> | undefined): PackPublicKey[] | undefined {
  if (files === undefined || files.length === 0) return undefined;
  return files.map((f) => readPublicKey(readJson(f), f));
}

/**
 * Loads pack arguments: `national` and `liaocheng` name the built-in packs; anything else is a file. With trusted
 * keys every file must be signed by one of them. A rule reading a fact path its subject lacks is refused, unless
 * `checkFactPaths` is false (`ggzy rules lint`, which lists such rules among its findings).
 */
export function readPackArgs(args: ReadonlyArray<string>, trustedKeyFiles?: ReadonlyArray<string>, options: { readonly checkFactPaths?: boolean } = {}): PackArgs {
  return loadPackArgs(args, readTrustedKeys(trustedKeyFiles), options);
}

/**
 * {@link readPackArgs} with the trusted keys already read (the service reads them once, and reloads its packs against
 * them). A file that is not JSON is named with the line and column, as every JSON file the CLI reads.
 */
export function loadPackArgs(args: ReadonlyArray<string>, trustedKeys: ReadonlyArray<PackPublicKey> | undefined, options: { readonly checkFactPaths?: boolean } = {}): PackArgs {
  const loaded: LoadedPack[] = [];
  const named: string[] = [];
  for (const a of args) {
    const builtIn = builtInPacks.find((p) => p.name === a);
    if (builtIn !== undefined) {
      named.push(`${builtIn.name}@${builtIn.version}`);
      continue;
    }
    const l = loadPack(readJson(a), { source: a, ...(trustedKeys !== undefined ? { trustedKeys } : {}), ...(options.checkFactPaths === false ? { checkFactPaths: false } : {}) });
    loaded.push(l);
    named.push(l.tag);
  }
  return { loaded, named };
}

/** The rule set of a command line's packs (built-ins first). */
export function ruleSetOf(args: PackArgs): RuleSet {
  return composeRuleSet(args.loaded);
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : []))
    .sort();
}

/** Reads every case of a directory (`*.json`, recursively, in name order) or of one file. */
export function readCases(path: string): RuleCase[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw new GgzyError("IO_ERROR", { zh: `无法读取 ${path}：${(e as Error).message}`, en: `Cannot read ${path}: ${(e as Error).message}`, details: { file: path } });
  }
  const files = isDir ? jsonFiles(path) : [path];
  if (files.length === 0) {
    throw new GgzyError("INVALID_CASE", { zh: `${path} 中没有测试用例（*.json）`, en: `${path} holds no test case (*.json)`, details: { file: path } });
  }
  return files.flatMap((f) => parseCases(readJson(f), isDir ? relative(path, f) || f : f));
}
