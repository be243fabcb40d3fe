/**
 * A cheap, deterministic first layout for big graphs: one disc per group (a country, or a kind for
 * entities without one), the busiest nodes in the middle of their disc, discs packed in rows.
 * It costs milliseconds where a force layout costs seconds past a thousand nodes, and it shows
 * what a view of that size can show anyway: the sides, their size and their hubs.
 */
import type { ElementDefinition } from "cytoscape";

export interface ClusterNode {
  id: string;
  group: string;
  /** Diameter in model pixels. */
  size: number;
  /** Busier nodes sit nearer the middle of their disc. */
  weight: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Space around every node inside a disc, and between discs. */
const NODE_GAP = 14;
const GROUP_GAP = 90;
/** Wider than tall, like a screen with the legend on the left. */
const ASPECT = 1.7;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface Disc {
  radius: number;
  /** Positions relative to the disc's centre. */
  points: Map<string, Point>;
}

/** Lays one group out as a sunflower: each node takes the area its size needs, busiest first. */
function discOf(members: ClusterNode[]): Disc {
  const sorted = [...members].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const points = new Map<string, Point>();
  let area = 0;
  let radius = 0;
  sorted.forEach((node, i) => {
    const own = (node.size + NODE_GAP) ** 2;
    // The centre of a node sits in the middle of the ring its own area adds.
    const r = Math.sqrt((area + own / 2) / Math.PI);
    area += own;
    points.set(node.id, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
    radius = Math.max(radius, r + node.size / 2);
  });
  return { radius, points };
}

/** Positions for every node: discs by group, biggest group first, packed left to right in rows. */
export function clusterPositions(nodes: readonly ClusterNode[]): Map<string, Point> {
  const groups = new Map<string, ClusterNode[]>();
  for (const node of nodes) {
    const members = groups.get(node.group);
    if (members) members.push(node);
    else groups.set(node.group, [node]);
  }
  const discs = [...groups.entries()]
    .map(([group, members]) => ({ group, ...discOf(members) }))
    .sort((a, b) => b.radius - a.radius || a.group.localeCompare(b.group));
  const totalArea = discs.reduce((sum, d) => sum + (2 * d.radius + GROUP_GAP) ** 2, 0);
  const rowWidth = Math.sqrt(totalArea * ASPECT);
  const positions = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const disc of discs) {
    const side = 2 * disc.radius + GROUP_GAP;
    if (x > 0 && x + side > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    // Rows are as tall as their first (biggest) disc; smaller discs centre on its middle line.
    if (rowHeight === 0) rowHeight = side;
    const centre = { x: x + side / 2, y: y + rowHeight / 2 };
    for (const [id, p] of disc.points) positions.set(id, { x: centre.x + p.x, y: centre.y + p.y });
    x += side;
  }
  return positions;
}

/**
 * Network or neighbourhood elements with every node placed in its group's disc. The positions go
 * on the elements, so Cytoscape adds the nodes where they belong and no layout has to run.
 */
export function placeInClusters(elements: readonly ElementDefinition[]): ElementDefinition[] {
  const nodes: ClusterNode[] = [];
  for (const { group, data } of elements) {
    if (group !== "nodes" || typeof data.id !== "string") continue;
    nodes.push({
      id: data.id,
      group: String(data["country"] ?? data["kind"] ?? ""),
      size: Number(data["size"]) || 30,
      weight: Number(data["weight"]) || 0,
    });
  }
  const positions = clusterPositions(nodes);
  return elements.map((element) => {
    const position = element.group === "nodes" ? positions.get(String(element.data.id)) : undefined;
    return position ? { ...element, position } : element;
  });
}
