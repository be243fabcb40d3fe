/** Cytoscape stylesheet shared by every view; per-element colour, size and shape come from element data. */
import type { StylesheetStyle } from "cytoscape";

export type Theme = "light" | "dark";

interface ThemeColours {
  text: string;
  textBackground: string;
  edge: string;
  directed: string;
  edgeText: string;
  border: string;
  selected: string;
  accent: string;
}

const COLOURS: Record<Theme, ThemeColours> = {
  light: {
    text: "#1f2933",
    textBackground: "#ffffff",
    edge: "#9aa5b1",
    directed: "#7b8794",
    edgeText: "#52606d",
    border: "#ffffff",
    selected: "#111827",
    accent: "#2f6fdb",
  },
  dark: {
    text: "#e4e7eb",
    textBackground: "#1b2330",
    edge: "#5f6b7a",
    directed: "#8a96a6",
    edgeText: "#c1c8d1",
    border: "#1b2330",
    selected: "#f5f7fa",
    accent: "#6ea1ff",
  },
};

/** Cytoscape 3.26+ draws node outlines; @types/cytoscape does not list them yet. */
interface OutlineStyle {
  "outline-width": number;
  "outline-color": string;
  "outline-offset": number;
}
/** A pinned node wears an amber ring that survives selection and highlight. */
const PINNED: OutlineStyle = { "outline-width": 3, "outline-color": "#c9731a", "outline-offset": 2 };

/** The page background per theme, for PNG export. */
export const CANVAS_BACKGROUND: Record<Theme, string> = { light: "#ffffff", dark: "#131a24" };

/** How strongly a big graph's edges are drawn: faint, so ten thousand of them do not hide the nodes. */
export const LARGE_EDGE_OPACITY = 0.3;

/** The colour of plain edges, for the edge layer that draws a big graph's (edge-layer.ts). */
export const edgeColour = (theme: Theme): string => COLOURS[theme].edge;

/** Node names are this big in the graph's units (before `labelScale`)... */
export const NODE_FONT_PX = 11;
/** ...and not drawn at all while smaller than this on screen. */
export const MIN_ZOOMED_FONT_PX = 6;
/**
 * In a large graph only nodes with this class carry their names: the canvas gives it to them once the
 * view is zoomed in far enough for names to be drawn (canvas.ts).
 */
export const LABELLED = "labelled";

/**
 * The stylesheet for a theme. `large` (past the canvas's big-graph threshold) draws for speed, where
 * each edge is a hair and labels only show zoomed in: straight edges Cytoscape need not bundle or
 * bend (haystack, or straight where an arrow is drawn), labels on one line so nothing measures
 * where to wrap, fainter edges so ten thousand of them do not hide the nodes, and node names in a
 * rule of their own (LABELLED), so the first draw, zoomed out too far to show them, measures none.
 * `labelScale` enlarges node names when the graph is drawn small. `edgeLayer` (large only): plain
 * edges are left to the canvas's edge layer, Cytoscape draws only directed and highlighted ones. The rules change
 * values rather than adding overriding rules: every rule applied costs time on every element.
 */
