import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collectArticleFiles } from "./collect-files.ts";
import { readArticleFile } from "./read-article.ts";

// Root reads everything whatever the mode bits say, so permission tests only mean something as a user.
const RUNNING_AS_ROOT = process.getuid?.() === 0;

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A temporary folder holding `files` (path → text); nested folders are made as needed. */
function buildFolder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "collect-files-"));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("collectArticleFiles", () => {
  it("lists article files in nested folders, sorted, skipping other extensions", async () => {
    const dir = buildFolder({
      "b.txt": "b",
      "a.md": "a",
      "manifest.json": "[]",
      "photo.png": "x",
      "sub/c.html": "<p>c</p>",
      "sub/d.HTM": "<p>d</p>",
      "sub/e.markdown": "e",
    });
    const { files, problems } = await collectArticleFiles([dir]);
    expect(files).toEqual(
      ["a.md", "b.txt", "sub/c.html", "sub/d.HTM", "sub/e.markdown"].map((f) => join(dir, f)),
    );
    expect(problems).toEqual([]);
  });

  it("accepts a file named explicitly whatever its extension", async () => {
    const dir = buildFolder({ "notes.text": "Witkoff met Putin." });
    expect((await collectArticleFiles([join(dir, "notes.text")])).files).toEqual([join(dir, "notes.text")]);
  });

  it("survives a symlink loop, listing each file once", async () => {
    const dir = buildFolder({ "sub/a.txt": "a" });
    symlinkSync("..", join(dir, "sub", "up"));
    symlinkSync(".", join(dir, "self"));
    const { files, problems } = await collectArticleFiles([dir]);
    expect(files).toEqual([join(dir, "sub/a.txt")]);
    expect(problems).toEqual([]);
  });

  it("lists a file named twice, or through a link, once", async () => {
    const dir = buildFolder({ "a.txt": "a" });
    symlinkSync("a.txt", join(dir, "link.txt"));
    expect((await collectArticleFiles([dir, join(dir, "a.txt")])).files).toEqual([join(dir, "a.txt")]);
  });

  it("reports a link that points at itself as a symbolic link loop", async () => {
    const dir = buildFolder({ "good.txt": "g" });
    symlinkSync("loop.txt", join(dir, "loop.txt"));
    const { files, problems } = await collectArticleFiles([dir]);
    expect(files).toEqual([join(dir, "good.txt")]);
    expect(problems).toEqual([{ file: join(dir, "loop.txt"), reason: "symbolic link loop" }]);
  });

  it("reports a dangling link and a missing path, and goes on", async () => {
    const dir = buildFolder({ "good.txt": "g" });
    symlinkSync("gone.txt", join(dir, "dangling.txt"));
    const { files, problems } = await collectArticleFiles([join(dir, "missing"), dir]);
    expect(files).toEqual([join(dir, "good.txt")]);
    expect(problems).toEqual([
      { file: join(dir, "missing"), reason: "no such file or folder" },
      { file: join(dir, "dangling.txt"), reason: "no such file or folder" },
    ]);
  });

  it.skipIf(RUNNING_AS_ROOT)(
    "reports an unreadable folder as permission denied (skipped as root, who can read it)",
    async () => {
      const dir = buildFolder({ "good.txt": "g", "locked/secret.txt": "s" });
      chmodSync(join(dir, "locked"), 0o000);
      try {
        const { files, problems } = await collectArticleFiles([dir]);
        expect(files).toEqual([join(dir, "good.txt")]);
        expect(problems).toEqual([{ file: join(dir, "locked"), reason: "permission denied" }]);
      } finally {
        chmodSync(join(dir, "locked"), 0o755);
      }
    },
  );

  it.skipIf(RUNNING_AS_ROOT)(
    "refuses an unreadable file as permission denied (skipped as root, who can read it)",
    async () => {
      const dir = buildFolder({ "locked.txt": "Witkoff met Putin." });
      chmodSync(join(dir, "locked.txt"), 0o000);
      await expect(readArticleFile(join(dir, "locked.txt"), 1_000)).rejects.toThrow("permission denied");
    },
  );
});
