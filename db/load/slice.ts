/** The per-article slice of a graph document: exactly what one load transaction writes. */
import type { ArticleNode, EntityKind } from "../../common/graph-document.ts";
import type { FactType } from "../model.ts";

export type ScalarProperty = string | number | boolean | null | string[];

export interface EvidenceRow {
  /** `${articleId}#${start}-${end}`: one node per sentence, shared by every fact it supports. */
  id: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
}

export interface EntityRow {
  id: string;
  kind: EntityKind;
  /** Scalar properties set on the node (aliases are unioned separately). */
  props: Record<string, ScalarProperty>;
  aliases: string[];
  /** A person's roles: unioned like aliases, so an article that names them without a title keeps the others'. */
  roles: string[];
  /** Evidence of this entity in this article; empty when the article only refers to it. */
  evidenceIds: string[];
}

export interface FactRow {
  type: FactType;
  from: string;
  to: string;
  confidence: number;
  evidenceIds: string[];
}

export interface MentionRow {
  entity: string;
  text: string;
  start: number;
  end: number;
}

export interface ArticleSlice {
  article: ArticleNode;
  evidence: EvidenceRow[];
  entities: EntityRow[];
  facts: FactRow[];
  mentions: MentionRow[];
}

export interface SplitResult {
  slices: ArticleSlice[];
  /** Facts or mentions dropped because they point at unknown ids or articles. */
  warnings: string[];
}
