/** Proposals (matched on shared content words) and the lineage edges between them. */
import type { GoldArticle, GoldProposal } from "./gold.ts";
import { assignGreedy, counts, type Counts } from "./match.ts";
import { fold } from "./names.ts";

export interface SystemProposal {
  id?: string;
  name: string;
  aliases?: string[];
}

export interface SystemLineage {
  from: string;
  to: string;
}

const STOP_WORDS = new Set(
  "the a an of for on and to in with by from at its their his her new this that these those".split(" "),
);
/** Words every plan shares: a match needs at least one word beyond these. */
const GENERIC_WORDS = new Set(
  (
    "plan proposal proposals agreement deal draft terms term sheet sheets framework peace points point " +
    "document documents paper papers"
  ).split(" "),
);

const contentWords = (text: string): Set<string> =>
  new Set(
    fold(text)
      .split(" ")
      .filter((word) => word && !STOP_WORDS.has(word)),
  );

/** The best share of content words between any two names (at least .6 and one specific word). */
export function proposalScore(a: SystemProposal, b: SystemProposal): number {
  let best = 0;
  for (const nameA of [a.name, ...(a.aliases ?? [])].filter(Boolean))
    for (const nameB of [b.name, ...(b.aliases ?? [])].filter(Boolean)) {
      const wordsA = contentWords(nameA);
      const wordsB = contentWords(nameB);
      if (!wordsA.size || !wordsB.size) continue;
      const shared = [...wordsA].filter((word) => wordsB.has(word));
      if (!shared.some((word) => !GENERIC_WORDS.has(word))) continue;
      const share = shared.length / Math.min(wordsA.size, wordsB.size);
      if (share >= 0.6) best = Math.max(best, share);
    }
  return best;
}

export interface ProposalScore {
  proposals: Counts;
  lineage: Counts;
  misses: string[];
  falsePositives: string[];
}

export function scoreProposals(
  golds: GoldArticle[],
  system: SystemProposal[],
  lineage: SystemLineage[],
): ProposalScore {
  // Proposals that two articles describe under matching names are one gold proposal.
  const groups: GoldProposal[][] = [];
  const groupOf = new Map<string, number>();
  for (const gold of golds)
    for (const proposal of gold.proposals) {
      let index = groups.findIndex((group) => group.some((member) => proposalScore(member, proposal) >= 0.8));
      if (index < 0) index = groups.push([]) - 1;
      groups[index]!.push(proposal);
      groupOf.set(`${gold.article}#${proposal.id}`, index);
    }
  const groupScore = (s: SystemProposal, group: GoldProposal[]): number =>
    Math.max(...group.map((member) => proposalScore(s, member)));
  const { systemToGold, goldToSystem } = assignGreedy(system, groups, groupScore);
  const tp = systemToGold.size;

  const goldEdges = new Set<string>();
  for (const gold of golds)
    for (const link of gold.lineage) {
      const a = groupOf.get(`${gold.article}#${link.from}`);
      const b = groupOf.get(`${gold.article}#${link.to}`);
      if (a !== undefined && b !== undefined && a !== b) goldEdges.add(edgeKey(a, b));
    }
  const indexOf = new Map(system.map((p, i) => [p.id ?? p.name, i]));
  const foundEdges = new Set<string>();
  for (const link of lineage) {
    const i = indexOf.get(link.from);
    const j = indexOf.get(link.to);
    if (i === undefined || j === undefined) continue;
    const a = systemToGold.get(i);
    const b = systemToGold.get(j);
    foundEdges.add(a !== undefined && b !== undefined ? edgeKey(a, b) : `unmatched ${i}-${j}`);
  }
  const lineageTp = [...foundEdges].filter((edge) => goldEdges.has(edge)).length;
  return {
    proposals: counts(tp, system.length - tp, groups.length - goldToSystem.size),
    lineage: counts(lineageTp, foundEdges.size - lineageTp, goldEdges.size - lineageTp),
    misses: groups.filter((_, j) => !goldToSystem.has(j)).map((group) => group[0]!.name),
    falsePositives: system.filter((_, i) => !systemToGold.has(i)).map((p) => p.name),
  };
}

const edgeKey = (a: number, b: number): string => [a, b].sort().join("-");
