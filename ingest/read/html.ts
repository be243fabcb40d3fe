/** HTML → main text and metadata: no scripts, styles, navigation, footers or comment sections. */
import { createRequire } from "node:module";
import type * as Cheerio from "cheerio";
import type { ArticleMeta } from "../types.ts";

// Loaded on the first HTML article: most corpora are text or Markdown, and loading the HTML
// parser costs every process and extraction worker about 0.3 s of CPU at start.
const requireModule = createRequire(import.meta.url);
let cheerio: typeof Cheerio | null = null;
const htmlParser = (): typeof Cheerio => (cheerio ??= requireModule("cheerio") as typeof Cheerio);

const NOISE = [
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "form",
  "button",
  "nav",
  "header",
  "footer",
  "aside",
  "figure figcaption",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[aria-hidden=true]",
  "#comments",
  ".comments",
  ".comment",
  ".comment-respond",
  "#respond",
  ".share",
  ".sharing",
  ".social",
  ".related",
  ".advert",
  ".ad",
  ".breadcrumb",
  ".menu",
  ".sidebar",
  ".navigation",
  ".post-navigation",
].join(",");

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, section, article, main, br, tr";

function firstMeta($: Cheerio.CheerioAPI, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = $(sel).first().attr("content") ?? $(sel).first().attr("datetime");
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** Reads the metadata a page declares about itself (Open Graph, article:*, schema.org). */
function readHtmlMeta($: Cheerio.CheerioAPI): Partial<ArticleMeta> {
  const title =
    firstMeta($, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    ($("title").first().text().trim() || null);
  return {
    title,
    published: firstMeta($, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      "time[datetime]",
    ]),
    outlet: firstMeta($, ['meta[property="og:site_name"]']),
    author: firstMeta($, ['meta[name="author"]', 'meta[property="article:author"]']),
    url: firstMeta($, ['meta[property="og:url"]']) ?? $('link[rel="canonical"]').attr("href") ?? null,
  };
}

/** Extracts the readable text of a page, one paragraph per block element. */
export function readHtml(html: string): { text: string; meta: Partial<ArticleMeta> } {
  const $ = htmlParser().load(html);
  const meta = readHtmlMeta($);
  $(NOISE).remove();
  const root = $("article").first().length
    ? $("article").first()
    : $("main").first().length
      ? $("main").first()
      : $("body");
  // Mark block boundaries so that text() keeps paragraphs apart.
  root.find(BLOCKS).each((_, el) => {
    $(el).prepend("\n\n");
    $(el).append("\n\n");
  });
  const text = root
    .text()
    .replace(/[ \t\u00a0]+/g, " ")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
  return { text, meta };
}
