/**
 * The proposal-lineage view: one row per proposal family, named after its first version, the
 * versions left to right in time order and each version's terms below it. Positions are computed
 * here (no layout run), so 500 proposals draw at once and the labels are readable at first draw.
 * Proposals in no family go to a sortable list beside the graph.
 */
import type { ElementDefinition } from "cytoscape";
import { renderSortableTable } from "../panel/sortable-table.ts";
import { fetchLineageNetwork, fetchProposers } from "../queries.ts";
import { STATUS_COLOURS, statusColour } from "../palette.ts";
import type { ServerFilterArgs } from "../state/filters.ts";
import type { GraphNode, GraphView } from "../types.ts";
import { type Families, groupFamilies, PART_OF, type ProposalFamily } from "./families.ts";
import type { LegendEntry, ViewModel } from "./view-model.ts";

const BOX_WIDTH = 200;
const COLUMN_STEP = BOX_WIDTH + 80;
const TERM_HEIGHT = 44;
const TERM_STEP = TERM_HEIGHT + 14;
const TITLE_TO_BOXES = 62;
const ROW_GAP = 56;
/** About how many characters of the 13 px bold label fit on one line of a box. */
const CHARS_PER_LINE = 22;

/** "RESPONDS_TO" → "responds to". */
export function relationLabel(kind: string, label: string | null): string {
  return (label ?? kind).toLowerCase().replace(/_/g, " ");
}

/** A box tall enough for its wrapped label: the name's lines plus the proposer and date line. */
export function boxHeight(label: string): number {
  const lines = label
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  return Math.max(52, 16 * lines + 18);
}

/** The name, then who proposed it and when, so the lineage reads without clicking. */
function labelFor(n: GraphNode, proposers: Map<string, string[]>): string {
  const by = proposers.get(n.id)?.slice(0, 2).join(", ");
  return [n.label, [by, n.date].filter(Boolean).join(" · ")].filter(Boolean).join("\n");
}

function proposalNode(
  n: GraphNode,
  proposers: Map<string, string[]>,
  position: { x: number; y: number },
  term: boolean,
): ElementDefinition {
  const label = labelFor(n, proposers);
  return {
    group: "nodes",
    classes: term ? "box term" : "box",
    position,
    data: {
      id: n.id,
      label,
      kind: n.kind,
      date: n.date,
      status: n.status,
      country: n.country,
      proposer: proposers.get(n.id)?.slice(0, 2).join(", ") ?? null,
      colour: statusColour(n.status),
      size: BOX_WIDTH,
      height: term ? TERM_HEIGHT : boxHeight(label),
      shape: "round-rectangle",
    },
  };
}

function familyTitle(family: ProposalFamily, top: number): ElementDefinition {
  const versions = family.versions.length;
  const terms = [...family.terms.values()].reduce((sum, t) => sum + t.length, 0);
  const counts = [`${versions} version${versions === 1 ? "" : "s"}`];
  if (terms) counts.push(`${terms} term${terms === 1 ? "" : "s"}`);
  return {
    group: "nodes",
    classes: "axis family-title",
    position: { x: -BOX_WIDTH / 2, y: top },
    selectable: false,
    grabbable: false,
    data: {
      id: `family:${family.id}`,
      label: `${family.name} — ${counts.join(", ")}`,
      kind: "Family",
      size: 1,
      shape: "rectangle",
      colour: "#9aa5b1",
    },
  };
}

/**
 * Places each family in its own row: a title, the versions left to right, their terms stacked
 * below. Lineage edges are drawn earlier → later (class `reversed` keeps the arrow on the later
 * one, as "B revises A" reads); PART_OF edges run from the plan down to its term.
 */
