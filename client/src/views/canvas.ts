/** The one Cytoscape instance the explorer draws every view into. */
import cytoscape from "cytoscape";
import type { Core, ElementDefinition, EventObject, LayoutOptions, NodeSingular } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { layoutWithLooseNodesBelow } from "./arrange.ts";
import { createEdgeLayer, onEdgeLayer, shownOnLayer } from "./edge-layer.ts";
import {
  edgeColour,
  graphStyle,
  LABELLED,
  LARGE_EDGE_OPACITY,
  MIN_ZOOMED_FONT_PX,
  NODE_FONT_PX,
  type Theme,
} from "./graph-style.ts";
import type { FitTo } from "./view-model.ts";

cytoscape.use(fcose);
cytoscape.use(dagre);

/** Fitting a handful of nodes would blow them up to the maximum zoom; keep labels at a sane size. */
const MAX_FIT_ZOOM = 1.3;
/** Below this zoom the lineage's 13 px labels would read smaller than 12 px on screen. */
export const READABLE_ZOOM = 0.95;
/** Node names are drawn at least this big on screen after a fit (up to twice their size). */
const MIN_LABEL_PX = 10;
const MAX_LABEL_SCALE = 2;
const PADDING = 36;
/** The tool buttons sit in the bottom-right corner. */
const BOTTOM_PADDING = 64;
/**
 * Past this many nodes and edges the canvas draws for speed (the large-graph stylesheet, a snapshot
 * while the viewport moves); below it every view looks as designed.
 */
export const LARGE_GRAPH_ELEMENTS = 2000;

/** The renderer's switches for drawing during pan and zoom; Cytoscape's typings do not expose them. */
interface ViewportDrawing {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
}

export interface CanvasEvents {
  /** A node was tapped (or chosen with the keyboard). */
  open(id: string): void;
  /** A node was double-tapped: expand or collapse it. */
  expand(id: string): void;
}

export interface Canvas {
  cy: Core;
  /**
   * Replaces the drawn graph, lays it out and fits it (`end`: at reading size, showing the right-hand
   * end, for the timeline); resolves once it is drawn.
   */
  show(
    elements: ElementDefinition[],
    layout: LayoutOptions,
    looseBelow?: boolean,
    fitTo?: FitTo,
  ): Promise<void>;
  /** Lays out what is drawn again (pinned nodes stay where they are). */
  relayout(layout: LayoutOptions): Promise<void>;
  /** Fits the whole graph into the part of the canvas the overlays leave free. */
  fit(animate?: boolean): void;
  /** Zooms around the centre of the canvas by `factor`. */
  zoomBy(factor: number): void;
  /** Selects, highlights and centres a node; false when it is not drawn. */
  focus(id: string): boolean;
  setTheme(theme: Theme): void;
  /**
   * Runs `draw` (an image export) with every edge drawn by Cytoscape: a big graph's plain edges are
   * otherwise on the edge layer, which Cytoscape's image export does not see.
   */
  withEveryEdgeDrawn<T>(draw: () => T): T;
}

/**
 * Creates the canvas in `container`. `reservedLeft` and `reservedRight` say how many pixels on each
 * side overlays cover (the legend; the path finder or a list), so fitting keeps nodes out from under them.
 */
