/** An entity and what surrounds it: every kind of node, shaped by kind. */
import type { ElementDefinition } from "cytoscape";
import { fetchNeighborhood } from "../queries.ts";
import { type CountryPalette, KIND_COLOURS, statusColour } from "../palette.ts";
import { assertNever, type GraphNode, type GraphView } from "../types.ts";
import { planLayout } from "./layouts.ts";
import { relationLabel, statusLegend } from "./lineage.ts";
import { type LegendEntry, type ViewModel, sizeFor } from "./view-model.ts";

function appearance(node: GraphNode, palette: CountryPalette): { colour: string; shape: string } {
  switch (node.kind) {
    case "Person":
      return { colour: palette.colourOf(node.country), shape: "ellipse" };
    case "Institution":
      return { colour: KIND_COLOURS.Institution, shape: "round-rectangle" };
    case "Country":
      return { colour: KIND_COLOURS.Country, shape: "hexagon" };
    case "Meeting":
      return { colour: KIND_COLOURS.Meeting, shape: "diamond" };
    case "Proposal":
      return { colour: statusColour(node.status), shape: "round-tag" };
    case "Article":
      return { colour: KIND_COLOURS.Article, shape: "rectangle" };
    default:
      return assertNever(node.kind);
  }
}

/** Meetings get their date in the label: "talks" alone says little. */
function labelFor(node: GraphNode): string {
  return node.kind === "Meeting" && node.date && !node.label.includes(node.date)
    ? `${node.label}\n${node.date}`
    : node.label;
}

/** Edges whose meaning the shapes already tell (a person to a meeting): a label on each is only noise. */
const UNLABELLED = new Set(["ATTENDED", "PARTICIPATED", "MENTIONS"]);

/** Builds elements for a mixed-kind neighbourhood; the centre is drawn larger. */
export function buildNeighborhoodElements(
  view: GraphView,
  centreId: string,
  palette: CountryPalette,
): ElementDefinition[] {
  const nodes: ElementDefinition[] = view.nodes.map((n) => ({
    group: "nodes",
    data: {
      id: n.id,
      label: labelFor(n),
      kind: n.kind,
      country: n.country,
      // Date and status let the slider and the held/planned filter act on what is drawn.
      date: n.date,
      status: n.status,
      ...appearance(n, palette),
      size: n.id === centreId ? 56 : sizeFor(n.weight, 24, 5, 48),
    },
  }));
  const ids = new Set(view.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = view.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) =>
      // MET is symmetric: no arrow, no label, width by shared meetings as in the network view.
      e.kind === "MET"
        ? {
            group: "edges",
            data: {
              id: e.id,
              source: e.source,
              target: e.target,
              kind: e.kind,
              width: Math.min(10, 1.5 + 1.6 * (e.weight - 1)),
            },
          }
        : {
            group: "edges",
            classes: "directed",
            data: {
              id: e.id,
              source: e.source,
              target: e.target,
              kind: e.kind,
              label: UNLABELLED.has(e.kind) ? "" : relationLabel(e.kind, e.label),
              width: 1.5,
            },
          },
    );
  return [...nodes, ...edges];
}

const KIND_LEGEND: LegendEntry[] = [
  { label: "Institution", colour: KIND_COLOURS.Institution, mark: "box" },
  { label: "Country", colour: KIND_COLOURS.Country, mark: "box" },
  { label: "Meeting", colour: KIND_COLOURS.Meeting, mark: "box" },
];

/** Loads the neighbourhood of `id` and turns it into a view. */
export async function loadNeighborhoodView(
  id: string,
  depth: number,
  palette: CountryPalette,
): Promise<ViewModel> {
  const view = await fetchNeighborhood(id, depth);
  const people = new Set(view.nodes.filter((n) => n.kind === "Person").map((n) => n.country));
  const peopleLegend: LegendEntry[] = [...people]
    .sort()
    .map((c) => ({ label: c ? `Person · ${c}` : "Person", colour: palette.colourOf(c), mark: "dot" }));
  const kinds = new Set(view.nodes.map((n) => n.kind));
  return {
    ...planLayout(buildNeighborhoodElements(view, id, palette), view.nodes.length),
    legendTitle: "Kind",
    legend: [
      ...peopleLegend,
      ...KIND_LEGEND.filter((e) => kinds.has(e.label as GraphNode["kind"])),
      ...statusLegend(view).map((e) => ({ ...e, label: `Proposal · ${e.label}` })),
    ],
    emptyMessage: "Nothing is connected to this entity.",
    nodeCount: view.nodes.length,
  };
}
