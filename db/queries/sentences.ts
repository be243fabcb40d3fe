/**
 * What each sentence of an article supports: the entities it attests (EVIDENCED_BY) and the fact
 * relationships that list it in `evidenceIds`. The article view shows them beside the sentence.
 */
import { isNode, type Node } from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { FACT_TYPES, relationNameOf } from "../model.ts";
import { toEntityRecord, type EntityRecord } from "../records.ts";
import { mapsAt, readNumber, readString, stringAt, type Properties } from "../values.ts";

/** A relationship between two entities as one sentence states it. */
export interface StatedRelationRecord {
  /** The relationship type: ATTENDED, REVISES, SUPPORTS… */
  kind: string;
  /** Readable: "attended", "responds to". */
  label: string;
  from: EntityRecord;
  to: EntityRecord;
}

/** A sentence (an Evidence node) of an article and the facts it supports. */
export interface SentenceRecord {
  articleId: string;
  quote: string;
  start: number;
  end: number;
  entities: EntityRecord[];
  relations: StatedRelationRecord[];
}

/** Every fact relationship the article stated, through each type's `articleId` index. */
const ARTICLE_FACTS = FACT_TYPES.map(
  (type) => `MATCH (s)-[r:${type} {articleId: key}]->(t) RETURN r, s, t`,
).join("\n      UNION ALL\n      ");

function nodeIn(map: Properties, key: string): Node | null {
  const value = map[key];
  return isNode(value) ? (value as Node) : null;
}

/** For each article id, its supporting sentences in text order, each with the facts it supports. */
export async function findArticleSentences(
  executor: Executor,
  articleIds: readonly string[],
): Promise<Map<string, SentenceRecord[]>> {
  const query = `
    UNWIND $ids AS key
    CALL (key) {
      MATCH (e:Evidence {articleId: key})
      WITH e, COLLECT { MATCH (n)-[:EVIDENCED_BY]->(e) RETURN DISTINCT n ORDER BY n.id } AS entities
      ORDER BY e.start, e.end
      RETURN collect({id: e.id, quote: e.quote, start: e.start, end: e.end, entities: entities}) AS sentences
    }
    CALL (key) {
      CALL (key) {
      ${ARTICLE_FACTS}
      }
      UNWIND coalesce(r.evidenceIds, []) AS evidenceId
      WITH DISTINCT evidenceId, type(r) AS type, s, t
      RETURN collect({evidenceId: evidenceId, type: type, from: s, to: t}) AS relations
    }
    RETURN key, sentences, relations`;
  const result = await executor.read((tx) => tx.run(query, { ids: articleIds }));
  return new Map(
    result.records.map((r) => {
      const articleId = stringAt(r, "key");
      const relationsOf = new Map<string, StatedRelationRecord[]>();
      for (const relation of mapsAt(r, "relations")) {
        const from = nodeIn(relation, "from");
        const to = nodeIn(relation, "to");
        if (!from || !to) continue;
        const kind = readString(relation, "type");
        const key = readString(relation, "evidenceId");
        const stated = relationsOf.get(key) ?? [];
        stated.push({
          kind,
          label: relationNameOf(kind).replace(/_/g, " "),
          from: toEntityRecord(from),
          to: toEntityRecord(to),
        });
        relationsOf.set(key, stated);
      }
      const sentences = mapsAt(r, "sentences").map((s): SentenceRecord => ({
        articleId,
        quote: readString(s, "quote"),
        start: readNumber(s, "start"),
        end: readNumber(s, "end"),
        entities: (Array.isArray(s["entities"]) ? s["entities"] : [])
          .filter((n): n is Node => isNode(n))
          .map(toEntityRecord),
        relations: relationsOf.get(readString(s, "id")) ?? [],
      }));
      return [articleId, sentences.filter((s) => s.entities.length > 0 || s.relations.length > 0)];
    }),
  );
}
