/** The search box: names and aliases of every kind, as you type. */
import { el } from "../dom.ts";
import { searchEntities } from "../queries.ts";
import type { SearchHit } from "../types.ts";

const DEBOUNCE_MS = 180;

/**
 * Wires the input and its result list. Answers that arrive after a newer query are dropped,
 * so a slow answer for "Ru" never replaces the one for "Rubio".
 */
export function setUpSearch(
  input: HTMLInputElement,
  results: HTMLElement,
  onSelect: (hit: SearchHit) => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let active = -1;

  const close = (): void => {
    results.hidden = true;
    results.replaceChildren();
    active = -1;
    input.setAttribute("aria-expanded", "false");
  };
  const choose = (hit: SearchHit): void => {
    close();
    input.value = hit.name;
    onSelect(hit);
  };
  const items = (): HTMLButtonElement[] => [...results.querySelectorAll<HTMLButtonElement>("button")];
  const mark = (index: number): void => {
    const all = items();
    active = (index + all.length) % all.length;
    all.forEach((b, i) => b.classList.toggle("active", i === active));
  };

  const show = (hits: SearchHit[], text: string): void => {
    results.replaceChildren();
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (hits.length === 0) {
      results.append(el("li", { class: "muted empty" }, `Nothing matches “${text}”`));
      return;
    }
    for (const hit of hits) {
      const pick = el(
        "button",
        { testid: "search-hit" },
        el("span", { class: "hit-name" }, hit.name),
        el("span", { class: "hit-kind" }, hit.kind),
      );
      pick.type = "button";
      pick.addEventListener("click", () => choose(hit));
      results.append(el("li", {}, pick));
    }
  };

  const run = async (text: string): Promise<void> => {
    const ticket = ++latest;
    try {
      const hits = await searchEntities(text);
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
    } else if (event.key === "Enter") {
      const target = items()[Math.max(active, 0)];
      target?.click();
    }
  });
  // Close when focus or a click goes elsewhere.
  document.addEventListener("click", (event) => {
    if (!(event.target instanceof Node) || (!results.contains(event.target) && event.target !== input))
      close();
  });
}
