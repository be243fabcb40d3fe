/**
 * Presenters: database records → GraphQL shapes. `__typename` lets graphql-js resolve the
 * Entity and Actor unions without a resolveType function.
 */
import { assertNever } from "../../common/graph-document.ts";
import type {
  ActorRecord,
  ArticleRecord,
  CountryRecord,
  EntityRecord,
  EvidenceRecord,
  InstitutionRecord,
  MeetingRecord,
  PersonRecord,
  ProposalRecord,
} from "../../db/index.ts";

export interface PersonShape {
  __typename: "Person";
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  confidence: number;
}

export interface InstitutionShape {
  __typename: "Institution";
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  confidence: number;
}

export interface CountryShape {
  __typename: "Country";
  id: string;
  name: string;
  aliases: string[];
  code: string | null;
  confidence: number;
}

export interface MeetingShape {
  __typename: "Meeting";
  id: string;
  label: string;
  kind: string;
  date: string | null;
  place: string | null;
  status: string;
  confidence: number;
}

export interface ProposalShape {
  __typename: "Proposal";
  id: string;
  name: string;
  aliases: string[];
  status: string;
  date: string | null;
  confidence: number;
}

export type EntityShape = PersonShape | InstitutionShape | CountryShape | MeetingShape | ProposalShape;
export type ActorShape = PersonShape | InstitutionShape | CountryShape;

/** Evidence keeps the article id; `Evidence.article` loads the article in a batch. */
export interface EvidenceShape {
  quote: string;
  start: number;
  end: number;
  articleId: string;
}

export type ArticleShape = Omit<ArticleRecord, "contentHash">;

export function presentPerson(r: PersonRecord): PersonShape {
  return {
    __typename: "Person",
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    roles: r.roles,
    confidence: r.confidence,
  };
}

export function presentInstitution(r: InstitutionRecord): InstitutionShape {
  return {
    __typename: "Institution",
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    kind: r.category,
    confidence: r.confidence,
  };
}

export function presentCountry(r: CountryRecord): CountryShape {
  return {
    __typename: "Country",
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    code: r.code,
    confidence: r.confidence,
  };
}

export function presentMeeting(r: MeetingRecord): MeetingShape {
  return {
    __typename: "Meeting",
    id: r.id,
    label: r.name,
    kind: r.meetingKind,
    date: r.date,
    place: r.place,
    status: r.status,
    confidence: r.confidence,
  };
}

export function presentProposal(r: ProposalRecord): ProposalShape {
  return {
    __typename: "Proposal",
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    status: r.status,
    date: r.date,
    confidence: r.confidence,
  };
}

export function presentEntity(r: EntityRecord): EntityShape {
  switch (r.kind) {
    case "Person":
      return presentPerson(r);
    case "Institution":
      return presentInstitution(r);
    case "Country":
      return presentCountry(r);
    case "Meeting":
      return presentMeeting(r);
    case "Proposal":
      return presentProposal(r);
    default:
      return assertNever(r);
  }
}

export function presentActor(r: ActorRecord): ActorShape {
  switch (r.kind) {
    case "Person":
      return presentPerson(r);
    case "Institution":
      return presentInstitution(r);
    case "Country":
      return presentCountry(r);
    default:
      return assertNever(r);
  }
}

/** Presents `r` if it is of `kind` (a lookup by id may hit another kind): else null. */
export function presentIfKind<K extends EntityShape["__typename"]>(
  r: EntityRecord | null | undefined,
  kind: K,
): Extract<EntityShape, { __typename: K }> | null {
  if (!r || r.kind !== kind) return null;
  return presentEntity(r) as Extract<EntityShape, { __typename: K }>;
}

export function presentEvidence(r: EvidenceRecord): EvidenceShape {
  return { quote: r.quote, start: r.start, end: r.end, articleId: r.articleId };
}

export function presentArticle(r: ArticleRecord): ArticleShape {
  return {
    id: r.id,
    file: r.file,
    title: r.title,
    published: r.published,
    outlet: r.outlet,
    author: r.author,
    url: r.url,
    body: r.body,
  };
}

/** A timeline entry: the event's own fields up front, the entity itself under `entity`. */
export interface TimelineEventShape {
  id: string;
  date: string;
  kind: "Meeting" | "Proposal";
  label: string;
  status: string;
  entity: MeetingShape | ProposalShape;
}

export function presentTimelineEvent(r: MeetingRecord | ProposalRecord): TimelineEventShape {
  const entity = r.kind === "Meeting" ? presentMeeting(r) : presentProposal(r);
  // The timeline query only returns dated events; the fallback keeps the type honest.
  return { id: r.id, date: r.date ?? "", kind: r.kind, label: r.name, status: r.status, entity };
}
