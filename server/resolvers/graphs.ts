/** Network questions: who met whom, lineage, neighbourhoods, paths, search. Ids merged away are followed. */
import type { QueryResolvers } from "../generated/resolvers.ts";
import { NotFoundError } from "../errors.ts";
import { filterArgs, neighborhoodDepth, searchArgs } from "./args.ts";
import { withMergesFollowed } from "./merged-ids.ts";
import { alignTerms } from "../compare/align-terms.ts";
import { isOfKind } from "./kinds.ts";

export const graphResolvers = {
  whoMetWhom: async (_parent, { personId }, { data, loaders }) => {
    // The loader follows merges: the person found carries the id that holds the meetings now.
    const person = await loaders.entity("Person").load(personId);
    if (!person) throw new NotFoundError("Person", personId);
    return data.findEncounters(person.id);
  },

  meetingNetwork: (_parent, args, { data }) => data.findMeetingNetwork(filterArgs("Meeting", args)),

  proposalLineage: async (_parent, { id }, { data }) => {
    const lineage = await withMergesFollowed(data, [id], ([current]) => data.findLineage(current ?? id));
    if (!lineage || lineage.proposal.id === id) return lineage;
    return { ...lineage, proposal: { ...lineage.proposal, mergedFrom: id } };
  },

  compareProposals: async (_parent, { a, b }, { loaders }) => {
    const [first, second] = await Promise.all([
      loaders.entity("Proposal").load(a),
      loaders.entity("Proposal").load(b),
    ]);
    if (!first || first.kind !== "Proposal") throw new NotFoundError("Proposal", a);
    if (!second || second.kind !== "Proposal") throw new NotFoundError("Proposal", b);
    const termsOf = async (id: string) =>
      (await loaders.related("proposalTerms").load(id)).filter(isOfKind("Proposal"));
    const [aTerms, bTerms] = await Promise.all([termsOf(first.id), termsOf(second.id)]);
    // Lineage between the terms (a later term revising an earlier one) aligns them before topics do.
    const links = (await loaders.directLineage.loadMany(bTerms.map((t) => t.id))).flatMap((list) =>
      list instanceof Error ? [] : list.map((l): [string, string] => [l.from.id, l.to.id]),
    );
    return { a: first, b: second, rows: alignTerms(aTerms, bTerms, links) };
  },

  lineageNetwork: (_parent, args, { data }) => data.findLineageNetwork(filterArgs("Proposal", args)),

  neighborhood: async (_parent, args, { data }) => {
    const depth = neighborhoodDepth(args.depth);
    const view = await withMergesFollowed(data, [args.id], ([current]) =>
      data.findNeighborhood(current ?? args.id, depth),
    );
    if (!view) throw new NotFoundError("Entity", args.id);
    return view;
  },

  path: (_parent, { fromId, toId }, { data }) =>
    withMergesFollowed(data, [fromId, toId], ([from, to]) =>
      data.findShortestPath(from ?? fromId, to ?? toId),
    ),

  paths: async (_parent, { fromId, toId }, { data }) =>
    (await withMergesFollowed(data, [fromId, toId], async ([from, to]) => {
      const found = await data.findPaths(from ?? fromId, to ?? toId);
      return found.paths.length > 0 ? found : null;
    })) ?? { paths: [], throughHubs: false },

  search: (_parent, args, { data }) => {
    const { text, limit } = searchArgs(args.text, args.limit);
    return data.search(text, limit, args.kinds);
  },
} satisfies QueryResolvers;
