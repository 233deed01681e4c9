import { toShanghaiDate } from "ggzy-rules/calendar";
import type { RuleSet } from "ggzy-rules/rules";
import type { DecisionLog } from "../decisions/log";
import type { ApiKey, Scope } from "./auth";
import type { ServiceMetrics } from "./metrics";
import type { StreamedRequest, StreamOutcome } from "./stream";
import type { RuleSetHolder } from "./ruleset";

/** Limits the service enforces on every request. */
export interface ServeLimits {
  /** Largest JSON body, and longest JSON Lines line, in bytes (default 1 MiB). */
  bodyLimit: number;
  /** Deepest JSON nesting accepted (default 64). */
  maxDepth: number;
  /**
   * Time limit in milliseconds (default 30 s). A request parsed whole (every route but the streamed ones) must arrive
   * within it, headers and body. A streamed request (the batch's and risk's JSON Lines) is read as it is processed,
   * however long that takes, and is stopped only when the connection stays idle this long: no byte received from the
   * client nor sent to it while its body is still coming.
   */
  requestTimeoutMs: number;
  /** Longest time a streamed request may run in all, in milliseconds; 0 (the default): no limit but the idle one. */
  streamMaxMs: number;
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

export const DEFAULT_LIMITS: ServeLimits = { bodyLimit: 1024 * 1024, maxDepth: 64, requestTimeoutMs: 30_000, streamMaxMs: 0 };

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
  /** The check endpoints' default for `?provisionalCalendar` (the operator's `--provisional-calendar`). */
  readonly provisionalCalendar: boolean;
  /** Streamed requests in flight: a shutdown stops each at its next record, with a final line that says so. */
  readonly streams: Set<StreamedRequest>;
}

/** Today in Asia/Shanghai by the service's clock: the default `asOf` of the check and score endpoints. */
export function serviceToday(ctx: ServeContext): string {
  return toShanghaiDate(ctx.now().toISOString());
}

declare module "fastify" {
  interface FastifyRequest {
    /** The rule set this request runs under (taken when it arrived: a reload does not change it mid-request). */
    ruleSet: RuleSet;
    apiKey: ApiKey | undefined;
    /** The id of the decision this request took (the last one, for a batch). */
    decisionId: string | undefined;
    /** How a streamed request ended (records answered, stopped or not): its request log line says it. */
    streamed: StreamOutcome | undefined;
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
