/** Cypher of corrections. Labels come from the model's constants; every value is a parameter. */
import type { EntityKind } from "../../common/graph-document.ts";
import { ENTITY_LABELS } from "../model.ts";

function checked(kind: EntityKind): EntityKind {
  if (!ENTITY_LABELS.includes(kind)) throw new Error(`Unknown entity label ${kind}`);
  return kind;
}

/** Recomputes the strings the full-text and CONTAINS searches read, after name or aliases changed. */
export const REFRESH_SEARCH_TEXT = (n: string) => `
SET ${n}.aliasText = reduce(text = '', alias IN coalesce(${n}.aliases, []) | text + alias + ' | '),
    ${n}.searchText = toLower(${n}.name + ' | ' + reduce(text = '', alias IN coalesce(${n}.aliases, []) | text + alias + ' | '))`;

/**
 * Moves every relationship of `m` to `k` (except those between the two, which would become
 * loops), marking each moved end with the merged id so an undo can move it back.
 */
export function mergeStatement(kind: EntityKind): string {
  return `
MATCH (k:${checked(kind)} {id: $keepId}), (m:${kind} {id: $mergeId})
CALL (k, m) {
  MATCH (m)-[r]->(o) WHERE o <> k
  CREATE (k)-[moved:$(type(r))]->(o)
  SET moved = properties(r), moved.srcMergedFrom = coalesce(r.srcMergedFrom, []) + m.id
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (k, m) {
  MATCH (o)-[r]->(m) WHERE o <> k
  CREATE (o)-[moved:$(type(r))]->(k)
  SET moved = properties(r), moved.dstMergedFrom = coalesce(r.dstMergedFrom, []) + m.id
  DELETE r
  RETURN count(*) AS incoming
}
WITH k, m, outgoing + incoming AS moved,
     [a IN [m.name] + coalesce(m.aliases, []) WHERE a IS NOT NULL AND a <> k.name AND NOT a IN coalesce(k.aliases, [])] AS added
SET k.aliases = coalesce(k.aliases, []) + added,
    k.confidence = CASE WHEN coalesce(m.confidence, 0) > coalesce(k.confidence, 0) THEN m.confidence ELSE k.confidence END
${REFRESH_SEARCH_TEXT("k")}
WITH k, m, moved, added
DETACH DELETE m
CREATE (:MergedInto {fromId: $mergeId, intoId: $keepId, correctionId: $correction.id})
CREATE (c:Correction)
SET c = $correction, c.addedAliases = added, c.moved = moved
RETURN c`;
}

/** Recreates the merged node from its snapshot and moves back what the merge (or later loads) put on `k`. */
export function unmergeStatement(kind: EntityKind): string {
  return `
MATCH (k:${checked(kind)} {id: $keepId})
CREATE (m:${kind})
SET m = $snapshot
WITH k, m
CALL (k, m) {
  MATCH (k)-[r]->(o) WHERE last(r.srcMergedFrom) = m.id
  CREATE (m)-[moved:$(type(r))]->(o)
  SET moved = properties(r),
      moved.srcMergedFrom = CASE WHEN size(r.srcMergedFrom) > 1 THEN r.srcMergedFrom[..-1] ELSE null END
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (k, m) {
  MATCH (o)-[r]->(k) WHERE last(r.dstMergedFrom) = m.id
  CREATE (o)-[moved:$(type(r))]->(m)
  SET moved = properties(r),
      moved.dstMergedFrom = CASE WHEN size(r.dstMergedFrom) > 1 THEN r.dstMergedFrom[..-1] ELSE null END
  DELETE r
  RETURN count(*) AS incoming
}
SET k.aliases = [a IN coalesce(k.aliases, []) WHERE NOT a IN $addedAliases]
${REFRESH_SEARCH_TEXT("k")}
WITH k
MATCH (alias:MergedInto {fromId: $mergeId})
DELETE alias`;
}

/**
 * Sets one correctable property of the entity bound to `n`. A new name keeps the old one as an
 * alias, so searches for the old spelling still find the entity.
 */
export const SET_FIELD = `
WITH n, $field AS field, $value AS value
SET n.aliases = CASE WHEN field = 'name' AND n.name <> value
      THEN [a IN coalesce(n.aliases, []) WHERE a <> value]
           + CASE WHEN n.name IN coalesce(n.aliases, []) THEN [] ELSE [n.name] END
      ELSE n.aliases END
SET n.name = CASE WHEN field = 'name' THEN value ELSE n.name END,
    n.date = CASE WHEN field = 'date' THEN value ELSE n.date END,
    n.place = CASE WHEN field = 'place' THEN value ELSE n.place END,
    n.status = CASE WHEN field = 'status' THEN value ELSE n.status END,
    n.kind = CASE WHEN field = 'kind' THEN value ELSE n.kind END,
    n.code = CASE WHEN field = 'code' THEN value ELSE n.code END
${REFRESH_SEARCH_TEXT("n")}`;

/** The value each still-active `set` correction of these entities wants, latest correction per field. */
export const ACTIVE_SETS = `
UNWIND $ids AS id
MATCH (c:Correction {kind: 'set', targetId: id}) WHERE c.undone = false
WITH id, c ORDER BY c.at, c.id
// collect() drops nulls, and clearing a date is a value too: collect maps instead.
WITH id, c.field AS field, collect({value: c.value}) AS values
RETURN id, field, last(values).value AS value`;

export const CREATE_CORRECTION = `CREATE (c:Correction) SET c = $correction RETURN c`;
