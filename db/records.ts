/**
 * Plain records the query functions return: no driver types escape `db/`.
 * `kind` is the discriminator; the domain's own "kind" fields are renamed
 * (`category` for institutions, `meetingKind` for meetings) to keep it unambiguous.
 */
import type { Node } from "neo4j-driver";
import { assertNever, ENTITY_KINDS, type EntityKind } from "../common/graph-document.ts";
import { readNumber, readString, readStringList, readStringOrNull, type Properties } from "./values.ts";

/** What every entity record may carry besides its properties. */
interface FollowedRecord {
  /** Set when the entity was looked up by an id merged into it: that id. */
  mergedFrom?: string;
}

export interface PersonRecord extends FollowedRecord {
  kind: "Person";
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  confidence: number;
}

export interface InstitutionRecord extends FollowedRecord {
  kind: "Institution";
  id: string;
  name: string;
  aliases: string[];
  category: string;
  confidence: number;
}

export interface CountryRecord extends FollowedRecord {
  kind: "Country";
  id: string;
  name: string;
  aliases: string[];
  code: string | null;
  confidence: number;
}

export interface MeetingRecord extends FollowedRecord {
  kind: "Meeting";
  id: string;
  /** A readable label built at load time ("Talks in Riyadh (2025-02-18)"). */
  name: string;
  meetingKind: string;
  date: string | null;
  place: string | null;
  status: string;
  confidence: number;
}

export interface ProposalRecord extends FollowedRecord {
  kind: "Proposal";
  id: string;
  name: string;
  aliases: string[];
  status: string;
  date: string | null;
  confidence: number;
}

export type EntityRecord = PersonRecord | InstitutionRecord | CountryRecord | MeetingRecord | ProposalRecord;
export type ActorRecord = PersonRecord | InstitutionRecord | CountryRecord;

export interface ArticleRecord {
  id: string;
  file: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  body: string;
  contentHash: string;
  /** A made-up sample article (the quick start's), removable with removeSamples. */
  sample: boolean;
}

export interface EvidenceRecord {
  id: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
}

/** The entity kind of a node, from its labels; null for Article, Evidence or unknown nodes. */
export function entityKindOf(labels: readonly string[]): EntityKind | null {
  return ENTITY_KINDS.find((kind) => labels.includes(kind)) ?? null;
}

/** Converts an entity node to its record; throws on a node that is not an entity (a query bug). */
export function toEntityRecord(node: Node): EntityRecord {
  const kind = entityKindOf(node.labels);
  if (!kind) throw new Error(`Node with labels ${node.labels.join(":")} is not an entity`);
  return presentEntityProperties(kind, node.properties);
}

export function presentEntityProperties(kind: EntityKind, p: Properties): EntityRecord {
  const id = readString(p, "id");
  const confidence = readNumber(p, "confidence", 1);
  switch (kind) {
    case "Person":
      return {
        kind,
        id,
        name: readString(p, "name"),
        aliases: readStringList(p, "aliases"),
        roles: readStringList(p, "roles"),
        confidence,
      };
    case "Institution":
      return {
        kind,
        id,
        name: readString(p, "name"),
        aliases: readStringList(p, "aliases"),
        category: readString(p, "kind", "other"),
        confidence,
      };
    case "Country":
      return {
        kind,
        id,
        name: readString(p, "name"),
        aliases: readStringList(p, "aliases"),
        code: readStringOrNull(p, "code"),
        confidence,
      };
    case "Meeting":
      return {
        kind,
        id,
        name: readString(p, "name"),
        meetingKind: readString(p, "kind"),
        date: readStringOrNull(p, "date"),
        place: readStringOrNull(p, "place"),
        status: readString(p, "status"),
        confidence,
      };
    case "Proposal":
      return {
        kind,
        id,
        name: readString(p, "name"),
        aliases: readStringList(p, "aliases"),
        status: readString(p, "status"),
        date: readStringOrNull(p, "date"),
        confidence,
      };
    default:
      return assertNever(kind);
  }
}

export function toArticleRecord(node: Node): ArticleRecord {
  const p = node.properties;
  return {
    id: readString(p, "id"),
    file: readStringOrNull(p, "file"),
    title: readStringOrNull(p, "title"),
    published: readStringOrNull(p, "published"),
    outlet: readStringOrNull(p, "outlet"),
    author: readStringOrNull(p, "author"),
    url: readStringOrNull(p, "url"),
    body: readString(p, "body"),
    contentHash: readString(p, "contentHash"),
    sample: p["sample"] === true,
  };
}

export function toEvidenceRecord(node: Node): EvidenceRecord {
  const p = node.properties;
  return {
    id: readString(p, "id"),
    articleId: readString(p, "articleId"),
    quote: readString(p, "quote"),
    start: readNumber(p, "start"),
    end: readNumber(p, "end"),
  };
}

/** Narrows a record to an actor (who can propose or take a stance). */
export function isActor(record: EntityRecord): record is ActorRecord {
  return record.kind === "Person" || record.kind === "Institution" || record.kind === "Country";
}

export type RecordOfKind<K extends EntityKind> = Extract<EntityRecord, { kind: K }>;

/** Converts a node known (by the query's pattern) to be of `kind`; throws if it is not. */
export function toRecordOfKind<K extends EntityKind>(node: Node, kind: K): RecordOfKind<K> {
  const record = toEntityRecord(node);
  if (record.kind !== kind) throw new Error(`Expected a ${kind} node, got ${record.kind}`);
  return record as RecordOfKind<K>;
}
