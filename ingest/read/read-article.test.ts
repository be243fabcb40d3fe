import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UnreadableArticleError } from "./decode.ts";
import { formatOf, parseArticleText, readArticleFile } from "./read-article.ts";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function buildFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "read-article-"));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const BODY = "Steve Witkoff met Vladimir Putin in St Petersburg on 11 April 2025.";

describe("readArticleFile", () => {
  it("takes a .txt file's metadata from manifest.json beside it", async () => {
    const manifest = [
      {
        file: "a.txt",
        title: "Witkoff in St Petersburg",
        published: "2025-04-11T09:00:00Z",
        outlet: "Wire",
        url: "https://x.example/a",
      },
    ];
    const dir = buildFolder({ "a.txt": BODY, "manifest.json": JSON.stringify(manifest) });
    const article = await readArticleFile(join(dir, "a.txt"), 10_000);
    expect(article).toMatchObject({ key: "https://x.example/a", file: "a.txt", format: "txt", text: BODY });
    expect(article.meta).toEqual({
      title: "Witkoff in St Petersburg",
      published: "2025-04-11",
      outlet: "Wire",
      author: null,
      url: "https://x.example/a",
    });
  });

  it("keys an article without a URL by its file name", async () => {
    const dir = buildFolder({ "b.txt": BODY });
    expect((await readArticleFile(join(dir, "b.txt"), 10_000)).key).toBe("b.txt");
  });

  it("refuses a file over the size limit, saying both sizes", async () => {
    const dir = buildFolder({ "big.txt": BODY.repeat(10) });
    await expect(readArticleFile(join(dir, "big.txt"), 100)).rejects.toThrow(
      new UnreadableArticleError(`file is ${BODY.length * 10} bytes, over the limit of 100`),
    );
  });

  it("reads a UTF-16 file with front matter as Markdown", async () => {
    const md = `---\ntitle: Talks\npublished: 2025-02-18\n---\n\n${BODY}\n`;
    const dir = buildFolder({ "c.md": Buffer.from(`\ufeff${md}`, "utf16le") });
    const article = await readArticleFile(join(dir, "c.md"), 10_000);
    expect(article.meta).toMatchObject({ title: "Talks", published: "2025-02-18" });
    expect(article.text.trim()).toBe(BODY);
  });

  it("refuses a page with no article text", async () => {
    const dir = buildFolder({ "d.html": "<html><body><nav>Home</nav><footer>(c)</footer></body></html>" });
    await expect(readArticleFile(join(dir, "d.html"), 10_000)).rejects.toThrow("no article text found");
  });
});

describe("formatOf", () => {
  it("knows formats by extension, and HTML saved as .txt by its doctype", () => {
    expect(formatOf("a.MD")).toBe("md");
    expect(formatOf("a.htm")).toBe("html");
    expect(formatOf("a.txt", "  <!DOCTYPE html><html><body><p>x</p></body></html>")).toBe("html");
    expect(formatOf("a.txt", "Plain <b>text</b>")).toBe("txt");
  });
});

describe("parseArticleText", () => {
  it("lets metadata passed in win over what the text declares", () => {
    const article = parseArticleText(`---\ntitle: From the file\n---\n${BODY}`, "md", {
      file: null,
      meta: { title: "From the API" },
    });
    expect(article.meta.title).toBe("From the API");
  });
});

describe("parseArticleText on text that did not come from a file", () => {
  it("drops NUL bytes, as reading a file does", () => {
    const sentence = "Anna Alpha met Boris Beta in Geneva on Tuesday, officials said. ";
    const article = parseArticleText(`${sentence}\u0000${sentence}\r\n`, "txt", { file: "a.txt" });
    expect(article.text).toBe(`${sentence}${sentence}\n`);
  });

  it("refuses control codes that show binary data, and text of whitespace only", () => {
    const binary = Array.from({ length: 200 }, (_, i) => String.fromCharCode(i % 32)).join("");
    expect(() => parseArticleText(binary, "txt", { file: null })).toThrow("looks like binary data, not text");
    expect(() => parseArticleText(" \n\t ", "txt", { file: null })).toThrow("text contains only whitespace");
  });
});
