/** Expands files and folders into the article files to read, surviving symlink loops and unreadable entries. */
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

export interface CollectedFiles {
  files: string[];
  /** Paths that could not be listed or read, with the reason. */
  problems: { file: string; reason: string }[];
}

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symbolic link loop";
  return err instanceof Error ? err.message : String(err);
}

/** Lists article files under the given paths, sorted, each real file once. */
export async function collectArticleFiles(paths: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const problems: CollectedFiles["problems"] = [];
  const seen = new Set<string>();

  async function visit(path: string, explicit: boolean): Promise<void> {
    let real: string;
    try {
      real = await realpath(path);
    } catch (err) {
      problems.push({ file: path, reason: reasonOf(err) });
      return;
    }
    if (seen.has(real)) return; // a symlink loop or a file named twice
    seen.add(real);
    let info;
    try {
      info = await stat(real);
    } catch (err) {
      problems.push({ file: path, reason: reasonOf(err) });
      return;
    }
    if (info.isDirectory()) {
      let entries: string[];
      try {
        entries = await readdir(real);
      } catch (err) {
        problems.push({ file: path, reason: reasonOf(err) });
        return;
      }
      for (const name of entries.sort()) await visit(join(path, name), false);
    } else if (info.isFile()) {
      if (explicit || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) files.push(path);
    }
  }

  for (const p of paths) await visit(p, true);
  return { files, problems };
}
