/**
 * Proposal families: proposals joined by lineage (revises, answers…) or by PART_OF (the terms of a
 * plan). A family's versions run left to right in time order; each version's terms stand below it.
 * Proposals in no family are listed beside the graph instead of drawn.
 */
import type { GraphEdge, GraphNode, GraphView } from "../types.ts";

export const PART_OF = "PART_OF";

export interface ProposalFamily {
  /** The id of its earliest version: stable while later versions are added. */
  id: string;
  /** Named after its earliest version. */
  name: string;
  /** Versions (not terms), oldest first; undated ones last. */
  versions: GraphNode[];
  /** Terms of each version, by version id, in name order. */
  terms: Map<string, GraphNode[]>;
}

export interface Families {
  families: ProposalFamily[];
  /** Proposals with no lineage and no terms: for the list beside the graph. */
  loose: GraphNode[];
}

/** Oldest first; a proposal without a date goes after the dated ones, then by name. */
export function byDate(a: GraphNode, b: GraphNode): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  }
  return a.label.localeCompare(b.label);
}

function compareFirstVersions(a: ProposalFamily, b: ProposalFamily): number {
  const [first, second] = [a.versions[0], b.versions[0]];
  return first && second ? byDate(first, second) : 0;
}

/** Union-find over node ids, so 500 proposals group in linear time. */
function components(ids: string[], edges: GraphEdge[]): Map<string, string[]> {
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(id, r);
    return r;
  };
  for (const e of edges) {
    if (!parent.has(e.source) || !parent.has(e.target)) continue;
    parent.set(root(e.source), root(e.target));
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = root(id);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  }
  return groups;
}

/** Groups the lineage network into families, oldest family first, and the proposals in none. */
export function groupFamilies(view: GraphView): Families {
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const edges = view.edges.filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target);
  // A term points at its plan; a term of a term stays under the top plan's column via its own plan.
  const planOf = new Map(edges.filter((e) => e.kind === PART_OF).map((e) => [e.source, e.target]));
  const families: ProposalFamily[] = [];
  const loose: GraphNode[] = [];
  for (const ids of components(
    view.nodes.map((n) => n.id),
    edges,
  ).values()) {
    const members = ids.flatMap((id) => byId.get(id) ?? []);
    if (members.length < 2) {
      loose.push(...members);
      continue;
    }
    const versions = members.filter((m) => !planOf.has(m.id)).sort(byDate);
    const terms = new Map<string, GraphNode[]>();
    for (const m of members) {
      let plan = planOf.get(m.id);
      // A cycle of PART_OF would loop forever: stop after as many steps as there are members.
      for (let step = 0; plan && planOf.has(plan) && step < members.length; step++) plan = planOf.get(plan);
      if (plan) terms.set(plan, [...(terms.get(plan) ?? []), m]);
    }
    for (const list of terms.values()) list.sort((a, b) => a.label.localeCompare(b.label));
    const first = versions[0] ?? [...members].sort(byDate)[0];
    if (!first) continue;
    families.push({ id: first.id, name: first.label, versions: versions.length ? versions : [first], terms });
  }
  families.sort((a, b) => compareFirstVersions(a, b));
  loose.sort(byDate);
  return { families, loose };
}
