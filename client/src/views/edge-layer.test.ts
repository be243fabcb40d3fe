import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { onEdgeLayer, shownOnLayer } from "./edge-layer.ts";
import { graphStyle } from "./graph-style.ts";

/** A headless graph: a-b plain, b-c directed, c-d plain to a filtered node, a-c plain and filtered. */
function graph(large: boolean, edgeLayer = true): cytoscape.Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle("light", large, 1, edgeLayer),
    elements: [
      ...["a", "b", "c"].map((id) => ({ data: { id, colour: "#888", size: 20, shape: "ellipse" } })),
      { data: { id: "d", colour: "#888", size: 20, shape: "ellipse" }, classes: "filtered" },
      { data: { id: "ab", source: "a", target: "b", width: 2 } },
      { data: { id: "bc", source: "b", target: "c", width: 2, label: "proposed" }, classes: "directed" },
      { data: { id: "cd", source: "c", target: "d", width: 2 } },
      { data: { id: "ac", source: "a", target: "c", width: 2 }, classes: "filtered" },
    ],
  });
}

const display = (cy: cytoscape.Core, id: string): unknown => cy.getElementById(id).style("display");

describe("the edge layer", () => {
  it("takes a big graph's plain edges from Cytoscape, which still draws directed and highlighted ones", () => {
    const cy = graph(true);
    expect(display(cy, "ab")).toBe("none");
    expect(display(cy, "bc")).toBe("element");
    cy.getElementById("ab").addClass("highlight");
    expect(display(cy, "ab")).toBe("element");
    // Highlighting a hidden edge does not show it.
    cy.getElementById("ac").addClass("highlight");
    expect(display(cy, "ac")).toBe("none");
  });

  it("leaves every edge to Cytoscape in small graphs and for image export", () => {
    expect(display(graph(false), "ab")).toBe("element");
    expect(display(graph(true, false), "ab")).toBe("element");
  });

  it("draws plain edges whose ends are shown and that are not hidden themselves", () => {
    const cy = graph(true);
    const edge = (id: string): cytoscape.EdgeSingular => cy.getElementById(id) as cytoscape.EdgeSingular;
    expect(onEdgeLayer(edge("ab")) && shownOnLayer(edge("ab"))).toBe(true);
    expect(onEdgeLayer(edge("bc"))).toBe(false);
    expect(shownOnLayer(edge("cd"))).toBe(false);
    expect(shownOnLayer(edge("ac"))).toBe(false);
  });
});
