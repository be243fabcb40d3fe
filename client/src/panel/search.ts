/**
 * Suggestions as you type (the search box, and the path finder's two ends): names and aliases of
 * every kind, navigable with the arrow keys, Enter and Escape, announced as a listbox.
 */
import { el } from "../dom.ts";
import { searchEntities } from "../queries.ts";
import type { SearchHit } from "../types.ts";

const DEBOUNCE_MS = 160;
let lists = 0;

export interface SuggestOptions {
  /** Only these kinds (every kind, articles included, by default). */
  kinds?: string[];
  /** Keep the chosen name in the input (the path finder) or not. */
  keepText?: boolean;
}

/**
 * Wires the input and its result list. Answers that arrive after a newer query are dropped,
 * so a slow answer for "Ru" never replaces the one for "Rubio".
 */
export function setUpSearch(
  input: HTMLInputElement,
  results: HTMLElement,
  onSelect: (hit: SearchHit) => void,
  options: SuggestOptions = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let active = -1;
  const listId = results.id || `suggestions-${++lists}`;
  results.id = listId;
  results.setAttribute("role", "listbox");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-expanded", "false");

  const close = (): void => {
    results.hidden = true;
    results.replaceChildren();
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const choose = (hit: SearchHit): void => {
    close();
    input.value = options.keepText ? hit.name : "";
    input.dataset["id"] = hit.id;
    onSelect(hit);
  };
  const items = (): HTMLElement[] => [...results.querySelectorAll<HTMLElement>("[role=option]")];
  const mark = (index: number): void => {
    const all = items();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((item, i) => {
      item.classList.toggle("active", i === active);
      item.setAttribute("aria-selected", String(i === active));
    });
    const current = all[active];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    }
  };

  const show = (hits: SearchHit[], text: string): void => {
    results.replaceChildren();
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
    if (hits.length === 0) {
      results.append(
        el("li", { class: "muted empty" }, `Nothing matches “${text}”. Try a surname or an acronym.`),
      );
      return;
    }
    hits.forEach((hit, i) => {
      const option = el(
        "li",
        { testid: "search-hit", attrs: { role: "option", id: `${listId}-${i}`, "aria-selected": "false" } },
        el("span", { class: "hit-name" }, hit.name),
        el("span", { class: "hit-kind" }, hit.kind),
      );
      // mousedown, not click: the input keeps focus, and the list is not closed by the blur first.
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(hit);
      });
      results.append(option);
    });
  };

  const run = async (text: string): Promise<void> => {
    const ticket = ++latest;
    try {
      const hits = await searchEntities(text, 12, options.kinds);
      if (ticket === latest) show(hits, text);
    } catch (error) {
      if (ticket !== latest) return;
      results.replaceChildren(
        el("li", { class: "error" }, error instanceof Error ? error.message : "Search failed"),
      );
      results.hidden = false;
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    delete input.dataset["id"];
    const text = input.value.trim();
    if (text.length < 2) {
      latest++;
      close();
      return;
    }
    timer = setTimeout(() => void run(text), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
    else if (event.key === "ArrowDown" && !results.hidden) {
      event.preventDefault();
      mark(active + 1);
    } else if (event.key === "ArrowUp" && !results.hidden) {
      event.preventDefault();
      mark(active - 1);
    } else if (event.key === "Enter" && !results.hidden) {
      event.preventDefault();
      const target = items()[Math.max(active, 0)];
      target?.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 120));
}
