/** What a view hands to the page: elements to draw, how to lay them out, and its legend. */
import type { ElementDefinition, LayoutOptions } from "cytoscape";

export type { ViewName } from "../state/explorer-state.ts";

export type FitTo = "all" | "end" | "readable" | "densest";

export interface LegendEntry {
  label: string;
  colour: string;
  /** "dot" for node colours, "line" for edge meanings. */
  mark: "dot" | "box" | "line";
}

export interface ViewModel {
  elements: ElementDefinition[];
  layout: LayoutOptions;
  /** Put nodes without edges in a grid below the rest (the lineage view's unrelated proposals). */
  looseBelow?: boolean;
  /** Positions mean something (time, path order): the layout choice does not apply. */
  fixedLayout?: boolean;
  /**
   * "end": draw at reading size showing the latest end (the timeline) instead of fitting it all;
   * "readable": fit it all unless labels would shrink below reading size, else show the top left;
   * "densest": the same, but show the stretch holding the most nodes (the timeline: not an outlier).
   */
  fitTo?: FitTo;
  /** A panel beside the graph (the lineage view's proposals in no family); `open` opens an entity. */
  aside?: ((open: (id: string) => void) => HTMLElement) | undefined;
  legendTitle: string;
  legend: LegendEntry[];
  /** Shown instead of the graph when there is nothing to draw. */
  emptyMessage: string;
  nodeCount: number;
}

/** Node area grows with weight, so a node with 9 meetings is not 9 times as wide as one with 1. */
export function sizeFor(weight: number, min = 22, perStep = 9, max = 80): number {
  return Math.min(max, min + perStep * Math.sqrt(Math.max(0, weight - 1)));
}
