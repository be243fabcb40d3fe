/** Export of the drawn graph, for slides, reports, Gephi and scripts. */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { onEdgeLayer, shownOnLayer } from "./edge-layer.ts";
import { type ExportGraph, toGraphml } from "./graphml.ts";

function save(href: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  link.click();
}

export function saveText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  save(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/** The visible graph (hidden, filtered and axis elements left out), with the data the views carry. */
export function visibleGraph(cy: Core): ExportGraph {
  const nodes = cy.nodes(":visible").filter((n: NodeSingular) => !n.hasClass("axis"));
  const edges: EdgeSingular[] = [];
  nodes.edgesWith(nodes).forEach((e) => {
    // A big graph's plain edges are drawn on the edge layer, hidden from Cytoscape's own drawing.
    if (e.visible() || (onEdgeLayer(e) && shownOnLayer(e))) edges.push(e);
  });
  return {
    nodes: nodes.map((n) => ({
      id: n.id(),
      // Lineage and timeline labels carry the date on a second line; the export keeps the name alone.
      label: String(n.data("label") ?? "").split("\n")[0] ?? "",
      kind: String(n.data("kind") ?? ""),
      country: text(n.data("country")),
      date: text(n.data("date")),
      status: text(n.data("status")),
    })),
    edges: edges.map((e) => ({
      id: e.id(),
      // Lineage edges are drawn earlier → later; the export keeps the API's direction (later → earlier).
      source: e.hasClass("reversed") ? e.target().id() : e.source().id(),
      target: e.hasClass("reversed") ? e.source().id() : e.target().id(),
      kind: String(e.data("kind") ?? ""),
      label: text(e.data("label")),
      weight: typeof e.data("weight") === "number" ? Number(e.data("weight")) : null,
    })),
  };
}

/** Downloads the whole graph (not just the visible part of the screen) as a PNG at twice screen resolution. */
export function downloadPng(cy: Core, fileName: string, background: string): void {
  save(cy.png({ full: true, scale: 2, bg: background }), fileName);
}

/** Downloads the visible graph as JSON: `{ nodes, edges }` as the API names them. */
export function downloadJson(cy: Core, fileName: string): void {
  saveText(JSON.stringify(visibleGraph(cy), null, 2), "application/json", fileName);
}

/** Downloads the visible graph as GraphML, for Gephi or yEd. */
export function downloadGraphml(cy: Core, fileName: string): void {
  saveText(toGraphml(visibleGraph(cy)), "application/graphml+xml", fileName);
}
