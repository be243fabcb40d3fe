/** Network questions: who met whom, lineage, neighbourhoods, paths, search. */
import type { GraphViewRecord, ListKind, SearchHitRecord } from "../../db/index.ts";
import type { GraphContext } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { presentEvidence, presentMeeting, presentPerson, presentProposal } from "../presenters/entities.ts";
import { filterArgs, neighborhoodDepth, searchArgs, type FilterArgs } from "./args.ts";
import type { IdArgs } from "./types.ts";

export const graphResolvers = {
  whoMetWhom: async (
    _parent: unknown,
    { personId }: { personId: string },
    { data, loaders }: GraphContext,
  ) => {
    const person = await loaders.entity("Person").load(personId);
    if (!person) throw new NotFoundError("Person", personId);
    return (await data.findEncounters(personId)).map((e) => ({
      person: presentPerson(e.person),
      meetings: e.meetings.map(presentMeeting),
    }));
  },

  meetingNetwork: (_parent: unknown, args: FilterArgs, { data }: GraphContext): Promise<GraphViewRecord> =>
    data.findMeetingNetwork(filterArgs("Meeting", args)),

  proposalLineage: async (_parent: unknown, { id }: IdArgs, { data }: GraphContext) => {
    const lineage = await data.findLineage(id);
    if (!lineage) return null;
    return {
      proposal: presentProposal(lineage.proposal),
      ancestors: lineage.ancestors.map(presentProposal),
      descendants: lineage.descendants.map(presentProposal),
      edges: lineage.edges.map((e) => ({
        from: presentProposal(e.from),
        to: presentProposal(e.to),
        relation: e.relation,
        evidence: e.evidence.map(presentEvidence),
      })),
    };
  },

  lineageNetwork: (_parent: unknown, args: FilterArgs, { data }: GraphContext): Promise<GraphViewRecord> =>
    data.findLineageNetwork(filterArgs("Proposal", args)),

  neighborhood: async (
    _parent: unknown,
    args: { id: string; depth?: number | null },
    { data }: GraphContext,
  ) => {
    const view = await data.findNeighborhood(args.id, neighborhoodDepth(args.depth));
    if (!view) throw new NotFoundError("Entity", args.id);
    return view;
  },

  path: (_parent: unknown, args: { fromId: string; toId: string }, { data }: GraphContext) =>
    data.findShortestPath(args.fromId, args.toId),

  search: (
    _parent: unknown,
    args: { text: string; limit?: number | null; kinds?: ListKind[] | null },
    { data }: GraphContext,
  ): Promise<SearchHitRecord[]> => {
    const { text, limit } = searchArgs(args.text, args.limit);
    return data.search(text, limit, args.kinds);
  },
};
