/** The path finder's drawing: the chain of entities left to right, each edge saying how the two connect. */
import type { ElementDefinition } from "cytoscape";
import type { CountryPalette } from "../palette.ts";
import { fetchPath } from "../queries.ts";
import type { PathView } from "../types.ts";
import { buildNeighborhoodElements } from "./neighborhood.ts";
import { relationLabel } from "./lineage.ts";
import type { ViewModel } from "./view-model.ts";

const STEP_X = 210;
const ZIGZAG_Y = 46;

/** "ATTENDED" → "attended", "MET" → "met": every path edge is labelled, since the path is about why. */
export function pathEdgeLabel(kind: string, label: string | null): string {
  return relationLabel(kind, label);
}

/** Positions the path's nodes in order along a gentle zig-zag and labels every edge. */
export function buildPathElements(path: PathView, palette: CountryPalette): ElementDefinition[] {
  const order = new Map(path.nodes.map((n, i) => [n.id, i]));
  const elements = buildNeighborhoodElements(path, path.nodes[0]?.id ?? "", palette);
  for (const element of elements) {
    const index = order.get(String(element.data.id));
    if (element.group === "nodes" && index !== undefined) {
      element.position = { x: index * STEP_X, y: index % 2 === 0 ? 0 : ZIGZAG_Y };
      element.classes = `${element.classes ?? ""} path-node`.trim();
      if (index === 0 || index === path.nodes.length - 1) element.data["size"] = 52;
    } else if (element.group === "edges") {
      const edge = path.edges.find((e) => e.id === element.data.id);
      element.classes = "directed path-edge";
      element.data["label"] = edge ? pathEdgeLabel(edge.kind, edge.label) : "";
    }
  }
  return elements;
}

/** Loads the shortest path between two entities; an empty view (with a reason) when there is none. */
export async function loadPathView(
  fromId: string,
  toId: string,
  palette: CountryPalette,
): Promise<ViewModel & { path: PathView | null }> {
  const path = await fetchPath(fromId, toId);
  return {
    path,
    elements: path ? buildPathElements(path, palette) : [],
    layout: { name: "preset", fit: false },
    fixedLayout: true,
    legendTitle: "Path",
    legend: [],
    emptyMessage:
      "No path of at most 8 steps connects these two. Try a person they both met, or widen the search.",
    nodeCount: path?.nodes.length ?? 0,
  };
}
