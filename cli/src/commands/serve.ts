import type { Command } from "commander";
import { Option } from "commander";
import { GgzyError } from "ggzy-rules/model";
import { DEFAULT_MASK, DecisionLog } from "../decisions/log";
import type { DecisionLogOptions } from "../decisions/log";
import { action } from "../io";
import { nonNegativeInteger, portNumber, positiveInteger } from "../options";
import { buildServer } from "../serve/app";
import { readKeysFile } from "../serve/auth";
import { DEFAULT_LIMITS } from "../serve/context";
import { loggerOptions } from "../serve/logging";
import { RuleSetHolder } from "../serve/ruleset";
import { readTrustedKeys } from "../rule-files";

interface ServeCliOptions {
  port: number;
  host: string;
  pack?: string[];
  trustedKey?: string[];
  keys?: string;
  decisionLog?: string;
  logInputs?: boolean;
  mask: string;
  decisionLogMaxBytes: number;
  bodyLimit: number;
  maxDepth: number;
  timeoutMs: number;
  streamMaxMs: number;
  logLevel: string;
  provisionalCalendar?: boolean;
}

/** pino's levels, and `silent`. */
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** A list of files from repeated options or an environment variable, comma-separated (GGZY_PACKS=a.json,b.json). */
function fileList(v: string, prev: string[] | undefined): string[] {
  return [...(prev ?? []), ...v.split(",").filter((x) => x !== "")];
}

/** A decision log that cannot be opened is the user's to fix: said in both languages, without a stack trace. */
function openDecisionLog(options: DecisionLogOptions): DecisionLog {
  try {
    return new DecisionLog(options);
  } catch (e) {
    throw new GgzyError("IO_ERROR", {
      zh: `无法打开决策日志 ${options.file}：${(e as Error).message}`,
      en: `Cannot open the decision log ${options.file}: ${(e as Error).message}`,
      details: { file: options.file },
    });
  }
}

/** Why the service could not listen, in words (port taken, no permission, no such address). */
function listenError(e: unknown, host: string, port: number): GgzyError {
  const code = (e as NodeJS.ErrnoException).code;
  const where = `${host}:${port}`;
  const [zh, en] =
    code === "EADDRINUSE"
      ? [`端口已被占用：${where}`, `The address is in use: ${where}`]
      : code === "EACCES"
        ? [`无权监听 ${where}（1024 以下的端口需要特权）`, `Not allowed to listen on ${where} (ports below 1024 need privileges)`]
        : code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN"
          ? [`本机没有此地址：${host}`, `No such address on this machine: ${host}`]
          : [`无法监听 ${where}：${(e as Error).message}`, `Cannot listen on ${where}: ${(e as Error).message}`];
  return new GgzyError("IO_ERROR", { zh, en, details: { host, port, ...(code !== undefined ? { code } : {}) } });
}

