/**
 * Errors before GraphQL runs (malformed JSON, a body over the size limit) answered as GraphQL-shaped
 * JSON with a code and the right status, never Express's HTML page with a stack trace.
 */
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { requestLogger } from "./request-log.ts";

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

function describe(error: HttpError): { status: number; code: string; message: string } {
  const status = error.status ?? error.statusCode ?? 500;
  if (error.type === "entity.parse.failed")
    return { status: 400, code: "BAD_REQUEST", message: "Malformed JSON body" };
  if (error.type === "entity.too.large")
    return { status: 413, code: "PAYLOAD_TOO_LARGE", message: "Request body exceeds the size limit" };
  if (status >= 400 && status < 500) return { status, code: "BAD_REQUEST", message: "Bad request" };
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Internal server error" };
}

export function bodyErrors(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const answer = describe(typeof error === "object" && error !== null ? (error as HttpError) : {});
    const log = requestLogger(res, logger);
    if (answer.status >= 500) log.error({ err: error }, "request failed");
    else log.info({ code: answer.code }, "request refused");
    res
      .status(answer.status)
      .json({ errors: [{ message: answer.message, extensions: { code: answer.code } }] });
  };
}
