/**
 * A big graph's plain edges, drawn on a canvas of their own under Cytoscape's. Cytoscape draws each
 * edge as an element of its own (rendered style, projections, bounds, one stroke each): ten thousand
 * of them were about a third of the first draw of a 2,000-node graph. Here they are plain strokes
 * in the renderer's own frame, and a picture moved and scaled while the viewport moves. The edges stay in Cytoscape (events, neighbourhoods,
 * highlight, export): the large stylesheet only stops Cytoscape drawing them (graph-style.ts).
 */
import type { Core, EdgeSingular } from "cytoscape";

/** How long the viewport must rest before the layer is drawn afresh after a pan or zoom. */
const VIEWPORT_REST_MS = 150;

/** Classes that hide an element in every view (graph-style.ts). */
const HIDING_CLASSES = ["hidden-node", "filtered"] as const;

/** Drawn here rather than by Cytoscape: directed edges keep their arrows and labels in Cytoscape. */
export function onEdgeLayer(edge: EdgeSingular): boolean {
  return !edge.hasClass("directed");
}

/** Whether an edge on the layer is on screen: neither it nor its ends hidden. */
export function shownOnLayer(edge: EdgeSingular): boolean {
  if (HIDING_CLASSES.some((c) => edge.hasClass(c))) return false;
  return edge.source().visible() && edge.target().visible();
}

interface LayerEdge {
  edge: EdgeSingular;
  source: string;
  target: string;
  width: number;
}

export interface EdgeLayer {
  /** Draws the edges from now on (a big graph) or clears the layer and stops drawing them. */
  setEnabled(enabled: boolean): void;
  setColour(colour: string, opacity: number): void;
  readonly enabled: boolean;
}

export function createEdgeLayer(cy: Core, container: HTMLElement): EdgeLayer {
  const canvas = document.createElement("canvas");
  canvas.setAttribute("aria-hidden", "true");
  // Under Cytoscape's canvases (they come later in the container), as big, never catching the pointer.
  Object.assign(canvas.style, {
    position: "absolute",
    left: "0",
    top: "0",
    width: "100%",
    height: "100%",
    pointerEvents: "none",
  });
  container.insertBefore(canvas, container.firstChild);
  const context = canvas.getContext("2d");
  let enabled = false;
  let colour = "";
  let opacity = 1;

  /** The edges the layer draws, with their ends' ids: kept until elements come, go or change data. */
  let cached: LayerEdge[] | null = null;
  const layerEdges = (): LayerEdge[] => {
    if (cached) return cached;
    const list: LayerEdge[] = [];
    cy.edges().forEach((edge) => {
      if (!onEdgeLayer(edge)) return;
      const { source, target, width } = edge.data() as { source: string; target: string; width?: number };
      list.push({ edge, source, target, width: Number(width) || 1 });
    });
    return (cached = list);
  };
  cy.on("add remove data", "edge", () => void (cached = null));
  // Classes decide what the layer draws ("directed"); a class change is rare next to a frame.
  cy.on("class", "edge", () => void (cached = null));

  /** The viewport the layer was last drawn at; null when what it shows is out of date. */
  let drawnAt: { zoom: number; x: number; y: number; width: number; height: number } | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const draw = (): void => {
    clearTimeout(settle);
    canvas.style.transform = "";
    if (!context || !enabled) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    const ends = new Map<string, { x: number; y: number } | null>();
    cy.nodes().forEach((node) => void ends.set(node.id(), node.visible() ? node.position() : null));
    const byWidth = new Map<number, number[]>();
    for (const { edge, source, target, width: w } of layerEdges()) {
      const from = ends.get(source);
      const to = ends.get(target);
      if (!from || !to || HIDING_CLASSES.some((c) => edge.hasClass(c))) continue;
      let points = byWidth.get(w);
      if (!points) byWidth.set(w, (points = []));
      points.push(from.x, from.y, to.x, to.y);
    }
    const zoom = cy.zoom();
    const pan = cy.pan();
    context.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    context.globalAlpha = opacity;
    context.strokeStyle = colour;
    context.lineCap = "butt";
    for (const [w, points] of byWidth) {
      context.lineWidth = w;
      // One stroke per edge: Chromium's software canvas strokes one path of thousands of crossing
      // lines several times slower than the same lines one by one.
      for (let i = 0; i < points.length; i += 4) {
        context.beginPath();
        context.moveTo(points[i] ?? 0, points[i + 1] ?? 0);
        context.lineTo(points[i + 2] ?? 0, points[i + 3] ?? 0);
        context.stroke();
      }
    }
    context.globalAlpha = 1;
    drawnAt = { zoom, x: pan.x, y: pan.y, width: cy.width(), height: cy.height() };
  };

  /**
   * While only the viewport moves (a pan or a zoom), the drawn layer is moved and scaled as a picture,
   * as Cytoscape does with its own (textureOnViewport), and drawn afresh once the viewport rests.
   */
  const follow = (): void => {
    if (!enabled) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    if (!drawnAt || drawnAt.width !== cy.width() || drawnAt.height !== cy.height()) return draw();
    if (drawnAt.zoom === zoom && drawnAt.x === pan.x && drawnAt.y === pan.y) return;
    const scale = zoom / drawnAt.zoom;
    canvas.style.transformOrigin = "0 0";
    canvas.style.transform = `translate(${pan.x - drawnAt.x * scale}px, ${pan.y - drawnAt.y * scale}px) scale(${scale})`;
    clearTimeout(settle);
    settle = setTimeout(draw, VIEWPORT_REST_MS);
  };
  // Anything but the viewport changing makes the drawn layer out of date.
  cy.on("add remove data position class style", () => void (drawnAt = null));
  // Cytoscape emits "render" after each frame it draws.
  cy.on("render", follow);

  return {
    get enabled() {
      return enabled;
    },
    setEnabled(next) {
      enabled = next;
      drawnAt = null;
      if (!next && context) {
        canvas.style.transform = "";
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, canvas.width, canvas.height);
      }
    },
    setColour(nextColour, nextOpacity) {
      colour = nextColour;
      opacity = nextOpacity;
      drawnAt = null;
    },
  };
}
