import { closeSync, openSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { GgzyError } from "ggzy-rules/model";
import pkg from "../../package.json";
import { builtInPacks, defaultRuleSet } from "ggzy-rules/rules";
import type { PackOverride, Report, RulePack, RuleSet } from "ggzy-rules/rules";
import { verifyDraw } from "ggzy-rules/sampling";
import { readPackFile, ruleSetFromPacks } from "../serve/ruleset";
import { checkVerdict, hashCanonicalNode, outputHash, rankVerdict, reportDigest, runCheck, runDraw, runRank, runScore, verifyVerdict } from "./operations";
import type { CheckOptions } from "./operations";
import { DECISION_FORMAT } from "./record";
import { readJsonLines } from "../lines";
import type { DecisionRecord } from "./record";

/**
 * How one logged decision fared when taken again: `inconsistent` when the line disagrees with itself (edited after
 * the fact), `different` when the decision taken again differs from the logged one.
 */
export type ReplayStatus = "identical" | "different" | "inconsistent" | "notReplayable" | "unreadable";

export interface ReplayOutcome {
  file: string;
  line: number;
  id?: string;
  endpoint?: string;
  status: ReplayStatus;
  /** Why it differs, or why it could not be replayed. */
  reason?: string;
  /** The tool that took the decision, when it is not the one replaying it (`REPLAY_TOOL`). */
  tool?: string;
}

/** The tool replaying, named as a decision record names the tool that took it. */
export const REPLAY_TOOL = `ggzy-cli@${pkg.version}`;

export interface ReplaySummary {
  decisions: number;
  identical: number;
  different: number;
  inconsistent: number;
  notReplayable: number;
  unreadable: number;
  /** The tool that replayed (`ggzy-cli@…`). */
  tool: string;
  /**
   * Decisions taken by another version of the tool, by version: identical means identical under this version, which
   * is not the one that took them.
   */
  otherTools: Record<string, number>;
  outcomes: ReplayOutcome[];
}

/**
 * Finds rule sets by content hash: the built-in set, and any set the packs in `packsDir` compose in the order a
 * decision record names them (its `ruleset.packs` beyond the built-ins). Several files may carry the same name and
 * version (a pack edited without a new version, a draft beside the published one): each is tried, and the set is
 * the one that hashes to the recorded value.
 */
export class RuleSetLibrary {
  readonly #byHash = new Map<string, RuleSet>();
  readonly #packs = new Map<string, Array<RulePack | PackOverride>>();

  constructor(packsDir?: string) {
    const d = defaultRuleSet();
    this.#byHash.set(d.contentHash, d);
    if (packsDir === undefined) return;
    for (const f of readdirSync(packsDir).filter((n) => n.endsWith(".json")).sort()) {
      try {
        const p = readPackFile(join(packsDir, f));
        const key = `${p.name}@${p.version}`;
        this.#packs.set(key, [...(this.#packs.get(key) ?? []), p]);
      } catch (e) {
        if (!(e instanceof GgzyError)) throw e;
        // Not a pack (another JSON file in the folder): ignored.
      }
    }
  }

  /** The rule set a record was decided under, or why it cannot be had. */
  find(r: DecisionRecord["ruleset"]): RuleSet | string {
    const known = this.#byHash.get(r.contentHash);
    if (known !== undefined) return known;
    const candidates: Array<ReadonlyArray<RulePack | PackOverride>> = [];
    for (const p of r.packs.slice(builtInPacks.length)) {
      const found = this.#packs.get(`${p.name}@${p.version}`);
      if (found === undefined) return `rule set ${r.version} (${r.contentHash.slice(0, 12)}…): pack ${p.name}@${p.version} not found (give --packs <dir>)`;
      candidates.push(found);
    }
    let why: string | undefined;
    for (const packs of combinations(candidates)) {
      let set: RuleSet;
      try {
        set = ruleSetFromPacks(packs);
      } catch (e) {
        why ??= `rule set ${r.version}: packs do not compose: ${(e as Error).message}`;
        continue;
      }
      if (set.contentHash === r.contentHash) {
        this.#byHash.set(set.contentHash, set);
        return set;
      }
      why = `rule set ${r.version}: the packs found hash to ${set.contentHash.slice(0, 12)}…, not the recorded ${r.contentHash.slice(0, 12)}… (their content changed)`;
    }
    return why ?? `rule set ${r.version}: no packs`;
  }
}

/** Every way of taking one element of each list, in order (the lists are the files found for each recorded pack). */
function* combinations<T>(lists: ReadonlyArray<ReadonlyArray<T>>, from = 0): Generator<T[]> {
  if (from === lists.length) {
    yield [];
    return;
  }
  for (const head of lists[from] ?? []) for (const rest of combinations(lists, from + 1)) yield [head, ...rest];
}

function diffIds(before: readonly string[], after: readonly string[]): string {
  const b = new Set(before);
  const a = new Set(after);
  const gone = [...b].filter((x) => !a.has(x));
  const added = [...a].filter((x) => !b.has(x));
  const parts = [];
  if (gone.length > 0) parts.push(`findings no longer raised: ${gone.join(", ")}`);
  if (added.length > 0) parts.push(`findings now raised: ${added.join(", ")}`);
  // The digest covers the evidence, the rules' versions and the rules evaluated; the line's own hash could also have
  // been edited, which nothing in the line can tell apart.
  return parts.length > 0 ? parts.join("; ") : "same verdict and finding ids; evidence, rule versions or the rules evaluated differ (or the line's outputHash was edited)";
}

/** What taking a decision again gave: the hash its record keeps, its verdict and its finding ids. */
interface Retaken {
  readonly hash: string;
  readonly verdict: string;
  readonly findings: readonly string[];
}

/** Takes a logged decision again with the operation that took it; undefined for an endpoint that is not replayed. */
function retake(rec: DecisionRecord, set: RuleSet): Retaken | undefined {
  const opts = (rec.options ?? {}) as CheckOptions & { asOf?: string; detected?: boolean };
  if (rec.endpoint.startsWith("POST /v1/check")) {
    const report = runCheck(opts.detected === true ? undefined : rec.subject, rec.input, { ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}), ...(opts.provisionalCalendar === true ? { provisionalCalendar: true } : {}), ...(opts.explain !== undefined ? { explain: opts.explain } : {}), ...(opts.locale !== undefined ? { locale: opts.locale } : {}) }, set);
    return { hash: reportDigest(report), verdict: checkVerdict(report), findings: report.findings.map((f) => f.ruleId) };
  }
  if (rec.endpoint === "POST /v1/draws/verify") {
    const v = rec.input as { record: unknown; inputs: unknown; seedMaterial: unknown };
    const verification = verifyDraw(v.record, v.inputs, v.seedMaterial);
    return { hash: outputHash(verification), verdict: verifyVerdict(verification), findings: [] };
  }
  if (rec.endpoint.startsWith("POST /v1/draws/")) return { hash: outputHash(runDraw(rec.subject, rec.input).record), verdict: "drawn", findings: [] };
  if (rec.endpoint.startsWith("POST /v1/score/")) return { hash: outputHash(runScore(rec.subject, rec.input, opts.asOf ?? "")), verdict: "scored", findings: [] };
  if (rec.endpoint === "POST /v1/rank") {
    const ranking = runRank(rec.input, opts.asOf ?? "");
    return { hash: outputHash(ranking), verdict: rankVerdict(ranking), findings: [] };
  }
  return undefined;
}

