/** Security headers on every response (what helmet would set for an API with a small SPA). */
import type { NextFunction, Request, Response } from "express";

export function securityHeaders(contentSecurityPolicy: string | null) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    if (contentSecurityPolicy) res.setHeader("Content-Security-Policy", contentSecurityPolicy);
    next();
  };
}
