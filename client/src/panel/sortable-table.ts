/** A table a reader can sort by any column (click its header) and, optionally, filter per column. */
import { button, el } from "../dom.ts";

export interface Column<Row> {
  key: string;
  label: string;
  /** What the cell shows and what sorting and filtering compare. */
  value: (row: Row) => string | number | null;
}

export interface TableOptions<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  /** A click on a row's first cell opens it. */
  open: (row: Row) => void;
  testid: string;
  /** A filter input under each header. */
  filters?: boolean;
  /** Called whenever the shown rows change (sorted or filtered), with them in order. */
  onShown?: (rows: Row[]) => void;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  // Empty values go last whichever way the column is sorted.
  if (a === null || a === "") return 1;
  if (b === null || b === "") return -1;
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
}

/** Rows that pass every column filter (case-insensitive substring), sorted by `sortKey`. */
export function visibleRows<Row>(
  rows: Row[],
  columns: Column<Row>[],
  filters: Map<string, string>,
  sortKey: string | null,
  descending: boolean,
): Row[] {
  const passing = rows.filter((row) =>
    columns.every((c) => {
      const wanted = filters.get(c.key)?.trim().toLowerCase();
      return (
        !wanted ||
        String(c.value(row) ?? "")
          .toLowerCase()
          .includes(wanted)
      );
    }),
  );
  const column = columns.find((c) => c.key === sortKey);
  if (!column) return passing;
  const sorted = [...passing].sort((a, b) => {
    const order = compare(column.value(a), column.value(b));
    const empty = column.value(a) === null || column.value(b) === null;
    return descending && !empty ? -order : order;
  });
  return sorted;
}

/** Builds the table; it redraws its body on each sort or filter. */
export function renderSortableTable<Row>(options: TableOptions<Row>): HTMLTableElement {
  const { columns } = options;
  let sortKey: string | null = null;
  let descending = false;
  const filters = new Map<string, string>();
  const body = el("tbody");
  const headers = columns.map((c) => {
    const th = el("th", { attrs: { scope: "col", "aria-sort": "none" } });
    th.append(
      button(
        c.label,
        () => {
          descending = sortKey === c.key ? !descending : false;
          sortKey = c.key;
          for (const other of headers) other.setAttribute("aria-sort", "none");
          th.setAttribute("aria-sort", descending ? "descending" : "ascending");
          draw();
        },
        { class: "link-button sort", testid: `sort-${c.key}` },
      ),
    );
    if (options.filters) {
      const input = el("input", {
        class: "column-filter",
        testid: `filter-${c.key}`,
        attrs: { type: "search", "aria-label": `Filter by ${c.label.toLowerCase()}` },
      });
      input.addEventListener("input", () => {
        filters.set(c.key, input.value);
        draw();
      });
      th.append(input);
    }
    return th;
  });
  const draw = (): void => {
    const shown = visibleRows(options.rows, columns, filters, sortKey, descending);
    body.replaceChildren(
      ...shown.map((row) =>
        el(
          "tr",
          { testid: `${options.testid}-row` },
          ...columns.map((c, i) => {
            const text = String(c.value(row) ?? "");
            return el(
              "td",
              { attrs: { "data-key": c.key } },
              i === 0
                ? // An empty first cell (a meeting with no date) still needs a name to be a button.
                  button(text || `(no ${c.label.toLowerCase()})`, () => options.open(row), {
                    class: "link-button strong",
                  })
                : text,
            );
          }),
        ),
      ),
    );
    options.onShown?.(shown);
  };
  const table = el(
    "table",
    { class: "sortable", testid: options.testid },
    el("caption", {}, options.caption),
    el("thead", {}, el("tr", {}, ...headers)),
    body,
  );
  draw();
  return table;
}
