/**
 * The timeline: meetings above a time axis, proposals below, left to right by date. Drawn in the
 * same Cytoscape canvas as the graphs (preset positions), so zoom, fit, export and clicks work alike.
 */
import type { Core, ElementDefinition } from "cytoscape";
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
/** Events of one day and lane stack this many deep; the rest fold into a count that unfolds on click. */
export const MAX_ROWS = 4;
/** A quiet spell longer than this is compressed and marked on the axis, so an outlier reads as one. */
const OUTLIER_GAP_DAYS = 90;
/** Id prefix of a day's "+N more" count. */
export const STACK_PREFIX = "stack:";
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
    positions.set(date, x);
    previousDay = day;
    // One column per day, however many events: the extra ones fold into a count.
    previousWidth = COLUMN_WIDTH;
  }
  return positions;
}

/** A class-name-safe key for a day and lane. */
function cssKey(key: string): string {
  return key.replace(/[^A-Za-z0-9]/g, "-");
}

/** Builds positioned timeline elements: meetings above the axis, proposals below, and month ticks on it. */
export function buildTimelineElements(events: TimelineEvent[]): ElementDefinition[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  const xOf = timeAxis(sorted);
  const slot = new Map<string, number>();
  const perLane = new Map<string, number>();
  for (const e of sorted) perLane.set(`${e.date}|${e.kind}`, (perLane.get(`${e.date}|${e.kind}`) ?? 0) + 1);
  const elements: ElementDefinition[] = [];
  const rowY = (kind: Lane, row: number): number =>
    (FIRST_ROW + row * ROW_HEIGHT) * (kind === "Meeting" ? -1 : 1);
  for (const event of sorted) {
    const key = `${event.date}|${event.kind}`;
    const index = slot.get(key) ?? 0;
    slot.set(key, index + 1);
    const total = perLane.get(key) ?? 0;
    // A crowded day shows its first events and a count; the rest wait, folded, in the same column.
    const folded = total > MAX_ROWS && index >= MAX_ROWS - 1;
    const row = folded ? index + 1 : index;
    const x = xOf.get(event.date) ?? 0;
    const meeting = event.kind === "Meeting";
    const classes = ["event"];
    if (meeting && event.status === "planned") classes.push("planned");
    if (folded) classes.push("folded", `fold-${cssKey(key)}`);
    elements.push({
      group: "nodes",
      classes: classes.join(" "),
      position: { x, y: rowY(event.kind, row) },
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
    if (folded && index === MAX_ROWS - 1) {
      elements.push({
        group: "nodes",
        classes: "event stack",
        position: { x, y: rowY(event.kind, MAX_ROWS - 1) },
        data: {
          id: `${STACK_PREFIX}${key}`,
          label: `+${total - MAX_ROWS + 1} more ${meeting ? "meetings" : "proposals"} · show`,
          kind: "Stack",
          date: event.date,
          fold: cssKey(key),
          colour: meeting ? KIND_COLOURS.Meeting : "#6b7280",
          shape: "ellipse",
          size: 14,
        },
      });
    }
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
  elements.push(...gapMarks(sorted, xOf), ...laneTitles(sorted, xOf));
  return elements;
}

/** A mark in each long quiet spell ("··· 14 months ···"): the axis is compressed there, and says so. */
function gapMarks(sorted: TimelineEvent[], xOf: Map<string, number>): ElementDefinition[] {
  const dates = [...new Set(sorted.map((e) => e.date))];
  const marks: ElementDefinition[] = [];
  for (let i = 1; i < dates.length; i++) {
    const [before, after] = [dates[i - 1] ?? "", dates[i] ?? ""];
    const days = toDay(after) - toDay(before);
    if (days <= OUTLIER_GAP_DAYS) continue;
    const months = Math.round(days / 30.4);
    const span = months >= 24 ? `${Math.round(months / 12)} years` : `${months} months`;
    marks.push({
      group: "nodes",
      classes: "axis gap",
      position: { x: ((xOf.get(before) ?? 0) + COLUMN_WIDTH - 30 + (xOf.get(after) ?? 0)) / 2 - 40, y: 16 },
      selectable: false,
      grabbable: false,
      data: {
        id: `gap:${before}`,
        label: `⋯ ${span} ⋯`,
        kind: "Axis",
        size: 1,
        shape: "ellipse",
        colour: "#9aa5b1",
      },
    });
  }
  return marks;
}

/** "Meetings" above the axis and "Proposals" below, at its left end. */
function laneTitles(sorted: TimelineEvent[], xOf: Map<string, number>): ElementDefinition[] {
  const first = sorted[0];
  if (!first) return [];
  const x = (xOf.get(first.date) ?? 0) - 150;
  return (["Meeting", "Proposal"] as const)
    .filter((kind) => sorted.some((e) => e.kind === kind))
    .map((kind) => ({
      group: "nodes" as const,
      classes: "axis lane-title",
      position: { x, y: kind === "Meeting" ? -FIRST_ROW : FIRST_ROW },
      selectable: false,
      grabbable: false,
      data: {
        id: `lane:${kind}`,
        label: kind === "Meeting" ? "Meetings" : "Proposals",
        kind: "Axis",
        size: 1,
        shape: "ellipse",
        colour: "#9aa5b1",
      },
    }));
}

/** Unfolds a crowded day: its folded events appear in the column, the count goes. */
export function unfoldStack(cy: Core, stackId: string): boolean {
  const stack = cy.getElementById(stackId);
  if (stack.empty()) return false;
  const fold = String(stack.data("fold"));
  cy.batch(() => {
    cy.nodes(`.fold-${fold}`).removeClass("folded");
    stack.remove();
  });
  return true;
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
    fitTo: "densest",
  };
}
