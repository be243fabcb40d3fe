/**
 * Reading property values defensively: Neo4j properties are untyped, so every read says
 * what it expects and falls back instead of trusting a cast.
 */
import { isNode, type Node, type Record as Neo4jRecord } from "neo4j-driver";

export type Properties = Record<string, unknown>;

export function readString(props: Properties, key: string, fallback = ""): string {
  const value = props[key];
  return typeof value === "string" ? value : fallback;
}

export function readStringOrNull(props: Properties, key: string): string | null {
  const value = props[key];
  return typeof value === "string" ? value : null;
}

export function readNumber(props: Properties, key: string, fallback = 0): number {
  const value = props[key];
  if (typeof value === "number") return value;
  // A bigint only appears if someone turned lossless integers back on; keep it working.
  if (typeof value === "bigint") return Number(value);
  return fallback;
}

export function readStringList(props: Properties, key: string): string[] {
  const value = props[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Clamps a page request to sane bounds: limit 0..max, offset ≥ 0, both integers. */
export function clampPage(limit: number | null | undefined, offset: number | null | undefined, max: number) {
  const l = Math.trunc(limit ?? 50);
  const o = Math.trunc(offset ?? 0);
  return { limit: Math.min(Math.max(l, 0), max), offset: Math.max(o, 0) };
}

/** A node from a result record, checked (a query bug surfaces here, not as `undefined` later). */
export function nodeAt(record: Neo4jRecord, key: string): Node {
  const value: unknown = record.get(key);
  if (!isNode(value)) throw new Error(`Expected a node at "${key}"`);
  return value as Node;
}

/** A node that may be null (OPTIONAL MATCH). */
export function nodeOrNullAt(record: Neo4jRecord, key: string): Node | null {
  const value: unknown = record.get(key);
  return isNode(value) ? (value as Node) : null;
}

export function nodesAt(record: Neo4jRecord, key: string): Node[] {
  const value: unknown = record.get(key);
  return Array.isArray(value) ? value.filter((v): v is Node => isNode(v)) : [];
}

export function valueAt(record: Neo4jRecord, key: string): unknown {
  return record.get(key) as unknown;
}

export function stringAt(record: Neo4jRecord, key: string): string {
  const value: unknown = record.get(key);
  if (typeof value !== "string") throw new Error(`Expected a string at "${key}"`);
  return value;
}

export function numberAt(record: Neo4jRecord, key: string): number {
  const value: unknown = record.get(key);
  return typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : 0;
}

export function isProperties(value: unknown): value is Properties {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A list of maps from a result (e.g. `collect({...})`); anything else reads as empty. */
export function mapsAt(record: Neo4jRecord | undefined, key: string): Properties[] {
  if (!record) return [];
  const value: unknown = record.get(key);
  return Array.isArray(value) ? value.filter(isProperties) : [];
}
