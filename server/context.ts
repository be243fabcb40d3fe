/** What every resolver receives: the data-access API, this request's loaders and who is calling. */
import type { Logger } from "pino";
import type { DataAccess } from "../db/index.ts";
import type { Authentication } from "./auth.ts";
import { UnauthenticatedError } from "./errors.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import type { WriteServices } from "./write-services.ts";

export interface GraphContext {
  data: DataAccess;
  loaders: Loaders;
  auth: Authentication;
  /** This request's logger (carries the request id). */
  logger: Logger;
  writes: WriteServices;
}

export function createContext(
  data: DataAccess,
  options: { auth: Authentication; logger: Logger; writes: WriteServices },
): GraphContext {
  return { data, loaders: createLoaders(data), ...options };
}

/** Who is writing, for the correction log; the auth plugin has already refused anyone else. */
export function writerName(context: GraphContext): string {
  if (context.auth.kind !== "viewer") throw new UnauthenticatedError();
  return context.auth.viewer.name;
}
