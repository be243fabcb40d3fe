import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, GraphView } from "../types.ts";
import { groupFamilies } from "./families.ts";
import { buildLineageElements } from "./lineage.ts";

const proposal = (id: string, date: string | null = null): GraphNode => ({
  id,
  label: `Plan ${id}`,
  kind: "Proposal",
  country: null,
  weight: 1,
  date,
  status: "tabled",
});
const edge = (source: string, target: string, kind = "REVISES"): GraphEdge => ({
  id: `${source}|${kind}|${target}`,
  source,
  target,
  kind,
  label: null,
  weight: 1,
});

// v3 answers v2, which revises v1; t1 and t2 are terms of v1, t3 of v3; "alone" has no family.
const view: GraphView = {
  nodes: [
    proposal("v3", "2025-04-01"),
    proposal("v1", "2025-03-01"),
    proposal("v2", "2025-03-15"),
    proposal("t1"),
    proposal("t2"),
    proposal("t3"),
    proposal("alone", "2025-01-01"),
  ],
  edges: [
    edge("v2", "v1"),
    edge("v3", "v2", "RESPONDS_TO"),
    edge("t1", "v1", "PART_OF"),
    edge("t2", "v1", "PART_OF"),
    edge("t3", "v3", "PART_OF"),
  ],
};

describe("proposal families", () => {
  it("joins proposals by lineage and PART_OF, versions in time order, terms under their plan", () => {
    const { families, loose } = groupFamilies(view);
    expect(families).toHaveLength(1);
    const [family] = families;
    expect(family?.name).toBe("Plan v1");
    expect(family?.versions.map((v) => v.id)).toEqual(["v1", "v2", "v3"]);
    expect(family?.terms.get("v1")?.map((t) => t.id)).toEqual(["t1", "t2"]);
    expect(family?.terms.get("v3")?.map((t) => t.id)).toEqual(["t3"]);
    expect(loose.map((p) => p.id)).toEqual(["alone"]);
  });

  it("draws versions left to right by date, terms below their version, and leaves loose proposals out", () => {
    const elements = buildLineageElements(view);
    const at = (id: string) => elements.find((e) => e.data.id === id)?.position ?? { x: NaN, y: NaN };
    expect(at("v1").x).toBeLessThan(at("v2").x);
    expect(at("v2").x).toBeLessThan(at("v3").x);
    expect(at("t1").y).toBeGreaterThan(at("v1").y);
    expect(at("t2").y).toBeGreaterThan(at("t1").y);
    expect(Math.abs(at("t3").x - at("v3").x)).toBeLessThan(40);
    expect(elements.some((e) => e.data.id === "alone")).toBe(false);
    expect(elements.find((e) => e.data.id === "family:v1")?.data["label"]).toBe(
      "Plan v1 — 3 versions, 3 terms",
    );
  });

  it("draws a lineage edge from the earlier proposal to the later, labelled with its relation", () => {
    const revises = buildLineageElements(view).find((e) => e.data.id === "v2|REVISES|v1");
    expect(revises?.data).toMatchObject({ source: "v1", target: "v2", label: "revises" });
  });
});
