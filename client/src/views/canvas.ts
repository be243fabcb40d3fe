/** The one Cytoscape instance the explorer draws every view into. */
import cytoscape from "cytoscape";
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { layoutWithLooseNodesBelow } from "./arrange.ts";
import { GRAPH_STYLE } from "./graph-style.ts";

cytoscape.use(fcose);
cytoscape.use(dagre);

/** Fitting a handful of nodes would blow them up to the maximum zoom; keep labels at a sane size. */
const MAX_FIT_ZOOM = 1.3;
const PADDING = 36;
/** The Fit and PNG buttons sit in the bottom-right corner. */
const BOTTOM_PADDING = 64;

export interface Canvas {
  cy: Core;
  /** Replaces the drawn graph, lays it out and fits it; `looseBelow` puts edgeless nodes in a grid underneath. */
  show(elements: ElementDefinition[], layout: LayoutOptions, looseBelow?: boolean): void;
  /** Fits the whole graph into the part of the canvas the overlays leave free. */
  fit(animate?: boolean): void;
  /** Selects, highlights and centres a node; false when it is not drawn. */
  focus(id: string): boolean;
}

/**
 * Creates the canvas in `container`. `onOpen` gets the id of a tapped node; `reservedLeft` says how
 * many pixels on the left an overlay (the legend) covers, so fitting keeps nodes out from under it.
 */
export function createCanvas(
  container: HTMLElement,
  onOpen: (id: string) => void,
  reservedLeft: () => number = () => 0,
): Canvas {
  const cy = cytoscape({
    container,
    style: GRAPH_STYLE,
    minZoom: 0.1,
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
  cy.on("tap", "node", (event) => {
    const node = event.target as NodeSingular;
    highlight(node);
    onOpen(node.id());
  });
  cy.on("tap", (event) => {
    if (event.target === cy) cy.elements().removeClass("faded highlight");
  });

  const fit = (animate = false): void => {
    if (cy.elements().empty()) return;
    const box = cy.elements().boundingBox({});
    const left = reservedLeft() + PADDING;
    const width = Math.max(50, cy.width() - left - PADDING);
    const height = Math.max(50, cy.height() - PADDING - BOTTOM_PADDING);
    const zoom = Math.min(MAX_FIT_ZOOM, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
    const pan = {
      x: left + (width - box.w * zoom) / 2 - box.x1 * zoom,
      y: PADDING + (height - box.h * zoom) / 2 - box.y1 * zoom,
    };
    if (animate) cy.animate({ zoom, pan }, { duration: 250 });
    else cy.viewport({ zoom, pan });
  };

  return {
    cy,
    fit,
    show(elements, layout, looseBelow = false) {
      cy.elements().remove();
      cy.add(elements);
      const options = { ...layout, fit: false } as LayoutOptions;
      if (looseBelow) {
        layoutWithLooseNodesBelow(cy, options, () => fit());
        return;
      }
      const run = cy.layout(options);
      run.one("layoutstop", () => fit());
      run.run();
    },
    focus(id) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) return false;
      cy.elements().unselect();
      node.select();
      highlight(node);
      cy.animate(
        { center: { eles: node }, zoom: Math.min(MAX_FIT_ZOOM, Math.max(cy.zoom(), 1)) },
        { duration: 300 },
      );
      return true;
    },
  };
}
