/** Evidence: the sentences (with offsets) that support entities and relationships. */
import type { EntityKind } from "../../common/graph-document.ts";
import type { Executor } from "../executor.ts";
import { FACT_TYPES, type FactType } from "../model.ts";
import { matchEntityWithId } from "./cypher.ts";
import { toEvidenceRecord, type EvidenceRecord } from "../records.ts";
import { nodesAt, stringAt } from "../values.ts";

const ORDER = "e.articleId, e.start";

/** For each entity id of one kind, the sentences that support it, grouped by article then offset. */
export async function findEvidenceOf(
  executor: Executor,
  kind: EntityKind,
  ids: readonly string[],
): Promise<Map<string, EvidenceRecord[]>> {
  const query = `
    UNWIND $ids AS key
    CALL (key) {
      MATCH (:${kind} {id: key})-[:EVIDENCED_BY]->(e:Evidence)
      WITH DISTINCT e ORDER BY ${ORDER}
      RETURN collect(e) AS evidence
    }
    RETURN key, evidence`;
  const result = await executor.read((tx) => tx.run(query, { ids }));
  return new Map(
    result.records.map((r) => [stringAt(r, "key"), nodesAt(r, "evidence").map(toEvidenceRecord)]),
  );
}

/**
 * Cypher that collects the evidence nodes of the relationships in list `rels` into `evidence`.
 * Relationships store `evidenceIds`; the nodes hold the quote and offsets.
 */
export function collectRelationshipEvidence(rels: string): string {
  return `COLLECT {
    UNWIND ${rels} AS rel UNWIND rel.evidenceIds AS evidenceId
    MATCH (e:Evidence {id: evidenceId})
    WITH DISTINCT e ORDER BY ${ORDER}
    RETURN e
  }`;
}

/** A GraphView edge's identity: one per (source, type, target). */
export interface EdgeKey {
  id: string;
  source: string;
  kind: string;
  target: string;
}

/**
 * For each edge, the sentences of every per-article relationship it collapses, grouped by article
 * then offset. Edges that are not stored facts (MET is derived from shared meetings) have none.
 */
export async function findEdgeEvidence(
  executor: Executor,
  edges: readonly EdgeKey[],
): Promise<Map<string, EvidenceRecord[]>> {
  const facts = edges.filter((edge) => isFactType(edge.kind));
  if (facts.length === 0) return new Map();
  const query = `
    UNWIND $edges AS edge
    CALL (edge) {
      ${matchEntityWithId("s", "edge.source", "edge")}
      MATCH (s)-[r]->(t {id: edge.target}) WHERE type(r) = edge.kind
      UNWIND coalesce(r.evidenceIds, []) AS evidenceId
      MATCH (e:Evidence {id: evidenceId})
      WITH DISTINCT e ORDER BY ${ORDER}
      RETURN collect(e) AS evidence
    }
    RETURN edge.id AS key, evidence`;
  const result = await executor.read((tx) =>
    tx.run(query, {
      edges: facts.map(({ id, source, kind, target }) => ({ id, source, kind, target })),
    }),
  );
  return new Map(
    result.records.map((r) => [stringAt(r, "key"), nodesAt(r, "evidence").map(toEvidenceRecord)]),
  );
}

function isFactType(kind: string): kind is FactType {
  return (FACT_TYPES as readonly string[]).includes(kind);
}
