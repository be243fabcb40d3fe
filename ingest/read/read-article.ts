/** Reads one article from bytes or a file into a SourceArticle (format detection, decoding, metadata). */
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname } from "node:path";
import type { ArticleMeta, SourceArticle, SourceFormat } from "../types.ts";
import { cleanDecodedText, decodeArticleBytes, UnreadableArticleError } from "./decode.ts";
import { readHtml } from "./html.ts";
import { readManifest, type Manifest } from "./manifest.ts";
import { readMarkdown } from "./markdown.ts";
import { mergeMeta } from "./meta.ts";

export function formatOf(fileName: string, text?: string): SourceFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".html" || ext === ".htm") return "html";
  if (text && /^\s*(<!doctype html|<html[\s>])/i.test(text)) return "html";
  return "txt";
}

/**
 * Parses decoded text of a given format; metadata passed in wins over what the text declares.
 * Text from the API has not been through decodeArticleBytes, so NULs and binary data are handled here too.
 */
export function parseArticleText(
  raw: string,
  format: SourceFormat,
  options: { file: string | null; meta?: Partial<ArticleMeta> },
): SourceArticle {
  const text = cleanDecodedText(raw);
  const parsed =
    format === "html" ? readHtml(text) : format === "md" ? readMarkdown(text) : { text, meta: {} };
  const meta = mergeMeta(options.meta, parsed.meta);
  if (!parsed.text.trim()) throw new UnreadableArticleError("no article text found");
  return {
    key: meta.url ?? options.file ?? meta.title ?? "article",
    file: options.file,
    format,
    text: parsed.text,
    meta,
  };
}

const manifests = new Map<string, Promise<Manifest>>();

/** Reads an article file; throws UnreadableArticleError with a one-line reason. */
export async function readArticleFile(path: string, maxBytes: number): Promise<SourceArticle> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    throw new UnreadableArticleError(
      (err as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : "cannot read file",
    );
  }
  if (size > maxBytes)
    throw new UnreadableArticleError(`file is ${size} bytes, over the limit of ${maxBytes}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UnreadableArticleError(
      code === "EACCES" ? "permission denied" : `cannot read file (${code ?? "error"})`,
    );
  }
  const text = decodeArticleBytes(bytes);
  const dir = dirname(path);
  if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
  const manifest = await manifests.get(dir)!;
  const file = basename(path);
  return parseArticleText(text, formatOf(file, text), { file, meta: manifest.get(file) });
}