/** The fields masked in a line's logged input (and `salt` when one was removed); empty when it was logged whole. */
function maskedFields(rec: DecisionRecord): readonly string[] {
  return rec.masked ?? [];
}

/**
 * Why a line's input is not the one it logged, if it is not: an input logged whole hashes to the recorded
 * `inputHash`; a masked one (changed on purpose, so it cannot) to its `maskedInputHash`. A masked line written
 * before that hash was kept cannot be checked here.
 */
function editedInput(rec: DecisionRecord): string | undefined {
  if (rec.inputHashOf !== "canonicalJson") return undefined;
  if (maskedFields(rec).length === 0) {
    if (hashCanonicalNode(rec.input) === rec.inputHash) return undefined;
    return "the logged input does not hash to the recorded inputHash: the line was edited or damaged";
  }
  if (rec.maskedInputHash === undefined || hashCanonicalNode(rec.input) === rec.maskedInputHash) return undefined;
  return "the logged (masked) input does not hash to the recorded maskedInputHash: the line was edited or damaged";
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A masked decision whose replay did not give back the recorded result: the masked values may be all it turned on
 * (two people with the same name and masked id numbers are one person on replay), so nothing can be said of whether
 * the decision, the rules or the line changed. `what` says what the masked input gives, for the reader.
 */
function maskedOutcome(rec: DecisionRecord, what: string): { status: ReplayStatus; reason: string } {
  return {
    status: "notReplayable",
    reason: `input masked (${maskedFields(rec).join(", ")}): taken again on the masked input, ${what}; the decision may turn on the masked values, so replay cannot tell whether it changed (log these fields unmasked to replay it)`,
  };
}

/** The findings raised more or fewer times in `after` than in `before` (a rule may be raised once per expert). */
function findingsDiff(before: readonly string[], after: readonly string[]): string {
  const count = new Map<string, number>();
  for (const id of before) count.set(id, (count.get(id) ?? 0) - 1);
  for (const id of after) count.set(id, (count.get(id) ?? 0) + 1);
  const times = (id: string, n: number): string => (Math.abs(n) > 1 ? `${id} ×${Math.abs(n)}` : id);
  const more = [...count].filter(([, n]) => n > 0).map(([id, n]) => times(id, n));
  const fewer = [...count].filter(([, n]) => n < 0).map(([id, n]) => times(id, n));
  const parts = [];
  if (more.length > 0) parts.push(`more findings raised: ${more.join(", ")}`);
  if (fewer.length > 0) parts.push(`fewer findings raised: ${fewer.join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : "the same findings with other evidence";
}

/**
 * Takes one decision again and compares. A line whose own fields disagree — its input with its `inputHash` (or,
 * masked, its `maskedInputHash`), or its verdict and finding ids with the decision its `outputHash` records — is
 * `inconsistent`: it was edited after the fact, whatever the rules say now. A masked line is compared only when
 * its masked input gives back the recorded `outputHash`; otherwise it is `notReplayable`, never `different`.
 */
export function replayDecision(rec: DecisionRecord, rules: RuleSetLibrary): { status: ReplayStatus; reason?: string } {
  if (rec.subject === "risk") return { status: "notReplayable", reason: "risk inputs are streamed and never logged (only the hash of their bytes)" };
  if (rec.draw?.sealed === true) return { status: "notReplayable", reason: "sealed draw: its salt is never logged" };
  if (!("input" in rec)) {
    if (rec.subject === "verify") return { status: "notReplayable", reason: "verification with a revealed salt: only hashes are logged" };
    return { status: "notReplayable", reason: "input not logged (start the service with --log-inputs)" };
  }
  const edited = editedInput(rec);
  if (edited !== undefined) return { status: "inconsistent", reason: edited };
  const set = rules.find(rec.ruleset);
  if (typeof set === "string") return { status: "notReplayable", reason: set };
  const masked = maskedFields(rec).length > 0;
  let now: Retaken | undefined;
  try {
    now = retake(rec, set);
  } catch (e) {
    if (!(e instanceof GgzyError)) throw e;
    if (rec.verdict === "rejected" && rec.error === e.code) return { status: "identical" };
    if (masked) return maskedOutcome(rec, `it is refused with ${e.code} (the line says ${rec.verdict === "rejected" ? `refused with ${rec.error ?? "an error"}` : rec.verdict})`);
    return { status: "different", reason: `now refused with ${e.code} (${e.en}), was ${rec.verdict}` };
  }
  if (now === undefined) return { status: "notReplayable", reason: `endpoint ${rec.endpoint} is not replayed` };
  if (rec.verdict === "rejected") {
    if (masked) return maskedOutcome(rec, `it is accepted (the line says refused with ${rec.error ?? "an error"})`);
    return { status: "different", reason: `was refused with ${rec.error ?? "an error"}, now accepted` };
  }
  const sameVerdict = now.verdict === rec.verdict && sameList(now.findings, rec.findings);
  if (now.hash === rec.outputHash) {
    if (sameVerdict) return { status: "identical" };
    return { status: "inconsistent", reason: `the line says ${rec.verdict} [${rec.findings.join(", ")}], but the decision its outputHash records is ${now.verdict} [${now.findings.join(", ")}]: the line was edited` };
  }
  if (masked) {
    const verdict = now.verdict !== rec.verdict ? `verdict ${rec.verdict} → ${now.verdict}; ` : "";
    return maskedOutcome(rec, rec.endpoint.startsWith("POST /v1/check") ? `${verdict}${findingsDiff(rec.findings, now.findings)}` : "the result's hash differs");
  }
  if (rec.endpoint.startsWith("POST /v1/check")) {
    const verdict = now.verdict !== rec.verdict ? `verdict ${rec.verdict} → ${now.verdict}; ` : "";
    return { status: "different", reason: `${verdict}${diffIds(rec.findings, now.findings)}` };
  }
  return { status: "different", reason: "the result's hash differs" };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
/** A line the reader gave as bytes (it does so for every line of a chunk that is not all UTF-8): most are. */
function decoded(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error("not valid UTF-8 text");
  }
}

/** Where a log line fared: unreadable, or replayed. */
function outcomeOf(file: string, line: number, text: string | Uint8Array, rules: RuleSetLibrary): ReplayOutcome {
  let rec: DecisionRecord;
  try {
    rec = JSON.parse(typeof text === "string" ? text : decoded(text)) as DecisionRecord;
    if (rec.format !== DECISION_FORMAT) throw new Error(`not a ${DECISION_FORMAT} record`);
  } catch (e) {
    return { file, line, status: "unreadable", reason: (e as Error).message };
  }
  const r = replayDecision(rec, rules);
  const tool = typeof rec.tool === "string" && rec.tool !== REPLAY_TOOL ? { tool: rec.tool } : {};
  return { file, line, id: rec.id, endpoint: rec.endpoint, status: r.status, ...(r.reason !== undefined ? { reason: r.reason } : {}), ...tool };
}

/**
 * Replays every decision of the given log files (rotated files too: give them all), one line at a time as the files
 * are read, so logs of any size replay in the memory of one decision. Every file is opened before the first decision
 * is taken: a missing one fails the run before it reports anything.
 */
export async function* replayOutcomes(files: readonly string[], packsDir?: string): AsyncGenerator<ReplayOutcome> {
  for (const file of files) {
    try {
      closeSync(openSync(file, "r"));
    } catch (e) {
      throw new GgzyError("IO_ERROR", { zh: `无法读取决策日志 ${file}：${(e as Error).message}`, en: `Cannot read decision log ${file}: ${(e as Error).message}`, details: { file } });
    }
  }
  const rules = new RuleSetLibrary(packsDir);
  for (const file of files) {
    let line = 0;
    for await (const text of readJsonLines(file)) yield outcomeOf(file, ++line, text, rules);
  }
}

/**
 * A replay's counts, and its outcomes: each given to `onOutcome` as it comes when there is one (nothing is kept),
 * else every one in `outcomes` (one JSON document).
 */
export async function replayLogs(files: readonly string[], packsDir?: string, onOutcome?: (o: ReplayOutcome) => void): Promise<ReplaySummary> {
  const summary: ReplaySummary = { decisions: 0, identical: 0, different: 0, inconsistent: 0, notReplayable: 0, unreadable: 0, tool: REPLAY_TOOL, otherTools: {}, outcomes: [] };
  for await (const o of replayOutcomes(files, packsDir)) {
    summary.decisions++;
    summary[o.status]++;
    if (o.tool !== undefined) summary.otherTools[o.tool] = (summary.otherTools[o.tool] ?? 0) + 1;
    if (onOutcome !== undefined) onOutcome(o);
    else summary.outcomes.push(o);
  }
  return summary;
}
