/** GraphView records: Cytoscape-ready nodes and edges, shared by networks, neighbourhoods and paths. */
import type { EntityKind } from "../../common/graph-document.ts";
import { entityKindOf } from "../records.ts";
import { relationNameOf } from "../model.ts";
import { isProperties, readNumber, readString, readStringList, readStringOrNull } from "../values.ts";

export interface GraphNodeRecord {
  id: string;
  label: string;
  kind: EntityKind | "Article";
  country: string | null;
  weight: number;
  date: string | null;
  status: string | null;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string | null;
  weight: number;
}

export interface GraphViewRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

/** Reads a map built with GRAPH_NODE_MAP. */
export function toGraphNode(value: unknown): GraphNodeRecord {
  const map = isProperties(value) ? value : {};
  return {
    id: readString(map, "id"),
    label: readString(map, "label"),
    kind: entityKindOf(readStringList(map, "labels")) ?? "Article",
    country: readStringOrNull(map, "country"),
    weight: readNumber(map, "weight"),
    date: readStringOrNull(map, "date"),
    status: readStringOrNull(map, "status"),
  };
}

/** One edge per (source, type, target): parallel per-article relationships collapse into it. */
export function buildEdge(source: string, type: string, target: string, weight = 1): GraphEdgeRecord {
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    kind: type,
    label: relationNameOf(type).replace(/_/g, " "),
    weight,
  };
}

/** Reads `{source, type, target, weight}` maps into edges. */
export function toGraphEdge(value: unknown): GraphEdgeRecord {
  const map = isProperties(value) ? value : {};
  return buildEdge(
    readString(map, "source"),
    readString(map, "type"),
    readString(map, "target"),
    readNumber(map, "weight", 1),
  );
}
