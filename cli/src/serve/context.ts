import type { RuleSet } from "ggzy-rules/rules";
import type { DecisionLog } from "../decisions/log";
import type { ApiKey, Scope } from "./auth";
import type { ServiceMetrics } from "./metrics";
import type { RuleSetHolder } from "./ruleset";

/** Limits the service enforces on every request. */
export interface ServeLimits {
  /** Largest JSON body, and longest JSON Lines line, in bytes (default 1 MiB). */
  bodyLimit: number;
  /** Deepest JSON nesting accepted (default 64). */
  maxDepth: number;
  /** Time limit per request in milliseconds: receiving it, and for streamed bodies, processing it (default 30 s). */
  requestTimeoutMs: number;
}

/** Headers every response carries (the decision id: the answer of a decision). */
export const HEADER = { contentHash: "ggzy-ruleset-hash", rulesetVersion: "ggzy-ruleset-version", toolVersion: "ggzy-tool-version", decisionId: "ggzy-decision-id" } as const;

/**
 * Routes that still answer once shutdown has begun (`/readyz` says 503 itself): every other request that arrives
 * then gets a 503 problem.
 */
export const SERVED_WHILE_CLOSING: ReadonlySet<string> = new Set(["/healthz", "/readyz"]);

/** The media types of a JSON Lines body (the first is the one to send). */
export const JSON_LINES_TYPES = ["application/x-ndjson", "application/jsonl", "application/json-lines"] as const;

export const DEFAULT_LIMITS: ServeLimits = { bodyLimit: 1024 * 1024, maxDepth: 64, requestTimeoutMs: 30_000 };

/** What the routes share. */
export interface ServeContext {
  readonly rules: RuleSetHolder;
  readonly keys: readonly ApiKey[] | undefined;
  readonly decisions: DecisionLog | undefined;
  readonly metrics: ServiceMetrics;
  readonly limits: ServeLimits;
  readonly toolVersion: string;
  /** The clock (the application may read it; tests give a fixed one). */
  readonly now: () => Date;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The rule set this request runs under (taken when it arrived: a reload does not change it mid-request). */
    ruleSet: RuleSet;
    apiKey: ApiKey | undefined;
    /** The id of the decision this request took (the last one, for a batch). */
    decisionId: string | undefined;
  }
  interface FastifyContextConfig {
    /** The scope a key needs for this route; `null`: any valid key; absent: public. */
    scope?: Scope | null;
    /**
     * The media types a 415 of this route names (default: application/json); JSON Lines routes also take the
     * aliases of application/x-ndjson (application/jsonl, application/json-lines).
     */
    accepts?: readonly string[];
  }
}
