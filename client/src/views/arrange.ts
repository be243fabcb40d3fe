/** Layout runs that need more than one Cytoscape layout. */
import type { Core, LayoutOptions } from "cytoscape";

const GRID_GAP = 24;

/**
 * Lays out the connected part of the graph with `layout`, then puts the nodes without any edge in a
 * grid below it, sorted by date. Dagre would otherwise stack every loose proposal in one tall column.
 */
export function layoutWithLooseNodesBelow(cy: Core, layout: LayoutOptions, done: () => void): void {
  // Hidden and filtered nodes are left where they are.
  const visible = cy.elements(":visible");
  const loose = visible.nodes().filter((n) => n.connectedEdges(":visible").empty());
  const linked = visible.not(loose);
  if (linked.empty() || loose.empty()) {
    const run = visible.layout(layout);
    run.one("layoutstop", done);
    run.run();
    return;
  }
  const run = linked.layout(layout);
  run.one("layoutstop", () => {
    const box = linked.boundingBox({});
    const cellW = Math.max(...loose.map((n) => n.outerWidth())) + GRID_GAP;
    const cellH = Math.max(...loose.map((n) => n.outerHeight())) + GRID_GAP;
    const columns = Math.max(1, Math.floor(Math.max(box.w, cellW * 4) / cellW));
    const sorted = loose.sort((a, b) =>
      String(a.data("date") ?? "").localeCompare(String(b.data("date") ?? "")),
    );
    sorted.forEach((node, i) => {
      node.position({
        x: box.x1 + cellW / 2 + (i % columns) * cellW,
        y: box.y2 + 60 + cellH / 2 + Math.floor(i / columns) * cellH,
      });
    });
    done();
  });
  run.run();
}
