/** The path finder: two ends chosen by search, and the steps of the path found, each saying why. */
import { append, button, el } from "../dom.ts";
import type { EvidenceItem, PathView, Ref } from "../types.ts";
import type { ReadArticle } from "./evidence.ts";
import { meetingTitle } from "./facts.ts";
import { setUpSearch } from "./search.ts";
import { relationLabel } from "../views/lineage.ts";

export interface PathFinder {
  element: HTMLElement;
  /** Shows the chosen ends (from a link or a "path from here" button). */
  setEnds(from: Ref | null, to: Ref | null): void;
  /** Lists the steps of each path found (hubs said when they were needed), or why there is none. */
  showPaths(paths: PathView[], throughHubs: boolean): void;
}

export interface PathEvents {
  find(fromId: string, toId: string): void;
  open(id: string): void;
  /** Opens the article a step's evidence is from, the sentence highlighted. */
  read: ReadArticle;
}

function endInput(
  name: string,
  testid: string,
): { input: HTMLInputElement; list: HTMLElement; box: HTMLElement } {
  const input = el("input", {
    testid,
    attrs: {
      type: "search",
      placeholder: `${name}: type a name…`,
      autocomplete: "off",
      spellcheck: "false",
      "aria-label": `Path ${name.toLowerCase()}`,
    },
  });
  const list = el("ul", { class: "search-results", testid: `${testid}-results` });
  list.hidden = true;
  return { input, list, box: el("div", { class: "search path-end" }, input, list) };
}

/** Builds the path finder panel (shown over the graph in the path view). */
export function createPathFinder(events: PathEvents): PathFinder {
  const from = endInput("From", "path-from");
  const to = endInput("To", "path-to");
  const steps = el("div", { class: "path-steps", testid: "path-steps", attrs: { "aria-live": "polite" } });
  const tryFind = (): void => {
    const a = from.input.dataset["id"];
    const b = to.input.dataset["id"];
    if (a && b) events.find(a, b);
    else steps.replaceChildren(el("p", { class: "muted" }, "Pick both ends from the suggestions."));
  };
  setUpSearch(from.input, from.list, () => tryFind(), {
    keepText: true,
    kinds: ["Person", "Institution", "Country", "Meeting", "Proposal"],
  });
  setUpSearch(to.input, to.list, () => tryFind(), {
    keepText: true,
    kinds: ["Person", "Institution", "Country", "Meeting", "Proposal"],
  });
  const swap = button(
    "⇄",
    () => {
      const [fv, fid] = [from.input.value, from.input.dataset["id"]];
      from.input.value = to.input.value;
      to.input.value = fv;
      const tid = to.input.dataset["id"];
      if (tid) from.input.dataset["id"] = tid;
      else delete from.input.dataset["id"];
      if (fid) to.input.dataset["id"] = fid;
      else delete to.input.dataset["id"];
      tryFind();
    },
    { class: "btn", title: "Swap the ends", testid: "path-swap", attrs: { "aria-label": "Swap the ends" } },
  );
  const element = el(
    "section",
    { class: "path-finder", testid: "path-finder", attrs: { "aria-label": "Path finder" } },
    el("h2", {}, "Find a path"),
    el("div", { class: "path-ends" }, from.box, swap, to.box),
    button("Find path", tryFind, { class: "btn primary", testid: "path-find" }),
    steps,
  );

  const setEnd = (end: typeof from, ref: Ref | null): void => {
    end.input.value = ref?.name ?? "";
    if (ref) end.input.dataset["id"] = ref.id;
    else delete end.input.dataset["id"];
  };

  return {
    element,
    setEnds(a, b) {
      setEnd(from, a);
      setEnd(to, b);
      steps.replaceChildren();
    },
    showPaths(paths, throughHubs) {
      if (paths.length === 0) {
        steps.replaceChildren(
          el("p", { class: "status-title" }, "No path found"),
          el("p", { class: "muted" }, "Nothing connects them within 8 steps. Try a person both of them met."),
        );
        return;
      }
      steps.replaceChildren();
      append(
        steps,
        throughHubs
          ? el(
              "p",
              { class: "hub-note", testid: "path-hubs" },
              "No path runs through people and meetings alone: these pass through a country, institution or proposal.",
            )
          : null,
        ...paths.map((path, i) => renderPath(path, paths.length > 1 ? `Path ${i + 1}: ` : "", events)),
      );
    },
  };
}

/** One quote of a step, a link to its sentence in the article, and the article's title and date. */
function stepQuote(item: EvidenceItem, read: ReadArticle): HTMLElement {
  const { title, published } = item.article;
  return el(
    "li",
    { testid: "path-evidence" },
    button(`“${item.quote}”`, () => read(item.article.id, [item.start, item.end]), {
      class: "quote-link",
      title: "Read this sentence in its article",
    }),
    el(
      "cite",
      { class: "muted" },
      ` — ${title ?? "Untitled article"}${published ? `, ${published}` : ""}`,
      item.article.sample ? el("span", { class: "badge" }, "sample") : null,
    ),
  );
}

/** The sentences that state a step: the first shown, the others folded under a count. */
function renderStepEvidence(items: EvidenceItem[], read: ReadArticle): HTMLElement {
  const [first, ...rest] = items;
  if (!first) return el("p", { class: "muted step-evidence" }, "No sentence recorded for this step.");
  const more = rest.length
    ? el(
        "details",
        {},
        el("summary", {}, `${rest.length} more sentence${rest.length === 1 ? "" : "s"}`),
        el("ul", { class: "step-evidence" }, ...rest.map((item) => stepQuote(item, read))),
      )
    : null;
  return el("div", {}, el("ul", { class: "step-evidence" }, stepQuote(first, read)), more);
}

/** One path: its steps, each edge saying how the two connect, and the meetings and proposals along it. */
function renderPath(path: PathView, title: string, events: PathEvents): HTMLElement {
  const list = el("ol", { class: "steps" });
  path.nodes.forEach((node, i) => {
    const next = path.nodes[i + 1];
    list.append(
      el(
        "li",
        { testid: "path-step" },
        button(node.label, () => events.open(node.id), { class: "link-button strong" }),
        el("span", { class: "hit-kind" }, ` ${node.kind}`),
      ),
    );
    if (!next) return;
    const edge = path.edges.find(
      (e) => (e.source === node.id && e.target === next.id) || (e.source === next.id && e.target === node.id),
    );
    if (edge)
      list.append(
        el(
          "li",
          { class: "step-edge", testid: "path-edge" },
          edge.source === node.id ? "↓ " : "↑ ",
          relationLabel(edge.kind, edge.label),
          renderStepEvidence(edge.evidence, events.read),
        ),
      );
  });
  const along = [
    ...path.meetings.map((m) =>
      el(
        "li",
        { testid: "path-meeting" },
        button(meetingTitle(m), () => events.open(m.id), { class: "link-button" }),
        el("span", { class: "muted" }, ` with ${m.participants.map((p) => p.name).join(", ")}`),
      ),
    ),
    ...path.proposals.map((p) =>
      el(
        "li",
        { testid: "path-proposal" },
        button(p.name, () => events.open(p.id), { class: "link-button" }),
        el("span", { class: "badge" }, p.status),
      ),
    ),
  ];
  return el(
    "section",
    { testid: "path-result" },
    el("h3", {}, `${title}${path.nodes.length - 1} step${path.nodes.length === 2 ? "" : "s"}`),
    list,
    along.length ? el("h3", {}, "What connects them") : null,
    along.length ? el("ul", { class: "along" }, ...along) : null,
  );
}
