/** The meetings table: every meeting passing the filters, sortable and filterable by each column, exported as CSV. */
import { button, el } from "../dom.ts";
import type { MeetingRow } from "../queries.ts";
import { saveText } from "../views/export.ts";
import { type Column, renderSortableTable } from "./sortable-table.ts";

export const MEETING_COLUMNS: Column<MeetingRow>[] = [
  { key: "date", label: "Date", value: (m) => m.date ?? null },
  { key: "place", label: "Place", value: (m) => m.place ?? null },
  { key: "kind", label: "Kind", value: (m) => m.kind },
  { key: "status", label: "Status", value: (m) => m.status },
  { key: "participants", label: "Participants", value: (m) => m.participants.map((p) => p.name).join("; ") },
  { key: "articles", label: "Articles", value: (m) => m.articles },
];

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const quote = (value: string | number | null): string => `"${String(value ?? "").replace(/"/g, '""')}"`;
  return [columns.map((c) => quote(c.label)), ...rows.map((r) => columns.map((c) => quote(c.value(r))))]
    .map((line) => line.join(","))
    .join("\r\n")
    .concat("\r\n");
}

/** The table with a CSV button that exports the rows as shown (sorted and filtered). */
export function renderMeetingsTable(rows: MeetingRow[], open: (id: string) => void): HTMLElement {
  let shown = rows;
  const table = renderSortableTable({
    caption: `Meetings (${rows.length})`,
    testid: "meetings-table",
    rows,
    columns: MEETING_COLUMNS,
    filters: true,
    open: (m) => open(m.id),
    onShown: (visible) => (shown = visible),
  });
  return el(
    "section",
    { class: "meetings-view", testid: "meetings-view" },
    el(
      "p",
      { class: "actions" },
      button("Export CSV", () => saveText(toCsv(MEETING_COLUMNS, shown), "text/csv", "meetings.csv"), {
        class: "btn",
        testid: "export-csv",
      }),
    ),
    table,
  );
}
