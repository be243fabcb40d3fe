/** Optional manifest.json beside article files: metadata per file name. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleMeta } from "../types.ts";

export type Manifest = Map<string, Partial<ArticleMeta>>;

function toMeta(entry: Record<string, unknown>): Partial<ArticleMeta> {
  const s = (v: unknown): string | null =>
    typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
  return {
    title: s(entry.title),
    published: s(entry.published ?? entry.date),
    outlet: s(entry.outlet),
    author: s(entry.author),
    url: s(entry.url),
  };
}

/** Parses a manifest: an array of entries with a `file` field, or an object keyed by file name. */
export function parseManifest(json: string, where: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${where}: invalid JSON (${err instanceof Error ? err.message : String(err)})`, {
      cause: err,
    });
  }
  const manifest: Manifest = new Map();
  if (Array.isArray(data)) {
    data.forEach((entry, i) => {
      if (!entry || typeof entry !== "object" || typeof (entry as { file?: unknown }).file !== "string")
        throw new Error(`${where}: entry ${i} has no "file" string`);
      manifest.set((entry as { file: string }).file, toMeta(entry as Record<string, unknown>));
    });
  } else if (data && typeof data === "object") {
    for (const [file, entry] of Object.entries(data as Record<string, unknown>))
      if (entry && typeof entry === "object") manifest.set(file, toMeta(entry as Record<string, unknown>));
  } else throw new Error(`${where}: expected an array or an object`);
  return manifest;
}

/** Reads `manifest.json` in a folder, or an empty manifest if there is none. */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, "manifest.json");
  let json: string;
  try {
    json = await readFile(path, "utf8");
  } catch {
    return new Map();
  }
  return parseManifest(json, path);
}
