/** Markdown → plain text plus YAML front-matter metadata. */
import matter from "gray-matter";
import type { ArticleMeta } from "../types.ts";
import { joinMarkdownSoftBreaks } from "../clean/soft-breaks.ts";
import { UnreadableArticleError } from "./decode.ts";

function asString(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string" && v.trim()) return v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

/** Removes Markdown syntax but keeps the words, so that offsets refer to readable text. */
export function stripMarkdown(md: string): string {
  // Line-start patterns use [ \t], not \s, which would eat the blank line before a list or quote.
  return md
    .replace(/```[\s\S]*?```/g, "")
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    .replace(/^[ \t]*[-*+][ \t]+/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.*?)\1/g, "$2")
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, "");
}

/** Splits front matter from the body; broken YAML is an error naming the problem. */
export function readMarkdown(source: string): { text: string; meta: Partial<ArticleMeta> } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options turn off gray-matter's cache, which keeps every text forever and stores a file
    // before parsing it, so broken YAML would only fail the first time it is read.
    parsed = matter(source, { language: "yaml" });
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new UnreadableArticleError(`invalid YAML front matter: ${reason}`);
  }
  const d = parsed.data as Record<string, unknown>;
  return {
    text: stripMarkdown(joinMarkdownSoftBreaks(parsed.content)),
    meta: {
      title: asString(d.title),
      published: asString(d.published ?? d.date ?? d.published_at),
      outlet: asString(d.outlet ?? d.source ?? d.publisher),
      author: asString(d.author),
      url: asString(d.url ?? d.link),
    },
  };
}
