/**
 * The article view: the text as ingested, every extracted mention marked and clickable, and the
 * evidence quote the reader came from highlighted. Article text is untrusted: text nodes only.
 */
import { append, button, el, safeHref } from "../dom.ts";
import { KIND_COLOURS } from "../palette.ts";
import type { ArticleDetails, ArticleRef, EntityKind } from "../types.ts";
import { segmentBody } from "./segments.ts";

const MENTION_COLOURS: Record<EntityKind, string> = {
  Person: "#4e79a7",
  Institution: KIND_COLOURS.Institution,
  Country: KIND_COLOURS.Country,
  Meeting: KIND_COLOURS.Meeting,
  Proposal: "#2e8b57",
  Article: KIND_COLOURS.Article,
};

export interface ReaderEvents {
  openEntity(id: string): void;
  openArticle(id: string): void;
  /** Removes the sample articles; offered only with a write token (null without one). */
  removeSamples: (() => void) | null;
}

function heading(article: ArticleRef): HTMLElement {
  const href = safeHref(article.url);
  const meta = [article.outlet, article.published].filter((p): p is string => Boolean(p)).join(" · ");
  const link = href
    ? el("a", { attrs: { target: "_blank", rel: "noopener noreferrer" } }, "original ↗")
    : null;
  if (link) link.href = href ?? "";
  return el(
    "header",
    {},
    el("p", { class: "kind" }, "Article"),
    el("h2", { testid: "article-title" }, article.title ?? "Untitled article"),
    el("p", { class: "muted" }, meta, meta && link ? " · " : "", link),
  );
}

/** Renders an article; `quote` offsets are highlighted and scrolled to. */
export function renderArticle(
  article: ArticleDetails,
  quote: [number, number] | null,
  events: ReaderEvents,
): HTMLElement {
  const body = el("div", { class: "article-body", testid: "article-body" });
  let quoted: HTMLElement | null = null;
  for (const segment of segmentBody(article.body, article.mentions, quote)) {
    let node: HTMLElement | Text;
    if (segment.mention) {
      const m = segment.mention;
      const mark = button(segment.text, () => events.openEntity(m.entityId), {
        class: `mention mention-${m.kind}`,
        testid: "mention",
        title: `${m.kind}: open ${m.text}`,
        attrs: { "data-entity": m.entityId },
      });
      mark.style.setProperty("--mention", MENTION_COLOURS[m.kind]);
      node = mark;
    } else {
      node = document.createTextNode(segment.text);
    }
    if (segment.quoted) {
      const wrap = el("mark", { class: "quote", testid: "article-quote" });
      wrap.append(node);
      node = wrap;
      quoted ??= wrap;
    }
    body.append(node);
  }
  const kinds = [...new Set(article.mentions.map((m) => m.kind))];
  const legend = el(
    "p",
    { class: "mention-legend muted" },
    article.mentions.length
      ? `${article.mentions.length} mentions — click one to open it: `
      : "This server does not list mentions yet; the quote you came from is highlighted.",
  );
  for (const kind of kinds) {
    const chip = el("span", { class: `mention mention-${kind}` }, kind);
    chip.style.setProperty("--mention", MENTION_COLOURS[kind]);
    append(legend, chip, " ");
  }
  const root = el("article", { class: "reader", testid: "article-view" }, heading(article), legend, body);
  if (quoted) {
    const target = quoted;
    requestAnimationFrame(() => target.scrollIntoView({ block: "center" }));
  }
  return root;
}

/** The list of articles to pick from when none is open. */
export function renderArticleList(articles: ArticleRef[], events: ReaderEvents): HTMLElement {
  if (articles.length === 0)
    return el("p", { class: "muted" }, "No articles yet: run npm run ingest -- <folder>.");
  return el(
    "section",
    { class: "reader", testid: "article-list" },
    el("h2", {}, "Articles"),
    el("p", { class: "muted" }, "Open one to read it with everything the graph found in it marked."),
    articles.some((a) => a.sample) && events.removeSamples
      ? button("Remove the sample articles", events.removeSamples, {
          class: "btn",
          testid: "remove-samples",
          title: "Delete the quick start's sample articles and every fact only they supported",
        })
      : null,
    el(
      "ul",
      { class: "article-list" },
      ...articles.map((a) =>
        el(
          "li",
          {},
          button(a.title ?? "Untitled article", () => events.openArticle(a.id), {
            class: "link-button strong",
            testid: "article-link",
          }),
          el("span", { class: "muted" }, ` ${[a.outlet, a.published].filter(Boolean).join(" · ")}`),
          a.sample ? el("span", { class: "badge", testid: "article-sample" }, "sample") : null,
        ),
      ),
    ),
  );
}
