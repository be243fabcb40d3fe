import { describe, expect, it } from "vitest";
import type { ElementDefinition } from "cytoscape";
import { type ClusterNode, clusterPositions, placeInClusters } from "./cluster-layout.ts";
import { planLayout } from "./layouts.ts";

const buildNode = (id: string, overrides: Partial<ClusterNode> = {}): ClusterNode => ({
  id,
  group: "Italy",
  size: 22,
  weight: 1,
  ...overrides,
});

/** 600 people in three countries of different sizes, weights cycling 1–9. */
const crowd: ClusterNode[] = Array.from({ length: 600 }, (_, i) =>
  buildNode(`p${i}`, {
    group: i % 6 === 0 ? "Spain" : i % 2 ? "Italy" : "France",
    weight: 1 + (i % 9),
    size: 22 + 3 * (i % 9),
  }),
);

const distance = (a: { x: number; y: number }, b: { x: number; y: number }): number =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("cluster layout", () => {
  it("places every node, the same way every time", () => {
    const first = clusterPositions(crowd);
    expect(first.size).toBe(crowd.length);
    expect([...clusterPositions([...crowd].reverse())].sort()).toEqual([...first].sort());
  });

  it("keeps nodes from overlapping", () => {
    const positions = clusterPositions(crowd);
    for (let i = 0; i < crowd.length; i += 7) {
      for (let j = i + 1; j < crowd.length; j++) {
        const a = crowd[i]!;
        const b = crowd[j]!;
        expect(distance(positions.get(a.id)!, positions.get(b.id)!)).toBeGreaterThanOrEqual(
          (a.size + b.size) / 2,
        );
      }
    }
  });

  it("gives each country its own disc, the busiest person in the middle", () => {
    const positions = clusterPositions(crowd);
    const centre = (group: string): { x: number; y: number } => {
      const members = crowd.filter((n) => n.group === group).map((n) => positions.get(n.id)!);
      return {
        x: members.reduce((sum, p) => sum + p.x, 0) / members.length,
        y: members.reduce((sum, p) => sum + p.y, 0) / members.length,
      };
    };
    // The countries' discs (centre, farthest member) do not overlap.
    const discs = ["Italy", "France", "Spain"].map((group) => {
      const middle = centre(group);
      const members = crowd.filter((n) => n.group === group);
      return { middle, radius: Math.max(...members.map((n) => distance(positions.get(n.id)!, middle))) };
    });
    for (const [i, a] of discs.entries())
      for (const b of discs.slice(i + 1))
        expect(distance(a.middle, b.middle)).toBeGreaterThan(a.radius + b.radius);
    const busiest = clusterPositions([
      buildNode("hub", { weight: 40, size: 60 }),
      ...crowd.filter((n) => n.group === "Italy"),
    ]);
    const hub = busiest.get("hub")!;
    const farthest = Math.max(...[...busiest.values()].map((p) => distance(p, hub)));
    const italyCentre = { x: 0, y: 0 };
    for (const p of busiest.values()) {
      italyCentre.x += p.x / busiest.size;
      italyCentre.y += p.y / busiest.size;
    }
    expect(distance(hub, italyCentre)).toBeLessThan(farthest / 10);
  });

  it("puts the positions on node elements and leaves edges alone", () => {
    const elements: ElementDefinition[] = [
      { group: "nodes", data: { id: "a", country: "Italy", size: 30, weight: 2 } },
      { group: "nodes", data: { id: "b", country: null, kind: "Institution", size: 30, weight: 1 } },
      { group: "edges", data: { id: "ab", source: "a", target: "b" } },
    ];
    const placed = placeInClusters(elements);
    expect(placed[0]?.position).toBeDefined();
    expect(placed[1]?.position).toBeDefined();
    expect(placed[2]).toBe(elements[2]);
    expect(elements[0]?.position).toBeUndefined();
  });

  it("is the first layout only past a thousand nodes", () => {
    const few: ElementDefinition[] = [{ group: "nodes", data: { id: "a", size: 30, weight: 1 } }];
    expect(planLayout(few, 1000).layout.name).toBe("fcose");
    const many = planLayout(few, 1001);
    expect(many.layout.name).toBe("preset");
    expect(many.elements[0]?.position).toBeDefined();
  });
});
