/** Markdown → plain text plus YAML front-matter metadata. */
import matter from "gray-matter";
import type { ArticleMeta } from "../types.ts";
import { UnreadableArticleError } from "./decode.ts";

function asString(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string" && v.trim()) return v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

/** Removes Markdown syntax but keeps the words, so that offsets refer to readable text. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, "")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.*?)\1/g, "$2")
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^\s*([-*_]\s*){3,}$/gm, "");
}

/** Splits front matter from the body; broken YAML is an error naming the problem. */
export function readMarkdown(source: string): { text: string; meta: Partial<ArticleMeta> } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new UnreadableArticleError(`invalid YAML front matter: ${reason}`);
  }
  const d = parsed.data as Record<string, unknown>;
  return {
    text: stripMarkdown(parsed.content),
    meta: {
      title: asString(d.title),
      published: asString(d.published ?? d.date ?? d.published_at),
      outlet: asString(d.outlet ?? d.source ?? d.publisher),
      author: asString(d.author),
      url: asString(d.url ?? d.link),
    },
  };
}
