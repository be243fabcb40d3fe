/** What every resolver receives: the data-access API and this request's loaders. */
import type { DataAccess } from "../db/index.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

export interface GraphContext {
  data: DataAccess;
  loaders: Loaders;
}

export function createContext(data: DataAccess): GraphContext {
  return { data, loaders: createLoaders(data) };
}
