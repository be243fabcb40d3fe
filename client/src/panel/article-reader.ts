/**
 * The article view: the text as ingested, every extracted mention, meeting, proposal and place
 * marked and clickable, each sentence that supports facts followed by a button listing them, and
 * the evidence quote the reader came from highlighted. Article text is untrusted: text nodes only.
 */
import { append, button, el, safeHref } from "../dom.ts";
import { KIND_COLOURS } from "../palette.ts";
import type { ArticleDetails, ArticleRef, SupportingSentence } from "../types.ts";
import { markFacts, type Mark, type MarkKind } from "./fact-marks.ts";
import { keepApart, segmentBody } from "./segments.ts";
import { factCount, renderSentenceFacts } from "./sentence-facts.ts";

const MARK_COLOURS: Record<MarkKind, string> = {
  Person: "#4e79a7",
  Institution: KIND_COLOURS.Institution,
  Country: KIND_COLOURS.Country,
  Meeting: KIND_COLOURS.Meeting,
  Proposal: "#2e8b57",
  Place: "#17a2b8",
  Article: KIND_COLOURS.Article,
};

const MARK_TITLES: Record<MarkKind, (text: string) => string> = {
  Person: (text) => `Person: open ${text}`,
  Institution: (text) => `Institution: open ${text}`,
  Country: (text) => `Country: open ${text}`,
  Meeting: (text) => `Meeting reported by "${text}": open it`,
  Proposal: (text) => `Proposal: open ${text}`,
  Place: (text) => `Place of a meeting, ${text}: open the meeting`,
  Article: (text) => `Article: open ${text}`,
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

function renderMark(mark: Mark, text: string, events: ReaderEvents): HTMLButtonElement {
  const node = button(text, () => events.openEntity(mark.entityId), {
    class: `mention mention-${mark.kind}`,
    testid: "mention",
    title: MARK_TITLES[mark.kind](mark.text),
    attrs: { "data-entity": mark.entityId, "data-kind": mark.kind },
  });
  node.style.setProperty("--mention", MARK_COLOURS[mark.kind]);
  return node;
}

/**
 * A sentence's button that shows or hides the facts it supports, listed under it. A button, so
 * the facts are a Tab and an Enter away.
 */
function sentenceToggle(
  sentence: SupportingSentence,
  index: number,
  expanded: boolean,
  events: ReaderEvents,
) {
  const count = factCount(sentence);
  const facts = el(
    "div",
    {
      class: "sentence-facts",
      testid: "sentence-facts",
      attrs: { id: `sentence-facts-${index}`, role: "group", "aria-label": "Facts this sentence supports" },
    },
    renderSentenceFacts(sentence, events.openEntity),
  );
  facts.hidden = !expanded;
  const toggle = button(
    String(count),
    () => {
      facts.hidden = !facts.hidden;
      toggle.setAttribute("aria-expanded", String(!facts.hidden));
    },
    {
      class: "facts-toggle",
      testid: "sentence-facts-toggle",
      title: `This sentence supports ${count} fact${count === 1 ? "" : "s"}: show or hide them`,
      attrs: {
        "aria-expanded": String(expanded),
        "aria-controls": facts.id,
        "aria-label": `${count} fact${count === 1 ? "" : "s"} from this sentence`,
      },
    },
  );
  return { toggle, facts };
}

/** Renders an article; `quote` offsets are highlighted and scrolled to, and its sentence's facts shown. */
export function renderArticle(
  article: ArticleDetails,
  quote: [number, number] | null,
  events: ReaderEvents,
): HTMLElement {
  const body = el("div", { class: "article-body", testid: "article-body" });
  const sentences = keepApart(article.sentences, article.body.length);
  const marks = markFacts(article.body, article.mentions, sentences);
  let quoted: HTMLElement | null = null;
  let sentenceSpan: HTMLElement | null = null;
  let sentenceIndex: number | null = null;
  /** Closes the open sentence: its button and its (hidden) facts follow it. */
  const closeSentence = (): void => {
    const sentence = sentenceIndex === null ? undefined : sentences[sentenceIndex];
    if (!sentenceSpan || sentenceIndex === null || !sentence) return;
    const [qs, qe] = quote ?? [-1, -1];
    const { toggle, facts } = sentenceToggle(
      sentence,
      sentenceIndex,
      qs < sentence.end && sentence.start < qe,
      events,
    );
    body.append(toggle, facts);
    sentenceSpan = null;
    sentenceIndex = null;
  };
  for (const segment of segmentBody(article.body, marks, quote, sentences)) {
    let node: HTMLElement | Text = segment.mark
      ? renderMark(segment.mark, segment.text, events)
      : document.createTextNode(segment.text);
    if (segment.quoted) {
      const wrap = el("mark", { class: "quote", testid: "article-quote" });
      wrap.append(node);
      node = wrap;
      quoted ??= wrap;
    }
    if (segment.sentence !== sentenceIndex) closeSentence();
    if (segment.sentence === null) {
      // The space after a sentence goes before its facts box, so the next line does not start with it.
      const box = body.lastChild;
      const space = /^[ \t]+/.exec(segment.text)?.[0];
      if (
        space &&
        node instanceof Text &&
        box instanceof HTMLElement &&
        box.dataset["testid"] === "sentence-facts"
      ) {
        body.insertBefore(document.createTextNode(space), box);
        node = document.createTextNode(segment.text.slice(space.length));
      }
      body.append(node);
      continue;
    }
    if (!sentenceSpan) {
      sentenceIndex = segment.sentence;
      sentenceSpan = el("span", { class: "sentence", testid: "sentence" });
      body.append(sentenceSpan);
    }
    sentenceSpan.append(node);
  }
  closeSentence();
  const kinds = [...new Set(marks.map((m) => m.kind))];
  const legend = el(
    "p",
    { class: "mention-legend muted" },
    marks.length
      ? `${marks.length} marks — click one to open it: `
      : "This server does not list mentions yet; the quote you came from is highlighted.",
  );
  for (const kind of kinds) {
    const chip = el("span", { class: `mention mention-${kind}` }, kind);
    chip.style.setProperty("--mention", MARK_COLOURS[kind]);
    append(legend, chip, " ");
  }
  if (sentences.length)
    append(
      legend,
      el("br"),
      `${sentences.length} sentence${sentences.length === 1 ? "" : "s"} support facts: the number after one lists them.`,
    );
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
