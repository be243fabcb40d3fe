/** Cypher fragments shared by several query modules. */
import { ENTITY_LABELS } from "../model.ts";

/** Binds `variable` to the entity whose id is `$param`, whatever its label, using each label's unique index. */
export function matchEntityById(variable: string, param: string): string {
  return `CALL () {
  ${ENTITY_LABELS.map((label) => `MATCH (${variable}:${label} {id: $${param}}) RETURN ${variable}`).join("\n  UNION\n  ")}
}`;
}

/**
 * Binds `variable` to the entity whose id is the expression `value` (e.g. a row's field), whatever
 * its label, using each label's unique index; `imported` names the variables `value` reads.
 */
export function matchEntityWithId(variable: string, value: string, imported: string): string {
  return `CALL (${imported}) {
  ${ENTITY_LABELS.map((label) => `MATCH (${variable}:${label} {id: ${value}}) RETURN ${variable}`).join("\n  UNION\n  ")}
}`;
}

/** A map describing node `n` for a GraphView; expects `n` in scope. */
export const GRAPH_NODE_MAP = `{
  id: n.id,
  label: coalesce(n.name, n.title, n.id),
  labels: labels(n),
  country: CASE WHEN n:Person OR n:Institution
    THEN head(COLLECT { MATCH (n)-[:REPRESENTS|BASED_IN]->(c:Country) RETURN DISTINCT c.name ORDER BY c.name })
    ELSE null END,
  weight: CASE WHEN n:Person
    THEN COUNT { MATCH (n)-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m }
    ELSE COUNT { (n)<-[:MENTIONS]-() } END,
  date: n.date,
  status: n.status
}`;
