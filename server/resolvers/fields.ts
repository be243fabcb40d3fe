/** Fields that fan out from an entity; each goes through a per-request DataLoader. */
import type { EntityKind } from "../../common/graph-document.ts";
import type { GraphViewRecord, MentionRecord, RelationName } from "../../db/index.ts";
import { isActor } from "../../db/index.ts";
import type { GraphContext } from "../context.ts";
import {
  presentIfKind,
  presentActor,
  presentArticle,
  presentEntity,
  presentEvidence,
  presentProposal,
  type ActorShape,
  type ArticleShape,
  type EntityShape,
  type EvidenceShape,
  type MeetingShape,
  type ProposalShape,
} from "../presenters/entities.ts";
import { NotFoundError } from "../errors.ts";
import type { NoArgs } from "./types.ts";

interface HasId {
  id: string;
}

function related(relation: RelationName) {
  return async (parent: HasId, _args: NoArgs, { loaders }: GraphContext): Promise<EntityShape[]> =>
    (await loaders.related(relation).load(parent.id)).map(presentEntity);
}

/** A to-one relation: the first related entity (facts may name more than one; we show one). */
function relatedOne(relation: RelationName) {
  return async (parent: HasId, _args: NoArgs, { loaders }: GraphContext): Promise<EntityShape | null> => {
    const [first] = await loaders.related(relation).load(parent.id);
    return first ? presentEntity(first) : null;
  };
}

function actors(relation: RelationName) {
  return async (parent: HasId, _args: NoArgs, { loaders }: GraphContext): Promise<ActorShape[]> =>
    (await loaders.related(relation).load(parent.id)).filter(isActor).map(presentActor);
}

/** The entities of one kind among a view's nodes, in node order (batched through the entity loader). */
function nodesOfKind<K extends "Meeting" | "Proposal">(kind: K) {
  return async (view: GraphViewRecord, _args: NoArgs, { loaders }: GraphContext) => {
    const ids = view.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    const records = await loaders.entity(kind).loadMany(ids);
    return records.flatMap((r) => {
      if (r instanceof Error) throw r;
      const shape = presentIfKind(r, kind);
      return shape ? [shape] : [];
    });
  };
}

function evidence(kind: EntityKind) {
  return async (parent: HasId, _args: NoArgs, { loaders }: GraphContext): Promise<EvidenceShape[]> =>
    (await loaders.evidence(kind).load(parent.id)).map(presentEvidence);
}

export const fieldResolvers = {
  Person: {
    country: relatedOne("personCountry"),
    affiliations: related("personAffiliations"),
    meetings: related("personMeetings"),
    proposals: related("personProposals"),
    evidence: evidence("Person"),
  },
  Institution: {
    country: relatedOne("institutionCountry"),
    members: related("institutionMembers"),
    evidence: evidence("Institution"),
  },
  Country: {
    people: related("countryPeople"),
    evidence: evidence("Country"),
  },
  Meeting: {
    participants: related("meetingParticipants"),
    countries: related("meetingCountries"),
    evidence: evidence("Meeting"),
  },
  Proposal: {
    proposedBy: actors("proposalProposers"),
    stances: async (parent: HasId, _args: NoArgs, { loaders }: GraphContext) =>
      (await loaders.stances.load(parent.id)).map((s) => ({
        actor: presentActor(s.actor),
        stance: s.stance,
        evidence: s.evidence.map(presentEvidence),
      })),
    evidence: evidence("Proposal"),
    partOf: relatedOne("proposalPartOf"),
    terms: related("proposalTerms"),
    lineageLinks: async (parent: HasId, _args: NoArgs, { loaders }: GraphContext) =>
      (await loaders.directLineage.load(parent.id)).map((l) => ({
        from: presentProposal(l.from),
        to: presentProposal(l.to),
        relation: l.relation,
        evidence: l.evidence.map(presentEvidence),
      })),
  },
  GraphView: {
    meetings: nodesOfKind("Meeting") as (
      view: GraphViewRecord,
      args: NoArgs,
      context: GraphContext,
    ) => Promise<MeetingShape[]>,
    proposals: nodesOfKind("Proposal") as (
      view: GraphViewRecord,
      args: NoArgs,
      context: GraphContext,
    ) => Promise<ProposalShape[]>,
  },
  Article: {
    mentions: async (
      parent: ArticleShape,
      _args: NoArgs,
      { loaders }: GraphContext,
    ): Promise<MentionRecord[]> => loaders.mentions.load(parent.id),
  },
  Evidence: {
    article: async (
      parent: EvidenceShape,
      _args: NoArgs,
      { loaders }: GraphContext,
    ): Promise<ArticleShape> => {
      const article = await loaders.article.load(parent.articleId);
      // Evidence nodes are deleted with their article, so a miss means the graph is inconsistent.
      if (!article) throw new NotFoundError("Article", parent.articleId);
      return presentArticle(article);
    },
  },
};
