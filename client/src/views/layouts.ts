/** Layout settings per view. */
import type { BaseLayoutOptions } from "cytoscape";
import type { DagreLayoutOptions } from "cytoscape-dagre";

interface FcoseLayoutOptions extends BaseLayoutOptions {
  name: "fcose";
  quality?: "draft" | "default" | "proof";
  randomize?: boolean;
  animate?: boolean;
  fit?: boolean;
  padding?: number;
  nodeRepulsion?: number;
  idealEdgeLength?: number;
  nodeSeparation?: number;
  gravity?: number;
  numIter?: number;
}

/** Force-directed: people who met pull together, clusters of sides emerge. */
export function forceLayout(nodeCount: number): FcoseLayoutOptions {
  return {
    name: "fcose",
    quality: "proof",
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    // Sparse graphs spread too far with strong repulsion; scale it down for small ones.
    nodeRepulsion: nodeCount > 60 ? 9000 : 6000,
    idealEdgeLength: 110,
    nodeSeparation: 90,
    gravity: 0.3,
  };
}

/** Left to right: earlier proposals on the left, what grew out of them to the right. */
export function lineageLayout(): DagreLayoutOptions {
  return {
    name: "dagre",
    rankDir: "LR",
    nodeSep: 28,
    rankSep: 110,
    edgeSep: 12,
    padding: 40,
    fit: true,
    animate: false,
  };
}