export function createCanvas(
  container: HTMLElement,
  events: CanvasEvents,
  reservedLeft: () => number = () => 0,
  theme: Theme = "light",
  reservedRight: () => number = () => 0,
): Canvas {
  const cy = cytoscape({
    container,
    style: graphStyle(theme),
    minZoom: 0.05,
    maxZoom: 3,
    selectionType: "single",
    // Switched on for large graphs only, by show().
    hideEdgesOnViewport: false,
    textureOnViewport: false,
  });
  let currentTheme = theme;
  let large = false;
  const edgeLayer = createEdgeLayer(cy, container);
  edgeLayer.setColour(edgeColour(theme), LARGE_EDGE_OPACITY);
  let labelScale = 1;
  /**
   * After a fit at a small zoom, names are drawn bigger in the graph's units so they read at about
   * MIN_LABEL_PX on screen; big graphs keep the plain stylesheet (restyling costs there).
   */
  const scaleLabelsFor = (zoom: number): void => {
    const next = large ? 1 : Math.min(MAX_LABEL_SCALE, Math.max(1, MIN_LABEL_PX / (NODE_FONT_PX * zoom)));
    if (Math.abs(next - labelScale) < 0.05) return;
    labelScale = next;
    cy.style(graphStyle(currentTheme, large, labelScale));
  };
  /** Big graphs get the cheaper stylesheet and pan and zoom a snapshot of the drawn graph. */
  const drawAsLarge = (next: boolean): void => {
    if (next === large) return;
    large = next;
    labelScale = 1;
    cy.style(graphStyle(currentTheme, large));
    edgeLayer.setEnabled(large);
    const renderer = (cy as unknown as { renderer(): ViewportDrawing }).renderer();
    renderer.textureOnViewport = large;
  };
  let labelled = false;
  const labelAdded = (event: EventObject): void => void event.target.addClass(LABELLED);
  /**
   * A big graph's nodes get their names once zoomed in far enough for names to be drawn at all:
   * measuring two thousand names that the first, zoomed-out draw would not show costs a tenth of it.
   * Nodes that join later (an expansion) are named as they come.
   */
  const labelWhenReadable = (): void => {
    if (!large || labelled || cy.zoom() * NODE_FONT_PX < MIN_ZOOMED_FONT_PX) return;
    labelled = true;
    cy.batch(() => cy.nodes().addClass(LABELLED));
    cy.on("add", "node", labelAdded);
  };
  const unlabel = (): void => {
    labelled = false;
    cy.off("add", "node", labelAdded);
  };
  cy.on("zoom", labelWhenReadable);
  // Exposed for the browser tests only (test/browser.test.ts), which read nodes and positions from it.
  window.__cy = cy;

  const highlight = (node: NodeSingular): void => {
    cy.batch(() => {
      const around = node.closedNeighborhood();
      if (large) {
        // Fading restyles every element, about a second at 2,000 nodes and 10,000 edges: a big
        // graph only lights up the node's own edges.
        cy.edges(".highlight").removeClass("highlight");
      } else {
        cy.elements().removeClass("highlight").addClass("faded");
        around.removeClass("faded");
      }
      around.edges().addClass("highlight");
    });
  };
  cy.on("tap", "node", (event) => {
    const node = event.target as NodeSingular;
    if (node.hasClass("axis")) return;
    highlight(node);
    events.open(node.id());
  });
  cy.on("dbltap", "node", (event) => {
    const node = event.target as NodeSingular;
    if (!node.hasClass("axis")) events.expand(node.id());
  });
  cy.on("tap", (event) => {
    if (event.target === cy) cy.elements().removeClass("faded highlight");
  });

  const fit = (animate = false): void => {
    // A big graph is fitted by its nodes' shapes: its edges run between them, its labels are too
    // small to draw at that zoom, and measuring twelve thousand elements costs a visible moment.
    const visible = large ? cy.nodes(":visible") : cy.elements(":visible");
    if (visible.empty()) return;
    const box = visible.boundingBox(large ? { includeLabels: false } : {});
    const left = reservedLeft() + PADDING;
    const width = Math.max(50, cy.width() - left - PADDING - reservedRight());
    const height = Math.max(50, cy.height() - PADDING - BOTTOM_PADDING);
    const zoom = Math.max(
      cy.minZoom(),
      Math.min(MAX_FIT_ZOOM, width / Math.max(box.w, 1), height / Math.max(box.h, 1)),
    );
    const pan = {
      x: left + (width - box.w * zoom) / 2 - box.x1 * zoom,
      y: PADDING + (height - box.h * zoom) / 2 - box.y1 * zoom,
    };
    scaleLabelsFor(zoom);
    if (animate) cy.animate({ zoom, pan }, { duration: 250 });
    else cy.viewport({ zoom, pan });
  };

  /** Reading size, the latest (right-hand) end in view: a long timeline is panned, not shrunk. */
  const fitEnd = (): void => {
    cy.resize();
    const box = cy.elements(":visible").boundingBox({});
    const height = Math.max(50, cy.height() - PADDING - BOTTOM_PADDING);
    const zoom = Math.min(1, height / Math.max(box.h, 1));
    if (box.w * zoom <= cy.width() - reservedLeft() - reservedRight() - 2 * PADDING) return fit();
    scaleLabelsFor(zoom);
    cy.viewport({
      zoom,
      pan: {
        x: cy.width() - reservedRight() - PADDING - 180 * zoom - box.x2 * zoom,
        y: PADDING + (height - box.h * zoom) / 2 - box.y1 * zoom,
      },
    });
  };

  /**
   * Fits everything when labels stay readable; otherwise keeps the reading zoom and shows the top
   * left (the first families), the rest a pan away.
   */
  const fitReadable = (): void => {
    fit();
    if (cy.zoom() >= READABLE_ZOOM) return;
    const box = cy.elements(":visible").boundingBox({});
    const left = reservedLeft() + PADDING;
    const width = Math.max(50, cy.width() - left - PADDING - reservedRight());
    const zoom = READABLE_ZOOM;
    scaleLabelsFor(zoom);
    // Narrow enough to fit across: centre it across and start at the top.
    const x =
      box.w * zoom <= width ? left + (width - box.w * zoom) / 2 - box.x1 * zoom : left - box.x1 * zoom;
    cy.viewport({ zoom, pan: { x, y: PADDING - box.y1 * zoom } });
  };

  /**
   * Fits everything when labels stay readable; otherwise keeps the reading zoom on the stretch
   * (as wide as the canvas) that holds the most nodes, so one old outlier does not take the screen.
   */
  const fitDensest = (): void => {
    fit();
    if (cy.zoom() >= READABLE_ZOOM) return;
    const zoom = READABLE_ZOOM;
    scaleLabelsFor(zoom);
    const box = cy.elements(":visible").boundingBox({});
    const left = reservedLeft() + PADDING;
    const span = Math.max(50, cy.width() - left - PADDING - reservedRight()) / zoom;
    const xs = cy
      .nodes(":visible")
      .filter((n) => !n.hasClass("axis"))
      .map((n: NodeSingular) => n.position("x"))
      .sort((a, b) => a - b);
    let best = { start: box.x1, count: 0 };
    for (let i = 0, j = 0; i < xs.length; i++) {
      const start = xs[i] ?? 0;
      while (j < xs.length && (xs[j] ?? 0) <= start + span - 200) j++;
      if (j - i > best.count) best = { start, count: j - i };
    }
    const height = Math.max(50, cy.height() - PADDING - BOTTOM_PADDING);
    cy.viewport({
      zoom,
      pan: { x: left - (best.start - 20) * zoom, y: PADDING + (height - box.h * zoom) / 2 - box.y1 * zoom },
    });
  };

  const run = (layout: LayoutOptions, looseBelow: boolean, fitTo: FitTo = "all"): Promise<void> =>
    new Promise((done) => {
      const options = { ...layout, fit: false } as LayoutOptions;
      const finish = (): void => {
        performance.mark("canvas:laid-out");
        if (fitTo === "end") fitEnd();
        else if (fitTo === "readable") fitReadable();
        else if (fitTo === "densest") fitDensest();
        else fit();
        labelWhenReadable();
        performance.mark("canvas:fitted");
        done();
      };
      // Elements placed up front (timeline, path, clustered big graphs) need no layout run: a preset
      // without positions would only write every position back, at a cost that grows with the graph.
      if (layout.name === "preset" && !("positions" in layout && layout.positions)) return finish();
      // Only what is visible is laid out: hidden and filtered nodes keep their place for later.
      // A big graph's plain edges are not Cytoscape's to draw, but they still pull in a layout.
      const eles = large
        ? cy.elements(":visible").union(cy.edges().filter((e) => onEdgeLayer(e) && shownOnLayer(e)))
        : cy.elements(":visible");
      if (eles.empty()) return finish();
      if (looseBelow) return layoutWithLooseNodesBelow(cy, options, finish);
      const layoutRun = eles.layout(options);
      layoutRun.one("layoutstop", finish);
      layoutRun.run();
    });

  return {
    cy,
    fit,
    show(elements, layout, looseBelow = false, fitTo = "all") {
      // The container may have been hidden (the article view) or resized since the last draw:
      // fitting with a stale size left the graph a speck in a corner.
      cy.resize();
      const nodes = elements.filter((e) => e.group !== "edges" && !("source" in e.data));
      const edges = elements.filter((e) => e.group === "edges" || "source" in e.data);
      unlabel();
      cy.batch(() => {
        cy.elements().remove();
        // Restyled while empty, so switching stylesheets costs nothing.
        drawAsLarge(elements.length > LARGE_GRAPH_ELEMENTS);
        cy.add(nodes);
      });
      // Nodes are styled before any edge joins them: Cytoscape marks a node's connected edges
      // stale for every style property it applies, ten thousand edges times twenty properties.
      cy.nodes().forEach((node) => void node.style("display"));
      cy.batch(() => cy.add(edges));
      // A big graph is measured here in one pass. Drawn unmeasured, each element would be measured
      // on its own, and measuring it for the first time queues it for another pass in the next frame.
      if (large) cy.elements().boundingBox();
      // Marks for bench/client-render.ts and for anyone reading a Chromium performance trace.
      performance.mark("canvas:added");
      return run(layout, looseBelow, fitTo);
    },
    relayout: (layout) => run(layout, false),
    zoomBy(factor) {
      // A running focus animation would overwrite the new zoom: finish it first.
      cy.stop(true, true);
      const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    focus(id) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode() || !node.visible()) return false;
      cy.elements().unselect();
      node.select();
      highlight(node);
      cy.animate(
        { center: { eles: node }, zoom: Math.min(MAX_FIT_ZOOM, Math.max(cy.zoom(), 1)) },
        { duration: 300 },
      );
      return true;
    },
    setTheme(next) {
      currentTheme = next;
      cy.style(graphStyle(next, large, labelScale));
      edgeLayer.setColour(edgeColour(next), LARGE_EDGE_OPACITY);
    },
    withEveryEdgeDrawn(draw) {
      if (!large) return draw();
      cy.style(graphStyle(currentTheme, large, labelScale, false));
      try {
        // Measured before drawing, as show() does: the export draws in one go, outside a frame.
        cy.edges().boundingBox();
        return draw();
      } finally {
        cy.style(graphStyle(currentTheme, large, labelScale));
      }
    },
  };
}
