/** The proposal-lineage view: proposals as boxes coloured by status, edges labelled with their relation. */
import type { ElementDefinition } from "cytoscape";
import { fetchLineageNetwork, fetchProposers } from "../queries.ts";
import { STATUS_COLOURS, statusColour } from "../palette.ts";
import type { ServerFilterArgs } from "../state/filters.ts";
import type { GraphView } from "../types.ts";
import { lineageLayout } from "./layouts.ts";
import type { LegendEntry, ViewModel } from "./view-model.ts";

/** "RESPONDS_TO" → "responds to". */
export function relationLabel(kind: string, label: string | null): string {
  return (label ?? kind).toLowerCase().replace(/_/g, " ");
}

/**
 * Builds the lineage elements. A lineage edge runs from the later proposal to the earlier one;
 * it is drawn the other way (class `reversed` moves the arrow) so dagre puts the earlier one left.
 */
export function buildLineageElements(
  view: GraphView,
  proposers: Map<string, string[]> = new Map(),
): ElementDefinition[] {
  const nodes: ElementDefinition[] = view.nodes.map((n) => {
    // The name, then who proposed it and when, so the lineage reads without clicking.
    const by = proposers.get(n.id)?.slice(0, 2).join(", ");
    const label = [n.label, [by, n.date].filter(Boolean).join(" · ")].filter(Boolean).join("\n");
    return {
      group: "nodes",
      classes: "box",
      data: {
        id: n.id,
        label,
        kind: n.kind,
        date: n.date,
        status: n.status,
        country: n.country,
        proposer: by ?? null,
        colour: statusColour(n.status),
        size: 46,
        shape: "round-rectangle",
      },
    };
  });
  const ids = new Set(view.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = view.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: "edges",
      classes: "directed reversed",
      data: {
        id: e.id,
        source: e.target,
        target: e.source,
        kind: e.kind,
        label: relationLabel(e.kind, e.label),
        width: 2,
      },
    }));
  return [...nodes, ...edges];
}

/** One legend line per proposal status present, in the order of STATUS_COLOURS. */
export function statusLegend(view: GraphView): LegendEntry[] {
  const present = new Set(view.nodes.filter((n) => n.kind === "Proposal").map((n) => n.status ?? "unknown"));
  const known = Object.keys(STATUS_COLOURS).filter((s) => present.has(s));
  const other = [...present].filter((s) => !(s in STATUS_COLOURS)).sort();
  return [...known, ...other].map((s) => ({ label: s, colour: statusColour(s), mark: "box" as const }));
}

/** Loads the proposals passing the filters, and the lineage edges between them, as a view. */
export async function loadLineageView(filters: ServerFilterArgs = {}): Promise<ViewModel> {
  const [view, proposers] = await Promise.all([
    fetchLineageNetwork(filters),
    // Proposers only label the boxes: without them the lineage still draws.
    fetchProposers(filters).catch(() => new Map<string, string[]>()),
  ]);
  return {
    elements: buildLineageElements(view, proposers),
    layout: lineageLayout(),
    looseBelow: true,
    legendTitle: "Proposal status",
    legend: statusLegend(view),
    emptyMessage:
      Object.keys(filters).length > 0
        ? "No proposals pass these filters. Widen the dates or clear the filters."
        : "No proposals have been found yet.",
    nodeCount: view.nodes.length,
  };
}
