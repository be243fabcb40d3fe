/** Query fields for lists and single entities: gather arguments, call the data layer, present. */
import type { EntityKind } from "../../common/graph-document.ts";
import type { EntityShape, ArticleShape } from "../presenters/entities.ts";
import {
  presentArticle,
  presentEntity,
  presentIfKind,
  presentTimelineEvent,
  type TimelineEventShape,
} from "../presenters/entities.ts";
import type { GraphContext } from "../context.ts";
import { listArgs, timelineArgs, type FilterArgs, type PageArgs } from "./args.ts";
import type { IdArgs, NoArgs, Resolver } from "./types.ts";

function list(kind: EntityKind): Resolver<unknown, PageArgs, EntityShape[]> {
  return async (_parent, args, { data }) =>
    (await data.listEntities(kind, listArgs(args, kind))).map(presentEntity);
}

function byId<K extends EntityKind>(kind: K) {
  return async (_parent: unknown, { id }: IdArgs, { loaders }: GraphContext) =>
    presentIfKind(await loaders.entity(kind).load(id), kind);
}

export const queryResolvers = {
  people: list("Person"),
  institutions: list("Institution"),
  countries: list("Country"),
  meetings: list("Meeting"),
  proposals: list("Proposal"),
  articles: (async (_parent, args, { data }) =>
    (await data.listArticles(listArgs(args, "Article"))).map(presentArticle)) satisfies Resolver<
    unknown,
    PageArgs,
    ArticleShape[]
  >,

  person: byId("Person"),
  institution: byId("Institution"),
  country: byId("Country"),
  meeting: byId("Meeting"),
  proposal: byId("Proposal"),
  article: (async (_parent, { id }, { loaders }) => {
    const article = await loaders.article.load(id);
    return article ? presentArticle(article) : null;
  }) satisfies Resolver<unknown, IdArgs, ArticleShape | null>,
  entity: (async (_parent, { id }, { data }) => {
    const entity = await data.findEntity(id);
    return entity ? presentEntity(entity) : null;
  }) satisfies Resolver<unknown, IdArgs, EntityShape | null>,

  timeline: (async (_parent, args, { data }) =>
    (await data.findTimeline(timelineArgs(args))).map(presentTimelineEvent)) satisfies Resolver<
    unknown,
    FilterArgs & { kinds?: string[] | null; limit?: number | null; offset?: number | null },
    TimelineEventShape[]
  >,

  stats: ((_parent, _args, { data }) => data.stats()) satisfies Resolver<unknown, NoArgs, unknown>,
};
