/** The legend in the corner of the graph. */
import { el } from "../dom.ts";
import type { LegendEntry } from "../views/view-model.ts";

/** Replaces the legend's content; hides it when there is nothing to explain. */
export function renderLegend(container: HTMLElement, title: string, entries: LegendEntry[]): void {
  container.replaceChildren();
  container.hidden = entries.length === 0;
  if (entries.length === 0) return;
  const list = el("ul");
  for (const entry of entries) {
    const swatch = el("span", { class: `swatch swatch-${entry.mark}` });
    swatch.style.backgroundColor = entry.colour;
    list.append(el("li", {}, swatch, entry.label));
  }
  // An h2: the legend comes before the details panel (h2, then h3) in reading order.
  container.append(el("h2", {}, title), list);
}
