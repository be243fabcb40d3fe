/** CORS for an allow-list of origins: others get no CORS headers, so browsers keep them out. */
import type { NextFunction, Request, Response } from "express";

const ALLOWED_HEADERS =
  "authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id";

export function cors(origins: readonly string[]) {
  const any = origins.includes("*");
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.get("origin");
    res.vary("Origin");
    if (!origin || !(any || allowed.has(origin))) {
      next();
      return;
    }
    res.setHeader("Access-Control-Allow-Origin", any ? "*" : origin);
    res.setHeader("Access-Control-Expose-Headers", "X-Request-Id");
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      res.setHeader("Access-Control-Max-Age", "600");
      res.status(204).end();
      return;
    }
    next();
  };
}
