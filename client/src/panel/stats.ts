/** Counts in the header. */
import { el } from "../dom.ts";
import type { Stats } from "../types.ts";

const LABELS: [keyof Stats, string, string][] = [
  ["articles", "article", "articles"],
  ["people", "person", "people"],
  ["meetings", "meeting", "meetings"],
  ["proposals", "proposal", "proposals"],
  ["institutions", "institution", "institutions"],
  ["countries", "country", "countries"],
];

/** Shows the counts, each as a number and a word ("1 person", "12 people"). */
export function renderStats(container: HTMLElement, stats: Stats): void {
  container.replaceChildren(
    ...LABELS.map(([key, one, many]) =>
      el(
        "span",
        { class: "stat", testid: `stat-${key}` },
        el("strong", {}, stats[key]),
        ` ${stats[key] === 1 ? one : many}`,
      ),
    ),
  );
}
