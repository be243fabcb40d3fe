/** Proposal-centred questions: stances, lineage of one proposal, the whole lineage network. */
import { isNode, type Node } from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { LINEAGE_PATTERN, relationNameOf, STANCE_PATTERN } from "../model.ts";
import {
  isActor,
  toEntityRecord,
  toEvidenceRecord,
  toRecordOfKind,
  type ActorRecord,
  type EvidenceRecord,
  type ProposalRecord,
} from "../records.ts";
import { mapsAt, nodeAt, nodesAt, readString, stringAt, type Properties } from "../values.ts";
import { collectRelationshipEvidence } from "./evidence.ts";
import { GRAPH_NODE_MAP } from "./cypher.ts";
import { filterParams, filterPredicates, whereClause, type ListFilter } from "./filters.ts";
import { toGraphEdge, toGraphNode, type GraphViewRecord } from "./graph-view.ts";

/** Lineage paths are bounded: long chains are rare and unbounded expansion is costly. */
export const MAX_LINEAGE_DEPTH = 6;

export interface StanceRecord {
  actor: ActorRecord;
  /** supports | rejects | accepts | criticises */
  stance: string;
  evidence: EvidenceRecord[];
}

export interface LineageLinkRecord {
  from: ProposalRecord;
  to: ProposalRecord;
  /** revises | responds_to | implements | replaces | builds_on */
  relation: string;
  evidence: EvidenceRecord[];
}

export interface LineageRecord {
  proposal: ProposalRecord;
  ancestors: ProposalRecord[];
  descendants: ProposalRecord[];
  edges: LineageLinkRecord[];
}

function nodeIn(map: Properties, key: string): Node {
  const value = map[key];
  if (!isNode(value)) throw new Error(`Expected a node at "${key}"`);
  return value as Node;
}

function evidenceIn(map: Properties): EvidenceRecord[] {
  const value = map["evidence"];
  return Array.isArray(value) ? value.filter((v): v is Node => isNode(v)).map(toEvidenceRecord) : [];
}

/** For each proposal id, every actor's stance on it with its sentences. */
export async function findStances(
  executor: Executor,
  ids: readonly string[],
): Promise<Map<string, StanceRecord[]>> {
  const query = `
    UNWIND $ids AS key
    CALL (key) {
      MATCH (:Proposal {id: key})<-[r:${STANCE_PATTERN}]-(actor)
      WITH actor, type(r) AS stance, collect(r) AS rels
      WITH actor, stance, ${collectRelationshipEvidence("rels")} AS evidence
      ORDER BY toLower(actor.name), stance
      RETURN collect({actor: actor, stance: stance, evidence: evidence}) AS stances
    }
    RETURN key, stances`;
  const result = await executor.read((tx) => tx.run(query, { ids }));
  return new Map(
    result.records.map((r) => [
      stringAt(r, "key"),
      mapsAt(r, "stances").flatMap((s): StanceRecord[] => {
        const actor = toEntityRecord(nodeIn(s, "actor"));
        return isActor(actor)
          ? [{ actor, stance: relationNameOf(readString(s, "stance")), evidence: evidenceIn(s) }]
          : [];
      }),
    ]),
  );
}

