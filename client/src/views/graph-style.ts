/** Cytoscape stylesheet shared by every view; per-element colour, size and shape come from element data. */
import type { StylesheetStyle } from "cytoscape";

export const GRAPH_STYLE: StylesheetStyle[] = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      width: "data(size)",
      height: "data(size)",
      // The typings only list literal shapes, but Cytoscape maps "data(shape)" per node.
      shape: "data(shape)" as "ellipse",
      label: "data(label)",
      "font-family": "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      "font-size": 11,
      color: "#1f2933",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "text-background-shape": "roundrectangle",
      "border-width": 1.5,
      "border-color": "#ffffff",
      "min-zoomed-font-size": 6,
    },
  },
  {
    // Proposals in the lineage view: labelled boxes, the label inside.
    selector: "node.box",
    style: {
      width: 168,
      height: 46,
      shape: "round-rectangle",
      color: "#ffffff",
      "font-size": 11,
      "font-weight": "bold",
      "text-valign": "center",
      "text-margin-y": 0,
      "text-max-width": "156px",
      "text-background-opacity": 0,
    },
  },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "#9aa5b1",
      opacity: 0.7,
      "curve-style": "bezier",
    },
  },
  {
    selector: "edge.directed",
    style: {
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#7b8794",
      "line-color": "#7b8794",
      opacity: 0.9,
      label: "data(label)",
      "font-size": 10,
      color: "#52606d",
      "text-rotation": "autorotate",
      "text-background-color": "#f7f8fa",
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
      "source-arrow-color": "#7b8794",
    },
  },
  { selector: "node:selected", style: { "border-color": "#111827", "border-width": 3 } },
  { selector: "edge:selected", style: { "line-color": "#111827", opacity: 1 } },
  { selector: ".faded", style: { opacity: 0.22 } },
  { selector: "edge.highlight", style: { "line-color": "#3e4c59", opacity: 1 } },
];
