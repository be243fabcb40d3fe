/**
 * Filters and sort orders of list queries, as Cypher predicates over `n`. Fragments are fixed
 * strings chosen by kind; every value travels as a parameter, never inside the Cypher text.
 */
import { assertNever, type EntityKind } from "../../common/graph-document.ts";

/** Dates are ISO prefixes: "2025", "2025-02" or "2025-02-18"; both bounds are inclusive. */
export interface ListFilter {
  search?: string | null;
  from?: string | null;
  to?: string | null;
  /** A country id, name or ISO code. */
  country?: string | null;
  /** An institution id or name. */
  institution?: string | null;
  /** Meetings and proposals: their status; people, institutions, countries: took part in a meeting with it. */
  status?: string | null;
  /** Institution kind (government, company...) or meeting kind (talks, call...). */
  kind?: string | null;
  minConfidence?: number | null;
}

export const SORT_ORDERS = [
  "NAME_ASC",
  "NAME_DESC",
  "DATE_ASC",
  "DATE_DESC",
  "CONFIDENCE_DESC",
  "MENTIONS_DESC",
] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What may be listed: the five entity kinds and articles. */
export type ListKind = EntityKind | "Article";

/** Only these kinds carry a date of their own (articles: `published`). */
export function isDated(kind: ListKind): boolean {
  return kind === "Meeting" || kind === "Proposal" || kind === "Article";
}

/** The parameters every predicate below reads; absent filters are null. */
export function filterParams(filter: ListFilter): Record<string, unknown> {
  return {
    search: filter.search?.trim().toLowerCase() || null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    country: filter.country?.trim() || null,
    institution: filter.institution?.trim() || null,
    status: filter.status ?? null,
    kind: filter.kind ?? null,
    minConfidence: filter.minConfidence ?? null,
  };
}

/**
 * `expr` (a partial ISO date) overlaps [$from, $to]: each side is compared on the shorter of
 * the two prefixes, so "2025-02" lies within from "2025-02-15", and "2025-02-18" within to "2025".
 */
export function dateInRange(expr: string, filter: ListFilter): string[] {
  const parts: string[] = [];
  if (filter.from) parts.push(`substring(${expr}, 0, size($from)) >= substring($from, 0, size(${expr}))`);
  if (filter.to) parts.push(`substring(${expr}, 0, size($to)) <= substring($to, 0, size(${expr}))`);
  return parts.length ? [`${expr} IS NOT NULL`, ...parts] : [];
}

const COUNTRY_IS = (c: string) =>
  `(${c}.id = $country OR toLower(${c}.name) = toLower($country) OR ${c}.code = toUpper($country))`;
const INSTITUTION_IS = (i: string) =>
  `(${i}.id = $institution OR toLower(${i}.name) = toLower($institution))`;

/** Meetings have no aliases, so a search also matches the names of those who attended. */
function searchPredicate(kind: ListKind): string {
  switch (kind) {
    case "Meeting":
      return `(n.searchText CONTAINS $search OR EXISTS { (n)<-[:ATTENDED]-(p:Person) WHERE p.searchText CONTAINS $search })`;
    case "Article":
      return `(toLower(coalesce(n.title, '')) CONTAINS $search OR toLower(coalesce(n.outlet, '')) CONTAINS $search)`;
    case "Person":
    case "Institution":
    case "Country":
    case "Proposal":
      return "n.searchText CONTAINS $search";
    default:
      return assertNever(kind);
  }
}

function countryPredicate(kind: ListKind): string {
  switch (kind) {
    case "Person":
      return `EXISTS { (n)-[:REPRESENTS]->(c:Country) WHERE ${COUNTRY_IS("c")} }`;
    case "Institution":
      return `EXISTS { (n)-[:BASED_IN]->(c:Country) WHERE ${COUNTRY_IS("c")} }`;
    case "Country":
      return COUNTRY_IS("n");
    case "Meeting":
      return `(EXISTS { (n)<-[:PARTICIPATED]-(c:Country) WHERE ${COUNTRY_IS("c")} }
        OR EXISTS { (n)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(c:Country) WHERE ${COUNTRY_IS("c")} })`;
    case "Proposal":
      return `(EXISTS { (n)<-[:PROPOSED]-(c:Country) WHERE ${COUNTRY_IS("c")} }
        OR EXISTS { (n)<-[:PROPOSED]-()-[:REPRESENTS|BASED_IN]->(c:Country) WHERE ${COUNTRY_IS("c")} })`;
    case "Article":
      return `EXISTS { (n)-[:MENTIONS]->(c:Country) WHERE ${COUNTRY_IS("c")} }`;
    default:
      return assertNever(kind);
  }
}

