/**
 * The rows a load transaction sends, built from the slices of the articles it writes. Pure:
 * element ids and merge redirects come in, parameter rows go out.
 */
import type { Redirect } from "../corrections/aliases.ts";
import type { FactType } from "../model.ts";
import type { ArticleSlice, EntityRow, EvidenceRow } from "./slice.ts";

export interface EntityWriteRow extends EntityRow {
  /** The node written: the entity itself, or the node it was merged into. */
  nodeId: string;
  /** The ids merged on the way to `nodeId`; null when the entity was not merged. */
  chain: string[] | null;
}

export interface FactWriteRow {
  type: FactType;
  articleId: string;
  source: string;
  target: string;
  confidence: number;
  evidenceIds: string[];
  quote: string;
  start: number;
  end: number;
  srcMergedFrom: string[] | null;
  dstMergedFrom: string[] | null;
}

export interface MentionWriteRow {
  articleId: string;
  source: string;
  target: string;
  text: string;
  start: number;
  end: number;
  chain: string[] | null;
}

const nodeIdOf = (redirects: Map<string, Redirect>, id: string): string => redirects.get(id)?.nodeId ?? id;
const chainOf = (redirects: Map<string, Redirect>, id: string): string[] | null =>
  redirects.get(id)?.chain ?? null;

/**
 * One row per entity id across the slices (its evidence unioned: the same entity in two
 * articles is one MERGE), the kept node's own rows before rows merged into it so its
 * properties are in place before merged rows add aliases.
 */
export function entityRows(
  slices: readonly ArticleSlice[],
  redirects: Map<string, Redirect>,
): EntityWriteRow[] {
  const byId = new Map<string, EntityWriteRow>();
  for (const slice of slices) {
    for (const entity of slice.entities) {
      const existing = byId.get(entity.id);
      if (existing) {
        existing.evidenceIds.push(...entity.evidenceIds);
        continue;
      }
      byId.set(entity.id, {
        ...entity,
        evidenceIds: [...entity.evidenceIds],
        nodeId: nodeIdOf(redirects, entity.id),
        chain: chainOf(redirects, entity.id),
      });
    }
  }
  return [...byId.values()].sort((a, b) => Number(a.chain !== null) - Number(b.chain !== null));
}

/**
 * Fact rows with their endpoints' element ids and first sentence; facts whose ends are
 * unknown, or became one node through merges (a loop, which the merge dropped too), are left out.
 */
export function factRows(
  slices: readonly ArticleSlice[],
  elementIds: Map<string, string>,
  redirects: Map<string, Redirect>,
): { plain: FactWriteRow[]; redirected: FactWriteRow[] } {
  const plain: FactWriteRow[] = [];
  const redirected: FactWriteRow[] = [];
  for (const slice of slices) {
    const evidence = new Map<string, EvidenceRow>(slice.evidence.map((e) => [e.id, e]));
    for (const fact of slice.facts) {
      const source = elementIds.get(fact.from);
      const target = elementIds.get(fact.to);
      // The first sentence is copied onto the relationship so a reader need not follow evidenceIds.
      const first = evidence.get(fact.evidenceIds[0] ?? "");
      if (!source || !target || !first || source === target) continue;
      const row: FactWriteRow = {
        type: fact.type,
        articleId: slice.article.id,
        source,
        target,
        confidence: fact.confidence,
        evidenceIds: fact.evidenceIds,
        quote: first.quote,
        start: first.start,
        end: first.end,
        srcMergedFrom: chainOf(redirects, fact.from),
        dstMergedFrom: chainOf(redirects, fact.to),
      };
      if (row.srcMergedFrom === null && row.dstMergedFrom === null) plain.push(row);
      else redirected.push(row);
    }
  }
  return { plain, redirected };
}

/** Mention rows: from the article's element id to the entity's. */
export function mentionRows(
  slices: readonly ArticleSlice[],
  articleElementIds: Map<string, string>,
  elementIds: Map<string, string>,
  redirects: Map<string, Redirect>,
): MentionWriteRow[] {
  const rows: MentionWriteRow[] = [];
  for (const slice of slices) {
    const source = articleElementIds.get(slice.article.id);
    if (!source) continue;
    for (const m of slice.mentions) {
      const target = elementIds.get(m.entity);
      if (!target) continue;
      rows.push({
        articleId: slice.article.id,
        source,
        target,
        text: m.text,
        start: m.start,
        end: m.end,
        chain: chainOf(redirects, m.entity),
      });
    }
  }
  return rows;
}

/** The ids of the nodes the slices write (merged ids resolved), for re-applying corrections. */
export function writtenNodeIds(slices: readonly ArticleSlice[], redirects: Map<string, Redirect>): string[] {
  return [...new Set(slices.flatMap((s) => s.entities.map((e) => nodeIdOf(redirects, e.id))))];
}