/** A proposal with its ancestors (what it grew out of), descendants, and the edges between them. */
export async function findLineage(executor: Executor, id: string): Promise<LineageRecord | null> {
  const query = `
    MATCH (p:Proposal {id: $id})
    CALL (p) {
      OPTIONAL MATCH (p)-[:${LINEAGE_PATTERN}*1..${MAX_LINEAGE_DEPTH}]->(a:Proposal) WHERE a <> p
      RETURN collect(DISTINCT a) AS ancestors
    }
    CALL (p) {
      OPTIONAL MATCH (d:Proposal)-[:${LINEAGE_PATTERN}*1..${MAX_LINEAGE_DEPTH}]->(p) WHERE d <> p
      RETURN collect(DISTINCT d) AS descendants
    }
    WITH p, ancestors, descendants, [p] + ancestors + descendants AS family
    CALL (family) {
      UNWIND family AS x
      MATCH (x)-[r:${LINEAGE_PATTERN}]->(y:Proposal) WHERE y IN family
      WITH x, y, type(r) AS type, collect(r) AS rels
      WITH x, y, type, ${collectRelationshipEvidence("rels")} AS evidence
      RETURN collect({from: x.id, to: y.id, type: type, evidence: evidence}) AS links
    }
    RETURN p, ancestors, descendants, links`;
  const result = await executor.read((tx) => tx.run(query, { id }));
  const record = result.records[0];
  if (!record) return null;
  const proposal = (node: Node) => toRecordOfKind(node, "Proposal");
  const root = proposal(nodeAt(record, "p"));
  const ancestors = nodesAt(record, "ancestors").map(proposal);
  const descendants = nodesAt(record, "descendants").map(proposal);
  // Links name their ends by id: both are in the family already returned, and sending each
  // end's node again was a third of the statement's db hits on a busy lineage.
  const family = new Map([root, ...ancestors, ...descendants].map((r) => [r.id, r]));
  const member = (map: Properties, key: string): ProposalRecord => {
    const found = family.get(readString(map, key));
    if (!found) throw new Error(`Lineage link end "${key}" is not in the proposal's family`);
    return found;
  };
  return {
    proposal: root,
    ancestors,
    descendants,
    edges: mapsAt(record, "links").map((l) => ({
      from: member(l, "from"),
      to: member(l, "to"),
      relation: relationNameOf(readString(l, "type")),
      evidence: evidenceIn(l),
    })),
  };
}

/**
 * For each proposal id, its direct lineage links both ways (what it revises or answers, and what
 * revises or answers it), each with its sentences: the proposal panel lists them.
 */
export async function findDirectLineage(
  executor: Executor,
  ids: readonly string[],
): Promise<Map<string, LineageLinkRecord[]>> {
  const query = `
    UNWIND $ids AS key
    CALL (key) {
      MATCH (p:Proposal {id: key})-[r:${LINEAGE_PATTERN}]-(other:Proposal)
      WITH startNode(r) AS later, endNode(r) AS earlier, type(r) AS type, collect(r) AS rels
      WITH later, earlier, type, ${collectRelationshipEvidence("rels")} AS evidence
      ORDER BY earlier.date, later.date, later.id
      RETURN collect({from: later, to: earlier, type: type, evidence: evidence}) AS links
    }
    RETURN key, links`;
  const result = await executor.read((tx) => tx.run(query, { ids }));
  const proposal = (map: Properties, key: string) => toRecordOfKind(nodeIn(map, key), "Proposal");
  return new Map(
    result.records.map((r) => [
      stringAt(r, "key"),
      mapsAt(r, "links").map((l) => ({
        from: proposal(l, "from"),
        to: proposal(l, "to"),
        relation: relationNameOf(readString(l, "type")),
        evidence: evidenceIn(l),
      })),
    ]),
  );
}

/**
 * The proposals matching the filter and the lineage and PART_OF edges between them (weight: how many
 * articles state it): the explorer groups them into families.
 */
export async function findLineageNetwork(
  executor: Executor,
  filter: ListFilter = {},
): Promise<GraphViewRecord> {
  const where = whereClause(filterPredicates("Proposal", filter));
  const params = filterParams(filter);
  return executor.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n:Proposal) ${where} RETURN collect(${GRAPH_NODE_MAP}) AS nodes`,
      params,
    );
    const ids = mapsAt(nodes.records[0], "nodes").map((n) => readString(n, "id"));
    const edges = await tx.run(
      `MATCH (a:Proposal)-[r:${LINEAGE_PATTERN}|PART_OF]->(b:Proposal)
       WHERE a.id IN $ids AND b.id IN $ids AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
       WITH a.id AS source, type(r) AS type, b.id AS target, count(r) AS weight
       RETURN collect({source: source, type: type, target: target, weight: weight}) AS edges`,
      { ...params, ids },
    );
    return {
      nodes: mapsAt(nodes.records[0], "nodes").map(toGraphNode),
      edges: mapsAt(edges.records[0], "edges").map(toGraphEdge),
    };
  });
}
