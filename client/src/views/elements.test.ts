import { describe, expect, it } from "vitest";
import { CountryPalette } from "../palette.ts";
import type { GraphView } from "../types.ts";
import { relationLabel } from "./lineage.ts";
import { buildNetworkElements, countryLegend } from "./network.ts";

const node = (
  id: string,
  overrides: Partial<GraphView["nodes"][number]> = {},
): GraphView["nodes"][number] => ({
  id,
  label: id,
  kind: "Person",
  country: null,
  weight: 1,
  date: null,
  status: null,
  ...overrides,
});

describe("network elements", () => {
  const view: GraphView = {
    nodes: [
      node("a", { country: "Italy", weight: 4 }),
      node("b", { country: "Spain" }),
      node("c", { country: "Italy" }),
    ],
    edges: [
      { id: "ab", source: "a", target: "b", kind: "MET", label: null, weight: 3 },
      { id: "ax", source: "a", target: "missing", kind: "MET", label: null, weight: 1 },
    ],
  };

  it("draws people who met more often with thicker edges and bigger nodes", () => {
    const elements = buildNetworkElements(view, new CountryPalette());
    const a = elements.find((e) => e.data.id === "a");
    const b = elements.find((e) => e.data.id === "b");
    expect(Number(a?.data["size"])).toBeGreaterThan(Number(b?.data["size"]));
    expect(Number(elements.find((e) => e.data.id === "ab")?.data["width"])).toBeGreaterThan(1.5);
  });

  it("drops edges to nodes the view does not hold, which Cytoscape would reject", () => {
    expect(buildNetworkElements(view, new CountryPalette()).some((e) => e.data.id === "ax")).toBe(false);
  });

  it("lists countries in the legend by number of people", () => {
    expect(countryLegend(view, new CountryPalette()).map((e) => e.label)).toEqual(["Italy", "Spain"]);
  });
});

describe("lineage labels", () => {
  it("reads relation kinds as words", () => {
    expect(relationLabel("RESPONDS_TO", null)).toBe("responds to");
    expect(relationLabel("BUILDS_ON", "builds_on")).toBe("builds on");
  });
});
