/**
 * Per-request DataLoaders: fields that fan out (Person.meetings, Evidence.article...) are
 * batched into one query per field per request, and cached only for that request.
 */
import DataLoader from "dataloader";
import type { EntityKind } from "../common/graph-document.ts";
import type {
  ArticleRecord,
  DataAccess,
  EdgeKey,
  EntityRecord,
  EvidenceRecord,
  LineageLinkRecord,
  MentionRecord,
  RelationName,
  SentenceRecord,
  StanceRecord,
} from "../db/index.ts";

export interface Loaders {
  entity(kind: EntityKind): DataLoader<string, EntityRecord | null>;
  related(relation: RelationName): DataLoader<string, EntityRecord[]>;
  evidence(kind: EntityKind): DataLoader<string, EvidenceRecord[]>;
  article: DataLoader<string, ArticleRecord | null>;
  mentions: DataLoader<string, MentionRecord[]>;
  sentences: DataLoader<string, SentenceRecord[]>;
  /** Keyed by the edge; cached by its id. */
  edgeEvidence: DataLoader<EdgeKey, EvidenceRecord[], string>;
  stances: DataLoader<string, StanceRecord[]>;
  directLineage: DataLoader<string, LineageLinkRecord[]>;
}

/** A loader from a batch function returning a Map; missing keys get `fallback`. */
function fromMap<V>(
  fetch: (ids: readonly string[]) => Promise<Map<string, V>>,
  fallback: () => V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? fallback());
  });
}

/** Memoises one loader per key (kind or relation), created on first use. */
function lazily<K, V>(create: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (!value) {
      value = create(key);
      made.set(key, value);
    }
    return value;
  };
}

export function createLoaders(data: DataAccess): Loaders {
  return {
    entity: lazily((kind: EntityKind) =>
      fromMap(
        (ids) => data.findEntitiesByIds(kind, ids),
        () => null,
      ),
    ),
    related: lazily((relation: RelationName) =>
      fromMap(
        (ids) => data.findRelated(relation, ids),
        () => [],
      ),
    ),
    evidence: lazily((kind: EntityKind) =>
      fromMap(
        (ids) => data.findEvidenceOf(kind, ids),
        () => [],
      ),
    ),
    article: fromMap(
      (ids) => data.findArticlesByIds(ids),
      () => null,
    ),
    mentions: fromMap(
      (ids) => data.findMentions(ids),
      () => [],
    ),
    sentences: fromMap(
      (ids) => data.findArticleSentences(ids),
      () => [],
    ),
    edgeEvidence: new DataLoader<EdgeKey, EvidenceRecord[], string>(
      async (edges) => {
        const found = await data.findEdgeEvidence(edges);
        return edges.map((edge) => found.get(edge.id) ?? []);
      },
      { cacheKeyFn: (edge) => edge.id },
    ),
    stances: fromMap(
      (ids) => data.findStances(ids),
      () => [],
    ),
    directLineage: fromMap(
      (ids) => data.findDirectLineage(ids),
      () => [],
    ),
  };
}
