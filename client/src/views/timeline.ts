/**
 * The timeline: meetings above a time axis, proposals below, left to right by date. Drawn in the
 * same Cytoscape canvas as the graphs (preset positions), so zoom, fit, export and clicks work alike.
 */
import type { ElementDefinition } from "cytoscape";
import { toDay } from "../state/dates.ts";
import { KIND_COLOURS, statusColour } from "../palette.ts";
import { fetchTimeline } from "../queries.ts";
import type { Filters } from "../state/explorer-state.ts";
import { serverFilterArgs } from "../state/filters.ts";
import type { TimelineEvent } from "../types.ts";
import { statusLegend } from "./lineage.ts";
import type { LegendEntry, ViewModel } from "./view-model.ts";

const PX_PER_DAY = 6;
/** A long quiet spell is drawn as this many days, so one busy week does not sit miles from the next. */
const MAX_GAP_DAYS = 30;
/** Events of one day stack this many deep, then spill into another column. */
const MAX_ROWS = 5;
const COLUMN_WIDTH = 190;
const ROW_HEIGHT = 30;
const FIRST_ROW = 34;
const DAY_GAP = 24;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Lane = "Meeting" | "Proposal";

/**
 * X position of each distinct date: time runs left to right with long gaps compressed, and a busy
 * day pushes the next one right so that its columns never overlap.
 */
export function timeAxis(events: TimelineEvent[]): Map<string, number> {
  const byDate = new Map<string, Record<Lane, number>>();
  for (const e of events) {
    const counts = byDate.get(e.date) ?? { Meeting: 0, Proposal: 0 };
    counts[e.kind]++;
    byDate.set(e.date, counts);
  }
  const positions = new Map<string, number>();
  let x = 0;
  let previousDay: number | null = null;
  let previousWidth = 0;
  for (const date of [...byDate.keys()].sort()) {
    const day = toDay(date);
    if (previousDay !== null)
      x += Math.max(previousWidth + DAY_GAP, Math.min(day - previousDay, MAX_GAP_DAYS) * PX_PER_DAY);
    const counts = byDate.get(date) ?? { Meeting: 0, Proposal: 0 };
    const columns = Math.max(1, Math.ceil(Math.max(counts.Meeting, counts.Proposal) / MAX_ROWS));
    positions.set(date, x);
    previousDay = day;
    previousWidth = columns * COLUMN_WIDTH;
  }
  return positions;
}

/** Builds positioned timeline elements: meetings above the axis, proposals below, and month ticks on it. */
export function buildTimelineElements(events: TimelineEvent[]): ElementDefinition[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  const xOf = timeAxis(sorted);
  const slot = new Map<string, number>();
  const elements: ElementDefinition[] = [];
  for (const event of sorted) {
    const key = `${event.date}|${event.kind}`;
    const index = slot.get(key) ?? 0;
    slot.set(key, index + 1);
    const x = (xOf.get(event.date) ?? 0) + Math.floor(index / MAX_ROWS) * COLUMN_WIDTH;
    const y = (FIRST_ROW + (index % MAX_ROWS) * ROW_HEIGHT) * (event.kind === "Meeting" ? -1 : 1);
    const meeting = event.kind === "Meeting";
    elements.push({
      group: "nodes",
      classes: meeting ? `event ${event.status === "planned" ? "planned" : ""}`.trim() : "event",
      position: { x, y },
      data: {
        id: event.id,
        label: event.label,
        kind: event.kind,
        date: event.date,
        status: event.status,
        colour: meeting ? KIND_COLOURS.Meeting : statusColour(event.status),
        shape: meeting ? "diamond" : "round-rectangle",
        size: 14,
      },
    });
  }
  // A tick per month with events, carrying the month's name, and the axis line between ticks.
  const months = new Map<string, number>();
  for (const event of sorted) {
    const month = event.date.slice(0, 7);
    if (!months.has(month)) months.set(month, (xOf.get(event.date) ?? 0) - 10);
  }
  let previous: string | null = null;
  for (const [month, x] of months) {
    const [year, m] = month.split("-");
    const id = `axis:${month}`;
    elements.push({
      group: "nodes",
      classes: "axis",
      position: { x, y: 0 },
      selectable: false,
      grabbable: false,
      data: {
        id,
        label: `${MONTHS[Number(m) - 1] ?? ""} ${year}`.trim(),
        kind: "Axis",
        size: 6,
        shape: "ellipse",
        colour: "#9aa5b1",
      },
    });
    if (previous)
      elements.push({
        group: "edges",
        classes: "axis",
        data: { id: `${previous}>${id}`, source: previous, target: id, width: 2 },
      });
    previous = id;
  }
  return elements;
}

const TIMELINE_LEGEND: LegendEntry[] = [
  { label: "Meeting · held", colour: KIND_COLOURS.Meeting, mark: "dot" },
  { label: "Meeting · planned (hollow)", colour: KIND_COLOURS.Meeting, mark: "dot" },
];

/** Loads the dated meetings and proposals that pass the filters. */
export async function loadTimelineView(filters: Filters): Promise<ViewModel> {
  const kinds = (["Meeting", "Proposal"] as const).filter((k) => filters.kinds.includes(k));
  // Held/planned is a meeting status: the server would drop every proposal with it, so it is applied here.
  const events = kinds.length ? await fetchTimeline(serverFilterArgs(filters, false), kinds) : [];
  const shown = events.filter(
    (e) => e.kind !== "Meeting" || filters.status === "any" || e.status === filters.status,
  );
  return {
    elements: buildTimelineElements(shown),
    layout: { name: "preset", fit: false },
    legendTitle: "Timeline",
    legend: [
      ...TIMELINE_LEGEND,
      ...statusLegend({
        nodes: shown.filter((e) => e.kind === "Proposal").map((e) => ({ ...e, country: null, weight: 1 })),
        edges: [],
      }).map((e) => ({ ...e, label: `Proposal · ${e.label}` })),
    ],
    emptyMessage: "No dated meetings or proposals in this range. Widen the dates or clear the filters.",
    nodeCount: shown.length,
    fixedLayout: true,
    fitTo: "end",
  };
}
