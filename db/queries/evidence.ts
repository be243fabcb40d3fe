/** Evidence: the sentences (with offsets) that support entities and relationships. */
import type { EntityKind } from "../../common/graph-document.ts";
import type { Executor } from "../executor.ts";
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
