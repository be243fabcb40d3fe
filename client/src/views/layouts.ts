/** Layout settings per view, and the layouts a person can choose. */
import type { BaseLayoutOptions, ElementDefinition, LayoutOptions } from "cytoscape";
import type { DagreLayoutOptions } from "cytoscape-dagre";
import type { LayoutName } from "../state/explorer-state.ts";
import { placeInClusters } from "./cluster-layout.ts";

/** Past this many nodes a view's first layout is the cluster layout: fcose takes seconds there. */
export const CLUSTER_LAYOUT_ABOVE = 1000;

export interface FcoseLayoutOptions extends BaseLayoutOptions {
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

/** Force-directed: people who met pull together, clusters of sides emerge. Big graphs get the draft quality. */
export function forceLayout(nodeCount: number): FcoseLayoutOptions {
  return {
    name: "fcose",
    // Proof quality reads best but costs seconds past a few hundred nodes.
    quality: nodeCount > 300 ? "draft" : nodeCount > 150 ? "default" : "proof",
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    // Labels count as part of a node, so names do not overlap in dense clusters.
    nodeDimensionsIncludeLabels: nodeCount <= 200,
    packComponents: true,
    // Modest repulsion and firm gravity: separate components stay close instead of drifting to the edges.
    nodeRepulsion: nodeCount > 60 ? 8000 : 4500,
    idealEdgeLength: 140,
    nodeSeparation: 75,
    gravity: 0.8,
    numIter: nodeCount > 200 ? 1000 : 2500,
  };
}

/**
 * The first layout of a network or neighbourhood: force-directed, or, when it is big, the elements
 * placed in clusters up front and a preset layout that keeps them there.
 */
export function planLayout(
  elements: ElementDefinition[],
  nodeCount: number,
): { elements: ElementDefinition[]; layout: LayoutOptions } {
  if (nodeCount <= CLUSTER_LAYOUT_ABOVE) return { elements, layout: forceLayout(nodeCount) };
  return { elements: placeInClusters(elements), layout: { name: "preset", fit: false } };
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

/** The layout a person picked; `auto` keeps the view's own. */
export function chosenLayout(name: LayoutName, own: LayoutOptions, nodeCount: number): LayoutOptions {
  switch (name) {
    case "auto":
      return own;
    case "force":
      return forceLayout(nodeCount);
    case "hierarchy":
      return lineageLayout();
    case "concentric":
      return {
        name: "concentric",
        animate: false,
        minNodeSpacing: 24,
        concentric: (node) => node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case "circle":
      return { name: "circle", animate: false, avoidOverlap: true };
    case "grid":
      return { name: "grid", animate: false, avoidOverlap: true, avoidOverlapPadding: 24 };
  }
}
