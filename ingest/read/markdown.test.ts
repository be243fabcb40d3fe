import { describe, expect, it } from "vitest";
import { UnreadableArticleError } from "./decode.ts";
import { readMarkdown, stripMarkdown } from "./markdown.ts";

function buildMarkdown(
  frontMatter: string,
  body = "Marco Rubio met Sergei Lavrov in Riyadh on 18 February 2025.",
): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}

describe("readMarkdown", () => {
  it("reads title, published, outlet, author and url from YAML front matter", () => {
    const { text, meta } = readMarkdown(
      buildMarkdown(
        'title: "Talks in Riyadh"\npublished: 2025-02-18\noutlet: Sample Wire\nauthor: Desk\nurl: https://samples.example/riyadh',
      ),
    );
    expect(meta).toEqual({
      title: "Talks in Riyadh",
      published: "2025-02-18",
      outlet: "Sample Wire",
      author: "Desk",
      url: "https://samples.example/riyadh",
    });
    expect(text.trim()).toBe("Marco Rubio met Sergei Lavrov in Riyadh on 18 February 2025.");
  });

  it("accepts date, source and link as other names for the same fields", () => {
    const { meta } = readMarkdown(
      buildMarkdown("date: 2025-03\nsource: Other Wire\nlink: https://samples.example/x"),
    );
    expect(meta).toMatchObject({
      published: "2025-03",
      outlet: "Other Wire",
      url: "https://samples.example/x",
    });
  });

  it("reads a file without front matter as body only", () => {
    const { text, meta } = readMarkdown("Witkoff met Putin.\n");
    expect(text).toBe("Witkoff met Putin.\n");
    expect(meta.title).toBeNull();
  });

  it("refuses broken YAML with an error naming the problem", () => {
    const broken = buildMarkdown('title: "Unclosed quote\npublished: [2025-02-18');
    expect(() => readMarkdown(broken)).toThrow(UnreadableArticleError);
    expect(() => readMarkdown(broken)).toThrow(/^invalid YAML front matter: \S/);
  });

  it("refuses the same broken YAML every time it is read, not only the first", () => {
    const broken = buildMarkdown("title: [never closed\nauthor: x");
    for (let i = 0; i < 3; i++) expect(() => readMarkdown(broken)).toThrow(/invalid YAML front matter/);
  });

  it("gives the YAML problem on one line", () => {
    try {
      readMarkdown(buildMarkdown("title: [a, b\nauthor: x"));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe("stripMarkdown", () => {
  it("keeps the words of headings, emphasis, links and lists", () => {
    expect(
      stripMarkdown("# Talks\n\n**Rubio** met _Lavrov_ in [Riyadh](https://x.example).\n\n- one\n- two"),
    ).toBe("Talks\n\nRubio met Lavrov in Riyadh.\n\none\ntwo");
  });

  it("drops images and code blocks", () => {
    expect(
      stripMarkdown("Before.\n\n![photo](a.png)\n\n```\ncode()\n```\n\nAfter.").replace(/\n+/g, " ").trim(),
    ).toBe("Before. After.");
  });
});
