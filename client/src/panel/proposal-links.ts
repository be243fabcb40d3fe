/** A proposal's place in its family: what it revises or answers, what revised or answered it, its terms. */
import { el } from "../dom.ts";
import type { ProposalDetails, ProposalSummary } from "../types.ts";
import { compareSection } from "./comparison.ts";
import { listSection, type OpenEntity, proposalItem } from "./facts.ts";

/** Headings per relation: [this proposal is the later one, this proposal is the earlier one]. */
const HEADINGS: Record<string, [string, string]> = {
  revises: ["Revises", "Revised by"],
  responds_to: ["Answers", "Answered by"],
  implements: ["Implements", "Implemented by"],
  replaces: ["Replaces", "Replaced by"],
  builds_on: ["Builds on", "Built on by"],
};

function headingFor(relation: string, later: boolean): string {
  const pair = HEADINGS[relation] ?? [relation.replace(/_/g, " "), `${relation.replace(/_/g, " ")} (by)`];
  return later ? pair[0] : pair[1];
}

/** Groups the proposal's direct links into headed lists, earlier relations first. */
export function lineageGroups(proposal: ProposalDetails): Map<string, ProposalSummary[]> {
  const groups = new Map<string, ProposalSummary[]>();
  const ordered = [...proposal.lineageLinks].sort(
    (a, b) => Number(a.to.id === proposal.id) - Number(b.to.id === proposal.id),
  );
  for (const link of ordered) {
    const later = link.from.id === proposal.id;
    const heading = headingFor(link.relation, later);
    const other = later ? link.to : link.from;
    const list = groups.get(heading) ?? [];
    if (!list.some((p) => p.id === other.id)) list.push(other);
    groups.set(heading, list);
  }
  return groups;
}

/** The sections of the proposal panel about its family; each name is a link. */
export function proposalLinkSections(proposal: ProposalDetails, open: OpenEntity): (HTMLElement | null)[] {
  const testid = (heading: string) => `proposal-${heading.toLowerCase().replace(/\s+/g, "-")}`;
  return [
    proposal.partOf
      ? el(
          "section",
          { testid: "proposal-part-of" },
          el("h3", {}, "Term of"),
          el("ul", {}, proposalItem(proposal.partOf, open)),
        )
      : null,
    ...[...lineageGroups(proposal)].map(([heading, list]) =>
      listSection(
        heading,
        list.map((p) => proposalItem(p, open)),
        testid(heading),
      ),
    ),
    compareSection(
      proposal,
      [...lineageGroups(proposal).values()]
        .flat()
        .filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i),
      open,
    ),
    listSection(
      "Terms",
      proposal.terms.map((p) => proposalItem(p, open)),
      "proposal-terms",
    ),
  ];
}
