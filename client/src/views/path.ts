/** The path finder's drawing: the chain of entities left to right, each edge saying how the two connect. */
import type { ElementDefinition } from "cytoscape";
import type { CountryPalette } from "../palette.ts";
import { fetchPaths } from "../queries.ts";
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

const PATH_ROW = 130;

/**
 * Several paths between the same two ends: the ends once, each path's steps in a row of its own
 * (a node on two paths stays where the first put it).
 */
export function buildPathsElements(paths: PathView[], palette: CountryPalette): ElementDefinition[] {
  const seen = new Set<string>();
  const elements: ElementDefinition[] = [];
  const middle = ((paths.length - 1) * PATH_ROW) / 2;
  paths.forEach((path, row) => {
    for (const element of buildPathElements(path, palette)) {
      const id = String(element.data.id);
      if (seen.has(id)) continue;
      seen.add(id);
      if (element.position) {
        const last = path.nodes.length - 1;
        const index = path.nodes.findIndex((n) => n.id === id);
        const end = index === 0 || index === last;
        element.position = { x: element.position.x, y: end ? middle : row * PATH_ROW + element.position.y };
      }
      elements.push(element);
    }
  });
  return elements;
}

/** Loads up to three shortest paths between two entities; an empty view (with a reason) when there is none. */
export async function loadPathView(
  fromId: string,
  toId: string,
  palette: CountryPalette,
): Promise<ViewModel & { paths: PathView[]; throughHubs: boolean }> {
  const { paths, throughHubs } = await fetchPaths(fromId, toId);
  return {
    paths,
    throughHubs,
    elements: buildPathsElements(paths, palette),
    layout: { name: "preset", fit: false },
    fixedLayout: true,
    legendTitle: "Path",
    legend: [],
    emptyMessage:
      "No path of at most 8 steps connects these two. Try a person they both met, or widen the search.",
    nodeCount: new Set(paths.flatMap((p) => p.nodes.map((n) => n.id))).size,
  };
}
