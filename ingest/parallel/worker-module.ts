/**
 * The extraction worker's code as one plain ES module, built with esbuild when a pool starts.
 * Worker threads do not inherit the parent's TypeScript loader; loading the stages through tsx
 * cost each worker seconds of CPU (its own loader thread transpiling and resolving every module),
 * more than many files' extraction. A bundle of our own code starts on plain Node; packages stay
 * external and resolve from node_modules as usual.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";

const WORKER_SOURCE = fileURLToPath(new URL("./analyse-worker.ts", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Beside the packages the bundle imports, so that its bare imports resolve from there. */
const CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "diplomatic-graph");
/** The fallback: the TypeScript worker loaded through tsx (slow to start, but needs no build). */
export const TSX_WORKER_URL = new URL("./analyse-worker-entry.mjs", import.meta.url);

/**
 * Stages find their data files relative to their own module (`new URL("x.yaml", import.meta.url)`);
 * in one bundle every module would share the bundle's URL, so each keeps its source's URL.
 */
const keepModuleUrls: Plugin = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: "ts",
    }));
  },
};

/** Bundles the worker and writes it under a name derived from its content (shared by concurrent runs). */
export async function buildWorkerModule(): Promise<URL> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
    plugins: [keepModuleUrls],
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error("esbuild produced no worker module");
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = join(CACHE_DIR, `analyse-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed: another process starting a pool never loads a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    removeStaleBundles(file);
  }
  return pathToFileURL(file);
}

/** Bundles of earlier code, once no run can still be starting workers from them (a day old). */
function removeStaleBundles(current: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (path === current || !name.startsWith("analyse-worker-")) continue;
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    if (modified < dayAgo) rmSync(path, { force: true });
  }
}

/** How to start a worker: its module and the Node flags it runs with. */
export interface WorkerLaunch {
  url: URL;
  execArgv: string[];
}

/**
 * The parent's Node flags without tsx's loader: a worker inherits them, and the bundled worker is
 * plain JavaScript that would only pay for loading tsx.
 */
export function flagsWithoutTsx(flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] ?? "";
    if (["--require", "-r", "--import"].includes(flag) && /tsx/.test(flags[i + 1] ?? "")) i++;
    else if (!/^--(require|import)=.*tsx/.test(flag)) kept.push(flag);
  }
  return kept;
}

/** The bundled worker on plain Node, or the tsx entry when it cannot be built (e.g. read-only node_modules). */
export async function workerLaunch(): Promise<WorkerLaunch> {
  try {
    return { url: await buildWorkerModule(), execArgv: flagsWithoutTsx(process.execArgv) };
  } catch {
    return { url: TSX_WORKER_URL, execArgv: process.execArgv };
  }
}