/**
 * `ggzy serve [--port 8080] [--host 127.0.0.1] [--pack <file>…] [--trusted-key <file>…] [--keys <file>] [--decision-log
 * <file>] …`: the HTTP service. Every option also comes from an environment variable (GGZY_PORT, GGZY_HOST, GGZY_PACKS,
 * GGZY_TRUSTED_KEYS…). SIGTERM/SIGINT: graceful shutdown (in-flight requests finish, the decision log is fsynced);
 * SIGHUP: atomic pack reload, under the same trust check as at start.
 */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("HTTP 服务（/v1 接口、OpenAPI、决策日志）/ the HTTP service: /v1 API, OpenAPI 3.1 at /v1/openapi.json, docs at /docs, decision log")
    .addOption(new Option("--port <n>", "端口（0：任一空闲端口）/ port (0: any free port)").env("GGZY_PORT").argParser(portNumber).default(8080))
    .addOption(new Option("--host <addr>", "监听地址（无密钥文件时只能为本机）/ address to bind (loopback only without --keys)").env("GGZY_HOST").default("127.0.0.1"))
    .addOption(new Option("--pack <file...>", "规则包或覆盖，按顺序 / rule packs or overrides, in order (GGZY_PACKS: comma-separated)").env("GGZY_PACKS").argParser(fileList))
    .addOption(
      new Option(
        "--trusted-key <file...>",
        "只接受由这些公钥签名的规则包（重新载入时同样检查）/ accept only packs signed by one of these public keys, at start and at every reload (GGZY_TRUSTED_KEYS: comma-separated)",
      )
        .env("GGZY_TRUSTED_KEYS")
        .argParser(fileList),
    )
    .addOption(new Option("--keys <file>", "API 密钥文件（哈希与权限）/ API keys file (hashes and scopes)").env("GGZY_KEYS"))
    .addOption(new Option("--decision-log <file>", "决策日志（JSON Lines，追加）/ decision log (JSON Lines, append-only)").env("GGZY_DECISION_LOG"))
    .addOption(new Option("--log-inputs", "在决策日志中保存输入（屏蔽 --mask 字段，从不保存盐值）/ keep inputs in the decision log (masked; salts never)").env("GGZY_LOG_INPUTS"))
    .addOption(new Option("--mask <fields>", "屏蔽的字段名，逗号分隔 / field names masked in logged inputs, comma-separated").env("GGZY_MASK").default(DEFAULT_MASK.join(",")))
    .addOption(new Option("--decision-log-max-bytes <n>", "日志轮转大小 / rotate the decision log at this size").env("GGZY_DECISION_LOG_MAX_BYTES").argParser(positiveInteger).default(64 * 1024 * 1024))
    .addOption(new Option("--body-limit <bytes>", "请求体（及每行）上限 / body (and JSON Lines line) size limit").env("GGZY_BODY_LIMIT").argParser(positiveInteger).default(DEFAULT_LIMITS.bodyLimit))
    .addOption(new Option("--max-depth <n>", "JSON 嵌套上限 / JSON nesting limit").env("GGZY_MAX_DEPTH").argParser(positiveInteger).default(DEFAULT_LIMITS.maxDepth))
    .addOption(
      new Option("--timeout-ms <ms>", "接收单个请求的时间上限；流式请求（批量、风险）为连接空闲上限 / time to receive a request; for streamed requests (batch, risk), the longest idle time")
        .env("GGZY_TIMEOUT_MS")
        .argParser(positiveInteger)
        .default(DEFAULT_LIMITS.requestTimeoutMs),
    )
    .addOption(
      new Option("--stream-max-ms <ms>", "流式请求的总时长上限（0：不限）/ total time limit of a streamed request (0: none)")
        .env("GGZY_STREAM_MAX_MS")
        .argParser(nonNegativeInteger)
        .default(DEFAULT_LIMITS.streamMaxMs),
    )
    .addOption(new Option("--log-level <level>", "pino 日志级别 / log level").env("GGZY_LOG_LEVEL").choices(LOG_LEVELS).default("info"))
    .addOption(
      new Option(
        "--provisional-calendar",
        "校验时，尚未收录放假通知的年份默认按法定节日暂定计算工作日（请求可用 provisionalCalendar=false 关闭）/ check endpoints count working days of years with no holiday notice in this version on statutory holidays by default (a request may say provisionalCalendar=false)",
      ).env("GGZY_PROVISIONAL_CALENDAR"),
    )
    .action(
      action(async (opts: ServeCliOptions) => {
        // Keys are read once: a reload re-reads the packs and checks them against the keys the service started with.
        const trustedKeys = readTrustedKeys(opts.trustedKey);
        const rules = new RuleSetHolder(opts.pack ?? [], trustedKeys);
        const keys = opts.keys !== undefined ? readKeysFile(opts.keys) : undefined;
        const decisions =
          opts.decisionLog !== undefined
            ? openDecisionLog({
                file: opts.decisionLog,
                logInputs: opts.logInputs === true,
                maskFields: opts.mask.split(",").map((s) => s.trim()).filter((s) => s !== ""),
                maxBytes: opts.decisionLogMaxBytes,
              })
            : undefined;
        const { app, state } = await buildServer({
          rules,
          ...(keys !== undefined ? { keys } : {}),
          ...(decisions !== undefined ? { decisions } : {}),
          limits: { bodyLimit: opts.bodyLimit, maxDepth: opts.maxDepth, requestTimeoutMs: opts.timeoutMs, streamMaxMs: opts.streamMaxMs },
          logger: loggerOptions(opts.logLevel),
          processMetrics: true,
          ...(opts.provisionalCalendar === true ? { provisionalCalendar: true } : {}),
        });
        // Installed before the service listens or says so: a supervisor may signal as soon as it reads "listening".
        let stopping = false;
        const stop = async (signal: string): Promise<void> => {
          if (stopping) return;
          stopping = true;
          state.closing = true;
          app.log.info({ signal }, "shutting down: no new connections, finishing requests in flight");
          await app.close();
          decisions?.close();
          app.log.info({ decisions: decisions?.written ?? 0 }, "stopped; decision log flushed and fsynced");
          process.exit(0);
        };
        process.on("SIGTERM", () => void stop("SIGTERM"));
        process.on("SIGINT", () => void stop("SIGINT"));
        process.on("SIGHUP", () => {
          try {
            const next = rules.reload();
            app.log.info({ rulesetVersion: next.version, contentHash: next.contentHash }, "SIGHUP: rule packs reloaded");
          } catch (e) {
            app.log.error({ error: (e as Error).message, contentHash: rules.current.contentHash }, "SIGHUP: reload refused, the previous rule set stays");
          }
        });
        let host = opts.host;
        if (keys === undefined && !LOOPBACK.has(host)) {
          app.log.warn({ requested: host }, "no --keys file: binding to loopback only");
          host = "127.0.0.1";
        }
        try {
          await app.listen({ port: opts.port, host });
        } catch (e) {
          await app.close();
          decisions?.close();
          throw listenError(e, host, opts.port);
        }
        const addr = app.server.address();
        const where = typeof addr === "object" && addr !== null ? `http://${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}` : String(addr);
        const set = rules.current;
        process.stderr.write(
          [
            `ggzy serve: listening on ${where} (docs ${where}/docs, OpenAPI ${where}/v1/openapi.json)`,
            `ggzy serve: rule set ${set.version}, content hash ${set.contentHash}`,
            ...(trustedKeys !== undefined
              ? [`ggzy serve: packs must be signed by a trusted key (${trustedKeys.map((k) => k.keyId).join(", ")}), at start and at every reload`]
              : []),
            keys === undefined
              ? "ggzy serve: 未提供密钥文件，仅监听本机，本机任何进程均可调用全部接口 / no --keys file: bound to loopback only; any process on this machine may call every endpoint"
              : `ggzy serve: ${keys.length} API key(s); every call but /healthz, /readyz and the API document needs one`,
            ...(opts.provisionalCalendar === true
              ? ["ggzy serve: 未收录放假通知的年份按法定节日暂定计算（--provisional-calendar）/ years with no holiday notice are counted on statutory holidays (--provisional-calendar)"]
              : []),
            decisions !== undefined
              ? `ggzy serve: decision log ${decisions.file}${decisions.logInputs ? " (with inputs, masked)" : ""}`
              : "ggzy serve: no decision log (give --decision-log <file>)",
            ...(decisions !== undefined && decisions.repairedBytes > 0
              ? [
                  `ggzy serve: 决策日志末行不完整（写入时进程被强行终止，该决策未曾答复），${decisions.repairedBytes} 字节已移至 ${decisions.file}.torn / ` +
                    `the decision log ended in a partial line (a write cut short by kill -9; that decision was never answered): ${decisions.repairedBytes} bytes moved to ${decisions.file}.torn`,
                ]
              : []),
          ].join("\n") + "\n",
        );

        // The action returns while the server runs; the process lives on its listening socket.
        await new Promise<void>(() => undefined);
      }),
    );
}
