/**
 * Object fields. Parents are the data module's records (see the mappers in codegen.ts): fields the
 * records spell differently are mapped here, and fields that fan out go through a per-request
 * DataLoader.
 */
import type { EntityKind } from "../../common/graph-document.ts";
import type { EvidenceRecord, RelationName } from "../../db/index.ts";
import { isActor } from "../../db/index.ts";
import type { GraphContext } from "../context.ts";
import type { Resolvers } from "../generated/resolvers.ts";
import { NotFoundError } from "../errors.ts";
import { isOfKind } from "./kinds.ts";

interface HasId {
  id: string;
}

function relatedOfKind<K extends EntityKind>(relation: RelationName, kind: K) {
  return async (parent: HasId, _args: unknown, { loaders }: GraphContext) =>
    (await loaders.related(relation).load(parent.id)).filter(isOfKind(kind));
}

/** A to-one relation: the first related entity of `kind` (facts may name more than one; we show one). */
function relatedOne<K extends EntityKind>(relation: RelationName, kind: K) {
  return async (parent: HasId, _args: unknown, context: GraphContext) =>
    (await relatedOfKind(relation, kind)(parent, _args, context))[0] ?? null;
}

function actors(relation: RelationName) {
  return async (parent: HasId, _args: unknown, { loaders }: GraphContext) =>
    (await loaders.related(relation).load(parent.id)).filter(isActor);
}

/** The entities of one kind among a view's nodes, in node order (batched through the entity loader). */
function nodesOfKind<K extends "Meeting" | "Proposal">(kind: K) {
  return async (
    view: { nodes: { id: string; kind: string }[] },
    _args: unknown,
    { loaders }: GraphContext,
  ) => {
    const ids = view.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    const records = await loaders.entity(kind).loadMany(ids);
    return records.flatMap((r) => {
      if (r instanceof Error) throw r;
      return isOfKind(kind)(r) ? [r] : [];
    });
  };
}

function evidence(kind: EntityKind) {
  return async (parent: HasId, _args: unknown, { loaders }: GraphContext): Promise<EvidenceRecord[]> =>
    loaders.evidence(kind).load(parent.id);
}

export const fieldResolvers = {
  // Records carry their kind, which is the GraphQL type name.
  Entity: { __resolveType: (record) => record.kind },
  Actor: { __resolveType: (record) => record.kind },
  Person: {
    country: relatedOne("personCountry", "Country"),
    affiliations: relatedOfKind("personAffiliations", "Institution"),
    meetings: relatedOfKind("personMeetings", "Meeting"),
    proposals: relatedOfKind("personProposals", "Proposal"),
    evidence: evidence("Person"),
  },
  Institution: {
    kind: (institution) => institution.category,
    country: relatedOne("institutionCountry", "Country"),
    members: relatedOfKind("institutionMembers", "Person"),
    evidence: evidence("Institution"),
  },
  Country: {
    people: relatedOfKind("countryPeople", "Person"),
    evidence: evidence("Country"),
  },
  Meeting: {
    label: (meeting) => meeting.name,
    kind: (meeting) => meeting.meetingKind,
    participants: relatedOfKind("meetingParticipants", "Person"),
    countries: relatedOfKind("meetingCountries", "Country"),
    evidence: evidence("Meeting"),
  },
  Proposal: {
    proposedBy: actors("proposalProposers"),
    stances: (proposal, _args, { loaders }) => loaders.stances.load(proposal.id),
    evidence: evidence("Proposal"),
    partOf: relatedOne("proposalPartOf", "Proposal"),
    terms: relatedOfKind("proposalTerms", "Proposal"),
    lineageLinks: (proposal, _args, { loaders }) => loaders.directLineage.load(proposal.id),
  },
  TimelineEvent: {
    label: (event) => event.name,
    // The timeline query only returns dated events; the fallback keeps the type honest.
    date: (event) => event.date ?? "",
    entity: (event) => event,
  },
  GraphView: {
    meetings: nodesOfKind("Meeting"),
    proposals: nodesOfKind("Proposal"),
  },
  Article: {
    mentions: (article, _args, { loaders }) => loaders.mentions.load(article.id),
    sentences: (article, _args, { loaders }) => loaders.sentences.load(article.id),
  },
  GraphEdge: {
    evidence: (edge, _args, { loaders }) => loaders.edgeEvidence.load(edge),
  },
  Evidence: {
    article: async (evidence, _args, { loaders }) => {
      const article = await loaders.article.load(evidence.articleId);
      // Evidence nodes are deleted with their article, so a miss means the graph is inconsistent.
      if (!article) throw new NotFoundError("Article", evidence.articleId);
      return article;
    },
  },
} satisfies Resolvers;
