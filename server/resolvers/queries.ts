/** Query fields for lists and single entities: gather arguments, call the data layer. */
import type { EntityKind } from "../../common/graph-document.ts";
import type { ListArgs, RecordOfKind } from "../../db/index.ts";
import type { GraphContext } from "../context.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { listArgs, timelineArgs, type PageArgs } from "./args.ts";
import { isOfKind, ofKind } from "./kinds.ts";

function list<K extends EntityKind>(kind: K) {
  return async (_parent: unknown, args: PageArgs, { data }: GraphContext): Promise<RecordOfKind<K>[]> => {
    const query: ListArgs = listArgs(args, kind);
    return (await data.listEntities(kind, query)).filter(isOfKind(kind));
  };
}

function byId<K extends EntityKind>(kind: K) {
  return async (_parent: unknown, { id }: { id: string }, { loaders }: GraphContext) =>
    ofKind(await loaders.entity(kind).load(id), kind);
}

export const queryResolvers = {
  people: list("Person"),
  institutions: list("Institution"),
  countries: list("Country"),
  meetings: list("Meeting"),
  proposals: list("Proposal"),
  articles: async (_parent, args, { data }) => data.listArticles(listArgs(args, "Article")),

  person: byId("Person"),
  institution: byId("Institution"),
  country: byId("Country"),
  meeting: byId("Meeting"),
  proposal: byId("Proposal"),
  article: async (_parent, { id }, { loaders }) => loaders.article.load(id),
  entity: async (_parent, { id }, { data }) => data.findEntity(id),

  timeline: async (_parent, args, { data }) => data.findTimeline(timelineArgs(args)),

  stats: (_parent, _args, { data }) => data.stats(),
} satisfies QueryResolvers;
