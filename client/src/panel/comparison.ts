/** Two versions of a plan side by side: one row per topic, each cell with the sentence it rests on. */
import { button, el } from "../dom.ts";
import { fetchComparison } from "../queries.ts";
import type { Comparison, ProposalSummary } from "../types.ts";
import type { OpenEntity } from "./facts.ts";

type Cell = Comparison["rows"][number]["a"];

function cell(term: Cell, open: OpenEntity): HTMLElement {
  if (!term) return el("td", { class: "muted" }, "—");
  const quote = term.evidence[0]?.quote;
  return el(
    "td",
    {},
    button(term.name, () => open(term.id), { class: "link-button" }),
    quote ? el("blockquote", { class: "cell-quote", testid: "comparison-quote" }, quote) : null,
  );
}

/** The comparison table. */
export function renderComparison(comparison: Comparison, open: OpenEntity): HTMLElement {
  return el(
    "table",
    { class: "sortable comparison", testid: "comparison" },
    el("caption", {}, `${comparison.a.name} → ${comparison.b.name}`),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { attrs: { scope: "col" } }, "Topic"),
        el("th", { attrs: { scope: "col" } }, comparison.a.date ?? "Earlier"),
        el("th", { attrs: { scope: "col" } }, comparison.b.date ?? "Later"),
        el("th", { attrs: { scope: "col" } }, "Change"),
      ),
    ),
    el(
      "tbody",
      {},
      ...comparison.rows.map((row) =>
        el(
          "tr",
          { testid: "comparison-row", attrs: { "data-change": row.change } },
          el("th", { attrs: { scope: "row" } }, row.topic),
          cell(row.a, open),
          cell(row.b, open),
          el("td", { class: `change change-${row.change}` }, row.change),
        ),
      ),
    ),
  );
}

/** "Compare with …" buttons for the versions next to this one; the table opens below them. */
export function compareSection(
  self: ProposalSummary,
  others: ProposalSummary[],
  open: OpenEntity,
): HTMLElement | null {
  if (others.length === 0) return null;
  const out = el("div", { testid: "comparison-area" });
  const compare = async (other: ProposalSummary): Promise<void> => {
    // Earlier version on the left.
    const [a, b] = (other.date ?? "") < (self.date ?? "") ? [other, self] : [self, other];
    out.replaceChildren(el("p", { class: "muted" }, "Comparing…"));
    try {
      out.replaceChildren(renderComparison(await fetchComparison(a.id, b.id), open));
    } catch (error) {
      out.replaceChildren(
        el("p", { class: "error" }, error instanceof Error ? error.message : String(error)),
      );
    }
  };
  return el(
    "section",
    { testid: "proposal-compare" },
    el("h3", {}, "Compare versions"),
    el(
      "p",
      { class: "actions" },
      ...others.map((o) =>
        button(`Compare with ${o.name}`, () => void compare(o), { class: "btn", testid: "compare-with" }),
      ),
    ),
    out,
  );
}
