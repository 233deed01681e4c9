import type { Socket } from "node:net";
import { PassThrough } from "node:stream";
import type { Readable } from "node:stream";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ServeContext } from "./context";
import { problem } from "./problem";
import type { Problem } from "./problem";

/*
 * Streamed requests: the batch's and risk's JSON Lines bodies, read as they are processed. Such a request lasts as
 * long as its body, so no limit on its total time can be right for every caller (a multi-year batch is a legitimate
 * request of hours); what is wrong is a client that stops sending. So a streamed request is stopped when its
 * connection has been idle for --timeout-ms (Node's socket timeout: no byte received and none sent), or after
 * --stream-max-ms in all if the operator sets one, or at shutdown — and whatever stops it, the answer says so in its
 * last line (or, for risk, in a problem+json answer) and the connection is closed cleanly, never reset.
 *
 * What cut a batch without a word before, each found by reproducing it:
 * - the batch's own deadline: at --timeout-ms from its start it wrote a TIMEOUT line and destroyed the request's
 *   body, which destroys the socket: that line and the lines written but not yet sent were lost, the client saw a
 *   reset, and no request log line was written (Fastify logs a request when its answer ends). Here the body is read
 *   through a stream of the service's own, which a stop ends without touching the socket.
 * - Node's `server.requestTimeout` (Fastify's `requestTimeout`), the time to receive a whole request: a streamed body
 *   is received only as fast as it is processed, so it limited the processing too. (Node swapped it with
 *   headersTimeout, 60 s, and checked every 30 s, so it struck after 60–90 s; Fastify's clientError handler then wrote
 *   a raw 408 into the middle of the chunked answer and destroyed the socket.) It cannot be set per route: the
 *   service's clientError handler ignores it for the sockets in the set below (app.ts).
 * - the socket's idle timeout (Fastify's `connectionTimeout`): Node destroys the socket unless the request, the
 *   response or the server handles its 'timeout' event. A streamed request handles it here (onIdle).
 */

/** Sockets that carry a streamed request whose body is still arriving: Node's request timeout does not apply. */
const streaming = new WeakSet<Socket>();

/** True when `socket` carries a streamed request whose body is still being received. */
export function isStreaming(socket: Socket): boolean {
  return streaming.has(socket);
}

/**
 * How long, at most, the connection of a request answered before the end of its body keeps reading (and dropping) what
 * the client still sends, so that a client that goes on sending after the answer (curl does, for a 200) does not get
 * a reset; as nginx's lingering_time. An idle client is let go sooner, at the idle limit; at shutdown, sooner still.
 */
const LINGER_MAX_MS = 30_000;
const LINGER_AT_SHUTDOWN_MS = 2000;

/**
 * How long a shutdown lets a streamed request run on before stopping it (at most; --timeout-ms if less): one that
 * ends by then ends as it would have; one that does not is stopped at its next record, with a final line that says
 * where to resume, well before a supervisor's kill (docker stop waits 10 s, Kubernetes 30 s, systemd 90 s).
 */
export const SHUTDOWN_GRACE_MAX_MS = 5000;

/** What stopped a streamed request: the read of its body ends with this error. */
export class StreamStopped extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = "StreamStopped";
  }
}

/** The client closed the connection before the end of the body: the body's read ends with this error. */
export class ClientClosed extends Error {
  constructor() {
    super("the client closed the connection before the end of the body");
    this.name = "ClientClosed";
  }
}

/** How a streamed request ended, for its request log line and the metrics. */
export interface StreamOutcome {
  /** Records answered: result lines written (batch) or lines read (risk). */
  records: number;
  /** The number of the last line answered (batch) or read (risk); 0 for none. */
  lastLine: number;
  /** False when the request was stopped before the end of its body. */
  complete: boolean;
  /** What stopped it. */
  stopped?: Problem;
}

/** The problem of a streamed request stopped because its connection was idle. */
function idleProblem(ms: number): Problem {
  return problem(
    408,
    "IDLE_TIMEOUT",
    `请求体尚未结束，连接已空闲 ${ms} 毫秒（客户端停止了发送），请求已停止`,
    `The connection was idle for ${ms} ms while the body was still coming (the client stopped sending): the request was stopped`,
    [],
    { idleMs: ms },
  );
}

/** The problem of a streamed request stopped by --stream-max-ms. */
function timeLimitProblem(ms: number): Problem {
  return problem(
    408,
    "TIMEOUT",
    `流式请求超过总时长上限 ${ms} 毫秒（--stream-max-ms），已停止`,
    `The streamed request ran past its total time limit of ${ms} ms (--stream-max-ms): it was stopped`,
    [],
    { limitMs: ms },
  );
}

/** The problem of a streamed request stopped because the service is shutting down. */
export function shutdownProblem(): Problem {
  return problem(
    503,
    "UNAVAILABLE",
    "服务正在停止，请求已停止",
    "The service is shutting down: the request was stopped",
  );
}

/** The problem of a streamed request stopped by a fault of the service (logged). */
export function internalProblem(): Problem {
  return problem(500, "INTERNAL", "服务内部错误（已记录），请求已停止", "Internal error (logged); the request was stopped");
}

/**
 * One streamed request in flight: its limits, what stopped it, and a clean end of its connection. A route creates one
 * when its handler starts, reads the body through {@link StreamedRequest.body}, reports its progress, and checks
 * {@link StreamedRequest.stopped} between records.
 */
export class StreamedRequest {
  /** Set when a limit or the shutdown stopped the request. */
  stopped: Problem | undefined;
  /** Records answered so far and the last line answered (kept current by the route). */
  readonly progress = { records: 0, lastLine: 0 };
  private input: PassThrough | undefined;
  private readonly raw: FastifyRequest["raw"];
  private readonly socket: Socket;
  private maxTimer: NodeJS.Timeout | undefined;
  private shutdownTimer: NodeJS.Timeout | undefined;
  private logged = false;

