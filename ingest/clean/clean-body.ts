/** Stage: source text → clean article body (no furniture, no comment section, no reader comments). */
import { createHash } from "node:crypto";
import type { CleanArticle, SourceArticle } from "../types.ts";
import { findCommentStart } from "./comments.ts";
import { unwrapHardWrappedText } from "./soft-breaks.ts";
import { isCommentSectionHeading, isFurniture } from "./furniture.ts";

/** Paragraphs of the article proper, in order. */
export function bodyParagraphs(text: string): string[] {
  const lines = unwrapHardWrappedText(text)
    .split(/\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (isCommentSectionHeading(line)) break; // everything after is the comment section and footer
    if (!isFurniture(line)) kept.push(line);
  }
  const commentStart = findCommentStart(kept);
  return commentStart >= 0 ? kept.slice(0, commentStart) : kept;
}

/** Stable article id from its identity (URL or file name), so a changed article replaces its old version. */
export function articleIdOf(key: string): string {
  return `article:${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}

export function cleanArticle(source: SourceArticle): CleanArticle {
  return {
    id: articleIdOf(source.key),
    file: source.file,
    meta: source.meta,
    body: bodyParagraphs(source.text).join("\n\n"),
  };
}
