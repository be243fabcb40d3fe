/**
 * Expanding a node in place (Bloom's double-click): its neighbours join the drawing around it, and a
 * second double-click folds them away again. Only what an expansion added is ever removed.
 */
import type { Core, ElementDefinition, NodeSingular } from "cytoscape";

export class Expansions {
  /** Expanded node → the node and edge ids its expansion added. */
  private readonly added = new Map<string, { nodes: string[]; edges: string[] }>();

  constructor(private readonly cy: Core) {}

  isExpanded(id: string): boolean {
    return this.added.has(id);
  }

  /** Forgets every expansion (a new view was drawn). */
  reset(): void {
    this.added.clear();
  }

  /**
   * Adds `elements` around `id`: new nodes on a ring around it, edges that are not drawn yet.
   * Returns how many nodes joined.
   */
  expand(id: string, elements: ElementDefinition[]): number {
    const centre = this.cy.getElementById(id);
    if (centre.empty()) return 0;
    const fresh = elements.filter((e) => this.cy.getElementById(String(e.data.id)).empty());
    const nodes = fresh.filter((e) => e.group === "nodes");
    const { x, y } = centre.position();
    const radius = 110 + nodes.length * 9;
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
      node.position = { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
      node.classes = `${node.classes ?? ""} expanded-child`.trim();
    });
    const nodeIds = new Set([...this.cy.nodes().map((n) => n.id()), ...nodes.map((n) => String(n.data.id))]);
    const edges = fresh.filter(
      (e) => e.group === "edges" && nodeIds.has(String(e.data.source)) && nodeIds.has(String(e.data.target)),
    );
    this.cy.add([...nodes, ...edges]);
    centre.addClass("expanded");
    this.added.set(id, {
      nodes: nodes.map((n) => String(n.data.id)),
      edges: edges.map((e) => String(e.data.id)),
    });
    return nodes.length;
  }

  /** Folds an expansion (and expansions made from what it added); pinned nodes stay. Returns nodes removed. */
  collapse(id: string): number {
    const entry = this.added.get(id);
    if (!entry) return 0;
    this.added.delete(id);
    this.cy.getElementById(id).removeClass("expanded");
    let removed = 0;
    for (const nodeId of entry.nodes) {
      if (this.isExpanded(nodeId)) removed += this.collapse(nodeId);
      const node = this.cy.getElementById(nodeId);
      if (node.nonempty() && !node.hasClass("pinned") && !this.heldByOther(nodeId)) {
        node.remove();
        removed++;
      }
    }
    for (const edgeId of entry.edges) this.cy.getElementById(edgeId).remove();
    return removed;
  }

  /** Expanded nodes toggle: collapse if expanded, else expand with what `load` fetches. */
  async toggle(node: NodeSingular, load: (id: string) => Promise<ElementDefinition[]>): Promise<number> {
    if (this.isExpanded(node.id())) return -this.collapse(node.id());
    return this.expand(node.id(), await load(node.id()));
  }

  private heldByOther(nodeId: string): boolean {
    for (const entry of this.added.values()) if (entry.nodes.includes(nodeId)) return true;
    return false;
  }
}
