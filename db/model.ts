/**
 * The graph model's vocabulary (see MODEL.md). Cypher is built only from these constants,
 * never from user input, so label and type names are safe to interpolate.
 */
import type { LineageRelation, Stance } from "../common/graph-document.ts";

export const ENTITY_LABELS = ["Person", "Institution", "Country", "Meeting", "Proposal"] as const;

export const LINEAGE_TYPES = ["REVISES", "RESPONDS_TO", "IMPLEMENTS", "REPLACES", "BUILDS_ON"] as const;
export type LineageType = (typeof LINEAGE_TYPES)[number];

export const STANCE_TYPES = ["SUPPORTS", "REJECTS", "ACCEPTS", "CRITICISES"] as const;
export type StanceType = (typeof STANCE_TYPES)[number];

export const STRUCTURAL_TYPES = [
  "ATTENDED",
  "PARTICIPATED",
  "AFFILIATED_WITH",
  "REPRESENTS",
  "BASED_IN",
  "PROPOSED",
  // A term of a plan → the plan: (:Proposal)-[:PART_OF]->(:Proposal).
  "PART_OF",
] as const;

/** Relationships that state a fact; each carries articleId, evidence and confidence. */
export const FACT_TYPES = [...STRUCTURAL_TYPES, ...LINEAGE_TYPES, ...STANCE_TYPES] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Every relationship stamped with the article it came from (facts plus mentions). */
export const ARTICLE_SCOPED_TYPES = [...FACT_TYPES, "MENTIONS"] as const;

/** `A|B|C` for a relationship pattern. */
export function typeAlternation(types: readonly string[]): string {
  return types.join("|");
}

/** Semantic relationships: what paths and neighbourhoods walk (never Article or Evidence). */
export const SEMANTIC_PATTERN = typeAlternation(FACT_TYPES);
export const LINEAGE_PATTERN = typeAlternation(LINEAGE_TYPES);
export const STANCE_PATTERN = typeAlternation(STANCE_TYPES);

export function lineageTypeOf(relation: LineageRelation): LineageType {
  return relation.toUpperCase() as LineageType;
}

export function stanceTypeOf(stance: Stance): StanceType {
  return stance.toUpperCase() as StanceType;
}

/** The lower-case relation name the GraphQL API shows ("responds_to"). */
export function relationNameOf(type: string): string {
  return type.toLowerCase();
}

/** Cypher predicate "n is an entity", for unlabeled matches. */
export function isEntityPredicate(variable: string): string {
  return `(${ENTITY_LABELS.map((l) => `${variable}:${l}`).join(" OR ")})`;
}
