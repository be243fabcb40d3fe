// Entry of an extraction worker thread. Worker threads do not inherit the parent's TypeScript
// loader (tsx, vitest), so this plain module loads the TypeScript worker through tsx's API.
import { tsImport } from "tsx/esm/api";

await tsImport("./analyse-worker.ts", import.meta.url);
