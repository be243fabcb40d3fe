/** The who-met-whom view: people sized by meetings, coloured by country, one edge per pair. */
import type { ElementDefinition } from "cytoscape";
import { fetchMeetingNetwork } from "../queries.ts";
import { type CountryPalette, UNKNOWN_COLOUR } from "../palette.ts";
import type { ServerFilterArgs } from "../state/filters.ts";
import type { GraphView } from "../types.ts";
import { planLayout } from "./layouts.ts";
import { type LegendEntry, type ViewModel, sizeFor } from "./view-model.ts";

/** Builds the Cytoscape elements for a meeting network. */
export function buildNetworkElements(view: GraphView, palette: CountryPalette): ElementDefinition[] {
  const nodes: ElementDefinition[] = view.nodes.map((n) => ({
    group: "nodes",
    data: {
      id: n.id,
      label: n.label,
      kind: n.kind,
      country: n.country,
      colour: palette.colourOf(n.country),
      size: sizeFor(n.weight),
      shape: "ellipse",
      weight: n.weight,
    },
  }));
  const ids = new Set(view.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = view.edges
    // An edge to a node the server left out would make Cytoscape throw.
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: "edges",
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        weight: e.weight,
        width: Math.min(10, 1.5 + 1.6 * (e.weight - 1)),
      },
    }));
  return [...nodes, ...edges];
}

/** Countries of the people on screen, most people first ("" for people of unknown country). */
export function countriesByPeople(view: GraphView): string[] {
  const counts = new Map<string, number>();
  for (const n of view.nodes)
    if (n.kind === "Person") counts.set(n.country ?? "", (counts.get(n.country ?? "") ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([country]) => country);
}

/** One legend line per country on screen, most people first. */
export function countryLegend(view: GraphView, palette: CountryPalette): LegendEntry[] {
  return countriesByPeople(view).map((country) => ({
    label: country || "Country unknown",
    colour: country ? palette.colourOf(country) : UNKNOWN_COLOUR,
    mark: "dot" as const,
  }));
}

/** Loads the network of meetings passing the filters and turns it into a view. */
export async function loadNetworkView(
  palette: CountryPalette,
  filters: ServerFilterArgs = {},
): Promise<ViewModel> {
  const view = await fetchMeetingNetwork(filters);
  return {
    ...planLayout(buildNetworkElements(view, palette), view.nodes.length),
    legendTitle: "Country",
    legend: countryLegend(view, palette),
    emptyMessage:
      Object.keys(filters).length > 0
        ? "No meetings between people pass these filters. Widen the dates or clear the filters."
        : "No meetings between people have been found yet.",
    nodeCount: view.nodes.length,
  };
}
