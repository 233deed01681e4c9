import type { FastifyServerOptions } from "fastify";
import SonicBoom from "sonic-boom";

/**
 * The service's log destination: standard output, written asynchronously (sonic-boom, as pino's default), with two
 * differences that decide whether the service can stop. If the reader of standard output goes away (`ggzy serve |
 * head`, a log collector that died), logging stops and serving goes on. And the lines still queued at exit are
 * written once, not retried forever: pino's own destination (sonic-boom 4) retries a failed write every 100 ms for
 * as long as the pipe is broken, so a SIGTERM that logged after the reader left never ended the process.
 */
export function stdoutDestination(): SonicBoom {
  const dest = new SonicBoom({ fd: 1, sync: false });
  const silence = (): void => {
    dest.write = () => true;
    dest.flushSync = () => undefined;
  };
  dest.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    silence();
  });
  process.on("exit", () => {
    try {
      dest.flushSync();
    } catch {
      // the reader is gone: what was queued for it has nowhere to go
    }
  });
  return dest;
}

/**
 * pino options of `ggzy serve`: request id, method, path (no query string) and status; never bodies, query strings
 * or the Authorization header, which may hold personal data or keys. `destination`: where the lines go (default
 * stdout; tests give a stream).
 */
export function loggerOptions(level: string, destination?: NodeJS.WritableStream): FastifyServerOptions["logger"] {
  return {
    level,
    redact: ["req.headers.authorization"],
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split("?")[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    stream: destination ?? stdoutDestination(),
  };
}