function institutionPredicate(kind: ListKind): string | null {
  switch (kind) {
    case "Person":
      return `EXISTS { (n)-[:AFFILIATED_WITH]->(i:Institution) WHERE ${INSTITUTION_IS("i")} }`;
    case "Institution":
      return INSTITUTION_IS("n");
    case "Meeting":
      return `EXISTS { (n)<-[:ATTENDED]-(:Person)-[:AFFILIATED_WITH]->(i:Institution) WHERE ${INSTITUTION_IS("i")} }`;
    case "Proposal":
      return `(EXISTS { (n)<-[:PROPOSED]-(i:Institution) WHERE ${INSTITUTION_IS("i")} }
        OR EXISTS { (n)<-[:PROPOSED]-(:Person)-[:AFFILIATED_WITH]->(i:Institution) WHERE ${INSTITUTION_IS("i")} })`;
    case "Country":
      return `EXISTS { (n)<-[:BASED_IN]-(i:Institution) WHERE ${INSTITUTION_IS("i")} }`;
    case "Article":
      return `EXISTS { (n)-[:MENTIONS]->(i:Institution) WHERE ${INSTITUTION_IS("i")} }`;
    default:
      return assertNever(kind);
  }
}

function statusPredicate(kind: ListKind): string | null {
  switch (kind) {
    case "Meeting":
    case "Proposal":
      return "n.status = $status";
    case "Person":
      return "EXISTS { (n)-[:ATTENDED]->(:Meeting {status: $status}) }";
    case "Country":
      return `(EXISTS { (n)-[:PARTICIPATED]->(:Meeting {status: $status}) }
        OR EXISTS { (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(:Meeting {status: $status}) })`;
    case "Institution":
      return "EXISTS { (n)<-[:AFFILIATED_WITH]-(:Person)-[:ATTENDED]->(:Meeting {status: $status}) }";
    case "Article":
      return "EXISTS { (n)-[:MENTIONS]->(:Meeting {status: $status}) }";
    default:
      return assertNever(kind);
  }
}

/** People, institutions and countries have no date: they match when an article from the range evidences them. */
function datePredicates(kind: ListKind, filter: ListFilter): string[] {
  if (!filter.from && !filter.to) return [];
  switch (kind) {
    case "Meeting":
    case "Proposal":
      return dateInRange("n.date", filter);
    case "Article":
      return dateInRange("n.published", filter);
    case "Person":
    case "Institution":
    case "Country":
      return [
        `EXISTS { (n)-[:EVIDENCED_BY]->(:Evidence)-[:IN_ARTICLE]->(a:Article) WHERE ${dateInRange("a.published", filter).join(" AND ")} }`,
      ];
    default:
      return assertNever(kind);
  }
}

/** Every predicate the filter asks for, to be joined with AND. */
export function filterPredicates(kind: ListKind, filter: ListFilter): string[] {
  const where: string[] = [];
  if (filter.search?.trim()) where.push(searchPredicate(kind));
  if (filter.country?.trim()) where.push(countryPredicate(kind));
  const institution = filter.institution?.trim() ? institutionPredicate(kind) : null;
  if (institution) where.push(institution);
  const status = filter.status ? statusPredicate(kind) : null;
  if (status) where.push(status);
  if (filter.kind && (kind === "Institution" || kind === "Meeting")) where.push("n.kind = $kind");
  if (filter.minConfidence != null && kind !== "Article") where.push("n.confidence >= $minConfidence");
  where.push(...datePredicates(kind, filter));
  return where;
}

/** `WHERE a AND b`, or nothing. */
export function whereClause(predicates: string[]): string {
  return predicates.length ? `WHERE ${predicates.map((p) => `(${p})`).join(" AND ")}` : "";
}

/** People, institutions and countries alphabetically; meetings, proposals and articles newest first. */
export function defaultSort(kind: ListKind): SortOrder {
  return isDated(kind) ? "DATE_DESC" : "NAME_ASC";
}

/** ORDER BY expressions; DATE_* on an undated kind is rejected by the API before it gets here. */
export function orderBy(kind: ListKind, sort: SortOrder): string {
  const name = kind === "Article" ? "toLower(coalesce(n.title, ''))" : "toLower(n.name)";
  const date = kind === "Article" ? "n.published" : "n.date";
  switch (sort) {
    case "NAME_ASC":
      return `${name}, n.id`;
    case "NAME_DESC":
      return `${name} DESC, n.id`;
    case "DATE_ASC":
      // Undated last in both directions.
      return isDated(kind) ? `${date} IS NULL, ${date}, ${name}, n.id` : `${name}, n.id`;
    case "DATE_DESC":
      return isDated(kind) ? `${date} IS NULL, ${date} DESC, ${name}, n.id` : `${name}, n.id`;
    case "CONFIDENCE_DESC":
      return `coalesce(n.confidence, 1) DESC, ${name}, n.id`;
    case "MENTIONS_DESC":
      return `COUNT { (n)<-[:MENTIONS]-() } DESC, ${name}, n.id`;
    default:
      return assertNever(sort);
  }
}