export function buildLineageElements(
  view: GraphView,
  proposers: Map<string, string[]> = new Map(),
  families: Families = groupFamilies(view),
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const drawn = new Set<string>();
  let top = 0;
  for (const family of families.families) {
    elements.push(familyTitle(family, top));
    const tallest = Math.max(...family.versions.map((v) => boxHeight(labelFor(v, proposers))));
    const boxesY = top + TITLE_TO_BOXES + tallest / 2;
    const termsY = boxesY + tallest / 2 + 24 + TERM_HEIGHT / 2;
    let deepest = 0;
    family.versions.forEach((version, column) => {
      const x = column * COLUMN_STEP;
      elements.push(proposalNode(version, proposers, { x, y: boxesY }, false));
      drawn.add(version.id);
      const terms = family.terms.get(version.id) ?? [];
      terms.forEach((term, row) => {
        elements.push(proposalNode(term, proposers, { x: x + 16, y: termsY + row * TERM_STEP }, true));
        drawn.add(term.id);
      });
      deepest = Math.max(deepest, terms.length);
    });
    top = deepest
      ? termsY + (deepest - 1) * TERM_STEP + TERM_HEIGHT / 2 + ROW_GAP
      : boxesY + tallest / 2 + ROW_GAP;
  }
  for (const e of view.edges) {
    if (!drawn.has(e.source) || !drawn.has(e.target)) continue;
    const partOf = e.kind === PART_OF;
    elements.push({
      group: "edges",
      classes: partOf ? "directed part-of" : "directed reversed",
      data: {
        id: e.id,
        // Both kinds run from the earlier (or the plan) to the later (or the term).
        source: e.target,
        target: e.source,
        kind: e.kind,
        label: partOf ? "" : relationLabel(e.kind, e.label),
        width: partOf ? 1.5 : 2,
      },
    });
  }
  return elements;
}

/** One legend line per proposal status present, in the order of STATUS_COLOURS. */
export function statusLegend(view: GraphView): LegendEntry[] {
  const present = new Set(view.nodes.filter((n) => n.kind === "Proposal").map((n) => n.status ?? "unknown"));
  const known = Object.keys(STATUS_COLOURS).filter((s) => present.has(s));
  const other = [...present].filter((s) => !(s in STATUS_COLOURS)).sort();
  return [...known, ...other].map((s) => ({ label: s, colour: statusColour(s), mark: "box" as const }));
}

/** The list beside the graph: proposals in no family, sortable by each column. */
export function renderLooseProposals(
  loose: GraphNode[],
  proposers: Map<string, string[]>,
  open: (id: string) => void,
): HTMLElement {
  return renderSortableTable({
    caption: `Proposals in no family (${loose.length})`,
    testid: "loose-proposals",
    rows: loose,
    open: (row) => open(row.id),
    columns: [
      { key: "name", label: "Name", value: (p) => p.label },
      { key: "date", label: "Date", value: (p) => p.date },
      { key: "proposer", label: "Proposer", value: (p) => proposers.get(p.id)?.join(", ") ?? null },
      { key: "status", label: "Status", value: (p) => p.status },
      { key: "mentions", label: "Mentions", value: (p) => p.weight },
    ],
  });
}

/** Loads the proposals passing the filters and the lineage and PART_OF edges between them. */
export async function loadLineageView(filters: ServerFilterArgs = {}): Promise<ViewModel> {
  const [view, proposers] = await Promise.all([
    fetchLineageNetwork(filters),
    // Proposers only label the boxes: without them the lineage still draws.
    fetchProposers(filters).catch(() => new Map<string, string[]>()),
  ]);
  const families = groupFamilies(view);
  const partOf = view.edges.some((e) => e.kind === PART_OF);
  return {
    elements: buildLineageElements(view, proposers, families),
    layout: { name: "preset", fit: false },
    fixedLayout: true,
    fitTo: "readable",
    aside: families.loose.length
      ? (open) => renderLooseProposals(families.loose, proposers, open)
      : undefined,
    legendTitle: "Proposal status",
    legend: [
      ...statusLegend(view),
      ...(partOf ? [{ label: "term of (dashed)", colour: "#7b8794", mark: "line" as const }] : []),
    ],
    emptyMessage:
      families.loose.length > 0
        ? "No proposal families here: every proposal stands alone (listed beside the graph)."
        : Object.keys(filters).length > 0
          ? "No proposals pass these filters. Widen the dates or clear the filters."
          : "No proposals have been found yet.",
    // Proposals in no family are listed, not drawn: only families count as drawn.
    nodeCount: view.nodes.length - families.loose.length,
  };
}
