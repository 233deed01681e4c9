import type { FastifyServerOptions } from "fastify";

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
    ...(destination !== undefined ? { stream: destination } : {}),
  };
}
