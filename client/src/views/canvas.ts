/** The one Cytoscape instance the explorer draws every view into. */
import cytoscape from "cytoscape";
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { GRAPH_STYLE } from "./graph-style.ts";

cytoscape.use(fcose);
cytoscape.use(dagre);

export interface Canvas {
  cy: Core;
  /** Replaces the drawn graph and lays it out. */
  show(elements: ElementDefinition[], layout: LayoutOptions): void;
  /** Selects, highlights and centres a node; false when it is not drawn. */
  focus(id: string): boolean;
}

/** Creates the canvas in `container`; `onOpen` is called with the id of a tapped node. */
export function createCanvas(container: HTMLElement, onOpen: (id: string) => void): Canvas {
  const cy = cytoscape({
    container,
    style: GRAPH_STYLE,
    minZoom: 0.15,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    selectionType: "single",
  });
  // Exposed for the browser tests only (test/browser.test.ts), which read nodes and positions from it.
  window.__cy = cy;

  const highlight = (node: NodeSingular): void => {
    cy.elements().removeClass("highlight").addClass("faded");
    const around = node.closedNeighborhood();
    around.removeClass("faded");
    around.edges().addClass("highlight");
  };
  const clearHighlight = (): void => {
    cy.elements().removeClass("faded highlight");
  };

  cy.on("tap", "node", (event) => {
    const node = event.target as NodeSingular;
    highlight(node);
    onOpen(node.id());
  });
  cy.on("tap", (event) => {
    if (event.target === cy) clearHighlight();
  });

  return {
    cy,
    show(elements, layout) {
      cy.elements().remove();
      cy.add(elements);
      cy.layout(layout).run();
    },
    focus(id) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) return false;
      cy.elements().unselect();
      node.select();
      highlight(node);
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 300 });
      return true;
    },
  };
}
