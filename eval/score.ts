/**
 * Scores a graph document against gold annotations (test/corpus/GOLD.md): precision, recall
 * and F1 per category, meeting date and place accuracy, and nodes per real meeting.
 */
import { scoreEntities, type NamedItem } from "./entities.ts";
import type { GoldArticle } from "./gold.ts";
import type { Counts } from "./match.ts";
import { personNamer, scoreMeetings, type SystemMeeting } from "./meetings.ts";
import { scoreProposals, type SystemLineage, type SystemProposal } from "./proposals.ts";

/** What the scorer reads of a graph document (a subset of common/graph-document.ts). */
export interface ScoredDocument {
  people: NamedItem[];
  institutions: NamedItem[];
  countries: NamedItem[];
  meetings: SystemMeeting[];
  proposals: SystemProposal[];
  lineage?: SystemLineage[];
}

export interface MeetingCounts extends Counts {
  dateAccuracy: number | null;
  placeAccuracy: number | null;
  duplicates: number;
  nodesPerMeeting: number | null;
}

export interface ScoreReport {
  people: Counts;
  institutions: Counts;
  countries: Counts;
  meetings: MeetingCounts;
  metPairs: Counts;
  proposals: Counts;
  lineage: Counts;
}

/** What was missed and what was found but is not in the gold, per category. */
export type ScoreDetails = Record<keyof ScoreReport, { misses: string[]; falsePositives: string[] }>;

export function scoreDocument(
  golds: GoldArticle[],
  document: ScoredDocument,
): { report: ScoreReport; details: ScoreDetails } {
  const people = scoreEntities(golds, document.people, "people");
  const institutions = scoreEntities(golds, document.institutions, "institutions");
  const countries = scoreEntities(golds, document.countries, "countries");
  const met = scoreMeetings(golds, document.meetings, personNamer(people.goldNameOf, people.gold));
  const proposals = scoreProposals(golds, document.proposals, document.lineage ?? []);
  const { counts: meetingCounts, dateAccuracy, placeAccuracy, duplicates, nodesPerMeeting } = met.meetings;
  return {
    report: {
      people: people.counts,
      institutions: institutions.counts,
      countries: countries.counts,
      meetings: { ...meetingCounts, dateAccuracy, placeAccuracy, duplicates, nodesPerMeeting },
      metPairs: met.metPairs,
      proposals: proposals.proposals,
      lineage: proposals.lineage,
    },
    details: {
      people: listsOf(people),
      institutions: listsOf(institutions),
      countries: listsOf(countries),
      meetings: listsOf(met.meetings),
      metPairs: { misses: met.metPairMisses, falsePositives: met.metPairFalsePositives },
      proposals: listsOf(proposals),
      lineage: { misses: [], falsePositives: [] },
    },
  };
}

const listsOf = ({ misses, falsePositives }: { misses: string[]; falsePositives: string[] }) => ({
  misses,
  falsePositives,
});

/** The report as a table, one category a line. */
export function formatReport(report: ScoreReport): string {
  const lines = ["category       precision  recall     f1   (tp/fp/fn)"];
  for (const [category, c] of Object.entries(report) as [string, Counts & Partial<MeetingCounts>][]) {
    const extra =
      c.dateAccuracy !== undefined
        ? `  date ${c.dateAccuracy ?? "-"} place ${c.placeAccuracy ?? "-"} nodes/meeting ${c.nodesPerMeeting ?? "-"}`
        : "";
    lines.push(
      `${category.padEnd(14)} ${c.precision.toFixed(3).padStart(9)} ${c.recall.toFixed(3).padStart(7)} ` +
        `${c.f1.toFixed(3).padStart(6)}   (${c.tp}/${c.fp}/${c.fn})${extra}`,
    );
  }
  return lines.join("\n");
}