  constructor(
    private readonly ctx: ServeContext,
    private readonly req: FastifyRequest,
    private readonly reply: FastifyReply,
  ) {
    this.raw = req.raw;
    this.socket = req.raw.socket;
    ctx.streams.add(this);
    if (!this.received()) {
      streaming.add(this.socket);
      const received = (): void => {
        streaming.delete(this.socket);
      };
      this.raw.once("end", received);
      this.raw.once("close", received);
    }
    // Node emits 'timeout' on the request when its socket has been idle for the server's timeout (--timeout-ms)
    // while the body is incomplete; handled here, Node does not destroy the socket.
    this.raw.on("timeout", this.onIdle);
    if (ctx.limits.streamMaxMs > 0) this.maxTimer = setTimeout(() => this.stop(timeLimitProblem(ctx.limits.streamMaxMs)), ctx.limits.streamMaxMs);
    this.reply.raw.once("finish", this.onFinish);
    this.reply.raw.once("close", this.onClose);
  }

  /**
   * The request's body, read through a stream of the service's own: a stop ends it (the read throws
   * {@link StreamStopped}) without closing the connection, so what was answered still reaches the client.
   */
  body(raw: Readable): Readable {
    const input = new PassThrough();
    this.input = input;
    raw.pipe(input);
    const gone = (): void => {
      if (!this.received() && !input.destroyed) input.destroy(new ClientClosed());
    };
    raw.once("error", gone);
    raw.once("close", gone);
    return input;
  }

  /** The service is shutting down: the request may run on for the grace time, then it is stopped. */
  shutdown(): void {
    if (this.shutdownTimer !== undefined) return;
    this.shutdownTimer = setTimeout(() => this.stop(shutdownProblem()), Math.min(SHUTDOWN_GRACE_MAX_MS, this.ctx.limits.requestTimeoutMs));
  }

  /** Stops the request: the body's read ends with {@link StreamStopped}; the route answers what it has and says why. */
  stop(p: Problem): void {
    if (this.stopped !== undefined) return;
    this.stopped = p;
    clearTimeout(this.maxTimer);
    if (this.input !== undefined) {
      this.raw.unpipe(this.input);
      this.input.destroy(new StreamStopped(p));
    }
    // What the client still sends is read and dropped, so its writes do not block before it reads the answer's end.
    this.raw.resume();
  }

  /** Records how the request ended, for its request log line (Fastify's "request completed") and the metrics. */
  end(): StreamOutcome {
    const { records, lastLine } = this.progress;
    const outcome: StreamOutcome = { records, lastLine, complete: this.stopped === undefined, ...(this.stopped !== undefined ? { stopped: this.stopped } : {}) };
    this.req.streamed = outcome;
    if (this.stopped !== undefined) this.ctx.metrics.streamsStopped.inc({ route: this.req.routeOptions.url ?? "", reason: this.stopped.code });
    return outcome;
  }

  /** The connection has been idle for --timeout-ms while the body was incomplete. */
  private readonly onIdle = (): void => {
    if (this.stopped !== undefined || this.reply.raw.writableFinished) {
      // Already answered (or answering) and still idle: nothing more will come or go.
      this.socket.destroy();
      return;
    }
    if (this.socket.writableNeedDrain) {
      // The client sends nothing and reads nothing of the answer either: no final line could reach it.
      this.logAbort("CLIENT_NOT_READING", "request stopped: the client read nothing of the answer for the idle time limit");
      this.ctx.metrics.streamsStopped.inc({ route: this.req.routeOptions.url ?? "", reason: "CLIENT_NOT_READING" });
      this.socket.destroy();
      return;
    }
    this.stop(idleProblem(this.ctx.limits.requestTimeoutMs));
  };

  /**
   * The answer is complete. If the client is still sending its body (the request was stopped, or refused before its
   * end), the connection cannot carry another request: it is closed the way that keeps the answer intact — our side
   * ends (FIN) after the answer, and what the client still sends is read and dropped until it closes its side, is
   * idle for --timeout-ms (onIdle), or LINGER_MAX_MS pass. Closing a socket with unread bytes in it would send a
   * reset, which can destroy the end of the answer on its way (curl: "Connection reset by peer").
   */
  private readonly onFinish = (): void => {
    // (Fastify's inject makes requests without `complete` and sockets without `end`: nothing to close there.)
    if (this.received() || typeof this.socket.end !== "function") return;
    if (this.input !== undefined) this.raw.unpipe(this.input);
    this.raw.resume();
    this.socket.end();
    const linger = setTimeout(() => this.socket.destroy(), this.stopped?.code === "UNAVAILABLE" ? LINGER_AT_SHUTDOWN_MS : LINGER_MAX_MS);
    linger.unref();
    this.socket.once("close", () => clearTimeout(linger));
  };

  /** The response is over, sent or not. A connection lost before the answer's end is logged (Fastify logs none). */
  private readonly onClose = (): void => {
    clearTimeout(this.maxTimer);
    clearTimeout(this.shutdownTimer);
    this.ctx.streams.delete(this);
    if (!this.reply.raw.writableFinished) this.logAbort("CLIENT_CLOSED", "request aborted: the connection closed before the end of the answer");
  };

  /** True once the whole body has come in. */
  private received(): boolean {
    return this.raw.complete || this.raw.readableEnded;
  }

  private logAbort(reason: string, message: string): void {
    if (this.logged) return;
    this.logged = true;
    this.req.log.warn({ req: this.req, records: this.progress.records, lastLine: this.progress.lastLine, reason, responseTime: this.reply.elapsedTime }, message);
  }
}
