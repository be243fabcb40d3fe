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
  nodeDimensionsIncludeLabels?: boolean;
  packComponents?: boolean;
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
    // Labels count as part of a node, so names do not overlap in dense clusters.
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    // Modest repulsion and firm gravity: separate components stay close instead of drifting to the edges.
    nodeRepulsion: nodeCount > 60 ? 8000 : 4500,
    idealEdgeLength: 140,
    nodeSeparation: 75,
    gravity: 0.8,
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
