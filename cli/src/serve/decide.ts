import { randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { GgzyError } from "ggzy-rules/model";
import { DECISION_FORMAT } from "../decisions/record";
import type { DecisionRecord } from "../decisions/record";
import type { ServeContext } from "./context";
import { canonicalText, sha256Text } from "../decisions/operations";

/** What a route knows about a decision; the rest (id, time, tool, rule set) is filled in here. */
export interface DecisionFacts {
  endpoint: string;
  subject: string;
  input: unknown;
  /** Precomputed input hash (risk hashes the body's bytes as they stream in). */
  inputHash?: string;
  verdict: string;
  findings?: string[];
  outputHash?: string;
  options?: Record<string, unknown>;
  error?: string;
  draw?: DecisionRecord["draw"];
  /** False: log the input hash only, never the input (draw requests carry a salt; risk bodies are streamed). */
  loggable?: boolean;
}

/**
 * Takes a decision's id and appends its record to the decision log (when there is one) before the response goes
 * out. Counts the decision and its findings in the metrics.
 */
export function decide(ctx: ServeContext, req: FastifyRequest, facts: DecisionFacts): string {
  const id = randomUUID();
  req.decisionId = id;
  const set = req.ruleSet;
  ctx.metrics.decisions.inc({ endpoint: facts.endpoint, verdict: facts.verdict });
  for (const f of facts.findings ?? []) ctx.metrics.findings.inc({ rule: f });
  if (ctx.decisions === undefined) return id;
  // The input's canonical text is made once: its hash goes into the record, and the log may keep the text itself.
  const canonical = facts.inputHash === undefined ? safeCanonical(facts.input) : undefined;
  const record: DecisionRecord = {
    format: DECISION_FORMAT,
    id,
    time: ctx.now().toISOString(),
    tool: `ggzy-cli@${ctx.toolVersion}`,
    endpoint: facts.endpoint,
    subject: facts.subject,
    inputHash: facts.inputHash ?? sha256Text(canonical ?? "null"),
    inputHashOf: facts.inputHash !== undefined ? "bytes" : "canonicalJson",
    ruleset: { version: set.version, contentHash: set.contentHash, packs: set.packs.map((p) => ({ ...p })) },
    verdict: facts.verdict,
    findings: facts.findings ?? [],
    ...(facts.outputHash !== undefined ? { outputHash: facts.outputHash } : {}),
    ...(facts.options !== undefined ? { options: facts.options } : {}),
    ...(facts.error !== undefined ? { error: facts.error } : {}),
    ...(facts.draw !== undefined ? { draw: facts.draw } : {}),
  };
  if (facts.loggable === false) ctx.decisions.append(record);
  else ctx.decisions.append(record, facts.input, canonical);
  return id;
}

/** What a route knows about a refused input: the decision's facts but its verdict and error, which the refusal gives. */
export type RefusalFacts = Omit<DecisionFacts, "verdict" | "error" | "findings" | "outputHash" | "draw">;

/**
 * Records a refused input as a decision (verdict `rejected`, `error` the library's code) when `e` is the library's
 * refusal, then gives `e` back to be rethrown. Anything else (a fault of the service) is not a decision. Every
 * decision route sends its refusals here, whether its query, its envelope or the library refused the input.
 */
export function refused(ctx: ServeContext, req: FastifyRequest, e: unknown, facts: RefusalFacts): unknown {
  if (e instanceof GgzyError) decide(ctx, req, { ...facts, verdict: "rejected", error: e.code });
  return e;
}

function safeCanonical(input: unknown): string {
  try {
    return canonicalText(input);
  } catch {
    return "null";
  }
}
