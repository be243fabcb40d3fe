/** A request id on every request (taken from X-Request-Id when sane) and one JSON log line per response with its timing. */
import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";

const INCOMING_ID = /^[\w.:-]{1,64}$/;

/** The request's own logger, carrying its id; set by requestLog. */
export function requestLogger(res: Response, fallback: Logger): Logger {
  const logger: unknown = res.locals["logger"];
  return logger && typeof logger === "object" ? (logger as Logger) : fallback;
}

export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.get("x-request-id");
    const id = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    const started = performance.now();
    const child = logger.child({ requestId: id });
    res.locals["requestId"] = id;
    res.locals["logger"] = child;
    res.setHeader("X-Request-Id", id);
    // Routers rewrite req.path; the original URL is what the client asked for.
    const path = req.originalUrl.split("?")[0] ?? req.originalUrl;
    res.on("finish", () => {
      const ms = Math.round(performance.now() - started);
      // Health probes come every few seconds: keep them out of the info log.
      const level = path === "/healthz" || path === "/readyz" ? "debug" : "info";
      child[level]({ method: req.method, path, status: res.statusCode, ms }, "request");
    });
    next();
  };
}
