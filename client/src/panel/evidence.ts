/** Evidence quotes with the article each came from. */
import { button, el, safeHref } from "../dom.ts";
import type { EvidenceItem } from "../types.ts";

const SHOWN_AT_FIRST = 4;

function source(item: EvidenceItem): HTMLElement {
  const { title, url, outlet, published } = item.article;
  const name = title ?? "Untitled article";
  const href = safeHref(url);
  let titleNode: HTMLElement;
  if (href) {
    titleNode = el("a", { attrs: { target: "_blank", rel: "noopener noreferrer" } }, name);
    (titleNode as HTMLAnchorElement).href = href;
  } else {
    titleNode = el("span", {}, name);
  }
  const meta = [outlet, published].filter((part): part is string => Boolean(part)).join(" · ");
  return el("cite", {}, titleNode, meta ? el("span", { class: "muted" }, ` — ${meta}`) : null);
}

/** Opens the article an evidence quote is from, with the quote highlighted. */
export type ReadArticle = (articleId: string, quote: [number, number]) => void;

/** A list of quotes, each linked to the article view; long lists start folded so the panel stays readable. */
export function renderEvidence(items: EvidenceItem[], read: ReadArticle): HTMLElement {
  const section = el(
    "section",
    { class: "evidence", testid: "evidence" },
    el("h3", {}, `Evidence (${items.length})`),
  );
  if (items.length === 0) {
    section.append(el("p", { class: "muted" }, "No quotes recorded."));
    return section;
  }
  const list = el("ul");
  items.forEach((item, i) => {
    const quote = button(item.quote, () => read(item.article.id, [item.start, item.end]), {
      class: "quote-link",
      testid: "evidence-quote",
      title: "Read this sentence in its article",
    });
    // A quote from a made-up sample article (the quick start's) says so beside it.
    const sample = item.article.sample
      ? el("span", { class: "badge", testid: "evidence-sample", title: "From a sample article" }, "sample")
      : null;
    const entry = el("li", { testid: "evidence-item" }, el("blockquote", {}, quote, sample), source(item));
    entry.hidden = i >= SHOWN_AT_FIRST;
    list.append(entry);
  });
  section.append(list);
  if (items.length > SHOWN_AT_FIRST) {
    const more = button(
      `Show all ${items.length} quotes`,
      () => {
        for (const li of list.children) (li as HTMLElement).hidden = false;
        more.remove();
      },
      { class: "link-button" },
    );
    section.append(more);
  }
  return section;
}
