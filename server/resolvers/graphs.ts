/** Network questions: who met whom, lineage, neighbourhoods, paths, search. */
import type { QueryResolvers } from "../generated/resolvers.ts";
import { NotFoundError } from "../errors.ts";
import { filterArgs, neighborhoodDepth, searchArgs } from "./args.ts";

export const graphResolvers = {
  whoMetWhom: async (_parent, { personId }, { data, loaders }) => {
    const person = await loaders.entity("Person").load(personId);
    if (!person) throw new NotFoundError("Person", personId);
    return data.findEncounters(personId);
  },

  meetingNetwork: (_parent, args, { data }) => data.findMeetingNetwork(filterArgs("Meeting", args)),

  proposalLineage: (_parent, { id }, { data }) => data.findLineage(id),

  lineageNetwork: (_parent, args, { data }) => data.findLineageNetwork(filterArgs("Proposal", args)),

  neighborhood: async (_parent, args, { data }) => {
    const view = await data.findNeighborhood(args.id, neighborhoodDepth(args.depth));
    if (!view) throw new NotFoundError("Entity", args.id);
    return view;
  },

  path: (_parent, args, { data }) => data.findShortestPath(args.fromId, args.toId),

  search: (_parent, args, { data }) => {
    const { text, limit } = searchArgs(args.text, args.limit);
    return data.search(text, limit, args.kinds);
  },
} satisfies QueryResolvers;