export function graphStyle(theme: Theme, large = false, labelScale = 1, edgeLayer = true): StylesheetStyle[] {
  const c = COLOURS[theme];
  const nodeLabel = {
    label: "data(label)",
    // Cytoscape's font-family parser accepts double quotes only; single quotes void the whole value.
    "font-family": 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    // Scaled up when a graph is fitted at a small zoom, so names stay readable (canvas.ts).
    "font-size": Math.round(NODE_FONT_PX * labelScale * 10) / 10,
    color: c.text,
    "text-valign": "bottom",
    "text-margin-y": 4,
    "text-wrap": large ? "none" : "wrap",
    "text-max-width": "120px",
    "text-background-color": c.textBackground,
    "text-background-opacity": 0.75,
    "text-background-padding": "1px",
    "text-background-shape": "roundrectangle",
    "min-zoomed-font-size": MIN_ZOOMED_FONT_PX,
  } as const;
  const edgeLook = {
    width: "data(width)",
    "line-color": c.edge,
    opacity: large ? LARGE_EDGE_OPACITY : 0.7,
    // Haystack is Cytoscape's default: leaving it unset spares a parallel-edge search per edge
    // that setting any curve style triggers.
    ...(large ? {} : { "curve-style": "bezier" as const }),
  };
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(colour)",
        width: "data(size)",
        height: "data(size)",
        // The typings only list literal shapes, but Cytoscape maps "data(shape)" per node.
        shape: "data(shape)" as "ellipse",
        "border-width": 1.5,
        "border-color": c.border,
        ...(large ? {} : nodeLabel),
      },
    },
    // Right after the plain node rule, so the rules below still override the names' look.
    ...(large ? [{ selector: `node.${LABELLED}`, style: nodeLabel }] : []),
    {
      // Proposals in the lineage view: labelled boxes, the label inside.
      selector: "node.box",
      style: {
        width: "data(size)",
        height: "data(height)",
        shape: "round-rectangle",
        color: "#ffffff",
        // 13 px at the reading zoom the lineage view keeps (canvas READABLE_ZOOM): 12 px or more on screen.
        "font-size": 13,
        "font-weight": "bold",
        "text-valign": "center",
        "text-margin-y": 0,
        "text-max-width": "184px",
        "text-background-opacity": 0,
        "min-zoomed-font-size": 0,
      },
    },
    {
      // A plan's terms: the same status colours, lighter weight so the versions stand out.
      selector: "node.term",
      style: { "font-weight": "normal", "border-width": 2, "border-color": c.text },
    },
    {
      selector: "edge.part-of",
      style: { "line-style": "dashed", "target-arrow-shape": "none", "curve-style": "taxi" },
    },
    // A big graph's plain edges are drawn on the edge layer (edge-layer.ts), not by Cytoscape:
    // hidden from it with no other property to apply, only directed and highlighted ones drawn.
    ...(large && edgeLayer
      ? [
          { selector: "edge", style: { display: "none" as const } },
          { selector: "edge.directed, edge.highlight", style: { ...edgeLook, display: "element" as const } },
        ]
      : [{ selector: "edge", style: edgeLook }]),
    {
      selector: "edge.directed",
      style: {
        "target-arrow-shape": "triangle",
        "target-arrow-color": c.directed,
        "line-color": c.directed,
        opacity: large ? 0.6 : 0.9,
        // Haystack edges have no arrows.
        ...(large ? { "curve-style": "straight" as const } : {}),
        label: "data(label)",
        "font-size": 10,
        color: c.edgeText,
        "text-rotation": "autorotate",
        "text-background-color": c.textBackground,
        "text-background-opacity": 1,
        "text-background-padding": "2px",
      },
    },
    {
      // Lineage edges are drawn earlier → later so dagre lays time out left to right,
      // but the arrow stays on the later proposal's side pointing back, as "B revises A" reads.
      selector: "edge.reversed",
      style: {
        "target-arrow-shape": "none",
        "source-arrow-shape": "triangle",
        "source-arrow-color": c.directed,
      },
    },
    // Timeline: the axis and its month ticks, events above and below it.
    {
      selector: "node.axis",
      style: {
        "font-size": 10,
        "text-valign": "center",
        "text-halign": "right",
        "text-margin-x": 4,
        "font-weight": "bold",
        color: c.edgeText,
        "border-width": 0,
        events: "no",
      },
    },
    { selector: "edge.axis", style: { "line-color": c.edge, opacity: 1, events: "no", width: 2 } },
    {
      // The family's name above its row (after node.axis: a title is an axis mark too).
      selector: "node.family-title",
      style: {
        "background-opacity": 0,
        "border-width": 0,
        "font-size": 15,
        "font-weight": "bold",
        color: c.text,
        "text-halign": "right",
        "text-valign": "center",
        "text-margin-x": 0,
        "text-wrap": "none",
        "text-background-opacity": 0,
      },
    },
    {
      // Timeline events: the name to the right of the mark, on one line.
      selector: "node.event",
      style: {
        "text-halign": "right",
        "text-valign": "center",
        "text-margin-x": 5,
        "text-margin-y": 0,
        "text-wrap": "ellipsis",
        "text-max-width": "165px",
        "font-size": 10,
      },
    },
    // A crowded day's folded events wait for a click on the count.
    { selector: "node.folded", style: { display: "none" } },
    {
      selector: "node.stack",
      style: {
        "font-style": "italic",
        "background-opacity": 0.3,
        "border-style": "dashed",
        "border-color": c.text,
      },
    },
    {
      selector: "node.lane-title",
      style: {
        "font-size": 13,
        "text-halign": "left",
        "text-margin-x": -4,
        color: c.text,
        "background-opacity": 0,
      },
    },
    {
      selector: "node.gap",
      style: {
        "font-style": "italic",
        "font-weight": "normal",
        "background-opacity": 0,
        "text-wrap": "none",
      },
    },
    {
      selector: "node.planned",
      style: {
        "background-opacity": 0.15,
        "border-style": "dashed",
        "border-width": 2,
        "border-color": "data(colour)",
      },
    },
    // Path: the chain stands out, each step labelled.
    {
      selector: "edge.path-edge",
      style: { "line-color": c.accent, "target-arrow-color": c.accent, width: 3, opacity: 1 },
    },
    { selector: "node.path-node", style: { "border-color": c.accent, "border-width": 3 } },
    // Interactions.
    {
      selector: "node.expanded",
      style: { "border-style": "double", "border-width": 5, "border-color": c.accent },
    },
    { selector: "node.pinned", style: { ...PINNED } },
    { selector: ".hidden-node, .filtered", style: { display: "none" } },
    { selector: "node:selected", style: { "border-color": c.selected, "border-width": 3 } },
    { selector: "edge:selected", style: { "line-color": c.selected, opacity: 1 } },
    { selector: ".faded", style: { opacity: 0.22 } },
    {
      selector: "edge.highlight",
      // Among thousands of edges, a node's own are drawn on top.
      style: { "line-color": c.accent, opacity: 1, ...(large ? { "z-index": 1 } : {}) },
    },
  ];
}
